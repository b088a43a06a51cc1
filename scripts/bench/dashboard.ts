/**
 * Dashboard speed, for `npm run bench`: builds the app, serves dist/ with vite preview, and in
 * headless Chromium measures, over 5 cold loads (a fresh browser context each: empty cache, empty
 * IndexedDB, so the baseline is imported every time):
 *  - navigation → first drawn chart on a metric view (the app marks `sandar:first-chart` in the
 *    frame that first shows the chart: ECharts' first rendered frame, or on a first visit at a
 *    desktop size the frame that shows the chart drawn at build time, state/first-charts.ts),
 *    target ≤ 400 ms (median); with the minimal app, also ECharts' own first frame of it
 *    (`sandar:live-chart`, when the chart answers the pointer);
 *  - navigation → overview cards shown (`sandar:overview-ready`);
 *  - gzipped JavaScript the first visit loads (every script response, gzipped here with node:zlib
 *    at level 9), for the overview (the default page) and for a metric view; target ≤ 250 KB.
 *  - the storage layout, as chosen in src/db: 100,000 claims written and read back in IndexedDB
 *    as chunk records of 2,000 claims, against one record per claim with three indexes.
 *  - the same first chart in a minimal Vite + Svelte + ECharts app that the bench builds itself
 *    (minimal-app.ts), and the JavaScript each loads before its first chart, as ratios;
 * Flags: --no-build uses the existing dist/; --runs N (default 9); --check fails when the ratio
 * or the JavaScript is more than 15% worse than the README's figures (its Speed table);
 * --ratio measures only the comparison with the minimal app; --returning only a returning visit:
 * the same first chart on a second visit in one browser context (cache warm, the baseline stored
 * by the first), where the app waits for storage and the chart is ECharts' own, against the
 * minimal app's second visit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser, serveClaimsCsv } from '../../tests/e2e/browser.ts';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import { buildMinimalApp } from './minimal-app.ts';
import { readmeFigure, worseThanRecorded } from './readme-figures.ts';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '9' },
    check: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    ratio: { type: 'boolean', default: false },
    returning: { type: 'boolean', default: false },
  },
  strict: true,
});
const RUNS = Number(values.runs);

const shipped = readFileSync('data/claims.csv', 'utf8');
const shippedClaims = parseClaimsCsv(shipped).claims;
// Until the extractor has filled data/claims.csv, measure with the annotated seed claims instead.
const fixture =
  shippedClaims.length === 0
    ? readFileSync('tests/fixtures/dashboard/claims-seeds-gold.csv', 'utf8')
    : undefined;
const claims = fixture ? parseClaimsCsv(fixture).claims : shippedClaims;
const metric = claims.some((c) => c.metric === 'it_services_exports')
  ? 'it_services_exports'
  : (claims[0]?.metric ?? '');

// Its own output folder: other work building dist/ at the same time cannot empty it mid-run.
const outDir = values['no-build'] ? 'dist' : 'node_modules/.cache/sandar-bench-dist';
if (!values['no-build']) await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
const server = await preview({
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, open: false },
  logLevel: 'warn',
});
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('vite preview did not report a URL');

const minimal = await buildMinimalApp();
const minimalServer = await preview({
  configFile: false,
  root: join(minimal.outDir, '..'),
  build: { outDir: minimal.outDir },
  preview: { host: '127.0.0.1', port: 0, open: false },
  logLevel: 'warn',
});
const minimalUrl = minimalServer.resolvedUrls?.local[0];
if (!minimalUrl) throw new Error('vite preview did not report a URL for the minimal app');

interface Load {
  ms: number;
  jsGzipBytes: number;
  jsFiles: number;
  /** Scripts whose download ended before the mark, gzipped (level 9) from the built files. */
  jsBeforeMarkBytes: number;
  /**
   * Sandar: ECharts' own first frame of the chart (`sandar:live-chart`), which answers the
   * pointer; later than `ms` where the chart drawn at build time was painted first.
   */
  liveMs?: number;
}

/**
 * Resolves with a performance mark's start time once the page sets it. A PerformanceObserver
 * installed before the page's own scripts reports each mark through an exposed function, so the
 * bench does not poll the page while it loads: `page.waitForFunction` would evaluate Playwright's
 * injected script there first (40-50 ms of the page's main thread in a trace, on the way to the
 * first chart), then run a check every few milliseconds.
 */
