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

export type ClaimColumns = { [K in keyof Claim]: Claim[K][] };

/** The claims' fields, column by column, in the order of `claims`. */
export function toColumns(claims: readonly Claim[]): ClaimColumns {
  const columns: ClaimColumns = {
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
  return columns;
}

/**
 * The claims `toColumns` was given, as new objects. Throws when the columns differ in length (a
 * record written by something else): a claim with a missing field must not pass for a whole one.
 */
export function fromColumns(columns: ClaimColumns): Claim[] {
  const count = columns.id.length;
  for (const field of CLAIM_COLUMNS)
    if ((columns[field] as unknown[] | undefined)?.length !== count)
      throw new Error(
        `Stored claims are damaged: their "${field}" column does not match their ids`,
      );
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
