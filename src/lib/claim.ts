/**
 * The claim schema: one numeric claim made in one document.
 * Shared by the extractor (which writes `data/claims.csv`) and the app (which reads,
 * validates and stores it), so both sides agree on one definition.
 */

export const KINDS = ['actual', 'target', 'forecast'] as const;
export type Kind = (typeof KINDS)[number];

export const QUALIFIERS = [
  'exact',
  'approx',
  'more_than',
  'at_least',
  'less_than',
  'up_to',
  'approaching',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Units that are not currencies. Currencies are ISO 4217 codes (see `units.ts`). */
export const NON_CURRENCY_UNITS = ['percent', 'multiple', 'count'] as const;

/** Column order of `claims.csv`, as the extractor writes it. */
export const CLAIM_COLUMNS = [
  'id',
  'metric',
  'metric_label',
  'metric_source',
  'entity',
  'period',
  'value',
  'unit',
  'unit_label',
  'qualifier',
  'kind',
  'source_id',
  'source_date',
  'source_outlet',
  'source_url',
  'quote',
  'quote_start',
  'quote_end',
  'related_id',
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** Columns an uploaded CSV must have; every other column is optional. */
export const REQUIRED_COLUMNS = [
  'metric',
  'entity',
  'period',
  'value',
  'unit',
] as const satisfies readonly ClaimColumn[];

export interface Claim {
  /** Stable across runs of the extractor on the same input. */
  id: string;
  /** Slug, e.g. `it_services_exports`. */
  metric: string;
  /** Human label, e.g. "IT services exports". */
  metric_label: string;
  /** How the extractor named the metric: `catalogue` (a phrase of the metric catalogue) or `phrase` (the noun phrase the number measures); empty for uploads that do not say. */
  metric_source: string;
  /** Whom the number is about: Kazakhstan, World, China, Astana Hub… */
  entity: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty where the text does not say. */
  period: string;
  /** Fully scaled: 4.8e12 for "$4.8 trillion". */
  value: number;
  /** ISO 4217 code, `percent`, `multiple` or `count`. */
  unit: string;
  /** What is counted or measured: companies, students… (may be empty). */
  unit_label: string;
  qualifier: Qualifier;
  kind: Kind;
  /** Document file name without `.txt`. */
  source_id: string;
  /** ISO date the document was published; empty where unknown. */
  source_date: string;
  source_outlet: string;
  source_url: string;
  /** The sentence that carries the claim. */
  quote: string;
  /** UTF-16 offsets of the number's mention in the document text; null for claims without a document. */
  quote_start: number | null;
  quote_end: number | null;
  /** Id of the claim this one restates (e.g. a currency conversion in parentheses); empty otherwise. */
  related_id: string;
}

/** The claim with every optional field at its neutral value, for records that only carry the required ones. */
export function emptyClaim(): Claim {
  return {
    id: '',
    metric: '',
    metric_label: '',
    metric_source: '',
    entity: '',
    period: '',
    value: 0,
    unit: 'count',
    unit_label: '',
    qualifier: 'exact',
    kind: 'actual',
    source_id: '',
    source_date: '',
    source_outlet: '',
    source_url: '',
    quote: '',
    quote_start: null,
    quote_end: null,
    related_id: '',
  };
}

/** `2024`, `2024-06`, `2024-06-30`, or empty. */
export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

export function isQualifier(value: string): value is Qualifier {
  return (QUALIFIERS as readonly string[]).includes(value);
}

/** The key two claims are matched on when datasets are compared. */
export function claimMatchKey(claim: Pick<Claim, 'metric' | 'entity' | 'period'>): string {
  return `${claim.metric}\u0000${claim.entity}\u0000${claim.period}`;
}
