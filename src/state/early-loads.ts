/**
 * Downloads the first screen needs, started by main.ts before the app's own code has arrived, so
 * they travel in parallel: the shipped claims, and the chart code when the URL opens a chart.
 * Kept free of Svelte and app imports so the entry chunk stays tiny.
 */
import { CHART_FONTS, FIRST_MEASURED_TEXT } from '../charts/chart-fonts.ts';
import { readShippedClaims, type ShippedClaims } from '../lib/shipped-claims.ts';
// data/claims.csv, parsed and validated at build time (vite.config.ts), emitted as a JSON file of
// its own (never inlined), so a new claims.csv ships without a new bundle.
import shippedClaimsUrl from '../../data/claims.csv?shipped-claims';

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
