import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/claim.ts';
import { formatProblem, type CsvProblem } from '../../../src/lib/csv-problem.ts';
import {
  readClaimsText,
  readClaimsTextPausable,
  sniffBytes,
  type ReadSummary,
} from '../../../src/lib/upload/read-claims.ts';
import { sizeProblem, MAX_UPLOAD_BYTES } from '../../../src/lib/upload/limits.ts';
import { NotTextError, notTextMessage } from '../../../src/lib/upload/magic.ts';

/** Runs a fixture through the same steps as the upload worker. */
function readFixture(name: string, chunkSize?: number) {
  const sniffed = sniffBytes(new Uint8Array(readFileSync(`tests/fixtures/upload/${name}`)));
  const claims: Claim[] = [];
  const problems: CsvProblem[] = [];
  const progress: number[] = [];
  const summary: ReadSummary = readClaimsText(
    sniffed.text,
    { delimiter: sniffed.delimiter, decimalComma: sniffed.decimalComma, chunkSize },
    (chunk) => {
      claims.push(...chunk.claims);
      problems.push(...chunk.problems);
      progress.push(chunk.progress);
    },
  );
  return {
    sniffed,
    claims,
    problems,
    summary,
    progress,
    messages: problems.map((p) => formatProblem(p, name)),
  };
}

