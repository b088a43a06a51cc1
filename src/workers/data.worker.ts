/// <reference lib="webworker" />
/**
 * The data worker: reads uploads (decode, sniff, validate), stores them, compares datasets and
 * answers page-sized questions about the comparison, so a million-row upload never crosses to
 * the page. (PapaParse's own `worker: true` does not survive a Vite 8 build, hence our module.)
 * The page calls it through Comlink: `DataApi` in data-protocol.ts lists what it answers.
 */
import { expose, releaseProxy, type Remote } from 'comlink';
// Not from db/index.ts: its open.ts loads dexie-store.ts lazily, which this worker always needs.
import { BASELINE_ID, stagingLock, type ClaimStore, type DatasetMeta } from '../db/types.ts';
import { openDexieStore } from '../db/dexie-store.ts';
import { newDatasetId } from '../db/baseline.ts';
import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/csv-problem.ts';
import { claimsToCsv, diffToCsv } from '../lib/csv-write.ts';
import { diffClaims, diffClaimsInSlices } from '../lib/diff.ts';
import { DiffView } from '../lib/diff-view.ts';
import { LruCache } from '../lib/lru-cache.ts';
import type { Encoding } from '../lib/upload/decode.ts';
import { readClaimsTextPausable, sniffBytes } from '../lib/upload/read-claims.ts';
import { pauseEvery } from '../lib/yield.ts';
import { fileProblem } from '../lib/official/read-file.ts';
import {
  OfficialFileError,
  holdWorkbook,
  holdText,
  previewOf,
  rehold,
  summarize,
  valuesOf,
  type HeldTable,
} from '../lib/official/read-official.ts';
import { defaultChoices } from '../lib/official/defaults.ts';
import { metricCatalogue } from '../state/metric-catalogue.ts';
import type { DataApi, JobEvent, OnJobEvent, ParseResult } from './data-protocol.ts';
import type { NewDataset } from '../db/types.ts';

/** Sends a job's event to the page without waiting for it, and lets go of the callback after. */
function eventSender(onEvent: OnJobEvent | undefined): {
  send: OnJobEvent;
  release: () => void;
} {
  const remote = onEvent as unknown as Remote<OnJobEvent> | undefined;
  return {
    send: (event: JobEvent) => void remote?.(event).catch(() => undefined),
    release: () => remote?.[releaseProxy](),
  };
}

interface Job {
  claims: Claim[];
  cancelled: boolean;
  /** The claims written ahead, while the user looks at the preview (a file with no problems). */
  staging?: Staging;
  /** The diff against the baseline, worked out while the user looks at the preview. */
  againstBaseline?: Promise<Prepared | null>;
}

/** Claims being written ahead of an Import, under a dataset id no dataset has yet. */
interface Staging {
  id: string;
  /** True once every claim is written. */
  done: Promise<boolean>;
  /** Set to stop writing (the job was discarded, or is imported another way). */
  stopped: boolean;
  /** Told how many claims are written, while an Import waits for them. */
  onWritten?: (written: number) => void;
  /** Lets go of the staging lock: once published or dropped. */
  release: () => void;
}

/** The Web Locks API, where the browser has it (every current one, in workers too). */
const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;

/**
 * Starts writing a read job's claims to storage ahead of its Import, out of sight; the Import
 * then only adds the dataset's record. A staging lock, held until the claims are published or
 * dropped, tells other tabs' clean-up (`dropAbandoned`) that they are not abandoned.
 */
function startStaging(job: Job): Staging | undefined {
  if (!locks) return undefined;
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const staging: Staging = {
    id: newDatasetId(),
    done: Promise.resolve(false),
    stopped: false,
    release,
  };
  staging.done = new Promise<boolean>((resolve) => {
    locks
      .request(stagingLock(staging.id), async () => {
        try {
          const stager = (await store()).staging;
          resolve(
            !!stager &&
              (await stager.stage(staging.id, job.claims, (written) => {
                staging.onWritten?.(written);
                return !staging.stopped;
              })),
          );
        } catch {
          resolve(false);
        }
        await held;
      })
      .catch(() => resolve(false));
  });
  return staging;
}

/** Stops a staging, removes what it wrote (unless published) and lets go of its lock. */
async function dropStaging(staging: Staging): Promise<void> {
  staging.stopped = true;
  try {
    await staging.done;
    await (await store()).staging?.drop(staging.id);
  } catch {
    // Left for the next clean-up (`dropAbandoned`), once the lock is let go.
  } finally {
    staging.release();
  }
}

/** Drops a job, and what it staged. */
function dropJob(id: number): void {
  const job = jobs.get(id);
  jobs.delete(id);
  if (job?.staging) void dropStaging(job.staging);
}
const jobs = new Map<number, Job>();
/** Official tables read and waiting for their mapping, by job. */
const officialJobs = new Map<number, HeldTable>();

