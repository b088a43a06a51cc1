import { describe, expect, test } from 'vitest';
import {
  checkDocumentBytes,
  documentFormat,
  documentSizeProblem,
  looksBinary,
  MAX_DOCUMENT_BYTES,
} from '../../../src/lib/documents/formats.ts';

describe('documentFormat', () => {
  test.each([
    ['note.txt', 'txt'],
    ['Page.HTM', 'html'],
    ['report.pdf', 'pdf'],
    ['memo.docx', 'docx'],
  ])('%s is %s', (name, format) => {
    expect(documentFormat(name)).toBe(format);
  });
  test.each([
    ['old.doc', /^old\.doc is an old Word document \(\.doc\).*save it as \.docx or PDF/],
    ['sheet.xlsx', /^sheet\.xlsx: Sandar reads .*not \.xlsx/],
    ['README', /^README: Sandar reads/],
  ])('%s is refused', (name, message) => {
    expect(() => documentFormat(name)).toThrowError(message);
  });
});

describe('documentSizeProblem', () => {
  test.each([
    [0, /^a\.pdf is empty/],
    [200 * 1024 * 1024, /^a\.pdf is 200\.0 MB; documents over 64\.0 MB are refused/],
  ])('%d bytes', (size, message) => {
    expect(documentSizeProblem('a.pdf', size)).toMatch(message);
  });
  test('up to the limit is fine', () => {
    expect(documentSizeProblem('a.pdf', MAX_DOCUMENT_BYTES)).toBeNull();
  });
});

describe('checkDocumentBytes', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const text = (value: string) => new TextEncoder().encode(value);
  test.each([
    ['x.pdf', 'pdf', text('hello'), /^x\.pdf is not a PDF/],
    ['x.docx', 'docx', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /old Word document/],
    ['x.docx', 'docx', text('hello'), /^x\.docx is not a Word document/],
    ['x.txt', 'txt', bytes(0x89, 0x50, 0x4e, 0x47, 0, 1), /^x\.txt holds binary data/],
    ['x.html', 'html', new Uint8Array(0), /^x\.html is empty/],
  ] as const)('%s (%s) is refused', (name, format, content, message) => {
    expect(() => checkDocumentBytes(name, format, content)).toThrowError(message);
  });
  test.each([
    ['x.pdf', 'pdf', text('junk%PDF-1.7')],
    ['x.docx', 'docx', bytes(0x50, 0x4b, 0x03, 0x04, 0)],
    ['x.txt', 'txt', text('GDP grew 3%.\r\n')],
    ['x.txt', 'txt', bytes(0xff, 0xfe, 0x41, 0)],
  ] as const)('%s (%s) passes', (name, format, content) => {
    expect(() => checkDocumentBytes(name, format, content)).not.toThrow();
  });
});

test('looksBinary: many control characters', () => {
  expect(looksBinary(new Uint8Array(100).fill(1))).toBe(true);
  expect(looksBinary(new TextEncoder().encode('plain text\twith tabs\n'))).toBe(false);
});
