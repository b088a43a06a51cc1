import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  buildChartExport,
  defaultSettings,
  type TrendExportSource,
} from '../../src/charts/export-chart.ts';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import { keyClaims } from '../../src/lib/claim-rows.ts';
import { optionText, renderSvg } from '../../src/export/render.ts';
import { subsetsFor } from '../../src/export/font-faces.ts';
import { SUBSET_RANGES, type FontFile, type FontSubset } from '../../src/export/font-faces.ts';
import { externalReferences, textsOf } from './svg-checks.ts';

const loadFonts = async (subsets: FontSubset[]): Promise<FontFile[]> =>
  subsets.flatMap((subset) =>
    ([400, 600] as const).map((weight) => ({
      subset,
      weight,
      bytes: new Uint8Array(
        readFileSync(
          subset === 'symbols'
            ? `node_modules/inter-ui/web/Inter-${weight === 400 ? 'Regular' : 'SemiBold'}.woff2`
            : `node_modules/@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`,
        ),
      ),
    })),
  );

function source(csvPath: string, metric: string): TrendExportSource {
  const rows = keyClaims(parseClaimsCsv(readFileSync(csvPath, 'utf8')).claims).filter(
    (row) => row.metric === metric,
  );
  return {
    metric,
    metricLabel: rows[0]!.metric_label,
    entity: rows[0]!.entity,
    unit: 'USD',
    scale: 'linear',
    rows,
  };
}

