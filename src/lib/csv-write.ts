/**
 * Every CSV Sandar writes, in one of two dialects, on `Papa.unparse`:
 *
 * - `file`: what the extractor writes to `data/claims.csv`: LF line ends, no BOM, text as is.
 * - `spreadsheet`: what the app exports (datasets, diffs): CRLF line ends (RFC 4180), a BOM so
 *   Excel reads Cyrillic as UTF-8, and text a spreadsheet would run as a formula prefixed with `'`
 *   (undone on import by `unescapeFormula` in `claims-csv.ts`).
 *
 * Both write numbers as plain numbers and quote a field that holds the delimiter, a quote, a line
 * break or a BOM, or starts or ends with a space. Pure.
 */
import Papa from 'papaparse';
import { CLAIM_COLUMNS, type Claim } from './claim.ts';
import type { DiffEntry } from './diff.ts';

export type Cell = string | number | null;

export type CsvDialect = 'file' | 'spreadsheet';

/**
 * A text cell a spreadsheet would run as a formula, or one that already carries the `'` guard (so
 * that `'=x` in the data survives the round trip as `''=x`).
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** Non-finite numbers have no CSV spelling a reader would take back: they are written empty. */
const cell = (value: Cell): Cell =>
  typeof value === 'number' && !Number.isFinite(value) ? null : value;

/**
 * A whole CSV: header and rows, each line ended.
 *
 * @example writeCsv(['a', 'b'], [[1, 'x,y']], 'file') // 'a,b\n1,"x,y"\n'
 * @example writeCsv(['a'], [['=1+1']], 'spreadsheet') // '\uFEFFa\r\n"\'=1+1"\r\n'
 */
export function writeCsv(
  columns: readonly string[],
  rows: Iterable<readonly Cell[]>,
  dialect: CsvDialect,
): string {
  const data = Array.from(rows, (row) => row.map(cell));
  const spreadsheet = dialect === 'spreadsheet';
  const newline = spreadsheet ? '\r\n' : '\n';
  const options = { newline, escapeFormulae: spreadsheet ? FORMULA_LIKE : false };
  // With no rows, Papa would write one empty row under the header: write the header alone.
  const text =
    data.length === 0
      ? Papa.unparse([[...columns]], options)
      : Papa.unparse({ fields: [...columns], data }, options);
  return `${spreadsheet ? '\uFEFF' : ''}${text}${newline}`;
}

const claimCells = (claim: Claim): Cell[] => CLAIM_COLUMNS.map((column) => claim[column]);

/** Claims in `CLAIM_COLUMNS` order, as the extractor writes `data/claims.csv`. */
export function serializeClaimsCsv(claims: readonly Claim[]): string {
  return writeCsv(CLAIM_COLUMNS, claims.map(claimCells), 'file');
}

/** A dataset for a spreadsheet, ready to upload again with identical values. */
export function claimsToCsv(claims: readonly Claim[]): string {
  return writeCsv(CLAIM_COLUMNS, claims.map(claimCells), 'spreadsheet');
}

/** The header line of `serializeClaimsCsv`, with its newline, for writing a file in pieces. */
export function claimsCsvHeader(): string {
  return `${CLAIM_COLUMNS.join(',')}\n`;
}

/** What makes `Papa.unparse` quote a field in the `file` dialect. */
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;

/** One field as `Papa.unparse` writes it in the `file` dialect. */
function fileField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (!NEEDS_QUOTES.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The rows of `claims` in the `file` dialect, without the header, so the extractor can stream one
 * document's claims at a time: `claimsCsvHeader() + claimsCsvRows(a) + claimsCsvRows(b)` equals
 * `serializeClaimsCsv([...a, ...b])` byte for byte (checked by the tests). Written by hand rather
 * than through `Papa.unparse`, which took a tenth of the extractor's time.
 */
export function claimsCsvRows(claims: readonly Claim[]): string {
  let out = '';
  // The claims of one sentence repeat its quote, source and often metric: each column remembers
  // its last value and how it was written, which spares re-scanning a quote for every claim.
  const lastValues: Array<Claim[keyof Claim] | undefined> = [];
  const lastFields: string[] = [];
  for (const claim of claims) {
    let line = '';
    for (let c = 0; c < CLAIM_COLUMNS.length; c++) {
      if (c > 0) line += ',';
      const value = claim[CLAIM_COLUMNS[c]!];
      if (value !== lastValues[c]) {
        lastValues[c] = value;
        lastFields[c] = fileField(value);
      }
      line += lastFields[c]!;
    }
    out += line + '\n';
  }
  return out;
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

/** A comparison for a spreadsheet, one row per matched pair, added or removed claim. */
export function diffToCsv(entries: readonly DiffEntry[]): string {
  return writeCsv(
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
    'spreadsheet',
  );
}
