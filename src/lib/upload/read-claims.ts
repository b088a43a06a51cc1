import Papa from 'papaparse';
import type { Claim } from '../claim.ts';
import { ClaimsCsvValidator, isBlankRecord, structuralReason } from '../claims-csv.ts';
import type { CsvProblem } from '../csv-problem.ts';
import {
  decodeBytes,
  decodeUtf8Strict,
  detectEncoding,
  type Detected,
  type Encoding,
} from './decode.ts';
import { DELIMITERS, detectDelimiter, type Delimiter } from './delimiter.ts';
import { normalizeLineEndings } from './line-endings.ts';
import { NotTextError, recogniseBytes } from './magic.ts';
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

/** Turns PapaParse's chunks into claims and problems, keeping row numbers and counts across chunks. */
class ChunkReader {
  readonly summary: ReadSummary = {
    rowCount: 0,
    validCount: 0,
    invalidRowCount: 0,
    problemCount: 0,
    headerFailed: false,
    columns: [],
  };
  readonly #validator: ClaimsCsvValidator;
  readonly #maxListed: number;
  readonly #length: number;
  #listed = 0;
  #recordsBefore = 0;
  #headerSeen = false;

  constructor(text: string, options: ReadOptions) {
    this.#validator = new ClaimsCsvValidator({ decimalComma: options.decimalComma });
    this.#maxListed = options.maxListedProblems ?? MAX_LISTED_PROBLEMS;
    this.#length = Math.max(1, text.length);
  }

  #list(found: readonly CsvProblem[], into: CsvProblem[]): void {
    this.summary.problemCount += found.length;
    for (const problem of found) {
      if (this.#listed >= this.#maxListed) break;
      into.push(problem);
      this.#listed++;
    }
  }

  accept(result: Papa.ParseResult<string[]>): ReadChunk {
    const { summary } = this;
    const claims: Claim[] = [];
    const problems: CsvProblem[] = [];
    const structural = new Map<number, string>();
    for (const error of result.errors) {
      if (error.row !== undefined)
        structural.set(error.row, structuralReason(error.code, error.message));
    }
    const records = result.data;
    for (let index = 0; index < records.length; index++) {
      const record = records[index]!;
      if (isBlankRecord(record)) continue;
      const row = this.#recordsBefore + index + 1;
      if (!this.#headerSeen) {
        this.#headerSeen = true;
        summary.columns = record.map((name) => name.trim());
        const headerProblems = this.#validator
          .header(record)
          .map((problem) => ({ ...problem, row }));
        if (headerProblems.length > 0) {
          summary.headerFailed = true;
          this.#list(headerProblems, problems);
        }
        continue;
      }
      summary.rowCount++;
      if (summary.headerFailed) continue;
      const outcome = this.#validator.row(record, row, structural.get(index));
      if ('problems' in outcome) {
        summary.invalidRowCount++;
        this.#list(outcome.problems, problems);
      } else {
        summary.validCount++;
        claims.push(outcome.claim);
      }
    }
    this.#recordsBefore += records.length;
    return { claims, problems, progress: Math.min(1, result.meta.cursor / this.#length) };
  }

  /** The last chunk: a file with no header at all says so. */
  finish(): ReadChunk | null {
    if (this.#headerSeen) return null;
    this.summary.headerFailed = true;
    this.summary.problemCount++;
    return {
      claims: [],
      problems: [{ row: 1, column: '', value: '', reason: 'the file has no header row' }],
      progress: 1,
    };
  }
}

const DEFAULT_CHUNK_SIZE = 1024 * 1024;

/**
 * Reads claims CSV text chunk by chunk, handing valid claims and listed problems to `onChunk`
 * as it goes. Synchronous; pure apart from the callback.
 */
export function readClaimsText(
  text: string,
  options: ReadOptions,
  onChunk: (chunk: ReadChunk) => void,
): ReadSummary {
  const reader = new ChunkReader(text, options);
  Papa.parse<string[]>(text, {
    delimiter: options.delimiter,
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
    // PapaParse's types ask for `complete` with `chunk`; this parse is synchronous, so it has nothing to do.
    complete: () => undefined,
    chunk: (result: Papa.ParseResult<string[]>) => onChunk(reader.accept(result)),
  });
  const last = reader.finish();
  if (last) onChunk(last);
  return reader.summary;
}

/**
 * `readClaimsText` that waits for `onChunk` after each chunk, so a worker can take messages
 * (a cancel) between chunks: `onChunk` resolving to false stops the read, and the result is null.
 */
export function readClaimsTextPausable(
  text: string,
  options: ReadOptions,
  onChunk: (chunk: ReadChunk) => Promise<boolean>,
): Promise<ReadSummary | null> {
  const reader = new ChunkReader(text, options);
  return new Promise((resolve, reject) => {
    let stopped = false;
    Papa.parse<string[]>(text, {
      delimiter: options.delimiter,
      chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
      chunk: (result: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        parser.pause();
        onChunk(reader.accept(result)).then((go) => {
          if (go) return parser.resume();
          stopped = true;
          parser.abort();
        }, reject);
      },
      complete: () => {
        if (stopped) return resolve(null);
        const last = reader.finish();
        if (!last) return resolve(reader.summary);
        onChunk(last).then((go) => resolve(go ? reader.summary : null), reject);
      },
    });
  });
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
  // a PNG or a workbook renamed .csv is refused for what it is; UTF-16 without a BOM is found by
  // its NUL bytes (as UTF-8 it is valid, and reads as a header with a NUL between letters)
  const kind = forced === undefined ? recogniseBytes(bytes) : ({ kind: 'text' } as const);
  if (kind.kind === 'binary') throw new NotTextError(kind.what);
  // Valid UTF-8 without a BOM is the common case: decode it once, for the check and the text.
  const utf8 =
    kind.kind === 'text' && (forced === undefined || forced === 'utf-8')
      ? decodeUtf8Strict(bytes)
      : null;
  const auto: Detected =
    kind.kind !== 'text'
      ? { encoding: kind.kind, bom: false, reason: kind.reason }
      : utf8 !== null && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        ? { encoding: 'utf-8', bom: false, reason: 'valid UTF-8' }
        : detectEncoding(bytes);
  const detected: Detected =
    forced && forced !== auto.encoding
      ? { ...auto, encoding: forced, reason: 'chosen by you' }
      : auto;
  const text = normalizeLineEndings(
    utf8 !== null && detected.encoding === 'utf-8' ? utf8 : decodeBytes(bytes, detected.encoding),
  );
  const delimiter = detectDelimiter(text);
  const preview = Papa.parse<string[]>(text.slice(0, 64 * 1024), { delimiter, preview: 6 }).data;
  return { detected, text, delimiter, decimalComma: delimiter === ';', preview };
}

export { DELIMITERS };
