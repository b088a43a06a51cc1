/**
 * Reads the figures of an official table once its layout is known: one point per entity,
 * indicator and year, plus a summary per indicator for the mapping step. Cells marked as
 * "no data" ("..", "n/a") are counted, not errors; unreadable cells are problems naming the cell.
 */
import { cellName, headerYear, readCell } from './cells.ts';
import type { Layout } from './layout.ts';
import { readUnit, type UnitReading } from './units.ts';

export interface TablePoint {
  entity: string;
  /** Index into `TableRead.indicators`. */
  indicator: number;
  period: string;
  /** As written in the table, before the indicator's scale is applied. */
  value: number;
}

export interface IndicatorSummary {
  /** Stable across downloads: the indicator's code where the table has one, else its name. */
  key: string;
  name: string;
  code: string;
  /** The unit and scale cells, where the table has such columns (WEO). */
  unitText: string;
  scaleText: string;
  /** Unit and scale read from the name, unit and scale cells (or the title). */
  reading: UnitReading;
  points: number;
  entities: number;
  firstPeriod: string;
  lastPeriod: string;
}

export interface CellProblem {
  /** `F7`. */
  cell: string;
  value: string;
  reason: string;
}

export interface TableRead {
  /** The figures of the indicators kept. */
  points: TablePoint[];
  /** Figures read, kept or not. */
  pointCount: number;
  indicators: IndicatorSummary[];
  /** Cells marked as "no data", by marker: `{ '..': 412 }`. */
  missing: Record<string, number>;
  /** Figures written with a decimal comma ("1 234,5"), read as such. */
  decimalCommaCells: number;
  problems: CellProblem[];
  problemCount: number;
}

const MAX_PROBLEMS = 200;

/** Spellings of Kazakhstan in bureau tables that claims write as "Kazakhstan". */
export function entityName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (/^(republic of kazakhstan|kazakhstan, rep(ublic)?\.? of|республика казахстан)$/i.test(name))
    return 'Kazakhstan';
  return name;
}

/**
 * @param decimalComma the file is semicolon-separated: commas are decimal marks
 * @example readTable(records, detectLayout(records, 'gdp.csv')).points[0] // { entity: 'Kazakhstan', indicator: 0, period: '2022', value: 225496000000 }
 */
/**
 * @param keep which indicators' figures to keep in `points` (all by default); the others are
 *   still read, checked and counted, so a preview of a big table holds only its summaries
 * @param onlyKept skip the other indicators' cells altogether (their summaries stay empty)
 */
export function readTable(
  records: readonly (readonly string[])[],
  layout: Layout,
  decimalComma = false,
  keep: (indicator: IndicatorSummary) => boolean = () => true,
  onlyKept = false,
): TableRead {
  const points: TablePoint[] = [];
  const indicators: IndicatorSummary[] = [];
  const byKey = new Map<string, number>();
  const entitiesOf: Set<string>[] = [];
  const missing: Record<string, number> = {};
  const problems: CellProblem[] = [];
  let problemCount = 0;
  let decimalCommaCells = 0;
  let pointCount = 0;
  const kept: boolean[] = [];
  const titleIndicator = layout.title.split('\n')[0] ?? '';

  const indicatorOf = (record: readonly string[]): number => {
    const name = layout.indicator >= 0 ? (record[layout.indicator] ?? '').trim() : titleIndicator;
    const code = layout.code >= 0 ? (record[layout.code] ?? '').trim() : '';
    const unitText = layout.unit >= 0 ? (record[layout.unit] ?? '').trim() : '';
    const scaleText = layout.scale >= 0 ? (record[layout.scale] ?? '').trim() : '';
    const key = [code || name, unitText, scaleText].filter(Boolean).join(' · ');
    let index = byKey.get(key);
    if (index === undefined) {
      index = indicators.length;
      byKey.set(key, index);
      const reading = readUnit(name, unitText, scaleText, layout.indicator < 0 ? layout.title : '');
      indicators.push({
        key,
        name: name || '(unnamed)',
        code,
        unitText,
        scaleText,
        reading,
        points: 0,
        entities: 0,
        firstPeriod: '',
        lastPeriod: '',
      });
      entitiesOf.push(new Set());
      kept.push(keep(indicators[index]!));
    }
    return index;
  };

  const add = (row: number, column: number, entity: string, indicator: number, period: string) => {
    const raw = records[row]![column] ?? '';
    // An empty cell, a ninth of a WDI table: no figure and no marker to count.
    if (raw === '') return;
    const cell = readCell(raw, decimalComma);
    if (cell.kind === 'missing') {
      if (cell.marker) missing[cell.marker] = (missing[cell.marker] ?? 0) + 1;
      return;
    }
    if (cell.kind === 'invalid') {
      problemCount++;
      if (problems.length < MAX_PROBLEMS)
        problems.push({ cell: cellName(row, column), value: raw, reason: 'is not a number' });
      return;
    }
    if (cell.decimalComma) decimalCommaCells++;
    pointCount++;
    if (kept[indicator]) points.push({ entity, indicator, period, value: cell.value });
    const summary = indicators[indicator]!;
    summary.points++;
    entitiesOf[indicator]!.add(entity);
    if (!summary.firstPeriod || period < summary.firstPeriod) summary.firstPeriod = period;
    if (period > summary.lastPeriod) summary.lastPeriod = period;
  };

  for (let row = layout.headerRow + 1; row < layout.endRow; row++) {
    const record = records[row]!;
    if (record.every((cell) => cell.trim() === '')) continue;
    const entity = layout.entity >= 0 ? entityName(record[layout.entity] ?? '') : '';
    const indicator = indicatorOf(record);
    if (onlyKept && !kept[indicator]) continue;
    if (layout.periods.length > 0) {
      for (const { column, period } of layout.periods) add(row, column, entity, indicator, period);
    } else {
      const rawPeriod = (record[layout.period] ?? '').trim();
      const period =
        headerYear(rawPeriod) ?? (/^\d{4}(-\d{2}){0,2}$/.test(rawPeriod) ? rawPeriod : null);
      if (period === null) {
        problemCount++;
        if (problems.length < MAX_PROBLEMS)
          problems.push({
            cell: cellName(row, layout.period),
            value: rawPeriod,
            reason: 'is not a year (YYYY) or a period (YYYY-MM, YYYY-MM-DD)',
          });
        continue;
      }
      add(row, layout.value, entity, indicator, period);
    }
  }
  indicators.forEach((summary, i) => (summary.entities = entitiesOf[i]!.size));
  return { points, pointCount, indicators, missing, decimalCommaCells, problems, problemCount };
}
