/** Messages between the page and the extraction worker (`extract.worker.ts`). */
import type { Claim } from '../lib/claim.ts';
import type { SourceMeta } from '../../scripts/extract/extract.ts';
import type { TransferredError } from './error-transfer.ts';
import type { DocumentMeta } from '../lib/documents/meta.ts';

export type ExtractRequest =
  | { id: number; type: 'extract'; text: string; source: SourceMeta }
  | { id: number; type: 'docx'; fileName: string; bytes: Uint8Array }
  | { id: number; type: 'html'; fileName: string; bytes: Uint8Array };

export type ExtractReply =
  | { id: number; ok: true; type: 'extract'; claims: Claim[]; milliseconds: number }
  | { id: number; ok: true; type: 'docx'; text: string }
  | { id: number; ok: true; type: 'html'; text: string; meta: DocumentMeta }
  | { id: number; ok: false; error: TransferredError };