async function reportMark(page: Page, mark: string): Promise<{ startTime: Promise<number> }> {
  let resolve: (startTime: number) => void = () => {};
  const reported = new Promise<number>((done, fail) => {
    resolve = done;
    setTimeout(() => fail(new Error(`the page did not mark ${mark} within 30 s`)), 30_000).unref();
  });
  await page.exposeFunction('sandarBenchMark', (name: string, startTime: number) => {
    if (name === mark) resolve(startTime);
  });
  // A string: tsx would wrap a function in a helper the page does not have.
  await page.addInitScript(
    `new PerformanceObserver((list) => { for (const e of list.getEntries()) sandarBenchMark(e.name, e.startTime); }).observe({ type: 'mark' });`,
  );
  // Wrapped: an async function returning a promise would wait for it.
  return { startTime: reported };
}

/** The scripts a page had downloaded when `mark` was set, as paths below its origin. */
async function scriptsBefore(page: Page, mark: string): Promise<string[]> {
  // A string: tsx would wrap a function in a helper the page does not have.
  return (await page.evaluate(`(() => {
    const at = performance.getEntriesByName(${JSON.stringify(mark)})[0].startTime;
    return performance.getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= at)
      .map((e) => new URL(e.name).pathname);
  })()`)) as string[];
}

