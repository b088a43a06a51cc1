/** The Datasets view says how much the browser stores for Sandar, allows, and whether it may clear it. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoFaults, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the Datasets view shows storage used, allowed and whether it is persistent', async () => {
  const context = await browser.newContext();
  const { page, faults } = await openPage(context);
  await page.goto(`${inject('baseUrl')}?view=datasets`);
  const used = page.getByTestId('storage-used');
  await used.waitFor();
  await expect(used.textContent()).resolves.toMatch(
    /^Sandar uses [\d.]+ (B|KB|MB|GB) of the [\d.]+ (MB|GB) this browser allows( \(.+%\))?\.$/,
  );
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.getByTestId('storage-persistence').textContent()).resolves.toMatch(
    persisted ? /^Storage is persistent/ : /^Storage is not persistent/,
  );
  expectNoFaults(faults);
  await context.close();
});
