/**
 * The one place ECharts is assembled: only the charts, components and renderers Sandar draws with,
 * so the first visit does not download all of ECharts. The first chart needs only the line chart,
 * its grid and the canvas renderer; the rest is fetched when used, each from a module of its own
 * (so the bundler gives it a chunk of its own):
 *  - the legend, the tooltip, the scatter chart (comparison) and the graphic component (export
 *    texts), `loadChartExtras()`, once the first chart is drawn (or before it when it shows a
 *    legend): 17.7 KB gzipped the first chart does without;
 *  - the SVG renderer, `loadSvgRenderer()`, for chart export (8.4 KB gzipped).
 * Two lazy chunks, not one per feature: with a third dynamic import here, rolldown split the
 * first chart's ECharts into three chunks (shared with the lazy ones), 4 KB more to download.
 */
import { format, init, use, type ComposeOption } from 'echarts/core';
import { LineChart, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { CHART_FONTS } from './chart-fonts.ts';

use([LineChart, GridComponent, CanvasRenderer]);

// zrender measures a font the first time it lays text out in it; filling its cache now keeps that out
// of the first chart's render. Cheap once main.ts has warmed Chromium's font caches (warmChartFonts).
for (const font of CHART_FONTS) format.getTextRect('0', font);

/** Every option a Sandar chart may use; builders return this type. */
export type SandarChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

let extras: Promise<void> | undefined;
let extrasRegistered = false;

/**
 * Registers the legend, the tooltip, the scatter chart and the graphic component. An instance made
 * before then never draws a legend or a tooltip: ECharts gives each instance the data processors
 * registered when it is made (the legend's series filter, the tooltip's axis pointer), so it has
 * to be made again.
 */
export function loadChartExtras(): Promise<void> {
  extras ??= import('./echarts-extras.ts').then((extra) => {
    use([
      extra.LegendPlainComponent,
      extra.TooltipComponent,
      extra.GraphicComponent,
      extra.ScatterChart,
    ]);
    extrasRegistered = true;
  });
  return extras;
}

/** Whether `loadChartExtras()` has registered its components. */
export const chartExtrasLoaded = (): boolean => extrasRegistered;

/** Registers the SVG renderer (for `echarts.init(el, null, { renderer: 'svg' })` and SSR export). */
export async function loadSvgRenderer(): Promise<void> {
  // A module of its own, so the bundler puts the renderer in a chunk of its own.
  const { SVGRenderer } = await import('./echarts-svg-renderer.ts');
  use(SVGRenderer);
}

/**
 * The two ECharts calls the rest of Sandar makes. Named imports, not `import * as echarts`: a
 * namespace that escapes keeps every export of echarts/core in the bundle (GeoJSON parsing, the
 * extension API), which the first visit would download and compile for nothing.
 */
export const echarts = { init, use };
