/**
 * Reads a number as a person writes it in a CSV cell.
 *
 * @example parseNumber('1,234') // 1234
 * @example parseNumber('1e3') // 1000
 * @example parseNumber('+1.5') // 1.5
 * @example parseNumber('3,5', { decimalComma: true }) // 3.5
 * @example parseNumber('NaN') // null
 */
export function parseNumber(raw: string, options: { decimalComma?: boolean } = {}): number | null {
  let text = raw.trim().replace(/[\u00a0\u202f ]/g, ' ');
  if (text === '') return null;
  if (options.decimalComma) {
    // "1 234,5" or "1.234,5": spaces and dots group thousands, the comma is the decimal mark.
    if (!/^[+-]?(\d{1,3}([ .]\d{3})+|\d+)(,\d+)?([eE][+-]?\d+)?$/.test(text)) return null;
    text = text.replace(/[ .]/g, '').replace(',', '.');
  } else {
    // "1,234.5" or "1 234.5": commas and spaces group thousands in threes.
    if (!/^[+-]?(\d{1,3}([, ]\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return null;
    if (!/\d/.test(text)) return null;
    text = text.replace(/[, ]/g, '');
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  // "-0" is zero to a reader; keep it from printing as "-0" later.
  return Object.is(value, -0) ? 0 : value;
}
