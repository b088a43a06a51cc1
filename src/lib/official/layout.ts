/**
 * Finds how an official table is laid out: where its header is, which columns hold the entity,
 * the indicator, its code and unit, and where the figures are (a year per column, or a year and
 * a value column per row). Pure: works on the table's records (rows of cells), whatever file
 * format they came from.
 */
import { cellName, headerYear } from './cells.ts';
import type { ColumnRoles } from './official.ts';

export type Shape = 'claims' | 'long' | 'wdi' | 'weo' | 'bureau' | 'wide';

export const SHAPE_LABELS: Readonly<Record<Shape, string>> = {
  claims: "Sandar's claims format (one figure per row)",
  long: 'long table: one figure per row, with a year and a value column',
  wdi: 'World Bank World Development Indicators: one row per country and indicator, years as columns',
  weo: 'IMF World Economic Outlook: one row per country and subject, years as columns',
  bureau:
    'statistics bureau table: the indicator in the title, one row per region, years as columns',
  wide: 'wide table: years as columns',
};

/** A column of figures and the year it holds. */
export interface PeriodColumn {
  column: number;
  period: string;
}

export interface Layout {
  shape: Shape;
  /** 0-based record index of the header row. */
  headerRow: number;
  /** Column indexes (0-based); -1 where the table has none. */
  entity: number;
  indicator: number;
  code: number;
  unit: number;
  scale: number;
  /** Long tables: the year and value columns; -1 in wide tables. */
  period: number;
  value: number;
  /** Wide tables: the columns of figures; empty in long tables. */
  periods: PeriodColumn[];
  /** Records from `headerRow + 1` up to (not including) this one are data; below are footnotes. */
  endRow: number;
  /** The lines above the header, joined: a bureau table's indicator and unit, WDI's source line. */
  title: string;
  /** `YYYY-MM-DD` from a "Last Updated" line, empty where none. */
  updated: string;
  /** Names of the header cells (a merged cell's text repeated over the cells it spans). */
  columns: string[];
  /** What detection noticed and the user should know, each naming its cell. */
  notes: string[];
}

const NAMES = {
  entity: [
    'country',
    'country name',
    'entity',
    'region',
    'area',
    'geo',
    'ref_area',
    'location',
    'territory',
    'регион',
    'страна',
  ],
  indicator: [
    'indicator',
    'indicator name',
    'series',
    'series name',
    'subject descriptor',
    'metric',
    'variable',
    'measure',
    'показатель',
  ],
  code: ['indicator code', 'series code', 'weo subject code', 'code', 'indicator id'],
  unit: ['unit', 'units', 'unit of measure', 'unit_measure', 'единица измерения'],
  scale: ['scale', 'unit_mult'],
  period: ['year', 'period', 'time', 'date', 'time_period', 'год'],
  value: ['value', 'obs_value', 'amount', 'figure', 'значение'],
} as const;

type Role = keyof typeof NAMES;

const norm = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, ' ');

function findColumn(header: readonly string[], role: Role, taken: ReadonlySet<number>): number {
  const names: readonly string[] = NAMES[role];
  for (const name of names) {
    const at = header.findIndex((cell, i) => !taken.has(i) && norm(cell) === name);
    if (at >= 0) return at;
  }
  return -1;
}

/** Rows searched for the header: preambles are a few lines long. */
const HEADER_SEARCH = 40;

export class LayoutError extends Error {
  override readonly name = 'LayoutError';
}

/**
 * @param records the table's rows of cells, as read from the file
 * @param fileName named in every message
 * @throws LayoutError when no header with years or with year and value columns is found
 */
export function detectLayout(records: readonly (readonly string[])[], fileName: string): Layout {
  const limit = Math.min(records.length, HEADER_SEARCH);
  for (let row = 0; row < limit; row++) {
    const header = records[row]!;
    const long = longLayout(records, row, header);
    if (long) return finish(records, long, fileName);
    const years = header.filter((cell) => headerYear(cell) !== null).length;
    if (years >= 2) return finish(records, wideLayout(records, row), fileName);
  }
  throw new LayoutError(
    `${fileName}: no header found in the first ${limit} rows. An official table needs a row of years ` +
      '(1990, 2023 [YR2023]…) as column names, or columns named like "country", "indicator", ' +
      '"year" and "value".',
  );
}

