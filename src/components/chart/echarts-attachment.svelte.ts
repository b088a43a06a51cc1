/**
 * The single ECharts attachment: init once, `setOption(option, { notMerge: true })` whenever the
 * option changes, resize with a ResizeObserver, dispose on teardown. Nothing else touches the instance.
 */
import type { Attachment } from 'svelte/attachments';
import { echarts, type SandarChartOption } from '../../charts/echarts-setup.ts';

/** Where a drawn data point sits in the chart, in CSS pixels from the chart's top-left corner. */
export interface DrawnPoint {
  seriesIndex: number;
  dataIndex: number;
  x: number;
  y: number;
  /** The data item as the option builder wrote it (carries e.g. `claimKey`). */
  data: unknown;
}

export interface EChartsHandlers {
  renderer?: 'canvas' | 'svg';
  /** A data item was clicked; gets the item as the option builder wrote it. */
  onItemClick?: (data: unknown) => void;
  /** After every finished render (animation included), with the position of every point. */
  onFinished?: (points: DrawnPoint[]) => void;
}

/** Set once per page when the first chart has drawn: `npm run bench` reads it. */
export const FIRST_CHART_MARK = 'sandar:first-chart';
let firstChartMarked = false;

export function echartsAttachment(getOption: () => SandarChartOption, handlers: EChartsHandlers = {}): Attachment<HTMLElement> {
  return (node) => {
    const chart = echarts.init(node, null, { renderer: handlers.renderer ?? 'canvas' });
    let current: SandarChartOption = {};

    chart.on('click', (params) => {
      if (params.componentType === 'series') handlers.onItemClick?.(params.data);
    });
    chart.on('rendered', () => {
      if (firstChartMarked) return;
      firstChartMarked = true;
      performance.mark(FIRST_CHART_MARK);
    });
    chart.on('finished', () => {
      node.dataset.chartState = 'finished';
      if (handlers.onFinished) handlers.onFinished(drawnPoints(chart, current));
    });

    $effect(() => {
      current = getOption();
      node.dataset.chartState = 'drawing';
      chart.setOption(current, { notMerge: true });
    });

    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  };
}

function drawnPoints(chart: echarts.ECharts, option: SandarChartOption): DrawnPoint[] {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const points: DrawnPoint[] = [];
  series.forEach((entry, seriesIndex) => {
    if ((entry as { silent?: boolean }).silent) return;
    const data = ((entry as { data?: unknown[] }).data ?? []) as unknown[];
    data.forEach((item, dataIndex) => {
      const value = (item as { value?: unknown }).value ?? item;
      if (!Array.isArray(value)) return;
      const pixel = chart.convertToPixel({ seriesIndex }, value as number[]) as number[] | undefined;
      if (!pixel || !Number.isFinite(pixel[0]) || !Number.isFinite(pixel[1])) return;
      points.push({ seriesIndex, dataIndex, x: pixel[0]!, y: pixel[1]!, data: item });
    });
  });
  return points;
}
