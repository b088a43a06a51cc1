/**
 * pdf.js in the browser, with its parser in its own worker (started once, from our own origin).
 */
import * as pdfjs from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import { readPdf, type PdfRead, type ReadPdfOptions } from '../lib/documents/pdf.ts';

let port: Worker | undefined;

export function readPdfInBrowser(
  fileName: string,
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<PdfRead> {
  port ??= new PdfWorker();
  pdfjs.GlobalWorkerOptions.workerPort = port;
  return readPdf(pdfjs, fileName, bytes, options);
}
