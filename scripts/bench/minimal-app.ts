/**
 * The yardstick for the dashboard's first screen: the smallest Vite + Svelte + ECharts app that
 * draws one line chart, generated into a temporary folder (with this repository's node_modules
 * linked in) and built with the same Vite, Svelte and ECharts as Sandar. It marks
 * `sandar:first-chart` on ECharts' first rendered frame, as Sandar's chart attachment does.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const FILES: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Minimal chart</title></head>
  <body><div id="app"></div><script type="module" src="./src/main.ts"></script></body>
</html>
`,
  'src/main.ts': `import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
`,
  'src/App.svelte': `<script lang="ts">
  import { init, use } from 'echarts/core';
  import { LineChart } from 'echarts/charts';
  import { GridComponent } from 'echarts/components';
  import { CanvasRenderer } from 'echarts/renderers';

  use([LineChart, GridComponent, CanvasRenderer]);

  const years = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];
  const values = [140, 210, 310, 510, 750, 1000, 1300];

  function chart(node: HTMLElement) {
    const instance = init(node);
    instance.on('rendered', () => {
      if (performance.getEntriesByName('sandar:first-chart').length === 0)
        performance.mark('sandar:first-chart');
    });
    instance.setOption({
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: values }],
    });
    return () => instance.dispose();
  }
</script>

<h1>IT services exports</h1>
<div {@attach chart} style="width: 800px; height: 400px"></div>
`,
};

/** Builds the minimal app; returns its dist folder and a function that removes it all. */
export async function buildMinimalApp(): Promise<{ outDir: string; remove: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'sandar-minimal-app-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    const outDir = join(root, 'dist');
    await build({
      root,
      configFile: false,
      base: './',
      logLevel: 'error',
      plugins: [svelte({ configFile: false })],
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    return { outDir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
