import { describe, expect, test } from 'vitest';
import {
  buildTrendOption,
  legendRows,
  MAX_END_LABELS,
  type TrendDatum,
} from '../../src/charts/trend-option.ts';
import { presentation } from '../../src/charts/small-data.ts';
import { periodX, yearAxis, yearTickLabel } from '../../src/charts/year-axis.ts';
import { emptyClaim } from '../../src/lib/claim.ts';
import type { ClaimRow } from '../../src/lib/claim-rows.ts';

const claim = (key: string, period: string, value: number, over: Partial<ClaimRow> = {}) =>
  ({
    ...emptyClaim(),
    key,
    id: key,
    metric: 'm',
    metric_label: 'M',
    entity: 'Kazakhstan',
    unit: 'USD',
    period,
    value,
    source_date: '2025-08-11',
    ...over,
  }) as ClaimRow;

type Axis = {
  type: string;
  min: number;
  max: number;
  interval: number;
  axisLabel: { formatter: (v: number) => string };
};
type Series = {
  name: string;
  data: TrendDatum[];
  endLabel?: { show: boolean; formatter: string };
};
const option = (rows: ClaimRow[]) =>
  buildTrendOption(rows, { metricLabel: 'M', unit: 'USD', scale: 'linear', animation: false });
type Ticked = Axis & {
  axisLabel: { customValues: number[] };
  axisTick: { customValues: number[] };
};
/** The labels the axis shows: ECharts labels exactly the custom values it is given. */
function tickLabels(axis: Axis): string[] {
  const ticked = axis as Ticked;
  expect(ticked.axisTick.customValues).toEqual(ticked.axisLabel.customValues);
  return ticked.axisLabel.customValues.map((v) => axis.axisLabel.formatter(v));
}

describe('year axis', () => {
  test.each([
    {
      periods: ['2022', '2025', '2026'],
      expected: { step: 'year', min: 2021.5, max: 2026.5, interval: 1 },
    },
    { periods: ['2025'], expected: { step: 'year', min: 2024.5, max: 2025.5, interval: 1 } },
    {
      periods: ['2000', '2030'],
      expected: { step: 'year', min: 1999.5, max: 2030.5, interval: 5 },
    },
    {
      periods: ['2024', '2024-07'],
      expected: { step: 'month', min: 2024, max: 2025, interval: 1 / 12 },
    },
    {
      periods: ['2023', '2025-04'],
      expected: { step: 'quarter', min: 2023, max: 2026, interval: 0.25 },
    },
    { periods: ['2015', '2025-04'], expected: { step: 'year', min: 2014, max: 2026, interval: 2 } },
    { periods: ['', '2025'], expected: { step: 'year', min: 2024.5, max: 2025.5, interval: 1 } },
  ])('yearAxis($periods)', ({ periods, expected }) => {
    const input = [...periods];
    const { ticks, ...rest } = yearAxis(input);
    expect(rest).toEqual(expected);
    // Ticks: every multiple of the interval inside the axis, never its padded ends.
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) {
      expect(tick).toBeGreaterThanOrEqual(expected.min);
      expect(tick).toBeLessThanOrEqual(expected.max);
      expect(
        Math.abs(tick / expected.interval - Math.round(tick / expected.interval)),
      ).toBeLessThan(1e-6);
    }
    expect(input).toEqual(periods);
  });

  test.each([
    [2024, '2024'],
    [2024.25, 'Apr'],
    [2024.5, 'Jul'],
    [2024 + 1 / 12, 'Feb'],
    [2024.1, ''],
  ])('yearTickLabel(%s) → %j', (value, label) => {
    expect(yearTickLabel(value)).toBe(label);
  });

  test('annual periods: a value axis in years with integer-year ticks, no month or time of day', () => {
    const axis = option([
      claim('a', '2022', 1e8, { qualifier: 'more_than' }),
      claim('b', '2025', 1e9, { qualifier: 'approx' }),
      claim('t', '2026', 1e9, { kind: 'target' }),
    ]).xAxis as Axis;
    expect(axis).toMatchObject({ type: 'value', min: 2021.5, max: 2026.5, interval: 1 });
    expect(tickLabels(axis)).toEqual(['2022', '2023', '2024', '2025', '2026']);
  });

  test('one annual figure sits mid-axis, and no half-year tick is labelled', () => {
    const axis = option([claim('a', '2025', 5)]).xAxis as Axis;
    expect(tickLabels(axis)).toEqual(['2025']);
    expect(axis.axisLabel.formatter(2024.5)).toBe('');
  });

  test('mixed annual and quarterly periods: quarter ticks named by month, years at their start', () => {
    const rows = [claim('a', '2024', 1), claim('q', '2025-07', 2), claim('b', '2025', 3)];
    const built = option(rows);
    const axis = built.xAxis as Axis;
    expect(axis.interval).toBe(0.25);
    expect(tickLabels(axis)).toEqual([
      '2024',
      'Apr',
      'Jul',
      'Oct',
      '2025',
      'Apr',
      'Jul',
      'Oct',
      '2026',
    ]);
    const xs = (built.series as Series[]).flatMap((s) => s.data.map((d) => d.value[0]));
    expect(xs).toEqual([2024, 2025, 2025.5]);
  });

  test('undated claims are kept off the axis: never placed at their publication date', () => {
    const rows = [claim('a', '2022', 1), claim('b', '2024', 2), claim('u', '', 3)];
    const built = option(rows);
    const keys = (built.series as Series[]).flatMap((s) => s.data.map((d) => d.claimKey));
    expect(keys).toEqual(['a', 'b']);
    expect((built.xAxis as Axis).max).toBe(2024.5);
    expect(periodX('')).toBeNaN();
  });
});

