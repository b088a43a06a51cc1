import Papa from 'papaparse';
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
import { parseNumber } from './parse-number.ts';
import { isKnownUnit } from './units.ts';

/** One problem in a CSV, located so a person can find and fix it. */
export interface CsvProblem {
  /** 1-based line-of-record number as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** Column name as written in the file; empty for problems with the whole row or file. */
  column: string;
  value: string;
  reason: string;
}

export function formatProblem(problem: CsvProblem, fileName?: string): string {
  const where = [fileName, `row ${problem.row}`, problem.column ? `column "${problem.column}"` : '']
    .filter(Boolean)
    .join(', ');
  const shown = problem.value.length > 60 ? `${problem.value.slice(0, 57)}…` : problem.value;
  return problem.value === '' && problem.column === ''
    ? `${where}: ${problem.reason}`
    : `${where}: "${shown}" ${problem.reason}`;
}

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

const NUMERIC_COLUMNS: ReadonlySet<ClaimColumn> = new Set(['value', 'quote_start', 'quote_end']);

/**
 * Parses and validates a claims CSV. Pure: the caller reads the file.
 * Headers match case-insensitively and in any order; only `REQUIRED_COLUMNS` must be present.
 */
export function parseClaimsCsv(text: string, options: ParseClaimsOptions = {}): ParsedClaims {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: options.delimiter ?? '',
    skipEmptyLines: 'greedy',
  });
  const problems: CsvProblem[] = [];
  const records = result.data;
  const header = records[0];
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { claims: [], rows: [], problems: [{ row: 1, column: '', value: '', reason: 'the file has no header row' }], rowCount: 0 };
  }

  const columnIndex = new Map<ClaimColumn, number>();
  const seen = new Map<string, number>();
  header.forEach((rawName, index) => {
    const name = rawName.trim().toLowerCase();
    if (name === '') {
      problems.push({ row: 1, column: `#${index + 1}`, value: '', reason: 'header is empty' });
      return;
    }
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') {
      problems.push({ row: 1, column: rawName, value: rawName, reason: 'is not allowed as a column name' });
      return;
    }
    if (seen.has(name)) {
      problems.push({ row: 1, column: rawName, value: rawName, reason: `is a duplicate of column ${seen.get(name)! + 1}` });
      return;
    }
    seen.set(name, index);
    if ((CLAIM_COLUMNS as readonly string[]).includes(name)) columnIndex.set(name as ClaimColumn, index);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columnIndex.has(required) && !seen.has(required)) {
      problems.push({ row: 1, column: required, value: '', reason: 'required column is missing' });
    }
  }
  if (problems.length > 0 && problems.some((p) => p.row === 1)) {
    return { claims: [], rows: [], problems, rowCount: Math.max(0, records.length - 1) };
  }

  // PapaParse reports structural errors (unclosed quotes, field counts) against record indexes.
  const structural = new Map<number, string>();
  for (const error of result.errors) {
    if (error.row === undefined) continue;
    const reason =
      error.code === 'MissingQuotes' || error.code === 'InvalidQuotes'
        ? 'has a quote that is not closed'
        : error.message;
    structural.set(error.row, reason);
  }

  const claims: Claim[] = [];
  const rows: number[] = [];
  for (let recordIndex = 1; recordIndex < records.length; recordIndex++) {
    const record = records[recordIndex]!;
    const row = recordIndex + 1;
    const rowProblems: CsvProblem[] = [];
    const structuralReason = structural.get(recordIndex);
    if (structuralReason) rowProblems.push({ row, column: '', value: '', reason: structuralReason });
    if (record.length !== header.length) {
      rowProblems.push({
        row,
        column: '',
        value: '',
        reason: `has ${record.length} fields where the header has ${header.length}`,
      });
    }
    const claim = emptyClaim();
    const cell = (column: ClaimColumn): string | undefined => {
      const index = columnIndex.get(column);
      return index === undefined ? undefined : (record[index] ?? '');
    };
    for (const column of CLAIM_COLUMNS) {
      const raw = cell(column);
      if (raw === undefined) continue;
      const name = header[columnIndex.get(column)!] ?? column;
      const problem = (reason: string) => rowProblems.push({ row, column: name, value: raw, reason });
      const trimmed = raw.trim();
      if (NUMERIC_COLUMNS.has(column)) {
        if (column !== 'value' && trimmed === '') continue;
        const number = parseNumber(trimmed, { decimalComma: options.decimalComma ?? false });
        if (number === null) {
          problem(trimmed === '' ? 'is empty; a number is required' : 'is not a number');
          continue;
        }
        if (column === 'value') claim.value = number;
        else if (!Number.isInteger(number) || number < 0) problem('is not a character offset');
        else if (column === 'quote_start') claim.quote_start = number;
        else claim.quote_end = number;
        continue;
      }
      switch (column) {
        case 'unit':
          if (!isKnownUnit(trimmed)) problem('is not a known unit (an ISO currency code, percent, multiple or count)');
          else claim.unit = trimmed;
          break;
        case 'period':
          if (trimmed !== '' && !PERIOD_PATTERN.test(trimmed)) problem('is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)');
          else claim.period = trimmed;
          break;
        case 'source_date':
          if (trimmed !== '' && !PERIOD_PATTERN.test(trimmed)) problem('is not a date (YYYY-MM-DD)');
          else claim.source_date = trimmed;
          break;
        case 'qualifier':
          if (trimmed === '') break;
          if (!isQualifier(trimmed)) problem('is not a qualifier (exact, approx, more_than, at_least, less_than, up_to)');
          else claim.qualifier = trimmed;
          break;
        case 'kind':
          if (trimmed === '') break;
          if (!isKind(trimmed)) problem('is not a kind (actual, target, forecast)');
          else claim.kind = trimmed;
          break;
        case 'metric':
        case 'entity':
          if (trimmed === '') problem('is empty');
          else claim[column] = trimmed;
          break;
        default:
          (claim as unknown as Record<string, string>)[column] = raw;
      }
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    if (claim.metric_label === '') claim.metric_label = claim.metric;
    claims.push(claim);
    rows.push(row);
  }
  return { claims, rows, problems, rowCount: records.length - 1 };
}

/** Writes claims in `CLAIM_COLUMNS` order, RFC 4180, numbers as plain numbers. */
export function serializeClaimsCsv(claims: readonly Claim[]): string {
  const rows = claims.map((claim) =>
    CLAIM_COLUMNS.map((column) => {
      const value = claim[column];
      return value === null ? '' : String(value);
    }),
  );
  return Papa.unparse({ fields: [...CLAIM_COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}
