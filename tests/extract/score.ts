/**
 * Scores an extraction against hand-annotated gold claims. Pure: the caller loads both.
 *
 * A gold row and an extracted claim match when they come from the same document, their mention
 * spans overlap, their units are equal and their values are equal within a relative tolerance of
 * 1e-9. Each claim matches at most one gold row and each gold row at most one claim; among the
 * possible pairings the scorer takes one with the most pairs (bipartite matching), preferring the
 * closest spans. Period, kind, entity and metric are then compared over the matched pairs.
 *
 * Entity: equal when the names are equal ignoring case ("Kazakhstan" = "kazakhstan"; "Kazakhstan-EU"
 * ≠ "Kazakhstan"), after each is read through the extractor's table of names (`canonicalEntity` of
 * `scripts/extract/entities.ts`): two names of one organisation or country are one entity ("Kaspi"
 * = "Kaspi.kz", "EU-Kazakhstan" = "European Union-Kazakhstan"); a pair in either order
 * ("Kazakhstan-EU" = "EU-Kazakhstan").
 *
 * Metric: right when the extracted slug equals the gold slug, or when the extracted label is
 * informative (`isJunkLabel` of `scripts/extract/labels.ts` refuses it, the same check the extractor
 * makes) and names the gold slug's head word:
 * - the gold slug's head word is its last word before the first preposition (`of`, `with`, `in`,
 *   `to`, `from`, `per`, `for`, `on`, `via`, `without`, `by`), after dropping trailing words that
 *   only restate a period, kind or scope (`daily`, `total`, `annual`, `monthly`, `yearly`, `urban`,
 *   `pledge`, `assumption`, `potential`): `it_services_exports_growth` → `growth`,
 *   `share_of_trade` → `share`, `countries_with_ai_laws` → `countries`, `oil_price_assumption` →
 *   `price`;
 * - the label names it when one of the label's or the slug's words (stop words left out; the slug
 *   is the metric's one name across languages, so an English slug names a Russian label's metric
 *   too: "Чистая прибыль банка" is `net_profit`) has the same stem
 *   (`stem` of `labels.ts`) as the head word or as one of its few synonyms (`fdi` ~ investment,
 *   `wage` ~ salary ~ earnings).
 *   "IT companies" names `astana_hub_companies`; "Exports" does not name `exports_growth`.
 *
 * @example
 * scoreExtraction(
 *   [{ source_id: 'a', mention_start: 10, mention_end: 13, mention: '16%', value: 16, unit: 'percent', period: '2024', kind: 'actual', … }],
 *   [{ source_id: 'a', quote_start: 10, quote_end: 13, value: 16, unit: 'percent', period: '2023', kind: 'actual', quote: '…' }],
 * ) // → recall 1, precision 1, periodAccuracy 0, kindAccuracy 1
 */
import type { Claim } from '../../src/lib/claim.ts';
import { canonicalEntity } from '../../scripts/extract/entities.ts';
import { isJunkLabel, stem } from '../../scripts/extract/labels.ts';

/** One hand-annotated claim: a row of `tests/fixtures/gold/*.csv`. */
export interface GoldClaim {
  source_id: string;
  mention_start: number;
  mention_end: number;
  mention: string;
  value: number;
  unit: string;
  qualifier: string;
  kind: string;
  period: string;
  entity: string;
  metric: string;
  note: string;
}

/** The fields of an extracted claim the scorer reads. */
export type ScoredClaim = Pick<
  Claim,
  | 'source_id'
  | 'quote_start'
  | 'quote_end'
  | 'value'
  | 'unit'
  | 'period'
  | 'kind'
  | 'quote'
  | 'entity'
  | 'metric'
  | 'metric_label'
>;

export interface MatchedPair<C extends ScoredClaim = ScoredClaim> {
  gold: GoldClaim;
  claim: C;
}

export interface Miss {
  gold: GoldClaim;
  /** The sentence around the mention, when the document text was given. */
  sentence: string;
  /** Why the closest overlapping extracted claim (if any) did not match, e.g. `value 1000 ≠ 1`. */
  nearest: string;
}

export interface FalsePositive<C extends ScoredClaim = ScoredClaim> {
  claim: C;
  /** `text.slice(quote_start, quote_end)`, when the document text was given. */
  mention: string;
  sentence: string;
}

export interface Score<C extends ScoredClaim = ScoredClaim> {
  goldCount: number;
  extractedCount: number;
  matchedCount: number;
  /** matched / gold; NaN when there is no gold row. */
  recall: number;
  /** matched / extracted; NaN when nothing was extracted. */
  precision: number;
  /** Share of matched pairs with equal period; NaN when nothing matched. */
  periodAccuracy: number;
  /** Share of matched pairs with equal kind; NaN when nothing matched. */
  kindAccuracy: number;
  /** Share of matched pairs with the same entity (ignoring case); NaN when nothing matched. */
  entityAccuracy: number;
  /** Share of matched pairs whose metric is right (see above); NaN when nothing matched. */
  metricAccuracy: number;
  matched: MatchedPair<C>[];
  misses: Miss[];
  falsePositives: FalsePositive<C>[];
  periodErrors: MatchedPair<C>[];
  kindErrors: MatchedPair<C>[];
  entityErrors: MatchedPair<C>[];
  metricErrors: MatchedPair<C>[];
  /** Extracted claims (matched or not) whose label is junk. */
  junkLabels: C[];
}

