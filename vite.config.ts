import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` for the chart code to index.html, so a chart URL starts
 * fetching ECharts with the HTML instead of after the entry has run (a dynamic import is
 * otherwise only discovered then). Preloading fetches and compiles; it runs nothing.
 */
function preloadChartCode(): Plugin {
  return {
    name: 'sandar-preload-chart-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const charts = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('src/charts/echarts-setup.ts'));
        if (!charts) return [];
        // The chunk and everything it imports, transitively: preload fetches one file each.
        const files = new Set<string>([charts.fileName]);
        for (const fileName of files) {
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          for (const imported of chunk?.imports ?? []) files.add(imported);
        }
        return [...files].filter((fileName) => !html.includes(fileName)).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Marks every chunk the first screen runs with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chromium 136+; a plain comment elsewhere), so Chromium compiles
 * their functions on a background thread while the code downloads, instead of one by one on the
 * main thread as the first chart calls them (measured: about 60 ms less main-thread work before
 * the metric view's first chart). The first screen's chunks are the entry, what it imports, and
 * what those import on load (Svelte, App, ECharts); views opened later are left lazy.
 */
function compileHintsForFirstScreen(): Plugin {
  return {
    name: 'sandar-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own post-processing, so the comment is the file's first line, as V8 requires.
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
        const staticClosure = (roots: Iterable<string>) => {
          const files = new Set(roots);
          for (const fileName of files) for (const imported of chunks.get(fileName)?.imports ?? []) files.add(imported);
          return files;
        };
        const entry = staticClosure([...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const onLoad = staticClosure([...entry, ...[...entry].flatMap((fileName) => chunks.get(fileName)?.dynamicImports ?? [])]);
        for (const fileName of onLoad) {
          const chunk = chunks.get(fileName);
          if (chunk) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/** Modules every first visit runs (see src/main.ts and src/components/App.svelte). */
const FIRST_SCREEN_MODULES =
  /node_modules[\\/](svelte|esm-env|clsx|papaparse)[\\/]|src[\\/](lib[\\/](claim|claim-rows|claims-csv|claim-table|compare-text|format|format-decimal|hash|overview|parse-number|progress|themes|units)\.ts|charts[\\/](sparkline|trend-option)\.ts|state[\\/](app-data\.svelte|marks|router\.svelte|view-state)\.ts|components[\\/](App|Notices|overview|metric|table|chart|view-props))/;

/**
 * ECharts as the first chart runs it: everything from echarts, zrender and tslib but the parts that
 * only the comparison view and exports load (scatter chart, SVG renderer, graphic component).
 */
const CHART_MODULES =
  /node_modules[\\/](?!echarts[\\/]lib[\\/](chart[\\/](scatter[\\/]|helper[\\/]LargeSymbolDraw)|renderer[\\/]installSVGRenderer|component[\\/]graphic[\\/]|animation[\\/]customGraphic|util[\\/]styleCompat)|zrender[\\/]lib[\\/]svg[\\/])(echarts|zrender|tslib)[\\/]/;

export default defineConfig({
  plugins: [svelte(), preloadChartCode(), compileHintsForFirstScreen()],
  // Relative base so the built app also works from a sub-path or file server.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen needs in one chunk, rather than a dozen small ones that
          // the later views' imports would otherwise carve out of it (each one more request).
          // early-loads.ts first, in its own chunk: the entry imports it, and must not wait for 'app'.
          groups: [
            { name: 'early-loads', test: /src[\\/]state[\\/]early-loads\.ts$/, priority: 2 },
            { name: 'app', test: FIRST_SCREEN_MODULES, priority: 1 },
            // One chunk rather than the three that the lazy chart parts would carve out of it
            // (measured: ~1 KB more gzipped in three files).
            { name: 'echarts', test: CHART_MODULES, priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { fs: { allow: ['.'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
