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

test('the dashboard loads with no console error or CSP violation', async () => {
  const context = await browser.newContext();
  const { page, faults } = await openPage(context);
  await page.goto(inject('baseUrl'));
  await expect(page.locator('h1').textContent()).resolves.toContain('Sandar');
  // Wait for the claims to be stored and shown, so errors during start-up are caught too.
  await page.locator('main[data-state="ready"]').waitFor();
  expectNoFaults(faults);
  await context.close();
});
