import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { diffClaims } from '../../src/lib/diff.ts';
import { DiffView, formatChange } from '../../src/lib/diff-view.ts';

const claim = (overrides: Partial<Claim>): Claim => ({
  ...emptyClaim(),
  entity: 'Kazakhstan',
  unit: 'USD',
  ...overrides,
});

const base = [
  claim({ metric: 'a', period: '2020', value: 1 }),
  claim({ metric: 'a', period: '2021', value: 2 }),
  claim({ metric: 'b', period: '2020', value: 3, metric_label: 'Bee' }),
];
const other = [
  claim({ metric: 'a', period: '2020', value: 1 }),
  claim({ metric: 'a', period: '2021', value: 5 }),
  claim({ metric: 'c', period: '2020', value: 9 }),
  claim({ metric: 'c', period: '2021', value: 8 }),
];
const view = new DiffView(diffClaims(base, other));

describe('DiffView', () => {
  test('overview: counts and metrics with most changes first', () => {
    const overview = view.overview();
    expect(overview.counts).toMatchObject({ added: 2, removed: 1, changed: 1, unchanged: 1 });
    expect(overview.total).toBe(5);
    expect(overview.metrics.map((m) => [m.metric, m.label, m.changes, m.total])).toEqual([
      ['c', 'c', 2, 2],
      ['a', 'a', 1, 2],
      ['b', 'Bee', 1, 1],
    ]);
  });

  test.each([
    // Unsorted: changed, added and removed rows first, unchanged last.
    [
      { status: '', sortKey: '', descending: false, offset: 0, limit: 5 },
      ['a 2021', 'c 2020', 'c 2021', 'b 2020', 'a 2020'],
      5,
    ],
    [
      { status: 'added', sortKey: 'after', descending: true, offset: 0, limit: 10 },
      ['c 2020', 'c 2021'],
      2,
    ],
    [
      { status: '', sortKey: 'metric', descending: true, offset: 1, limit: 2 },
      ['c 2021', 'b 2020'],
      5,
    ],
  ] as const)('page %j', (query, expected, total) => {
    const page = view.page(query);
    expect(page.rows.map((e) => `${e.metric} ${e.period}`)).toEqual(expected);
    expect(page.total).toBe(total);
  });

  test('metric entries, and none for an unknown metric', () => {
    expect(view.metric('a').map((e) => e.status)).toEqual(['unchanged', 'changed']);
    expect(view.metric('zzz')).toEqual([]);
  });
});

test.each([
  {
    name: 'percentages differ in percentage points',
    before: 6,
    after: 6.5,
    unit: 'percent',
    expected: '+0.5 pp',
  },
  { name: 'a fall in pp', before: 6.5, after: 6, unit: 'percent', expected: '-0.5 pp' },
  { name: 'currency in its unit', before: 8e8, after: 9e8, unit: 'USD', expected: '+$100 million' },
  { name: 'no change', before: 3, after: 3, unit: 'percent', expected: '0 pp' },
])('formatChange: $name', ({ before, after, unit, expected }) => {
  const [entry] = diffClaims(
    [claim({ metric: 'm', period: '2025', value: before, unit })],
    [claim({ metric: 'm', period: '2025', value: after, unit })],
  ).entries;
  expect(formatChange(entry!)).toBe(expected);
});

test('formatChange: units that differ are never subtracted', () => {
  const [entry] = diffClaims(
    [claim({ metric: 'm', period: '2025', value: 1, unit: 'USD' })],
    [claim({ metric: 'm', period: '2025', value: 1, unit: 'KZT' })],
  ).entries;
  expect(formatChange(entry!)).toBe('units differ (USD → KZT)');
});
