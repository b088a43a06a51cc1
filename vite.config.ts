import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { metaCsp, securityHeaders } from './src/lib/security-headers.ts';

type Bundle = Parameters<
  NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>
>[1];

/**
 * The chunks a first visit runs, in the order it needs them: the entry and its imports, then what
 * those import dynamically on load (Svelte and App before ECharts, as main.ts and early-loads.ts
 * ask for them), each with its own imports. Views loaded later are not among them.
 */
function firstScreenChunks(bundle: Bundle): string[] {
  const chunks = new Map(
    Object.values(bundle).flatMap((output) =>
      output.type === 'chunk' ? [[output.fileName, output] as const] : [],
    ),
  );
  const files = new Set<string>();
  const addWithImports = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) addWithImports(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) addWithImports(chunk.fileName);
  for (const fileName of [...files])
    for (const loaded of chunks.get(fileName)?.dynamicImports ?? []) addWithImports(loaded);
  return [...files];
}

/**
 * Adds `<link rel="modulepreload">` for the first screen's code to index.html, so it is fetched
 * with the HTML instead of after the entry has run (a dynamic import is otherwise only discovered
 * then): the app first, then ECharts. Preloading fetches and compiles; it runs nothing.
 */
function preloadFirstScreen(): Plugin {
  return {
    name: 'sandar-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const files = firstScreenChunks(bundle);
        // Their stylesheets too: Vite's loader otherwise fetches them when the import runs, and
        // resolves the import only once they have arrived.
        const styles = files.flatMap((fileName) => {
          const chunk = bundle[fileName];
          return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        });
        const link = (rel: string, fileName: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        });
        return [
          ...[...new Set(styles)]
            .filter((fileName) => !html.includes(fileName))
            .map((fileName) => link('stylesheet', fileName)),
          ...files
            .filter((fileName) => !html.includes(fileName))
            .map((fileName) => link('modulepreload', fileName)),
        ];
      },
    },
  };
}

/**
 * Marks every chunk the first screen runs with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chromium 136+; a plain comment elsewhere), so Chromium compiles
 * their functions on a background thread while the code downloads, instead of one by one on the
 * main thread as the first chart calls them (measured: about 60 ms less main-thread work before
 * the metric view's first chart).
 */
function compileHintsForFirstScreen(): Plugin {
  return {
    name: 'sandar-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own post-processing, so the comment is the file's first line, as V8 requires.
      order: 'post',
      handler(_options, bundle) {
        for (const fileName of firstScreenChunks(bundle)) {
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/**
 * Sends the security headers (index.html's CSP plus frame-ancestors, nosniff, no referrer) from
 * `vite dev` and `vite preview`, which `npm start` runs; a meta tag alone cannot forbid framing.
 * Static hosts read the same headers from public/_headers (a test keeps it in step).
 */
function sendSecurityHeaders(): Plugin {
  const headers = securityHeaders(metaCsp(readFileSync('index.html', 'utf8')));
  // added directly (nothing returned), so it runs before Vite's own middlewares serve the file
  const send = (server: { middlewares: { use: (handler: Middleware) => unknown } }): void => {
    server.middlewares.use((_request, response, next) => {
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      next();
    });
  };
  return {
    name: 'sandar-security-headers',
    configureServer: send,
    configurePreviewServer: send,
  };
}

type Middleware = (
  request: unknown,
  response: { setHeader: (name: string, value: string) => void },
  next: () => void,
) => void;

export default defineConfig(({ mode }) => ({
  plugins: [svelte(), preloadFirstScreen(), compileHintsForFirstScreen(), sendSecurityHeaders()],
  // Test hooks (marks the browser tests wait on) exist only in builds made with `--mode test`, as
  // the browser tests and benches make theirs (and in Vitest, whose mode is `test`); a production
  // build drops them as dead code, and tests/dist/first-visit.test.ts checks that they are gone.
  define: { 'import.meta.env.SANDAR_TEST_HOOKS': JSON.stringify(mode === 'test') },
  // Relative base so the built app also works from a sub-path or file server.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // The chunks follow the module graph: dynamic imports (views, ECharts, export, upload) each
    // start one, and tests/dist/first-visit.test.ts checks what a first visit loads.
    manifest: true,
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
          exclude: ['tests/e2e/**', 'tests/dist/**', 'tests/**/*.svelte.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
        },
      },
      {
        // Runes classes (src/state/*.svelte.ts) under test: Svelte's client runtime, so that
        // $effect runs (the default, server, runtime never runs effects).
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'state',
          include: ['tests/**/*.svelte.test.ts'],
          environment: './tests/state/client-environment.ts',
          env: { TZ: 'UTC' },
        },
      },
      {
        // Checks on the built app (dist/): run by `npm test`, after `vite build`.
        extends: true,
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
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
}));
