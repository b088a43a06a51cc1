/**
 * Filtering and sorting the claims table. Pure; the table component only renders.
 */
import type { ClaimRow } from './claim-rows.ts';
import { compareText } from './compare-text.ts';

export interface TableFilters {
  metric: string;
  entity: string;
  kind: string;
  /** Matches the outlet or the document id. */
  source: string;
  /** A period prefix: "2025" matches 2025, 2025-06 and 2025-06-30. */
  period: string;
  /** A verdict status, or `checked` for every claim compared with an official figure. */
  verdict?: string;
}

/** Claims compared with an official figure: consistent, overstated or understated. */
export const CHECKED = ['consistent', 'overstated', 'understated'];

export const SORT_COLUMNS = [
  'metric',
  'entity',
  'period',
  'value',
  'kind',
  'source',
  'published',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export function isSortColumn(value: string): value is SortColumn {
  return (SORT_COLUMNS as readonly string[]).includes(value);
}

/** The source a person recognises: the outlet, else the document id. */
export function sourceName(row: Pick<ClaimRow, 'source_outlet' | 'source_id'>): string {
  return row.source_outlet || row.source_id;
}

/** @param verdictOf a row's verdict status, for the verdict filter */
export function filterClaims(
  rows: readonly ClaimRow[],
  filters: TableFilters,
  verdictOf: (row: ClaimRow) => string = () => '',
): ClaimRow[] {
  const period = filters.period.trim();
  const verdict = filters.verdict ?? '';
  return rows.filter(
    (row) =>
      (!verdict ||
        (verdict === 'checked' ? CHECKED.includes(verdictOf(row)) : verdictOf(row) === verdict)) &&
      (!filters.metric || row.metric === filters.metric) &&
      (!filters.entity || row.entity === filters.entity) &&
      (!filters.kind || row.kind === filters.kind) &&
      (!filters.source || sourceName(row) === filters.source) &&
      (!period || row.period.startsWith(period)),
  );
}

function sortValue(row: ClaimRow, column: SortColumn): string | number {
  switch (column) {
    case 'metric':
      return (row.metric_label || row.metric).toLowerCase();
    case 'entity':
      return row.entity.toLowerCase();
    case 'period':
      return row.period;
    case 'value':
      return row.value;
    case 'kind':
      return row.kind;
    case 'source':
      return sourceName(row).toLowerCase();
    case 'published':
      return row.source_date;
  }
}

/** A stable sort (equal rows keep their stored order); returns a new array. */
export function sortClaims(
  rows: readonly ClaimRow[],
  column: SortColumn | '',
  desc: boolean,
): ClaimRow[] {
  if (!column) return [...rows];
  const direction = desc ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, key: sortValue(row, column) }))
    .sort((a, b) => (a.key < b.key ? -direction : a.key > b.key ? direction : a.index - b.index))
    .map((entry) => entry.row);
}

/** Distinct values of a column for a filter's choices, sorted. */
export function distinct(rows: readonly ClaimRow[], pick: (row: ClaimRow) => string): string[] {
  return [...new Set(rows.map(pick))].filter(Boolean).sort(compareText);
}
