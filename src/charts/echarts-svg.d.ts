// ECharts ships no declaration for these deep paths; they are the installers `echarts/renderers`
// and `echarts/charts` re-export.
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  import type { use } from 'echarts/core';
  export const install: Parameters<typeof use>[0];
}
declare module 'echarts/lib/chart/scatter/install.js' {
  import type { use } from 'echarts/core';
  export const install: Parameters<typeof use>[0];
}
