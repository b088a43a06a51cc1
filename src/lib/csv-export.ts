import { CLAIM_COLUMNS, type Claim } from './claim.ts';
import type { DiffEntry } from './diff.ts';

export type Cell = string | number | null;

/** A text cell a spreadsheet would run as a formula (or one that already carries our `'` guard). */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/**
 * One CSV cell, RFC 4180: numbers as plain numbers; text that a spreadsheet would run as a
 * formula prefixed with `'` (undone on import by `unescapeFormula`); quoted where it holds a
 * comma, quote or line break.
 *
 * @example csvCell(-5) // '-5'
 * @example csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 * @example csvCell(null) // ''
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(Object.is(value, -0) ? 0 : value) : '';
  const text = FORMULA_LIKE.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV: header, CRLF line ends (RFC 4180), and a BOM so Excel reads Cyrillic as UTF-8. */
export function toCsv(
  columns: readonly string[],
  rows: Iterable<readonly Cell[]>,
  options: { bom?: boolean } = {},
): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** A dataset as `claims.csv`, ready to upload again with identical values. */
export function claimsToCsv(claims: readonly Claim[]): string {
  return toCsv(
    CLAIM_COLUMNS,
    claims.map((claim) => CLAIM_COLUMNS.map((column) => claim[column])),
  );
}

export const DIFF_COLUMNS = [
  'status',
  'metric',
  'entity',
  'period',
  'kind_before',
  'kind_after',
  'value_before',
  'value_after',
  'unit_before',
  'unit_after',
  'absolute_change',
  'relative_change',
  'unit_mismatch',
  'changed_fields',
] as const;

/** A comparison as CSV, one row per matched pair, added or removed claim. */
export function diffToCsv(entries: readonly DiffEntry[]): string {
  return toCsv(
    DIFF_COLUMNS,
    entries.map((item) => [
      item.status,
      item.metric,
      item.entity,
      item.period,
      item.before?.kind ?? null,
      item.after?.kind ?? null,
      item.before?.value ?? null,
      item.after?.value ?? null,
      item.before?.unit ?? null,
      item.after?.unit ?? null,
      item.absoluteChange,
      item.relativeChange,
      item.unitMismatch ? 'yes' : 'no',
      item.changedFields.join(' '),
    ]),
  );
}
