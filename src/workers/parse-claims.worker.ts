/// <reference lib="webworker" />
/**
 * Decodes and validates an uploaded claims CSV off the main thread, posting valid claims and
 * problems chunk by chunk so the page can show progress. Cancel = the page terminates it.
 * (PapaParse's own `worker: true` does not survive a Vite 8 build, hence this module.)
 */
import { readClaimsText, sniffBytes } from '../lib/upload/read-claims.ts';
import type { ParseMessage, ParseRequest } from './parse-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ParseMessage) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  try {
    const bytes = new Uint8Array(await event.data.file.arrayBuffer());
    const sniffed = sniffBytes(bytes, event.data.encoding);
    post({
      type: 'sniffed',
      encoding: sniffed.detected.encoding,
      encodingReason: sniffed.detected.reason,
      bom: sniffed.detected.bom,
      delimiter: sniffed.delimiter,
      decimalComma: sniffed.decimalComma,
      preview: sniffed.preview,
    });
    const summary = readClaimsText(
      sniffed.text,
      // ~5,000 rows per message: each costs the page a few milliseconds to receive.
      { delimiter: sniffed.delimiter, decimalComma: sniffed.decimalComma, chunkSize: 1024 * 1024 },
      (chunk) => post({ type: 'chunk', ...chunk }),
    );
    post({ type: 'done', summary });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
