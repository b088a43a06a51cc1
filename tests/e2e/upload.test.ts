import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  compareReady,
  expectNoFaults,
  forgetCompareReady,
  launchBrowser,
  openPage,
  type PageFaults,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const fixture = (name: string) => readFileSync(`tests/fixtures/upload/${name}`);
const GOOD = fixture('good-three-rows.csv').toString('utf8');
const [HEADER, ...ROWS] = GOOD.trim().split('\n');

async function open(): Promise<{ context: BrowserContext; page: Page; faults: PageFaults }> {
  const context = await browser.newContext();
  const { page, faults } = await openPage(context);
  await page.goto(`${inject('baseUrl')}?view=datasets`);
  await page.getByTestId('upload-input').waitFor({ state: 'attached' });
  return { context, page, faults };
}

async function upload(page: Page, name: string, content: Buffer | string): Promise<void> {
  await page
    .getByTestId('upload-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page
    .locator(`[data-testid="upload-card"]:has(h3:text-is("${name}"))[data-status="read"]`)
    .waitFor();
}

/** Imports the newest upload and waits for its comparison to be on screen. */
async function importAndCompare(page: Page, button = 'upload-import'): Promise<void> {
  await forgetCompareReady(page);
  await page.getByTestId(button).first().click();
  await compareReady(page);
}

async function counts(page: Page) {
  const read = async (id: string) =>
    Number((await page.getByTestId(id).textContent())?.replace(/,/g, ''));
  return {
    added: await read('count-added'),
    removed: await read('count-removed'),
    changed: await read('count-changed'),
    unchanged: await read('count-unchanged'),
  };
}

async function storedNames(page: Page): Promise<string[]> {
  await page.goto(`${inject('baseUrl')}?view=datasets`);
  // The list fills once storage is open; the baseline is always in it.
  await page.getByTestId('dataset-row').first().waitFor();
  return page.getByTestId('dataset-name').allTextContents();
}

describe('uploading CSVs', () => {
  test('a good file shows its preview and counts, imports, and compares; a reordered copy shows zero changes', async () => {
    const { context, page, faults } = await open();
    await upload(page, 'good.csv', GOOD);
    await expect(page.getByTestId('valid-count').textContent()).resolves.toBe('3');
    await expect(page.getByTestId('upload-preview').textContent()).resolves.toContain('UTF-8');
    await importAndCompare(page);
    expect(new URL(page.url()).searchParams.get('view')).toBe('compare');
    await page.getByTestId('compare-chart').waitFor();

    // The same claims reordered, compared with the first upload: nothing changed.
    await page.goto(`${inject('baseUrl')}?view=datasets`);
    await upload(page, 'reordered.csv', [HEADER, ...[...ROWS].reverse()].join('\n'));
    await importAndCompare(page);
    const options = await page.locator('[data-testid="compare-base"] option').allTextContents();
    const first = options.find((name) => name.startsWith('good.csv'))!;
    await forgetCompareReady(page);
    await page.getByTestId('compare-base').selectOption({ label: first });
    await compareReady(page);
    expect(await counts(page)).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 3 });

    // One value changed and one row added.
    await page.goto(`${inject('baseUrl')}?view=datasets`);
    const changed = [
      HEADER,
      ROWS[0]!.replace('500000000', '600000000'),
      ROWS[1],
      ROWS[2],
      'new_metric,Kazakhstan,2025,7,percent,actual,new',
    ].join('\n');
    await upload(page, 'changed.csv', changed);
    await importAndCompare(page);
    await forgetCompareReady(page);
    await page.getByTestId('compare-base').selectOption({ label: first });
    await compareReady(page);
    expect(await counts(page)).toEqual({ added: 1, removed: 0, changed: 1, unchanged: 2 });
    await page.getByTestId('diff-row').first().waitFor();
    const rows = await page.getByTestId('diff-row').allTextContents();
    expect(rows.find((row) => row.startsWith('changed'))).toContain('+20%');

    // Sortable: by change, largest first, the changed row leads; the rows without a change go last.
    await page.getByTestId('diff-sort-absoluteChange').click();
    await page.getByTestId('diff-sort-absoluteChange').click();
    await expect(page.locator('th[aria-sort="descending"]').textContent()).resolves.toContain(
      'Change',
    );
    // Rows arrive from the worker after the click.
    await expect.poll(() => page.getByTestId('diff-row').first().textContent()).toMatch(/^changed/);
    expectNoFaults(faults);
    await context.close();
  });

  test('a broken file lists its errors and stores nothing until the valid rows are imported explicitly', async () => {
    const { context, page, faults } = await open();
    const before = await storedNames(page);
    await upload(page, 'bad-values.csv', fixture('bad-values.csv'));
    const problems = await page
      .getByTestId('upload-problems')
      .locator('tbody tr')
      .allTextContents();
    expect(problems).toHaveLength(4);
    expect(problems[3]).toContain('1,2x');
    expect(problems[3]).toContain('is not a number');
    await expect(page.getByTestId('upload-import').count()).resolves.toBe(0);
    await expect(page.getByTestId('upload-import-valid').textContent()).resolves.toContain(
      'Import only the 1 valid rows',
    );
    expect(await storedNames(page)).toEqual(before);

    await page.getByTestId('upload-input').setInputFiles({
      name: 'proto.csv',
      mimeType: 'text/csv',
      buffer: fixture('proto-header.csv'),
    });
    await page.locator('[data-testid="upload-card"][data-status="read"]').waitFor();
    await expect(page.getByTestId('upload-problems').textContent()).resolves.toContain(
      'is not allowed as a column name',
    );
    await expect(page.getByTestId('upload-import-valid').count()).resolves.toBe(0);

    expect(await storedNames(page)).toEqual(before);

    await upload(page, 'bad-values.csv', fixture('bad-values.csv'));
    await importAndCompare(page, 'upload-import-valid');
    const after = await storedNames(page);
    expect(after).toHaveLength(before.length + 1);
    expectNoFaults(faults);
    await context.close();
  });

  test('Windows-1251 is detected and shown before import', async () => {
    const { context, page, faults } = await open();
    await upload(page, 'cp1251.csv', fixture('windows-1251-cyrillic.csv'));
    await expect(page.getByTestId('upload-encoding').inputValue()).resolves.toBe('windows-1251');
    await expect(page.getByTestId('upload-preview').textContent()).resolves.toContain('Казахстан');
    expectNoFaults(faults);
    await context.close();
  });

  test('a stored dataset survives reload, can be renamed, and deleted after confirmation', async () => {
    const { context, page, faults } = await open();
    await upload(page, 'keep.csv', GOOD);
    await importAndCompare(page);
    await page.reload();
    let names = await storedNames(page);
    expect(names.some((name) => name.startsWith('keep.csv ('))).toBe(true);

    const id = await page
      .locator('[data-testid="dataset-row"]', { hasText: 'keep.csv' })
      .getAttribute('data-dataset-id');
    const row = page.locator(`[data-testid="dataset-row"][data-dataset-id="${id}"]`);
    await row.getByTestId('dataset-rename').click();
    await row.getByTestId('rename-input').fill('Ministry figures 2025');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByTestId('dataset-name').getByText('Ministry figures 2025').waitFor();
    await page.reload();
    names = await storedNames(page);
    expect(names).toContain('Ministry figures 2025');

    const renamed = page.locator(`[data-testid="dataset-row"][data-dataset-id="${id}"]`);
    await renamed.getByTestId('dataset-delete').click();
    await renamed.getByText('Delete “Ministry figures 2025”').waitFor();
    await renamed.getByTestId('delete-confirm').click();
    await renamed.waitFor({ state: 'detached' });
    await page.reload();
    expect(await storedNames(page)).not.toContain('Ministry figures 2025');
    expectNoFaults(faults);
    await context.close();
  });

  test('markup in every text field is shown as text and runs nothing', async () => {
    const { context, page, faults } = await open();
    await upload(page, 'markup.csv', fixture('markup-in-text.csv'));
    await expect(page.getByTestId('upload-preview').textContent()).resolves.toContain(
      '<img src=x onerror=alert(1)>',
    );
    await importAndCompare(page);
    await page.getByTestId('diff-row').first().waitFor();
    await expect(page.getByTestId('diff-table').textContent()).resolves.toContain(
      '<script>alert(2)</script>',
    );
    await page.getByTestId('compare-chart').locator('canvas').first().hover();
    const id = (await compareReady(page)).otherId;
    for (const view of ['overview', 'table']) {
      await page.goto(`${inject('baseUrl')}?view=${view}&dataset=${id}`);
      await page.waitForLoadState('networkidle');
    }
    expect(
      await page.locator('img[src="x"], svg[onload], b[onmouseover], script:text("alert")').count(),
    ).toBe(0);
    expect(faults.dialogs).toEqual([]);
    expectNoFaults(faults);
    await context.close();
  });

  test('reading a large file shows progress and can be cancelled; nothing is stored', async () => {
    const { context, page, faults } = await open();
    const before = await storedNames(page);
    const row =
      'it_services_exports,Kazakhstan,2024,500000000,USD,actual,"A quoted sentence that pads the row a little."\n';
    // big enough (44 MB) that reading it outlasts the click on Cancel on a loaded machine: 100k
    // rows were read before the click landed once validation got faster
    const big = HEADER + '\n' + row.repeat(400_000);
    // Picked from a file on disk: handed over as a buffer, the 44 MB took Playwright 29-30 s
    // under load, at its action timeout; a local browser reads a path in place.
    const dir = mkdtempSync(join(tmpdir(), 'sandar-upload-'));
    const path = join(dir, 'big.csv');
    writeFileSync(path, big);
    try {
      await page.getByTestId('upload-input').setInputFiles(path);
      await page.getByTestId('upload-progress').waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('[data-testid="upload-card"][data-status="cancelled"]').waitFor();
      await expect(page.getByTestId('upload-message').textContent()).resolves.toContain(
        'cancelled; nothing was stored',
      );
      expect(await storedNames(page)).toEqual(before);
      expectNoFaults(faults);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true }); // the page reads the file while it is open
    }
  });
});
