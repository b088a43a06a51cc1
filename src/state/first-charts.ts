/**
 * The metric view's charts drawn at build time. A first visit to a metric view waits for ECharts
 * (most of the app's code) before its chart; the chart it would draw first is known at build time
 * for each metric of the shipped claims (default entity, unit and scale, no official figures yet,
 * the width of a desktop screen), so the build draws it as SVG with ECharts' server-side renderer
 * (`readAtBuild` in vite.config.ts) and the page shows that until ECharts takes over.
 *
 * Shown only when it is the chart ECharts would draw: the view's own option, at the element's
 * size, has to hash to the one the SVG was drawn from (`optionKey`), and nothing may be stored in
 * the browser (`hasStoredData`) that could make the numbers differ (corrections, other datasets).
 * Pure: the build runs it in Node.
 */
import { buildTrendOption } from '../charts/trend-option.ts';
import type { SandarChartOption } from '../charts/echarts-setup.ts';
import { presentation } from '../charts/small-data.ts';
import type { ClaimRow } from '../lib/claim-rows.ts';
import { contentHash } from '../lib/hash.ts';
import { metricSelection } from './metric-selection.ts';

export interface FirstChart {
  width: number;
  height: number;
  /** `optionKey` of the option drawn. */
  key: string;
  svg: string;
}

/**
 * The chart element's size where `main` is at its widest (app.css: `main` 1200 px wide, `.trend`
 * 8 px of padding and 1 px of border a side, `.trend-canvas` 420 px high), and beside the undated
 * claims' column (MetricView: 18rem and a 1rem gap, from 60rem up). Other sizes (a phone, a
 * narrow window) draw with ECharts only.
 */
export const DESKTOP_CHART = { width: 1182, widthBesideUndated: 878, height: 420 } as const;

/**
 * What decides a drawing, as text: the option without its functions (formatters, which follow
 * from the unit and the periods it holds), hashed.
 *
 * @example optionKey({ series: [{ type: 'line', data: [[2024, 1]] }] }) // 'h…-45'
 */
export function optionKey(option: SandarChartOption): string {
  return contentHash(JSON.stringify(option));
}

/**
 * The first chart of each metric that draws one, as MetricView and TrendChart build it before
 * storage opens: no official lines, no verdict colours, the desktop size.
 */
export function firstChartOptions(
  rows: readonly ClaimRow[],
): { metric: string; width: number; height: number; option: SandarChartOption }[] {
  const metrics = [...new Set(rows.map((row) => row.metric))];
  return metrics.flatMap((slug) => {
    const selection = metricSelection(rows, {
      metric: slug,
      entity: '',
      unit: '',
      scale: 'linear',
    });
    const shown = presentation(selection.chartRows, 0);
    if (shown.mode !== 'chart') return [];
    const width =
      shown.unplaced.length > 0 ? DESKTOP_CHART.widthBesideUndated : DESKTOP_CHART.width;
    const option = buildTrendOption(selection.chartRows, {
      metricLabel: selection.label,
      unit: selection.unit,
      scale: selection.scale,
      width,
      official: [],
      verdictColors: new Map(),
    });
    return [{ metric: slug, width, height: DESKTOP_CHART.height, option }];
  });
}

/**
 * Checks the shape of fetched first charts, naming the file when it is not what the build wrote.
 *
 * @example readFirstCharts([{ width: 1182, height: 420, key: 'h1-2', svg: '<svg…' }], url) // it
 */
export function readFirstCharts(json: unknown, url: string): FirstChart[] {
  const valid =
    Array.isArray(json) &&
    json.every(
      (chart: Partial<FirstChart> | null) =>
        typeof chart?.width === 'number' &&
        typeof chart.height === 'number' &&
        typeof chart.key === 'string' &&
        typeof chart.svg === 'string',
    );
  if (!valid) throw new Error(`${url} is not the first charts the build writes`);
  return json as FirstChart[];
}
