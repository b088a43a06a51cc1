// ECharts' scatter chart, loaded by `loadScatterChart()` only when a comparison is drawn.
export { ScatterChart } from 'echarts/charts';
