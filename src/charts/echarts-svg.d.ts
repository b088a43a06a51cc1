// ECharts ships no declaration for this deep path; it is the installer `echarts/renderers` re-exports.
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  import type { use } from 'echarts/core';
  export const install: Parameters<typeof use>[0];
}
