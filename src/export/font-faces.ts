/**
 * Which Inter files an export needs and how an SVG embeds them. Pure: the bytes are handed in
 * (fetched in the browser by `font-files.ts`, read from node_modules in tests).
 */
import { EXPORT_FONT_FAMILY } from '../charts/export-layout.ts';

export type FontSubset = 'latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext';
export type FontWeight = 400 | 600;

/** Unicode ranges of @fontsource/inter's subsets, as its CSS declares them. */
export const SUBSET_RANGES: Readonly<Record<FontSubset, string>> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
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
};

/**
 * The subsets that cover some character of the text; latin always (digits, axis labels).
 * @example subsetsFor('Алматы ₸') // ['latin', 'latin-ext', 'cyrillic']
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