export interface ScoreOptions {
  /** Document texts by source id, only used to quote sentences and mentions in misses and false positives. */
  texts?: ReadonlyMap<string, string> | Record<string, string>;
}

const RELATIVE_TOLERANCE = 1e-9;

export function valuesEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

export function spansOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

function claimOverlaps(gold: GoldClaim, claim: ScoredClaim): boolean {
  return (
    claim.source_id === gold.source_id &&
    claim.quote_start !== null &&
    claim.quote_end !== null &&
    spansOverlap(gold.mention_start, gold.mention_end, claim.quote_start, claim.quote_end)
  );
}

function isMatch(gold: GoldClaim, claim: ScoredClaim): boolean {
  return (
    claimOverlaps(gold, claim) && claim.unit === gold.unit && valuesEqual(claim.value, gold.value)
  );
}

function spanDistance(gold: GoldClaim, claim: ScoredClaim): number {
  return (
    Math.abs((claim.quote_start ?? 0) - gold.mention_start) +
    Math.abs((claim.quote_end ?? 0) - gold.mention_end)
  );
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

function textOf(texts: ScoreOptions['texts'], sourceId: string): string | undefined {
  if (!texts) return undefined;
  return texts instanceof Map ? texts.get(sourceId) : (texts as Record<string, string>)[sourceId];
}

/** The sentence (or line) around [start, end) in `text`, for debugging output. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0) {
    const previous = text[from - 1]!;
    if (previous === '\n' || (/\s/.test(previous) && /[.!?]/.test(text[from - 2] ?? ''))) break;
    from -= 1;
  }
  let to = end;
  while (to < text.length) {
    const current = text[to]!;
    if (current === '\n') break;
    if (/[.!?]/.test(current) && (to + 1 === text.length || /\s/.test(text[to + 1]!))) {
      to += 1;
      break;
    }
    to += 1;
  }
  return text.slice(from, to).trim();
}

function describeNearest(
  gold: GoldClaim,
  extracted: readonly ScoredClaim[],
  used: ReadonlySet<number>,
): string {
  let best: { claim: ScoredClaim; index: number } | undefined;
  extracted.forEach((claim, index) => {
    if (!claimOverlaps(gold, claim)) return;
    if (!best || spanDistance(gold, claim) < spanDistance(gold, best.claim))
      best = { claim, index };
  });
  if (!best) return 'no extracted claim overlaps the mention';
  const { claim, index } = best;
  const reasons: string[] = [];
  if (claim.unit !== gold.unit) reasons.push(`unit ${claim.unit} ≠ ${gold.unit}`);
  if (!valuesEqual(claim.value, gold.value)) reasons.push(`value ${claim.value} ≠ ${gold.value}`);
  if (reasons.length === 0 && used.has(index))
    reasons.push('the overlapping claim matched another gold row');
  return `overlapping claim [${claim.quote_start}, ${claim.quote_end}): ${reasons.join(', ')}`;
}

/**
 * Matches extracted claims to gold rows and computes recall, precision, and period and kind
 * accuracy over the matched pairs. Neither input is mutated.
 */
export function scoreExtraction<C extends ScoredClaim>(
  gold: readonly GoldClaim[],
  extracted: readonly C[],
  options: ScoreOptions = {},
): Score<C> {
  // Candidates per gold row, closest span first, so the augmenting search prefers tight pairs.
  const candidates = gold.map((row) =>
    extracted
      .map((claim, index) => ({ claim, index }))
      .filter(({ claim }) => isMatch(row, claim))
      .sort((a, b) => spanDistance(row, a.claim) - spanDistance(row, b.claim) || a.index - b.index)
      .map(({ index }) => index),
  );

  // Kuhn's augmenting paths: maximum bipartite matching (inputs are a few hundred rows).
  const goldOfClaim = new Map<number, number>();
  const claimOfGold = new Map<number, number>();
  const tryAssign = (goldIndex: number, visited: Set<number>): boolean => {
    for (const claimIndex of candidates[goldIndex] ?? []) {
      if (visited.has(claimIndex)) continue;
      visited.add(claimIndex);
      const holder = goldOfClaim.get(claimIndex);
      if (holder === undefined || tryAssign(holder, visited)) {
        goldOfClaim.set(claimIndex, goldIndex);
        claimOfGold.set(goldIndex, claimIndex);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, goldIndex) => tryAssign(goldIndex, new Set()));

  const matched: MatchedPair<C>[] = [];
  const misses: Miss[] = [];
  const usedClaims = new Set(goldOfClaim.keys());
  gold.forEach((row, goldIndex) => {
    const claimIndex = claimOfGold.get(goldIndex);
    if (claimIndex !== undefined) {
      matched.push({ gold: row, claim: extracted[claimIndex]! });
      return;
    }
    const text = textOf(options.texts, row.source_id);
    misses.push({
      gold: row,
      sentence: text === undefined ? '' : sentenceAround(text, row.mention_start, row.mention_end),
      nearest: describeNearest(row, extracted, usedClaims),
    });
  });

  const falsePositives: FalsePositive<C>[] = [];
  extracted.forEach((claim, index) => {
    if (usedClaims.has(index)) return;
    const text = textOf(options.texts, claim.source_id);
    const hasSpan = text !== undefined && claim.quote_start !== null && claim.quote_end !== null;
    falsePositives.push({
      claim,
      mention: hasSpan ? text.slice(claim.quote_start!, claim.quote_end!) : '',
      sentence: hasSpan ? sentenceAround(text, claim.quote_start!, claim.quote_end!) : claim.quote,
    });
  });

  const periodErrors = matched.filter(({ gold: row, claim }) => row.period !== claim.period);
  const kindErrors = matched.filter(({ gold: row, claim }) => row.kind !== claim.kind);
  const entityErrors = matched.filter(
    ({ gold: row, claim }) => !entitiesEqual(row.entity, claim.entity),
  );
  const metricErrors = matched.filter(({ gold: row, claim }) => !metricRight(row.metric, claim));
  return {
    goldCount: gold.length,
    extractedCount: extracted.length,
    matchedCount: matched.length,
    recall: ratio(matched.length, gold.length),
    precision: ratio(matched.length, extracted.length),
    periodAccuracy: ratio(matched.length - periodErrors.length, matched.length),
    kindAccuracy: ratio(matched.length - kindErrors.length, matched.length),
    entityAccuracy: ratio(matched.length - entityErrors.length, matched.length),
    metricAccuracy: ratio(matched.length - metricErrors.length, matched.length),
    matched,
    misses,
    falsePositives,
    periodErrors,
    kindErrors,
    entityErrors,
    metricErrors,
    junkLabels: extracted.filter((claim) => isJunkLabel(claim.metric_label)),
  };
}

/** A pair in either order is one pair: "Georgia-EU" = "EU-Georgia". */
const pairKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .split(/\s*[-–—]\s*/)
    .sort()
    .join('-');

export function entitiesEqual(gold: string, extracted: string): boolean {
  return pairKey(canonicalEntity(gold)) === pairKey(canonicalEntity(extracted));
}

const PREPOSITIONS = new Set([
  'of',
  'with',
  'in',
  'to',
  'from',
  'per',
  'for',
  'on',
  'via',
  'without',
  'by',
]);
const RESTATING = new Set([
  'daily',
  'total',
  'annual',
  'monthly',
  'yearly',
  'urban',
  'pledge',
  'assumption',
  'potential',
]);
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  fdi: ['investment'],
  wage: ['salary', 'earnings'],
  salary: ['wage', 'earnings'],
};

/**
 * The head word of a gold metric slug (see the rules at the top of this file).
 *
 * @example slugHead('it_services_exports_growth') // 'growth'
 * @example slugHead('share_of_trade') // 'share'
 */
export function slugHead(slug: string): string {
  const parts = slug.toLowerCase().split('_').filter(Boolean);
  const cut = parts.findIndex((part) => PREPOSITIONS.has(part));
  const head = cut > 0 ? parts.slice(0, cut) : parts;
  while (head.length > 1 && RESTATING.has(head[head.length - 1]!)) head.pop();
  return head[head.length - 1] ?? '';
}

const LABEL_STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'and',
  'or',
  'with',
  'from',
]);

/**
 * Whether an extracted claim's metric names the gold slug's (see the rules at the top of this file).
 *
 * @example metricRight('astana_hub_companies', { metric: 'it_companies', metric_label: 'IT companies' }) // true
 * @example metricRight('exports_growth', { metric: 'exports', metric_label: 'Exports' }) // false
 */
export function metricRight(
  goldSlug: string,
  claim: Pick<ScoredClaim, 'metric' | 'metric_label'>,
): boolean {
  if (claim.metric === goldSlug) return true;
  if (isJunkLabel(claim.metric_label)) return false;
  const head = slugHead(goldSlug);
  const wanted = new Set([head, ...(SYNONYMS[head] ?? [])].map(stem));
  // the slug is the metric's name in every language: a Russian label's slug is English
  return `${claim.metric_label} ${claim.metric}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !LABEL_STOP.has(word))
    .some((word) => wanted.has(stem(word)));
}
