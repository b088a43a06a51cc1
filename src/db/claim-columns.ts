/**
 * Claims as IndexedDB stores them: one array per field instead of one object per claim. Pure.
 *
 * Storing is the structured clone of what is written, and it is most of an upload's time after
 * reading. Columns clone without a property name per cell, both ways: 100k claims in Chromium
 * (paired in one page, load 12-14), put 0.41-0.50 of the objects' time with the conversion, read
 * back 0.44 (0.57 with the claims rebuilt by a loop over field names, slower than `fromColumns`).
 * The arrays are filled with `push`, never `new Array(n)`: a holey array clones element by
 * element as a sparse one, which took 1.7 times the objects' time.
 *
 * @example toColumns([{ id: 'a', value: 1, … }, { id: 'b', value: 2, … }])
 *   // { id: ['a', 'b'], value: [1, 2], … }; fromColumns of it gives the two claims back
 */
import { CLAIM_COLUMNS, type Claim } from '../lib/claim.ts';

/**
 * A text column whose values repeat (metric, entity, unit, source…): each distinct value once,
 * and for each claim the position of its value. Cloning it writes a few strings and one typed
 * array instead of a string per claim: 100k bench claims in Chromium (load 15, median of 12
 * paired rounds), the put's clone 0.44 of the plain columns' time, encoding included 0.78,
 * reading back 0.55.
 */
export interface RepeatedColumn<T extends string = string> {
  values: T[];
  index: Uint16Array | Uint32Array;
}

type Column<T> = [T] extends [string] ? T[] | RepeatedColumn<T> : T[];
export type ClaimColumns = { [K in keyof Claim]: Column<Claim[K]> };

/** Shorter columns are left as they are: they would gain little. */
const MIN_REPEATED = 64;

/**
 * `values` as a `RepeatedColumn` when at most a quarter of them are distinct; otherwise as it is
 * (it gives up once a quarter are distinct).
 *
 * @example repeated(['KZ', 'KZ', …64 times]) // { values: ['KZ'], index: Uint16Array [0, 0, …] }
 */
export function repeated<T extends string>(values: T[]): T[] | RepeatedColumn<T> {
  const count = values.length;
  if (count < MIN_REPEATED) return values;
  const most = count >> 2;
  const positions = new Map<T, number>();
  const distinct: T[] = [];
  const index = count <= 0x10000 ? new Uint16Array(count) : new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    let position = positions.get(value);
    if (position === undefined) {
      position = distinct.length;
      if (position >= most) return values; // not worth it
      distinct.push(value);
      positions.set(value, position);
    }
    index[i] = position;
  }
  return { values: distinct, index };
}

/** A text column's values, one per claim, in either form. */
function textsOf<T extends string>(column: T[] | RepeatedColumn<T>, field: string): T[] {
  if (Array.isArray(column)) return column;
  const { values, index } = column;
  const texts: T[] = [];
  for (let i = 0; i < index.length; i++) {
    const value = values[index[i]!];
    if (value === undefined) throw damaged(field);
    texts.push(value);
  }
  return texts;
}

const damaged = (field: string) =>
  new Error(`Stored claims are damaged: their "${field}" column does not match their ids`);

/** A column's length in either form; undefined when it is missing or not a column. */
function lengthOf(column: unknown): number | undefined {
  if (Array.isArray(column)) return column.length;
  const index = (column as Partial<RepeatedColumn> | undefined)?.index;
  return index instanceof Uint16Array || index instanceof Uint32Array ? index.length : undefined;
}

