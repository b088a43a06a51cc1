// What the first chart does without, loaded by `loadChartExtras()` once it is drawn: the legend, the
// tooltip, the scatter chart (comparison) and the graphic component (export texts).
export { ScatterChart } from 'echarts/charts';
export { GraphicComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
