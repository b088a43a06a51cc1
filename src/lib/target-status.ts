/**
 * Where a target stands, read honestly from qualifiers and kinds:
 * - met: an actual, dated by the deadline, at or above the target; "exactly", ">" and "≥" count,
 *   "≈", "approaching" and "<" do not (mirrored for a "keep it under" target);
 * - missed: the deadline has passed without that;
 * - on track / off track: the yearly growth still needed against the recent yearly growth;
 * - pending: not enough data to say (no actual yet, one actual only, or no deadline).
 * Where an official figure for the target's period has been checked against it (see
 * `official/verdict.ts`), it decides: met or missed by the official figure.
 * Each status carries the numbers it used, in words, for a tooltip. Pure: today is a parameter.
 */
import type { Claim, Qualifier } from './claim.ts';
import {
  QUALIFIER_SYMBOLS,
  formatClaimValue,
  formatPercent,
  formatPeriod,
  periodToYear,
} from './format.ts';

export type TargetStatus = 'met' | 'missed' | 'on_track' | 'off_track' | 'pending';

export interface TargetAssessment {
  status: TargetStatus;
  target: Claim;
  /** The latest actual by the deadline, in the target's unit. */
  latest?: Claim;
  /** The actual that meets the target, when met. */
  meeting?: Claim;
  /** Yearly growth still needed from the latest actual to the target (0.41 = 41% a year). */
  requiredGrowth?: number;
  /** Yearly growth between the two latest actuals. */
  recentGrowth?: number;
  /** A few words for a card: "target met", "off track: needs +41% a year, grew +12% a year". */
  label: string;
  /** The numbers used, in a sentence or two, for the status's tooltip. */
  explanation: string;
  /** Met or missed by the official figure for the target's period, not by claimed actuals. */
  official?: boolean;
}

/** What the status needs of a target's verdict against the official figure. */
export interface OfficialOutcome {
  outcome?: string;
  explanation: string;
}

/** The verdict of a target against the official figure, where one was found. */
export type OfficialOutcomeOf<T extends Claim> = (target: T) => OfficialOutcome | undefined;

/** Qualifiers of an actual that establish it reached an upward target, or a downward one. */
const REACHES_UP: ReadonlySet<Qualifier> = new Set(['exact', 'more_than', 'at_least']);
const REACHES_DOWN: ReadonlySet<Qualifier> = new Set(['exact', 'less_than', 'up_to']);

/** "Keep it under 5%" targets point down; every other target is a level to reach. */
export function isDownward(target: Pick<Claim, 'qualifier'>): boolean {
  return target.qualifier === 'less_than' || target.qualifier === 'up_to';
}

/**
 * The end of a period as a fractional year: a deadline "by 2026" runs to the end of 2026.
 * @example periodEnd('2026') // 2027
 * @example periodEnd('2026-06') // 2026.5
 */
export function periodEnd(period: string): number {
  const start = periodToYear(period);
  const parts = period.split('-').length;
  return start + (parts === 1 ? 1 : parts === 2 ? 1 / 12 : 1 / 365);
}

/** Whether an actual, as written, reaches a target: the value and what its qualifier allows. */
export function reaches(actual: Claim, target: Claim): boolean {
  if (actual.kind !== 'actual' || actual.unit !== target.unit) return false;
  return isDownward(target)
    ? REACHES_DOWN.has(actual.qualifier) && actual.value <= target.value
    : REACHES_UP.has(actual.qualifier) && actual.value >= target.value;
}

function yearlyGrowth(from: number, to: number, years: number): number | undefined {
  if (!(from > 0) || !(to > 0) || !(years > 0)) return undefined;
  return Math.pow(to / from, 1 / years) - 1;
}

const growth = (g: number) => `${g >= 0 ? '+' : ''}${formatPercent(g)} a year`;
const when = (claim: Claim) => (claim.period ? formatPeriod(claim.period) : 'no period stated');
const as = (claim: Claim) => `${formatClaimValue(claim)} (${when(claim)})`;

/** Why an actual that is numerically there still does not count. */
function qualifierNote(actual: Claim, target: Claim): string {
  const numericallyThere = isDownward(target)
    ? actual.value <= target.value
    : actual.value >= target.value;
  if (!numericallyThere || actual.qualifier === 'exact') return '';
  return ` (“${QUALIFIER_SYMBOLS[actual.qualifier]}” does not establish that it was reached)`;
}

/**
 * @param claims the series' claims (one metric, entity and unit; other kinds are ignored)
 * @param today `yyyy-mm-dd`: deadlines before it have passed
 * @example assessTarget([actual 2025 ≈ $1 billion], target 2026 $1 billion, '2026-12-06').status // 'pending'
 */