describe('reading upload fixtures', () => {
  test.each([
    ['good-three-rows.csv', 3, [500e6, 1e9, 1500]],
    ['headers-mixed-case-any-order.csv', 1, [3.5]],
    ['numbers-as-people-write-them.csv', 4, [1234, 1000, 1.5, 0]],
    ['semicolon-decimal-comma.csv', 3, [3.5, 1234.5, 1234.5]],
    ['tab-separated.csv', 1, [1234]],
    ['windows-1251-cyrillic.csv', 1, [500]],
    ['utf16le-bom-cyrillic.csv', 1, [500]],
  ])('%s: %i valid claims with values %j', (name, count, values) => {
    const { claims, problems, summary } = readFixture(name);
    expect(problems).toEqual([]);
    expect(summary.validCount).toBe(count);
    expect(claims.map((claim) => claim.value)).toEqual(values);
    expect(claims.every((claim) => !Object.is(claim.value, -0))).toBe(true);
  });

  test.each([
    [
      'bad-values.csv',
      [
        'bad-values.csv, row 2, column "value": "NaN" is not a number',
        'bad-values.csv, row 3, column "value": "Infinity" is not a number',
        'bad-values.csv, row 4, column "value": "" is empty; a number is required',
        'bad-values.csv, row 5, column "value": "1,2x" is not a number',
      ],
      1,
    ],
    [
      'unknown-unit-and-bad-period.csv',
      [
        'unknown-unit-and-bad-period.csv, row 2, column "unit": "USDD" is not a known unit (an ISO currency code, percent, multiple or count)',
        'unknown-unit-and-bad-period.csv, row 3, column "period": "next year" is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)',
        'unknown-unit-and-bad-period.csv, row 4, column "period": "2024-13" is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)',
      ],
      0,
    ],
    ['unclosed-quote.csv', ['unclosed-quote.csv, row 3: has a quote that is not closed'], 1],
    [
      'too-many-and-too-few-fields.csv',
      [
        'too-many-and-too-few-fields.csv, row 2: has 6 fields where the header has 5',
        'too-many-and-too-few-fields.csv, row 3: has 3 fields where the header has 5',
        'too-many-and-too-few-fields.csv, row 3, column "value": "" is empty; a number is required',
        'too-many-and-too-few-fields.csv, row 3, column "unit": "" is not a known unit (an ISO currency code, percent, multiple or count)',
      ],
      1,
    ],
    [
      'duplicate-header.csv',
      ['duplicate-header.csv, row 1, column "Value": "Value" is a duplicate of column 4'],
      0,
    ],
    [
      'missing-required-column.csv',
      ['missing-required-column.csv, row 1, column "period": "" required column is missing'],
      0,
    ],
    [
      'proto-header.csv',
      ['proto-header.csv, row 1, column "__proto__": "__proto__" is not allowed as a column name'],
      0,
    ],
    ['blank-lines.csv', ['blank-lines.csv, row 6, column "value": "x" is not a number'], 1],
  ])('%s lists every problem with row, column, value and reason', (name, expected, valid) => {
    const { messages, summary } = readFixture(name);
    expect(messages).toEqual(expected);
    expect(summary.problemCount).toBe(expected.length);
    expect(summary.validCount).toBe(valid);
  });

  test('a header problem stops the rows from being read, but they are counted', () => {
    const { summary, claims } = readFixture('proto-header.csv');
    expect(summary.headerFailed).toBe(true);
    expect(summary.rowCount).toBe(1);
    expect(claims).toEqual([]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('small chunks give the same result as one chunk, with rising progress ending at 1', () => {
    const whole = readFixture('good-three-rows.csv');
    const chunked = readFixture('good-three-rows.csv', 64);
    expect(chunked.claims).toEqual(whole.claims);
    expect(chunked.progress.length).toBeGreaterThan(2);
    expect(chunked.progress).toEqual([...chunked.progress].sort((a, b) => a - b));
    expect(chunked.progress.at(-1)).toBe(1);
    const bad = readFixture('bad-values.csv', 40);
    expect(bad.messages).toEqual(readFixture('bad-values.csv').messages);
  });

  test('the preview shows the decoded header and first rows', () => {
    const { sniffed } = readFixture('windows-1251-cyrillic.csv');
    expect(sniffed.detected.encoding).toBe('windows-1251');
    expect(sniffed.preview[0]).toEqual(['metric', 'entity', 'period', 'value', 'unit', 'quote']);
    expect(sniffed.preview[1]?.[1]).toBe('Казахстан');
  });

  test('the problem list is capped, the count is not', () => {
    const text = 'metric,entity,period,value,unit\n' + 'm,e,2024,x,count\n'.repeat(50);
    let listed = 0;
    const summary = readClaimsText(
      text,
      { delimiter: ',', decimalComma: false, maxListedProblems: 10 },
      (chunk) => {
        listed += chunk.problems.length;
      },
    );
    expect(listed).toBe(10);
    expect(summary.problemCount).toBe(50);
    expect(summary.invalidRowCount).toBe(50);
  });

  test.each([
    [0, 'x.csv is empty'],
    [
      MAX_UPLOAD_BYTES + 1,
      'x.csv is 256.0 MB; files over 256.0 MB are refused. Split it into smaller files.',
    ],
    [1000, null],
  ])('a file of %i bytes: %j', (bytes, expected) => {
    expect(sizeProblem('x.csv', bytes)).toBe(expected);
  });
});

describe('readClaimsTextPausable', () => {
  const text = readFileSync('tests/fixtures/upload/good-three-rows.csv', 'utf8');

  test('gives the same claims as the synchronous read', async () => {
    const claims: Claim[] = [];
    const summary = await readClaimsTextPausable(
      text,
      { delimiter: ',', decimalComma: false, chunkSize: 64 },
      async (chunk) => {
        claims.push(...chunk.claims);
        return true;
      },
    );
    expect(summary?.validCount).toBe(3);
    expect(claims).toEqual(readFixture('good-three-rows.csv').claims);
  });

  test('stops when the callback says so, and reports null', async () => {
    let chunks = 0;
    const summary = await readClaimsTextPausable(
      text,
      { delimiter: ',', decimalComma: false, chunkSize: 64 },
      async () => ++chunks < 2,
    );
    expect(summary).toBeNull();
    expect(chunks).toBe(2);
  });

  test('a file with no header says so', async () => {
    const problems: CsvProblem[] = [];
    const summary = await readClaimsTextPausable(
      '\n\n',
      { delimiter: ',', decimalComma: false },
      async (chunk) => {
        problems.push(...chunk.problems);
        return true;
      },
    );
    expect(summary?.headerFailed).toBe(true);
    expect(problems.map((p) => p.reason)).toEqual(['the file has no header row']);
  });
});

describe('bad input: what the user is told', () => {
  const good = readFileSync('tests/fixtures/upload/good-three-rows.csv', 'utf8');
  const [header, ...rows] = good.trim().split('\n');
  const utf16 = (text: string, order: 'le' | 'be') => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      out[2 * i + (order === 'le' ? 0 : 1)] = text.charCodeAt(i) & 0xff;
      out[2 * i + (order === 'le' ? 1 : 0)] = text.charCodeAt(i) >> 8;
    }
    return out;
  };
  let seed = 7;
  const random = Uint8Array.from({ length: 2048 }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 24;
  });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73]);
  const xlsx = zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'),
  });

  /** What the upload worker does with the bytes: the claims and messages, or the refusal. */
  function read(name: string, bytes: Uint8Array) {
    let sniffed;
    try {
      sniffed = sniffBytes(bytes);
    } catch (error) {
      if (!(error instanceof NotTextError)) throw error;
      return { refused: notTextMessage(name, error.message), valid: 0, messages: [] };
    }
    const claims: Claim[] = [];
    const problems: CsvProblem[] = [];
    readClaimsText(
      sniffed.text,
      { delimiter: sniffed.delimiter, decimalComma: sniffed.decimalComma },
      (chunk) => {
        claims.push(...chunk.claims);
        problems.push(...chunk.problems);
      },
    );
    return {
      refused: null,
      encoding: sniffed.detected.encoding,
      valid: claims.length,
      values: claims.map((c) => c.value),
      messages: problems.map((p) => formatProblem(p, name)),
    };
  }

  const values = [500e6, 1e9, 1500];
  test.each([
    {
      name: 'mixed line endings: a CRLF header, then LF, CR and CRLF rows',
      bytes: strToU8(`${header}\r\n${rows[0]}\n${rows[1]}\r${rows[2]}\r\n`),
      expected: { refused: null, encoding: 'utf-8', valid: 3, values, messages: [] },
    },
    {
      name: 'old Mac line endings (CR only)',
      bytes: strToU8(`${[header, ...rows].join('\r')}\r`),
      expected: { refused: null, encoding: 'utf-8', valid: 3, values, messages: [] },
    },
    {
      name: 'UTF-16 LE without a byte-order mark',
      bytes: utf16(good, 'le'),
      expected: { refused: null, encoding: 'utf-16le', valid: 3, values, messages: [] },
    },
    {
      name: 'UTF-16 BE without a byte-order mark',
      bytes: utf16(good, 'be'),
      expected: { refused: null, encoding: 'utf-16be', valid: 3, values, messages: [] },
    },
    {
      name: 'a day that is not in the calendar',
      bytes: strToU8('metric,entity,period,value,unit\nm,Kazakhstan,2025-02-30,5,USD\n'),
      expected: {
        refused: null,
        encoding: 'utf-8',
        valid: 0,
        values: [],
        messages: [
          'x.csv, row 2, column "period": "2025-02-30" is not a day in the calendar (February 2025 has 28 days)',
        ],
      },
    },
    ...(
      [
        ['a PNG image', png],
        ['an Excel workbook (.xlsx, a ZIP archive)', xlsx],
        ['a gzip-compressed file', new Uint8Array(gzipSync(good))],
        ['a PDF document', strToU8('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n')],
        ['binary data (it has bytes no text file has)', random],
      ] as const
    ).map(([what, bytes]) => ({
      name: `${what} renamed .csv`,
      bytes,
      expected: {
        refused: `x.csv is ${what}, not a CSV text file. Save or export the data as CSV (comma, semicolon or tab separated) and upload that.`,
        valid: 0,
        messages: [],
      },
    })),
  ])('$name', ({ bytes, expected }) => {
    expect(read('x.csv', bytes)).toEqual(expected);
  });

  test('mixed line endings give the same claims as uniform ones', () => {
    const mixed = strToU8(`${header}\r\n${rows[0]}\n${rows[1]}\r${rows[2]}\r\n`);
    const uniform = sniffBytes(strToU8(good));
    expect(sniffBytes(mixed).text).toBe(uniform.text);
  });
});
