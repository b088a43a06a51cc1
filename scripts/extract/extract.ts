/**
 * Turns one document's text into claims: segments it, finds the numbers, keeps the ones that are
 * claimed quantities, and reads each one's metric, entity, period, kind and qualifier. Pure.
 */
import type { Claim } from '../../src/lib/claim.ts';
import { matchMetric, type MetricCatalogue } from './catalogue.ts';
import { classifyKind } from './classify.ts';
import { entityFor, findPlaces } from './entities.ts';
import { countNoun, readableMetric, slugify } from './metrics.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { findTimeExpressions, type TimeExpression } from './periods.ts';
import { segment, type Paragraph, type Sentence } from './segment.ts';

export interface SourceMeta {
  id: string;
  title: string;
  outlet: string;
  url: string;
  /** ISO date or ''. */
  published: string;
}

/** The country Sandar tracks: the entity of a claim whose sentence names no other. */
export const DEFAULT_ENTITY = 'Kazakhstan';

/** Words before a bare number that make it a rank or a label, not a quantity: "top 10", "No. 5", "Article 12". */
const LABEL_BEFORE =
  /(?:\b(?:top|rank(?:ed|s)?|number|no\.|place|position|level|grade|phase|stage|article|chapter|section|page|paragraph|point|item|round|group|part|line|version|room|route|block|unit|lot|tier|wave|season|episode|volume|vol\.|issue|edition|code|category|class|type|model|generation|gen)\s*|#)$/i;

/** A dateline such as "date 2026-01-05" at the top of a text, when sources.csv does not give the date. */
const DATELINE = /^\s*(?:date|published|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;

/** The date a document gives for itself in its first line, or ''. */
export function datelineOf(text: string): string {
  return DATELINE.exec(text.slice(0, 200))?.[1] ?? '';
}

/** FNV-1a over UTF-16 code units, two seeds: a 16-hex-digit id that depends only on its input. */
export function stableId(input: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

interface Candidate {
  mention: NumberMention;
  sentence: Sentence;
  paragraph: Paragraph;
  countPhrase?: string;
  countHead?: string;
}

/**
 * Every numeric claim in `text`.
 *
 * @example extractClaims('GDP grew 3.2% in 2023.', { id: 'doc', title: '', outlet: '', url: '', published: '2024-01-10' }, catalogue)
 *   // [{ metric: 'gdp_growth', value: 3.2, unit: 'percent', period: '2023', kind: 'actual', … }]
 */
export function extractClaims(text: string, source: SourceMeta, catalogue: MetricCatalogue): Claim[] {
  const documentDate = /^\d{4}-\d{2}-\d{2}$/.test(source.published) ? source.published : datelineOf(text);
  const documentYear = documentDate ? Number(documentDate.slice(0, 4)) : NaN;
  const claims: Claim[] = [];
  for (const paragraph of segment(text)) {
    if (paragraph.furniture) continue;
    const mentions = findNumbers(paragraph.text).map((m) => ({ ...m, start: m.start + paragraph.start, end: m.end + paragraph.start }));
    if (mentions.length === 0) continue;
    const times = paragraph.sentences.map((s) => findTimeExpressions(s.text, documentDate));
    const candidates = mentions
      .map((mention) => candidate(text, mention, paragraph))
      .filter((c): c is Candidate => c !== null);
    const byMention = new Map<NumberMention, Claim>();
    for (const item of candidates) {
      const { mention, sentence } = item;
      const sentenceIndex = paragraph.sentences.indexOf(sentence);
      const at = mention.start - sentence.start;
      const atEnd = mention.end - sentence.start;
      const time = periodFor(times, sentenceIndex, at, atEnd);
      const periodYear = time ? Number(time.period.slice(0, 4)) : NaN;
      const places = findPlaces(sentence.text);
      const metric = matchMetric(catalogue, sentence.text, at, atEnd, mention.unit);
      const label = metric ? metric.entry.label : readableMetric(sentence.text, at, mention.unit, item.countPhrase);
      const entity = metric?.entry.entity || entityFor(sentence.text, at, atEnd, places) || DEFAULT_ENTITY;
      const claim: Claim = {
        id: stableId(`${source.id}\u0000${mention.start}\u0000${mention.end}`),
        metric: metric ? metric.entry.metric : slugify(label),
        metric_label: metric ? metric.entry.label : label.charAt(0).toUpperCase() + label.slice(1),
        entity,
        period: time?.period ?? '',
        value: mention.value,
        unit: mention.unit,
        unit_label: item.countHead ?? '',
        qualifier: mention.qualifier,
        kind: classifyKind({ sentence: sentence.text, at, atEnd, periodYear, deadline: time?.deadline ?? false, documentYear }),
        source_id: source.id,
        source_date: documentDate,
        source_outlet: source.outlet,
        source_url: source.url,
        quote: sentence.text,
        quote_start: mention.start,
        quote_end: mention.end,
        related_id: '',
      };
      byMention.set(mention, claim);
      claims.push(claim);
    }
    fixBaselines(text, candidates, byMention, documentDate);
    linkConversions(text, candidates, byMention);
  }
  return claims;
}

/** Keeps a number when it is a claimed quantity; null for years, dates, names, ranks and bare figures. */
function candidate(text: string, mention: NumberMention, paragraph: Paragraph): Candidate | null {
  if (mention.excluded) return null;
  const sentence = paragraph.sentences.find((s) => s.start <= mention.start && mention.start < s.end);
  if (!sentence) return null;
  if (mention.marked) return { mention, sentence, paragraph };
  // a bare number is a claim when it counts something: "650,000 students", "at least three universities"
  if (LABEL_BEFORE.test(text.slice(Math.max(0, mention.start - 14), mention.start))) return null;
  const noun = countNoun(text, mention.end);
  if (!noun) return null;
  if (mention.value === 1 && mention.form === 'words') return null;
  return { mention, sentence, paragraph, countPhrase: noun.phrase, countHead: noun.head };
}

/**
 * The time expression a number takes: the nearest one in its sentence (one written before it wins a
 * tie), else the nearest earlier sentence of its paragraph that has one, else a later one.
 */
function periodFor(times: TimeExpression[][], sentenceIndex: number, at: number, atEnd: number): TimeExpression | null {
  const own = times[sentenceIndex] ?? [];
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const time of own) {
    const distance = time.end <= at ? at - time.end : time.start >= atEnd ? (time.start - atEnd) * 1.2 : 0;
    if (distance < bestDistance) {
      best = time;
      bestDistance = distance;
    }
  }
  if (best) return best;
  return paragraphPeriod(times, sentenceIndex);
}

/**
 * The period a sentence without one takes from its paragraph: the one they all share (their common
 * year when they differ only by month), else the nearest earlier one, else the nearest later one.
 */
function paragraphPeriod(times: TimeExpression[][], sentenceIndex: number): TimeExpression | null {
  const others = times.flatMap((list, index) => (index === sentenceIndex ? [] : list));
  if (others.length === 0) return null;
  const first = others[0]!;
  if (others.every((t) => t.period === first.period)) return first;
  const year = first.period.slice(0, 4);
  if (others.every((t) => t.period.slice(0, 4) === year)) return { ...first, period: year };
  for (let i = sentenceIndex - 1; i >= 0; i--) {
    const earlier = times[i] ?? [];
    if (earlier.length > 0) return earlier[earlier.length - 1]!;
  }
  for (let i = sentenceIndex + 1; i < times.length; i++) {
    const later = times[i] ?? [];
    if (later.length > 0) return later[0]!;
  }
  return null;
}

/**
 * The starting point of a projected or planned change ("projected to rise from 7% to 29% by 2033",
 * "to 29% from 7%") is the present value: actual, with only a period written right after it.
 */
function fixBaselines(text: string, items: Candidate[], byMention: Map<NumberMention, Claim>, documentDate: string): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const mention = item.mention;
    if (!/\bfrom\s+$/i.test(text.slice(Math.max(0, mention.start - 8), mention.start))) continue;
    const next = items[i + 1];
    const previous = items[i - 1];
    let other: Candidate | undefined;
    let between = '';
    if (next && next.sentence === item.sentence && /^\s*(?:[^\d.;]{0,24}?\s)?to\s*$/i.test(text.slice(mention.end, next.mention.start))) {
      other = next;
      between = text.slice(mention.end, next.mention.start);
    } else if (previous && previous.sentence === item.sentence && /\bto\s+$/i.test(text.slice(Math.max(0, previous.mention.start - 6), previous.mention.start))) {
      other = previous;
      between = text.slice(mention.end, item.sentence.end);
    }
    if (!other) continue;
    const claim = byMention.get(mention);
    const otherClaim = byMention.get(other.mention);
    if (!claim || !otherClaim || otherClaim.kind === 'actual') continue;
    claim.kind = 'actual';
    const own = findTimeExpressions(between, documentDate).find((t) => t.start <= 12);
    claim.period = own ? own.period : '';
  }
}

const CONVERSION_JOIN = /^\s*[([]\s*(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|or|equivalent\s+to|~|≈)?\s*$/i;

/** "450 billion tenge (US$994.3 million)": the amount in parentheses restates the one before it. */
function linkConversions(text: string, candidates: Candidate[], byMention: Map<NumberMention, Claim>): void {
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1]!.mention;
    const b = candidates[i]!.mention;
    if (a.unit === b.unit || a.unit === 'count' || a.unit === 'percent' || a.unit === 'multiple') continue;
    if (b.unit === 'count' || b.unit === 'percent' || b.unit === 'multiple') continue;
    if (!CONVERSION_JOIN.test(text.slice(a.end, b.start))) continue;
    const first = byMention.get(a);
    const second = byMention.get(b);
    if (!first || !second) continue;
    second.related_id = first.id;
    second.metric = first.metric;
    second.metric_label = first.metric_label;
    second.entity = first.entity;
    second.period = first.period;
    second.kind = first.kind;
    if (second.qualifier === 'exact') second.qualifier = first.qualifier;
  }
}
