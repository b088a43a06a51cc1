import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLayout, layoutKey, LayoutError } from '../../../src/lib/official/layout.ts';
import { readTable } from '../../../src/lib/official/read-table.ts';
import { recordsFromBytes } from '../../../src/lib/official/read-file.ts';

const fixture = (name: string) =>
  recordsFromBytes(
    new Uint8Array(readFileSync(new URL(`../../fixtures/official/${name}`, import.meta.url))),
  );

describe('detectLayout on tables in the publishers’ shapes', () => {
  const cases = [
    {
      file: 'wdi-api-gdp-invented.csv',
      shape: 'wdi',
      headerRow: 4,
      roles: { entity: 0, indicator: 2, code: 3, unit: -1 },
      periods: ['2019', '2025'],
      endRow: 9,
      updated: '2026-07-01',
    },
    {
      file: 'wdi-databank-ict-invented.csv',
      shape: 'wdi',
      headerRow: 0,
      roles: { entity: 0, indicator: 2, code: 3, unit: -1 },
      periods: ['2021', '2024'],
      endRow: 3,
      updated: '',
    },
    {
      file: 'weo-kazakhstan-invented.tsv',
      shape: 'weo',
      headerRow: 0,
      roles: { entity: 3, indicator: 4, code: 2, unit: 6 },
      periods: ['2022', '2025'],
      endRow: 4,
      updated: '',
    },
    {
      file: 'bureau-grp-regions-invented.csv',
      shape: 'bureau',
      headerRow: 2,
      roles: { entity: 0, indicator: -1, code: -1, unit: -1 },
      periods: ['2021', '2024'],
      endRow: 6,
      updated: '',
    },
    {
      file: 'long-indicators-invented.csv',
      shape: 'long',
      headerRow: 0,
      roles: { entity: 0, indicator: 1, code: -1, unit: -1 },
      periods: [],
      endRow: 6,
      updated: '',
    },
  ] as const;
  for (const c of cases) {
    it(`${c.file}: ${c.shape}`, () => {
      const { records } = fixture(c.file);
      const before = JSON.stringify(records);
      const layout = detectLayout(records, c.file);
      expect(JSON.stringify(records)).toBe(before);
      expect(layout.shape).toBe(c.shape);
      expect(layout.headerRow).toBe(c.headerRow);
      expect({
        entity: layout.entity,
        indicator: layout.indicator,
        code: layout.code,
        unit: layout.unit,
      }).toEqual(c.roles);
      const periods = layout.periods.map((p) => p.period);
      expect(periods.length ? [periods[0], periods.at(-1)] : []).toEqual(c.periods);
      expect(layout.endRow).toBe(c.endRow);
      expect(layout.updated).toBe(c.updated);
    });
  }

  it('notes the merged header cell, the footnotes and "2023 [YR2023]" years, naming cells', () => {
    const bureau = detectLayout(fixture('bureau-grp-regions-invented.csv').records, 'grp.csv');
    expect(bureau.notes).toContain(
      'cell B2 "Years" is a merged header over B2:E2; the years are read from row 3',
    );
    expect(bureau.notes).toContain(
      'grp.csv: rows 7-8 are read as footnotes, not figures (row 7: "* preliminary data")',
    );
    expect(bureau.title).toBe('Gross regional product, million tenge\nYears');
    const databank = detectLayout(fixture('wdi-databank-ict-invented.csv').records, 'ict.csv');
    expect(databank.notes).toContain(
      'cell E1 "2021 [YR2021]" and the like are read as the year 2021',
    );
    expect(databank.notes[0]).toMatch(/^ict\.csv: rows 4-7 are read as footnotes/);
  });

  it('refuses a table without a header, naming the file', () => {
    expect(() => detectLayout([['just text'], ['more text']], 'notes.csv')).toThrow(LayoutError);
    expect(() => detectLayout([['just text']], 'notes.csv')).toThrow(/^notes\.csv: no header/);
  });

  it('keys a layout by its label columns, not its years', () => {
    const a = detectLayout(
      [['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', '2022', '2023']],
      'a.csv',
    );
    const b = detectLayout(
      [
        [
          'Country Name',
          'Country Code',
          'Indicator Name',
          'Indicator Code',
          '2022',
          '2023',
          '2024',
        ],
      ],
      'b.csv',
    );
    expect(layoutKey(a)).toBe(layoutKey(b));
    expect(layoutKey(a)).toBe('wdi|country name|country code|indicator name|indicator code');
  });
});

