/**
 * The verdict on a claim against the official figure for its metric, entity and period.
 *
 * - ">" and "≥" hold when the official figure is at or above the claimed value; "<", "≤" and
 *   "approaching" when it is at or below;
 * - "≈" holds within a tolerance (5% unless set otherwise);
 * - a plain figure holds within the rounding of the digits it was stated with: ±5% for one
 *   significant digit ("$1 bn"), each further digit narrowing it by √10 (±0.5% for "$1.23 bn").
 * Targets and forecasts whose period has been reported are checked the same way (a target is met
 * when the official figure reaches it); those whose period has not are not comparable yet.
 */
import type { Claim, Qualifier } from '../claim.ts';
import { QUALIFIER_SYMBOLS, formatPercent, formatValue } from '../format.ts';
import { vintageAsOf } from './vintage.ts';
import { groupBySeries, seriesKey, type OfficialSource, type OfficialValue } from './official.ts';

export const VERDICT_STATUSES = [
  'consistent',
  'overstated',
  'understated',
  'not_comparable',
  'no_official',
] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export const VERDICT_LABELS: Readonly<Record<VerdictStatus, string>> = {
  consistent: 'consistent',
  overstated: 'overstated',
  understated: 'understated',
  not_comparable: 'not comparable',
  no_official: 'no official figure',
};

/** Marker colours: green holds, red overstated, orange understated, grey otherwise. */
export const VERDICT_COLORS: Readonly<Record<VerdictStatus, string>> = {
  consistent: '#15803d',
  overstated: '#dc2626',
  understated: '#ea580c',
  not_comparable: '#94a3b8',
  no_official: '#94a3b8',
};

export type Outcome = 'met' | 'missed' | 'came_true' | 'did_not_come_true';
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  met: 'target met',
  missed: 'target missed',
  came_true: 'forecast came true',
  did_not_come_true: 'forecast did not come true',
};

export interface OfficialFigure {
  value: OfficialValue;
  source: OfficialSource;
}

export interface Verdict {
  status: VerdictStatus;
  /** Targets and forecasts whose period was reported. */
  outcome?: Outcome;
  official?: OfficialFigure;
  /** Claimed minus official, in the claim's unit. */
  gap?: number;
  /** `gap` over the official figure: 0.05 is 5% above it. */
  relativeGap?: number;
  /** The rule applied, e.g. "“>” holds when the official figure is at or above the claimed value". */
  rule: string;
  /** One paragraph a reader can check: the figure, its source and vintage, the rule, the result. */
  explanation: string;
  /** What the version of the table known on the claim's date gave, where it is another one. */
  asOf?: VerdictAsOf;
}

export interface VerdictOptions {
  /** Tolerance of "≈", as a fraction: 0.05 by default. */
  approxTolerance?: number;
}

type Direction = 'at_least' | 'at_most' | 'near';

const DIRECTIONS: Readonly<Record<Qualifier, Direction>> = {
  exact: 'near',
  approx: 'near',
  more_than: 'at_least',
  at_least: 'at_least',
  less_than: 'at_most',
  up_to: 'at_most',
  approaching: 'at_most',
};

/**
 * Significant digits of a value as a person would state it: trailing zeros of whole numbers do
 * not count ("300 billion" has one, "1.23 billion" three).
 * @example significantDigits(3e11) // 1
 * @example significantDigits(1.23e9) // 3
 * @example significantDigits(6.5) // 2
 */
