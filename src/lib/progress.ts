/**
 * Promises set against results: the latest actual of a series, the target it is chasing, and
 * how far it still has to go. Pure; works on the claims of one metric, entity and unit.
 */
import type { Claim } from './claim.ts';
import { formatPercent, periodToYear } from './format.ts';

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

/**
 * The target being chased: the earliest target not before the latest actual; failing that,
 * the latest target (already due).
 */
export function nearestTarget(
  claims: readonly Claim[],
  latest: Claim | undefined,
): Claim | undefined {
  const targets = dated(claims, 'target');
  if (!latest) return targets.find((t) => t.period !== '') ?? targets[0];
  const from = periodToYear(effectivePeriod(latest));
  return targets.find((t) => periodToYear(effectivePeriod(t)) >= from) ?? targets.at(-1);
}

export type ProgressStatus =
  'met' | 'on_track' | 'behind' | 'missed' | 'no_target' | 'no_actual' | 'not_comparable';

export interface Progress {
  status: ProgressStatus;
  latest?: Claim;
  target?: Claim;
  /** Years from the latest actual to the target. */
  yearsLeft?: number;
  /** Yearly growth the actual still needs to reach the target (0.41 = 41% a year). */
  requiredGrowth?: number;
  /** Yearly growth between the two latest actuals, where there are two. */
  recentGrowth?: number;
}

function yearlyGrowth(from: number, to: number, years: number): number | undefined {
  if (!(from > 0) || !(to > 0) || !(years > 0)) return undefined;
  return Math.pow(to / from, 1 / years) - 1;
}

/** Where a series stands against its nearest target. All claims should share one unit. */
export function assessProgress(claims: readonly Claim[]): Progress {
  const latest = latestActual(claims);
  const target = nearestTarget(claims, latest);
  if (!target) return latest ? { status: 'no_target', latest } : { status: 'no_target' };
  if (!latest) return { status: 'no_actual', target };
  if (latest.unit !== target.unit) return { status: 'not_comparable', latest, target };

  // "Keep it under 5%" targets point down; everything else is a level to reach.
  const downward = target.qualifier === 'less_than' || target.qualifier === 'up_to';
  // "approached $1 billion" is just under it: not yet the level it names
  const reached =
    latest.qualifier === 'approaching' ? latest.value > target.value : latest.value >= target.value;
  const met = downward ? latest.value <= target.value : reached;
  const yearsLeft = periodToYear(effectivePeriod(target)) - periodToYear(effectivePeriod(latest));
  if (met) return { status: 'met', latest, target, yearsLeft };
  if (!(yearsLeft > 0)) return { status: 'missed', latest, target, yearsLeft };

  const requiredGrowth = yearlyGrowth(latest.value, target.value, yearsLeft);
  const actuals = dated(claims, 'actual').filter((c) => c.unit === latest.unit);
  const previous = actuals
    .filter((c) => periodToYear(effectivePeriod(c)) < periodToYear(effectivePeriod(latest)))
    .at(-1);
  const recentGrowth = previous
    ? yearlyGrowth(
        previous.value,
        latest.value,
        periodToYear(effectivePeriod(latest)) - periodToYear(effectivePeriod(previous)),
      )
    : undefined;
  const onTrack =
    requiredGrowth !== undefined &&
    recentGrowth !== undefined &&
    (downward ? recentGrowth <= requiredGrowth : recentGrowth >= requiredGrowth);
  const result: Progress = { status: onTrack ? 'on_track' : 'behind', latest, target, yearsLeft };
  if (requiredGrowth !== undefined) result.requiredGrowth = requiredGrowth;
  if (recentGrowth !== undefined) result.recentGrowth = recentGrowth;
  return result;
}

/**
 * One line for a card.
 * @example describeProgress({ status: 'behind', requiredGrowth: 0.41, ... }) // 'needs +41% a year'
 */
export function describeProgress(progress: Progress): string {
  const growth = (g: number) => `${g >= 0 ? '+' : ''}${formatPercent(g)} a year`;
  switch (progress.status) {
    case 'met':
      return 'target met';
    case 'missed':
      return 'target missed';
    case 'on_track':
      return progress.recentGrowth !== undefined && progress.requiredGrowth !== undefined
        ? `on track: growing ${growth(progress.recentGrowth)}, needs ${growth(progress.requiredGrowth)}`
        : 'on track';
    case 'behind':
      return progress.requiredGrowth !== undefined
        ? `needs ${growth(progress.requiredGrowth)}`
        : 'behind target';
    case 'no_actual':
      return 'no actual figure yet';
    case 'not_comparable':
      return 'target in another unit';
    case 'no_target':
      return 'no target';
  }
}
