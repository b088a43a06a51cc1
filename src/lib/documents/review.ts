/**
 * Reviewing the claims found in a new document before they are stored: each is pending, accepted
 * or rejected, may be edited, and the analyst may add a number the extractor missed. Pure: the
 * state class in src/state holds the items and calls these.
 */
import { isKind, isQualifier, PERIOD_PATTERN, type Claim } from '../claim.ts';
import { paragraphAround, type Range, type Segment } from '../provenance.ts';
import { findNumbers } from '../../../scripts/extract/numbers.ts';
import { splitSentences } from '../../../scripts/extract/segment.ts';
import { claimIds, stableId } from '../../../scripts/extract/extract.ts';
import { documentSubject, UNKNOWN_ENTITY } from '../../../scripts/extract/context.ts';
import { slugify } from '../../../scripts/extract/metrics.ts';
import type { DocumentMeta } from './meta.ts';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface ReviewItem {
  claim: Claim;
  /** As the extractor found it (or as marked by hand), to show what an edit changed. */
  found: Claim;
  decision: Decision;
  /** Marked by the analyst rather than found. */
  manual: boolean;
}

export function reviewItems(claims: readonly Claim[]): ReviewItem[] {
  return claims.map((claim) => ({ claim, found: claim, decision: 'pending', manual: false }));
}

/** The fields an analyst may edit. */
export type ClaimEdit = Partial<
  Pick<
    Claim,
    'metric' | 'metric_label' | 'entity' | 'period' | 'kind' | 'value' | 'unit' | 'qualifier'
  >
>;

/** Why an edited claim cannot be stored, or '' when it can. */
export function claimProblem(claim: Claim): string {
  if (!claim.metric.trim()) return 'it has no metric';
  if (!claim.entity.trim()) return 'it has no entity';
  if (!PERIOD_PATTERN.test(claim.period) && claim.period !== '')
    return `period "${claim.period}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
  if (!Number.isFinite(claim.value)) return 'its value is not a number';
  if (!isKind(claim.kind)) return `kind "${claim.kind}" is not actual, target or forecast`;
  if (!isQualifier(claim.qualifier)) return `qualifier "${claim.qualifier}" is not known`;
  return '';
}

/**
 * The metric a typed name stands for: an existing metric whose slug or label matches (any case),
 * else a new one whose slug is made from the name.
 * @example metricFromInput('GDP growth', [{ metric: 'gdp_growth', label: 'GDP growth' }]) // { metric: 'gdp_growth', metric_label: 'GDP growth' }
 */
export function metricFromInput(
  input: string,
  known: readonly { metric: string; label: string }[],
): Pick<Claim, 'metric' | 'metric_label'> {
  const typed = input.trim();
  const lower = typed.toLowerCase();
  const match = known.find(
    (entry) => entry.metric.toLowerCase() === lower || entry.label.toLowerCase() === lower,
  );
  if (match) return { metric: match.metric, metric_label: match.label };
  if (!typed) return { metric: '', metric_label: '' };
  return { metric: slugify(typed), metric_label: typed.charAt(0).toUpperCase() + typed.slice(1) };
}

export function editItem(item: ReviewItem, edit: ClaimEdit): ReviewItem {
  return { ...item, claim: { ...item.claim, ...edit } };
}

/** Which fields an edit changed, for the "edited" note. */
export function changedFields(item: ReviewItem): (keyof Claim)[] {
  return (Object.keys(item.claim) as (keyof Claim)[]).filter(
    (key) => item.claim[key] !== item.found[key],
  );
}

/**
 * The claims to store: the accepted ones, with the document's confirmed details (the analyst may
 * have corrected the outlet or date after the claims were found). Throws naming the first claim
 * that cannot be stored.
 */
export function acceptedClaims(items: readonly ReviewItem[], meta: DocumentMeta): Claim[] {
  const accepted = items.filter((item) => item.decision === 'accepted');
  return accepted.map((item) => {
    const problem = claimProblem(item.claim);
    if (problem)
      throw new Error(
        `The claim "${item.claim.quote.slice(0, 60)}…" cannot be stored: ${problem}.`,
      );
    return {
      ...item.claim,
      source_date: meta.published || item.claim.source_date,
      source_outlet: meta.outlet,
      source_url: meta.url,
      // a claim it restates that was not accepted is not stored: no link to nothing
      related_id: accepted.some((other) => other.claim.id === item.claim.related_id)
        ? item.claim.related_id
        : '',
    };
  });
}

/**
 * The source id of a document added in the browser: its title's slug and a hash of its text, so
 * two documents with one title stay apart and the same document gets the same id (and its
 * claims the same ids) however it is added.
 * @example documentSourceId('Q3 report', 'GDP grew 3%.') // 'q3_report-1a2b3c4d'
 */
export function documentSourceId(title: string, text: string): string {
  const slug = slugify(title || 'document').slice(0, 48) || 'document';
  return `${slug}-${stableId(text).slice(0, 8)}`;
}

/**
 * A claim for a number the extractor missed, from the analyst's selection in the document:
 * its value and unit read by the extractor's number grammar, its sentence as the quote, the
 * document's details as its source. Throws when the selection holds no number.
 */
export function manualClaim(
  text: string,
  selection: Range,
  source: { id: string; meta: DocumentMeta },
): Claim {
  const selected = text.slice(selection.start, selection.end);
  const mention =
    findNumbers(selected).find((found) => !found.excluded) ?? findNumbers(selected)[0];
  if (!mention) throw new Error(`"${selected.trim().slice(0, 40)}" holds no number to mark.`);
  const start = selection.start + mention.start;
  const end = selection.start + mention.end;
  const paragraph = paragraphAround(text, { start, end });
  const sentence = splitSentences(text, paragraph.start, paragraph.end).find(
    (candidate) => candidate.start <= start && candidate.end >= end,
  ) ?? { text: text.slice(paragraph.start, paragraph.end) };
  return {
    id: claimIds(source.id)(start, end),
    metric: '',
    metric_label: '',
    metric_source: '',
    // whom the document is about, as the extractor reads it; the reviewer can change it
    entity: documentSubject(source.meta.title, text) || UNKNOWN_ENTITY,
    period: '',
    value: mention.value,
    unit: mention.unit,
    unit_label: '',
    qualifier: mention.qualifier,
    kind: 'actual',
    source_id: source.id,
    source_date: source.meta.published,
    source_outlet: source.meta.outlet,
    source_url: source.meta.url,
    quote: sentence.text.trim(),
    quote_start: start,
    quote_end: end,
    related_id: '',
  };
}

/**
 * Text split into plain and marked segments for every range (overlaps merged, out-of-text ranges
 * dropped), each marked segment carrying the index of the first range that covers it.
 */
export function markAll(
  text: string,
  ranges: readonly (Range | undefined)[],
): (Segment & { index: number })[] {
  const valid = ranges
    .map((range, index) => ({ range, index }))
    .filter(
      (entry): entry is { range: Range; index: number } =>
        !!entry.range &&
        entry.range.start >= 0 &&
        entry.range.end <= text.length &&
        entry.range.end > entry.range.start,
    )
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const segments: (Segment & { index: number })[] = [];
  let at = 0;
  for (const { range, index } of valid) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: false, index: -1 });
    segments.push({ text: text.slice(start, range.end), mark: true, index });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false, index: -1 });
  return segments;
}