function blank(row: number): Layout {
  return {
    shape: 'wide',
    headerRow: row,
    entity: -1,
    indicator: -1,
    code: -1,
    unit: -1,
    scale: -1,
    period: -1,
    value: -1,
    periods: [],
    endRow: 0,
    title: '',
    updated: '',
    columns: [],
    notes: [],
  };
}

function longLayout(
  records: readonly (readonly string[])[],
  row: number,
  header: readonly string[],
): Layout | null {
  const taken = new Set<number>();
  const take = (role: Role) => {
    const at = findColumn(header, role, taken);
    if (at >= 0) taken.add(at);
    return at;
  };
  const value = take('value');
  const period = take('period');
  if (value < 0 || period < 0) return null;
  const layout = blank(row);
  layout.value = value;
  layout.period = period;
  layout.code = take('code');
  layout.indicator = take('indicator');
  layout.entity = take('entity');
  layout.unit = take('unit');
  layout.scale = take('scale');
  layout.shape =
    layout.indicator >= 0 && norm(header[layout.indicator]!) === 'metric' ? 'claims' : 'long';
  layout.columns = header.map((cell) => cell.trim());
  layout.title = preamble(records, row);
  return layout;
}

function wideLayout(records: readonly (readonly string[])[], row: number): Layout {
  const header = records[row]!;
  const layout = blank(row);
  const first = header.findIndex((cell) => headerYear(cell) !== null);
  for (let column = first; column < header.length; column++) {
    const period = headerYear(header[column]!);
    if (period) layout.periods.push({ column, period });
  }
  // Merged cells above the header ("Years" over all year columns) and a label column whose name
  // sits in the row above: take names from there, and say so.
  const columns = header.map((cell) => cell.trim());
  const above = row > 0 ? records[row - 1]! : [];
  for (let column = 0; column < above.length; column++) {
    const text = above[column]?.trim() ?? '';
    if (!text) continue;
    let span = column + 1;
    while (span < Math.max(above.length, header.length) && !(above[span] ?? '').trim()) span++;
    const wide = span - column > 1 && span - 1 >= first && layout.periods.length > 1;
    if (wide && column >= first - 1) {
      layout.notes.push(
        `cell ${cellName(row - 1, column)} "${text}" is a merged header over ` +
          `${cellName(row - 1, column)}:${cellName(row - 1, span - 1)}; the years are read from row ${row + 1}`,
      );
    }
    if (column < first && !columns[column]) columns[column] = text;
  }
  layout.columns = columns;
  const taken = new Set(layout.periods.map((p) => p.column));
  const take = (role: Role) => {
    const at = findColumn(columns, role, taken);
    if (at >= 0) taken.add(at);
    return at;
  };
  layout.code = take('code');
  layout.indicator = take('indicator');
  layout.entity = take('entity');
  layout.unit = take('unit');
  layout.scale = take('scale');
  if (layout.entity < 0) {
    // The first label column that is not the indicator: bureau tables name regions without a header.
    for (let column = 0; column < first; column++) {
      if (!taken.has(column)) {
        layout.entity = column;
        break;
      }
    }
  }
  layout.title = preamble(records, row);
  const names = new Set(columns.map(norm));
  if (names.has('country code') && layout.indicator >= 0) layout.shape = 'wdi';
  else if (names.has('weo subject code') || names.has('subject descriptor')) layout.shape = 'weo';
  else if (layout.indicator < 0 && layout.title) layout.shape = 'bureau';
  return layout;
}

/** Non-empty lines above the header, each line's cells joined. */
function preamble(records: readonly (readonly string[])[], row: number): string {
  const lines: string[] = [];
  for (let r = 0; r < row; r++) {
    const text = records[r]!.map((cell) => cell.trim())
      .filter(Boolean)
      .join(' ');
    if (text) lines.push(text);
  }
  return lines.join('\n');
}

