/**
 * The metric view's chart as data: one series per entity and kind over the years the claims name.
 * Actuals solid with filled markers, targets hollow markers on a dashed line, forecasts dotted;
 * qualifiers drawn on the point; conflicting claims ringed in red. Values are written on the points
 * (at least the latest actual and every target), and with five series or fewer each line is named
 * at its end instead of in a legend. Claims without a period are not drawn (the view lists them).
 */
import type { Claim, Kind } from '../lib/claim.ts';
import { findConflicts, primaryEntity, type ClaimRow } from '../lib/claim-rows.ts';
import { compareText } from '../lib/compare-text.ts';
import {
  QUALIFIER_SYMBOLS,
  escapeHtml,
  formatAxisValue,
  formatClaimValue,
  formatPeriod,
  formatValue,
  unitName,
} from '../lib/format.ts';
import { sourceName } from '../lib/source-name.ts';
import type { SandarChartOption } from './echarts-setup.ts';
import { datedRows, periodX, yearAxis, yearLabelFormatter } from './year-axis.ts';
import type { OfficialLine } from '../lib/official/chart.ts';

export type Scale = 'linear' | 'log';

export interface TrendOptions {
  metricLabel: string;
  /** Only claims in this unit are drawn (a metric can be told in USD and in KZT). */
  unit: string;
  scale: Scale;
  animation?: boolean;
  /** Document titles by source id, to name a source whose outlet is unknown. */
  titles?: ReadonlyMap<string, string>;
  /** The chart's width in pixels, where known: room below the plot for a legend that wraps. */
  width?: number;
  /** Official series in `unit`, drawn as thin grey lines under the claims. */
  official?: readonly OfficialLine[];
  /** Marker colour per claim key, from the claim's verdict against the official figure. */
  verdictColors?: ReadonlyMap<string, string>;
}

export const OFFICIAL_COLOR = '#9ca3af';

/** A point as the chart holds it; `claimKey` leads back to the claim on click. */
export interface TrendDatum {
  value: [number, number];
  /** Empty for the connector's starting point, which is not a claim of this series. */
  claimKey: string;
  symbol?: 'none';
  label?: { show: boolean; formatter: string; position: 'top' | 'bottom' };
  itemStyle?: { borderColor?: string; borderWidth?: number; color?: string };
  /** Official points: the tooltip's text. */
  officialText?: string;
}

export const ENTITY_COLORS = [
  '#2563eb',
  '#d97706',
  '#059669',
  '#7c3aed',
  '#db2777',
  '#0891b2',
  '#65a30d',
  '#dc2626',
];
export const CONFLICT_COLOR = '#dc2626';
/** With this many series or fewer, lines are named at their ends and no legend is drawn. */
export const MAX_END_LABELS = 5;
/** Narrower than this (a phone), lines are named in a legend: names at line ends would collide. */
export const NARROW_CHART = 480;
/** With this many points or fewer, every point carries its value. */
const LABEL_ALL_POINTS = 6;
export const KIND_ORDER: readonly Kind[] = ['actual', 'target', 'forecast'];
export const KIND_STYLE: Readonly<
  Record<Kind, { lineType: 'solid' | 'dashed' | 'dotted'; symbol: string; symbolSize: number }>
> = {
  actual: { lineType: 'solid', symbol: 'circle', symbolSize: 9 },
  target: { lineType: 'dashed', symbol: 'emptyCircle', symbolSize: 11 },
  forecast: { lineType: 'dotted', symbol: 'emptyDiamond', symbolSize: 12 },
};

/** Whether a log axis can show these values (all above zero). */
export function logScaleAllowed(rows: readonly Pick<Claim, 'value'>[]): boolean {
  return rows.length > 0 && rows.every((row) => row.value > 0);
}

