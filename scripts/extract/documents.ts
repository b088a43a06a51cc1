/**
 * Documents other than .txt for the CLI: saved web pages, PDFs and Word files, read by the very
 * readers the browser uses (src/lib/documents) with the same libraries, loaded in Node only when
 * a file of that format is in the folder: linkedom parses saved pages (as in the browser's
 * extraction worker), pdf.js runs its Node build, mammoth its Node build. The caller reads the bytes (io.ts).
 */
import { checkDocumentBytes, documentFormat } from '../../src/lib/documents/formats.ts';
import { readDocx, type Mammoth } from '../../src/lib/documents/docx.ts';
import { readSavedPage } from '../../src/lib/documents/html.ts';
import { emptyMeta, type DocumentMeta } from '../../src/lib/documents/meta.ts';
import { readPdf } from '../../src/lib/documents/pdf.ts';

/** The formats read here; `.txt` keeps its own reader in io.ts. */
export const RICH_DOCUMENT = /\.(html?|xhtml|pdf|docx)$/i;

/** A document's id: its file name without the extension, as for .txt files. */
export function documentId(file: string): string {
  return file.replace(/\.(txt|html?|xhtml|pdf|docx)$/i, '');
}

export type RichRead =
  { ok: true; text: string; meta: DocumentMeta } | { ok: false; reason: string };

/** Why a file cannot be read, without the file name the CLI prints before it. */
function reasonOf(fileName: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(fileName)
    ? message
        .slice(fileName.length)
        .replace(/^:?\s*/, '')
        .replace(/\.$/, '')
    : message;
}

export async function readRichDocument(fileName: string, bytes: Uint8Array): Promise<RichRead> {
  try {
    const format = documentFormat(fileName);
    checkDocumentBytes(fileName, format, bytes);
    if (format === 'html') {
      const { parseHTML } = await import('linkedom');
      const read = readSavedPage(fileName, bytes, (html) => parseHTML(html).document);
      return { ok: true, ...read };
    }
    if (format === 'pdf') {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const read = await readPdf(pdfjs, fileName, bytes);
      return { ok: true, text: read.text, meta: read.meta };
    }
    if (format === 'docx') {
      const mammoth = (await import('mammoth')) as unknown as Mammoth & { default?: Mammoth };
      const text = await readDocx(mammoth.default ?? mammoth, fileName, bytes);
      return { ok: true, text, meta: emptyMeta() };
    }
    return { ok: false, reason: 'is not a .html, .pdf or .docx document' };
  } catch (error) {
    return { ok: false, reason: reasonOf(fileName, error) };
  }
}
