import Papa from 'papaparse';
import { periodProblem } from './calendar.ts';
import {
  CLAIM_COLUMNS,
  PERIOD_PATTERN,
  REQUIRED_COLUMNS,
  emptyClaim,
  isKind,
  isQualifier,
  type Claim,
  type ClaimColumn,
} from './claim.ts';
import type { CsvProblem } from './csv-problem.ts';
import { contentHash } from './hash.ts';
import { parseNumber } from './parse-number.ts';
import type { ShippedClaims } from './shipped-claims.ts';
import { isKnownUnit } from './units.ts';

export interface ParsedClaims {
  claims: Claim[];
  /** Row number (as in `CsvProblem.row`) of each claim, for tracing a stored claim back to its line. */
  rows: number[];
  problems: CsvProblem[];
  /** Data rows seen, valid or not. */
  rowCount: number;
}

export interface ParseClaimsOptions {
  delimiter?: ',' | ';' | '\t';
  /** `;`-separated files from European spreadsheets write 3,5 for 3.5. */
  decimalComma?: boolean;
}

/**
 * Columns whose texts repeat from row to row (a metric, an entity, a source): each distinct text
 * is checked once and stored once (`ClaimsCsvValidator`'s `#seen`). Not ids, quotes or numbers.
 */
const REPEATING: ReadonlySet<ClaimColumn> = new Set<ClaimColumn>(
  CLAIM_COLUMNS.filter(
    (column) => !['id', 'value', 'quote', 'quote_start', 'quote_end'].includes(column),
  ),
);

/** Distinct texts remembered per column: past this, a column is read cell by cell as before. */
const MAX_SEEN = 20_000;

/** Names that would reach `Object.prototype` if a header were ever used as a property key. */
const FORBIDDEN_HEADERS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Text cells that begin with one of these are prefixed with `'` on export so spreadsheets do not
 * run them as formulas (see `csv-write.ts`); reading strips that one `'` again.
 */
const FORMULA_ESCAPED = /^'+[=+\-@\t\r]/;

/** Undoes the export's formula guard: `'=SUM(A1)` reads as `=SUM(A1)`, `''=x` as `'=x`. */
export function unescapeFormula(text: string): string {
  // charCodeAt first: this runs for every text cell of a million-row upload.
  return text.charCodeAt(0) === 39 && FORMULA_ESCAPED.test(text) ? text.slice(1) : text;
}

/** A record that is empty or only delimiters (`,,,`): skipped, as spreadsheets leave blank rows. */
export function isBlankRecord(record: readonly string[]): boolean {
  // A loop, not `every`: this runs for every record of an upload, and returns at its first cell.
  for (let i = 0; i < record.length; i++) if (record[i]!.trim() !== '') return false;
  return true;
}

/**
 * Validates a claims CSV record by record, so a worker can feed it chunk by chunk and a
 * one-shot caller (`parseClaimsCsv`) can feed it the whole file: both share every message.
 */
export class ClaimsCsvValidator {
  /** Made once: `parseNumber` reads it for three cells of every row. */
  readonly #numberOptions: { decimalComma: boolean };
  #header: string[] = [];
  /** Known columns present in the file and where: parallel arrays, read for every row. */
  #columns: ClaimColumn[] = [];
  #indexes: number[] = [];
  /**
   * For each repeating column (`REPEATING`), its valid cells read so far: the cell as written →
   * the value stored. A text met again is neither checked nor copied again, and every claim
   * holds the same string: the parser's copy dies young (less garbage to collect, a smaller heap)
   * and storing finds it at once (claim-columns.ts `repeated`). The upload bench without it, 21
   * alternating runs at load 27: total 1.28 of the time with it (paired median); medians of
   * each part: storing 5.4×, comparing 1.8×, reading itself 1.10×. In CPU time (9 traced
   * uploads): the data worker's reading 0.97 without it, but the thread pool (mostly garbage
   * collection) 1.54× and the worker after Import 14× (still encoding the claims for storage).
   */
  #seen: (Map<string, string> | null)[] = [];
  /**
   * For each repeating column, the last valid cell read (as written) and the value stored for it:
   * rows of one source or entity follow each other, and comparing with the row before is cheaper
   * than a lookup in `#seen`, which hashes the parser's new string (that lookup was the largest
   * line of validating in a Chromium profile). Reading the bench file: 0.93 of the CPU time with
   * `#seen` alone (Node 20, median of 9 alternating); in Chromium, the data worker's CPU while
   * reading 0.93 (paired median of 9 alternating traced uploads; medians 307 and 311 ms).
   */
  #lastRaw: (string | undefined)[] = [];
  #lastText: string[] = [];