/** Entities in drawing order: the primary one (see `primaryEntity`) first, then alphabetical. */
export function entityOrder(rows: readonly Pick<Claim, 'entity'>[]): string[] {
  const first = primaryEntity(rows);
  return [...new Set(rows.map((row) => row.entity))].sort((a, b) =>
    a === first ? -1 : b === first ? 1 : compareText(a, b),
  );
}

/** Plain-text lines of a point's tooltip; the HTML version escapes each one. */
export function tooltipLines(
  claim: Claim,
  conflict: boolean,
  titles?: ReadonlyMap<string, string>,
): string[] {
  const published = [sourceName(claim, titles), claim.source_date].filter(Boolean).join(', ');
  return [
    `${claim.entity} · ${claim.period ? formatPeriod(claim.period) : 'no period stated'}`,
    `${formatClaimValue(claim)} (${unitName(claim.unit, claim.unit_label)})`,
    `${claim.kind}${conflict ? ' · conflicts with another claim for this period' : ''}`,
    published,
  ];
}

/**
 * The chart in words, every point as written, for screen readers (the chart element's
 * aria-label) and as the text alternative of an exported image.
 */
export function describeTrend(
  rows: readonly ClaimRow[],
  options: Pick<TrendOptions, 'metricLabel' | 'unit'>,
): string {
  const drawn = drawable(rows, options.unit);
  const conflicts = findConflicts(drawn);
  const parts = [`${options.metricLabel}, ${unitName(options.unit)}.`];
  for (const entity of entityOrder(drawn)) {
    for (const kind of KIND_ORDER) {
      const points = sortedPoints(drawn, entity, kind);
      if (points.length === 0) continue;
      const text = points.map(
        (row) =>
          `${formatPeriod(row.period)} ${formatClaimValue(row)}${conflicts.has(row.key) ? ' (conflicting)' : ''}`,
      );
      parts.push(`${entity} ${kind}: ${text.join('; ')}.`);
    }
  }
  const undated = rows.filter((row) => row.unit === options.unit).length - drawn.length;
  if (undated > 0)
    parts.push(`${undated} claim${undated === 1 ? '' : 's'} with no period stated, not drawn.`);
  return parts.join(' ');
}

/** The claims the chart draws: in its unit, with a period of their own. */
export function drawable(rows: readonly ClaimRow[], unit: string): ClaimRow[] {
  return datedRows(rows.filter((row) => row.unit === unit));
}

function sortedPoints(drawn: readonly ClaimRow[], entity: string, kind: Kind): ClaimRow[] {
  return drawn
    .filter((row) => row.entity === entity && row.kind === kind)
    .sort((a, b) => periodX(a.period) - periodX(b.period) || a.value - b.value);
}

function lastActualBefore(
  drawn: readonly ClaimRow[],
  entity: string,
  target: ClaimRow,
): ClaimRow | undefined {
  const due = periodX(target.period);
  return sortedPoints(drawn, entity, 'actual')
    .filter((row) => periodX(row.period) < due)
    .at(-1);
}

/**
 * Rows a plain legend needs at a width (about 7 px a character, 40 px for each symbol and gap);
 * an unknown width counts as a phone's.
 */
export function legendRows(names: readonly string[], width = 360): number {
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = name.length * 7 + 40;
    if (used > 0 && used + item > width) [rows, used] = [rows + 1, 0];
    used += item;
  }
  return rows;
}

/** What names a series: its kind alone when one entity is drawn, else entity and kind. */
export function seriesName(entity: string, kind: Kind, entityCount: number): string {
  const kindName = kind[0]!.toUpperCase() + kind.slice(1);
  if (entityCount === 1) return kindName;
  return kind === 'actual' ? entity : `${entity} ${kind}`;
}

/**
 * Which points carry their value: all of them in a small chart; otherwise the latest actual and
 * latest forecast of each entity and every target.
 */
