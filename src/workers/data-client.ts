/**
 * The page's side of the data worker: one worker for the page, started when the upload or
 * compare code first needs it; requests answered by id; parse progress delivered per job.
 */
import DataWorker from './data.worker.ts?worker';
import { rebuildError } from './error-transfer.ts';
import type { DatasetMeta, NewDataset } from '../db/index.ts';
import type { Encoding } from '../lib/upload/decode.ts';
import type {
  JobEvent,
  Notice,
  ParseResult,
  Requests,
  RequestType,
  Sniffed,
  WorkerOutput,
} from './data-protocol.ts';

export type { Sniffed, ParseResult } from './data-protocol.ts';

interface JobListener {
  onSniffed?: (sniffed: Sniffed) => void;
  onProgress?: (progress: number, validRows: number) => void;
  onStored?: (written: number, total: number) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (value: unknown) => void; reject: (error: Error) => void }
>();
const listeners = new Map<number, JobListener>();

function start(): Worker {
  if (worker) return worker;
  const started = new DataWorker();
  started.onmessage = (event: MessageEvent<WorkerOutput>) => {
    const message = event.data;
    if (message.type === 'reply') {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (!waiting) return;
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(rebuildError(message.error));
      return;
    }
    onJobEvent(message);
  };
  started.onerror = (event) => {
    const error = new Error(`The data worker stopped: ${event.message || 'unknown error'}`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker = undefined;
  };
  worker = started;
  return started;
}

function onJobEvent(event: JobEvent): void {
  const listener = listeners.get(event.job);
  if (event.type === 'sniffed') listener?.onSniffed?.(event.sniffed);
  else if (event.type === 'progress') listener?.onProgress?.(event.progress, event.validRows);
  else listener?.onStored?.(event.written, event.total);
}

export function request<K extends RequestType>(
  type: K,
  args: Requests[K]['args'],
): Promise<Requests[K]['result']> {
  const target = start();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    target.postMessage({ id, type, ...args });
  });
}

function notify(notice: Notice): void {
  worker?.postMessage(notice);
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
  listeners.set(job, options);
  const done = request('parse', { job, file, encoding: options.encoding }).finally(() =>
    listeners.delete(job),
  );
  return { job, done };
}

/** Starts the worker and its database connection ahead of the first file (the upload view opens). */
export function warmUp(): void {
  start().postMessage({ type: 'warm' } satisfies Notice);
}

/** Stores a read job as a dataset; `onStored` follows the write. */
export async function saveJob(
  job: number,
  dataset: NewDataset,
  onStored: (written: number, total: number) => void,
): Promise<DatasetMeta> {
  listeners.set(job, { onStored });
  try {
    return await request('save', { job, dataset });
  } finally {
    listeners.delete(job);
  }
}

export const cancelJob = (job: number) => notify({ type: 'cancel', job });
export const discardJob = (job: number) => notify({ type: 'discard', job });
export const forgetDataset = (datasetId: string) => notify({ type: 'forget', datasetId });
