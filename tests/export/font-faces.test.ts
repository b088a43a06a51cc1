import { expect, test } from 'vitest';
import {
  SUBSET_RANGES,
  fontFaceCss,
  subsetsFor,
  type FontSubset,
} from '../../src/export/font-faces.ts';
import { cmapOf } from './woff2-cmap.ts';

test.each([
  { text: 'IT services exports · USD ($) · 2023–2026 …', expected: ['latin'] },
  { text: '', expected: ['latin'] },
  { text: 'Алматы ₸', expected: ['latin', 'latin-ext', 'cyrillic'] },
  { text: '≈ approximately · hollow dots', expected: ['latin', 'symbols'] },
  { text: '≥ at least', expected: ['latin', 'symbols'] },
  { text: '≤ up to', expected: ['latin', 'symbols'] },
  { text: '> more than · < less than', expected: ['latin'] },
  {
    text: 'Қазақстан ≈ ₸5 → ▲',
    expected: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'symbols'],
  },
])('subsetsFor($text) is $expected', ({ text, expected }) => {
  expect(subsetsFor(text)).toEqual(expected);
});

test('fontFaceCss gives the symbols face a unicode-range covering ≈ ≥ ≤', () => {
  const css = fontFaceCss([{ subset: 'symbols', weight: 600, bytes: new Uint8Array([1, 2, 3]) }]);
  expect(css).toBe(
    `@font-face{font-family:'Inter';font-style:normal;font-weight:600;src:url(data:font/woff2;base64,AQID) format('woff2');unicode-range:${SUBSET_RANGES.symbols};}`,
  );
  expect(SUBSET_RANGES.symbols).toMatch(/U\+2248,U\+2260,U\+2264-2265,/);
});

const SUBSET_FILES: Record<Exclude<FontSubset, 'symbols'>, string> = {
  latin: 'inter-latin',
  'latin-ext': 'inter-latin-ext',
  cyrillic: 'inter-cyrillic',
  'cyrillic-ext': 'inter-cyrillic-ext',
};

function codePoints(ranges: string): number[] {
  return ranges.split(',').flatMap((part) => {
    const [from, to] = part.replace('U+', '').split('-');
    const start = parseInt(from!, 16);
    const end = to ? parseInt(to, 16) : start;
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  });
}

test('the symbols range is what the full Inter has and the small subsets lack, in both weights', () => {
  const symbols = codePoints(SUBSET_RANGES.symbols);
  for (const weight of ['Regular', 'SemiBold']) {
    const full = cmapOf(`node_modules/inter-ui/web/Inter-${weight}.woff2`);
    expect(symbols.filter((code) => !full.has(code)).map((c) => c.toString(16))).toEqual([]);
  }
  for (const [subset, file] of Object.entries(SUBSET_FILES)) {
    for (const weight of [400, 600]) {
      const small = cmapOf(`node_modules/@fontsource/inter/files/${file}-${weight}-normal.woff2`);
      expect(
        symbols.filter((code) => small.has(code)),
        `${subset} ${weight}`,
      ).toEqual([]);
      // The qualifier markers are exactly what these files drop.
      expect([0x2248, 0x2264, 0x2265].some((code) => small.has(code))).toBe(false);
    }
  }
});
