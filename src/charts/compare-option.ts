/**
 * The comparison chart for one metric as data: per entity and kind, the baseline as a faint line,
 * the other dataset on top, and every changed point marked. Kinds keep the metric view's line
 * styles (actual solid, target dashed, forecast dotted). Datasets are named short in the legend
 * ("baseline", "upload 6 Dec"); the view and the export name them in full beside it. Points in a unit other than the chart's
 * are left out (the table flags them), so USD never shares an axis with KZT; claims without a
 * period are never placed on the time axis.
 */
import type { Claim, Kind } from '../lib/claim.ts';
import type { DiffEntry } from '../lib/diff.ts';
import { escapeHtml, formatAxisValue, formatPeriod, formatValue, unitName } from '../lib/format.ts';
import type { SandarChartOption } from './echarts-setup.ts';
import { KIND_ORDER, KIND_STYLE, MAX_END_LABELS } from './trend-option.ts';
import { periodX, yearAxis, yearLabelFormatter } from './year-axis.ts';

export interface CompareChartOptions {
  metricLabel: string;
  /** Short names, for the legend: "baseline", "upload 6 Dec". */
  baseName: string;
  otherName: string;
  animation?: boolean;
}

export const BASE_COLOR = '#94a3b8';
export const OTHER_COLOR = '#2563eb';
export const CHANGED_COLOR = '#dc2626';

export interface CompareDatum {
  value: [number, number];
  /** Plain text for the tooltip; escaped when the tooltip is built. */
  note: string;
}

/** The unit most claims of the metric are in: the chart's axis. */
export function dominantUnit(entries: readonly DiffEntry[]): string {
  const counts = new Map<string, number>();
  for (const item of entries) {
    for (const claim of [item.before, item.after])
      if (claim) counts.set(claim.unit, (counts.get(claim.unit) ?? 0) + 1);
  }
  let best = '';
  let bestCount = -1;
  for (const [unit, count] of counts) if (count > bestCount) [best, bestCount] = [unit, count];
  return best;
}

function datum(claim: Claim, side: string): CompareDatum | null {
  const x = periodX(claim.period);
  if (!Number.isFinite(x)) return null;
  return {
    value: [x, claim.value],
    note: `${side}: ${claim.entity}, ${formatPeriod(claim.period)}, ${claim.kind}: ${formatValue(claim.value, claim.unit, claim.unit_label)}`,
  };
}

const byX = (a: CompareDatum, b: CompareDatum) => a.value[0] - b.value[0];

interface Line {
  entity: string;
  kind: Kind;
  base: CompareDatum[];
  other: CompareDatum[];
}

/**
 * @example buildCompareOption(diffClaims(base, other).entries.filter((e) => e.metric === 'x'), { metricLabel: 'X', baseName: 'baseline', otherName: 'upload 6 Dec' })
 */
export function buildCompareOption(
  entries: readonly DiffEntry[],
  options: CompareChartOptions,
): SandarChartOption {
  const unit = dominantUnit(entries);
  const lines = new Map<string, Line>();
  const changed: CompareDatum[] = [];
  const periods: string[] = [];
  for (const item of entries) {
    const claim = (item.after ?? item.before)!;
    const key = `${claim.entity}\u0000${claim.kind}`;
    let line = lines.get(key);
    if (!line)
      lines.set(key, (line = { entity: claim.entity, kind: claim.kind, base: [], other: [] }));
    const before =
      item.before && item.before.unit === unit ? datum(item.before, options.baseName) : null;
    const after =
      item.after && item.after.unit === unit ? datum(item.after, options.otherName) : null;
    if (before) {
      line.base.push(before);
      periods.push(item.before!.period);
    }
    if (after) {
      line.other.push(after);
      periods.push(item.after!.period);
    }
    if (item.status === 'changed' && after) changed.push(after);
    else if (item.status === 'removed' && before) changed.push(before);
  }

  const ordered = [...lines.values()].sort(
    (a, b) =>
      a.entity.localeCompare(b.entity) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  const entityCount = new Set(ordered.map((line) => line.entity)).size;
  // Several entities: each line of the other dataset is named at its end (the legend names the
  // datasets, never the entity).
  const endLabels = entityCount > 1 && ordered.length <= MAX_END_LABELS;
  const series: NonNullable<SandarChartOption['series']> = [];
  for (const line of ordered) {
    const style = KIND_STYLE[line.kind];
    const lineName = line.kind === 'actual' ? line.entity : `${line.entity} ${line.kind}`;
    series.push({
      type: 'line',
      name: options.baseName,
      data: line.base.sort(byX),
      symbol: style.symbol,
      lineStyle: { width: 4, opacity: 0.35, color: BASE_COLOR, type: style.lineType },
      itemStyle: { color: BASE_COLOR, opacity: 0.5 },
      symbolSize: 6,
      z: 1,
    });
    series.push({
      type: 'line',
      name: options.otherName,
      data: line.other.sort(byX),
      symbol: style.symbol,
      lineStyle: { width: 2, color: OTHER_COLOR, type: style.lineType },
      itemStyle: { color: OTHER_COLOR },
      symbolSize: 7,
      z: 2,
      ...(endLabels
        ? { endLabel: { show: true, formatter: lineName, color: OTHER_COLOR, fontSize: 12 } }
        : {}),
    });
  }
  series.push({
    type: 'scatter',
    name: 'Changed',
    data: changed.sort(byX),
    symbol: 'circle',
    symbolSize: 16,
    itemStyle: { color: 'transparent', borderColor: CHANGED_COLOR, borderWidth: 2 },
    z: 3,
  });

  const axis = yearAxis(periods);
  const longest = endLabels
    ? Math.max(
        0,
        ...ordered.map((l) => (l.kind === 'actual' ? l.entity : `${l.entity} ${l.kind}`).length),
      )
    : 0;
  return {
    animation: options.animation ?? true,
    aria: { enabled: true },
    legend: {
      type: 'plain',
      bottom: 0,
      data: [options.baseName, options.otherName, 'Changed'],
    },
    grid: { left: 16, right: Math.max(24, 16 + longest * 7), top: 40, bottom: 40 },
    xAxis: {
      type: 'value',
      min: axis.min,
      max: axis.max,
      interval: axis.interval,
      axisTick: { customValues: axis.ticks },
      splitLine: { show: false },
      axisLabel: {
        hideOverlap: true,
        customValues: axis.ticks,
        formatter: yearLabelFormatter(axis.step),
      },
    },
    yAxis: {
      type: 'value',
      name: unitName(unit),
      axisLabel: { formatter: (value: number) => formatAxisValue(value, unit) },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      // Every string from data is escaped: uploads may carry markup.
      formatter: (params: unknown) => {
        const data = (params as { data?: CompareDatum }).data;
        return data ? escapeHtml(data.note) : '';
      },
    },
    series,
  };
}
