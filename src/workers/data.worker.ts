/// <reference lib="webworker" />
/**
 * The data worker: reads uploads (decode, sniff, validate), stores them, compares datasets and
 * answers page-sized questions about the comparison, so a million-row upload never crosses to
 * the page. (PapaParse's own `worker: true` does not survive a Vite 8 build, hence our module.)
 */
import { BASELINE_ID, openDexieStore, type ClaimStore } from '../db/index.ts';
import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/claims-csv.ts';
import { claimsToCsv, diffToCsv } from '../lib/csv-export.ts';
import { diffClaims, diffClaimsInSlices } from '../lib/diff.ts';
import { DiffView } from '../lib/diff-view.ts';
import { readClaimsTextPausable, sniffBytes } from '../lib/upload/read-claims.ts';
import { transferError } from './error-transfer.ts';
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
import type { JobEvent, Request, Requests, WorkerInput, WorkerOutput } from './data-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerOutput) => scope.postMessage(message);

interface Job {
  claims: Claim[];
  cancelled: boolean;
  /** The diff against the baseline, worked out while the user looks at the preview. */
  againstBaseline?: Promise<Prepared | null>;
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
const cache = new Map<string, Claim[]>();
function remember(id: string, claims: Claim[]): void {
  cache.delete(id);
  cache.set(id, claims);
  while (cache.size > 3) cache.delete(cache.keys().next().value!);
}

let storePromise: Promise<ClaimStore> | undefined;
function store(): Promise<ClaimStore> {
  storePromise ??= openDexieStore();
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
    let since = performance.now();
    const result = await diffClaimsInSlices(baseline, job.claims, async () => {
      if (performance.now() - since < 20) return;
      await yieldToMessages();
      since = performance.now();
    });
    return { view: new DiffView(result), baseStamp };
  } catch {
    // No storage here (the page runs from memory) or no baseline: the comparison is made on request.
    return null;
  }
}

/**
 * Lets queued messages (a cancel, an Import) in. A message round trip, unlike nested setTimeout,
 * is not clamped to 4 ms, and it still comes after messages already waiting.
 */
const yieldChannel = new MessageChannel();
const yieldWaiters: (() => void)[] = [];
yieldChannel.port1.onmessage = () => yieldWaiters.shift()?.();
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    yieldWaiters.push(resolve);
    yieldChannel.port2.postMessage(null);
  });
}

/** Yields after ~50 ms of work. */
let lastBreak = 0;
async function breather(): Promise<void> {
  if (performance.now() - lastBreak < 50) return;
  await yieldToMessages();
  lastBreak = performance.now();
}

type Handlers = {
  [K in keyof Requests]: (args: Requests[K]['args']) => Promise<Requests[K]['result']>;
};

const handlers: Handlers = {
  async parse({ job: id, file, encoding }) {
    const job: Job = { claims: [], cancelled: false };
    jobs.set(id, job);
    const sniffed = sniffBytes(new Uint8Array(await file.arrayBuffer()), encoding);
    const event = (message: JobEvent) => post(message);
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
    lastBreak = performance.now();
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
    // Comparing with the baseline is what usually follows an import: work it out now, after the
    // reply, while the user reads the preview, so the comparison appears as soon as it is stored.
    if (summary.validCount > 0)
      job.againstBaseline = new Promise((resolve) =>
        setTimeout(() => resolve(diffWithBaseline(job)), 0),
      );
    return { summary, problems };
  },

  async save({ job: id, dataset }) {
    const job = jobs.get(id);
    if (!job) throw new Error('This upload is no longer held; read the file again.');
    const meta = await (
      await store()
    ).saveDataset(dataset, job.claims, {
      onProgress: (written, total) => post({ type: 'stored', job: id, written, total }),
    });
    jobs.delete(id);
    remember(meta.id, job.claims);
    if (job.againstBaseline) prepared.set(`${BASELINE_ID}\u0000${meta.id}`, job.againstBaseline);
    return meta;
  },

  async take({ job: id }) {
    const job = jobs.get(id);
    if (!job) throw new Error('This upload is no longer held; read the file again.');
    jobs.delete(id);
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
      remember(id, claims);
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
    return previewOf(table, summarize(table));
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

scope.onmessage = async (event: MessageEvent<WorkerInput>) => {
  const message = event.data;
  switch (message.type) {
    case 'warm':
      void store().catch(() => undefined); // opened now, so the first save does not wait for it
      return;
    case 'cancel': {
      const job = jobs.get(message.job);
      if (job) job.cancelled = true;
      return;
    }
    case 'discard':
      jobs.delete(message.job);
      officialJobs.delete(message.job);
      return;
    case 'forget':
      cache.delete(message.datasetId);
      return;
  }
  const request = message as Request;
  try {
    const handler = handlers[request.type] as (args: Request) => Promise<unknown>;
    post({ type: 'reply', id: request.id, ok: true, value: await handler(request) });
  } catch (error) {
    post({ type: 'reply', id: request.id, ok: false, error: transferError(error) });
  }
};
