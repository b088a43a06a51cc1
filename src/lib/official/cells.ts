/**
 * Cells of official tables as statistics offices write them: A1 names, years in headers
 * ("2023", "2023 [YR2023]"), values with group separators or decimal commas, and the markers
 * offices use for "no data" ("..", "n/a", "-").
 */

/**
 * The spreadsheet name of a cell, from 0-based row and column.
 * @example cellName(0, 0) // 'A1'
 * @example cellName(6, 27) // 'AB7'
 */
export function cellName(row: number, column: number): string {
  let letters = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * The year a header cell names, or null.
 * @example headerYear('2023') // '2023'
 * @example headerYear('2023 [YR2023]') // '2023'
 * @example headerYear('2023*') // '2023'
 * @example headerYear('Country Name') // null
 */
export function headerYear(cell: string): string | null {
  const match = /^\s*((?:19|20)\d{2})(?:\.0)?\s*(?:\[YR\d{4}\]|\*+|г\.?|год|year)?\s*$/i.exec(cell);
  return match ? match[1]! : null;
}

/** Cells statistics offices write where a figure is missing or not applicable. */
const MISSING = new Set(['', '..', '...', '…', 'n/a', 'na', 'n.a.', '-', '--', '—', '–', 'x', ':']);

const PLAIN = /^-?\d+(\.\d+)?$/;

export type CellValue =
  | { kind: 'number'; value: number; decimalComma: boolean }
  | { kind: 'missing'; marker: string }
  | { kind: 'invalid' };

/**
 * Reads a value cell. Commas are read as group separators when every group after one has three
 * digits ("1,234"), as the decimal mark otherwise ("1 234,5", "12,5"); `decimalComma` forces
 * the latter (semicolon-separated files).
 * @example readCell('1 234,5') // { kind: 'number', value: 1234.5, decimalComma: true }
 * @example readCell('1,234.5') // { kind: 'number', value: 1234.5, decimalComma: false }
 * @example readCell('..') // { kind: 'missing', marker: '..' }
 */
export function readCell(raw: string, decimalComma = false): CellValue {
  // Most cells of a big table are plain figures: read them without the general path's work.
  if (PLAIN.test(raw) && !(decimalComma && raw.includes('.'))) {
    const value = Number(raw);
    return { kind: 'number', value: value === 0 ? 0 : value, decimalComma: false };
  }
  const text = raw.trim().replace(/[\u00a0\u202f\u2009]/g, ' ');
  if (MISSING.has(text.toLowerCase())) return { kind: 'missing', marker: text };
  const sign = text.replace(/^[−–]/, '-');
  let normal: string | null = null;
  let comma = false;
  const commaForm = /^[+-]?(\d{1,3}([ .]\d{3})+|\d+)(,\d+)?$/;
  if (decimalComma && commaForm.test(sign)) {
    normal = sign.replace(/[ .]/g, '').replace(',', '.');
    comma = sign.includes(',');
  } else if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(sign)) normal = sign;
  else if (!decimalComma && /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(sign))
    normal = sign.replace(/,/g, '');
  else if (/^[+-]?\d{1,3}( \d{3})+(\.\d+)?$/.test(sign) && !decimalComma)
    normal = sign.replace(/ /g, '');
  else if (commaForm.test(sign)) {
    normal = sign.replace(/[ .]/g, '').replace(',', '.');
    comma = sign.includes(',');
  }
  if (normal === null) return { kind: 'invalid' };
  const value = Number(normal);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, decimalComma: comma };
}
