/**
 * Claims as the dashboard holds them: each with a key that is unique in its dataset (the claim's
 * id where that is unique, else its position), plus the grouping the views share.
 */
import type { Claim } from './claim.ts';
import { effectivePeriod } from './progress.ts';

export interface ClaimRow extends Claim {
  /** Unique within the loaded dataset; stable for the baseline (extractor ids). */
  key: string;
}

/**
 * @example keyClaims([{ id: 'a' }, { id: 'a' }, { id: '' }]) // keys 'a', '#1', '#2'
 */
export function keyClaims(claims: readonly Claim[]): ClaimRow[] {
  const counts = new Map<string, number>();
  for (const claim of claims) if (claim.id) counts.set(claim.id, (counts.get(claim.id) ?? 0) + 1);
  return claims.map((claim, index) => ({
    ...claim,
    key: claim.id && counts.get(claim.id) === 1 ? claim.id : `#${index}`,
  }));
}

/**
 * Keys of claims that disagree: the same metric, entity, period, kind, unit and thing counted
 * (`unit_label`) with different values. Both sides are flagged; claims without a period never
 * conflict.
 */
export function findConflicts(rows: readonly ClaimRow[]): Set<string> {
  const groups = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    if (!row.period) continue;
    const key = [row.metric, row.entity, row.period, row.kind, row.unit, row.unit_label].join(
      '\u0000',
    );
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const conflicts = new Set<string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const values = new Set(group.map((row) => row.value));
    if (values.size > 1) for (const row of group) conflicts.add(row.key);
  }
  return conflicts;
}

/** The most common value, ties to the first seen. */
export function mostCommon<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const item of items) {
    const count = (counts.get(item) ?? 0) + 1;
    counts.set(item, count);
    if (count > bestCount) {
      best = item;
      bestCount = count;
    }
  }
  return best;
}

/** The country Sandar follows: the extractor's entity when a sentence names no other. */
export const HOME_ENTITY = 'Kazakhstan';

/** The entity a metric is shown for by default: `HOME_ENTITY` when it has claims, else the most claimed. */
export function primaryEntity(rows: readonly Pick<Claim, 'entity'>[]): string | undefined {
  if (rows.some((row) => row.entity === HOME_ENTITY)) return HOME_ENTITY;
  return mostCommon(rows.map((row) => row.entity));
}

/** Units of a metric's claims, most common first. */
export function unitsByUse(rows: readonly Pick<Claim, 'unit'>[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.unit, (counts.get(row.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([unit]) => unit);
}

/** Claims oldest first by effective period, then by publication. */
export function byPeriod(a: Claim, b: Claim): number {
  const pa = effectivePeriod(a);
  const pb = effectivePeriod(b);
  return pa < pb
    ? -1
    : pa > pb
      ? 1
      : a.source_date < b.source_date
        ? -1
        : a.source_date > b.source_date
          ? 1
          : 0;
}
