import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { shippedClaimsFromCsv } from './src/lib/claims-csv.ts';
import { metaCsp, securityHeaders } from './src/lib/security-headers.ts';
import { parseSourceTitles } from './src/lib/source-titles.ts';
import type { Claim } from './src/lib/claim.ts';
import { keyClaims } from './src/lib/claim-rows.ts';
import { renderPlainSvg } from './src/export/render.ts';
import { firstChartOptions, optionKey, type FirstChart } from './src/state/first-charts.ts';

type Bundle = Parameters<
  NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>
>[1];

/**
 * The first screen's code and data, from the module graph: the entry and its static imports (the
 * app), plus what `earlyLoads` (the module main.ts asks for the first screen's downloads) imports
 * dynamically (ECharts) and the files it imports as URLs (the shipped claims, the first charts).
 * Two plugins share it:
 *  - `<link rel="modulepreload">` for that code and `<link rel="preload" as="fetch">` for those
 *    files in index.html, so they are fetched with the HTML instead of once the entry has run;
 *    ECharts last and at low priority: a first visit's metric view shows its chart drawn at build
 *    time before ECharts, and fetched first, ECharts' 160 KB slowed the app's code and data down.
 *    Median of 11-15 cold loads each, alternating, load average 10-17: first chart 789 ms with
 *    ECharts first, 598 ms at low priority, 427 ms not preloaded (minimal app 696 ms); ECharts'
 *    own first frame 925 ms at low priority, 1061 ms not preloaded (fetched once the drawing
 *    is painted), where visitors shown no drawing (a phone, a return visit) would wait for it;
 *  - V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136+; a plain comment
 *    elsewhere) on each of those chunks, ECharts' included, so Chromium compiles their functions
 *    on a background thread while the code downloads, instead of one by one on the main thread
 *    as the first chart calls them (measured: about 60 ms less main-thread work before the first
 *    chart).
 * Views and features loaded when used are not among them.
 */
