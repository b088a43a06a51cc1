/**
 * A Word document's text through mammoth, which the caller loads and hands over: this module
 * imports no file or DOM code, so the browser's worker and the CLI share it.
 */
import { DocumentError } from './formats.ts';

/** The part of mammoth this module uses. */
export interface Mammoth {
  // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`: both are passed
  extractRawText(input: never): Promise<{ value: string }>;
}

/**
 * The text of a .docx, one paragraph per line (mammoth separates paragraphs with a blank line).
 * Throws `DocumentError` naming the file when it is damaged or holds no text.
 */
export async function readDocx(
  mammoth: Mammoth,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  let raw: string;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    raw = (await mammoth.extractRawText({ arrayBuffer: buffer, buffer } as never)).value;
  } catch (error) {
    throw new DocumentError(
      `${fileName} could not be read as a Word document (${(error as Error).message}): it may be damaged, or encrypted with a password.`,
    );
  }
  const text = raw
    .split(/\n+/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  if (!text) throw new DocumentError(`${fileName} holds no text.`);
  return text;
}