/** The claims' fields, column by column, in the order of `claims`; repeated texts once each. */
export function toColumns(claims: readonly Claim[]): ClaimColumns {
  const columns: { [K in keyof Claim]: Claim[K][] } = {
    id: [],
    metric: [],
    metric_label: [],
    metric_source: [],
    entity: [],
    period: [],
    value: [],
    unit: [],
    unit_label: [],
    qualifier: [],
    kind: [],
    source_id: [],
    source_date: [],
    source_outlet: [],
    source_url: [],
    quote: [],
    quote_start: [],
    quote_end: [],
    related_id: [],
  };
  // Written out field by field, as the validator does: a store by name per cell was slower.
  for (const claim of claims) {
    columns.id.push(claim.id);
    columns.metric.push(claim.metric);
    columns.metric_label.push(claim.metric_label);
    columns.metric_source.push(claim.metric_source);
    columns.entity.push(claim.entity);
    columns.period.push(claim.period);
    columns.value.push(claim.value);
    columns.unit.push(claim.unit);
    columns.unit_label.push(claim.unit_label);
    columns.qualifier.push(claim.qualifier);
    columns.kind.push(claim.kind);
    columns.source_id.push(claim.source_id);
    columns.source_date.push(claim.source_date);
    columns.source_outlet.push(claim.source_outlet);
    columns.source_url.push(claim.source_url);
    columns.quote.push(claim.quote);
    columns.quote_start.push(claim.quote_start);
    columns.quote_end.push(claim.quote_end);
    columns.related_id.push(claim.related_id);
  }
  // Ids and quotes (a sentence, one to three claims each) are left as they are; the rest repeat.
  return {
    ...columns,
    metric: repeated(columns.metric),
    metric_label: repeated(columns.metric_label),
    metric_source: repeated(columns.metric_source),
    entity: repeated(columns.entity),
    period: repeated(columns.period),
    unit: repeated(columns.unit),
    unit_label: repeated(columns.unit_label),
    qualifier: repeated(columns.qualifier),
    kind: repeated(columns.kind),
    source_id: repeated(columns.source_id),
    source_date: repeated(columns.source_date),
    source_outlet: repeated(columns.source_outlet),
    source_url: repeated(columns.source_url),
    related_id: repeated(columns.related_id),
  };
}

/**
 * The claims `toColumns` was given, as new objects. Throws when the columns differ in length (a
 * record written by something else): a claim with a missing field must not pass for a whole one.
 */
export function fromColumns(stored: ClaimColumns): Claim[] {
  const count = lengthOf(stored.id) ?? 0;
  for (const field of CLAIM_COLUMNS) if (lengthOf(stored[field]) !== count) throw damaged(field);
  const columns = {
    ...stored,
    id: textsOf(stored.id, 'id'),
    metric: textsOf(stored.metric, 'metric'),
    metric_label: textsOf(stored.metric_label, 'metric_label'),
    metric_source: textsOf(stored.metric_source, 'metric_source'),
    entity: textsOf(stored.entity, 'entity'),
    period: textsOf(stored.period, 'period'),
    unit: textsOf(stored.unit, 'unit'),
    unit_label: textsOf(stored.unit_label, 'unit_label'),
    qualifier: textsOf(stored.qualifier, 'qualifier'),
    kind: textsOf(stored.kind, 'kind'),
    source_id: textsOf(stored.source_id, 'source_id'),
    source_date: textsOf(stored.source_date, 'source_date'),
    source_outlet: textsOf(stored.source_outlet, 'source_outlet'),
    source_url: textsOf(stored.source_url, 'source_url'),
    quote: textsOf(stored.quote, 'quote'),
    related_id: textsOf(stored.related_id, 'related_id'),
  };
  const claims: Claim[] = [];
  for (let i = 0; i < count; i++)
    claims.push({
      id: columns.id[i]!,
      metric: columns.metric[i]!,
      metric_label: columns.metric_label[i]!,
      metric_source: columns.metric_source[i]!,
      entity: columns.entity[i]!,
      period: columns.period[i]!,
      value: columns.value[i]!,
      unit: columns.unit[i]!,
      unit_label: columns.unit_label[i]!,
      qualifier: columns.qualifier[i]!,
      kind: columns.kind[i]!,
      source_id: columns.source_id[i]!,
      source_date: columns.source_date[i]!,
      source_outlet: columns.source_outlet[i]!,
      source_url: columns.source_url[i]!,
      quote: columns.quote[i]!,
      quote_start: columns.quote_start[i]!,
      quote_end: columns.quote_end[i]!,
      related_id: columns.related_id[i]!,
    });
  return claims;
}
