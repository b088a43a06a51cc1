/**
 * Alphabetical order for labels and names, ignoring case, without `Intl`: `localeCompare` loads
 * ICU's collation data on first use (~10 ms in Chromium), on the way to the first chart. The same
 * order the claims table sorts by (lower-cased text, src/lib/claim-table.ts); ties in case fall
 * back to the text as written, so the order is total and stable across runs.
 * @example ['b', 'IT', 'a'].sort(compareText) // ['a', 'b', 'IT']
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
