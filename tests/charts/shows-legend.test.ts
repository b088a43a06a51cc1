import { describe, expect, it } from 'vitest';
import type { SandarChartOption } from '../../src/charts/echarts-setup.ts';
import { showsLegend } from '../../src/charts/shows-legend.ts';

describe('showsLegend', () => {
  it.each<[string, SandarChartOption, boolean]>([
    ['no legend option', { series: [] }, false],
    ['a hidden legend', { legend: { show: false } }, false],
    ['a legend with its names', { legend: { type: 'plain', data: ['a', 'b'] } }, true],
    ['a legend shown explicitly', { legend: { show: true } }, true],
    ['two legends, one shown', { legend: [{ show: false }, { show: true }] }, true],
    ['two hidden legends', { legend: [{ show: false }, { show: false }] }, false],
  ])('%s', (_name, option, expected) => {
    const before = structuredClone(option);
    expect(showsLegend(option)).toBe(expected);
    expect(option).toEqual(before);
  });
});
