/**
 * The page's side of the extraction worker: started when a document is first read, answered by
 * request id. `cancel()` ends the worker at once (a long extraction cannot be interrupted
 * otherwise); the next request starts a new one.
 */
import ExtractWorker from './extract.worker.ts?worker';
import type { Claim } from '../lib/claim.ts';
import type { DocumentMeta } from '../lib/documents/meta.ts';
import type { SourceMeta } from '../../scripts/extract/extract.ts';
import { rebuildError } from './error-transfer.ts';
import type { ExtractReply, ExtractRequest } from './extract-protocol.ts';

type Pending = { resolve: (reply: ExtractReply) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker {
  if (worker) return worker;
  const started = new ExtractWorker();
  started.onmessage = (event: MessageEvent<ExtractReply>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (!waiting) return;
    if (event.data.ok) waiting.resolve(event.data);
    else waiting.reject(rebuildError(event.data.error));
  };
  started.onerror = (event) => stop(new Error(`The extraction worker stopped: ${event.message}`));
  worker = started;
  return started;
}

function stop(reason: Error): void {
  worker?.terminate();
  worker = undefined;
  for (const waiting of pending.values()) waiting.reject(reason);
  pending.clear();
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask(request: WithoutId<ExtractRequest>, transfer: Transferable[] = []) {
  const target = start();
  const id = nextId++;
  return new Promise<ExtractReply>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({ ...request, id }, transfer);
  });
}

/** The claims the extractor finds in `text`, and how long it took in the worker. */
export async function extractInWorker(
  text: string,
  source: SourceMeta,
): Promise<{ claims: Claim[]; milliseconds: number }> {
  const reply = await ask({ type: 'extract', text, source });
  if (!reply.ok || reply.type !== 'extract') throw new Error('unexpected reply');
  return { claims: reply.claims, milliseconds: reply.milliseconds };
}

/** A .docx file's text, read in the worker with mammoth. The bytes are handed over (transferred). */
export async function readDocxInWorker(fileName: string, bytes: Uint8Array): Promise<string> {
  const reply = await ask({ type: 'docx', fileName, bytes }, [bytes.buffer]);
  if (!reply.ok || reply.type !== 'docx') throw new Error('unexpected reply');
  return reply.text;
}

/** A saved page's text and details, read in the worker with linkedom and Readability. */
export async function readHtmlInWorker(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ text: string; meta: DocumentMeta }> {
  const reply = await ask({ type: 'html', fileName, bytes }, [bytes.buffer]);
  if (!reply.ok || reply.type !== 'html') throw new Error('unexpected reply');
  return { text: reply.text, meta: reply.meta };
}

/** Stops whatever the worker is doing; pending requests reject with an `AbortError`. */
export function cancelExtraction(): void {
  stop(Object.assign(new Error('Cancelled'), { name: 'AbortError' }));
}
