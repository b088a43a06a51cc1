/**
 * What a file that is not text is, from its first bytes, so an upload can say "this is a PNG image,
 * not a CSV" instead of decoding it as Windows-1252 and listing missing columns. Also finds UTF-16
 * without a byte-order mark from where its NUL bytes fall. Pure.
 */

interface Magic {
  bytes: readonly number[];
  what: string;
}

/** Signatures at the start of the file: https://en.wikipedia.org/wiki/List_of_file_signatures */
const SIGNATURES: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office file (.xls)' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
];

const ZIP = [0x50, 0x4b]; // "PK", then 03 04, 05 06 (empty) or 07 08

/** How many bytes from the start are looked at: enough for the first names inside a zip. */
const LOOK = 64 * 1024;

export type ByteKind =
  | { kind: 'text' }
  | { kind: 'utf-16le' | 'utf-16be'; reason: string }
  | { kind: 'binary'; what: string };

/**
 * @example recogniseBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
 *   // { kind: 'binary', what: 'a PNG image' }
 * @example recogniseBytes(new TextEncoder().encode('metric,value')) // { kind: 'text' }
 */
export function recogniseBytes(bytes: Uint8Array): ByteKind {
  const startsWith = (magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);
  for (const { bytes: magic, what } of SIGNATURES)
    if (startsWith(magic)) return { kind: 'binary', what };
  if (startsWith(ZIP) && [3, 5, 7].includes(bytes[2] ?? 0) && bytes[3] === (bytes[2] ?? 0) + 1)
    return { kind: 'binary', what: zipContents(bytes) };
  // a byte-order mark settles UTF-16 before any NUL counting
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { kind: 'text' };
  const end = Math.min(bytes.length, LOOK);
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  const pairs = Math.max(1, Math.floor(end / 2));
  // Latin text in UTF-16 has a NUL in every other byte: the high byte of each character. Cyrillic
  // has none there (0x04), so only mostly-Latin files are found; a CSV header always is.
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02)
    return { kind: 'utf-16le', reason: 'no byte-order mark; NUL bytes in every other place (LE)' };
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02)
    return { kind: 'utf-16be', reason: 'no byte-order mark; NUL bytes in every other place (BE)' };
  // random bytes: about one in ten is a NUL or control character; text has next to none
  if (evenNul + oddNul + control > Math.max(8, end * 0.01))
    return { kind: 'binary', what: 'binary data (it has bytes no text file has)' };
  return { kind: 'text' };
}

/** An .xlsx, .docx or .ods is a zip: the names of the first entries say which. */
function zipContents(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, LOOK));
  if (head.includes('xl/')) return 'an Excel workbook (.xlsx, a ZIP archive)';
  if (head.includes('word/')) return 'a Word document (.docx, a ZIP archive)';
  if (head.includes('opendocument.spreadsheet'))
    return 'an OpenDocument spreadsheet (.ods, a ZIP archive)';
  return 'a ZIP archive';
}

/**
 * The sentence shown when an upload is not text.
 *
 * @example notTextMessage('claims.csv', 'a PNG image')
 *   // 'claims.csv is a PNG image, not a CSV text file. …'
 */
export function notTextMessage(name: string, what: string): string {
  return (
    `${name} is ${what}, not a CSV text file. ` +
    'Save or export the data as CSV (comma, semicolon or tab separated) and upload that.'
  );
}

/** Thrown when an upload is not text; `message` says what it is ("a PNG image"). */
export class NotTextError extends Error {
  override name = 'NotTextError';
}
