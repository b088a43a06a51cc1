/**
 * The scorecard: per outlet or per metric, how many claims were checked against official figures
 * and how they came out. Pure; the view renders it and links each number to its claims.
 */
import type { ClaimRow } from '../claim-rows.ts';
import { sourceName } from '../claim-table.ts';
import { compareText } from '../compare-text.ts';
import type { Verdict } from './verdict.ts';

export type ScoreGroup = 'source' | 'metric';

export interface ScoreRow {
  /** The table filter value: the outlet, or the metric's slug. */
  key: string;
  label: string;
  claims: number;
  /** Compared with an official figure: consistent + overstated + understated. */
  checked: number;
  consistent: number;
  overstated: number;
  understated: number;
  not_comparable: number;
  no_official: number;
  /** Targets and forecasts among the checked. */
  met: number;
  missed: number;
  came_true: number;
  did_not_come_true: number;
  /** consistent / checked, or -1 where nothing was checked (sorts last). */
  share: number;
}

export const SCORE_COLUMNS = [
  'label',
  'claims',
  'checked',
  'consistent',
  'overstated',
  'understated',
  'not_comparable',
  'no_official',
  'share',
] as const;
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];

/**
 * @example scorecard(rows, verdicts, 'source')[0] // { key: 'Qazinform', claims: 12, checked: 3, consistent: 2, overstated: 1, … }
 */
export function scorecard(
  rows: readonly ClaimRow[],
  verdicts: ReadonlyMap<string, Verdict>,
  group: ScoreGroup,
): ScoreRow[] {
  const byKey = new Map<string, ScoreRow>();
  for (const row of rows) {
    const key = group === 'source' ? sourceName(row) : row.metric;
    let score = byKey.get(key);
    if (!score) {
      score = {
        key,
        label: group === 'source' ? key || 'unknown source' : row.metric_label || row.metric,
        claims: 0,
        checked: 0,
        consistent: 0,
        overstated: 0,
        understated: 0,
        not_comparable: 0,
        no_official: 0,
        met: 0,
        missed: 0,
        came_true: 0,
        did_not_come_true: 0,
        share: -1,
      };
      byKey.set(key, score);
    }
    score.claims++;
    const verdict = verdicts.get(row.key);
    if (!verdict) {
      score.no_official++;
      continue;
    }
    score[verdict.status]++;
    if (verdict.outcome) score[verdict.outcome]++;
  }
  for (const score of byKey.values()) {
    score.checked = score.consistent + score.overstated + score.understated;
    score.share = score.checked > 0 ? score.consistent / score.checked : -1;
  }
  return sortScores([...byKey.values()], 'checked', true);
}

/** A stable sort on one column; labels break ties. Returns a new array. */
export function sortScores(
  rows: readonly ScoreRow[],
  column: ScoreColumn,
  desc: boolean,
): ScoreRow[] {
  const direction = desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const order =
      column === 'label'
        ? compareText(a.label, b.label)
        : (a[column] as number) - (b[column] as number);
    return order * direction || compareText(a.label, b.label);
  });
}
