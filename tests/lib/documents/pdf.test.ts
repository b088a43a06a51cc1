import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { DocumentError } from '../../../src/lib/documents/formats.ts';
import { pageText, pdfDate, pdfMetadata, readPdf } from '../../../src/lib/documents/pdf.ts';
import { makeEncryptedPdf } from '../../e2e/documents-fixtures.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/documents/${name}`));

describe('readPdf', () => {
  test('text and info of a PDF made for the tests', async () => {
    const pages: number[] = [];
    const read = await readPdf(pdfjs, 'report-with-info.pdf', fixture('report-with-info.pdf'), {
      onPage: (done) => pages.push(done),
    });
    expect(read.meta).toEqual({
      title: 'Digital economy review 2025',
      outlet: 'Ministry of Digital Development',
      url: '',
      published: '2025-03-14',
    });
    // lines of one paragraph are joined, a hyphenated word too; a wider gap starts a paragraph
    expect(read.text).toBe(
      [
        'Digital economy review',
        "Kazakhstan's IT services exports reached $1.2 billion in 2024, up from $0.9 billion a year earlier, the ministry said.",
        'Internet penetration reached 92.3% in 2023.',
      ].join('\n'),
    );
    expect(pages).toEqual([1]);
  });

  test('a PDF without a text layer is refused, naming the file and suggesting OCR', async () => {
    await expect(readPdf(pdfjs, 'scan.pdf', fixture('scanned-no-text.pdf'))).rejects.toThrowError(
      /^scan\.pdf has no text layer.*OCR/,
    );
    await expect(readPdf(pdfjs, 'scan.pdf', fixture('scanned-no-text.pdf'))).rejects.toThrow(
      DocumentError,
    );
  });

  test('an encrypted PDF is refused naming the file, asking for an unprotected copy', async () => {
    const read = readPdf(pdfjs, 'secret-report.pdf', makeEncryptedPdf());
    await expect(read).rejects.toThrowError(
      /^secret-report\.pdf is encrypted with a password; .* Save an unprotected copy/,
    );
    await expect(read).rejects.toThrow(DocumentError);
  });

  test('damaged bytes are refused naming the file', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nnothing else');
    await expect(readPdf(pdfjs, 'broken.pdf', bytes)).rejects.toThrowError(/^broken\.pdf/);
  });

  test('an aborted read rejects with the abort reason, before or while pages are read', async () => {
    const reason = Object.assign(new Error('Cancelled'), { name: 'AbortError' });
    const before = new AbortController();
    before.abort(reason);
    await expect(
      readPdf(pdfjs, 'r.pdf', fixture('report-with-info.pdf'), { signal: before.signal }),
    ).rejects.toBe(reason);
    const during = new AbortController();
    const read = readPdf(pdfjs, 'r.pdf', fixture('report-with-info.pdf'), {
      signal: during.signal,
    });
    during.abort(reason);
    await expect(read).rejects.toBe(reason);
  });

  test('the caller’s bytes are left intact', async () => {
    const bytes = fixture('report-with-info.pdf');
    const copy = bytes.slice();
    await readPdf(pdfjs, 'r.pdf', bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('pdfDate and pdfMetadata', () => {
  test.each([
    ["D:20250314093000+05'00'", '2025-03-14'],
    ['D:2024', ''],
    ['D:20250230', ''],
    [undefined, ''],
  ])('%s → %s', (raw, expected) => {
    expect(pdfDate(raw)).toBe(expected);
  });

  test('missing or odd info gives empty details', () => {
    expect(pdfMetadata(undefined)).toEqual({ title: '', outlet: '', url: '', published: '' });
    expect(pdfMetadata({ Title: 42, Author: '  A  B ' })).toMatchObject({
      title: '',
      outlet: 'A B',
    });
  });
});

describe('pageText', () => {
  const item = (str: string, y: number, hasEOL = true, height = 10) => ({
    str,
    y,
    hasEOL,
    transform: [1, 0, 0, 1, 0, y],
    height,
  });
  test('a big heading and the paragraph under it stay apart', () => {
    expect(pageText([item('Report', 800, true, 24), item('GDP grew 3%.', 770)])).toBe(
      'Report\nGDP grew 3%.',
    );
  });
  test('an empty line ends a paragraph', () => {
    expect(pageText([item('a', 100), item('', 100), item('b', 88)])).toBe('a\nb');
  });
});
