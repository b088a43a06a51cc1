/// <reference lib="webworker" />
/**
 * The extraction worker: runs the extractor the CLI runs (`extractClaims` and the catalogue
 * parser from scripts/extract, with `data/metrics.csv`) on a document's text, reads .docx files
 * with mammoth and saved pages (.html) with linkedom and Readability, so none of them blocks the
 * page. Loaded only when a document is added; mammoth and linkedom only for their format.
 */
import { extractClaims } from '../../scripts/extract/extract.ts';
import { parseCatalogue, type MetricCatalogue } from '../../scripts/extract/catalogue.ts';
import catalogueText from '../../data/metrics.csv?raw';
import { DocumentError } from '../lib/documents/formats.ts';
import { readDocx } from '../lib/documents/docx.ts';
import { readSavedPage } from '../lib/documents/html.ts';
import { transferError } from './error-transfer.ts';
import type { ExtractReply, ExtractRequest } from './extract-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ExtractReply) => scope.postMessage(message);

let catalogue: MetricCatalogue | undefined;

scope.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'extract') {
      const started = performance.now();
      catalogue ??= parseCatalogue(catalogueText);
      const claims = extractClaims(request.text, request.source, catalogue);
      post({
        id: request.id,
        ok: true,
        type: 'extract',
        claims,
        milliseconds: performance.now() - started,
      });
    } else if (request.type === 'html') {
      // linkedom: a DOM in a worker, where there is no DOMParser; it runs no script and fetches
      // nothing, and the CLI reads saved pages with it too.
      const { parseHTML } = await import('linkedom');
      const { text, meta } = readSavedPage(
        request.fileName,
        request.bytes,
        (html) => parseHTML(html).document,
      );
      post({ id: request.id, ok: true, type: 'html', text, meta });
    } else {
      const mammoth = await import('mammoth');
      const text = await readDocx(mammoth, request.fileName, request.bytes);
      post({ id: request.id, ok: true, type: 'docx', text });
    }
  } catch (error) {
    post({
      id: request.id,
      ok: false,
      error: transferError(
        error instanceof DocumentError ? error : new Error(`${(error as Error).message ?? error}`),
      ),
    });
  }
};
