/**
 * Downloads the first screen needs, started by main.ts before the app's own code has arrived, so
 * they travel in parallel: the shipped claims, and the chart code when the URL opens a chart.
 * Kept free of Svelte and app imports so the entry chunk stays tiny.
 */
import { CHART_FONTS, FIRST_MEASURED_TEXT } from '../charts/chart-fonts.ts';
// Emitted as its own file (never inlined), so a new claims.csv ships without a new bundle.
import shippedCsvUrl from '../../data/claims.csv?url&no-inline';

let csv: Promise<string> | undefined;
/** The shipped `data/claims.csv` text; fetched once per page. */
export function shippedCsv(): Promise<string> {
  csv ??= fetch(shippedCsvUrl).then((response) => {
    if (!response.ok)
      throw new Error(
        `Could not load the shipped claims (${shippedCsvUrl}): HTTP ${response.status}`,
      );
    return response.text();
  });
  return csv;
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
