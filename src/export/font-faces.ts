/**
 * Which Inter files an export needs and how an SVG embeds them. Pure: the bytes are handed in
 * (fetched in the browser by `font-files.ts`, read from node_modules in tests).
 * The small @fontsource/inter subsets cover the usual text; 'symbols' is the complete Inter (inter-ui)
 * for the characters those subsets drop, such as the qualifier markers ≈ ≥ ≤ and arrows.
 */
import { EXPORT_FONT_FAMILY } from '../charts/export-layout.ts';

export type FontSubset = 'latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext' | 'symbols';
export type FontWeight = 400 | 600;

/**
 * Unicode ranges of @fontsource/inter's subsets, as its CSS declares them, and of 'symbols': every
 * code point in U+2000–2BFF that Inter 4.1 (inter-ui web/Inter-Regular and -SemiBold) has a glyph
 * for and none of the four subset files has, read from the fonts' cmap tables. Listed one by one so
 * that common text (– … ’, inside latin's declared U+2000-206F) keeps to the small latin file.
 */
export const SUBSET_RANGES: Readonly<Record<FontSubset, string>> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  symbols:
    'U+2000-2001,U+2003-2008,U+200A,U+2010-2012,U+2015-2017,U+201B,U+201F,U+2021,U+2023-2025,U+2027,U+202F-2031,U+2034-2038,U+203B-2043,U+2045-2055,U+2057,U+205F,U+2070-2071,U+2074-208E,U+2090-209C,U+20C0,U+20DB-20DE,U+20E8,U+20F0,' +
    'U+2100-2101,U+2103,U+2105-2106,U+2109,U+2117,U+211E-2121,U+2126,U+212A-212B,U+212E,U+2132,U+213B,U+214D,U+2150-217F,U+2183-2186,U+2189,' +
    'U+2190,U+2192,U+2194-2199,U+21A9-21AA,U+21B0-21B1,U+21B3-21B5,U+21BA-21BB,U+21D0,U+21D2,U+21D4,U+21DE-21DF,U+21E4-21E5,U+21E7,U+21EA,' +
    'U+2202,U+2205-2206,U+220F,U+2211,U+221A,U+221E,U+222B,U+2236,U+2248,U+2260,U+2264-2265,U+2295-2298,' +
    'U+2303-2305,U+2318,U+2325-2327,U+232B,U+2380,U+2387,U+238B,U+23CE-23CF,U+2423,U+2460-2468,U+24B6-24CF,U+24EA,' +
    'U+25A0-25A2,U+25AA,U+25B2-25B3,U+25B6-25B7,U+25BA-25BD,U+25C0-25C1,U+25C4-25C7,U+25CA-25CB,U+25CF,U+25E6,U+25EF,' +
    'U+2600,U+2605-2606,U+263C,U+2661,U+2665,U+266A-266B,U+26A0,U+2713,U+2717,U+2756,U+2764,U+2780-2788,U+27EF,U+27F5-27FA,U+2913,U+2A38,U+2B06,U+2B12-2B13,U+2B1C,U+2B24',
};
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 600];

export interface FontFile {
  subset: FontSubset;
  weight: FontWeight;
  /** woff2 bytes. */
  bytes: Uint8Array<ArrayBuffer>;
}

function parseRanges(ranges: string): [number, number][] {
  return ranges.split(',').map((part) => {
    const [from, to] = part.replace('U+', '').split('-');
    const start = parseInt(from!, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}
const PARSED: Record<FontSubset, [number, number][]> = {
  latin: parseRanges(SUBSET_RANGES.latin),
  'latin-ext': parseRanges(SUBSET_RANGES['latin-ext']),
  cyrillic: parseRanges(SUBSET_RANGES.cyrillic),
  'cyrillic-ext': parseRanges(SUBSET_RANGES['cyrillic-ext']),
  symbols: parseRanges(SUBSET_RANGES.symbols),
};

/**
 * The subsets that cover some character of the text; latin always (digits, axis labels).
 * @example subsetsFor('Алматы ₸') // ['latin', 'latin-ext', 'cyrillic']
 * @example subsetsFor('≈ approximately') // ['latin', 'symbols']
 */
export function subsetsFor(text: string): FontSubset[] {
  const needed = new Set<FontSubset>(['latin']);
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    for (const subset of Object.keys(PARSED) as FontSubset[]) {
      if (!needed.has(subset) && PARSED[subset].some(([from, to]) => code >= from && code <= to))
        needed.add(subset);
    }
  }
  return (Object.keys(PARSED) as FontSubset[]).filter((subset) => needed.has(subset));
}

/** Base64 without Node's Buffer, so it runs in the browser too. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** `@font-face` rules with the files as data: URLs, so the SVG references nothing outside itself. */
export function fontFaceCss(files: readonly FontFile[]): string {
  return files
    .map(
      (file) =>
        `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:${file.weight};` +
        `src:url(data:font/woff2;base64,${bytesToBase64(file.bytes)}) format('woff2');unicode-range:${SUBSET_RANGES[file.subset]};}`,
    )
    .join('\n');
}

/** The text an SVG draws, entities decoded, to choose font subsets from. */
export function svgText(svg: string): string {
  const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');
  return texts
    .join(' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Puts a `<style>` with the font faces right after the opening `<svg>` tag. */
export function embedFontCss(svg: string, css: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  if (open < 0) throw new Error('embedFontCss: the input holds no <svg> element');
  // CSS inside SVG is XML text: `<` and `&` never occur in base64 or in the rules above.
  return `${svg.slice(0, open + 1)}\n<defs><style>\n${css}\n</style></defs>${svg.slice(open + 1)}`;
}
