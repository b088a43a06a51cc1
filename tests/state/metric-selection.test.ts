import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { keyClaims } from '../../src/lib/claim-rows.ts';
import { metricSelection } from '../../src/state/metric-selection.ts';

const claim = (id: string, patch: Partial<Claim>): Claim => ({
  ...emptyClaim(),
  id,
  period: '2024',
  value: 1,
  unit: 'USD',
  ...patch,
});

const ROWS = keyClaims([
  claim('a1', { metric: 'it_exports', metric_label: 'IT exports', entity: 'Kazakhstan' }),
  claim('a2', { metric: 'it_exports', metric_label: 'IT exports', entity: 'Uzbekistan' }),
  claim('a3', { metric: 'it_exports', entity: 'Kazakhstan', unit: 'multiple', value: 5 }),
  claim('a4', { metric: 'it_exports', entity: 'Kazakhstan', unit: 'multiple', value: 2 }),
  claim('b1', { metric: 'gdp', metric_label: 'GDP', entity: 'World', unit: 'percent', value: -1 }),
  claim('c1', { metric: 'ai_firms', metric_label: '', entity: 'World', unit: 'count' }),
]);

const STATE = { metric: '', entity: '', unit: '', scale: 'linear' as const };

describe('metricSelection', () => {
  test.each([
    {
      name: 'no metric asked: the first by label (a missing label is the slug)',
      state: {},
      expected: { metric: 'ai_firms', label: 'ai_firms', entity: '', unit: 'count' },
    },
    {
      name: 'an unknown metric (an old link): the first by label',
      state: { metric: 'gone' },
      expected: { metric: 'ai_firms', label: 'ai_firms' },
    },
    {
      name: 'a unit used most but a multiple: another unit by default',
      state: { metric: 'it_exports' },
      expected: { unit: 'USD', units: ['USD', 'multiple'], chartEntity: 'Kazakhstan' },
    },
    {
      name: 'a unit asked for and offered: kept',
      state: { metric: 'it_exports', unit: 'multiple' },
      expected: { unit: 'multiple', chartRows: ['a3', 'a4'] },
    },
    {
      name: 'an entity asked for: its rows only, and it is the chart entity',
      state: { metric: 'it_exports', entity: 'Uzbekistan', unit: 'multiple' },
      expected: { entity: 'Uzbekistan', unit: 'USD', chartRows: ['a2'], chartEntity: 'Uzbekistan' },
    },
    {
      name: 'an entity the metric lacks: all entities',
      state: { metric: 'it_exports', entity: 'China' },
      expected: { entity: '', entities: ['Kazakhstan', 'Uzbekistan'] },
    },
    {
      name: 'log asked for with a value at or below zero: linear',
      state: { metric: 'gdp', scale: 'log' as const },
      expected: { canLog: false, scale: 'linear' },
    },
    {
      name: 'log asked for with values above zero: log',
      state: { metric: 'it_exports', scale: 'log' as const },
      expected: { canLog: true, scale: 'log' },
    },
  ])('$name', ({ state, expected }) => {
    const before = JSON.stringify(ROWS);
    const selection = metricSelection(ROWS, { ...STATE, ...state });
    const { chartRows, ...rest } = expected as typeof expected & { chartRows?: string[] };
    expect(selection).toMatchObject(rest);
    if (chartRows) expect(selection.chartRows.map((row) => row.id)).toEqual(chartRows);
    expect(JSON.stringify(ROWS)).toBe(before);
  });

  test('metrics are offered by their first label; nothing stored gives nothing to show', () => {
    expect(metricSelection(ROWS, STATE).metrics).toEqual([
      ['ai_firms', 'ai_firms'],
      ['gdp', 'GDP'],
      ['it_exports', 'IT exports'],
    ]);
    expect(metricSelection([], STATE)).toMatchObject({ metric: '', unit: '', chartRows: [] });
  });
});
