/**
 * Export speed, for `npm run bench`: builds the app, serves it with vite preview, and in headless
 * Chromium exports the IT services exports chart through its dialog, as a user does:
 *  - a 1920×1080 PNG at 2× (3840×2160 pixels), target ≤ 500 ms;
 *  - the same layout as SVG with Inter embedded.
 * Each is timed by the app's own `sandar:export-png|svg` measure (option → fonts → render → encoded
 * file): the first export of a page (fonts fetched and registered) and the median of the next N.
 * Also prints the gzipped JavaScript that opening the dialog loads, which the first visit does not,
 * and the time of Export all on the overview (every card's chart as a 1× PNG, zipped).
 * Flags: --no-build uses the existing dist/; --runs N.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser.ts';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
  },
  strict: true,
});
const RUNS = Number(values.runs);
const PNG_TARGET_MS = 500;

// Its own output folder: other work building dist/ at the same time cannot empty it mid-run.
const outDir = values['no-build'] ? 'dist' : 'node_modules/.cache/sandar-bench-export-dist';
if (!values['no-build']) await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
const server = await preview({
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, open: false },
  logLevel: 'warn',
});
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('vite preview did not report a URL');

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Clicks Download once and returns the app's own measure of that export, in ms. */
async function timedExport(page: Page, format: 'png' | 'svg'): Promise<number> {
  const name = `sandar:export-${format}`;
  const before = await page.evaluate((n) => performance.getEntriesByName(n).length, name);
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
  await page.waitForFunction(
    ([n, count]) => performance.getEntriesByName(n as string).length > (count as number),
    [name, before] as const,
  );
  return page.evaluate(
    ([n, i]) => performance.getEntriesByName(n as string)[i as number]!.duration,
    [name, before] as const,
  );
}

// Wall-clock times on a shared machine: print its load so a reader can weigh the figures.
const LOAD = loadavg()
  .map((n) => n.toFixed(1))
  .join(', ');
const browser = await launchBrowser();
try {
  const rows: string[][] = [];
  for (const format of ['png', 'svg'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const lazyScripts: Promise<number>[] = [];
    let dialogOpened = false;
    page.on('response', (response) => {
      if (!dialogOpened || response.request().resourceType() !== 'script') return;
      lazyScripts.push(
        response.body().then(
          (body) => gzipSync(body, { level: 9 }).length,
          () => 0,
        ),
      );
    });
    await page.goto(`${baseUrl}?view=metric&metric=it_services_exports`);
    await page.waitForSelector('.trend-canvas[data-chart-state="finished"]');
    dialogOpened = true;
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-preview').waitFor();
    await page.locator(`input[name="format"][value="${format}"]`).check();
    await page.getByTestId('export-size').selectOption('16:9');
    if (format === 'png') await page.getByTestId('export-scale').selectOption('2');
    const pixels = (await page.getByTestId('export-pixels').textContent()) ?? '';
    const first = await timedExport(page, format);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await timedExport(page, format));
    const lazyKb = (await Promise.all(lazyScripts)).reduce((a, b) => a + b, 0) / 1024;
    rows.push([
      format === 'png' ? 'PNG 1920×1080 at 2×' : 'SVG 1920×1080',
      pixels,
      first.toFixed(0),
      median(warm).toFixed(0),
      format === 'png' ? `≤ ${PNG_TARGET_MS}` : '—',
      format === 'png'
        ? median(warm) <= PNG_TARGET_MS && first <= PNG_TARGET_MS
          ? 'met'
          : 'MISSED'
        : '—',
      lazyKb.toFixed(1),
    ]);
    await context.close();
  }
  // Export all on the overview: every card's chart as a 1920×1080 PNG at 1×, zipped (one run).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('article.card').first().waitFor();
  const cards = await page.locator('article.card').count();
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  await page.waitForFunction(() => performance.getEntriesByName('sandar:export-all').length > 0);
  const allMs = await page.evaluate(
    () => performance.getEntriesByName('sandar:export-all')[0]!.duration,
  );
  rows.push([
    `Export all (${cards} cards)`,
    `${cards} × 1920 × 1080 px`,
    allMs.toFixed(0),
    '—',
    '—',
    '—',
    '—',
  ]);
  await context.close();

  console.log(`load average at start: ${LOAD}`);
  console.log(`IT services exports chart, headless Chromium, ${RUNS} warm runs after the first`);
  const header = [
    'export',
    'output',
    'first ms',
    `median ms`,
    'target ms',
    'status',
    'dialog JS gz KB',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows])
    console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
} finally {
  await browser.close();
  await server.close();
}