async function coldLoad(
  browser: Browser,
  search: string,
  mark: string,
  app: { url: string; outDir: string; hasStore: boolean } = {
    url: baseUrl!,
    outDir,
    hasStore: true,
  },
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  if (fixture) await serveClaimsCsv(page, fixture);
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  const marked = await reportMark(page, mark);
  await page.goto(`${app.url}${search}`);
  const ms = await marked.startTime;
  const before = await scriptsBefore(page, mark);
  const jsBeforeMarkBytes = before
    .map((path) => join(app.outDir, path.replace(/^.*?\/assets\//, 'assets/')))
    .filter((file) => existsSync(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  if (values.verbose) {
    // Plain arrow functions only: tsx would wrap named ones in a helper the page does not have.
    const timeline = await page.evaluate(() =>
      performance
        .getEntries()
        .filter(
          (e) =>
            e.entryType === 'mark' || e.entryType === 'resource' || e.entryType === 'navigation',
        )
        .map(
          (e) =>
            `${e.entryType} ${e.name.replace(/^.*\//, '')} ${e.startTime.toFixed(0)}–${(e.startTime + e.duration).toFixed(0)}`,
        ),
    );
    console.log(timeline.join('\n'));
  }
  // Count everything the first visit loads, storage code included (it loads after the first screen).
  if (app.hasStore)
    await page.waitForFunction(() => performance.getEntriesByName('sandar:store-open').length > 0);
  const liveMs = app.hasStore
    ? ((await page.evaluate(`performance.getEntriesByName('sandar:live-chart')[0]?.startTime`)) as
        number | undefined)
    : undefined;
  await page.waitForLoadState('networkidle');
  // Read and gzip the scripts now, not as they arrive: gzip at level 9 in this process would take
  // CPU from the page on a two-core machine while it loads.
  const sizes = await Promise.all(
    scripts.map((response) =>
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    ),
  );
  await context.close();
  return {
    ms,
    jsGzipBytes: sizes.reduce((a, b) => a + b, 0),
    jsFiles: sizes.length,
    jsBeforeMarkBytes,
    ...(liveMs === undefined ? {} : { liveMs }),
  };
}

/**
 * A returning visit: one visit that stores the baseline, then a second page in the same context
 * (HTTP cache and IndexedDB kept), timed to `mark` like a cold load.
 */
async function returningLoad(
  browser: Browser,
  search: string,
  mark: string,
  app: { url: string; hasStore: boolean },
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = await context.newPage();
  if (fixture) await serveClaimsCsv(first, fixture);
  const firstMarked = await reportMark(first, mark);
  await first.goto(`${app.url}${search}`);
  await firstMarked.startTime;
  if (app.hasStore) {
    await first.waitForFunction(() => performance.getEntriesByName('sandar:store-open').length > 0);
    // The baseline and the official tables are written after the store opens: wait until the
    // database holds the baseline's dataset before leaving.
    await first.waitForFunction(`(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes('sandar')) return false;
      return new Promise((resolve) => {
        const request = indexedDB.open('sandar');
        request.onsuccess = () => {
          const db = request.result;
          const stores = [...db.objectStoreNames];
          if (!stores.includes('datasets')) { db.close(); return resolve(false); }
          const count = db.transaction('datasets').objectStore('datasets').count();
          count.onsuccess = () => { db.close(); resolve(count.result > 0); };
          count.onerror = () => { db.close(); resolve(false); };
        };
        request.onerror = () => resolve(false);
      });
    })()`);
  }
  await first.waitForLoadState('networkidle');
  await first.close();
  const page = await context.newPage();
  if (fixture) await serveClaimsCsv(page, fixture);
  const marked = await reportMark(page, mark);
  await page.goto(`${app.url}${search}`);
  const ms = await marked.startTime;
  await context.close();
  return ms;
}

const STORE_ROWS = 100_000;

/**
 * Writes and reads STORE_ROWS claim-shaped records with the raw IndexedDB API in a fresh context.
 * The page code is a string: tsx would otherwise wrap its functions in a helper the page lacks.
 */
async function storageRun(
  browser: Browser,
  chunked: boolean,
): Promise<{ write: number; read: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}?view=none`);
  const claim = claims[0];
  const result = (await page.evaluate(`(async () => {
    const rows = ${STORE_ROWS}, chunked = ${chunked}, template = ${JSON.stringify(claim)};
    const claims = Array.from({ length: rows }, (_, i) => ({ ...template, id: 'c' + i, value: i, period: String(2000 + (i % 30)) }));
    const request = indexedDB.open('bench-layout', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (chunked) db.createObjectStore('chunks', { keyPath: ['datasetId', 'index'] });
      else {
        const store = db.createObjectStore('claims', { keyPath: ['datasetId', 'id'] });
        store.createIndex('metric', ['datasetId', 'metric']);
        store.createIndex('entity', ['datasetId', 'entity']);
        store.createIndex('period', ['datasetId', 'period']);
      }
    };
    const db = await new Promise((resolve, reject) => { request.onsuccess = () => resolve(request.result); request.onerror = () => reject(request.error); });
    const name = chunked ? 'chunks' : 'claims';
    const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
    let start = performance.now();
    const tx = db.transaction(name, 'readwrite');
    const store = tx.objectStore(name);
    if (chunked) for (let i = 0; i < rows; i += 2000) store.add({ datasetId: 'd', index: i / 2000, claims: claims.slice(i, i + 2000) });
    else for (const c of claims) store.add({ ...c, datasetId: 'd' });
    await done(tx);
    const write = performance.now() - start;
    start = performance.now();
    const read = db.transaction(name, 'readonly');
    const all = read.objectStore(name).getAll();
    await done(read);
    const count = chunked ? all.result.reduce((n, r) => n + r.claims.length, 0) : all.result.length;
    if (count !== rows) throw new Error('read back ' + count + ' of ' + rows);
    return { write, read: performance.now() - start };
  })()`)) as { write: number; read: number };
  await context.close();
  return result;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const browser = await launchBrowser();
try {
  const cases = [
    {
      name: `metric view (${metric}), first chart drawn`,
      search: `?view=metric&metric=${metric}`,
      mark: 'sandar:first-chart',
      target: 400,
    },
    { name: 'overview, cards shown', search: '', mark: 'sandar:overview-ready', target: 400 },
  ];
  // Wall-clock times on a shared machine: print its load so a reader can weigh the figures.
  console.log(
    `load average at start: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')}`,
  );
  console.log(
    `claims: ${claims.length} (${fixture ? 'tests/fixtures/dashboard/claims-seeds-gold.csv: data/claims.csv has no rows yet' : 'data/claims.csv'}); ${RUNS} cold loads each`,
  );
  if (!values.ratio && !values.returning) {
    console.log('| page | median ms (target) | all runs ms | first-visit JS gzipped (target) |');
    console.log('|---|---|---|---|');
  }
  const loadsOf = new Map<string, Load[]>();
  const minimalApp = { url: minimalUrl, outDir: minimal.outDir, hasStore: false };
  if (values.returning) {
    const ours: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(
        await returningLoad(browser, cases[0]!.search, 'sandar:first-chart', {
          url: baseUrl!,
          hasStore: true,
        }),
      );
      bare.push(await returningLoad(browser, '', 'sandar:first-chart', minimalApp));
    }
    console.log(
      `\nreturning visit, first chart (median of ${RUNS} each, interleaved; load average now ${loadavg()[0]!.toFixed(1)}):`,
    );
    console.log('| app | median ms | all runs ms |');
    console.log('|---|---|---|');
    console.log(
      `| Sandar | ${median(ours).toFixed(0)} | ${ours.map((ms) => ms.toFixed(0)).join(', ')} |`,
    );
    console.log(
      `| minimal app | ${median(bare).toFixed(0)} | ${bare.map((ms) => ms.toFixed(0)).join(', ')} |`,
    );
    console.log(`ratio: ${(median(ours) / median(bare)).toFixed(2)}`);
  }
  for (const c of values.ratio || values.returning ? [] : cases) {
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser, c.search, c.mark));
    loadsOf.set(c.mark, loads);
    const ms = median(loads.map((l) => l.ms));
    const kb = median(loads.map((l) => l.jsGzipBytes)) / 1024;
    const files = loads[0]!.jsFiles;
    console.log(
      `| ${c.name} | ${ms.toFixed(0)} (≤ ${c.target}) ${ms <= c.target ? 'ok' : 'OVER'} | ${loads.map((l) => l.ms.toFixed(0)).join(', ')} | ${kb.toFixed(1)} KB in ${files} files (≤ 250 KB) ${kb <= 250 ? 'ok' : 'OVER'} |`,
    );
  }
  if (!values.returning) {
    // The same first chart in the minimal app, loads interleaved with Sandar's, so that the load
    // on the machine weighs on both alike.
    const ours: Load[] = [];
    const bare: Load[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await coldLoad(browser, cases[0]!.search, 'sandar:first-chart'));
      bare.push(await coldLoad(browser, '', 'sandar:first-chart', minimalApp));
    }
    const figures = {
      oursMs: median(ours.map((l) => l.ms)),
      bareMs: median(bare.map((l) => l.ms)),
      oursKb: median(ours.map((l) => l.jsBeforeMarkBytes)) / 1024,
      bareKb: median(bare.map((l) => l.jsBeforeMarkBytes)) / 1024,
    };
    const ratio = figures.oursMs / figures.bareMs;
    console.log(
      `\nagainst a minimal Vite + Svelte + ECharts app with one line chart (median of ${RUNS} cold loads each, interleaved; load average now ${loadavg()[0]!.toFixed(1)}):`,
    );
    console.log('| figure | Sandar | minimal app | ratio |');
    console.log('|---|---|---|---|');
    console.log(
      `| first chart, ms after navigation | ${figures.oursMs.toFixed(0)} | ${figures.bareMs.toFixed(0)} | ${ratio.toFixed(2)} |`,
    );
    console.log(
      `| JavaScript before the first chart, KB gzipped | ${figures.oursKb.toFixed(1)} | ${figures.bareKb.toFixed(1)} | ${(figures.oursKb / figures.bareKb).toFixed(2)} |`,
    );
    // Where a chart drawn at build time came first, the chart answers the pointer once ECharts
    // draws it (the minimal app's first chart is ECharts' own, so its figure is the same).
    const live = ours.flatMap((l) => (l.liveMs === undefined ? [] : [l.liveMs]));
    if (live.length > 0)
      console.log(
        `| ECharts' own first frame (answers the pointer), ms | ${median(live).toFixed(0)} | ${figures.bareMs.toFixed(0)} | ${(median(live) / figures.bareMs).toFixed(2)} |`,
      );
    if (values.check) checkAgainstReadme(ratio, figures.oursKb);
  }

  if (!values.ratio && !values.returning) {
    console.log(
      `\nstorage layout, ${STORE_ROWS.toLocaleString('en-US')} claims in Chromium's IndexedDB (chunks: median of 3; rows: once, it is slow):`,
    );
    console.log('| layout | write ms | read ms |');
    console.log('|---|---|---|');
    for (const layout of ['chunks of 2,000 claims', 'one record per claim, 3 indexes'] as const) {
      const runs: { write: number; read: number }[] = [];
      const chunked = layout === 'chunks of 2,000 claims';
      for (let i = 0; i < (chunked ? 3 : 1); i++) runs.push(await storageRun(browser, chunked));
      console.log(
        `| ${layout} | ${median(runs.map((r) => r.write)).toFixed(0)} | ${median(runs.map((r) => r.read)).toFixed(0)} |`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  await minimalServer.close();
  minimal.remove();
}

/**
 * `--check`: the README's Speed table holds the figures of record; a run more than 15% worse
 * than them (a higher ratio, more JavaScript) fails the bench.
 */
function checkAgainstReadme(ratio: number, kb: number): void {
  const readme = readFileSync('README.md', 'utf8');
  const checks = [
    { name: 'first chart / minimal app', now: ratio, then: readmeFigure(readme, 'first chart', 4) },
    {
      name: 'JavaScript before the first chart, KB',
      now: kb,
      then: readmeFigure(readme, 'JavaScript', 2),
    },
  ];
  for (const { name, now, then } of checks) {
    const worse = worseThanRecorded(now, then);
    if (worse) process.exitCode = 1;
    console.log(
      `check ${name}: ${now.toFixed(2)} against README ${then}: ${worse ? 'WORSE' : 'ok'}`,
    );
  }
}
