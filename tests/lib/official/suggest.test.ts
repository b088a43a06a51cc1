import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../scripts/extract/catalogue.ts';
import { suggestMetric } from '../../../src/lib/official/suggest.ts';
import { readUnit } from '../../../src/lib/official/units.ts';
import { toOfficialValues, tableKey } from '../../../src/lib/official/official.ts';

const catalogue = parseCatalogue(
  readFileSync(new URL('../../../data/metrics.csv', import.meta.url), 'utf8'),
).entries;

describe('suggestMetric from data/metrics.csv', () => {
  it.each([
    ['GDP (current US$)', 'NY.GDP.MKTP.CD', 'gdp', 'code NY.GDP.MKTP.CD'],
    ['GDP (current US$)', '', 'gdp', 'phrase "GDP"'],
    ['GDP per capita (current US$)', '', 'gdp_per_capita', 'phrase "GDP per capita"'],
    ['GDP growth (annual %)', '', 'gdp_growth', 'phrase "GDP growth"'],
    ['Gross domestic product, current prices', '', 'gdp', 'phrase "gross domestic product"'],
    ['Gross domestic product, constant prices', 'NGDP_RPCH', 'gdp_growth', 'code NGDP_RPCH'],
    [
      'ICT service exports (BoP, current US$)',
      'BX.GSR.CCIS.CD',
      'it_services_exports',
      'code BX.GSR.CCIS.CD',
    ],
    [
      'Individuals using the Internet (% of population)',
      'IT.NET.USER.ZS',
      'internet_penetration',
      'code IT.NET.USER.ZS',
    ],
    ['Inflation, consumer prices (annual %)', '', 'inflation', 'phrase "consumer prices"'],
  ])('%s [%s] → %s', (name, code, metric, why) => {
    expect(suggestMetric({ name, code, reading: readUnit(name) }, catalogue)).toEqual({
      metric,
      why,
    });
  });

  it('suggests nothing for an indicator the catalogue does not know', () => {
    expect(
      suggestMetric({ name: 'Arable land (hectares)', code: '', reading: readUnit('') }, catalogue),
    ).toBeNull();
  });

  it('keeps to the metric’s units: a percentage of GDP is not GDP', () => {
    const name = 'Gross domestic product (% change)';
    expect(suggestMetric({ name, code: '', reading: readUnit(name) }, catalogue)?.metric).not.toBe(
      'gdp',
    );
  });
});

describe('toOfficialValues', () => {
  const read = {
    indicators: [
      { key: 'NGDPD · U.S. dollars · Billions', name: 'Gross domestic product, current prices' },
      { key: 'NGDP_RPCH · Percent change', name: 'Gross domestic product, constant prices' },
    ] as never,
    points: [
      { entity: 'Kazakhstan', indicator: 0, period: '2023', value: 262.64 },
      { entity: 'Kazakhstan', indicator: 1, period: '2023', value: 5.1 },
      { entity: '', indicator: 0, period: '2024', value: 1 },
    ],
  };
  it('scales the mapped indicators into the claims’ units and leaves the rest out', () => {
    const values = toOfficialValues(read, [
      { key: 'NGDPD · U.S. dollars · Billions', metric: 'gdp', unit: 'USD', scale: 1e9 },
      { key: 'NGDP_RPCH · Percent change', metric: '', unit: 'percent', scale: 1 },
    ]);
    expect(values).toEqual([
      {
        metric: 'gdp',
        entity: 'Kazakhstan',
        period: '2023',
        value: 262640000000,
        unit: 'USD',
        indicator: 'Gross domestic product, current prices',
      },
    ]);
  });
  it('keys a table by its layout and indicators, in any order', () => {
    expect(tableKey('wdi|x', ['b', 'a'])).toBe(tableKey('wdi|x', ['a', 'b']));
  });
});
