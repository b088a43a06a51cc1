/**
 * `npm run extract`: reads the documents of a folder laid out like `seeds/` (*.txt + sources.csv) one
 * at a time and writes their claims to a CSV, atomically.
 *
 *   npm run extract                                  # seeds/ → data/claims.csv
 *   npm run extract -- --in DIR --out FILE [--catalogue data/metrics.csv]
 *
 * Warnings and errors name the file (and line); a bad document is skipped and the rest still
 * extracted. Exit code 0 when the output was written, 1 when nothing could be written, 2 for bad flags.
 */
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ParsedSources } from './sources.ts';
import type { DocumentResult, WorkerDone, WorkerJob } from './worker.ts';
import type * as Extraction from './worker.ts';
import type { SourceMeta } from './extract.ts';
import {
  AtomicWriter,
  REPO_ROOT,
  fileSize,
  isDirectory,
  listDocuments,
  loadCatalogue,
  readBytes,
  readDocument,
  readSources,
  readTextFile,
  DEFAULT_CATALOGUE,
} from './io.ts';
import { claimsCsvHeader, claimsCsvRows } from '../../src/lib/csv-write.ts';
import { documentId, readRichDocument, RICH_DOCUMENT } from './documents.ts';
import type { DocumentMeta } from '../../src/lib/documents/meta.ts';
import {
  applyCorrections,
  correctionsFor,
  parseCorrectionsCsv,
  type Correction,
} from '../../src/lib/corrections.ts';

