/**
 * An official table from its file's bytes to what the mapping step shows, and then to values.
 * Pure (no DOM, no storage): the data worker runs it, tests run it on fixtures.
 */
import { fileProblem, recordsFromBytes, type TableText } from './read-file.ts';
import { detectLayout, layoutKey, withRoles, type Layout } from './layout.ts';
import type { ColumnRoles, IndicatorChoice, OfficialValue } from './official.ts';
import { toOfficialValues } from './official.ts';
import { readTable, type TableRead } from './read-table.ts';

export class OfficialFileError extends Error {
  override readonly name = 'OfficialFileError';
}

/** A table held between the preview and the import. */
export interface HeldTable {
  fileName: string;
  text: TableText;
  layout: Layout;
  /** The layout as detected, before the user changed columns. */
  detected: Layout;
  sheets: string[];
  sheet: string;
}

/** Reads a CSV or TSV (workbooks go through `recordsFromWorkbook` first). */
export function holdText(bytes: Uint8Array, fileName: string): HeldTable {
  const kind = fileProblem(fileName, bytes.length, bytes.subarray(0, 8));
  if ('problem' in kind) throw new OfficialFileError(kind.problem);
  if (kind.kind !== 'text') throw new OfficialFileError(`${fileName}: not a text table`);
  const text = recordsFromBytes(bytes);
  const layout = detectLayout(text.records, fileName);
  return { fileName, text, layout, detected: layout, sheets: [], sheet: '' };
}

/** One sheet of a workbook as the xlsx reader gives it: cells as written, empty cells null. */
export interface WorkbookSheet {
  sheet: string;
  data: readonly (readonly unknown[])[];
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/**
 * A workbook's sheet as a held table: the sheet asked for, else the first whose layout is found.
 * Every sheet's name is kept so the user can pick another one.
 * @throws OfficialFileError naming the file (and the sheet) when no sheet holds a table
 */
export function holdWorkbook(
  sheets: readonly WorkbookSheet[],
  fileName: string,
  wanted?: string,
): HeldTable {
  const names = sheets.map((s) => s.sheet);
  const order = wanted ? sheets.filter((s) => s.sheet === wanted) : sheets;
  if (wanted && order.length === 0)
    throw new OfficialFileError(`${fileName} has no sheet named "${wanted}"`);
  const reasons: string[] = [];
  for (const sheet of order) {
    const records = sheet.data.map((row) => row.map(cellText));
    try {
      const layout = detectLayout(records, `${fileName}, sheet "${sheet.sheet}"`);
      const text: TableText = { records, encoding: 'utf-8', delimiter: ',', decimalComma: false };
      return { fileName, text, layout, detected: layout, sheets: names, sheet: sheet.sheet };
    } catch (error) {
      reasons.push(error instanceof Error ? error.message : String(error));
    }
  }
  throw new OfficialFileError(
    sheets.length === 0 ? `${fileName} holds no sheets` : reasons.join('\n'),
  );
}

/** The held table with the columns the user chose. */
export function rehold(table: HeldTable, roles: ColumnRoles): HeldTable {
  return { ...table, layout: withRoles(table.detected, roles) };
}

const cut = (cell: string) => (cell.length > 40 ? `${cell.slice(0, 39)}…` : cell);

export function previewOf(table: HeldTable, read: TableRead) {
  const { records } = table.text;
  const { layout } = table;
  return {
    layout,
    layoutKey: layoutKey(layout),
    encoding: table.text.encoding,
    sheets: table.sheets,
    sheet: table.sheet,
    preview: records
      .slice(layout.headerRow, Math.min(layout.endRow, layout.headerRow + 9))
      .map((record) => record.slice(0, 14).map(cut)),
    indicators: read.indicators,
    missing: read.missing,
    decimalCommaCells: read.decimalCommaCells,
    problems: read.problems,
    problemCount: read.problemCount,
    pointCount: read.pointCount,
  };
}

/** Summaries only: the figures are read again, for the mapped indicators, on import. */
export function summarize(table: HeldTable): TableRead {
  return readTable(table.text.records, table.layout, table.text.decimalComma, () => false);
}

export function valuesOf(table: HeldTable, choices: readonly IndicatorChoice[]): OfficialValue[] {
  const keys = new Set(choices.filter((c) => c.metric && c.unit).map((c) => c.key));
  const read = readTable(
    table.text.records,
    table.layout,
    table.text.decimalComma,
    (indicator) => keys.has(indicator.key),
    true,
  );
  return toOfficialValues(read, choices);
}
