import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { clickPoint, launchBrowser, waitForCharts, withPage as withPageIn } from './browser.ts';

// These run against the real data/claims.csv the build ships (no route), as a user sees it.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = (run: Parameters<typeof withPageIn>[1]) => withPageIn(browser, run);
const url = (search = '') => `${inject('baseUrl')}${search}`;

test('the shipped claims: overview cards by theme, and the IT services exports chart shows actual and target points', async () => {
  await withPage(async (page) => {
    await page.goto(url());
    const card = page.locator('article.card[data-metric="it_services_exports"]');
    await card.waitFor();
    expect(await page.locator('section.theme h3').allTextContents()).toContain('IT sector');
    await card.locator('h4 a').click();
    expect(page.url()).toContain('view=metric');
    expect(page.url()).toContain('metric=it_services_exports');
    expect(await page.title()).toBe('IT services exports · Sandar');
    await waitForCharts(page);
    const kinds = await page
      .locator('.point-buttons button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-kind')));
    expect(kinds).toContain('actual');
    expect(kinds).toContain('target');
    // ECharts writes the chart description (built from the plotted points) onto the chart element.
    const aria = await page.locator('.trend-canvas').getAttribute('aria-label');
    // "approached $1 billion": approaching, written ≈<
    expect(aria).toMatch(/Kazakhstan actual: 2025 ≈< \$1 billion/);
    expect(aria).toMatch(/Kazakhstan target: 2026 \$1 billion/);
  });
});

test('clicking a target point on the chart shows its sentence with the number highlighted, and its document', async () => {
  await withPage(async (page) => {
    await page.goto(url('?view=metric&metric=it_services_exports'));
    await waitForCharts(page);
    await clickPoint(page, 'target');
    const quote = page.getByTestId('provenance-quote');
    await quote.waitFor();
    expect(await quote.textContent()).toMatch(/\$1 bn by 2026|\$500 mn/);
    expect(await quote.locator('mark').textContent()).toMatch(/^\$(1 bn|500 mn)$/);
    await page.locator('.prov-document mark').waitFor();
    expect(await page.locator('.prov-document .document-text').textContent()).toContain(
      'state-of-the-nation address',
    );
    expect(page.url()).toMatch(/claim=/);
    await page.keyboard.press('Escape');
    await page.getByTestId('provenance').waitFor({ state: 'detached' });
  });
});

test('hovering a point shows its value as written, unit, kind, outlet and date', async () => {
  await withPage(async (page) => {
    await page.goto(url('?view=metric&metric=it_services_exports'));
    await waitForCharts(page);
    const point = page.locator('.point-buttons li:has(button[data-kind="actual"])').last();
    const box = await point.boundingBox();
    await page.mouse.move(box!.x, box!.y);
    const tooltip = page.locator('.trend-canvas div', { hasText: 'Qazinform' }).last();
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toContain('Kazakhstan · 2025');
    expect(text).toContain('≈< $1 billion (USD ($))');
    expect(text).toContain('actual');
    expect(text).toContain('Qazinform, 2026-01-05');
  });
});

test('every point is reachable by keyboard, and the log switch is kept in the URL', async () => {
  await withPage(async (page) => {
    await page.goto(url('?view=metric&metric=it_services_exports'));
    await waitForCharts(page);
    const button = page.locator('.point-buttons button[data-kind="target"]').first();
    expect(await button.textContent()).toMatch(
      /Kazakhstan, target, \d{4}: \$(1 billion|500 million)\. Show source/,
    );
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('provenance-quote').waitFor();
    await page.keyboard.press('Escape');

    await page.getByLabel('Log').check();
    await page.waitForURL(/scale=log/);
    await waitForCharts(page);
    await page.reload();
    expect(await page.getByLabel('Log').isChecked()).toBe(true);
  });
});