  constructor(options: ParseClaimsOptions = {}) {
    this.#numberOptions = { decimalComma: options.decimalComma ?? false };
  }

  /** Reads the header (row 1). Any problem returned here is fatal: no row can be read. */
  header(record: readonly string[]): CsvProblem[] {
    const problems: CsvProblem[] = [];
    this.#header = [...record];
    this.#columns = [];
    this.#indexes = [];
    this.#seen = [];
    this.#lastRaw = [];
    this.#lastText = [];
    if (isBlankRecord(record)) {
      return [{ row: 1, column: '', value: '', reason: 'the file has no header row' }];
    }
    const seen = new Map<string, number>();
    record.forEach((rawName, index) => {
      const name = rawName.trim().toLowerCase();
      if (name === '') {
        problems.push({ row: 1, column: `#${index + 1}`, value: '', reason: 'header is empty' });
        return;
      }
      if (FORBIDDEN_HEADERS.has(name)) {
        problems.push({
          row: 1,
          column: rawName,
          value: rawName,
          reason: 'is not allowed as a column name',
        });
        return;
      }
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        problems.push({
          row: 1,
          column: rawName,
          value: rawName,
          reason: `is a duplicate of column ${earlier + 1}`,
        });
        return;
      }
      seen.set(name, index);
      // The schema's own string, not the header's copy: `#readCell` switches on it for every cell.
      const column = CLAIM_COLUMNS.find((known) => known === name);
      if (column) {
        this.#columns.push(column);
        this.#indexes.push(index);
        this.#seen.push(REPEATING.has(column) ? new Map() : null);
        this.#lastRaw.push(undefined);
        this.#lastText.push('');
      }
    });
    for (const required of REQUIRED_COLUMNS) {
      if (!seen.has(required)) {
        problems.push({
          row: 1,
          column: required,
          value: '',
          reason: 'required column is missing',
        });
      }
    }
    return problems;
  }

  /**
   * Validates one data record. `row` is its 1-based row number (header = 1);
   * `structural` is a problem the CSV tokenizer found in it (an unclosed quote).
   */
  row(
    record: readonly string[],
    row: number,
    structural?: string,
  ): { claim: Claim } | { problems: CsvProblem[] } {
    const header = this.#header;
    // Made on the first problem only: most rows have none.
    let rowProblems: CsvProblem[] | null = null;
    if (structural) rowProblems = [{ row, column: '', value: '', reason: structural }];
    if (record.length !== header.length) {
      (rowProblems ??= []).push({
        row,
        column: '',
        value: '',
        reason: `has ${record.length} fields where the header has ${header.length}`,
      });
    }
    const claim = emptyClaim();
    // A plain loop with no closures: this runs for every cell of a million-row upload.
    for (let i = 0; i < this.#columns.length; i++) {
      const column = this.#columns[i]!;
      const index = this.#indexes[i]!;
      const raw = record[index] ?? '';
      const seen = this.#seen[i];
      if (seen) {
        if (raw === this.#lastRaw[i]) {
          setText(claim, column, this.#lastText[i]!);
          continue;
        }
        const known = seen.get(raw);
        if (known !== undefined) {
          this.#lastRaw[i] = raw;
          this.#lastText[i] = known;
          setText(claim, column, known);
          continue;
        }
      }
      const reason = this.#readCell(claim, column, raw);
      if (reason !== null)
        (rowProblems ??= []).push({ row, column: header[index] ?? column, value: raw, reason });
      else if (seen) {
        const text = textOf(claim, column);
        this.#lastRaw[i] = raw;
        this.#lastText[i] = text;
        if (seen.size < MAX_SEEN) seen.set(raw, text);
      }
    }
    if (rowProblems) return { problems: rowProblems };
    if (claim.metric_label === '') claim.metric_label = claim.metric;
    return { claim };
  }

  /** Reads one cell into `claim`; returns why it is wrong, or null. */
  #readCell(claim: Claim, column: ClaimColumn, raw: string): string | null {
    const trimmed = raw.trim();
    switch (column) {
      case 'value': {
        const number = parseNumber(trimmed, this.#numberOptions);
        if (number === null)
          return trimmed === '' ? 'is empty; a number is required' : 'is not a number';
        claim.value = number;
        return null;
      }
      case 'quote_start':
      case 'quote_end': {
        if (trimmed === '') return null;
        const number = parseNumber(trimmed, this.#numberOptions);
        if (number === null) return 'is not a number';
        if (!Number.isInteger(number) || number < 0) return 'is not a character offset';
        if (column === 'quote_start') claim.quote_start = number;
        else claim.quote_end = number;
        return null;
      }
      case 'unit':
        if (!isKnownUnit(trimmed))
          return 'is not a known unit (an ISO currency code, percent, multiple or count)';
        claim.unit = trimmed;
        return null;
      case 'period': {
        const problem = trimmed === '' ? null : periodProblem(trimmed);
        if (problem) return problem;
        claim.period = trimmed;
        return null;
      }
      case 'source_date': {
        const problem = trimmed === '' ? null : periodProblem(trimmed);
        if (problem) return PERIOD_PATTERN.test(trimmed) ? problem : 'is not a date (YYYY-MM-DD)';
        claim.source_date = trimmed;
        return null;
      }
      case 'qualifier':
        if (trimmed === '') return null;
        if (!isQualifier(trimmed))
          return 'is not a qualifier (exact, approx, more_than, at_least, less_than, up_to, approaching)';
        claim.qualifier = trimmed;
        return null;
      case 'kind':
        if (trimmed === '') return null;
        if (!isKind(trimmed)) return 'is not a kind (actual, target, forecast)';
        claim.kind = trimmed;
        return null;
      case 'metric':
        if (trimmed === '') return 'is empty';
        claim.metric = unescapeFormula(trimmed);
        return null;
      case 'entity':
        if (trimmed === '') return 'is empty';
        claim.entity = unescapeFormula(trimmed);
        return null;
      // Text kept as written. One store per field, not `claim[column] = …`: a store under a
      // varying key looks the field up by name in every cell (validating 100k rows took 1.3×
      // as long with it, Node 20, median of 15).
      case 'id':
        claim.id = unescapeFormula(raw);
        return null;
      case 'metric_label':
        claim.metric_label = unescapeFormula(raw);
        return null;
      case 'metric_source':
        claim.metric_source = unescapeFormula(raw);
        return null;
      case 'unit_label':
        claim.unit_label = unescapeFormula(raw);
        return null;
      case 'source_id':
        claim.source_id = unescapeFormula(raw);
        return null;
      case 'source_outlet':
        claim.source_outlet = unescapeFormula(raw);
        return null;
      case 'source_url':
        claim.source_url = unescapeFormula(raw);
        return null;
      case 'quote':
        claim.quote = unescapeFormula(raw);
        return null;
      case 'related_id':
        claim.related_id = unescapeFormula(raw);
        return null;
    }
  }
}

/**
 * Stores a repeating column's text (`REPEATING`) already read and checked. One store per field, as
 * in `#readCell`.
 */
function setText(claim: Claim, column: ClaimColumn, text: string): void {
  switch (column) {
    case 'metric':
      claim.metric = text;
      return;
    case 'metric_label':
      claim.metric_label = text;
      return;
    case 'metric_source':
      claim.metric_source = text;
      return;
    case 'entity':
      claim.entity = text;
      return;
    case 'period':
      claim.period = text;
      return;
    case 'unit':
      claim.unit = text;
      return;
    case 'unit_label':
      claim.unit_label = text;
      return;
    case 'qualifier':
      claim.qualifier = text as Claim['qualifier'];
      return;
    case 'kind':
      claim.kind = text as Claim['kind'];
      return;
    case 'source_id':
      claim.source_id = text;
      return;
    case 'source_date':
      claim.source_date = text;
      return;
    case 'source_outlet':
      claim.source_outlet = text;
      return;
    case 'source_url':
      claim.source_url = text;
      return;
    case 'related_id':
      claim.related_id = text;
      return;
    default:
      throw new Error(`${column} is not a repeating column`);
  }
}

/** A repeating column's text as `#readCell` stored it. */
function textOf(claim: Claim, column: ClaimColumn): string {
  const value = claim[column];
  if (typeof value !== 'string') throw new Error(`${column} is not a text column`);
  return value;
}

/** What the CSV tokenizer's error codes mean to a person. */
export function structuralReason(code: string, message: string): string {
  return code === 'MissingQuotes' || code === 'InvalidQuotes'
    ? 'has a quote that is not closed'
    : message;
}

/**
 * Parses and validates a claims CSV. Pure: the caller reads the file.
 * Headers match case-insensitively and in any order; only `REQUIRED_COLUMNS` must be present.
 * Blank lines are skipped but counted, so row numbers match what a spreadsheet shows.
 */
export function parseClaimsCsv(text: string, options: ParseClaimsOptions = {}): ParsedClaims {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: options.delimiter ?? '',
  });
  const records = result.data;
  const validator = new ClaimsCsvValidator(options);
  let headerIndex = records.findIndex((record) => !isBlankRecord(record));
  if (headerIndex < 0) headerIndex = 0;
  const headerProblems = validator.header(records[headerIndex] ?? []);
  const dataCount = records
    .slice(headerIndex + 1)
    .filter((record) => !isBlankRecord(record)).length;
  if (headerProblems.length > 0) {
    return { claims: [], rows: [], problems: headerProblems, rowCount: dataCount };
  }

  // PapaParse reports structural errors (unclosed quotes) against record indexes.
  const structural = new Map<number, string>();
  for (const error of result.errors) {
    if (error.row !== undefined)
      structural.set(error.row, structuralReason(error.code, error.message));
  }

  const claims: Claim[] = [];
  const rows: number[] = [];
  const problems: CsvProblem[] = [];
  for (let recordIndex = headerIndex + 1; recordIndex < records.length; recordIndex++) {
    const record = records[recordIndex]!;
    if (isBlankRecord(record)) continue;
    const row = recordIndex + 1;
    const outcome = validator.row(record, row, structural.get(recordIndex));
    if ('problems' in outcome) {
      problems.push(...outcome.problems);
      continue;
    }
    claims.push(outcome.claim);
    rows.push(row);
  }
  return { claims, rows, problems, rowCount: dataCount };
}

/**
 * The shipped `data/claims.csv` read for the app, at build time (vite.config.ts): its claims, its
 * problems and the hash that tells a stored baseline from a new one.
 *
 * @example shippedClaimsFromCsv('id,metric,entity,period,value,unit\na,gdp,KZ,2024,1,USD\n')
 * // { hash: 'h…-43', fileName: 'claims.csv', claims: [{ id: 'a', metric: 'gdp', … }], problems: [] }
 */
export function shippedClaimsFromCsv(csvText: string, fileName = 'claims.csv'): ShippedClaims {
  const { claims, problems } = parseClaimsCsv(csvText);
  return { hash: contentHash(csvText), fileName, claims, problems };
}