describe('tile or chart', () => {
  test.each([
    { name: 'one dated claim', periods: ['2025'], mode: 'tile', tile: ['c0'], unplaced: [] },
    {
      name: 'two dated claims',
      periods: ['2025', '2023'],
      mode: 'tile',
      tile: ['c1', 'c0'],
      unplaced: [],
    },
    {
      name: 'three dated claims',
      periods: ['2023', '2024', '2025'],
      mode: 'chart',
      tile: [],
      unplaced: [],
    },
    { name: 'one undated claim', periods: [''], mode: 'tile', tile: ['c0'], unplaced: [] },
    {
      name: 'two dated and one undated',
      periods: ['2024', '', '2025'],
      mode: 'tile',
      tile: ['c0', 'c2'],
      unplaced: ['c1'],
    },
    {
      name: 'three undated',
      periods: ['', '', ''],
      mode: 'tile',
      tile: ['c0', 'c1'],
      unplaced: ['c2'],
    },
    {
      name: 'three dated and one undated',
      periods: ['2021', '', '2023', '2024'],
      mode: 'chart',
      tile: [],
      unplaced: ['c1'],
    },
  ])('$name → $mode', ({ periods, mode, tile, unplaced }) => {
    const rows = periods.map((period, i) => claim(`c${i}`, period, i + 1));
    const input = structuredClone(rows);
    const shown = presentation(rows);
    expect(rows).toEqual(input);
    expect(shown.mode).toBe(mode);
    expect(shown.tile.map((row) => row.key)).toEqual(tile);
    expect(shown.unplaced.map((row) => row.key)).toEqual(unplaced);
  });
});

describe('presentation with official points drawn beside the claims', () => {
  test.each([
    { name: 'one dated claim, 14 official points', periods: ['2025'], official: 14, mode: 'chart' },
    {
      name: 'two dated claims, one official point',
      periods: ['2024', '2025'],
      official: 1,
      mode: 'chart',
    },
    { name: 'one dated claim, one official point', periods: ['2025'], official: 1, mode: 'tile' },
    { name: 'one undated claim, 14 official points', periods: [''], official: 14, mode: 'tile' },
  ])('$name → $mode', ({ periods, official, mode }) => {
    const rows = periods.map((period, i) => claim(`c${i}`, period, i + 1));
    expect(presentation(rows, official).mode).toBe(mode);
  });
});

describe('direct labels', () => {
  test('five series or fewer are named at the line end, with no legend', () => {
    const built = option([
      claim('a', '2022', 1),
      claim('b', '2024', 2),
      claim('t', '2026', 4, { kind: 'target' }),
    ]);
    const series = built.series as Series[];
    expect(series.map((s) => [s.name, s.endLabel?.show, s.endLabel?.formatter])).toEqual([
      ['Actual', true, 'Actual'],
      ['Target', true, 'Target'],
    ]);
    expect(built.legend).toEqual({ show: false });
  });

  test('on a phone-wide chart the lines are named in a legend, with room for its rows', () => {
    const rows = [
      claim('a', '2022', 1),
      claim('b', '2024', 2),
      claim('t', '2026', 4, { kind: 'target' }),
    ];
    const narrow = buildTrendOption(rows, {
      metricLabel: 'M',
      unit: 'USD',
      scale: 'linear',
      width: 340,
    });
    expect((narrow.series as Series[]).every((s) => s.endLabel === undefined)).toBe(true);
    expect(narrow.legend).toMatchObject({ show: true, data: ['Actual', 'Target'] });
    expect(legendRows(['Kazakhstan target', 'Uzbekistan target', 'World'], 340)).toBe(2);
    expect(legendRows(['Actual', 'Target'], 340)).toBe(1);
  });

  test('several entities: actual lines are named by entity, others by entity and kind', () => {
    const built = option([
      claim('a', '2022', 1),
      claim('b', '2024', 2, { entity: 'World' }),
      claim('t', '2026', 4, { kind: 'target' }),
    ]);
    expect((built.series as Series[]).map((s) => s.endLabel?.formatter)).toEqual([
      'Kazakhstan',
      'Kazakhstan target',
      'World',
    ]);
  });

  test(`more than ${MAX_END_LABELS} series: a legend at the bottom instead of end labels`, () => {
    const entities = ['Kazakhstan', 'World', 'China', 'Russia', 'Uzbekistan', 'Kyrgyzstan'];
    const built = option(entities.map((entity, i) => claim(`e${i}`, '2024', i + 1, { entity })));
    const series = built.series as Series[];
    expect(series.every((s) => s.endLabel === undefined)).toBe(true);
    expect(built.legend).toMatchObject({
      show: true,
      bottom: 0,
      data: entities
        .slice()
        .sort((a, b) => (a === 'Kazakhstan' ? -1 : b === 'Kazakhstan' ? 1 : a.localeCompare(b))),
    });
  });
});