describe('renderSvg of the IT services exports chart', async () => {
  const it = source('data/claims.csv', 'it_services_exports');
  const settings = defaultSettings(it);
  const { option, size, fileName } = buildChartExport(it, settings, '2026-11-22');
  const svg = await renderSvg(option, size, loadFonts);

  test('prefills title, subtitle, source and notes from the plotted claims', () => {
    expect(settings).toMatchObject({
      format: 'png',
      preset: '16:9',
      scale: 2,
      background: 'white',
      title: 'IT services exports',
    });
    expect(settings.subtitle).toBe('Kazakhstan · USD ($) · 2023–2026');
    expect(settings.source).toMatch(/^Sources: .*2023.*; .*2026$/);
    expect(settings.notes).toBe(
      '≈< approaching · filled dots, solid line: actual · hollow dots, dashed line: target · hollow diamonds, dotted line: forecast',
    );
    expect(fileName).toBe('it_services_exports-kazakhstan-2026-11-22.png');
  });

  test('is a 1920×1080 SVG document', () => {
    expect(svg).toMatch(/^<svg [^>]*width="1920" height="1080"/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  test('holds title, subtitle, source and notes as <text>', () => {
    const texts = textsOf(svg);
    expect(texts).toContain('IT services exports');
    expect(texts).toContain('Kazakhstan · USD ($) · 2023–2026');
    // Long lines may wrap into several <text> elements: their words are all there, in order.
    const all = texts.join(' ').replace(/\s+/g, ' ');
    expect(all).toContain(settings.source.replace(/\s+/g, ' '));
    expect(all).toContain(settings.notes);
  });

  test('embeds Inter as data: URLs and draws its text in it', () => {
    expect(svg).toMatch(
      /<defs><style>\s*@font-face\{font-family:'Inter';font-style:normal;font-weight:400;src:url\(data:font\/woff2;base64,d09GMg/,
    );
    expect(svg).toContain('font-weight:600;');
    expect(svg).toContain('font-family:Inter, sans-serif');
  });

  test('references nothing outside itself', () => {
    expect(externalReferences(svg)).toEqual([]);
  });

  test('draws ≈ (notes and point labels) with the complete Inter, not a fallback font', () => {
    // the seeds' "approached $1 billion" is drawn '≈< $1 billion' (approaching)
    expect(textsOf(svg).some((text) => text.startsWith('≈'))).toBe(true);
    const ranges = [...svg.matchAll(/unicode-range:([^;]*);/g)].map((m) => m[1]);
    expect(ranges).toEqual([
      SUBSET_RANGES.latin,
      SUBSET_RANGES.latin,
      SUBSET_RANGES.symbols,
      SUBSET_RANGES.symbols,
    ]);
    expect(SUBSET_RANGES.symbols).toContain('U+2248');
  });
});

describe('text with markup from a dataset', async () => {
  const markup = source('tests/fixtures/export/markup-claims.csv', 'it_services_exports');
  const settings = { ...defaultSettings(markup), title: 'A <img src=x onerror=alert(1)> & B' };
  const { option, size } = buildChartExport(
    markup,
    { ...settings, preset: 'square' },
    '2026-11-22',
  );
  const svg = await renderSvg(option, size, loadFonts);

  test('is drawn as literal, escaped text', () => {
    expect(svg).not.toMatch(/<img|<script|<b>|<i>/i);
    expect(svg).toContain('A &lt;img src=x onerror=alert(1)&gt; &amp; B');
    const texts = textsOf(svg).join(' ');
    expect(texts).toContain('A <img src=x onerror=alert(1)> & B');
    expect(texts).toContain('<img src=x onerror=alert(1)> · USD ($)');
    expect(texts).toContain('The <script>Times</script> & Co');
    expect(texts).toContain('Kursiv "Daily"');
  });

  test('still parses as XML with one root element', () => {
    // No DOMParser in Node: check that tags balance, which escaped text keeps true.
    const tags = [
      ...svg.replace(/<style>[\s\S]*?<\/style>/, '').matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g),
    ];
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of tags) {
      if (selfClosing) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});

test('a Cyrillic name brings the Cyrillic subsets in', async () => {
  const it = source('data/claims.csv', 'it_services_exports');
  const { option, size } = buildChartExport(
    it,
    { ...defaultSettings(it), title: 'Экспорт ІТ-услуг, Қазақстан' },
    '2026-11-22',
  );
  const svg = await renderSvg(option, size, loadFonts);
  const ranges = [...svg.matchAll(/unicode-range:([^;]*);/g)].map((m) => m[1]);
  // latin, cyrillic, cyrillic-ext and (for the notes' ≈) symbols, in two weights each.
  expect(ranges).toHaveLength(8);
  expect(ranges.some((r) => r!.startsWith('U+0301,U+0400-045F'))).toBe(true);
  expect(ranges.some((r) => r!.startsWith('U+0460-052F'))).toBe(true);
});

test('optionText counts the axis labels a formatter function draws (₸ for a KZT chart)', () => {
  const it = source('data/claims.csv', 'it_services_exports');
  const kzt = { ...it, unit: 'KZT', rows: it.rows.map((row) => ({ ...row, unit: 'KZT' })) };
  // Subtitle, source and notes cleared: only the axis formatter still draws ₸.
  const settings = { ...defaultSettings(kzt), subtitle: '', showSource: false, showNotes: false };
  const { option } = buildChartExport(kzt, settings, '2026-11-22');
  const text = optionText(option);
  expect(text).toContain('−₸1.5');
  expect(subsetsFor(text)).toContain('latin-ext');
  expect(subsetsFor(text)).toContain('symbols'); // the ≈ point labels
});

describe('a chart in Russian and Kazakh', async () => {
  const cyrillic = source('tests/fixtures/export/cyrillic-claims.csv', 'it_services_exports');
  const settings = defaultSettings(cyrillic);
  const { option, size } = buildChartExport(cyrillic, settings, '2026-11-22');
  const svg = await renderSvg(option, size, loadFonts);

  test('draws the Cyrillic title and source as text, in embedded Inter faces that cover them', () => {
    const all = textsOf(svg).join(' ');
    expect(all).toContain('Экспорт ИТ-услуг');
    expect(all).toContain('Қазақпарат');
    const ranges = [...svg.matchAll(/unicode-range:([^;]*);/g)].map((m) => m[1]);
    // Russian letters are in Inter's cyrillic subset, Kazakh ones (Қ, ә…) in cyrillic-ext
    expect(ranges).toContain(SUBSET_RANGES.cyrillic);
    expect(ranges).toContain(SUBSET_RANGES['cyrillic-ext']);
    expect(externalReferences(svg)).toEqual([]);
  });
});