/** A footnote: a row with text in one cell and no figures, or one that starts like a note. */
const FOOTNOTE_START =
  /^(source|sources|note|notes|data from database|last updated|\*|\d+\)|¹|²|примечание|источник)/i;

function finish(records: readonly (readonly string[])[], layout: Layout, fileName: string): Layout {
  const updated = /last updated(?: date)?\s+(\d{4}-\d{2}-\d{2})/i.exec(layout.title);
  if (updated) layout.updated = updated[1]!;
  const figureColumns =
    layout.periods.length > 0 ? layout.periods.map((p) => p.column) : [layout.value];
  let end = records.length;
  // Footnotes are at the bottom: walk up from the end over blank rows and rows without figures.
  while (end > layout.headerRow + 1) {
    const record = records[end - 1]!;
    const filled = record.filter((cell) => cell.trim() !== '');
    if (filled.length === 0) {
      end--;
      continue;
    }
    const hasFigure = figureColumns.some((column) => /\d/.test(record[column] ?? ''));
    const first = filled[0]!.trim();
    if ((!hasFigure && filled.length === 1) || FOOTNOTE_START.test(first)) {
      end--;
      continue;
    }
    break;
  }
  let trailing = records.length;
  while (trailing > end && records[trailing - 1]!.every((cell) => cell.trim() === '')) trailing--;
  if (trailing > end) {
    const firstNote = records.slice(end).find((r) => r.some((c) => c.trim()))!;
    const text = firstNote.find((c) => c.trim())!.trim();
    layout.notes.push(
      `${fileName}: rows ${end + 1}-${trailing} are read as footnotes, not figures ` +
        `(row ${end + 1}: "${text.slice(0, 80)}")`,
    );
  }
  layout.endRow = end;
  const odd = layout.periods.find((p) => !/^\d{4}$/.test(layout.columns[p.column] ?? ''));
  if (odd)
    layout.notes.push(
      `cell ${cellName(layout.headerRow, odd.column)} "${layout.columns[odd.column]}" and the ` +
        `like are read as the year ${odd.period}`,
    );
  return layout;
}

/**
 * What identifies a layout across downloads: its shape and the names of its label columns, not
 * its years (next year's download has one more). The mapping a user confirmed is kept under it.
 * @example layoutKey({ shape: 'wdi', columns: ['Country Name', 'Country Code', '2022', '2023'], periods: [...] }) // 'wdi|country name|country code'
 */
export function layoutKey(layout: Pick<Layout, 'shape' | 'columns' | 'periods' | 'title'>): string {
  const yearColumns = new Set(layout.periods.map((p) => p.column));
  const labels = layout.columns
    .filter((_, i) => !yearColumns.has(i))
    .map(norm)
    .filter(Boolean);
  const title = layout.shape === 'bureau' ? [norm(layout.title.split('\n')[0] ?? '')] : [];
  return [layout.shape, ...labels, ...title].join('|');
}

/**
 * The layout with the columns the user chose in place of the detected ones.
 * @example withRoles(layout, { ...layout roles, entity: 1 }).entity // 1
 */
export function withRoles(layout: Layout, roles: ColumnRoles): Layout {
  const next = { ...layout, ...roles, periods: layout.periods };
  if (next.periods.length > 0) {
    // A column chosen as a label is no longer a column of figures.
    const labels = new Set([roles.entity, roles.indicator, roles.code, roles.unit]);
    next.periods = layout.periods.filter((p) => !labels.has(p.column));
  }
  if (layout.shape === 'bureau' && roles.indicator >= 0) next.shape = 'wide';
  return next;
}

/** The roles of a layout, for the mapping step's column pickers. */
export function rolesOf(layout: Layout): ColumnRoles {
  const { entity, indicator, code, unit, period, value } = layout;
  return { entity, indicator, code, unit, period, value };
}

/**
 * Whether two choices of columns are the same.
 * @example sameRoles(rolesOf(layout), rolesOf(layout)) // true
 */
export function sameRoles(a: ColumnRoles, b: ColumnRoles): boolean {
  return (Object.keys(a) as (keyof ColumnRoles)[]).every((role) => a[role] === b[role]);
}
