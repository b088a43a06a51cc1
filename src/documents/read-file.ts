/**
 * Reads a document the analyst dropped, picked or pasted, in the browser: its text (one
 * paragraph per line) and the details it gives about itself. Each format's library is loaded
 * only when a file of that format arrives:
 *   .html: the browser's DOMParser (no script runs, nothing is fetched), then Readability;
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
    const { readHtml } = await import('./read-html.ts');
    const { text, meta } = readHtml(decodeDocumentText(bytes));
    if (!text.trim()) throw new DocumentError(`${file.name} shows no text.`);
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
  const { readDocxInWorker } = await import('../workers/extract-client.ts');
  const text = await readDocxInWorker(file.name, bytes);
  return { ...read, text, meta: { ...emptyMeta(), title: fallbackTitle } };
}
