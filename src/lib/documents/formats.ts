/**
 * Which documents Sandar reads, and why a file is refused before or after its bytes are read.
 * Every message names the file. Pure: the caller reads the file and hands over its bytes.
 */
import { formatBytes } from '../upload/limits.ts';

export const DOCUMENT_FORMATS = ['txt', 'html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The extensions the file picker offers. */
export const DOCUMENT_ACCEPT = '.txt,.text,.md,.html,.htm,.xhtml,.pdf,.docx';

/**
 * The largest document read: 64 MiB. A 50-page report is a few MB as PDF and ~150 KB of text;
 * bigger files are refused before they are read, so the tab's memory is never at risk.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** A document that cannot be read: the message names the file and says what to do. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
}

const EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

/**
 * The format of a file from its name; throws `DocumentError` for formats Sandar does not read.
 * @example documentFormat('report.PDF') // 'pdf'
 */
export function documentFormat(fileName: string): DocumentFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[extension];
  if (format) return format;
  if (extension === 'doc')
    throw new DocumentError(
      `${fileName} is an old Word document (.doc), which Sandar cannot read: open it in Word or LibreOffice, save it as .docx or PDF, and add that file.`,
    );
  throw new DocumentError(
    `${fileName}: Sandar reads .txt, .html (a saved web page), .pdf and .docx documents${extension ? `, not .${extension}` : ''}.`,
  );
}

/** Why a file is refused from its size alone (before reading it), or null. */
export function documentSizeProblem(fileName: string, bytes: number): string | null {
  if (bytes === 0) return `${fileName} is empty: there is nothing to read.`;
  if (bytes > MAX_DOCUMENT_BYTES)
    return `${fileName} is ${formatBytes(bytes)}; documents over ${formatBytes(MAX_DOCUMENT_BYTES)} are refused. Split it, or save only the pages you need.`;
  return null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

/** `%PDF-`, which may follow a little junk (the format allows 1 KB of it). */
function pdfSignatureAt(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++)
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return i;
  return -1;
}

/** OLE2 compound file: old Word (.doc), Excel (.xls)… */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip file's first local header: .docx is a zip. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * Checks that the bytes are what the name says, throwing `DocumentError` otherwise: a `.pdf`
 * that is not a PDF, a `.docx` that is not a zip (or an old .doc renamed), a `.txt` or `.html`
 * holding binary data.
 */
export function checkDocumentBytes(fileName: string, format: DocumentFormat, bytes: Uint8Array) {
  const size = documentSizeProblem(fileName, bytes.length);
  if (size) throw new DocumentError(size);
  if (format === 'pdf') {
    if (pdfSignatureAt(bytes) === -1)
      throw new DocumentError(`${fileName} is not a PDF: it does not begin with "%PDF-".`);
    return;
  }
  if (format === 'docx') {
    if (startsWith(bytes, OLE))
      throw new DocumentError(
        `${fileName} is an old Word document (.doc) with a .docx name: save it as .docx or PDF in Word or LibreOffice and add that file.`,
      );
    if (!startsWith(bytes, ZIP))
      throw new DocumentError(`${fileName} is not a Word document (.docx): it is not a zip file.`);
    return;
  }
  if (looksBinary(bytes))
    throw new DocumentError(
      `${fileName} holds binary data, not text: check that it is the file you meant (a .${format} file should be readable in a text editor).`,
    );
}

/**
 * Binary rather than text: a NUL byte, or more than 1 in 10 control characters, in the first
 * 8 KB (UTF-16 with a byte-order mark is text, and has NULs).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const end = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control * 10 > end;
}
