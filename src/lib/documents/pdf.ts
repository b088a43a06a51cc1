/**
 * A PDF's text and info through pdf.js, which the caller loads and hands over (the browser's
 * build with its own worker, or the Node build): this module imports no DOM, file or worker code.
 */
import type * as Pdfjs from 'pdfjs-dist';
import { DocumentError } from './formats.ts';
import { calendarDay, emptyMeta, oneLine, webUrl, type DocumentMeta } from './meta.ts';

/** The part of a pdf.js text item this module reads. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y]: `y` (index 5) is the baseline's height on the page. */
  transform: number[];
  height: number;
}

/**
 * One page's text, one paragraph per line: pdf.js gives visual lines; a line joins the one
 * before it unless the gap between their baselines is well over a line's height (a new
 * paragraph) or the line is empty. A word broken by a hyphen at a line's end is joined.
 */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines: { text: string; y: number; height: number }[] = [];
  let text = '';
  let y = NaN;
  let height = 0;
  const endLine = () => {
    lines.push({ text: text.replace(/\s+/g, ' ').trim(), y, height });
    text = '';
    y = NaN;
    height = 0;
  };
  for (const item of items) {
    if (Number.isNaN(y) && item.str.trim()) y = item.transform[5] ?? NaN;
    height = Math.max(height, item.height);
    text += item.str;
    if (item.hasEOL) endLine();
  }
  endLine();
  const paragraphs: string[] = [];
  let current = '';
  let previous: { y: number; height: number } | undefined;
  for (const line of lines) {
    if (!line.text) {
      if (current) paragraphs.push(current);
      current = '';
      previous = undefined;
      continue;
    }
    const gap = previous ? Math.abs(previous.y - line.y) : 0;
    const newParagraph =
      !previous ||
      Number.isNaN(gap) ||
      gap > 1.6 * Math.max(Math.min(previous.height, line.height), 1);
    if (newParagraph) {
      if (current) paragraphs.push(current);
      current = line.text;
    } else if (/[A-Za-z]-$/.test(current) && /^[a-z]/.test(line.text)) {
      current = current.slice(0, -1) + line.text;
    } else current += ` ${line.text}`;
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

/**
 * A PDF date (`D:20250314093000+05'00'`) as the day it names, or ''.
 * @example pdfDate("D:20250314093000+05'00'") // '2025-03-14'
 */
export function pdfDate(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const match = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(raw.trim());
  return match ? calendarDay(match[1]!, match[2]!, match[3]!) : '';
}

/** Title, author (as the outlet: a report's author is usually its publisher) and creation date. */
export function pdfMetadata(info: unknown): DocumentMeta {
  const record = (info ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? oneLine(record[key]) : '');
  const meta = emptyMeta();
  meta.title = text('Title');
  meta.outlet = text('Author');
  meta.url = webUrl(text('URL'));
  meta.published = pdfDate(record['CreationDate']);
  return meta;
}

export interface ReadPdfOptions {
  /** Called after each page is read: pages done, pages in all. */
  onPage?: (done: number, total: number) => void;
  /** Aborting stops reading at the next page and destroys the document. */
  signal?: AbortSignal;
}

export interface PdfRead {
  text: string;
  meta: DocumentMeta;
  pages: number;
}

/** Fewer visible characters than this per page, on average, means no text layer (a scan). */
const MIN_CHARACTERS_PER_PAGE = 16;

/**
 * Reads every page's text and the document's info. Throws `DocumentError` naming the file for an
 * encrypted, damaged or scanned (no text layer) PDF, and `signal.reason` when aborted.
 */
export async function readPdf(
  pdfjs: Pick<typeof Pdfjs, 'getDocument'>,
  fileName: string,
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<PdfRead> {
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: a copy leaves the caller's bytes intact.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // errors only: a missing standard font matters for drawing, not for the text read here
    verbosity: 0,
  });
  const signal = options.signal;
  // pdf.js may leave a pending request unsettled when its document is destroyed: every wait
  // also ends when the signal aborts, and the document is destroyed then.
  let aborted: Promise<never> | undefined;
  if (signal) {
    aborted = new Promise<never>((_, reject) => {
      const stop = () => {
        void task.destroy();
        reject(signal.reason);
      };
      if (signal.aborted) stop();
      else signal.addEventListener('abort', stop, { once: true });
    });
    aborted.catch(() => {});
  }
  const until = <T>(promise: Promise<T>): Promise<T> =>
    aborted ? Promise.race([promise, aborted]) : promise;
  try {
    let pdf: Pdfjs.PDFDocumentProxy;
    try {
      pdf = await until(task.promise);
    } catch (error) {
      options.signal?.throwIfAborted();
      const name = (error as { name?: string }).name;
      if (name === 'PasswordException')
        throw new DocumentError(
          `${fileName} is encrypted with a password; Sandar cannot read it. Save an unprotected copy and add that.`,
        );
      throw new DocumentError(
        `${fileName} could not be read as a PDF (${(error as Error).message || name}): it may be damaged.`,
      );
    }
    const meta = pdfMetadata((await until(pdf.getMetadata()).catch(() => ({ info: {} }))).info);
    signal?.throwIfAborted();
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      options.signal?.throwIfAborted();
      const page = await until(pdf.getPage(number));
      const content = await until(page.getTextContent());
      const items: PdfTextItem[] = [];
      for (const item of content.items) if ('str' in item) items.push(item);
      pages.push(pageText(items));
      page.cleanup();
      options.onPage?.(number, pdf.numPages);
    }
    const text = pages.filter(Boolean).join('\n');
    if (text.replace(/\s/g, '').length < MIN_CHARACTERS_PER_PAGE * pdf.numPages)
      throw new DocumentError(
        `${fileName} has no text layer (${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}, little or no text): it is probably a scan. Run it through OCR elsewhere (for example OCRmyPDF or Adobe Acrobat) and add the searchable PDF.`,
      );
    return { text, meta, pages: pdf.numPages };
  } finally {
    void task.destroy();
  }
}