/** Every sheet of an .xlsx; the reader's code is loaded with the first workbook picked. */
async function readWorkbook(bytes: Uint8Array, fileName: string) {
  const { default: readXlsx } = await import('read-excel-file/web-worker');
  try {
    // Numbers kept as written, so figures read exactly as in the sheet.
    return await readXlsx(bytes.slice().buffer, { parseNumber: (text: string) => text });
  } catch (error) {
    throw new OfficialFileError(
      `${fileName} could not be read as an Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Claims of recently stored or compared datasets: a few only, each can be a million claims. */
const cache = new LruCache<string, Claim[]>(3);

let storePromise: Promise<ClaimStore> | undefined;
function store(): Promise<ClaimStore> {
  storePromise ??= openDexieStore().then((opened) => {
    // Claims staged by a tab closed before its Import: nothing will publish them.
    if (locks)
      void opened.staging
        ?.dropAbandoned(async () => {
          const { held = [] } = await locks.query();
          return new Set(held.map((lock) => lock.name ?? ''));
        })
        .catch(() => undefined);
    return opened;
  });
  return storePromise;
}

let view: DiffView | undefined;
/** A diff worked out ahead, and which version of its base it was made against. */
interface Prepared {
  view: DiffView;
  baseStamp: string;
}
/** Diffs worked out ahead, by base and other dataset id; used once. */
const prepared = new Map<string, Promise<Prepared | null>>();

/** Changes when a dataset is replaced (the baseline, when a new build ships another claims.csv). */
async function stampOf(id: string): Promise<string> {
  const meta = await (await store()).getDataset(id);
  return meta ? `${meta.createdAt}\u0000${meta.hash}` : '';
}

/**
 * Diffs a read job against the baseline in slices that let other messages in: an Import clicked
 * meanwhile starts writing at once, and the browser's writing overlaps this diffing.
 */
async function diffWithBaseline(job: Job): Promise<Prepared | null> {
  try {
    const baseStamp = await stampOf(BASELINE_ID);
    const baseline = await (await store()).loadDatasetClaims(BASELINE_ID);
    const result = await diffClaimsInSlices(baseline, job.claims, pauseEvery(20));
    return { view: new DiffView(result), baseStamp };
  } catch {
    // No storage here (the page runs from memory) or no baseline: the comparison is made on request.
    return null;
  }
}

/** Reads a file as job `id`, keeping its valid claims here; null when cancelled. */
async function read(
  id: number,
  file: Blob,
  encoding: Encoding | undefined,
  event: OnJobEvent,
): Promise<ParseResult | null> {
  const job: Job = { claims: [], cancelled: false };
  jobs.set(id, job);
  const sniffed = sniffBytes(new Uint8Array(await file.arrayBuffer()), encoding);
  event({
    type: 'sniffed',
    job: id,
    sniffed: {
      encoding: sniffed.detected.encoding,
      encodingReason: sniffed.detected.reason,
      bom: sniffed.detected.bom,
      delimiter: sniffed.delimiter,
      decimalComma: sniffed.decimalComma,
      preview: sniffed.preview,
    },
  });
  const problems: CsvProblem[] = [];
  // Lets queued messages (a Cancel, an Import) in after every ~50 ms of reading.
  const breather = pauseEvery(50);
  const summary = await readClaimsTextPausable(
    sniffed.text,
    { delimiter: sniffed.delimiter, decimalComma: sniffed.decimalComma },
    async (chunk) => {
      for (const claim of chunk.claims) job.claims.push(claim);
      for (const problem of chunk.problems) problems.push(problem);
      event({
        type: 'progress',
        job: id,
        progress: chunk.progress,
        validRows: job.claims.length,
      });
      await breather();
      return !job.cancelled;
    },
  );
  if (!summary || job.cancelled) {
    jobs.delete(id);
    return null;
  }
  // Storing and comparing with the baseline are what usually follow: both are done now, after
  // the reply, while the user reads the preview, so that an Import only has to add the dataset's
  // record and the comparison appears at once. Only a file without problems is written ahead:
  // the user may not want a file with problems (and nothing of it is stored unless they say so).
  if (summary.validCount > 0)
    job.againstBaseline = new Promise((resolve) =>
      setTimeout(() => {
        if (summary.problemCount === 0 && jobs.get(id) === job) job.staging = startStaging(job);
        // One after the other: the Import waits for the first, the comparison for the second.
        resolve((job.staging?.done ?? Promise.resolve()).then(() => diffWithBaseline(job)));
      }, 0),
    );
  return { summary, problems };
}

/**
 * Stores a read job as a dataset: by publishing what was staged while the user read the preview
 * (after waiting for the rest of it), or, where nothing could be staged, all in one transaction.
 */
async function saveJob(
  job: Job,
  dataset: NewDataset,
  onProgress: (written: number, total: number) => void,
): Promise<DatasetMeta> {
  const claimStore = await store();
  const staging = job.staging;
  if (staging && claimStore.staging) {
    staging.onWritten = (written) => onProgress(written, job.claims.length);
    if (await staging.done) {
      try {
        return await claimStore.staging.publish(staging.id, dataset, job.claims, { onProgress });
      } catch (error) {
        job.staging = undefined;
        await dropStaging(staging); // nothing of it stays: the user may try again
        throw error;
      } finally {
        staging.release();
      }
    }
    job.staging = undefined;
    await dropStaging(staging);
  }
  return claimStore.saveDataset(dataset, job.claims, { onProgress });
}

const api: DataApi = {
  warm() {
    void store().catch(() => undefined); // opened now, so the first save does not wait for it
  },
  cancel(id) {
    const job = jobs.get(id);
    if (job) job.cancelled = true;
  },
  discard(id) {
    dropJob(id);
    officialJobs.delete(id);
  },
  forget(datasetId) {
    cache.delete(datasetId);
  },

  async parse({ job: id, file, encoding }, onEvent) {
    const { send: event, release } = eventSender(onEvent);
    try {
      return await read(id, file, encoding, event);
    } finally {
      release();
    }
  },

  async save({ job: id, dataset }, onEvent) {
    const { send, release } = eventSender(onEvent);
    try {
      const job = jobs.get(id);
      if (!job) throw new Error('This upload is no longer held; read the file again.');
      const onProgress = (written: number, total: number) =>
        send({ type: 'stored', job: id, written, total });
      const meta = await saveJob(job, dataset, onProgress);
      jobs.delete(id);
      cache.set(meta.id, job.claims);
      if (job.againstBaseline) prepared.set(`${BASELINE_ID}\u0000${meta.id}`, job.againstBaseline);
      return meta;
    } finally {
      release();
    }
  },

  async take({ job: id }) {
    const job = jobs.get(id);
    if (!job) throw new Error('This upload is no longer held; read the file again.');
    dropJob(id);
    return job.claims;
  },

  async compare({ baseId, otherId }) {
    const ready = await prepared.get(`${baseId}\u0000${otherId}`);
    prepared.clear();
    if (ready && ready.baseStamp === (await stampOf(baseId))) {
      view = ready.view;
      return view.overview();
    }
    const load = async (id: string) => {
      const cached = cache.get(id);
      if (cached) return cached;
      const claims = await (await store()).loadDatasetClaims(id);
      cache.set(id, claims);
      return claims;
    };
    const [base, other] = await Promise.all([load(baseId), load(otherId)]);
    view = new DiffView(diffClaims(base, other));
    return view.overview();
  },

  async page({ query }) {
    return currentView().page(query);
  },

  async metric({ metric }) {
    return currentView().metric(metric);
  },

  async exportDiff() {
    return diffToCsv(currentView().entries());
  },

  async readOfficial({ job, file, fileName, roles, sheet }) {
    let table = officialJobs.get(job);
    if (!table || table.fileName !== fileName || (sheet && sheet !== table.sheet)) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const kind = fileProblem(fileName, bytes.length, bytes.subarray(0, 8));
      if ('problem' in kind) throw new OfficialFileError(kind.problem);
      table =
        kind.kind === 'xlsx'
          ? holdWorkbook(await readWorkbook(bytes, fileName), fileName, sheet)
          : holdText(bytes, fileName);
    }
    if (roles) table = rehold(table, roles);
    officialJobs.set(job, table);
    const read = summarize(table);
    // Suggested here, not on the page: a WDI bulk file has some 1,500 indicators to match.
    return {
      ...previewOf(table, read),
      suggested: defaultChoices(read.indicators, metricCatalogue()),
    };
  },

  async officialValues({ job, choices }) {
    const table = officialJobs.get(job);
    if (!table) throw new Error('This table is no longer held; read the file again.');
    return valuesOf(table, choices);
  },

  async saveOfficial({ job, choices, dataset }) {
    const table = officialJobs.get(job);
    if (!table) throw new Error('This table is no longer held; read the file again.');
    const values = valuesOf(table, choices);
    if (values.length === 0) throw new Error('the mapped indicators have no figures');
    const meta = await (await store()).official.save(dataset, values);
    officialJobs.delete(job);
    return meta;
  },

  async exportDataset({ datasetId }) {
    const claims = cache.get(datasetId) ?? (await (await store()).loadDatasetClaims(datasetId));
    return claimsToCsv(claims);
  },
};

function currentView(): DiffView {
  if (!view) throw new Error('No comparison has been made yet.');
  return view;
}

expose(api);
