/**
 * Lays a chart out for a slide: the on-screen option (from `buildTrendOption`) re-set at the export's
 * size, with title, subtitle, legend, source and notes lines, fonts and margins scaled to that size,
 * and colours for a white, transparent or dark background. Pure data in, data out: no instance here.
 */
import type { GraphicComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { SandarChartOption } from './echarts-setup.ts';

export type ExportChartOption = SandarChartOption & ComposeOption<GraphicComponentOption>;

export const EXPORT_PRESETS = {
  '16:9': { width: 1920, height: 1080, label: 'Slide 16:9 (1920×1080)' },
  '4:3': { width: 1600, height: 1200, label: 'Slide 4:3 (1600×1200)' },
  square: { width: 1080, height: 1080, label: 'Square (1080×1080)' },
} as const;
export type ExportPreset = keyof typeof EXPORT_PRESETS | 'screen';
export type ExportBackground = 'white' | 'transparent' | 'dark';
export const EXPORT_SCALES = [1, 2, 3] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

export interface ExportSize {
  width: number;
  height: number;
}

/** The font every export uses; `src/export` embeds it (SVG) or loads it (PNG) before drawing. */
export const EXPORT_FONT_FAMILY = 'Inter';

/**
 * @example exportSize('16:9') // { width: 1920, height: 1080 }
 * @example exportSize('screen', { width: 812.4, height: 400 }) // { width: 812, height: 400 }
 */
export function exportSize(preset: ExportPreset, screen?: ExportSize): ExportSize {
  if (preset !== 'screen')
    return { width: EXPORT_PRESETS[preset].width, height: EXPORT_PRESETS[preset].height };
  if (!screen || !(screen.width > 0) || !(screen.height > 0)) return { width: 960, height: 540 };
  return {
    width: Math.max(320, Math.round(screen.width)),
    height: Math.max(240, Math.round(screen.height)),
  };
}

export interface ExportPalette {
  background: string;
  text: string;
  muted: string;
  axis: string;
  grid: string;
}

export const PALETTES: Readonly<Record<ExportBackground, ExportPalette>> = {
  white: {
    background: '#ffffff',
    text: '#111827',
    muted: '#4b5563',
    axis: '#6b7280',
    grid: '#e5e7eb',
  },
  transparent: {
    background: 'transparent',
    text: '#111827',
    muted: '#4b5563',
    axis: '#6b7280',
    grid: '#e5e7eb',
  },
  dark: {
    background: '#0f172a',
    text: '#f8fafc',
    muted: '#cbd5e1',
    axis: '#94a3b8',
    grid: '#334155',
  },
};

/**
 * Lighter versions of the chart colours (trend entities, conflicts, comparison) for a dark
 * background, where the on-screen shades fall below readable contrast. Unknown colours are kept.
 */
export const DARK_SERIES_COLORS: Readonly<Record<string, string>> = {
  '#2563eb': '#60a5fa',
  '#d97706': '#fbbf24',
  '#059669': '#34d399',
  '#7c3aed': '#a78bfa',
  '#db2777': '#f472b6',
  '#0891b2': '#22d3ee',
  '#65a30d': '#a3e635',
  '#dc2626': '#f87171',
  '#94a3b8': '#cbd5e1',
};

export interface ExportLayoutInput extends ExportSize {
  background: ExportBackground;
  title: string;
  subtitle: string;
  legend: boolean;
  /** Empty to leave the line out. */
  source: string;
  notes: string;
  /**
   * One or two values drawn as a number tile in place of a chart (small data): each value as
   * written over a line saying its period, kind and source; then the target's status, if any.
   */
  tile?: { values: { value: string; meta: string }[]; status?: string };
}

/** Font sizes and spacing in pixels for an export size, scaled from a 1920×1080 slide. */
export interface ExportMetrics {
  margin: number;
  title: number;
  subtitle: number;
  legend: number;
  axis: number;
  label: number;
  footer: number;
  /** Multiplier for line widths and marker sizes of the on-screen chart. */
  marks: number;
}

/**
 * @example exportMetrics({ width: 1920, height: 1080 }).title // 52
 */
export function exportMetrics(size: ExportSize): ExportMetrics {
  const u = Math.sqrt((size.width * size.height) / (1920 * 1080));
  const px = (at1080p: number, min: number) => Math.max(min, Math.round(at1080p * u));
  return {
    margin: px(72, 16),
    title: px(52, 16),
    subtitle: px(32, 12),
    legend: px(26, 11),
    axis: px(26, 11),
    label: px(30, 12),
    footer: px(22, 10),
    marks: Math.round(Math.min(3, Math.max(1, u * 1.8)) * 100) / 100,
  };
}

/** Lines a text needs at a width, from an average glyph width (Inter averages ~0.55 em). */
export function estimateLines(
  text: string,
  fontSize: number,
  width: number,
  emPerChar = 0.55,
): number {
  if (!text) return 0;
  const perLine = Math.max(1, Math.floor(width / (fontSize * emPerChar)));
  return text.split('\n').reduce((sum, line) => {
    // Greedy word wrap, as ECharts' `overflow: 'break'` does.
    let lines = 1;
    let used = 0;
    for (const word of line.split(/\s+/)) {
      const length = word.length;
      if (used > 0 && used + 1 + length > perLine) {
        lines += 1 + Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine;
      } else {
        used += (used > 0 ? 1 : 0) + length;
      }
    }
    return sum + lines;
  }, 0);
}

type Series = Record<string, unknown> & { name?: unknown; data?: unknown };
type Axis = Record<string, unknown>;

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const scaled = (value: unknown, factor: number, fallback: number) =>
  Math.round((typeof value === 'number' ? value : fallback) * factor * 10) / 10;

/**
 * The export's option. The input option is not changed; tooltips, toolbox and animation are dropped
 * (an image has no hover), text is literal ECharts text (never HTML).
 */
export function buildExportOption(
  base: SandarChartOption,
  input: ExportLayoutInput,
): ExportChartOption {
  const m = exportMetrics(input);
  const colors = PALETTES[input.background];
  const contentWidth = input.width - 2 * m.margin;
  const font = `${EXPORT_FONT_FAMILY}, sans-serif`;
  const graphic: GraphicComponentOption[] = [];

  const addText = (
    text: string,
    size: number,
    weight: number,
    fill: string,
    place: { top?: number; bottom?: number },
  ) => {
    graphic.push({
      type: 'text',
      left: m.margin,
      ...place,
      silent: true,
      style: {
        text,
        fontSize: size,
        fontWeight: weight,
        fill,
        fontFamily: font,
        width: contentWidth,
        overflow: 'break',
        lineHeight: Math.round(size * 1.25),
      },
    } as GraphicComponentOption);
    return (
      estimateLines(text, size, contentWidth, weight >= 600 ? 0.6 : 0.55) * Math.round(size * 1.25)
    );
  };

  // Header, top down.
  let y = m.margin;
  if (input.title)
    y +=
      addText(input.title, m.title, 600, colors.text, { top: y }) + Math.round(m.subtitle * 0.35);
  if (input.subtitle) y += addText(input.subtitle, m.subtitle, 400, colors.muted, { top: y });

  const series = asArray(base.series as Series | Series[] | undefined);
  // Lines named at their ends need no legend (see `buildTrendOption`).
  const endLabels = series.some((s) => record(s.endLabel).show === true);
  const showLegend = input.legend && !endLabels && record(asArray(base.legend)[0]).show !== false;
  const legendTop = y + Math.round(m.legend * 0.9);
  const itemWidth = Math.round(25 * m.marks);
  let legendRows = 0;
  if (showLegend) {
    const widths = series.map(
      (s) => String(s.name ?? '').length * m.legend * 0.55 + itemWidth + 5 + m.legend,
    );
    let row = 0;
    legendRows = widths.length > 0 ? 1 : 0;
    for (const w of widths) {
      if (row > 0 && row + w > contentWidth) {
        legendRows++;
        row = 0;
      }
      row += w;
    }
    y = legendTop + legendRows * Math.round(m.legend * 1.6);
  }

  // Footer, bottom up: notes under the source line.
  let footer = m.margin;
  if (input.notes)
    footer +=
      addText(input.notes, m.footer, 400, colors.muted, { bottom: footer }) +
      Math.round(m.footer * 0.3);
  if (input.source)
    footer += addText(input.source, m.footer, 400, colors.muted, { bottom: footer });

  const styleAxis = (axis: Axis): Axis => ({
    ...axis,
    axisLabel: {
      ...record(axis.axisLabel),
      fontSize: m.axis,
      color: colors.muted,
      fontFamily: font,
      margin: Math.round(m.axis * 0.6),
    },
    axisLine: {
      ...record(axis.axisLine),
      lineStyle: {
        ...record(record(axis.axisLine).lineStyle),
        color: colors.axis,
        width: Math.max(1, Math.round(m.marks)),
      },
    },
    axisTick: {
      ...record(axis.axisTick),
      lineStyle: { ...record(record(axis.axisTick).lineStyle), color: colors.axis },
    },
    splitLine: {
      ...record(axis.splitLine),
      lineStyle: {
        ...record(record(axis.splitLine).lineStyle),
        color: colors.grid,
        width: Math.max(1, Math.round(m.marks * 0.6)),
      },
    },
    nameTextStyle: {
      ...record(axis.nameTextStyle),
      fontSize: m.axis,
      color: colors.muted,
      fontFamily: font,
    },
    nameGap: Math.round(m.axis * 0.9),
  });

  const recolor = <T>(value: T): T =>
    input.background === 'dark' && typeof value === 'string'
      ? ((DARK_SERIES_COLORS[value.toLowerCase()] ?? value) as T)
      : value;
  const recolored = (style: Record<string, unknown>): Record<string, unknown> => ({
    ...style,
    ...('color' in style ? { color: recolor(style.color) } : {}),
    ...('borderColor' in style ? { borderColor: recolor(style.borderColor) } : {}),
  });

  const styleSeries = (s: Series): Series => {
    const lineStyle = recolored(record(s.lineStyle));
    const itemStyle = recolored(record(s.itemStyle));
    const data = Array.isArray(s.data)
      ? s.data.map((item: unknown) => {
          const datum = record(item);
          if (!datum.itemStyle) return item;
          const style = recolored(record(datum.itemStyle));
          return {
            ...datum,
            itemStyle: { ...style, borderWidth: scaled(style.borderWidth, m.marks, 1) },
          };
        })
      : s.data;
    // ECharts fills "empty" symbols with white whatever the background: draw them as outlines
    // filled with the background instead, so a hollow target stays hollow on a dark slide.
    const hollow = typeof s.symbol === 'string' && s.symbol.startsWith('empty');
    const color = recolor(typeof s.color === 'string' ? s.color : undefined) ?? itemStyle.color;
    const styled: Series = {
      ...s,
      ...(s.color === undefined ? {} : { color: recolor(s.color) }),
      data,
      animation: false,
      symbol: hollow ? (s.symbol as string).slice(5).toLowerCase() : s.symbol,
      symbolSize:
        typeof s.symbolSize === 'number' ? scaled(s.symbolSize, m.marks, 8) : s.symbolSize,
      lineStyle: { ...lineStyle, width: scaled(lineStyle.width, m.marks, 2) },
      itemStyle: {
        ...itemStyle,
        borderWidth: scaled(itemStyle.borderWidth, m.marks, 1),
        ...(hollow
          ? {
              color: colors.background,
              borderColor: color,
              borderWidth: scaled(itemStyle.borderWidth, m.marks, 2),
            }
          : {}),
      },
      label: {
        ...record(s.label),
        fontSize: m.label,
        fontFamily: font,
        color: colors.text,
        distance: Math.round(m.label * 0.3),
      },
      ...(s.endLabel
        ? {
            endLabel: {
              ...record(s.endLabel),
              show: input.legend && record(s.endLabel).show === true,
              fontSize: m.legend,
              fontFamily: font,
              color: recolor(record(s.endLabel).color) ?? colors.text,
              distance: Math.round(m.legend * 0.4),
            },
          }
        : {}),
      emphasis: { disabled: true },
    };
    return styled;
  };

  // Room on the right for the longest line-end name.
  const endLabelWidth =
    endLabels && input.legend
      ? Math.ceil(
          Math.max(0, ...series.map((s) => String(s.name ?? '').length)) * m.legend * 0.6 +
            m.legend,
        )
      : 0;

  if (input.tile) {
    // Small data: the values themselves, centred in the room a chart would have had.
    const value = Math.round(m.title * 1.5);
    const blocks = input.tile.values.map((entry) => ({
      ...entry,
      height:
        Math.round(value * 1.2) +
        estimateLines(entry.meta, m.subtitle, contentWidth) * Math.round(m.subtitle * 1.25),
    }));
    const gap = Math.round(m.subtitle * 1.2);
    const statusHeight = input.tile.status
      ? estimateLines(input.tile.status, m.subtitle, contentWidth) * Math.round(m.subtitle * 1.25)
      : 0;
    const total =
      blocks.reduce((sum, block) => sum + block.height, 0) +
      gap * Math.max(0, blocks.length - 1) +
      (statusHeight ? gap + statusHeight : 0);
    let top = Math.max(y, Math.round(y + (input.height - footer - y - total) / 2));
    for (const block of blocks) {
      top += addText(block.value, value, 650, colors.text, { top });
      top += addText(block.meta, m.subtitle, 400, colors.muted, { top }) + gap;
    }
    if (input.tile.status) addText(input.tile.status, m.subtitle, 600, colors.text, { top });
  }

  const option: ExportChartOption = {
    animation: false,
    backgroundColor: colors.background,
    textStyle: { fontFamily: font, color: colors.text },
    legend: {
      show: showLegend && series.length > 0,
      type: 'plain',
      left: m.margin,
      top: legendTop,
      width: contentWidth,
      itemWidth,
      itemHeight: Math.round(14 * m.marks),
      itemGap: m.legend,
      textStyle: { fontSize: m.legend, color: colors.text, fontFamily: font },
    },
    grid: {
      left: m.margin,
      right: m.margin + endLabelWidth,
      top: y + Math.round(m.axis * 0.6),
      bottom: footer + Math.round(m.footer * 0.8),
      // Axis labels and the unit name stay inside these margins, aligned with the title.
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    xAxis: asArray(base.xAxis as Axis | Axis[] | undefined).map(
      styleAxis,
    ) as ExportChartOption['xAxis'],
    yAxis: asArray(base.yAxis as Axis | Axis[] | undefined).map(
      styleAxis,
    ) as ExportChartOption['yAxis'],
    series: series.map(styleSeries) as ExportChartOption['series'],
    graphic,
  };
  return option;
}
