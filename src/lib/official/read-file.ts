/**
 * From a file's bytes to the records of an official table: the checks that refuse a file before
 * reading it (old Excel, password-protected or oversized workbooks), then decoding and splitting.
 */
import Papa from 'papaparse';
import { sniffBytes } from '../upload/read-claims.ts';
import type { Encoding } from '../upload/decode.ts';
import { DELIMITERS, type Delimiter } from '../upload/delimiter.ts';
import { formatBytes, sizeProblem } from '../upload/limits.ts';

/** Workbooks over this are refused: unzipped, a 50 MB .xlsx holds several hundred MB of XML. */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export type FileKind = 'text' | 'xlsx';

/**
 * Why a file cannot be read as an official table, or null with its kind.
 * @param head the file's first bytes (8 are enough)
 * @example fileProblem('weo.xls', 1000, bytesOf(0xd0, 0xcf, 0x11, 0xe0)) // { problem: 'weo.xls is an old Excel workbook (.xls)…' }
 */
export function fileProblem(
  name: string,
  size: number,
  head: Uint8Array,
): { problem: string } | { kind: FileKind } {
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const lower = name.toLowerCase();
  if (ole && lower.endsWith('.xlsx'))
    return {
      problem: `${name} is a password-protected workbook: Sandar cannot open it. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again, or save the sheet as CSV.`,
    };
  if (ole || lower.endsWith('.xls'))
    return {
      problem: `${name} is an old Excel workbook (.xls), which Sandar does not read: open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
    };
  if (zip || lower.endsWith('.xlsx')) {
    if (size > MAX_WORKBOOK_BYTES)
      return {
        problem: `${name} is ${formatBytes(size)}; workbooks over ${formatBytes(MAX_WORKBOOK_BYTES)} are refused. Save the sheet you need as CSV, or delete the sheets you do not.`,
      };
    if (!zip)
      return { problem: `${name} is not an Excel workbook (.xlsx) although its name says so.` };
    return { kind: 'xlsx' };
  }
  const refused = sizeProblem(name, size);
  return refused ? { problem: refused } : { kind: 'text' };
}

/**
 * The delimiter used most over the first lines: official tables often open with a title line
 * that has none, so the header line alone does not tell.
 * @example tableDelimiter('Gross regional product\nRegion;2022;2023\nAbai;1 234,5;1 300,1') // ';'
 */
export function tableDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && i < 65_536 && lines < 20; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') lines++;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  let best: Delimiter = ',';
  for (const delimiter of DELIMITERS) if (counts[delimiter] > counts[best]) best = delimiter;
  return best;
}

export interface TableText {
  records: string[][];
  encoding: Encoding;
  delimiter: Delimiter;
  /** Semicolon files write decimal commas. */
  decimalComma: boolean;
}

/** Decodes (UTF-8, UTF-16 with BOM, Windows-1251/1252) and splits a CSV or TSV. */
export function recordsFromBytes(bytes: Uint8Array, encoding?: Encoding): TableText {
  const sniffed = sniffBytes(bytes, encoding);
  return recordsFromText(sniffed.text, sniffed.detected.encoding);
}

export function recordsFromText(text: string, encoding: Encoding = 'utf-8'): TableText {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = tableDelimiter(clean);
  const records = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false }).data;
  // PapaParse gives a final [''] for a trailing newline; keep row numbers as in the file otherwise.
  if (records.length > 0 && records.at(-1)!.length === 1 && records.at(-1)![0] === '')
    records.pop();
  return { records, encoding, delimiter, decimalComma: delimiter === ';' };
}
