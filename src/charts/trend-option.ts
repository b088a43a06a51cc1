/**
 * The metric view's chart as data: one series per entity and kind over time.
 * Actuals solid with filled markers, targets hollow markers on a dashed line, forecasts dotted;
 * qualifiers drawn on the point; conflicting claims ringed in red.
 */
import type { Claim, Kind } from '../lib/claim.ts';
import { findConflicts, type ClaimRow } from '../lib/claim-rows.ts';
import { compareText } from '../lib/compare-text.ts';
import {
  QUALIFIER_SYMBOLS,
  escapeHtml,
  formatAxisValue,
  formatClaimValue,
  formatPeriod,
  formatValue,
  periodToTime,
  unitName,
} from '../lib/format.ts';
import { effectivePeriod } from '../lib/progress.ts';
import type { SandarChartOption } from './echarts-setup.ts';
import type { OfficialLine } from '../lib/official/chart.ts';

export type Scale = 'linear' | 'log';

export interface TrendOptions {
  metricLabel: string;
  /** Only claims in this unit are drawn (a metric can be told in USD and in KZT). */
  unit: string;
  scale: Scale;
  animation?: boolean;
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
  label?: { show: boolean; formatter: string; position: 'top' };
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
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const KIND_ORDER: readonly Kind[] = ['actual', 'target', 'forecast'];
const KIND_STYLE: Readonly<
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

/** Entities in drawing order: Kazakhstan first, then alphabetical. */
export function entityOrder(rows: readonly Pick<Claim, 'entity'>[]): string[] {
  return [...new Set(rows.map((row) => row.entity))].sort((a, b) =>
    a === 'Kazakhstan' ? -1 : b === 'Kazakhstan' ? 1 : compareText(a, b),
  );
}

/** Plain-text lines of a point's tooltip; the HTML version escapes each one. */
export function tooltipLines(claim: Claim, conflict: boolean): string[] {
  const published = [claim.source_outlet || claim.source_id || 'unknown source', claim.source_date]
    .filter(Boolean)
    .join(', ');
  return [
    `${claim.entity} · ${claim.period ? formatPeriod(claim.period) : `no period (plotted at publication, ${formatPeriod(claim.source_date)})`}`,
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
          `${formatPeriod(effectivePeriod(row))} ${formatClaimValue(row)}${conflicts.has(row.key) ? ' (conflicting)' : ''}`,
      );
      parts.push(`${entity} ${kind}: ${text.join('; ')}.`);
    }
  }
  return parts.join(' ');
}

function drawable(rows: readonly ClaimRow[], unit: string): ClaimRow[] {
  return rows.filter(
    (row) => row.unit === unit && !Number.isNaN(periodToTime(effectivePeriod(row))),
  );
}

function sortedPoints(drawn: readonly ClaimRow[], entity: string, kind: Kind): ClaimRow[] {
  return drawn
    .filter((row) => row.entity === entity && row.kind === kind)
    .sort(
      (a, b) =>
        periodToTime(effectivePeriod(a)) - periodToTime(effectivePeriod(b)) || a.value - b.value,
    );
}

function lastActualBefore(
  drawn: readonly ClaimRow[],
  entity: string,
  target: ClaimRow,
): ClaimRow | undefined {
  const due = periodToTime(effectivePeriod(target));
  return sortedPoints(drawn, entity, 'actual')
    .filter((row) => periodToTime(effectivePeriod(row)) < due)
    .at(-1);
}

export function buildTrendOption(
  rows: readonly ClaimRow[],
  options: TrendOptions,
): SandarChartOption {
  const drawn = drawable(rows, options.unit);
  const conflicts = findConflicts(drawn);
  const byKey = new Map(drawn.map((row) => [row.key, row]));
  const log = options.scale === 'log' && logScaleAllowed(drawn);
  const officialYearly = (options.official ?? []).every((line) =>
    line.points.every((point) => point.period.length === 4),
  );
  const entities = entityOrder(drawn);

  const series: NonNullable<SandarChartOption['series']> = [];
  entities.forEach((entity, entityIndex) => {
    const color = ENTITY_COLORS[entityIndex % ENTITY_COLORS.length]!;
    for (const kind of KIND_ORDER) {
      const points = sortedPoints(drawn, entity, kind);
      if (points.length === 0) continue;
      const style = KIND_STYLE[kind];
      const data: TrendDatum[] = points.map((row) => {
        const symbol = QUALIFIER_SYMBOLS[row.qualifier];
        const conflict = conflicts.has(row.key);
        const datum: TrendDatum = {
          value: [periodToTime(effectivePeriod(row)), row.value],
          claimKey: row.key,
        };
        if (symbol || conflict)
          datum.label = {
            show: true,
            formatter: `${symbol}${conflict ? ' !' : ''}`.trim(),
            position: 'top',
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
        data.unshift({
          value: [periodToTime(effectivePeriod(start)), start.value],
          claimKey: '',
          symbol: 'none',
        });
      series.push({
        type: 'line',
        name: `${entity} · ${kind}`,
        data,
        color,
        symbol: style.symbol,
        symbolSize: style.symbolSize,
        showAllSymbol: true,
        lineStyle: { type: style.lineType, width: kind === 'actual' ? 2.5 : 1.5, color },
        itemStyle: { color, borderWidth: kind === 'actual' ? 1 : 2 },
        label: { color: '#111827', fontWeight: 'bold', fontSize: 13 },
        emphasis: { focus: 'series' },
      });
    }
  });
  for (const line of options.official ?? []) {
    const data: TrendDatum[] = line.points
      .filter((point) => !log || point.value > 0)
      .map((point) => ({
        value: [periodToTime(point.period), point.value],
        claimKey: '',
        officialText: [
          line.entity,
          formatPeriod(point.period),
          `official: ${formatValue(point.value, options.unit)}`,
        ].join(' · '),
      }));
    series.push({
      type: 'line',
      name: `${line.entity} · official`,
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
        .map((row) => [periodToTime(effectivePeriod(row)), row.value]),
      z: 1,
    });
  }

  return {
    animation: options.animation ?? true,
    animationDuration: 400,
    grid: { left: 16, right: 32, top: 56, bottom: 16 },
    legend: { top: 0, type: 'plain' },
    tooltip: {
      trigger: 'item',
      confine: true,
      // Every string from the data is escaped: a claim's text is never markup.
      formatter: (params: unknown) => {
        const data = (params as { data?: Partial<TrendDatum> }).data;
        const claim = data?.claimKey ? byKey.get(data.claimKey) : undefined;
        if (!claim) return data?.officialText ? escapeHtml(data.officialText) : '';
        return tooltipLines(claim, conflicts.has(claim.key)).map(escapeHtml).join('<br>');
      },
    },
    // Yearly figures get yearly ticks ("2024", not "Jul"); finer periods keep ECharts' own.
    xAxis:
      drawn.every((row) => effectivePeriod(row).length === 4) && officialYearly
        ? {
            type: 'time',
            minInterval: YEAR_MS,
            axisLabel: { hideOverlap: true, formatter: '{yyyy}' },
          }
        : { type: 'time', axisLabel: { hideOverlap: true } },
    yAxis: {
      type: log ? 'log' : 'value',
      name: unitName(options.unit, drawn[0]?.unit_label ?? ''),
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (value: number) => formatAxisValue(value, options.unit) },
    },
    series,
  };
}
