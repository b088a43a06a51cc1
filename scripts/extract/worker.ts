/**
 * A worker thread of `cli.ts`: reads the documents of each batch it is sent, extracts their claims
 * and sends back the CSV rows as UTF-8 bytes, so the cores share a large corpus. The main thread
 * writes the batches in order, so the output is the same as a single-threaded run, byte for byte.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MetricCatalogue } from './catalogue.ts';
import type { Claim } from '../../src/lib/claim.ts';
import { claimIds, datelineOf, extractClaims, type SourceMeta } from './extract.ts';
import { paragraphsOf } from './segment.ts';
import { loadCatalogue, readDocument } from './io.ts';
import { claimsCsvRows } from '../../src/lib/csv-write.ts';

/** For `cli.ts`, which loads this module (not extract.ts) when it extracts on its own thread. */
export { extractClaims };

export interface WorkerJob {
  batch: number;
  documents: Array<{ path: string; meta: SourceMeta }>;
}

export type DocumentResult =
  | { ok: true; claims: number; characters: number }
  /** `claims`: how many were written before a huge document failed in a later part. */
  | { ok: false; reason: string; claims?: number };

export interface WorkerDone {
  batch: number;
  /** The batch's CSV rows, UTF-8: bytes move to the main thread without a copy, where a string was copied twice. */
  rows: Uint8Array;
  documents: DocumentResult[];
}

/**
 * Extracts one document, handing its CSV rows to `write` part by part, and says how it went: an
 * error while extracting (a bug, a text no one foresaw) costs that document only, and the caller
 * reports it by name and writes the others. When a later part of a huge document fails, the rows
 * of its earlier parts are already written: the result counts them.
 */
export function extractDocument(
  text: string,
  meta: SourceMeta,
  catalogue: MetricCatalogue,
  write: (rows: string) => void,
): DocumentResult {
  let claims = 0;
  try {
    if (text.length <= PART_CHARACTERS) {
      const found = extractClaims(text, meta, catalogue);
      write(claimsCsvRows(found));
      claims = found.length;
    } else {
      // the document's own date, for every part: a dateline opens the text, not each part
      const dated = { ...meta, published: meta.published || datelineOf(text) };
      for (const [start, end] of documentParts(text)) {
        const found = shiftClaims(
          extractClaims(text.slice(start, end), dated, catalogue),
          start,
          meta.id,
        );
        write(claimsCsvRows(found));
        claims += found.length;
      }
    }
    return { ok: true, claims, characters: text.length };
  } catch (error) {
    const reason = `could not be extracted (${(error as Error).message})`;
    return claims > 0 ? { ok: false, reason, claims } : { ok: false, reason };
  }
}

/**
 * Documents longer than this (in UTF-16 units) are extracted a part at a time, cut between
 * paragraphs, so memory stays bounded by the part, not the document: a 50 MB page on one line held
 * all its claims and their CSV at once (2.3 GB). Articles and reports are far below it, so their
 * output is what one call of `extractClaims` gives.
 */
export const PART_CHARACTERS = 4 * 1024 * 1024;

/** [start, end) of the parts of `text`, each ending where a paragraph starts. */
function documentParts(text: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = 0;
  for (const paragraph of paragraphsOf(text, false)) {
    if (paragraph.start - start >= PART_CHARACTERS) {
      parts.push([start, paragraph.start]);
      start = paragraph.start;
    }
  }
  parts.push([start, text.length]);
  return parts;
}

/** Claims read from a part starting at `offset`, given the document's offsets, ids and links. */
function shiftClaims(claims: Claim[], offset: number, sourceId: string): Claim[] {
  if (offset === 0) return claims;
  const idOf = claimIds(sourceId);
  const ids = new Map<string, string>();
  for (const claim of claims) {
    claim.quote_start! += offset;
    claim.quote_end! += offset;
    const id = idOf(claim.quote_start!, claim.quote_end!);
    ids.set(claim.id, id);
    claim.id = id;
  }
  for (const claim of claims)
    if (claim.related_id) claim.related_id = ids.get(claim.related_id) ?? '';
  return claims;
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
    documents.push(extractDocument(read.text, meta, catalogue, (part) => (rows += part)));
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
