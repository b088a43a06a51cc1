/**
 * The page's side of the data worker: one worker for the page, started when the upload or
 * compare code first needs it, called through Comlink; job events reach a callback per call.
 */
import { proxy, wrap, type Remote } from 'comlink';
import DataWorker from './data.worker.ts?worker';
import { rebuildError } from './error-transfer.ts';
import type { DatasetMeta, NewDataset } from '../db/index.ts';
import type { Encoding } from '../lib/upload/decode.ts';
import type {
  DataApi,
  JobEvent,
  OnJobEvent,
  ParseResult,
  Requests,
  RequestType,
  Sniffed,
} from './data-protocol.ts';

export type { Sniffed, ParseResult } from './data-protocol.ts';

interface JobListener {
  onSniffed?: (sniffed: Sniffed) => void;
  onProgress?: (progress: number, validRows: number) => void;
  onStored?: (written: number, total: number) => void;
}

let remote: Remote<DataApi> | undefined;
/** Calls in flight, failed at once if the worker dies (Comlink would wait for ever). */
const inFlight = new Set<(error: Error) => void>();

function start(): Remote<DataApi> {
  if (remote) return remote;
  const worker = new DataWorker();
  worker.addEventListener('error', (event) => {
    const error = new Error(`The data worker stopped: ${event.message || 'unknown error'}`);
    for (const fail of inFlight) fail(error);
    inFlight.clear();
    remote = undefined;
  });
  remote = wrap<DataApi>(worker);
  return remote;
}

export function request<K extends RequestType>(
  type: K,
  args: Requests[K]['args'],
  onEvent?: OnJobEvent,
): Promise<Requests[K]['result']> {
  const call = start()[type] as unknown as (
    args: Requests[K]['args'],
    onEvent?: OnJobEvent,
  ) => Promise<Requests[K]['result']>;
  return new Promise((resolve, reject) => {
    inFlight.add(reject);
    call(args, onEvent)
      .then(resolve, (error: unknown) =>
        reject(
          rebuildError(error instanceof Error ? error : { name: 'Error', message: `${error}` }),
        ),
      )
      .finally(() => inFlight.delete(reject));
  });
}

/** One job's events, as a callback the worker can call back. */
function listen(listener: JobListener) {
  return proxy((event: JobEvent) => {
    if (event.type === 'sniffed') listener.onSniffed?.(event.sniffed);
    else if (event.type === 'progress') listener.onProgress?.(event.progress, event.validRows);
    else listener.onStored?.(event.written, event.total);
  });
}

let nextJob = 1;

/** A job id for requests that hold something in the worker (an official table being mapped). */
export function newJob(): number {
  return nextJob++;
}

/** Starts reading a file in the worker; `done` resolves null when the job is cancelled. */
export function parseFile(
  file: Blob,
  options: { encoding?: Encoding } & JobListener,
): { job: number; done: Promise<ParseResult | null> } {
  const job = nextJob++;
  const done = request('parse', { job, file, encoding: options.encoding }, listen(options));
  return { job, done };
}

/** Starts the worker and its database connection ahead of the first file (the upload view opens). */
export function warmUp(): void {
  void start().warm();
}

/** Stores a read job as a dataset; `onStored` follows the write. */
export function saveJob(
  job: number,
  dataset: NewDataset,
  onStored: (written: number, total: number) => void,
): Promise<DatasetMeta> {
  return request('save', { job, dataset }, listen({ onStored }));
}

export const cancelJob = (job: number) => void remote?.cancel(job);
export const discardJob = (job: number) => void remote?.discard(job);
export const forgetDataset = (datasetId: string) => void remote?.forget(datasetId);
