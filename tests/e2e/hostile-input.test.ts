/**
 * Input no one should send, sent anyway: files edited on two systems, files that are not text,
 * and the headers the served app answers with.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoFaults, launchBrowser, openPage, type PageFaults } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const GOOD = readFileSync('tests/fixtures/upload/good-three-rows.csv', 'utf8');
const [HEADER, ...ROWS] = GOOD.trim().split('\n');

async function open(): Promise<{ context: BrowserContext; page: Page; faults: PageFaults }> {
  const context = await browser.newContext();
  const { page, faults } = await openPage(context);
  await page.goto(`${inject('baseUrl')}?view=datasets`);
  await page.getByTestId('upload-input').waitFor({ state: 'attached' });
  return { context, page, faults };
}

async function upload(page: Page, name: string, content: Buffer, status: string): Promise<void> {
  await page
    .getByTestId('upload-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  await page
    .locator(`[data-testid="upload-card"]:has(h3:text-is("${name}"))[data-status="${status}"]`)
    .waitFor();
}

describe('uploads nobody meant to make', () => {
  test('mixed line endings (CRLF header, then LF, CR, CRLF rows) read as 3 valid rows', async () => {
    const { context, page, faults } = await open();
    const mixed = `${HEADER}\r\n${ROWS[0]}\n${ROWS[1]}\r${ROWS[2]}\r\n`;
    await upload(page, 'mixed-endings.csv', Buffer.from(mixed), 'read');
    await expect(page.getByTestId('valid-count').textContent()).resolves.toBe('3');
    await expect(page.getByTestId('invalid-count').textContent()).resolves.toBe('0');
    await expect(page.getByTestId('upload-problems').count()).resolves.toBe(0);
    expectNoFaults(faults);
    await context.close();
  });

  test('a PNG renamed .csv is called a PNG image, with no preview and no import', async () => {
    const { context, page, faults } = await open();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]);
    await upload(page, 'chart.csv', png, 'refused');
    await expect(page.getByTestId('upload-message').textContent()).resolves.toBe(
      'chart.csv is a PNG image, not a CSV text file. Save or export the data as CSV (comma, semicolon or tab separated) and upload that.',
    );
    await expect(page.getByTestId('upload-preview').count()).resolves.toBe(0);
    await expect(page.getByTestId('upload-import').count()).resolves.toBe(0);
    expectNoFaults(faults);
    await context.close();
  });
});

describe('the served app', () => {
  test('answers with the CSP as a header, framing forbidden, no sniffing, no referrer', async () => {
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    const response = await page.goto(`${inject('baseUrl')}`);
    const headers = response!.headers();
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    // a script or worker file gets them too
    const script = await page.locator('script[type="module"]').first().getAttribute('src');
    const scriptResponse = await page.request.get(new URL(script!, page.url()).href);
    expect(scriptResponse.headers()['x-content-type-options']).toBe('nosniff');
    // and a page that frames it shows nothing of it
    const framed = await context.newPage();
    await framed.setContent(`<iframe src="${inject('baseUrl')}"></iframe>`);
    // Chromium puts its error page in the frame instead of the app
    await expect.poll(() => framed.frames()[1]?.url() ?? '').toMatch(/^chrome-error:/);
    expectNoFaults(faults);
    await context.close();
  });
});
