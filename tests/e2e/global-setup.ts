import { spawnSync } from 'node:child_process';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * The browser tests' own build: the production build with the test hooks on (`--mode test`, see
 * vite.config.ts), in a folder of its own, so dist/ stays the production build that
 * tests/bundle checks and `npm start` serves.
 */
const OUT_DIR = 'node_modules/.cache/sandar-e2e-dist';

/** Builds the app with its test hooks and serves it for the browser tests. */
export default async function setup(project: TestProject) {
  // A process of its own: under Vitest NODE_ENV is `test`, which would make Vite build for
  // development (Svelte's dev checks, unminified) instead of what users get.
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--mode', 'test', '--outDir', OUT_DIR],
    { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
  );
  if (built.status !== 0)
    throw new Error(`vite build --mode test failed:\n${built.stdout}\n${built.stderr}`);
  const server = await preview({
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
