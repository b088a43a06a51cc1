import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/claims-csv.ts';
import type { Encoding } from '../lib/upload/decode.ts';
import type { ReadSummary } from '../lib/upload/read-claims.ts';
import ParseWorker from './parse-claims.worker.ts?worker';
import type { ParseMessage, SniffedMessage } from './parse-protocol.ts';

export interface ParsedFile {
  sniffed: SniffedMessage;
  claims: Claim[];
  problems: CsvProblem[];
  summary: ReadSummary;
}

export interface ParseFileOptions {
  encoding?: Encoding;
  signal?: AbortSignal;
  onSniffed?: (sniffed: SniffedMessage) => void;
  /** Fraction read (0..1) and rows read so far. */
  onProgress?: (progress: number, rows: number) => void;
}

export class ParseCancelledError extends Error {
  override readonly name = 'ParseCancelledError';
  constructor() {
    super('Reading the file was cancelled.');
  }
}

/**
 * Parses one file in a fresh worker; aborting the signal terminates the worker at once.
 * Valid claims arrive in chunks and are gathered here, so the page never receives one huge message.
 */
export function parseFileInWorker(file: Blob, options: ParseFileOptions = {}): Promise<ParsedFile> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ParseCancelledError());
    const worker = new ParseWorker();
    const claims: Claim[] = [];
    const problems: CsvProblem[] = [];
    let sniffed: SniffedMessage | undefined;
    let rows = 0;
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new ParseCancelledError());
    };
    options.signal?.addEventListener('abort', abort);
    worker.onerror = (event) => {
      finish();
      reject(new Error(`The file reader stopped: ${event.message || 'unknown error'}`));
    };
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const message = event.data;
      switch (message.type) {
        case 'sniffed':
          sniffed = message;
          options.onSniffed?.(message);
          break;
        case 'chunk':
          for (const claim of message.claims) claims.push(claim);
          for (const problem of message.problems) problems.push(problem);
          rows += message.claims.length;
          options.onProgress?.(message.progress, rows);
          break;
        case 'done':
          finish();
          if (!sniffed) reject(new Error('The file reader finished without reading the file.'));
          else resolve({ sniffed, claims, problems, summary: message.summary });
          break;
        case 'failed':
          finish();
          reject(new Error(message.message));
          break;
      }
    };
    worker.postMessage({ file, encoding: options.encoding });
  });
}
