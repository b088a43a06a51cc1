/**
 * Draws an export option to SVG text or PNG bytes.
 * The one place besides the on-screen attachment that makes an ECharts instance: an export is drawn
 * offscreen at a size and pixel ratio the screen chart never has, then disposed at once.
 */
import { echarts, loadChartExtras, loadSvgRenderer } from '../charts/echarts-setup.ts';
import type { ExportChartOption, ExportSize } from '../charts/export-layout.ts';
import {
  embedFontCss,
  fontFaceCss,
  subsetsFor,
  svgText,
  type FontFile,
  type FontSubset,
} from './font-faces.ts';

/**
 * The text an option draws (titles, legend, labels), to pick the font subsets it needs up front.
 * Label formatters that are functions (axis values: `₸1.2B`, `−5%`) are sampled with a negative
 * number so their currency and minus signs count too; any other function is left out.
 */
export function optionText(option: ExportChartOption): string {
  return JSON.stringify(option, (key, value: unknown) => {
    if (typeof value !== 'function') return value;
    if (key !== 'formatter') return undefined;
    try {
      const sample: unknown = (value as (value: number, index: number) => unknown)(-1.5, 0);
      return typeof sample === 'string' ? sample : undefined;
    } catch {
      return undefined; // A formatter of tooltip params, not of numbers: exports draw no tooltips.
    }
  });
}

/**
 * Renders server-side style (no DOM needed, so it runs in Node too) and embeds the font files
 * covering the text drawn. `loadFonts` gets the subsets needed and returns their files.
 */
export async function renderSvg(
  option: ExportChartOption,
  size: ExportSize,
  loadFonts: (subsets: FontSubset[]) => Promise<FontFile[]>,
): Promise<string> {
  const svg = await renderPlainSvg(option, size);
  return embedFontCss(svg, fontFaceCss(await loadFonts(subsetsFor(svgText(svg)))));
}

/**
 * Renders server-side style, in the page's fonts: the SVG text of an option at a size. The build
 * draws the metric view's first charts with it (state/first-charts.ts).
 */
export async function renderPlainSvg(
  option: ExportChartOption,
  size: { width: number; height: number },
): Promise<string> {
  await Promise.all([loadSvgRenderer(), loadChartExtras()]);
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Exactly `size × scale` pixels. The canvas measures text with the fonts already in `document.fonts`,
 * so the caller registers Inter first (`registerFonts`).
 */
export async function renderPng(
  option: ExportChartOption,
  size: ExportSize,
  scale: number,
): Promise<Blob> {
  await loadChartExtras();
  const host = document.createElement('div');
  const chart = echarts.init(host, null, {
    renderer: 'canvas',
    width: size.width,
    height: size.height,
    devicePixelRatio: scale,
  });
  try {
    chart.setOption(option);
    const background =
      typeof option.backgroundColor === 'string' ? option.backgroundColor : 'transparent';
    const canvas = chart.renderToCanvas({ pixelRatio: scale, backgroundColor: background });
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG')),
        'image/png',
      ),
    );
  } finally {
    chart.dispose();
  }
}
