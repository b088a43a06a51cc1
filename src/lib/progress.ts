/**
 * A series' latest actual, and the period a claim is sorted by. Where a target stands against
 * the actuals is `target-status.ts` (qualifiers and kinds read honestly). Pure.
 */
import type { Claim } from './claim.ts';
import { periodToYear } from './format.ts';

/** The effective period: the claim's own, or its publication date where the text gave none. */
export function effectivePeriod(claim: Pick<Claim, 'period' | 'source_date'>): string {
  return claim.period || claim.source_date;
}

function byTimeThenPublished(a: Claim, b: Claim): number {
  return (
    periodToYear(effectivePeriod(a)) - periodToYear(effectivePeriod(b)) ||
    (a.source_date < b.source_date ? -1 : a.source_date > b.source_date ? 1 : 0)
  );
}

/** Dated claims of one kind, oldest first; ties broken by publication date (newest last). */
function dated(claims: readonly Claim[], kind: Claim['kind']): Claim[] {
  return claims
    .filter((c) => c.kind === kind && !Number.isNaN(periodToYear(effectivePeriod(c))))
    .sort(byTimeThenPublished);
}

/** The most recent actual; among equal periods the most recently published. */
export function latestActual(claims: readonly Claim[]): Claim | undefined {
  return dated(claims, 'actual').at(-1);
}
