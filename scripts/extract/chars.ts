/**
 * Reading text a code unit at a time, for the extractor's hottest loops. Pure.
 */

/**
 * The code unit at `index`, or -1 outside the text. `charCodeAt` past the end returns NaN, and the
 * first time optimised code does that V8 throws the code away and compiles the whole function again
 * (measured: 50-150 ms per function and thread): a bounds check costs nothing by comparison.
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
