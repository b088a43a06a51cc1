import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { shippedClaimsFromCsv } from '../../src/lib/claims-csv.ts';

/** Where the tests find Chromium: `SANDAR_CHROMIUM` if set, else Debian's package path. */
export const CHROMIUM_PATH = process.env.SANDAR_CHROMIUM ?? '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    // Never pass silently without a browser: say how to point at one.
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium) ` +
        'or set SANDAR_CHROMIUM=/path/to/chromium (or chrome) and run the tests again.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
}

/** Everything a page did wrong: console errors, uncaught exceptions, CSP violations, dialogs. */
export interface PageFaults {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  dialogs: string[];
}

/**
 * Opens a page that records faults. CSP violations are caught in the page itself,
 * since Chromium reports some only as events, not console messages.
 */
export async function openPage(
  context: BrowserContext,
): Promise<{ page: Page; faults: PageFaults }> {
  const page = await context.newPage();
  const faults: PageFaults = { consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') faults.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => faults.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    faults.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    faults.cspViolations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void })
        .__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return { page, faults };
}

export function expectNoFaults(faults: PageFaults): void {
  const all = [
    ...faults.consoleErrors.map((e) => `console: ${e}`),
    ...faults.pageErrors.map((e) => `page error: ${e}`),
    ...faults.cspViolations.map((e) => `CSP: ${e}`),
    ...faults.dialogs.map((e) => `dialog: ${e}`),
  ];
  if (all.length > 0) throw new Error(`The page reported faults:\n${all.join('\n')}`);
}

/** The shipped claims' file in the built app: `data/claims.csv` as the build reads it (JSON). */
export const SHIPPED_CLAIMS_URL = /\/assets\/claims-[^/]*\.json$/;

/**
 * Serves `csv` in place of the shipped `data/claims.csv`, as if a new build shipped it: read as
 * the build reads it (`shippedClaimsFromCsv`, vite.config.ts).
 */
export async function serveClaimsCsv(page: Page, csv: string): Promise<void> {
  const body = JSON.stringify(shippedClaimsFromCsv(csv));
  await page.route(SHIPPED_CLAIMS_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** Waits until every ECharts chart on the page has finished drawing (animation included). */
export async function waitForCharts(page: Page): Promise<void> {
  await page.waitForSelector('.trend-canvas[data-chart-state="finished"]');
}

/** Runs `run` in a fresh context (fresh IndexedDB), then fails on any fault the page reported. */
export async function withPage(
  browser: Browser,
  run: (page: Page, context: BrowserContext) => Promise<void>,
  setup?: (page: Page) => Promise<unknown>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, faults } = await openPage(context);
    await setup?.(page);
    await run(page, context);
    expectNoFaults(faults);
  } finally {
    await context.close();
  }
}

/** Clicks a drawn point on the canvas itself (not its keyboard button), where ECharts drew it. */
export async function clickPoint(page: Page, kind: string, nth = 0) {
  const point = page.locator(`.point-buttons li:has(button[data-kind="${kind}"])`).nth(nth);
  const box = await point.boundingBox();
  if (!box) throw new Error(`no drawn ${kind} point`);
  await page.mouse.click(box.x, box.y);
}

/** One dataset as stored: its recorded claim count and the claims its chunks actually hold. */
export interface StoredDataset {
  id: string;
  /** -1 for chunks whose dataset record is missing (orphans). */
  claimCount: number;
  chunked: number;
}

/** Every dataset in IndexedDB, read with the raw API (not the app's code), orphan chunks included. */
export async function storedDatasets(page: Page): Promise<StoredDataset[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; claimCount: number; chunked: number }[]>((resolve, reject) => {
        const request = indexedDB.open('sandar');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['datasets', 'chunks'], 'readonly');
          const datasets = tx.objectStore('datasets').getAll();
          const chunks = tx.objectStore('chunks').getAll();
          tx.oncomplete = () => {
            const counts = new Map<string, number>();
            // Claims are stored column by column (src/db/claim-columns.ts): one id each.
            for (const chunk of chunks.result as { datasetId: string; columns: { id: [] } }[]) {
              const held = chunk.columns.id.length;
              counts.set(chunk.datasetId, (counts.get(chunk.datasetId) ?? 0) + held);
            }
            const metas = datasets.result as { id: string; claimCount: number }[];
            const result = metas.map((meta) => ({
              id: meta.id,
              claimCount: meta.claimCount,
              chunked: counts.get(meta.id) ?? 0,
            }));
            for (const [id, chunked] of counts)
              if (!metas.some((m) => m.id === id)) result.push({ id, claimCount: -1, chunked });
            db.close();
            resolve(result);
          };
        };
      }),
  );
}

/** What the app stored in IndexedDB, read with the raw API once the app says storing is done. */
export async function storedCounts(page: Page): Promise<{ datasets: number; claims: number }> {
  await page.locator('main[data-storage="indexeddb"]').waitFor();
  const stored = await storedDatasets(page);
  return {
    datasets: stored.filter((dataset) => dataset.claimCount >= 0).length,
    claims: stored.reduce((sum, dataset) => sum + dataset.chunked, 0),
  };
}

/**
 * The comparison view marks `sandar:compare-ready` (User Timing, with the two dataset ids as its
 * detail) once a comparison is on screen: nothing in the page's DOM. Forget earlier marks before
 * the action that starts a comparison, then wait for the next one.
 */
export async function forgetCompareReady(page: Page): Promise<void> {
  await page.evaluate(() => performance.clearMarks('sandar:compare-ready'));
}

/** Waits for the comparison to be on screen; gives the ids of the two datasets compared. */
export async function compareReady(
  page: Page,
  options: { timeout?: number } = {},
): Promise<{ baseId: string; otherId: string }> {
  const handle = await page.waitForFunction(
    () =>
      (performance.getEntriesByName('sandar:compare-ready').at(-1) as PerformanceMark | undefined)
        ?.detail,
    undefined,
    options,
  );
  return (await handle.jsonValue()) as { baseId: string; otherId: string };
}
