import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** Modules every first visit runs (see src/main.ts and src/components/App.svelte). */
const FIRST_SCREEN_MODULES =
  /node_modules[\\/](svelte|esm-env|clsx|papaparse)[\\/]|src[\\/](lib[\\/](claim|claim-rows|claims-csv|claim-table|format|hash|overview|parse-number|progress|themes|units)\.ts|charts[\\/](sparkline|trend-option)\.ts|state[\\/](app-data\.svelte|marks|router\.svelte|view-state)\.ts|components[\\/](App|Notices|overview|metric|table|chart|view-props))/;

export default defineConfig({
  plugins: [svelte()],
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