function firstScreen(earlyLoads: string): Plugin[] {
  const early = { dynamic: [] as string[], files: [] as string[] };
  /** The entry's chunks, and with `dynamic` those of what `earlyLoads` imports dynamically. */
  const chunksOf = (bundle: Bundle, dynamic: boolean): string[] => {
    const chunks = Object.values(bundle).flatMap((output) =>
      output.type === 'chunk' ? [output] : [],
    );
    const files = new Set<string>();
    const addWithImports = (fileName: string) => {
      if (files.has(fileName)) return;
      files.add(fileName);
      for (const imported of chunks.find((c) => c.fileName === fileName)?.imports ?? [])
        addWithImports(imported);
    };
    for (const chunk of chunks) if (chunk.isEntry) addWithImports(chunk.fileName);
    if (dynamic)
      for (const chunk of chunks)
        if (chunk.moduleIds.some((id) => early.dynamic.includes(id)))
          addWithImports(chunk.fileName);
    return [...files];
  };
  const graph: Plugin = {
    name: 'sandar-first-screen-graph',
    apply: 'build',
    buildEnd() {
      const id = resolve(earlyLoads);
      const info = this.getModuleInfo(id);
      // Renamed or no longer imported: fail rather than silently preload nothing.
      if (!info) throw new Error(`vite.config.ts: ${earlyLoads} is not in the app's module graph`);
      early.dynamic = [...info.dynamicallyImportedIds];
      early.files = info.importedIds
        .filter((imported) => /\?(url|shipped-claims|first-charts)\b/.test(imported))
        .map((imported) => relative(process.cwd(), imported.replace(/\?.*$/, '')));
    },
  };
  const preload: Plugin = {
    name: 'sandar-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const files = chunksOf(bundle, false);
        // Their stylesheets too: Vite's loader otherwise fetches them when the import runs, and
        // resolves the import only once they have arrived.
        const styles = files.flatMap((fileName) => {
          const chunk = bundle[fileName];
          return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        });
        const data = Object.values(bundle).flatMap((output) =>
          output.type === 'asset' && output.originalFileNames.some((f) => early.files.includes(f))
            ? [output.fileName]
            : [],
        );
        const later = chunksOf(bundle, true).filter((fileName) => !files.includes(fileName));
        const link = (rel: string, fileName: string, extra = '') =>
          `<link rel="${rel}"${extra} crossorigin href="./${fileName}">\n    `;
        const links = [
          ...files
            .filter((fileName) => !html.includes(fileName))
            .map((fileName) => link('modulepreload', fileName)),
          // fetch() takes over a preload made in the same (CORS, same-origin credentials) mode
          ...data.map((fileName) => link('preload', fileName, ' as="fetch"')),
          ...later.map((fileName) => link('modulepreload', fileName, ' fetchpriority="low"')),
          ...[...new Set(styles)]
            .filter((fileName) => !html.includes(fileName))
            .map((fileName) => link('stylesheet', fileName)),
        ].join('');
        // Before the entry's <script> and its modulepreloads; after the CSP <meta>, which governs
        // them.
        const entry = html.indexOf('<script type="module"');
        if (entry < 0) throw new Error('vite.config.ts: index.html has no module script');
        return html.slice(0, entry) + links + html.slice(entry);
      },
    },
  };
  const compileHints: Plugin = {
    name: 'sandar-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own post-processing, so the comment is the file's first line, as V8 requires.
      order: 'post',
      handler(_options, bundle) {
        for (const fileName of chunksOf(bundle, true)) {
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
  return [graph, preload, compileHints];
}

/**
 * CSVs the app ships, read here in Node at build time by the app's own parsers (PapaParse), so a
 * first visit gets them ready to use, without PapaParse or the validator before its first chart.
 * The CSVs stay the source of truth. Each is imported with a query naming how it is read:
 *  - `…/claims.csv?shipped-claims`: the claims validated as an upload would be
 *    (`shippedClaimsFromCsv`), emitted as a JSON file of its own (a new claims.csv ships without a
 *    new bundle); the import is its URL, which `vite dev` serves too;
 *  - `…/claims.csv?first-charts`: the metric view's first chart for each metric, drawn as SVG by
 *    ECharts' server-side renderer (state/first-charts.ts), likewise a JSON file and its URL;
 *  - `…/sources.csv?source-titles`: the documents' titles (`parseSourceTitles`), as a module
 *    whose default export is their `[file, title]` pairs.
 */
function readAtBuild(): Plugin {
  const readers = {
    'shipped-claims': (text: string, file: string) => shippedClaimsFromCsv(text, basename(file)),
    'first-charts': (text: string, file: string) =>
      drawFirstCharts(shippedClaimsFromCsv(text, basename(file)).claims),
    'source-titles': (text: string) => [...parseSourceTitles(text)],
  };
  type Query = keyof typeof readers;
  const ids = new RegExp(`\\?(${Object.keys(readers).join('|')})$`);
  const queryOf = (id: string) =>
    Object.keys(readers).find((query) => id.endsWith(`?${query}`)) as Query | undefined;
  const jsonOf = async (file: string, query: Query) =>
    JSON.stringify(await readers[query](readFileSync(file, 'utf8'), file));
  let serving = false;
  /** Files whose JSON `vite dev` serves, by URL. */
  const served = new Map<string, { file: string; query: Query }>();
  async function load(this: Rollup.PluginContext, id: string) {
    const query = queryOf(id);
    if (!query) return null;
    const file = id.slice(0, -query.length - 1);
    this.addWatchFile(file);
    if (query === 'source-titles') return `export default ${await jsonOf(file, query)};`;
    const name = relative(process.cwd(), file);
    if (serving) {
      const url = `/@${query}/${name}.json`;
      served.set(url, { file, query });
      return `export default ${JSON.stringify(url)};`;
    }
    const reference = this.emitFile({
      type: 'asset',
      name: `${query === 'first-charts' ? query : basename(file, '.csv')}.json`,
      // preloaded with the page (`firstScreen` finds the files by this name)
      originalFileName: name,
      source: await jsonOf(file, query),
    });
    return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
  }
  return {
    name: 'sandar-read-at-build',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    // The filters let the bundler skip this plugin for every other module without calling into
    // JavaScript: without them its resolveId ran for each of the build's ~4,200 imports.
    resolveId: {
      filter: { id: ids },
      async handler(source, importer) {
        const query = queryOf(source);
        if (!query) return null;
        const csv = source.slice(0, -query.length - 1);
        const resolved = await this.resolve(csv, importer, { skipSelf: true });
        return resolved && `${resolved.id}?${query}`;
      },
    },
    load: { filter: { id: ids }, handler: load },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const found = served.get(request.url?.replace(/\?.*$/, '') ?? '');
        if (!found) return next();
        response.setHeader('Content-Type', 'application/json');
        void jsonOf(found.file, found.query).then(
          (json) => response.end(json),
          (error: unknown) => next(error),
        );
      });
    },
  };
}

/**
 * The metric view's first charts (state/first-charts.ts) as the page shows them before ECharts
 * has loaded: SVG text from the renderer exports use, with no entry animation, as the attachment
 * draws a first chart.
 */