describe('readTable', () => {
  it('reads the WDI table: figures per country, indicator and year, blanks skipped', () => {
    const { records } = fixture('wdi-api-gdp-invented.csv');
    const read = readTable(records, detectLayout(records, 'wdi.csv'));
    expect(read.indicators.map((i) => [i.key, i.reading.unit, i.points, i.entities])).toEqual([
      ['NY.GDP.MKTP.CD', 'USD', 12, 2],
      ['NY.GDP.MKTP.KD.ZG', 'percent', 7, 1],
      ['NY.GDP.PCAP.CD', 'USD', 7, 1],
    ]);
    expect(read.points[6]).toEqual({
      entity: 'Kazakhstan',
      indicator: 0,
      period: '2025',
      value: 310000000000,
    });
    expect(read.problemCount).toBe(0);
  });

  it('reads the bureau table: decimal commas, no-data markers, the Republic as Kazakhstan', () => {
    const text = fixture('bureau-grp-regions-invented.csv');
    expect(text.delimiter).toBe(';');
    const read = readTable(text.records, detectLayout(text.records, 'grp.csv'), text.decimalComma);
    expect(read.indicators).toHaveLength(1);
    expect(read.indicators[0]!.name).toBe('Gross regional product, million tenge');
    expect(read.indicators[0]!.reading).toMatchObject({ unit: 'KZT', scale: 1e6 });
    expect(read.points[0]).toEqual({
      entity: 'Kazakhstan',
      indicator: 0,
      period: '2021',
      value: 83951587.6,
    });
    expect(read.missing).toEqual({ '..': 1, '-': 2, x: 1 });
    expect(read.decimalCommaCells).toBe(8);
  });

  it('reads the WEO table: units and scales from their columns, "n/a" as no data', () => {
    const { records } = fixture('weo-kazakhstan-invented.tsv');
    const read = readTable(records, detectLayout(records, 'weo.tsv'));
    expect(read.indicators.map((i) => [i.key, i.reading.unit, i.reading.scale])).toEqual([
      ['NGDP_RPCH · Percent change', 'percent', 1],
      ['NGDPD · U.S. dollars · Billions', 'USD', 1e9],
      ['NGDPDPC · U.S. dollars · Units', 'USD', 1],
    ]);
    expect(read.points.find((p) => p.indicator === 2)).toMatchObject({ value: 11492 });
    expect(read.missing).toEqual({ 'n/a': 2 });
  });

  it('names the cell of a bad year in a long table', () => {
    const { records } = fixture('long-indicators-invented.csv');
    const read = readTable(records, detectLayout(records, 'long.csv'));
    expect(read.points).toHaveLength(4);
    expect(read.problems).toEqual([
      {
        cell: 'C6',
        value: 'year?',
        reason: 'is not a year (YYYY) or a period (YYYY-MM, YYYY-MM-DD)',
      },
    ]);
  });

  it('names the cell of an unreadable figure', () => {
    const records = [
      ['Country', '2022', '2023'],
      ['Kazakhstan', '12abc', '3'],
    ];
    const read = readTable(records, detectLayout(records, 'x.csv'));
    expect(read.problems).toEqual([{ cell: 'B2', value: '12abc', reason: 'is not a number' }]);
    expect(read.points).toHaveLength(1);
  });
});