async function main(): Promise<number> {
  // V8 let each thread's old generation grow far past its live heap (about 36 MB) between full
  // collections, so peak RSS rose with the corpus (314 MiB on 10 MiB, 446 MiB on 40 MiB). Grown by
  // 10% at a time it stays near the live heap (292 and 320 MiB), at no CPU cost measured (total CPU
  // of 4 passes over 4 MB on one thread, 3 interleaved runs: 6.6-8.6 s without, 6.8-7.3 s with).
  // Unlike a cap on the heap (`resourceLimits`), it never stops a thread on a large document. Set
  // before any worker starts: each worker's heap reads it when created.
  setFlagsFromString('--heap-growing-percent=10');
  let values: {
    in?: string;
    out?: string;
    catalogue?: string;
    jobs?: string;
    entity?: string;
    corrections?: string;
    quiet?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        catalogue: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        entity: { type: 'string' },
        corrections: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(
      `extract: ${(error as Error).message}\nusage: npm run extract -- [--in DIR] [--out FILE] [--catalogue FILE] [--corrections FILE] [--jobs N] [--entity NAME] [--quiet]`,
    );
    return 2;
  }
  if (values.help) {
    console.log(
      'usage: npm run extract -- [--in DIR] [--out FILE] [--catalogue FILE] [--corrections FILE] [--jobs N] [--entity NAME] [--quiet]\n  defaults: --in seeds --out data/claims.csv --catalogue data/metrics.csv\n  --corrections: a corrections CSV exported by the dashboard, applied by claim id\n  --jobs: threads (default: one per core, at most 4, for a corpus of 4 MiB or more; else 1;\n          always 1 with --corrections or .html, .pdf, .docx documents)\n  --entity: whom a document is about when neither its sources.csv line (column entity) nor its text says',
    );
    return 0;
  }
  if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) {
    console.error(`extract: --jobs "${values.jobs}" is not a whole number of threads (1 or more)`);
    return 2;
  }
  const inDir = resolve(values.in ?? join(REPO_ROOT, 'seeds'));
  const outFile = resolve(values.out ?? join(REPO_ROOT, 'data', 'claims.csv'));
  const show = (path: string) => relative(process.cwd(), path) || path;
  const warn = (message: string) => console.error(`warning: ${message}`);
  const fail = (message: string) => console.error(`error: ${message}`);

  if (!isDirectory(inDir)) {
    fail(`${show(inDir)} is not a folder; nothing written`);
    return 1;
  }
  const catalogueFile = values.catalogue ? resolve(values.catalogue) : DEFAULT_CATALOGUE;
  let catalogue;
  try {
    catalogue = loadCatalogue(catalogueFile);
  } catch (error) {
    fail(`${(error as Error).message}; nothing written`);
    return 1;
  }
  for (const problem of catalogue.problems)
    warn(`${show(values.catalogue ?? DEFAULT_CATALOGUE)}, ${problem}`);

  let corrections: Correction[] | undefined;
  if (values.corrections) {
    try {
      corrections = parseCorrectionsCsv(
        readTextFile(values.corrections),
        show(resolve(values.corrections)),
      );
    } catch (error) {
      fail(`${(error as Error).message}; nothing written`);
      return 1;
    }
  }

  const files = listDocuments(inDir);
  // Corrections and documents read by the browser's readers are handled on this thread only.
  const oneThread = corrections !== undefined || files.some((file) => RICH_DOCUMENT.test(file));
  const jobs = oneThread
    ? 1
    : values.jobs === undefined
      ? autoJobs(inDir, files)
      : Number(values.jobs);
  // worker threads take ~0.1 s to start: they start now, while this thread reads sources.csv
  const workers =
    jobs > 1 ? startWorkers(Math.min(jobs, Math.ceil(files.length / BATCH)), catalogueFile) : [];

  const sourcesPath = join(inDir, 'sources.csv');
  const sources = readSources(inDir);
  if (!sources)
    warn(
      `${show(sourcesPath)} not found: document dates are unknown, so relative periods ("last year") are read against the latest year each text reports on, or left empty`,
    );
  for (const problem of sources?.problems ?? []) warn(`${show(sourcesPath)}, ${problem}`);

  if (files.length === 0) warn(`${show(inDir)} has no .txt, .html, .pdf or .docx documents`);
  const listed = new Set(files);
  for (const file of sources?.sources.keys() ?? []) {
    if (!listed.has(file))
      warn(`${show(sourcesPath)} lists ${file}, which is not in ${show(inDir)}`);
  }

  let writer: AtomicWriter;
  try {
    writer = new AtomicWriter(outFile);
  } catch (error) {
    for (const worker of workers) void worker.terminate();
    fail(
      `${show(outFile)} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing written`,
    );
    return 1;
  }
  const totals = { claims: 0, documents: 0, skipped: 0, characters: 0 };
  /** What the single-threaded run says of each document, in order; the workers' results go through it too. */
  const report = (file: string, result: DocumentResult) => {
    if (!result.ok) {
      const kept = result.claims
        ? `its first ${result.claims} claims are written, the rest is skipped`
        : 'skipped';
      fail(`${show(join(inDir, file))} ${result.reason}; ${kept}`);
      totals.claims += result.claims ?? 0;
      totals.skipped++;
      return;
    }
    if (!sources?.sources.has(file) && sources)
      warn(
        `${file} has no line in ${show(sourcesPath)}: its date is unknown, so relative periods are read against the latest year it reports on, or left empty`,
      );
    totals.claims += result.claims;
    totals.documents++;
    totals.characters += result.characters;
  };
  try {
    writer.write(claimsCsvHeader());
    if (workers.length > 0)
      await extractInWorkers(files, workers, {
        inDir,
        metaOf: (file) => metaOf(sources, file, values.entity),
        writer,
        report,
      });
    else {
      const { extractClaims, extractDocument } = await loadExtraction();
      const corrected = new Set<string>();
      for (const file of files) {
        const read = RICH_DOCUMENT.test(file)
          ? await readRich(join(inDir, file), file)
          : readDocument(join(inDir, file));
        if (!read.ok) {
          report(file, read);
          continue;
        }
        // a document without a sources.csv line gives its own details (a page's metadata)
        const meta = metaOf(
          sources,
          file,
          values.entity,
          'meta' in read ? (read.meta as DocumentMeta) : undefined,
        );
        if (!corrections) {
          // read a part at a time when long (worker.ts), written as it comes
          report(
            file,
            extractDocument(read.text, meta, catalogue, (rows) => writer.write(rows)),
          );
          continue;
        }
        let claims = extractClaims(read.text, meta, catalogue);
        const applied = applyCorrections(claims, correctionsFor(claims, corrections));
        for (const id of applied.originals.keys()) corrected.add(id);
        for (const conflict of applied.conflicts) {
          corrected.add(conflict.correction.claimId);
          warn(`correction ${conflict.correction.id} not applied to ${file}: ${conflict.reason}`);
        }
        claims = applied.claims;
        writer.write(claimsCsvRows(claims));
        report(file, { ok: true, claims: claims.length, characters: read.text.length });
      }
      for (const correction of corrections ?? [])
        if (!corrected.has(correction.claimId))
          warn(
            `correction ${correction.id} not applied: no document gives claim ${correction.claimId}`,
          );
    }
    writer.commit();
  } catch (error) {
    for (const worker of workers) void worker.terminate();
    writer.abort();
    fail(
      `${show(outFile)} could not be written (${(error as Error).message}); the previous file is unchanged`,
    );
    return 1;
  }
  const { claims: claimCount, documents: documentCount, skipped, characters: bytes } = totals;
  if (!values.quiet) {
    console.error(
      `${claimCount} claims from ${documentCount} document${documentCount === 1 ? '' : 's'}${skipped ? ` (${skipped} skipped)` : ''} → ${show(outFile)}`,
    );
  }
  if (process.env['SANDAR_EXTRACT_STATS']) {
    // read by scripts/bench/extract.ts: whole-process figures, measured here where they are exact
    const usage = process.resourceUsage();
    console.log(
      JSON.stringify({
        documents: documentCount,
        claims: claimCount,
        characters: bytes,
        maxRssKb: usage.maxRSS,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      }),
    );
  }
  return 0;
}

