/**
 * Official figures as Sandar keeps them: never claims, one value per metric, entity and period,
 * in the claims' units, each naming the indicator it came from.
 */
import type { TableRead } from './read-table.ts';

export interface OfficialValue {
  metric: string;
  entity: string;
  /** `YYYY` for annual series. */
  period: string;
  /** Fully scaled, as claims are: 2.6e11 for "262.6 billion". */
  value: number;
  unit: string;
  /** The table's indicator name, e.g. "GDP (current US$)". */
  indicator: string;
}

/** How the user mapped one indicator of a table; an empty metric leaves it out. */
export interface IndicatorChoice {
  /** `IndicatorSummary.key`. */
  key: string;
  metric: string;
  unit: string;
  scale: number;
}

/**
 * The mapped indicators' figures, scaled into the claims' units.
 * @example toOfficialValues(read, [{ key: 'NY.GDP.MKTP.CD', metric: 'gdp', unit: 'USD', scale: 1 }])
 */
export function toOfficialValues(
  read: Pick<TableRead, 'points' | 'indicators'>,
  choices: readonly IndicatorChoice[],
): OfficialValue[] {
  const byKey = new Map(choices.filter((c) => c.metric && c.unit).map((c) => [c.key, c]));
  const mapped = read.indicators.map((indicator) => byKey.get(indicator.key));
  const values: OfficialValue[] = [];
  for (const point of read.points) {
    const choice = mapped[point.indicator];
    if (!choice || !point.entity) continue;
    values.push({
      metric: choice.metric,
      entity: point.entity,
      period: point.period,
      // Round away the float noise of scaling (262.6 × 1e9), keeping 12 significant digits.
      value: Number((point.value * choice.scale).toPrecision(12)),
      unit: choice.unit,
      indicator: read.indicators[point.indicator]!.name,
    });
  }
  return values;
}

/** Where an official figure comes from: one stored version (vintage) of one official table. */
export interface OfficialSource {
  id: string;
  /** What the user calls it, e.g. "GDP (WDI)". */
  name: string;
  /** Who publishes it: "World Bank, World Development Indicators". */
  source: string;
  fileName: string;
  /** `YYYY-MM-DD` the file was downloaded (as the user confirmed it). */
  downloaded: string;
  /** The same table across downloads: its layout and indicators (see `tableKey`). */
  tableKey: string;
  /** 1 for the first stored download of the table, 2 for the next… */
  vintage: number;
  /** Milliseconds since the epoch, when it was stored. */
  createdAt: number;
  /** Shipped with Sandar (stored on first visit), not uploaded. */
  shipped: boolean;
}

/**
 * The identity of a table across downloads: its layout and the indicators mapped from it.
 * @example tableKey('wdi|country name', ['NY.GDP.MKTP.CD']) // 'wdi|country name#NY.GDP.MKTP.CD'
 */
export function tableKey(layoutKey: string, indicatorKeys: readonly string[]): string {
  return `${layoutKey}#${[...indicatorKeys].sort().join(',')}`;
}

/** Which column plays which part; -1 where none. `periodsFrom`: wide tables' first year column. */
export interface ColumnRoles {
  entity: number;
  indicator: number;
  code: number;
  unit: number;
  period: number;
  value: number;
}

/** What the user confirmed for a layout, kept so next year's download imports in one click. */
export interface LayoutMapping {
  /** `layoutKey` of the table. */
  key: string;
  roles: ColumnRoles;
  indicators: IndicatorChoice[];
  /** Who publishes it, as the user named it. */
  source: string;
  savedAt: number;
}

/**
 * The key of one series: a metric for one entity (every period and unit of it).
 * @example seriesKey('gdp', 'Kazakhstan') // 'gdp\u0000Kazakhstan'
 */
export function seriesKey(metric: string, entity: string): string {
  return `${metric}\u0000${entity}`;
}

/**
 * Values grouped by series, in the order each series first appears: how they are stored, so
 * the page reads a big table a few series at a time and looks figures up by series.
 * @example groupBySeries([gdp2022, pop2022, gdp2023]) // [[gdp2022, gdp2023], [pop2022]]
 */
export function groupBySeries(values: readonly OfficialValue[]): OfficialValue[][] {
  const groups = new Map<string, OfficialValue[]>();
  for (const value of values) {
    const key = seriesKey(value.metric, value.entity);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return [...groups.values()];
}
