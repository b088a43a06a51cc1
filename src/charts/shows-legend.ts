import type { SandarChartOption } from './echarts-setup.ts';

/**
 * Whether an option draws a legend: then the chart waits for the legend's code before its first
 * frame, rather than drawing without it and again with it.
 *
 * @example showsLegend({ legend: { show: false } }) // false
 * @example showsLegend({ legend: { data: ['a', 'b'] } }) // true
 */
export function showsLegend(option: SandarChartOption): boolean {
  const legends = option.legend === undefined ? [] : [option.legend].flat();
  return legends.some((legend) => legend.show !== false);
}
