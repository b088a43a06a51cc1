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
  // Most cells are plain ("42", "-3.25"): read without the regexes below, which a million-row
  // upload would run three times a row.
  if (isPlainDecimal(raw, !options.decimalComma)) {
    const value = Number(raw);
    if (!Number.isFinite(value)) return null;
    return value === 0 ? 0 : value;
  }
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

/**
 * Whether `text` is digits with an optional leading `-` and, when `point` is allowed, one `.`
 * between digits ("12", "-0.5"): a number every reading below agrees on, as `Number` reads it.
 */
function isPlainDecimal(text: string, point: boolean): boolean {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const start = i;
  let sawPoint = false;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    if (code !== 46 || !point || sawPoint || i === start || i === length - 1) return false;
    sawPoint = true;
  }
  return length > start;
}
