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

  test('the baseline is a faint line under the other, sorted by time; series named by dataset', () => {
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['line', 'baseline'],
      ['line', '<b>new</b>.csv'],
      ['scatter', 'Changed'],
    ]);
    // The legend names the two datasets and the ring, never the entity.
    expect(option.legend).toMatchObject({ data: ['baseline', '<b>new</b>.csv', 'Changed'] });
    expect(series[0]!.lineStyle!.opacity).toBeLessThan(1);
    expect(series[0]!.data.map((d) => d.value[1])).toEqual([1, 2, 3]);
    expect(series[1]!.data.map((d) => d.value[1])).toEqual([1, 2, 4]); // the KZT point stays off the USD axis
  });

  test('changed points are marked at their new value', () => {
    expect(series[2]!.data.map((d) => d.value)).toEqual([[2024, 4]]);
  });

  test('kinds keep their line styles; annual periods get a year axis', () => {
    const withTarget = buildCompareOption(
      diffClaims(
        [...base, claim({ period: '2026', value: 9, kind: 'target' })],
        [...other, claim({ period: '2026', value: 10, kind: 'target' })],
      ).entries,
      { metricLabel: 'Exports', baseName: 'baseline', otherName: 'upload 6 Dec' },
    );
    const styled = (withTarget.series as (Series & { lineStyle: { type: string } })[]).map((s) => [
      s.name,
      s.lineStyle?.type,
    ]);
    expect(styled).toEqual([
      ['baseline', 'solid'],
      ['upload 6 Dec', 'solid'],
      ['baseline', 'dashed'],
      ['upload 6 Dec', 'dashed'],
      ['Changed', undefined],
    ]);
    const axis = withTarget.xAxis as {
      type: string;
      axisLabel: { formatter: (v: number) => string };
    };
    expect(axis.type).toBe('value');
    expect([2022, 2022.5, 2026].map(axis.axisLabel.formatter)).toEqual(['2022', '', '2026']);
  });

  test('undated claims stay off the axis', () => {
    const undated = buildCompareOption(
      diffClaims([claim({ period: '', value: 1 })], [claim({ period: '', value: 2 })]).entries,
      { metricLabel: 'x', baseName: 'a', otherName: 'b' },
    );
    expect((undated.series as Series[]).flatMap((s) => s.data)).toEqual([]);
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
