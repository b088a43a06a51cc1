/**
 * A worker thread of `cli.ts`: reads the documents of each batch it is sent, extracts their claims
 * and sends back the CSV rows as UTF-8 bytes, so the cores share a large corpus. The main thread
 * writes the batches in order, so the output is the same as a single-threaded run, byte for byte.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MetricCatalogue } from './catalogue.ts';
import { extractClaims, type SourceMeta } from './extract.ts';
import { loadCatalogue, readDocument } from './io.ts';
import { claimsCsvRows } from '../../src/lib/csv-write.ts';

export interface WorkerJob {
  batch: number;
  documents: Array<{ path: string; meta: SourceMeta }>;
}

export type DocumentResult =
  { ok: true; claims: number; characters: number } | { ok: false; reason: string };

export interface WorkerDone {
  batch: number;
  /** The batch's CSV rows, UTF-8: bytes move to the main thread without a copy, where a string was copied twice. */
  rows: Uint8Array;
  documents: DocumentResult[];
}

/** Reads and extracts the documents of one batch: what a worker does with each message. */
function runJob(job: WorkerJob, catalogue: MetricCatalogue): WorkerDone {
  let rows = '';
  const documents: DocumentResult[] = [];
  for (const { path, meta } of job.documents) {
    const read = readDocument(path);
    if (!read.ok) {
      documents.push({ ok: false, reason: read.reason });
      continue;
    }
    const claims = extractClaims(read.text, meta, catalogue);
    rows += claimsCsvRows(claims);
    documents.push({ ok: true, claims: claims.length, characters: read.text.length });
  }
  return { batch: job.batch, rows: encoder.encode(rows), documents };
}

const encoder = new TextEncoder();

const port = parentPort;
if (port && (workerData as { sandarExtract?: boolean } | null)?.sandarExtract) {
  const catalogue = loadCatalogue((workerData as { catalogue: string }).catalogue);
  port.on('message', (job: WorkerJob) => {
    const done = runJob(job, catalogue);
    port.postMessage(done, [done.rows.buffer as ArrayBuffer]);
  });
}
