import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/claim.ts';
import type { CsvProblem } from '../../../src/lib/csv-problem.ts';
import {
  readClaimsPart,
  sniffBytes,
  type ReadOptions,
} from '../../../src/lib/upload/read-claims.ts';
import { joinParts, partsAgree, splitForTwo } from '../../../src/lib/upload/split-read.ts';

async function readHere(text: string, options: ReadOptions) {
  const claims: Claim[] = [];
  const problems: CsvProblem[] = [];
  const read = await readClaimsPart(text, options, async (chunk) => {
    claims.push(...chunk.claims);
    problems.push(...chunk.problems);
    return true;
  });
  if (!read) throw new Error('the read stopped');
  return { claims, problems, read };
}

/** The whole text in one read, and in two parts cut at `share` and joined, as the worker does. */
async function bothWays(bytes: Uint8Array, share: number, maxListedProblems = 1000) {
  const sniffed = sniffBytes(bytes);
  const options: ReadOptions = {
    delimiter: sniffed.delimiter,
    decimalComma: sniffed.decimalComma,
    chunkSize: 97,
    maxListedProblems,
  };
  const whole = await readHere(sniffed.text, options);
  const expected = { claims: whole.claims, problems: whole.problems, summary: whole.read.summary };
  const parts = splitForTwo(sniffed.text, sniffed.preview, share, 0);
  if (!parts) return { expected, parts };
  const first = await readHere(parts.first, options);
  const second = await readHere(parts.second, { ...options, header: parts.header });
  if (!partsAgree(first.read)) return { expected, parts, agree: false };
  const joined = joinParts(first, second, maxListedProblems);
  return {
    expected,
    parts,
    agree: true,
    actual: { claims: [...first.claims, ...second.claims], ...joined },
  };
}

const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = 'id,metric,entity,period,value,unit,quote\n';
/** Rows with quoted cells holding commas, line breaks and doubled quotes, some rows bad. */
function rows(count: number): string {
  let text = HEADER;
  for (let i = 0; i < count; i++) {
    const quote =
      i % 3 === 0 ? `"said ""${i}"",\nthen more"` : i % 3 === 1 ? `"a, b"` : 'plain text';
    const value = i % 7 === 0 ? 'x' : String(i * 1.5);
    text += `c${i},m${i % 5},KZ,2024,${value},USD,${quote}\n`;
    if (i % 11 === 0) text += '\n';
  }
  return text;
}

describe('reading in two parts gives what one read gives', () => {
  const fixtures = readdirSync('tests/fixtures/upload').filter((name) => name.endsWith('.csv'));
  test.each(fixtures)('%s, cut anywhere', async (name) => {
    const bytes = new Uint8Array(readFileSync(`tests/fixtures/upload/${name}`));
    let joined = 0;
    for (const share of [0.05, 0.3, 0.5, 0.7, 0.95]) {
      const { expected, parts, agree, actual } = await bothWays(bytes, share);
      if (parts && agree) {
        expect(actual).toEqual(expected);
        joined++;
      }
    }
    // Files of a row or two, or with no header, are read in one part.
    if (/good|bad|blank|unknown|markup|too-many/.test(name)) expect(joined).toBeGreaterThan(0);
  });

  test.each([0.1, 0.33, 0.5, 0.61, 0.9])(
    'quoted line breaks, doubled quotes, blank lines and bad rows, cut at %d',
    async (share) => {
      const { expected, parts, agree, actual } = await bothWays(encode(rows(200)), share);
      expect(parts).not.toBeNull();
      expect(agree).toBe(true);
      expect(actual).toEqual(expected);
      expect(expected.problems.length).toBeGreaterThan(20);
    },
  );

  test('lists at most the first problems, in row order, and counts them all', async () => {
    const { expected, actual } = await bothWays(encode(rows(300)), 0.2, 25);
    expect(actual).toEqual(expected);
    expect(actual!.problems).toHaveLength(25);
    expect(actual!.summary.problemCount).toBe(43);
  });

  test('a cut is never inside a quoted cell, wherever it is asked for', () => {
    const text = rows(50);
    for (let share = 0.01; share < 1; share += 0.01) {
      const parts = splitForTwo(text, sniffBytes(encode(text)).preview, share, 0);
      if (!parts) continue;
      expect(parts.first + '\n' + parts.second).toBe(text);
      expect(parts.second).toMatch(/^(c\d+,|\n)/);
    }
  });

  test('a stray quote in an unquoted cell throws the count off: the parts do not agree', async () => {
    const text = HEADER + 'c0,m,KZ,2024,1,USD,5" screen\n' + rows(40).slice(HEADER.length);
    const results = await Promise.all(
      [0.2, 0.4, 0.6, 0.8].map((share) => bothWays(encode(text), share)),
    );
    // Wherever the parts were joined, they gave what one read gives; at least once they were not.
    for (const { expected, agree, actual } of results) if (agree) expect(actual).toEqual(expected);
    expect(results.some(({ parts, agree }) => parts && !agree)).toBe(true);
  });

  test('short texts, no header or no line break after the middle: one part', () => {
    const preview = [
      ['a', 'b'],
      ['1', '2'],
    ];
    expect(splitForTwo('a,b\n1,2\n', preview)).toBeNull();
    expect(splitForTwo('a,b\n1,2', preview, 0.9, 0)).toBeNull();
    expect(splitForTwo('a,b\n1,2\n', [['a', 'b']], 0.5, 0)).toBeNull();
    expect(splitForTwo('a,b\n1,"2\n3"', preview, 0.5, 0)).toBeNull();
  });
});
