/**
 * Reads a document the analyst dropped, picked or pasted, in the browser: its text (one
 * paragraph per line) and the details it gives about itself. Each format's library is loaded
 * only when a file of that format arrives:
 *   .html: linkedom, then Readability, in the extraction worker (no script runs, nothing is
 *          fetched, and a large page's parsing never holds up the page);
 *   .pdf:  pdf.js, in its own worker;
 *   .docx: mammoth, in the extraction worker.
 */
import {
  checkDocumentBytes,
  documentFormat,
  documentSizeProblem,
  DocumentError,
  type DocumentFormat,
} from '../lib/documents/formats.ts';
import { emptyMeta, titleFromFileName, type DocumentMeta } from '../lib/documents/meta.ts';
import { decodeDocumentText } from '../lib/documents/text.ts';

export interface ReadDocument {
  fileName: string;
  format: DocumentFormat;
  text: string;
  /** As the file gives them; the analyst confirms or edits them. */
  meta: DocumentMeta;
  /** Pages, for a PDF. */
  pages?: number;
}

export interface ReadOptions {
  /** Progress of a long read (a PDF's pages): done of total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Throws `DocumentError` naming the file when it cannot be read. */
export async function readDocumentFile(
  file: File,
  options: ReadOptions = {},
): Promise<ReadDocument> {
  const format = documentFormat(file.name);
  const tooBig = documentSizeProblem(file.name, file.size);
  if (tooBig) throw new DocumentError(tooBig);
  const bytes = new Uint8Array(await file.arrayBuffer());
  options.signal?.throwIfAborted();
  checkDocumentBytes(file.name, format, bytes);
  const fallbackTitle = titleFromFileName(file.name);
  const read = { fileName: file.name, format };
  if (format === 'txt') {
    const text = decodeDocumentText(bytes);
    if (!text.trim()) throw new DocumentError(`${file.name} holds only white space.`);
    return { ...read, text, meta: { ...emptyMeta(), title: fallbackTitle } };
  }
  if (format === 'html') {
    const { text, meta } = await inWorker(options.signal, (worker) =>
      worker.readHtmlInWorker(file.name, bytes),
    );
    return { ...read, text, meta: { ...meta, title: meta.title || fallbackTitle } };
  }
  if (format === 'pdf') {
    const { readPdfInBrowser } = await import('./read-pdf.ts');
    const pdf = await readPdfInBrowser(file.name, bytes, {
      onPage: options.onProgress,
      signal: options.signal,
    });
    return {
      ...read,
      text: pdf.text,
      meta: { ...pdf.meta, title: pdf.meta.title || fallbackTitle },
      pages: pdf.pages,
    };
  }
  const text = await inWorker(options.signal, (worker) =>
    worker.readDocxInWorker(file.name, bytes),
  );
  return { ...read, text, meta: { ...emptyMeta(), title: fallbackTitle } };
}

type ExtractClient = typeof import('../workers/extract-client.ts');

/** A read in the extraction worker; aborting the signal stops the worker (an `AbortError`). */
async function inWorker<T>(
  signal: AbortSignal | undefined,
  read: (client: ExtractClient) => Promise<T>,
): Promise<T> {
  const client = await import('../workers/extract-client.ts');
  signal?.throwIfAborted();
  const stop = () => client.cancelExtraction();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await read(client);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
