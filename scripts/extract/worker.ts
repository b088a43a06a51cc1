/**
 * A worker thread of `cli.ts`: reads the documents of each batch it is sent, extracts their claims
 * and sends back the CSV rows, so two cores share a large corpus (the main thread takes batches too). The main thread writes the batches
 * in order, so the output is the same as a single-threaded run, byte for byte.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MetricCatalogue } from './catalogue.ts';
import { extractClaims, type SourceMeta } from './extract.ts';
import { loadCatalogue, readDocument } from './io.ts';
import { claimsCsvRows } from './to-csv.ts';

export interface WorkerJob {
  batch: number;
  documents: Array<{ path: string; meta: SourceMeta }>;
}

export type DocumentResult = { ok: true; claims: number; characters: number } | { ok: false; reason: string };

export interface WorkerDone {
  batch: number;
  rows: string;
  documents: DocumentResult[];
}

/** Reads and extracts the documents of one batch: what a worker does with each message (the main thread runs it too). */
export function runJob(job: WorkerJob, catalogue: MetricCatalogue): WorkerDone {
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
  return { batch: job.batch, rows, documents };
}

const port = parentPort;
if (port && (workerData as { sandarExtract?: boolean } | null)?.sandarExtract) {
  const catalogue = loadCatalogue((workerData as { catalogue: string }).catalogue);
  port.on('message', (job: WorkerJob) => port.postMessage(runJob(job, catalogue)));
}
