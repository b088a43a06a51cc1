/** Encodings an upload may come in; see `detectEncoding`. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'windows-1252': 'Windows-1252 (Western)',
};

export interface Detected {
  encoding: Encoding;
  /** Whether the bytes began with a byte-order mark (which decoding drops). */
  bom: boolean;
  /** Why this encoding was chosen, for the preview. */
  reason: string;
}

/**
 * Guesses how a file's bytes encode text: a BOM decides; otherwise valid UTF-8 is UTF-8;
 * otherwise bytes that are mostly Cyrillic letters in Windows-1251 (0xC0–0xFF, Ё ё, №), in
 * words of their own rather than inside Latin words, are Windows-1251, and anything else is read as Windows-1252.
 *
 * @example detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { encoding: 'utf-8', bom: true, … }
 * @example detectEncoding(new Uint8Array([0xcf, 0xf0, 0xe8])) // { encoding: 'windows-1251', … } ("При")
 */
export function detectEncoding(bytes: Uint8Array): Detected {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { encoding: 'utf-8', bom: true, reason: 'UTF-8 byte-order mark' };
  if (b0 === 0xff && b1 === 0xfe)
    return { encoding: 'utf-16le', bom: true, reason: 'UTF-16 LE byte-order mark' };
  if (b0 === 0xfe && b1 === 0xff)
    return { encoding: 'utf-16be', bom: true, reason: 'UTF-16 BE byte-order mark' };
  if (decodeUtf8Strict(bytes) !== null)
    return { encoding: 'utf-8', bom: false, reason: 'valid UTF-8' };
  let high = 0;
  let cyrillic = 0;
  // Latin accents (é, ô) sit inside words of ASCII letters; Cyrillic words are all high bytes.
  let besideLatin = 0;
  const isAsciiLetter = (byte: number | undefined) =>
    byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    high++;
    // А–я, Ё, ё, №.
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8 || byte === 0xb9) cyrillic++;
    if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1])) besideLatin++;
  }
  return cyrillic >= high * 0.8 && besideLatin < high * 0.3
    ? {
        encoding: 'windows-1251',
        bom: false,
        reason: 'not UTF-8; its letters read as Cyrillic in Windows-1251',
      }
    : {
        encoding: 'windows-1252',
        bom: false,
        reason: 'not UTF-8 and not Cyrillic; read as Windows-1252',
      };
}

/** The text when the bytes are valid UTF-8 (a BOM dropped), else null. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes bytes as text, dropping a BOM. */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(bytes);
}
