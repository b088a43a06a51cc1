/**
 * Reading text a code unit at a time, for the extractor's hottest loops. Pure.
 */

/**
 * The code unit at `index`, or -1 outside the text, where `charCodeAt` returns NaN. Re-measured on
 * 6 December 2026: with plain `charCodeAt` instead, one function (the catalogue's `tokenize`) was
 * deoptimised once per thread and the extractor's CPU time did not change beyond noise (0.98-1.04×,
 * medians of 5 and 9 interleaved runs on 4 MB); kept for the -1, which callers compare more plainly.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

/** What `\s` (and so `trim`) counts as white space, by code unit (-1, outside the text, is none). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The index of the first character at or after `at` that is not white space (the text's length if none is). */
export function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}
