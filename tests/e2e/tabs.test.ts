/**
 * Two tabs of one browser (two pages in one context, sharing IndexedDB): what one stores or deletes,
 * the other shows without a reload; a view of a dataset deleted elsewhere says so and falls back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compareReady, expectNoFaults, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const GOOD = readFileSync('tests/fixtures/upload/good-three-rows.csv');
const rowsOf = (page: Page) => page.getByTestId('dataset-row');

describe('tabs stay in step', () => {
  test('an import and a delete in one tab show in the others', async () => {
    const context = await browser.newContext();
    const a = await openPage(context);
    const b = await openPage(context);
    const c = await openPage(context);
    for (const { page } of [a, b]) {
      await page.goto(`${inject('baseUrl')}?view=datasets`);
      await rowsOf(page).first().waitFor();
    }
    expect(await rowsOf(b.page).count()).toBe(1);

    // tab A imports a file: tab B's list grows without a reload
    await a.page
      .getByTestId('upload-input')
      .setInputFiles({ name: 'shared.csv', mimeType: 'text/csv', buffer: GOOD });
    await a.page.locator('[data-testid="upload-card"][data-status="read"]').waitFor();
    await a.page.getByTestId('upload-import').click();
    await compareReady(a.page);
    await expect.poll(() => rowsOf(b.page).count()).toBe(2);
    const id = await b.page
      .locator('[data-testid="dataset-row"]', { hasText: 'shared.csv' })
      .getAttribute('data-dataset-id');

    // tab B compares it with the baseline; tab C shows it
    await b.page.goto(`${inject('baseUrl')}?view=compare`);
    expect((await compareReady(b.page)).otherId).toBe(id);
    await b.page.getByTestId('compare-export-csv').waitFor();
    await c.page.goto(`${inject('baseUrl')}?view=table&dataset=${id}`);
    await c.page.locator('select').filter({ hasText: 'shared.csv' }).first().waitFor();
    await expect.poll(() => c.page.locator('.dataset-picker select').inputValue()).toBe(id);

    // tab A deletes it
    await a.page.goto(`${inject('baseUrl')}?view=datasets`);
    const row = a.page.locator(`[data-testid="dataset-row"][data-dataset-id="${id}"]`);
    await row.getByTestId('dataset-delete').click();
    await row.getByTestId('delete-confirm').click();
    await row.waitFor({ state: 'detached' });

    // tab B's comparison says so and offers no export of it
    await b.page.getByTestId('compare-removed').waitFor();
    await expect(b.page.getByTestId('compare-removed').textContent()).resolves.toMatch(
      /^“shared\.csv \(.*\)” was deleted in another tab; it is no longer compared\.$/,
    );
    await expect.poll(() => b.page.getByTestId('compare-export-csv').count()).toBe(0);
    await expect(b.page.locator('select option', { hasText: 'shared.csv' }).count()).resolves.toBe(
      0,
    );

    // tab C says so and shows the baseline
    await c.page.getByTestId('deleted-elsewhere').waitFor();
    await expect(c.page.getByTestId('deleted-elsewhere').textContent()).resolves.toMatch(
      /“shared\.csv \(.*\)” was deleted in another tab; showing the baseline instead\./,
    );
    await expect.poll(() => c.page.locator('.dataset-picker').count()).toBe(0);
    for (const { faults } of [a, b, c]) expectNoFaults(faults);
    await context.close();
  });
});
