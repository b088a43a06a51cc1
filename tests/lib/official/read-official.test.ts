import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import readXlsx from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import {
  OfficialFileError,
  holdText,
  holdWorkbook,
  previewOf,
  rehold,
  summarize,
  valuesOf,
} from '../../../src/lib/official/read-official.ts';
import { rolesOf } from '../../../src/lib/official/layout.ts';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/official/${name}`, import.meta.url)));
const XLSX_PATH = fileURLToPath(
  new URL('../../fixtures/official/wdi-gdp-two-sheets-invented.xlsx', import.meta.url),
);
const GDP = [{ key: 'NY.GDP.MKTP.CD', metric: 'gdp', unit: 'USD', scale: 1 }];

describe('an official CSV from bytes to values', () => {
  it('previews summaries without holding figures, then gives the mapped ones', () => {
    const table = holdText(bytes('wdi-api-gdp-invented.csv'), 'wdi.csv');
    const read = summarize(table);
    expect(read.points).toEqual([]);
    expect(read.pointCount).toBe(26);
    const preview = previewOf(table, read);
    expect(preview.layoutKey).toBe('wdi|country name|country code|indicator name|indicator code');
    expect(preview.preview[0]!.slice(0, 5)).toEqual([
      'Country Name',
      'Country Code',
      'Indicator Name',
      'Indicator Code',
      '2019',
    ]);
    const values = valuesOf(table, GDP);
    expect(values).toHaveLength(12);
    expect(values.find((v) => v.entity === 'Kazakhstan' && v.period === '2025')?.value).toBe(
      3.1e11,
    );
  });

  it('reads again with the columns the user chose, from the layout as detected', () => {
    const table = holdText(bytes('wdi-api-gdp-invented.csv'), 'wdi.csv');
    const byCode = rehold(table, { ...rolesOf(table.layout), entity: 1 });
    expect(valuesOf(byCode, GDP)[0]!.entity).toBe('KAZ');
    const back = rehold(byCode, rolesOf(table.layout));
    expect(valuesOf(back, GDP)[0]!.entity).toBe('Kazakhstan');
  });

  it('refuses an old Excel file by name before reading it', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => holdText(ole, 'weo.xls')).toThrow(OfficialFileError);
  });
});

describe('holdWorkbook', () => {
  it('picks the first sheet holding a table, lists every sheet, reads numbers as written', async () => {
    const sheets = await readXlsx(XLSX_PATH, {
      parseNumber: (text: string) => text,
    });
    const table = holdWorkbook(sheets, 'wdi.xlsx');
    expect(table.sheets).toEqual(['Notes', 'Data']);
    expect(table.sheet).toBe('Data');
    expect(table.layout).toMatchObject({ shape: 'wdi', headerRow: 4, updated: '2026-07-01' });
    const values = valuesOf(table, GDP);
    expect(values.map((v) => [v.entity, v.period, v.value])).toEqual([
      ['Kazakhstan', '2023', 262000000000],
      ['Kazakhstan', '2024', 288000000000],
      ['Kazakhstan', '2025', 280000000000],
      ['Uzbekistan', '2023', 90900000000],
    ]);
    expect(summarize(table).missing).toEqual({ '..': 1 });
  });

  it('names the file and sheet when the chosen sheet holds no table', async () => {
    const sheets = await readXlsx(XLSX_PATH);
    expect(() => holdWorkbook(sheets, 'wdi.xlsx', 'Notes')).toThrow(
      /^wdi\.xlsx, sheet "Notes": no header found/,
    );
    expect(() => holdWorkbook(sheets, 'wdi.xlsx', 'Sheet9')).toThrow(
      'wdi.xlsx has no sheet named "Sheet9"',
    );
  });
});
