/**
 * The single ECharts attachment: init once, `setOption(option, { notMerge: true })` whenever the
 * option changes, resize with a ResizeObserver, dispose on teardown. Nothing else touches the instance.
 */
import type { Attachment } from 'svelte/attachments';
import type { ECharts } from 'echarts/core';
import type { SandarChartOption } from '../../charts/echarts-setup.ts';
import { untrack } from 'svelte';
import { showsLegend } from '../../charts/shows-legend.ts';
import { markOnce } from '../../state/marks.ts';
import { loadCharts } from '../../state/early-loads.ts';

type Charts = Awaited<ReturnType<typeof loadCharts>>;

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
  /**
   * The element's width in CSS pixels, once laid out and on every change: read from the resize
   * observer, so nothing forces a layout to learn it (`bind:clientWidth` read it while the view
   * was being mounted, a forced layout on the way to the first chart).
   */
  onResize?: (width: number) => void;
}

export function echartsAttachment(
  getOption: () => SandarChartOption,
  handlers: EChartsHandlers = {},
): Attachment<HTMLElement> {
  return (node) => {
    let chart = $state.raw<ECharts | undefined>(undefined);
    let disposed = false;
    let current: SandarChartOption = {};
    let drawn = false;
    let firstFrame: () => void = () => {};
    const firstFrameDrawn = new Promise<void>((resolve) => (firstFrame = resolve));
    node.dataset.chartState = 'loading';

    // Made once ECharts is here; made again, the same, once the legend and tooltip are
    // registered if the first chart was drawn before them (see loadChartExtras).
    const make = (echarts: Charts['echarts'], complete: boolean) => {
      chart?.dispose();
      drawn = false;
      const instance = echarts.init(node, null, { renderer: handlers.renderer ?? 'canvas' });
      instance.on('click', (params) => {
        if (params.componentType === 'series') handlers.onItemClick?.(params.data);
      });
      // The first drawn frame of the first chart: what `npm run bench` times.
      instance.on('rendered', () => {
        markOnce('sandar:first-chart');
        firstFrame();
      });
      instance.on('finished', () => {
        // finished only once the chart answers the pointer (its tooltip is there)
        if (complete) node.dataset.chartState = 'finished';
        if (handlers.onFinished) handlers.onFinished(drawnPoints(instance, current));
      });
      chart = instance;
    };

    void loadCharts().then(async (charts) => {
      // A chart with a legend waits for it; any other is drawn first, the extras fetched after.
      if (!charts.chartExtrasLoaded() && showsLegend(untrack(getOption)))
        await charts.loadChartExtras();
      if (disposed) return;
      const complete = charts.chartExtrasLoaded();
      make(charts.echarts, complete);
      if (complete) return;
      await firstFrameDrawn;
      await charts.loadChartExtras();
      if (!disposed) make(charts.echarts, true);
    });

    $effect(() => {
      const option = getOption();
      if (!chart) return;
      current = option;
      node.dataset.chartState = 'drawing';
      // A chart appears whole at once, and changes to it animate: the first frame then shows every
      // point (not lines clipped to nothing), and skipping the entry animation's set-up made the
      // metric view's first setOption ~18 ms shorter (54 -> 36 ms, median of 13 cold loads).
      chart.setOption(drawn ? option : { ...option, animation: false }, { notMerge: true });
      drawn = true;
    });

    const observer = new ResizeObserver((entries) => {
      const width = entries.at(-1)?.contentRect.width;
      if (width !== undefined) handlers.onResize?.(Math.round(width));
      chart?.resize();
    });
    observer.observe(node);
    return () => {
      disposed = true;
      observer.disconnect();
      chart?.dispose();
    };
  };
}

function drawnPoints(chart: ECharts, option: SandarChartOption): DrawnPoint[] {
  const series = Array.isArray(option.series)
    ? option.series
    : option.series
      ? [option.series]
      : [];
  const points: DrawnPoint[] = [];
  series.forEach((entry, seriesIndex) => {
    if ((entry as { silent?: boolean }).silent) return;
    const data = ((entry as { data?: unknown[] }).data ?? []) as unknown[];
    data.forEach((item, dataIndex) => {
      const value = (item as { value?: unknown }).value ?? item;
      if (!Array.isArray(value)) return;
      const pixel = chart.convertToPixel({ seriesIndex }, value as number[]) as
        number[] | undefined;
      if (!pixel || !Number.isFinite(pixel[0]) || !Number.isFinite(pixel[1])) return;
      points.push({ seriesIndex, dataIndex, x: pixel[0]!, y: pixel[1]!, data: item });
    });
  });
  return points;
}
