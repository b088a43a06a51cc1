/**
 * Bytes of a text document (.txt, .html) as text, in the browser and the CLI alike: the encoding
 * found as uploads find it (BOM, valid UTF-8, else Windows-1251 or -1252), line ends as `\n`.
 */
import { decodeBytes, detectEncoding } from '../upload/decode.ts';

export function decodeDocumentText(bytes: Uint8Array): string {
  return decodeBytes(bytes, detectEncoding(bytes).encoding).replace(/\r\n?/g, '\n');
}