export function labelledKeys(drawn: readonly ClaimRow[]): Set<string> {
  if (drawn.length <= LABEL_ALL_POINTS) return new Set(drawn.map((row) => row.key));
  const keys = new Set<string>();
  for (const entity of entityOrder(drawn)) {
    for (const kind of KIND_ORDER) {
      const points = sortedPoints(drawn, entity, kind);
      if (kind === 'target') for (const row of points) keys.add(row.key);
      else if (points.length > 0) keys.add(points.at(-1)!.key);
    }
  }
  return keys;
}

export function buildTrendOption(
  rows: readonly ClaimRow[],
  options: TrendOptions,
): SandarChartOption {
  const drawn = drawable(rows, options.unit);
  const conflicts = findConflicts(drawn);
  const byKey = new Map(drawn.map((row) => [row.key, row]));
  const log = options.scale === 'log' && logScaleAllowed(drawn);
  const entities = entityOrder(drawn);
  const labelled = labelledKeys(drawn);

  const series: NonNullable<SandarChartOption['series']> = [];
  const names: string[] = [];
  const drawnSeries: { entity: string; kind: Kind; connector: boolean }[] = [];
  entities.forEach((entity, entityIndex) => {
    const color = ENTITY_COLORS[entityIndex % ENTITY_COLORS.length]!;
    for (const kind of KIND_ORDER) {
      const points = sortedPoints(drawn, entity, kind);
      if (points.length === 0) continue;
      const style = KIND_STYLE[kind];
      const data: TrendDatum[] = points.map((row) => {
        const symbol = QUALIFIER_SYMBOLS[row.qualifier];
        const conflict = conflicts.has(row.key);
        const datum: TrendDatum = { value: [periodX(row.period), row.value], claimKey: row.key };
        const text = labelled.has(row.key) ? formatClaimValue(row) : symbol;
        if (text || conflict)
          datum.label = {
            show: true,
            formatter: `${text}${conflict ? ' !' : ''}`.trim(),
            // Targets and forecasts above, actuals below: a target over its actual stays readable.
            position: kind === 'actual' && labelled.has(row.key) ? 'bottom' : 'top',
          };
        if (conflict) datum.itemStyle = { borderColor: CONFLICT_COLOR, borderWidth: 3 };
        const verdictColor = options.verdictColors?.get(row.key);
        if (verdictColor)
          datum.itemStyle = {
            ...datum.itemStyle,
            color: kind === 'actual' ? verdictColor : '#ffffff',
            ...(conflict ? {} : { borderColor: verdictColor }),
          };
        return datum;
      });
      // Promises set against results: the dashed target line starts at the last actual before
      // the first target, so the distance still to go is drawn, not only the goal.
      const start = kind === 'target' ? lastActualBefore(drawn, entity, points[0]!) : undefined;
      if (start)
        data.unshift({ value: [periodX(start.period), start.value], claimKey: '', symbol: 'none' });
      const name = seriesName(entity, kind, entities.length);
      names.push(name);
      drawnSeries.push({ entity, kind, connector: start !== undefined });
      series.push({
        type: 'line',
        name,
        data,
        color,
        symbol: style.symbol,
        symbolSize: style.symbolSize,
        showAllSymbol: true,
        lineStyle: { type: style.lineType, width: kind === 'actual' ? 2.5 : 1.5, color },
        itemStyle: { color, borderWidth: kind === 'actual' ? 1 : 2 },
        label: { color: '#111827', fontWeight: 'bold', fontSize: 12 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'series' },
      });
    }
  });
  const endLabels =
    series.length <= MAX_END_LABELS &&
    !(options.width !== undefined && options.width < NARROW_CHART);
  if (endLabels)
    series.forEach((entry, index) => {
      const { entity, kind } = drawnSeries[index]!;
      // An actual line whose last point starts a dashed target line: its name goes above that.
      const raised =
        kind === 'actual' &&
        drawnSeries.some((other) => other.entity === entity && other.connector);
      Object.assign(entry, {
        endLabel: {
          show: true,
          formatter: String(entry.name),
          color: (entry as { color: string }).color,
          fontWeight: 600,
          fontSize: 12,
          distance: 8,
          ...(raised ? { offset: [0, -12] } : {}),
        },
      });
    });
  for (const line of options.official ?? []) {
    const data: TrendDatum[] = line.points
      .filter((point) => !log || point.value > 0)
      .filter((point) => Number.isFinite(periodX(point.period)))
      .map((point) => ({
        value: [periodX(point.period), point.value],
        claimKey: '',
        officialText: [
          line.entity,
          formatPeriod(point.period),
          `official: ${formatValue(point.value, options.unit)}`,
        ].join(' · '),
      }));
    const name = `${line.entity} · official`;
    if (!endLabels) names.push(name);
    series.push({
      type: 'line',
      name,
      data,
      color: OFFICIAL_COLOR,
      symbol: 'circle',
      symbolSize: 4,
      showAllSymbol: true,
      lineStyle: { width: 1.5, color: OFFICIAL_COLOR },
      itemStyle: { color: OFFICIAL_COLOR },
      z: 1,
    });
  }
  if (conflicts.size > 0) {
    // A line series with its line hidden: rings only, and no scatter chart code to download.
    series.push({
      type: 'line',
      name: 'Conflicting claims',
      silent: true,
      lineStyle: { opacity: 0 },
      showAllSymbol: true,
      symbol: 'emptyCircle',
      symbolSize: 22,
      color: CONFLICT_COLOR,
      itemStyle: { color: CONFLICT_COLOR, borderWidth: 2 },
      data: drawn
        .filter((row) => conflicts.has(row.key))
        .map((row) => [periodX(row.period), row.value]),
      z: 1,
    });
  }

  // The official history widens the axis: claims are read against the years before them.
  const officialPeriods = (options.official ?? []).flatMap((line) =>
    line.points.filter((point) => !log || point.value > 0).map((point) => point.period),
  );
  const axis = yearAxis([...drawn.map((row) => row.period), ...officialPeriods]);
  // Room on the right for the longest line-end name (about 7 px a character at 12 px).
  const longest = endLabels ? Math.max(0, ...names.map((name) => name.length)) : 0;
  return {
    animation: options.animation ?? true,
    animationDuration: 400,
    grid: {
      left: 16,
      right: Math.max(32, 16 + Math.ceil(longest * 7)),
      top: 40,
      bottom: endLabels ? 16 : 40 + 22 * legendRows(names, options.width),
    },
    legend: endLabels
      ? { show: false }
      : { show: true, type: 'plain', bottom: 0, left: 0, data: names },
    tooltip: {
      trigger: 'item',
      confine: true,
      // Every string from the data is escaped: a claim's text is never markup.
      formatter: (params: unknown) => {
        const data = (params as { data?: Partial<TrendDatum> }).data;
        const claim = data?.claimKey ? byKey.get(data.claimKey) : undefined;
        if (!claim) return data?.officialText ? escapeHtml(data.officialText) : '';
        return tooltipLines(claim, conflicts.has(claim.key), options.titles)
          .map(escapeHtml)
          .join('<br>');
      },
    },
    // Years as numbers: annual figures get integer-year ticks, months only where claims have them.
    xAxis: {
      type: 'value',
      min: axis.min,
      max: axis.max,
      interval: axis.interval,
      axisTick: { customValues: axis.ticks },
      minInterval: axis.step === 'year' ? 1 : undefined,
      splitLine: { show: false },
      axisLabel: {
        hideOverlap: true,
        customValues: axis.ticks,
        formatter: yearLabelFormatter(axis.step),
      },
    },
    yAxis: {
      type: log ? 'log' : 'value',
      name: unitName(options.unit, drawn[0]?.unit_label ?? ''),
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (value: number) => formatAxisValue(value, options.unit) },
    },
    series,
  };
}
