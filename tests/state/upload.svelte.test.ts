/**
 * FileUpload: reading, cancelling, importing. The data worker cannot run in Node, so the worker
 * side here does in-process what data.worker.ts does, with the same pure reader (sniffBytes,
 * readClaimsTextPausable) and a memory store.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ClaimStore } from '../../src/db/index.ts';
import { createMemoryStore } from '../../src/db/memory-store.ts';
import type { Claim } from '../../src/lib/claim.ts';
import type { CsvProblem } from '../../src/lib/csv-problem.ts';
import { readClaimsTextPausable, sniffBytes } from '../../src/lib/upload/read-claims.ts';
import { yieldToEventLoop } from '../../src/lib/yield.ts';
import { recentClaims } from '../../src/state/compare-cache.ts';
import { FileUpload, type UploadWorker } from '../../src/state/upload.svelte.ts';

function inProcessWorker(store: ClaimStore): { worker: UploadWorker; calls: string[] } {
  const jobs = new Map<number, { claims: Claim[]; cancelled: boolean }>();
  const calls: string[] = [];
  let next = 1;
  const worker: UploadWorker = {
    parseFile(file, options) {
      const job = next++;
      const held = { claims: [] as Claim[], cancelled: false };
      jobs.set(job, held);
      const done = (async () => {
        const sniffed = sniffBytes(new Uint8Array(await file.arrayBuffer()), options.encoding);
        options.onSniffed?.({
          encoding: sniffed.detected.encoding,
          encodingReason: sniffed.detected.reason,
          bom: sniffed.detected.bom,
          delimiter: sniffed.delimiter,
          decimalComma: sniffed.decimalComma,
          preview: sniffed.preview,
        });
        const problems: CsvProblem[] = [];
        const summary = await readClaimsTextPausable(
          sniffed.text,
          { delimiter: sniffed.delimiter, decimalComma: sniffed.decimalComma },
          async (chunk) => {
            held.claims.push(...chunk.claims);
            problems.push(...chunk.problems);
            options.onProgress?.(chunk.progress, held.claims.length);
            await yieldToEventLoop();
            return !held.cancelled;
          },
        );
        if (!summary || held.cancelled) return null;
        return { summary, problems };
      })();
      return { job, done };
    },
    async saveJob(job, dataset, onStored) {
      return store.saveDataset(dataset, jobs.get(job)!.claims, { onProgress: onStored });
    },
    cancelJob(job) {
      calls.push(`cancel ${job}`);
      const held = jobs.get(job);
      if (held) held.cancelled = true;
    },
    discardJob(job) {
      calls.push(`discard ${job}`);
      jobs.delete(job);
    },
    async takeJob(job) {
      const held = jobs.get(job);
      if (!held) throw new Error('This upload is no longer held; read the file again.');
      jobs.delete(job);
      return held.claims;
    },
  };
  return { worker, calls };
}

const fixture = (name: string) =>
  new File([readFileSync(`tests/fixtures/upload/${name}`)], name, { type: 'text/csv' });

describe('FileUpload', () => {
  test('reads a good file, then imports it into the store', async () => {
    const store = createMemoryStore();
    const { worker } = inProcessWorker(store);
    const upload = new FileUpload(fixture('good-three-rows.csv'), worker);
    await upload.read();
    expect([upload.status, upload.progress, upload.hasProblems, upload.canImport]).toEqual([
      'read',
      1,
      false,
      true,
    ]);
    expect(upload.sniffed).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    const meta = await upload.save(store);
    expect(upload.status).toBe('saved');
    expect(meta?.name).toMatch(/^good-three-rows\.csv \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\)$/);
    expect((await store.loadDatasetClaims(meta!.id)).length).toBe(upload.summary!.validCount);
    expect(recentClaims.get(meta!.id)?.length).toBe(upload.summary!.validCount);
  });

  test('a file with bad values lists its problems; valid rows can still be imported', async () => {
    const { worker } = inProcessWorker(createMemoryStore());
    const upload = new FileUpload(fixture('bad-values.csv'), worker);
    await upload.read();
    expect(upload.hasProblems).toBe(true);
    expect(upload.problems[0]).toMatchObject({ row: expect.any(Number), column: 'value' });
  });

  test('a file without a required column cannot be imported', async () => {
    const store = createMemoryStore();
    const { worker } = inProcessWorker(store);
    const upload = new FileUpload(fixture('missing-required-column.csv'), worker);
    await upload.read();
    expect(upload.canImport).toBe(false);
    expect(await upload.save(store)).toBeUndefined();
    expect(await store.listDatasets()).toEqual([]);
  });

  test('cancelling while reading stores nothing and says so', async () => {
    const { worker, calls } = inProcessWorker(createMemoryStore());
    const upload = new FileUpload(fixture('good-three-rows.csv'), worker);
    const reading = upload.read();
    upload.cancel();
    await reading;
    expect(calls).toEqual(['cancel 1']);
    expect(upload.status).toBe('cancelled');
    expect(upload.message).toBe('Reading good-three-rows.csv was cancelled; nothing was stored.');
  });

  test('reading again (another encoding) lets the worker drop the first reading', async () => {
    const { worker, calls } = inProcessWorker(createMemoryStore());
    const upload = new FileUpload(fixture('windows-1251-cyrillic.csv'), worker);
    await upload.read();
    await upload.read('windows-1251');
    expect(calls).toEqual(['discard 1']);
    expect(upload.sniffed?.encoding).toBe('windows-1251');
  });

  test('a file over the size cap is refused unread', async () => {
    const { worker, calls } = inProcessWorker(createMemoryStore());
    const file = fixture('good-three-rows.csv');
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
    const upload = new FileUpload(file, worker);
    await upload.read();
    expect(upload.status).toBe('refused');
    expect(upload.message).toMatch(/good-three-rows\.csv/);
    expect(calls).toEqual([]);
  });
});
