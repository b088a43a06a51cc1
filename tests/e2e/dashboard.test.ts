import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  expectNoFaults,
  launchBrowser,
  openPage,
  serveClaimsCsv,
  SHIPPED_CLAIMS_URL,
  storedCounts,
  waitForCharts,
  withPage as withPageIn,
} from './browser.ts';

const MARKUP_CSV = readFileSync('tests/fixtures/dashboard/claims-markup.csv', 'utf8');
const GOLD_CSV = readFileSync('tests/fixtures/dashboard/claims-seeds-gold.csv', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = (
  run: (page: Page, context: BrowserContext) => Promise<void>,
  setup?: (page: Page) => Promise<unknown>,
) => withPageIn(browser, run, setup);
const url = (search = '') => `${inject('baseUrl')}${search}`;

test('a URL restores its view, and the back button returns to the previous one', async () => {
  await withPage(
    async (page) => {
      await page.goto(url('?view=table&kind=target&sort=period&desc=1'));
      await page.locator('table.claims tbody tr').first().waitFor();
      const kinds = await page.locator('table.claims tbody .kind').allTextContents();
      expect(new Set(kinds)).toEqual(new Set(['target']));
      const periods = (
        await page.locator('table.claims tbody td:nth-child(3)').allTextContents()
      ).filter((p) => p !== '—');
      expect(periods.length).toBeGreaterThan(1);
      expect(periods).toEqual([...periods].sort().reverse());
      expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Period');
      expect(await page.title()).toBe('Table · Sandar');

      await page.locator('table.claims tbody tr').first().click();
      await page.getByTestId('provenance-quote').waitFor();
      const withClaim = page.url();
      await page.goBack();
      await page.getByTestId('provenance').waitFor({ state: 'detached' });
      await page.goForward();
      await page.getByTestId('provenance-quote').waitFor();
      expect(page.url()).toBe(withClaim);

      // The bookmarked URL opens the same panel in a fresh page.
      await page.goto(withClaim);
      await page.getByTestId('provenance-quote').waitFor();
    },
    (page) => serveClaimsCsv(page, GOLD_CSV),
  );
});

test('reload keeps the data and stores nothing twice; a new shipped CSV replaces only the baseline', async () => {
  await withPage(async (page) => {
    await serveClaimsCsv(page, GOLD_CSV);
    await page.goto(url('?view=table'));
    await page.locator('table.claims tbody tr').first().waitFor();
    const first = await page.locator('table.claims tbody tr').count();
    expect(await storedCounts(page)).toEqual({ datasets: 1, claims: first });

    await page.reload();
    await page.locator('table.claims tbody tr').first().waitFor();
    expect(await page.locator('table.claims tbody tr').count()).toBe(first);
    expect(await storedCounts(page)).toEqual({ datasets: 1, claims: first });

    const shorter = GOLD_CSV.split('\n').slice(0, 6).join('\n') + '\n';
    await page.unroute(SHIPPED_CLAIMS_URL);
    await serveClaimsCsv(page, shorter);
    await page.reload();
    await page.waitForFunction(
      () => document.querySelectorAll('table.claims tbody tr').length === 5,
    );
    expect(await storedCounts(page)).toEqual({ datasets: 1, claims: 5 });
  });
});

test('markup in every text field is shown as text and runs nothing', async () => {
  await withPage(
    async (page) => {
      await page.goto(url('?view=table'));
      await page.locator('table.claims tbody tr').first().waitFor();
      expect(await page.locator('table.claims').textContent()).toContain(
        '<img src=x onerror=alert(6)> said 5 things',
      );
      await page.locator('table.claims tbody tr').first().click();
      await page.getByTestId('provenance-quote').waitFor();
      expect(await page.getByTestId('provenance').textContent()).toContain('javascript:alert(5)');
      expect(await page.locator('.provenance a').count()).toBe(0);

      await page.goto(url('?view=metric&metric=xss_metric'));
      await waitForCharts(page);
      const box = await page.locator('.point-buttons li').first().boundingBox();
      await page.mouse.move(box!.x, box!.y);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('div')].some(
          (d) =>
            d.textContent?.includes('<img src=x onerror=alert(2)>') &&
            d.style.position === 'absolute',
        ),
      );

      await page.goto(url());
      await page.locator('article.card').first().waitFor();
      expect(await page.locator('main').textContent()).toContain('<img src=x onerror=alert(1)>');
      expect(await page.locator('img, script:not([src])').count()).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { __alerted?: boolean }).__alerted),
      ).toBeUndefined();
    },
    async (page) => {
      await page.addInitScript(() => {
        window.alert = () => ((window as unknown as { __alerted: boolean }).__alerted = true);
      });
      await serveClaimsCsv(page, MARKUP_CSV);
    },
  );
});

test('without IndexedDB the app runs from memory and says so', async () => {
  await withPage(
    async (page) => {
      await page.goto(url('?view=metric&metric=it_services_exports'));
      await page.getByTestId('memory-notice').waitFor();
      expect(await page.getByTestId('memory-notice').textContent()).toMatch(
        /no IndexedDB.*running from memory/,
      );
      await waitForCharts(page);
      expect(await page.locator('.point-buttons button').count()).toBeGreaterThan(0);
    },
    async (page) => {
      await serveClaimsCsv(page, GOLD_CSV);
      await page.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      });
    },
  );
});

test('when the browser refuses IndexedDB the app runs from memory and says why', async () => {
  await withPage(
    async (page) => {
      await page.goto(url('?view=table'));
      await page.getByTestId('memory-notice').waitFor();
      expect(await page.getByTestId('memory-notice').textContent()).toMatch(/refused storage/);
      expect(await page.locator('table.claims tbody tr').count()).toBeGreaterThan(0);
    },
    async (page) => {
      await serveClaimsCsv(page, GOLD_CSV);
      await page.addInitScript(() => {
        IDBFactory.prototype.open = function () {
          throw new DOMException(
            'The user denied permission to access the database.',
            'SecurityError',
          );
        };
      });
    },
  );
});

test('a tab holding the old schema is told to reload when another tab upgrades the database', async () => {
  await withPage(async (page, context) => {
    await serveClaimsCsv(page, GOLD_CSV);
    await page.goto(url());
    await page.locator('main[data-storage="indexeddb"]').waitFor();
    const other = await context.newPage();
    await other.goto(url('?view=none'));
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('sandar', 1000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
          request.onblocked = () => reject(new Error('blocked: the old tab did not let go'));
        }),
    );
    await page.getByTestId('version-notice').waitFor();
    await other.close();
  });
});

test('when the shipped claims cannot be fetched, the copy stored on an earlier visit is shown', async () => {
  const context = await browser.newContext();
  try {
    const { page, faults } = await openPage(context);
    await serveClaimsCsv(page, GOLD_CSV);
    await page.goto(url('?view=table'));
    await page.locator('main[data-storage="indexeddb"]').waitFor();
    const rows = await page.locator('table.claims tbody tr').count();
    await page.unroute(SHIPPED_CLAIMS_URL);
    await page.route(SHIPPED_CLAIMS_URL, (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByTestId('csv-notice').waitFor();
    // The claim table is drawn after the first screen, so it may follow the notice.
    await expect.poll(() => page.locator('table.claims tbody tr').count()).toBe(rows);
    // The browser itself logs the failed download; nothing else may go wrong.
    expect(faults.consoleErrors.every((text) => text.includes('ERR_INTERNET_DISCONNECTED'))).toBe(
      true,
    );
    expectNoFaults({ ...faults, consoleErrors: [] });
  } finally {
    await context.close();
  }
});
