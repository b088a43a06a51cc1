/**
 * The comparison chart for one metric as data: per entity, the baseline as a faint line, the
 * other dataset on top, and every changed point marked. Points in a unit other than the chart's
 * are left out (the table flags them), so USD never shares an axis with KZT.
 */
import type { Claim } from '../lib/claim.ts';
import type { DiffEntry } from '../lib/diff.ts';
import {
  escapeHtml,
  formatAxisValue,
  formatPeriod,
  formatValue,
  periodToTime,
  unitName,
} from '../lib/format.ts';
import type { SandarChartOption } from './echarts-setup.ts';

export interface CompareChartOptions {
  metricLabel: string;
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
  const time = periodToTime(claim.period);
  if (!Number.isFinite(time)) return null;
  return {
    value: [time, claim.value],
    note: `${side}: ${claim.entity}, ${formatPeriod(claim.period)}, ${claim.kind}: ${formatValue(claim.value, claim.unit, claim.unit_label)}`,
  };
}

const byTime = (a: CompareDatum, b: CompareDatum) => a.value[0] - b.value[0];

/**
 * @example buildCompareOption(diffClaims(base, other).entries.filter((e) => e.metric === 'x'), { metricLabel: 'X', baseName: 'baseline', otherName: 'new.csv' })
 */
export function buildCompareOption(
  entries: readonly DiffEntry[],
  options: CompareChartOptions,
): SandarChartOption {
  const unit = dominantUnit(entries);
  const lines = new Map<string, { base: CompareDatum[]; other: CompareDatum[] }>();
  const changed: CompareDatum[] = [];
  for (const item of entries) {
    const claim = (item.after ?? item.before)!;
    const name = claim.kind === 'actual' ? claim.entity : `${claim.entity} (${claim.kind})`;
    let line = lines.get(name);
    if (!line) lines.set(name, (line = { base: [], other: [] }));
    const before =
      item.before && item.before.unit === unit ? datum(item.before, options.baseName) : null;
    const after =
      item.after && item.after.unit === unit ? datum(item.after, options.otherName) : null;
    if (before) line.base.push(before);
    if (after) line.other.push(after);
    if (item.status === 'changed' && after) changed.push(after);
    else if (item.status === 'removed' && before) changed.push(before);
  }

  const series: NonNullable<SandarChartOption['series']> = [];
  for (const [name, line] of lines) {
    series.push({
      type: 'line',
      name: `${name}: ${options.baseName}`,
      data: line.base.sort(byTime),
      lineStyle: { width: 4, opacity: 0.35, color: BASE_COLOR },
      itemStyle: { color: BASE_COLOR, opacity: 0.5 },
      symbolSize: 6,
      z: 1,
    });
    series.push({
      type: 'line',
      name: `${name}: ${options.otherName}`,
      data: line.other.sort(byTime),
      lineStyle: { width: 2, color: OTHER_COLOR },
      itemStyle: { color: OTHER_COLOR },
      symbolSize: 7,
      z: 2,
    });
  }
  series.push({
    type: 'scatter',
    name: 'Changed',
    data: changed.sort(byTime),
    symbol: 'circle',
    symbolSize: 16,
    itemStyle: { color: 'transparent', borderColor: CHANGED_COLOR, borderWidth: 2 },
    z: 3,
  });

  return {
    animation: options.animation ?? true,
    aria: { enabled: true },
    title: {
      text: options.metricLabel,
      subtext: `${options.baseName} (faint) against ${options.otherName}`,
      left: 0,
    },
    legend: {
      type: 'plain',
      bottom: 0,
      data: ['Changed', ...series.slice(0, -1).map((entry) => String(entry.name))],
    },
    grid: { left: 70, right: 24, top: 70, bottom: 70 },
    xAxis: { type: 'time' },
    yAxis: {
      type: 'value',
      name: unitName(unit),
      axisLabel: { formatter: (value: number) => formatAxisValue(value, unit) },
    },
    tooltip: {
      trigger: 'item',
      // Every string from data is escaped: uploads may carry markup.
      formatter: (params: unknown) => {
        const data = (params as { data?: CompareDatum }).data;
        return data ? escapeHtml(data.note) : '';
      },
    },
    series,
  };
}