/**
 * The source of `file`: its sources.csv line, else the details the document gives about itself,
 * else only its id; `defaultEntity` (--entity) is whom it is about when nothing else says.
 */
function metaOf(
  sources: ParsedSources | null,
  file: string,
  defaultEntity = '',
  own?: DocumentMeta,
): SourceMeta {
  const meta = sources?.sources.get(file) ?? {
    id: documentId(file),
    title: own?.title ?? '',
    outlet: own?.outlet ?? '',
    url: own?.url ?? '',
    published: own?.published ?? '',
  };
  return defaultEntity ? { ...meta, defaultEntity } : meta;
}

/** A saved page, PDF or Word file, read by the browser's readers (see documents.ts). */
async function readRich(path: string, file: string) {
  const bytes = readBytes(path);
  return bytes.ok ? readRichDocument(file, bytes.bytes) : bytes;
}

/**
 * Worker threads pay for themselves only on a larger corpus: each compiles the hot code again (about
 * 0.8 s of CPU). Measured on two cores: 3 MB takes 1.0 s on one thread or two, 10 MB 2.0 s on one
 * and 1.7 s on two.
 */
const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;

/** One thread per core (at most 4) for a corpus of 4 MiB or more; one below that. */
function autoJobs(inDir: string, files: readonly string[]): number {
  const cores = Math.min(4, availableParallelism());
  if (cores < 2 || files.length < 64) return 1;
  let bytes = 0;
  for (const file of files) {
    bytes += fileSize(join(inDir, file));
    if (bytes >= PARALLEL_FROM_BYTES) return cores;
  }
  return 1;
}

/** Documents per message to a worker: large enough that messages cost little, small enough to keep both busy. */
const BATCH = 32;

/**
 * Extracts `files` on `jobs` worker threads, a batch of documents at a time, and writes each batch's
 * rows (and reports its documents) in file order, so the output is what one thread writes. The main
 * thread only hands out batches and writes: when it extracted batches too, a worker's finished
 * batches waited behind the one it was busy with (measured: a worker idle 1.3 s of a 10 s run). At
 * most 8 batches per thread wait to be written, so memory stays flat however large the corpus.
 */
