import { describe, expect, test } from 'vitest';
import { caseless } from '../../scripts/extract/caseless.ts';

describe('caseless: spells out the cases of an iu pattern', () => {
  test.each([
    { pattern: /\bby\s+2025/iu, source: '\\b[bB][yY]\\s+2025' },
    { pattern: /[a-z]+/iu, source: '[A-Za-z]+' },
    { pattern: /[^\p{L}x-]/iu, source: '[^X\\p{L}x-]' },
    { pattern: /[-k]/iu, source: '[K\\-k]' },
    { pattern: /\p{Lu}\u00a0\u{1F600}\x41\cJ/iu, source: '\\p{Lu}\\u00a0\\u{1F600}\\x41\\cJ' },
    {
      pattern: /(?<!mid)-(?<year>\d{4})(?:st|nd)?(?=\s)/iu,
      source: '(?<![mM][iI][dD])-(?<year>\\d{4})(?:[sS][tT]|[nN][dD])?(?=\\s)',
    },
    { pattern: /\d{1,2}/iu, source: '\\d{1,2}' },
    { pattern: /тенге/iu, source: '[тТ][еЕ][нН][гГ][еЕ]' },
  ])('$pattern → $source', ({ pattern, source }) => {
    const result = caseless(pattern);
    expect(result.source).toBe(source);
    expect(result.flags).toBe(pattern.flags.replace('i', ''));
  });

  test.each([{ pattern: /by/i }, { pattern: /by/u }, { pattern: /by/g }])(
    '$pattern without both i and u is returned as it is',
    ({ pattern }) => {
      expect(caseless(pattern)).toBe(pattern);
    },
  );

  // the extractor's own kinds of pattern, run on text in every case: same matches, same groups
  const patterns = [
    /(?:\b(by|before|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?)?(?<![\p{L}\p{N}$.,]|[^\p{L}]-)((?:19|20)\d{2})(?![\p{N}]|\s*(?:%|percent|billion|mln|tenge))/giu,
    /^(?:(\s*-?\s*)(thousand|million|billion|mln|mn|bln|bn|trln)|(k|m|b|K|M|B))(?![\p{L}\p{N}])/iu,
    /(?:^|[^\p{L}\p{N}-])(an?)\s+$/iu,
    /\b(?:number|count|total)\s+of\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\b/iu,
    /(?<![\p{L}])(doubled|tripled|halved|(?<=\bto\s+)(?:double|halve))(?![\p{L}])/giu,
    /^\s*(?:%|percent(?:age points?|s)?\b|per\s+cent\b|p\.p\.)/iu,
  ];
  const samples = [
    'Exports reached $2 bn by 2025 and 5 mln tenge before the end of 2026, BY THE END OF 2027.',
    ' billion tenge',
    ' BLN',
    'k ',
    'K.',
    ' Mln',
    '-million budget',
    'about an ',
    'AN ',
    'x-a ',
    'the Number Of Registered Startups grew',
    'TOTAL OF IT COMPANIES',
    'exports DOUBLED and aim to Halve costs',
    ' Percent',
    ' per  cent',
    ' P.P.',
    ' percentage points',
    'in mid-2024 and 2019-20, 2025%, Digital Bridge 2023',
    'ÉTÉ 2024 Ǆ ǅ ǆ',
  ];
  test.each(patterns.map((pattern) => ({ pattern })))(
    '$pattern matches the same as written with i',
    ({ pattern }) => {
      const fast = caseless(pattern);
      for (const base of samples) {
        for (const text of [base, base.toUpperCase(), base.toLowerCase()]) {
          if (pattern.global)
            expect([...text.matchAll(fast)].map((m) => [m.index, ...m])).toEqual(
              [...text.matchAll(pattern)].map((m) => [m.index, ...m]),
            );
          else expect(fast.exec(text)?.slice()).toEqual(pattern.exec(text)?.slice());
        }
      }
    },
  );
});
