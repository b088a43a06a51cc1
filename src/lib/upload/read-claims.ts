import Papa from 'papaparse';
import type { Claim } from '../claim.ts';
import { ClaimsCsvValidator, isBlankRecord, structuralReason, type CsvProblem } from '../claims-csv.ts';
import { decodeBytes, decodeUtf8Strict, detectEncoding, type Detected, type Encoding } from './decode.ts';
import { DELIMITERS, detectDelimiter, type Delimiter } from './delimiter.ts';
import { MAX_LISTED_PROBLEMS } from './limits.ts';

export interface ReadOptions {
  delimiter: Delimiter;
  /** `;` files from European spreadsheets write 3,5 for 3.5. */
  decimalComma: boolean;
  /** Characters per chunk handed to `onChunk`; smaller means more progress messages. */
  chunkSize?: number;
  maxListedProblems?: number;
}

export interface ReadChunk {
  claims: Claim[];
  problems: CsvProblem[];
  /** Fraction of the text read so far, 0..1. */
  progress: number;
}

export interface ReadSummary {
  /** Data rows seen (blank lines not counted). */
  rowCount: number;
  validCount: number;
  /** Rows with at least one problem. */
  invalidRowCount: number;
  /** Every problem, including those not listed. */
  problemCount: number;
  /** The header was unusable: no row could be read. */
  headerFailed: boolean;
  columns: string[];
}

/**
 * Reads claims CSV text chunk by chunk, handing valid claims and listed problems to `onChunk`
 * as it goes (a worker posts each chunk on). Synchronous; pure apart from the callback.
 */
export function readClaimsText(text: string, options: ReadOptions, onChunk: (chunk: ReadChunk) => void): ReadSummary {
  const validator = new ClaimsCsvValidator({ decimalComma: options.decimalComma });
  const maxListed = options.maxListedProblems ?? MAX_LISTED_PROBLEMS;
  const summary: ReadSummary = {
    rowCount: 0,
    validCount: 0,
    invalidRowCount: 0,
    problemCount: 0,
    headerFailed: false,
    columns: [],
  };
  let listed = 0;
  let recordsBefore = 0;
  let headerSeen = false;
  const length = Math.max(1, text.length);

  Papa.parse<string[]>(text, {
    delimiter: options.delimiter,
    chunkSize: options.chunkSize ?? 1024 * 1024,
    // PapaParse's types ask for `complete` with `chunk`; the parse is synchronous, so it has nothing to do.
    complete: () => undefined,
    chunk(result: Papa.ParseResult<string[]>) {
      const claims: Claim[] = [];
      const problems: CsvProblem[] = [];
      const list = (found: readonly CsvProblem[]) => {
        summary.problemCount += found.length;
        for (const problem of found) {
          if (listed >= maxListed) break;
          problems.push(problem);
          listed++;
        }
      };
      const structural = new Map<number, string>();
      for (const error of result.errors) {
        if (error.row !== undefined) structural.set(error.row, structuralReason(error.code, error.message));
      }
      result.data.forEach((record, index) => {
        if (isBlankRecord(record)) return;
        const row = recordsBefore + index + 1;
        if (!headerSeen) {
          headerSeen = true;
          summary.columns = record.map((name) => name.trim());
          const headerProblems = validator.header(record).map((problem) => ({ ...problem, row }));
          if (headerProblems.length > 0) {
            summary.headerFailed = true;
            list(headerProblems);
          }
          return;
        }
        summary.rowCount++;
        if (summary.headerFailed) return;
        const outcome = validator.row(record, row, structural.get(index));
        if ('problems' in outcome) {
          summary.invalidRowCount++;
          list(outcome.problems);
        } else {
          summary.validCount++;
          claims.push(outcome.claim);
        }
      });
      recordsBefore += result.data.length;
      onChunk({ claims, problems, progress: Math.min(1, result.meta.cursor / length) });
    },
  });
  if (!headerSeen) {
    summary.headerFailed = true;
    summary.problemCount++;
    onChunk({ claims: [], problems: [{ row: 1, column: '', value: '', reason: 'the file has no header row' }], progress: 1 });
  }
  return summary;
}

export interface Sniffed {
  detected: Detected;
  text: string;
  delimiter: Delimiter;
  decimalComma: boolean;
  /** The first records as the parser sees them, for the preview. */
  preview: string[][];
}

/**
 * Decodes a file's bytes and guesses how to read them: encoding (unless forced), delimiter,
 * decimal mark. Decimal commas go with `;` files, where the comma is free to be one.
 */
export function sniffBytes(bytes: Uint8Array, forced?: Encoding): Sniffed {
  // Valid UTF-8 without a BOM is the common case: decode it once, for the check and the text.
  const utf8 = forced === undefined || forced === 'utf-8' ? decodeUtf8Strict(bytes) : null;
  const auto: Detected =
    utf8 !== null && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      ? { encoding: 'utf-8', bom: false, reason: 'valid UTF-8' }
      : detectEncoding(bytes);
  const detected: Detected = forced && forced !== auto.encoding ? { ...auto, encoding: forced, reason: 'chosen by you' } : auto;
  const text = utf8 !== null && detected.encoding === 'utf-8' ? utf8 : decodeBytes(bytes, detected.encoding);
  const delimiter = detectDelimiter(text);
  const preview = Papa.parse<string[]>(text.slice(0, 64 * 1024), { delimiter, preview: 6 }).data;
  return { detected, text, delimiter, decimalComma: delimiter === ';', preview };
}

export { DELIMITERS };
