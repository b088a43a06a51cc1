// ECharts' legend and tooltip (and the graphic component exports draw their texts with), loaded by
// `loadChartExtras()` once the first chart is drawn.
export { GraphicComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
