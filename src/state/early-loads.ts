/**
 * Downloads the first screen needs, started by main.ts before the app's own code has arrived, so
 * they travel in parallel: the shipped claims, and the chart code when the URL opens a chart.
 * Kept free of Svelte and app imports so the entry chunk stays tiny.
 */
import { CHART_FONTS, FIRST_MEASURED_TEXT } from '../charts/chart-fonts.ts';
import type { SandarChartOption } from '../charts/echarts-setup.ts';
import { hasStoredData } from '../db/stored.ts';
import { readShippedClaims, type ShippedClaims } from '../lib/shipped-claims.ts';
import { optionKey, readFirstCharts, type FirstChart } from './first-charts.ts';
// data/claims.csv, parsed and validated at build time (vite.config.ts), emitted as a JSON file of
// its own (never inlined), so a new claims.csv ships without a new bundle.
import shippedClaimsUrl from '../../data/claims.csv?shipped-claims';
// The metric view's first charts, drawn from it at build time (state/first-charts.ts).
import firstChartsUrl from '../../data/claims.csv?first-charts';

let shipped: Promise<ShippedClaims> | undefined;
/** The shipped claims (`data/claims.csv`, read at build time); fetched once per page. */
export function shippedClaims(): Promise<ShippedClaims> {
  shipped ??= fetch(shippedClaimsUrl).then(async (response) => {
    if (!response.ok)
      throw new Error(
        `Could not load the shipped claims (${shippedClaimsUrl}): HTTP ${response.status}`,
      );
    return readShippedClaims(await response.json(), shippedClaimsUrl);
  });
  return shipped;
}

/** Longest the first chart waits to learn whether it may show a drawing made at build time. */
const FIRST_CHARTS_WAIT_MS = 1000;
let firstCharts: Promise<FirstChart[]> | undefined;
/**
 * The first charts drawn at build time (index.html preloads them), or none where anything is
 * stored in this browser (stored corrections or datasets could make the numbers differ from the
 * shipped ones), where the file cannot be had, or where either takes longer than a second to
 * learn: ECharts then draws the first chart, as ever. Started by main.ts for a metric view's URL.
 */
export function loadFirstCharts(): Promise<FirstChart[]> {
  firstCharts ??= Promise.race([
    Promise.all([
      hasStoredData(),
      fetch(firstChartsUrl).then(async (response) =>
        response.ok ? readFirstCharts(await response.json(), firstChartsUrl) : [],
      ),
    ]).then(
      ([stored, charts]) => (stored ? [] : charts),
      () => [],
    ),
    new Promise<FirstChart[]>((resolve) => setTimeout(() => resolve([]), FIRST_CHARTS_WAIT_MS)),
  ]);
  return firstCharts;
}

/** The SVG drawn at build time of exactly this chart at this size, where it may be shown. */
export async function prerenderedChart(
  option: SandarChartOption,
  size: { width: number; height: number },
): Promise<string | undefined> {
  const charts = await loadFirstCharts();
  if (charts.length === 0) return undefined;
  const key = optionKey(option);
  return charts.find(
    (chart) => chart.key === key && chart.width === size.width && chart.height === size.height,
  )?.svg;
}

let charts: Promise<typeof import('../charts/echarts-setup.ts')> | undefined;
/** ECharts, loaded on first use (it is most of the app's code) or early for a chart URL. */
export function loadCharts(): Promise<typeof import('../charts/echarts-setup.ts')> {
  charts ??= import('../charts/echarts-setup.ts');
  return charts;
}

/**
 * Measures the chart's fonts once on a spare canvas. The first measurement of a font in a page sets
 * off Chromium's font-fallback search for the CJK glyph zrender measures (3-17 ms for the two fonts,
 * measured), and the result is cached for every canvas of the page; done while the chart code is
 * still on its way, it no longer sits between the code's arrival and the first chart.
 */
export function warmChartFonts(): void {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return;
  for (const font of CHART_FONTS) {
    context.font = font;
    for (const text of FIRST_MEASURED_TEXT) context.measureText(text);
  }
}
