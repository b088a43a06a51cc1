import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/claims-csv.ts';
import type { Encoding } from '../lib/upload/decode.ts';
import type { Delimiter } from '../lib/upload/delimiter.ts';
import type { ReadSummary } from '../lib/upload/read-claims.ts';

/** Main thread → parse worker. */
export interface ParseRequest {
  file: Blob;
  /** Forces an encoding instead of detecting one (the preview's encoding menu). */
  encoding?: Encoding;
}

export interface SniffedMessage {
  type: 'sniffed';
  encoding: Encoding;
  encodingReason: string;
  bom: boolean;
  delimiter: Delimiter;
  decimalComma: boolean;
  preview: string[][];
}

/** Main thread ← parse worker, in this order: sniffed, chunk…, done (or failed at any point). */
export type ParseMessage =
  | SniffedMessage
  | { type: 'chunk'; claims: Claim[]; problems: CsvProblem[]; progress: number }
  | { type: 'done'; summary: ReadSummary }
  | { type: 'failed'; message: string };
