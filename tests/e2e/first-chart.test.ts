/**
 * The metric view's chart drawn at build time (state/first-charts.ts): shown on a first visit at a
 * desktop size until ECharts has loaded and draws, never where the numbers could be other than
 * the shipped ones or the size other than the drawing's.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveClaimsCsv, waitForCharts, withPage as withPageIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = (run: Parameters<typeof withPageIn>[1]) => withPageIn(browser, run);
const METRIC_URL = () => `${inject('baseUrl')}?view=metric&metric=it_services_exports`;

/** Holds ECharts' code back until the returned function is called. */
async function holdECharts(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/echarts-setup-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Notes, from the page's start, whether a drawing made ahead is ever put in a chart. */
const watchDrawings = (page: Page) =>
  page.addInitScript(`
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node.localName === 'svg' && record.target.classList?.contains('trend-canvas'))
            window.__sandarDrawingShown = true;
    }).observe(document, { childList: true, subtree: true });
  `);
const drawingShown = (page: Page) =>
  page.evaluate(() => (window as { __sandarDrawingShown?: boolean }).__sandarDrawingShown === true);

test('a first visit shows the chart drawn at build time, then ECharts takes over', async () => {
  await withPage(async (page) => {
    await watchDrawings(page);
    const release = await holdECharts(page);
    await page.goto(METRIC_URL());
    const drawing = page.locator('.trend-canvas[data-chart-state="prerendered"] > svg');
    await drawing.waitFor();
    // The shipped claims' values, written on their points, as ECharts writes them.
    expect(await drawing.textContent()).toContain('$1 billion');
    expect(await drawing.getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.trend-canvas style').count()).toBe(0);
    expect(
      await page.evaluate(() => performance.getEntriesByName('sandar:first-chart').length),
    ).toBe(1);
    release();
    await waitForCharts(page);
    expect(await page.locator('.trend-canvas > svg').count()).toBe(0);
    expect(await page.locator('.trend-canvas canvas').count()).toBeGreaterThan(0);
    expect(await drawingShown(page)).toBe(true);
  });
});

test('a returning visit (something stored) draws with ECharts only', async () => {
  await withPage(async (page) => {
    await page.goto(METRIC_URL());
    await waitForCharts(page);
    await page.waitForFunction(() => performance.getEntriesByName('sandar:store-open').length > 0);
    await watchDrawings(page);
    await page.reload();
    await waitForCharts(page);
    expect(await drawingShown(page)).toBe(false);
  });
});

test('other claims than the shipped ones (a new claims file) draw with ECharts only', async () => {
  await withPage(async (page) => {
    await serveClaimsCsv(
      page,
      readFileSync('tests/fixtures/charts/annual-mixed-kinds.csv', 'utf8'),
    );
    await page.goto(METRIC_URL());
    await waitForCharts(page);
    expect(await drawingShown(page)).toBe(false);
  });
});

test("a phone's width (not the drawing's) draws with ECharts only", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await watchDrawings(page);
    await page.goto(METRIC_URL());
    await waitForCharts(page);
    expect(await drawingShown(page)).toBe(false);
  } finally {
    await context.close();
  }
});
