import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import { keyClaims } from '../../src/lib/claim-rows.ts';
import { buildMetricCards, matchesSearch } from '../../src/lib/overview.ts';
import type { Theme } from '../../src/lib/themes.ts';

/** The fixture's metrics as a catalogue would theme them. */
const THEMES = new Map<string, Theme>([
  ['digital_economy_gdp_share', 'Economy'],
  ['budget_it', 'IT sector'],
  ['it_companies', 'IT sector'],
  ['it_services_exports', 'IT sector'],
  ['ai_investment', 'AI'],
]);

const TODAY = '2026-12-06';
const rows = keyClaims(
  parseClaimsCsv(readFileSync('tests/fixtures/dashboard/claims-small.csv', 'utf8')).claims,
);

test('one card per metric, grouped by theme in the fixed theme order', () => {
  const groups = buildMetricCards(rows, THEMES, TODAY);
  expect(groups.map((g) => [g.theme, g.cards.map((c) => c.metric)])).toEqual([
    ['Economy', ['digital_economy_gdp_share']],
    ['IT sector', ['budget_it', 'it_companies', 'it_services_exports']],
    ['AI', ['ai_investment']],
  ]);
});

test('a card summarises its primary entity and unit: latest actual, nearest target, status', () => {
  const card = buildMetricCards(rows, THEMES, TODAY)
    .flatMap((g) => g.cards)
    .find((c) => c.metric === 'it_services_exports')!;
  expect(card).toMatchObject({
    label: 'IT services exports',
    entity: 'Kazakhstan',
    unit: 'USD',
    claimCount: 4,
    entities: ['Kazakhstan'],
  });
  expect(card.headline?.id).toBe('c3');
  expect(card.status?.target.id).toBe('c2');
  // "approached $1 billion" (≈) does not meet a $1 billion target: it is not counted as reaching it.
  expect(card.status?.status).not.toBe('met');
  expect(card.rows.map((r) => r.key)).toEqual(['c1', 'c2', 'c3', 'c4']);
});

test('a growth multiple does not become the card unit; a catalogue can re-theme', () => {
  const multiple = keyClaims([
    { ...rows[2]!, id: 'm1', unit: 'multiple', value: 5 },
    { ...rows[2]!, id: 'm2', unit: 'multiple', value: 3 },
    rows[2]!,
  ]);
  expect(buildMetricCards(multiple, THEMES, TODAY)[0]!.cards[0]!.unit).toBe('USD');
  const retheme = buildMetricCards(rows, new Map([...THEMES, ['ai_investment', 'Economy']]), TODAY);
  expect(retheme.find((g) => g.theme === 'AI')).toBeUndefined();
});

test.each([
  ['exports', true],
  ['EXPORTS', true],
  ['it sector', true],
  ['kazakh', true],
  ['tenge', false],
  ['', true],
])('matchesSearch(IT services exports, %s) → %s', (query, expected) => {
  const card = buildMetricCards(rows, THEMES, TODAY)
    .flatMap((g) => g.cards)
    .find((c) => c.metric === 'it_services_exports')!;
  expect(matchesSearch(card, query)).toBe(expected);
});

test('a metric with no actual leads with its latest forecast or target', () => {
  const card = buildMetricCards(rows, THEMES, TODAY)
    .flatMap((g) => g.cards)
    .find((c) => c.metric === 'ai_investment')!;
  expect(card.status).toBeUndefined();
  expect(card.headline?.id).toBe('c7');
  expect(card.headline?.kind).toBe('forecast');
});
