import { describe, expect, test } from 'vitest';
import {
  buildCompareOption,
  dominantUnit,
  type CompareDatum,
} from '../../src/charts/compare-option.ts';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { diffClaims } from '../../src/lib/diff.ts';

const claim = (overrides: Partial<Claim>): Claim => ({
  ...emptyClaim(),
  metric: 'exports',
  entity: 'Kazakhstan',
  unit: 'USD',
  ...overrides,
});

const base = [
  claim({ period: '2022', value: 1 }),
  claim({ period: '2023', value: 2 }),
  claim({ period: '2024', value: 3 }),
];
const other = [
  claim({ period: '2023', value: 2 }),
  claim({ period: '2024', value: 4 }),
  claim({ period: '2022', value: 1 }),
  claim({ period: '2025', value: 5, unit: 'KZT' }),
];

type Series = {
  type: string;
  name: string;
  data: CompareDatum[];
  lineStyle?: { opacity?: number };
};

describe('buildCompareOption', () => {
  const option = buildCompareOption(diffClaims(base, other).entries, {
    metricLabel: 'Exports',
    baseName: 'baseline',
    otherName: '<b>new</b>.csv',
    animation: false,
  });
  const series = option.series as Series[];

  test('the baseline is a faint line under the other, sorted by time', () => {
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['line', 'Kazakhstan: baseline'],
      ['line', 'Kazakhstan: <b>new</b>.csv'],
      ['scatter', 'Changed'],
    ]);
    expect(series[0]!.lineStyle!.opacity).toBeLessThan(1);
    expect(series[0]!.data.map((d) => d.value[1])).toEqual([1, 2, 3]);
    expect(series[1]!.data.map((d) => d.value[1])).toEqual([1, 2, 4]); // the KZT point stays off the USD axis
  });

  test('changed points are marked at their new value', () => {
    expect(series[2]!.data.map((d) => d.value)).toEqual([[Date.UTC(2024, 0, 1), 4]]);
  });

  test('the tooltip escapes markup from the data', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ data: series[1]!.data[2] })).toBe(
      '&lt;b&gt;new&lt;/b&gt;.csv: Kazakhstan, 2024, actual: $4',
    );
  });

  test('the axis unit is the most common one', () => {
    expect(dominantUnit(diffClaims(base, other).entries)).toBe('USD');
  });
});
