/**
 * The official figures shipped with Sandar (`data/official/*.csv`): plain rows of
 * `metric,entity,period,value,unit,indicator`, already in the claims' units.
 */
import Papa from 'papaparse';
import { isKnownUnit } from '../units.ts';
import type { OfficialValue } from './official.ts';

const COLUMNS = ['metric', 'entity', 'period', 'value', 'unit', 'indicator'] as const;

/**
 * @throws Error naming the file, row and column of the first bad cell: a shipped file is ours,
 *   so a bad one is a build mistake, not something to skip
 * @example parseShippedOfficial('metric,entity,period,value,unit,indicator\ngdp,Kazakhstan,2023,2.6e11,USD,GDP (current US$)', 'kz.csv')
 */
export function parseShippedOfficial(text: string, fileName: string): OfficialValue[] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  const at = COLUMNS.map((name) => header.indexOf(name));
  const missing = COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length > 0)
    throw new Error(
      `${fileName}, row 1: missing column ${missing.map((m) => `"${m}"`).join(', ')}`,
    );
  return rows.slice(1).map((row, index) => {
    const cell = (column: number) => (row[at[column]!] ?? '').trim();
    const where = `${fileName}, row ${index + 2}`;
    const value = Number(cell(3));
    if (cell(3) === '' || !Number.isFinite(value))
      throw new Error(`${where}, column "value": "${cell(3)}" is not a number`);
    if (!/^\d{4}$/.test(cell(2)))
      throw new Error(`${where}, column "period": "${cell(2)}" is not a year`);
    if (!isKnownUnit(cell(4)))
      throw new Error(`${where}, column "unit": "${cell(4)}" is not a known unit`);
    return {
      metric: cell(0),
      entity: cell(1),
      period: cell(2),
      value,
      unit: cell(4),
      indicator: cell(5),
    };
  });
}

/** How the shipped World Bank table is described and credited. */
export const SHIPPED_WDI = {
  name: 'Kazakhstan, World Bank WDI (shipped)',
  source: 'World Bank, World Development Indicators (CC BY 4.0)',
  fileName: 'data/official/kazakhstan-wdi.csv',
  downloaded: '2024-10-21',
  tableKey: 'shipped|kazakhstan-wdi',
} as const;
