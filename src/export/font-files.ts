/**
 * Inter, shipped with the app as woff2 files (OFL; subsets from @fontsource/inter, the complete
 * font from inter-ui for 'symbols'): fetched on first export only, and only the files the text
 * needs; embedded in SVGs and registered with `document.fonts` for PNGs.
 */
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url';
import cyrillic400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/inter/files/inter-cyrillic-600-normal.woff2?url';
import cyrillicExt400 from '@fontsource/inter/files/inter-cyrillic-ext-400-normal.woff2?url';
import cyrillicExt600 from '@fontsource/inter/files/inter-cyrillic-ext-600-normal.woff2?url';
import symbols400 from 'inter-ui/web/Inter-Regular.woff2?url';
import symbols600 from 'inter-ui/web/Inter-SemiBold.woff2?url';
import { EXPORT_FONT_FAMILY } from '../charts/export-layout.ts';
import {
  FONT_WEIGHTS,
  SUBSET_RANGES,
  type FontFile,
  type FontSubset,
  type FontWeight,
} from './font-faces.ts';

const URLS: Readonly<Record<FontSubset, Record<FontWeight, string>>> = {
  latin: { 400: latin400, 600: latin600 },
  'latin-ext': { 400: latinExt400, 600: latinExt600 },
  cyrillic: { 400: cyrillic400, 600: cyrillic600 },
  'cyrillic-ext': { 400: cyrillicExt400, 600: cyrillicExt600 },
  symbols: { 400: symbols400, 600: symbols600 },
};

const cache = new Map<string, Promise<FontFile>>();

/** The woff2 files of these subsets in both weights; each fetched once per page. */
export function fontFiles(subsets: readonly FontSubset[]): Promise<FontFile[]> {
  return Promise.all(
    subsets.flatMap((subset) =>
      FONT_WEIGHTS.map((weight) => {
        const key = `${subset}-${weight}`;
        let file = cache.get(key);
        if (!file) {
          const url = URLS[subset][weight];
          file = fetch(url).then(async (response) => {
            if (!response.ok)
              throw new Error(`Could not load the export font ${url}: HTTP ${response.status}`);
            return { subset, weight, bytes: new Uint8Array(await response.arrayBuffer()) };
          });
          file.catch(() => cache.delete(key));
          cache.set(key, file);
        }
        return file;
      }),
    ),
  );
}

const registered = new Set<string>();

/** Makes Inter available to canvas drawing, waiting until every face is loaded. */
export async function registerFonts(subsets: readonly FontSubset[]): Promise<void> {
  const files = await fontFiles(subsets);
  await Promise.all(
    files.map(async (file) => {
      const key = `${file.subset}-${file.weight}`;
      if (registered.has(key)) return;
      const face = new FontFace(EXPORT_FONT_FAMILY, file.bytes, {
        weight: String(file.weight),
        unicodeRange: SUBSET_RANGES[file.subset],
      });
      document.fonts.add(await face.load());
      registered.add(key);
    }),
  );
}