export function assessTarget<T extends Claim>(
  claims: readonly Claim[],
  target: T,
  today: string,
  officialOf?: OfficialOutcomeOf<T>,
): TargetAssessment {
  const checked = officialOf?.(target);
  if (checked?.outcome === 'met' || checked?.outcome === 'missed')
    return {
      status: checked.outcome,
      target,
      official: true,
      label: `target ${checked.outcome} (official figure)`,
      explanation:
        `${checked.outcome === 'met' ? 'Met' : 'Missed'} by the official figure. ` +
        checked.explanation,
    };
  const goal = `target ${formatClaimValue(target)}${target.period ? ` by ${formatPeriod(target.period)}` : ''}`;
  const deadline = target.period ? periodEnd(target.period) : Number.POSITIVE_INFINITY;
  const actuals = claims
    .filter(
      (c) =>
        c.kind === 'actual' &&
        c.unit === target.unit &&
        (target.period
          ? Number.isFinite(periodToYear(c.period)) && periodToYear(c.period) < deadline
          : true),
    )
    .sort((a, b) => (periodToYear(a.period) || 0) - (periodToYear(b.period) || 0));
  const meeting = actuals.filter((actual) => reaches(actual, target)).at(-1);
  if (meeting)
    return {
      status: 'met',
      target,
      latest: actuals.at(-1)!,
      meeting,
      label: 'target met',
      explanation: `Met: the actual ${as(meeting)} reaches the ${goal}.`,
    };

  const latest = actuals.at(-1);
  const passed = periodToYear(today) >= deadline;
  if (passed)
    return {
      status: 'missed',
      target,
      ...(latest ? { latest } : {}),
      label: 'target missed',
      explanation: latest
        ? `Missed: the deadline has passed and the latest actual by then, ${as(latest)}, does not reach the ${goal}${qualifierNote(latest, target)}.`
        : `Missed: the deadline has passed with no actual figure reaching the ${goal}.`,
    };
  if (!latest)
    return {
      status: 'pending',
      target,
      label: 'pending',
      explanation: `Pending: no actual figure yet to set against the ${goal}.`,
    };
  const short = `the latest actual, ${as(latest)}, does not reach the ${goal}${qualifierNote(latest, target)}`;
  if (!target.period || !latest.period)
    return {
      status: 'pending',
      target,
      latest,
      label: 'pending',
      explanation: `Pending: ${short}; without ${target.period ? 'a period for the actual' : 'a deadline'} no yearly growth can be set against it.`,
    };

  const yearsLeft = deadline - periodEnd(latest.period);
  const requiredGrowth = yearlyGrowth(latest.value, target.value, yearsLeft);
  const previous = actuals
    .filter((c) => c.period && periodToYear(c.period) < periodToYear(latest.period))
    .at(-1);
  const recentGrowth = previous
    ? yearlyGrowth(
        previous.value,
        latest.value,
        periodToYear(latest.period) - periodToYear(previous.period),
      )
    : undefined;
  const needs = requiredGrowth === undefined ? '' : `; it needs ${growth(requiredGrowth)}`;
  if (requiredGrowth === undefined || recentGrowth === undefined)
    return {
      status: 'pending',
      target,
      latest,
      ...(requiredGrowth === undefined ? {} : { requiredGrowth }),
      label: 'pending',
      explanation: `Pending: ${short}${needs}, and ${previous ? 'the values give no growth rate' : 'there is only one actual figure, so no recent growth rate'} to compare with.`,
    };
  const onTrack = isDownward(target)
    ? recentGrowth <= requiredGrowth
    : recentGrowth >= requiredGrowth;
  const both = `needs ${growth(requiredGrowth)}, grew ${growth(recentGrowth)}`;
  return {
    status: onTrack ? 'on_track' : 'off_track',
    target,
    latest,
    requiredGrowth,
    recentGrowth,
    label: `${onTrack ? 'on track' : 'off track'}: ${both}`,
    explanation: `${onTrack ? 'On track' : 'Off track'}: ${short}${needs} to get there, and grew ${growth(recentGrowth)} from ${as(previous!)} to ${as(latest)}.`,
  };
}

/**
 * The target a series is chasing: the earliest one whose deadline is still ahead; failing that
 * the latest one already due; targets without a period last.
 */
export function nearestTarget<T extends Claim>(claims: readonly T[], today: string): T | undefined {
  const now = periodToYear(today);
  const targets = claims
    .filter((c) => c.kind === 'target')
    .sort((a, b) => periodToYear(a.period || '9999') - periodToYear(b.period || '9999'));
  const dated = targets.filter((t) => t.period);
  return (
    dated.find((t) => periodEnd(t.period) > now) ?? dated.at(-1) ?? targets.find((t) => !t.period)
  );
}

/**
 * The status of a series against its nearest target; undefined when it has none.
 * @param officialOf the target's verdict against the official figure, which decides where found
 */
export function targetStatus<T extends Claim>(
  claims: readonly T[],
  today: string,
  officialOf?: OfficialOutcomeOf<T>,
): TargetAssessment | undefined {
  const target = nearestTarget(claims, today);
  return target ? assessTarget(claims, target, today, officialOf) : undefined;
}

/** Today as `yyyy-mm-dd` in UTC, for the callers that pass it in. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
