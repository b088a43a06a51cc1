/**
 * A fast 53-bit string hash (cyrb53), used to tell whether the shipped `claims.csv` changed.
 * Not cryptographic: it only has to notice edits, and it runs where `crypto.subtle` does not
 * (plain-http hosts).
 *
 * @example contentHash('a,b\n1,2\n') // 'h1d1f2a…-9' (hex hash, then the length)
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `h${value.toString(16)}-${text.length}`;
}
