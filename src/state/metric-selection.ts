/**
 * What the metric view shows for a view state: which metric, entity, unit and scale, with the
 * choices offered for each. A value the data cannot show (an old link, another dataset) falls
 * back to a default rather than to an empty chart. Pure.
 */
import { logScaleAllowed, type Scale } from '../charts/trend-option.ts';
import { primaryEntity, unitsByUse, type ClaimRow } from '../lib/claim-rows.ts';
import { compareText } from '../lib/compare-text.ts';

export interface MetricSelection {
  /** Every metric as [slug, label], by label. */
  metrics: [string, string][];
  metric: string;
  label: string;
  /** The metric's claims, every entity and unit. */
  metricRows: ClaimRow[];
  entities: string[];
  /** The entity chosen; empty for all. */
  entity: string;
  /** The entity the chart is about: the chosen one, or the primary one of the drawn rows. */
  chartEntity: string;
  /** Units of the chosen entity's claims, most used first. */
  units: string[];
  unit: string;
  chartRows: ClaimRow[];
  canLog: boolean;
  scale: Scale;
}

/**
 * @example metricSelection(rows, { metric: 'gone', entity: '', unit: '', scale: 'log' })
 *   // the first metric by label, all its entities, its most used unit other than "multiple"
 */
export function metricSelection(
  rows: readonly ClaimRow[],
  state: { metric: string; entity: string; unit: string; scale: Scale },
): MetricSelection {
  // A metric's label is the first one its claims give (an uploaded row may have none).
  const labels = new Map<string, string>();
  for (const row of rows)
    if (!labels.get(row.metric)) labels.set(row.metric, row.metric_label || '');
  const metrics = [...labels].map(([slug, name]): [string, string] => [slug, name || slug]);
  metrics.sort((a, b) => compareText(a[1], b[1]));
  const metric = metrics.some(([slug]) => slug === state.metric)
    ? state.metric
    : (metrics[0]?.[0] ?? '');
  const metricRows = rows.filter((row) => row.metric === metric);
  const label = metrics.find(([slug]) => slug === metric)?.[1] ?? metric;
  const entities = [...new Set(metricRows.map((row) => row.entity))].sort();
  const entity = entities.includes(state.entity) ? state.entity : '';
  const entityRows = entity ? metricRows.filter((row) => row.entity === entity) : metricRows;
  const units = unitsByUse(entityRows);
  // A growth multiple ("fivefold") is not a level: any other unit is the better default.
  const unit = units.includes(state.unit)
    ? state.unit
    : (units.find((u) => u !== 'multiple') ?? units[0] ?? '');
  const chartRows = entityRows.filter((row) => row.unit === unit);
  const canLog = logScaleAllowed(chartRows);
  return {
    metrics,
    metric,
    label,
    metricRows,
    entities,
    entity,
    chartEntity: entity || primaryEntity(chartRows) || '',
    units,
    unit,
    chartRows,
    canLog,
    scale: canLog ? state.scale : 'linear',
  };
}
