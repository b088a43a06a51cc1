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
  /**
   * The chart drawn ahead of ECharts (at build time), as SVG text, for an option at a size (the
   * element's, once laid out), where there is one; shown until ECharts draws, and ECharts is
   * loaded only once it is painted.
   */
  prerendered?: (
    option: SandarChartOption,
    size: { width: number; height: number },
  ) => Promise<string | undefined>;
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
    let placeholder: SVGSVGElement | undefined;
    let observed = false;
    let firstObservation: () => void = () => {};
    // With a drawing made ahead, ECharts waits for the first observation of the element's size,
    // which shows the drawing where there is one: loading ECharts then would hold up its frame.
    const placed = handlers.prerendered
      ? new Promise<void>((resolve) => (firstObservation = resolve))
      : Promise.resolve();

    // Made once ECharts is here; made again, the same, once the legend and tooltip are
    // registered if the first chart was drawn before them (see loadChartExtras).
    const make = (echarts: Charts['echarts'], complete: boolean) => {
      placeholder?.remove();
      chart?.dispose();
      drawn = false;
      const instance = echarts.init(node, null, { renderer: handlers.renderer ?? 'canvas' });
      instance.on('click', (params) => {
        if (params.componentType === 'series') handlers.onItemClick?.(params.data);
      });
      // The first drawn frame of the first chart: what `npm run bench` times (unless a drawing
      // made ahead was painted first), and the first drawn by ECharts, which answers the pointer.
      instance.on('rendered', () => {
        markOnce('sandar:first-chart');
        markOnce('sandar:live-chart');
        firstFrame();
      });
      instance.on('finished', () => {
        // finished only once the chart answers the pointer (its tooltip is there)
        if (complete) node.dataset.chartState = 'finished';
        if (handlers.onFinished) handlers.onFinished(drawnPoints(instance, current));
      });
      chart = instance;
    };

    void placed.then(loadCharts).then(async (charts) => {
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

    // The drawing made ahead of ECharts, in place of the chart until ECharts draws.
    const showPrerendered = (svg: string | undefined): boolean => {
      const drawing = svg === undefined ? undefined : svgDrawing(svg);
      if (!drawing || chart || disposed) return false;
      placeholder = drawing;
      node.append(drawing);
      node.dataset.chartState = 'prerendered';
      return true;
    };

    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (box) handlers.onResize?.(Math.round(box.width));
      chart?.resize();
      if (observed) return;
      observed = true;
      if (!box || !handlers.prerendered) return firstObservation();
      // The observer runs after layout and before paint: a drawing added before this frame's
      // paint is in it (the first chart's frame, as ECharts' `rendered` is), one added later in
      // the next frame. ECharts loads once that frame is painted.
      let thisFrame = true;
      setTimeout(() => (thisFrame = false));
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      void handlers.prerendered(untrack(getOption), size).then((svg) => {
        if (!showPrerendered(svg)) return firstObservation();
        const painted = () => {
          markOnce('sandar:first-chart');
          setTimeout(firstObservation);
        };
        if (thisFrame) painted();
        else requestAnimationFrame(painted);
      });
    });
    observer.observe(node);
    return () => {
      disposed = true;
      observer.disconnect();
      chart?.dispose();
    };
  };
}

/** Elements of ECharts' server-side SVG: drawing only, nothing that runs or loads. */
const SVG_ELEMENTS = new Set(['svg', 'g', 'path', 'text', 'tspan', 'rect', 'defs', 'clipPath']);

/**
 * SVG text drawn by ECharts as an element of this document; undefined for anything else (an
 * element or an `on…` attribute ECharts does not write). Its `<style>` (hover rules for ECharts'
 * own pointer handling) is dropped: it would apply to the whole page.
 */
function svgDrawing(text: string): SVGSVGElement | undefined {
  const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  if (root.localName !== 'svg') return undefined;
  for (const style of root.querySelectorAll('style')) style.remove();
  const safe = [root, ...root.querySelectorAll('*')].every(
    (element) =>
      SVG_ELEMENTS.has(element.localName) &&
      [...element.attributes].every((attribute) => !attribute.name.startsWith('on')),
  );
  if (!safe) return undefined;
  const drawing = document.importNode(root, true) as unknown as SVGSVGElement;
  drawing.setAttribute('aria-hidden', 'true');
  drawing.style.display = 'block';
  return drawing;
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