export function significantDigits(value: number): number {
  const digits = Math.abs(value)
    .toPrecision(15)
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/**
 * Rounding tolerance of a plain figure: 5% for one significant digit, √10 times narrower per digit.
 * @example roundingTolerance(1e9) // 0.05
 * @example roundingTolerance(1.23e9) // 0.005
 */
export function roundingTolerance(value: number): number {
  return 0.05 / Math.sqrt(10) ** (significantDigits(value) - 1);
}

function ruleText(qualifier: Qualifier, tolerance: number): string {
  const symbol = QUALIFIER_SYMBOLS[qualifier];
  const pct = formatPercent(tolerance).replace(/^\+/, '');
  switch (DIRECTIONS[qualifier]) {
    case 'at_least':
      return `“${symbol}” holds when the official figure is at or above the claimed value`;
    case 'at_most':
      return qualifier === 'approaching'
        ? '“approaching” holds when the official figure is at or below the claimed value'
        : `“${symbol}” holds when the official figure is at or below the claimed value`;
    case 'near':
      return qualifier === 'approx'
        ? `“≈” holds within ±${pct} of the official figure`
        : `a plain figure holds within the rounding of its digits: ±${pct}`;
  }
}

/** One table's values for the index: flat, or already grouped by series (as stored). */
export type IndexTable = { source: OfficialSource } & (
  { values: readonly OfficialValue[] } | { series: readonly (readonly OfficialValue[])[] }
);

interface SeriesPart {
  source: OfficialSource;
  values: readonly OfficialValue[];
}

/**
 * Official figures indexed for verdicts by series (metric and entity): making it costs one map
 * entry per series, not per figure, and a claim's figure is looked up in its series alone, so a
 * table of a million figures is never scanned for a few hundred claims.
 */
export class OfficialIndex {
  /** Per series, each table's part of it, preferred table first. */
  readonly #series = new Map<string, SeriesPart[]>();
  readonly #lastPeriod = new Map<string, string>();

  /** @param tables each source with its values, preferred first (see `currentVintages`). */
  constructor(tables: readonly IndexTable[]) {
    for (const table of tables) {
      const groups = 'series' in table ? table.series : groupBySeries(table.values);
      for (const values of groups) {
        const first = values[0];
        if (!first) continue;
        const key = seriesKey(first.metric, first.entity);
        const parts = this.#series.get(key);
        const part = { source: table.source, values };
        if (parts) parts.push(part);
        else this.#series.set(key, [part]);
      }
    }
  }

  /** Figures indexed: one per metric, entity, period and unit (the preferred table's). */
  get size(): number {
    let size = 0;
    for (const parts of this.#series.values()) {
      const seen = new Set<string>();
      for (const { values } of parts)
        for (const value of values) seen.add(`${value.period}\u0000${value.unit}`);
      size += seen.size;
    }
    return size;
  }

  /** The figures for one key, one per unit, preferred table first. */
  figures(metric: string, entity: string, period: string): readonly OfficialFigure[] {
    const parts = this.#series.get(seriesKey(metric, entity));
    if (!parts) return [];
    const found: OfficialFigure[] = [];
    for (const { source, values } of parts)
      for (const value of values)
        if (value.period === period && !found.some((f) => f.value.unit === value.unit))
          found.push({ value, source });
    return found;
  }

  lastPeriod(metric: string, entity: string): string {
    const key = seriesKey(metric, entity);
    let last = this.#lastPeriod.get(key);
    if (last === undefined) {
      last = '';
      for (const { values } of this.#series.get(key) ?? [])
        for (const value of values) if (value.period > last) last = value.period;
      this.#lastPeriod.set(key, last);
    }
    return last;
  }

  /** The series of one metric, entity and unit, oldest first, for the chart's grey line. */
  series(metric: string, entity: string, unit: string): OfficialFigure[] {
    const byPeriod = new Map<string, OfficialFigure>();
    for (const { source, values } of this.#series.get(seriesKey(metric, entity)) ?? [])
      for (const value of values)
        if (value.unit === unit && !byPeriod.has(value.period))
          byPeriod.set(value.period, { value, source });
    return [...byPeriod.values()].sort((a, b) => (a.value.period < b.value.period ? -1 : 1));
  }
}

function describeSource(figure: OfficialFigure): string {
  const { value, source } = figure;
  return (
    `${source.source || source.name}, “${value.indicator}” (${source.fileName || source.name}, ` +
    `downloaded ${source.downloaded}, version ${source.vintage})`
  );
}

type ClaimFields = Pick<
  Claim,
  'metric' | 'entity' | 'period' | 'value' | 'unit' | 'unit_label' | 'qualifier' | 'kind'
>;

/**
 * @example verdictFor({ metric: 'gdp', entity: 'Kazakhstan', period: '2023', value: 3e11, unit: 'USD', qualifier: 'more_than', kind: 'actual' }, index).status // 'understated' or 'consistent'…
 */
export function verdictFor(
  claim: ClaimFields,
  index: OfficialIndex,
  options: VerdictOptions = {},
): Verdict {
  const what = `${claim.metric} for ${claim.entity || 'no entity'}`;
  if (!claim.period)
    return {
      status: 'no_official',
      rule: '',
      explanation: 'The claim names no period, so no official figure can be matched to it.',
    };
  const figures = index.figures(claim.metric, claim.entity, claim.period);
  if (figures.length === 0) {
    const last = index.lastPeriod(claim.metric, claim.entity);
    if (claim.kind !== 'actual' && (last === '' || last < claim.period)) {
      return {
        status: 'not_comparable',
        rule: '',
        explanation:
          `A ${claim.kind} for ${claim.period}, a period the official figures do not cover yet` +
          (last ? ` (the official ${what} ends in ${last}).` : ` (no official ${what} is stored).`),
      };
    }
    return {
      status: 'no_official',
      rule: '',
      explanation: last
        ? `No official ${what} for ${claim.period} (the stored series ends in ${last}).`
        : `No official ${what} is stored.`,
    };
  }
  const official = figures.find((f) => f.value.unit === claim.unit);
  if (!official) {
    const other = figures[0]!;
    return {
      status: 'not_comparable',
      official: other,
      rule: '',
      explanation:
        `Units differ: the claim is in ${claim.unit}, the official figure ` +
        `(${formatValue(other.value.value, other.value.unit)}, ${describeSource(other)}) in ${other.value.unit}.`,
    };
  }
  const direction = DIRECTIONS[claim.qualifier];
  const isTarget = claim.kind === 'target';
  const tolerance =
    claim.qualifier === 'approx'
      ? (options.approxTolerance ?? 0.05)
      : claim.qualifier === 'exact'
        ? roundingTolerance(claim.value)
        : 0;
  const actual = official.value.value;
  const gap = claim.value - actual;
  const relativeGap = actual === 0 ? (gap === 0 ? 0 : Infinity) : gap / Math.abs(actual);
  let holds: boolean;
  let rule = ruleText(claim.qualifier, tolerance);
  if (direction === 'at_least') holds = actual >= claim.value;
  else if (direction === 'at_most') holds = actual <= claim.value;
  else if (isTarget) {
    // A target of a figure is met when the figure is reached, or falls short by less than its rounding.
    holds = relativeGap <= tolerance;
    rule = `a target is met when the official figure reaches it, within ±${formatPercent(tolerance).replace(/^\+/, '')} rounding`;
  } else holds = Math.abs(relativeGap) <= tolerance + 1e-12;
  const status: VerdictStatus = holds ? 'consistent' : gap > 0 ? 'overstated' : 'understated';
  const outcome: Outcome | undefined =
    claim.kind === 'target'
      ? holds
        ? 'met'
        : 'missed'
      : claim.kind === 'forecast'
        ? holds
          ? 'came_true'
          : 'did_not_come_true'
        : undefined;
  const claimed = `${QUALIFIER_SYMBOLS[claim.qualifier] ? `${QUALIFIER_SYMBOLS[claim.qualifier]} ` : ''}${formatValue(claim.value, claim.unit, claim.unit_label)}`;
  const result = outcome ? OUTCOME_LABELS[outcome] : VERDICT_LABELS[status];
  const gapText =
    gap === 0
      ? 'the same figure'
      : `${formatValue(Math.abs(gap), claim.unit, claim.unit_label)} (${formatPercent(Math.abs(relativeGap)).replace(/^\+/, '')}) ${gap > 0 ? 'above' : 'below'} the official figure`;
  return {
    status,
    ...(outcome ? { outcome } : {}),
    official,
    gap,
    relativeGap,
    rule,
    explanation:
      `Official ${claim.period}: ${formatValue(actual, official.value.unit)} (${describeSource(official)}). ` +
      `Claimed ${claimed}: ${gapText}. Rule: ${rule}. Verdict: ${result}.`,
  };
}

/**
 * The stored versions of the official tables, for "what was known when the claim was made":
 * a table's versions newest first, and an index of one version's figures (undefined where not
 * loaded).
 */
export interface Vintages {
  versions(tableKey: string): readonly OfficialSource[];
  indexOf(id: string): OfficialIndex | undefined;
}

/** What the version known on the claim's date said, where it is not the version followed. */
export interface VerdictAsOf {
  date: string;
  source: OfficialSource;
  status: VerdictStatus;
  official?: OfficialFigure;
}

/**
 * The verdict follows the version chosen (the newest by default); where the claim is dated and
 * an older version of that table was the newest downloaded by then, it also says what that one
 * gave, so a reader sees what was known when the claim was made.
 */
function withVintageAsOf(
  verdict: Verdict,
  claim: ClaimFields & { source_date?: string },
  vintages: Vintages,
  options: VerdictOptions,
): Verdict {
  const followed = verdict.official?.source;
  const date = claim.source_date ?? '';
  if (!followed || !date) return verdict;
  const versions = vintages.versions(followed.tableKey);
  if (versions.length < 2) return verdict;
  const known = vintageAsOf(versions, date);
  const index = known && known.id !== followed.id ? vintages.indexOf(known.id) : undefined;
  if (!known || !index) return verdict;
  const then = verdictFor(claim, index, options);
  const said =
    then.official && then.status !== 'not_comparable'
      ? `gave ${formatValue(then.official.value.value, then.official.value.unit)}: ` +
        (then.outcome ? OUTCOME_LABELS[then.outcome] : VERDICT_LABELS[then.status])
      : `had no figure to check it against`;
  return {
    ...verdict,
    asOf: {
      date,
      source: known,
      status: then.status,
      ...(then.official ? { official: then.official } : {}),
    },
    explanation:
      `${verdict.explanation} When the claim was made (${date}), the version known was ` +
      `version ${known.vintage} (downloaded ${known.downloaded}), which ${said}.`,
  };
}

/**
 * Verdicts for many claims, keyed as the caller keys them.
 * @param vintages every stored version, so a dated claim's verdict also says what the version
 *   known on its date gave (see `vintageAsOf`)
 */
export function verdictsFor<T extends ClaimFields & { key: string; source_date?: string }>(
  claims: readonly T[],
  index: OfficialIndex,
  options: VerdictOptions = {},
  vintages?: Vintages,
): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>();
  for (const claim of claims) {
    const verdict = verdictFor(claim, index, options);
    verdicts.set(
      claim.key,
      vintages ? withVintageAsOf(verdict, claim, vintages, options) : verdict,
    );
  }
  return verdicts;
}