async function drawFirstCharts(claims: Claim[]): Promise<FirstChart[]> {
  return Promise.all(
    firstChartOptions(keyClaims(claims)).map(async ({ width, height, option }) => ({
      width,
      height,
      key: optionKey(option),
      svg: await renderPlainSvg({ ...option, animation: false }, { width, height }),
    })),
  );
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

/** Vite's limit for a chunk, in kB of minified code: every chunk but the English model's. */
const CHUNK_LIMIT_KB = 500;
/** The chunk of wink-nlp's English model (`codeSplitting` below). */
const ENGLISH_MODEL_CHUNK = 'english-model';
/**
 * The English model's own limit. Measured on 7 December 2026: 3,806 kB minified (1,056 kB
 * gzipped), wink-eng-lite-web-model 1.8; loaded with document review only, never on a first
 * visit (tests/bundle/first-visit.test.ts). A model that grows past it is worth a look.
 */
const ENGLISH_MODEL_LIMIT_KB = 4_000;

/**
 * Vite's chunk-size warning, with a limit per chunk: Vite's own takes one limit for all (set to
 * the model's), so this holds every other chunk to 500 kB, as Vite would.
 */
function chunkSizeLimits(): Plugin {
  return {
    name: 'sandar-chunk-size-limits',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const limit = output.name === ENGLISH_MODEL_CHUNK ? ENGLISH_MODEL_LIMIT_KB : CHUNK_LIMIT_KB;
        const kb = output.code.length / 1000;
        if (kb > limit)
          this.warn(
            `${output.fileName} is ${kb.toFixed(0)} kB minified, over its ${limit} kB limit`,
          );
      }
    },
  };
}

type Middleware = (
  request: unknown,
  response: { setHeader: (name: string, value: string) => void },
  next: () => void,
) => void;

export default defineConfig(({ mode }) => ({
  plugins: [
    svelte(),
    readAtBuild(),
    ...firstScreen('src/state/early-loads.ts'),
    sendSecurityHeaders(),
    chunkSizeLimits(),
  ],
  // Test hooks (marks the browser tests wait on) exist only in builds made with `--mode test`, as
  // the browser tests and benches make theirs (and in Vitest, whose mode is `test`); a production
  // build drops them as dead code, and tests/bundle/first-visit.test.ts checks that they are gone.
  define: { 'import.meta.env.SANDAR_TEST_HOOKS': JSON.stringify(mode === 'test') },
  // Relative base so the built app also works from a sub-path or file server.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // the largest chunk's limit: the English model's; `chunkSizeLimits` keeps the others' at 500
    chunkSizeWarningLimit: ENGLISH_MODEL_LIMIT_KB,
    // The chunks follow the module graph: dynamic imports (views, ECharts, export, upload) each
    // start one, and tests/bundle/first-visit.test.ts checks what a first visit loads.
    manifest: true,
    rolldownOptions: {
      // Rolldown's PLUGIN_TIMINGS notice fires when plugins take over 100× the link stage. Here
      // that is Svelte compiling 34 components (5-7 s of a 18-22 s build on this 2-core machine),
      // which nothing in our config can shorten; our own plugin's hooks are filtered to its 3
      // imports. A notice on every build that asks for no action would teach readers to skip
      // warnings, so it is off; `chunkSizeLimits` and Rolldown's other checks stay on.
      checks: { bundlerTimings: false },
      output: {
        // Every module the entry imports statically in one chunk ('$initial': Rolldown's tag for
        // them, from the module graph), not one chunk per module a lazy chunk shares with it: the
        // first screen fetched 10 scripts besides ECharts, and over HTTP/1.1 (6 connections to a
        // host) the last waited for a free one. 11 → 3 first-screen scripts, 198.9 → 196.9 KB
        // gzipped; first chart 1106 → 965 ms, median of 15 cold loads each, alternating, load
        // average 15-20 on 2 cores.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            // wink-nlp's English model, which document review's extractor tags sentences with:
            // data that changes with the package, not with the extractor, so a chunk of its own
            // that browsers keep cached when the review code changes (`chunkSizeLimits`)
            {
              name: ENGLISH_MODEL_CHUNK,
              test: /[\\/]node_modules[\\/]wink-eng-lite-web-model[\\/]/,
            },
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
          exclude: ['tests/e2e/**', 'tests/bundle/**', 'tests/**/*.svelte.test.ts'],
          environment: 'node',
          // a file's first extraction compiles the grammar tables and loads the English model:
          // 1-3 s alone, over the default 5 s on two cores shared with other work (CI runs
          // timed out there, and passed when run again)
          testTimeout: 30_000,
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
          include: ['tests/bundle/**/*.test.ts'],
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
