import { describe, expect, it } from 'vitest';
import { emptyClaim } from '../../../src/lib/claim.ts';
import type { ClaimRow } from '../../../src/lib/claim-rows.ts';
import { scorecard, sortScores } from '../../../src/lib/official/scorecard.ts';
import type { Verdict, VerdictStatus } from '../../../src/lib/official/verdict.ts';

const row = (key: string, outlet: string, metric: string): ClaimRow => ({
  ...emptyClaim(),
  key,
  source_outlet: outlet,
  metric,
  metric_label: metric.toUpperCase(),
});
const verdict = (status: VerdictStatus, outcome?: Verdict['outcome']): Verdict => ({
  status,
  ...(outcome ? { outcome } : {}),
  rule: '',
  explanation: '',
});

const rows = [
  row('a', 'Qazinform', 'gdp'),
  row('b', 'Qazinform', 'gdp_growth'),
  row('c', 'Daryo', 'it_services_exports'),
  row('d', 'Daryo', 'gdp'),
  row('e', 'Kursiv', 'gdp'),
];
const verdicts = new Map([
  ['a', verdict('consistent')],
  ['b', verdict('overstated')],
  ['c', verdict('not_comparable')],
  ['d', verdict('understated', 'missed')],
  ['e', verdict('no_official')],
]);

describe('scorecard', () => {
  it('counts per outlet, most checked first', () => {
    const input = structuredClone(rows);
    const scores = scorecard(input, verdicts, 'source');
    expect(input).toEqual(rows);
    expect(scores.map((s) => [s.key, s.claims, s.checked, s.consistent, s.share])).toEqual([
      ['Qazinform', 2, 2, 1, 0.5],
      ['Daryo', 2, 1, 0, 0],
      ['Kursiv', 1, 0, 0, -1],
    ]);
    expect(scores[1]).toMatchObject({ understated: 1, not_comparable: 1, missed: 1 });
  });
  it('counts per metric, labelled by the metric’s label', () => {
    const scores = scorecard(rows, verdicts, 'metric');
    expect(scores.map((s) => [s.key, s.label, s.claims, s.checked])).toEqual([
      ['gdp', 'GDP', 3, 2],
      ['gdp_growth', 'GDP_GROWTH', 1, 1],
      ['it_services_exports', 'IT_SERVICES_EXPORTS', 1, 0],
    ]);
  });
  it('counts claims without a verdict as without an official figure', () => {
    expect(scorecard(rows, new Map(), 'source')[0]).toMatchObject({ checked: 0, no_official: 2 });
  });
  it('sorts by any column, either way, labels breaking ties', () => {
    const scores = scorecard(rows, verdicts, 'source');
    expect(sortScores(scores, 'label', false).map((s) => s.key)).toEqual([
      'Daryo',
      'Kursiv',
      'Qazinform',
    ]);
    expect(sortScores(scores, 'share', true).map((s) => s.key)).toEqual([
      'Qazinform',
      'Daryo',
      'Kursiv',
    ]);
    expect(sortScores(scores, 'claims', false).map((s) => s.key)).toEqual([
      'Kursiv',
      'Daryo',
      'Qazinform',
    ]);
  });
});
