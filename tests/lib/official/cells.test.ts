import { describe, expect, it } from 'vitest';
import { cellName, headerYear, readCell } from '../../../src/lib/official/cells.ts';
import { readUnit } from '../../../src/lib/official/units.ts';
import { fileProblem, tableDelimiter } from '../../../src/lib/official/read-file.ts';

describe('cellName', () => {
  it.each([
    [0, 0, 'A1'],
    [6, 25, 'Z7'],
    [6, 27, 'AB7'],
    [0, 701, 'ZZ1'],
    [0, 702, 'AAA1'],
  ])('(%i, %i) → %s', (row, column, name) => expect(cellName(row, column)).toBe(name));
});

describe('headerYear', () => {
  it.each([
    ['2023', '2023'],
    ['2023 [YR2023]', '2023'],
    ['2023*', '2023'],
    ['2023 г.', '2023'],
    ['1960', '1960'],
    ['Country Name', null],
    ['2023-06', null],
    ['12023', null],
  ])('%s → %s', (cell, year) => expect(headerYear(cell)).toBe(year));
});

describe('readCell', () => {
  it.each([
    ['1234.5', false, { kind: 'number', value: 1234.5, decimalComma: false }],
    ['1,234.5', false, { kind: 'number', value: 1234.5, decimalComma: false }],
    ['1,234', false, { kind: 'number', value: 1234, decimalComma: false }],
    ['1 234,5', false, { kind: 'number', value: 1234.5, decimalComma: true }],
    ['12,5', false, { kind: 'number', value: 12.5, decimalComma: true }],
    ['1\u00a0234', false, { kind: 'number', value: 1234, decimalComma: false }],
    ['1.234,5', true, { kind: 'number', value: 1234.5, decimalComma: true }],
    ['1.234', true, { kind: 'number', value: 1234, decimalComma: false }],
    ['−2.5', false, { kind: 'number', value: -2.5, decimalComma: false }],
    ['1.8e11', false, { kind: 'number', value: 1.8e11, decimalComma: false }],
    ['..', false, { kind: 'missing', marker: '..' }],
    ['n/a', false, { kind: 'missing', marker: 'n/a' }],
    ['', false, { kind: 'missing', marker: '' }],
    ['-', false, { kind: 'missing', marker: '-' }],
    ['12abc', false, { kind: 'invalid' }],
    ['1,23,4', false, { kind: 'invalid' }],
  ] as const)('%j (decimal comma %s)', (raw, comma, expected) =>
    expect(readCell(raw, comma)).toEqual(expected),
  );
});

describe('readUnit', () => {
  it.each([
    ['GDP (current US$)', 'USD', 1],
    ['ICT service exports (BoP, current US$)', 'USD', 1],
    ['GDP growth (annual %)', 'percent', 1],
    ['Exports of goods and services (% of GDP)', 'percent', 1],
    ['Gross domestic product, billions of tenge', 'KZT', 1e9],
    ['ВВП, млн тенге', 'KZT', 1e6],
    ['Population (thousand people)', 'count', 1e3],
    ['GDP (current LCU)', '', 1],
    ['Population, total', '', 1],
  ])('%s → %s × %d', (text, unit, scale) => expect(readUnit(text)).toMatchObject({ unit, scale }));
  it('explains why it leaves local currency units to the user', () => {
    expect(readUnit('GDP (current LCU)').note).toMatch(/national currency/);
  });
});

describe('fileProblem', () => {
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
  const text = new Uint8Array([0x22, 0x44]);
  it.each([
    ['weo.xls', 1000, ole, /^weo\.xls is an old Excel workbook \(\.xls\)/],
    ['old.xls', 1000, text, /^old\.xls is an old Excel workbook/],
    ['wdi.xlsx', 1000, ole, /^wdi\.xlsx is a password-protected workbook/],
    [
      'big.xlsx',
      60 * 1024 * 1024,
      zip,
      /^big\.xlsx is 60\.0 MB; workbooks over 50\.0 MB are refused/,
    ],
    ['fake.xlsx', 100, text, /^fake\.xlsx is not an Excel workbook/],
    ['empty.csv', 0, text, /^empty\.csv is empty/],
  ] as const)('%s is refused', (name, size, head, message) => {
    const result = fileProblem(name, size, head);
    expect('problem' in result && result.problem).toMatch(message);
  });
  it('lets CSVs and workbooks through', () => {
    expect(fileProblem('wdi.csv', 100, text)).toEqual({ kind: 'text' });
    expect(fileProblem('wdi.xlsx', 100, zip)).toEqual({ kind: 'xlsx' });
  });
});

describe('tableDelimiter', () => {
  it.each([
    ['Gross regional product\nRegion;2022;2023\nAbai;1 234,5;1 300,1', ';'],
    ['"Data Source","WDI",\n\n"Country Name","2022","2023",', ','],
    ['a\tb\tc\n1\t2,5\t3', '\t'],
  ])('%j → %j', (text, delimiter) => expect(tableDelimiter(text)).toBe(delimiter));
});
