import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../../src/lib/claim.ts';
import {
  acceptedClaims,
  changedFields,
  claimProblem,
  documentSourceId,
  editItem,
  manualClaim,
  markAll,
  metricFromInput,
  reviewItems,
} from '../../../src/lib/documents/review.ts';

const META = {
  title: 'Note',
  outlet: 'Ministry',
  url: 'https://example.org/n',
  published: '2025-02-10',
};

const claim = (id: string, patch: Partial<Claim> = {}): Claim => ({
  ...emptyClaim(),
  id,
  metric: 'm',
  metric_label: 'M',
  entity: 'Kazakhstan',
  period: '2024',
  value: 1,
  quote: `quote ${id}`,
  ...patch,
});

describe('acceptedClaims', () => {
  test('only accepted claims, with the confirmed details; the input is not changed', () => {
    const items = reviewItems([
      claim('a'),
      claim('b', { related_id: 'a' }),
      claim('c', { related_id: 'b' }),
    ]);
    const decided = items.map((item, i) => ({
      ...item,
      decision: i === 1 ? ('rejected' as const) : ('accepted' as const),
    }));
    const before = structuredClone(decided);
    const stored = acceptedClaims(decided, META);
    expect(stored.map((c) => [c.id, c.source_outlet, c.source_date, c.related_id])).toEqual([
      ['a', 'Ministry', '2025-02-10', ''],
      // the claim it restated was rejected: no link to a claim that is not stored
      ['c', 'Ministry', '2025-02-10', ''],
    ]);
    expect(decided).toEqual(before);
  });

  test('a claim without a metric cannot be stored, and the message says which', () => {
    const items = reviewItems([claim('a', { metric: '' })]).map((item) => ({
      ...item,
      decision: 'accepted' as const,
    }));
    expect(() => acceptedClaims(items, META)).toThrowError(
      /"quote a…" cannot be stored: it has no metric/,
    );
  });
});

describe('claimProblem', () => {
  test.each([
    [{}, ''],
    [{ metric: ' ' }, 'it has no metric'],
    [{ period: '24' }, 'period "24" is not YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ value: Number.NaN }, 'its value is not a number'],
    [{ kind: 'guess' as never }, 'kind "guess" is not actual, target or forecast'],
  ])('%o → %s', (patch, expected) => {
    expect(claimProblem(claim('x', patch))).toBe(expected);
  });
});

describe('metricFromInput', () => {
  const known = [{ metric: 'gdp_growth', label: 'GDP growth' }];
  test.each([
    ['gdp_growth', { metric: 'gdp_growth', metric_label: 'GDP growth' }],
    ['gdp GROWTH', { metric: 'gdp_growth', metric_label: 'GDP growth' }],
    [
      'broadband subscribers',
      { metric: 'broadband_subscribers', metric_label: 'Broadband subscribers' },
    ],
    ['  ', { metric: '', metric_label: '' }],
  ])('%s', (input, expected) => {
    expect(metricFromInput(input, known)).toEqual(expected);
  });
});

test('editItem keeps what was found; changedFields names the edits', () => {
  const [item] = reviewItems([claim('a')]);
  const edited = editItem(item!, { period: '2030', value: 2 });
  expect(edited.found.period).toBe('2024');
  expect(changedFields(edited)).toEqual(['period', 'value']);
  expect(changedFields(item!)).toEqual([]);
});

describe('manualClaim', () => {
  const text = 'Intro line.\nExports grew. The fund holds $3.5 billion now. Later text.';
  test('the selected number, read by the extractor’s grammar, with its sentence', () => {
    const start = text.indexOf('holds $3.5');
    const made = manualClaim(
      text,
      { start, end: start + 'holds $3.5 billion'.length },
      {
        id: 'doc-1',
        meta: META,
      },
    );
    expect(made).toMatchObject({
      value: 3.5e9,
      unit: 'USD',
      quote: 'The fund holds $3.5 billion now.',
      quote_start: text.indexOf('$3.5'),
      quote_end: text.indexOf(' now'),
      source_id: 'doc-1',
      source_date: '2025-02-10',
      metric: '',
    });
  });
  test('a selection without a number is refused', () => {
    expect(() => manualClaim(text, { start: 0, end: 5 }, { id: 'd', meta: META })).toThrowError(
      '"Intro" holds no number to mark.',
    );
  });
});

test('documentSourceId: same text, same id; other text, other id', () => {
  const id = documentSourceId('Q3 Report: IT', 'GDP grew 3%.');
  expect(id).toMatch(/^q3_report_it-[0-9a-f]{8}$/);
  expect(documentSourceId('Q3 Report: IT', 'GDP grew 3%.')).toBe(id);
  expect(documentSourceId('Q3 Report: IT', 'GDP grew 4%.')).not.toBe(id);
});

describe('markAll', () => {
  test('marks every range, merging overlaps and dropping bad ones', () => {
    expect(
      markAll('abcdefgh', [
        { start: 1, end: 3 },
        undefined,
        { start: 2, end: 4 },
        { start: 6, end: 99 },
      ]),
    ).toEqual([
      { text: 'a', mark: false, index: -1 },
      { text: 'bc', mark: true, index: 0 },
      { text: 'd', mark: true, index: 2 },
      { text: 'efgh', mark: false, index: -1 },
    ]);
  });
});
