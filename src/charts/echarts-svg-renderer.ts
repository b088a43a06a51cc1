// ECharts' SVG renderer, loaded by `loadSvgRenderer()` only when a chart is exported.
export { SVGRenderer } from 'echarts/renderers';
