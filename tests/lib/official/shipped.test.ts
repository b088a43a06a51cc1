import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShippedOfficial } from '../../../src/lib/official/shipped.ts';

describe('parseShippedOfficial', () => {
  it('reads data/official/kazakhstan-wdi.csv: GDP from 2010, every figure from the cited table', () => {
    const values = parseShippedOfficial(
      readFileSync('data/official/kazakhstan-wdi.csv', 'utf8'),
      'kazakhstan-wdi.csv',
    );
    expect(values.map((v) => v.period)).toEqual(
      Array.from({ length: 14 }, (_, i) => String(2010 + i)),
    );
    expect(values[13]).toEqual({
      metric: 'gdp',
      entity: 'Kazakhstan',
      period: '2023',
      value: 261421121085.57208,
      unit: 'USD',
      indicator: 'GDP (current US$)',
    });
  });
  it.each([
    ['metric,entity,period,value,unit\n', /^x\.csv, row 1: missing column "indicator"$/],
    [
      'metric,entity,period,value,unit,indicator\ngdp,Kazakhstan,2023,n/a,USD,GDP\n',
      /^x\.csv, row 2, column "value": "n\/a" is not a number$/,
    ],
    [
      'metric,entity,period,value,unit,indicator\ngdp,Kazakhstan,23,1,USD,GDP\n',
      /^x\.csv, row 2, column "period": "23" is not a year$/,
    ],
    [
      'metric,entity,period,value,unit,indicator\ngdp,Kazakhstan,2023,1,USDD,GDP\n',
      /column "unit": "USDD" is not a known unit$/,
    ],
  ])('refuses a bad file, naming row and column', (text, message) => {
    expect(() => parseShippedOfficial(text, 'x.csv')).toThrow(message);
  });
});
