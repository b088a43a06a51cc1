import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { notTextMessage, recogniseBytes } from '../../../src/lib/upload/magic.ts';

const CSV = 'metric,entity,period,value,unit\nm,Kazakhstan,2024,5,USD\n';
const bytes = (...values: number[]) => new Uint8Array(values);
const utf16 = (text: string, order: 'le' | 'be') => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = code & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return out;
};
/** Bytes from a fixed generator: the same "random" file every run. */
const randomBytes = (length: number) => {
  let state = 12345;
  return Uint8Array.from({ length }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 24;
  });
};

describe('recogniseBytes', () => {
  test.each([
    {
      name: 'PNG',
      input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
      what: 'a PNG image',
    },
    { name: 'JPEG', input: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), what: 'a JPEG image' },
    { name: 'GIF', input: strToU8('GIF89a\u0001\u0000'), what: 'a GIF image' },
    { name: 'PDF', input: strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), what: 'a PDF document' },
    { name: 'gzip', input: new Uint8Array(gzipSync(CSV)), what: 'a gzip-compressed file' },
    {
      name: 'XLSX',
      input: zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'xl/workbook.xml': strToU8('<workbook/>'),
      }),
      what: 'an Excel workbook (.xlsx, a ZIP archive)',
    },
    {
      name: 'DOCX',
      input: zipSync({ 'word/document.xml': strToU8('<document/>') }),
      what: 'a Word document (.docx, a ZIP archive)',
    },
    { name: 'ZIP', input: zipSync({ 'claims.csv': strToU8(CSV) }), what: 'a ZIP archive' },
    {
      name: 'old Excel',
      input: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
      what: 'an old Office file (.xls)',
    },
    {
      name: 'random bytes',
      input: randomBytes(4096),
      what: 'binary data (it has bytes no text file has)',
    },
  ])('$name is $what', ({ input, what }) => {
    expect(recogniseBytes(input)).toEqual({ kind: 'binary', what });
  });

  test.each([
    { name: 'UTF-16 LE without BOM', input: utf16(CSV, 'le'), kind: 'utf-16le' },
    { name: 'UTF-16 BE without BOM', input: utf16(CSV, 'be'), kind: 'utf-16be' },
    { name: 'UTF-16 LE with BOM', input: bytes(0xff, 0xfe, ...utf16(CSV, 'le')), kind: 'text' },
    { name: 'UTF-8', input: strToU8(CSV), kind: 'text' },
    { name: 'UTF-8 Cyrillic', input: strToU8('metric,entity\nm,Казахстан\n'), kind: 'text' },
    { name: 'Windows-1251', input: bytes(0xcf, 0xf0, 0xe8, 0x2c, 0x31, 0x0a), kind: 'text' },
    { name: 'a tab-separated file', input: strToU8('a\tb\tc\n1\t2\t3\n'), kind: 'text' },
  ])('$name is read as $kind', ({ input, kind }) => {
    expect(recogniseBytes(input).kind).toBe(kind);
  });

  test('the message says what the file is and what to do', () => {
    expect(notTextMessage('claims.csv', 'a PNG image')).toBe(
      'claims.csv is a PNG image, not a CSV text file. Save or export the data as CSV (comma, semicolon or tab separated) and upload that.',
    );
  });
});