function extractInWorkers(
  files: readonly string[],
  workers: readonly Worker[],
  context: {
    inDir: string;
    metaOf: (file: string) => SourceMeta;
    writer: AtomicWriter;
    report: (file: string, result: DocumentResult) => void;
  },
): Promise<void> {
  const batches = Math.ceil(files.length / BATCH);
  const window = 8 * workers.length;
  const done = new Map<number, WorkerDone>();
  let nextToSend = 0;
  let nextToWrite = 0;
  type Slot = Pick<Worker, 'postMessage'>;
  let finished = false;
  let onDone: (slot: Slot, message: WorkerDone) => void = () => {};
  let finish: (error?: Error) => void = () => {};
  return new Promise<void>((resolvePromise, reject) => {
    finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolvePromise();
    };
    const send = (worker: Slot) => {
      if (nextToSend >= batches || nextToSend - nextToWrite >= window) return false;
      const batch = nextToSend++;
      const documents = files
        .slice(batch * BATCH, (batch + 1) * BATCH)
        .map((file) => ({ path: join(context.inDir, file), meta: context.metaOf(file) }));
      worker.postMessage({ batch, documents } satisfies WorkerJob);
      return true;
    };
    const idle: Slot[] = [];
    onDone = (worker: Slot, message: WorkerDone) => {
      done.set(message.batch, message);
      try {
        for (let ready = done.get(nextToWrite); ready; ready = done.get(nextToWrite)) {
          done.delete(nextToWrite);
          const names = files.slice(nextToWrite * BATCH, (nextToWrite + 1) * BATCH);
          ready.documents.forEach((result, index) => context.report(names[index]!, result));
          context.writer.write(ready.rows);
          nextToWrite++;
          // this thread's heap is tiny (9 MB) and rarely collected, so the written batches' buffers, held
          // outside it, waited for V8's occasional collections and memory crept up through the run (peak
          // 195-213 MB for 50 MiB; 175 MB with a young-generation collection every 20 batches, which
          // costs no measurable time). `npm run extract` passes --expose-gc; without it the output is
          // the same, only the peak higher.
          if (nextToWrite % 20 === 0) collectGarbage?.({ type: 'minor' });
        }
      } catch (error) {
        finish(error as Error);
        return;
      }
      if (nextToWrite >= batches) {
        finish();
        return;
      }
      // the window may have moved: wake the workers that were waiting for it
      if (!send(worker)) idle.push(worker);
      while (idle.length > 0 && send(idle[0]!)) idle.shift();
    };
    for (const worker of workers) {
      worker.on('message', (message: WorkerDone) => onDone(worker, message));
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!finished)
          finish(new Error(`a worker thread stopped (exit ${code}) before the corpus was done`));
      });
      // two batches each, so a worker never waits for the main thread between them
      for (let slot = 0; slot < 2; slot++) if (!send(worker)) idle.push(worker);
    }
    if (batches === 0) finish();
  });
}

/** V8's collector, when node was started with --expose-gc. */
const collectGarbage = (globalThis as { gc?: (options: { type: 'minor' | 'major' }) => void }).gc;

/**
 * The extraction code, loaded only when this thread extracts: with worker threads it only writes
 * their rows. The built CLI loads the built worker file (`build/extract/worker.js`), so the CLI's
 * own bundle holds neither the extractor nor the English model, whose module alone takes 24 MiB.
 */
async function loadExtraction(): Promise<typeof Extraction> {
  const file = import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js';
  return (await import(new URL(file, import.meta.url).href)) as typeof Extraction;
}

/** `count` worker threads that extract with the catalogue in `catalogueFile`, each loading its code as it starts. */
function startWorkers(count: number, catalogueFile: string): Worker[] {
  // workers do not inherit tsx's loader hooks (Node 20): each registers them before loading worker.ts
  const source = import.meta.url.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); })`
    : `import(${JSON.stringify(new URL('./worker.js', import.meta.url).href)})`;
  return Array.from(
    { length: count },
    () =>
      new Worker(source, {
        eval: true,
        workerData: { sandarExtract: true, catalogue: catalogueFile },
      }),
  );
}

process.exitCode = await main();
