import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  compareReady,
  expectNoFaults,
  forgetCompareReady,
  launchBrowser,
  openPage,
  storedDatasets,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const GOOD = readFileSync('tests/fixtures/upload/good-three-rows.csv');
const TRICKY =
  'metric,metric_label,entity,period,value,unit,quote,source_outlet\n' +
  'exports,"=HYPERLINK(""http://x"")",Казахстан,2024,4.8e12,USD,"-5% ""quoted"", with a comma",@outlet\n' +
  'share,+share,World,2024-06,-0.125,percent,\ttabbed,plain\n';

async function goToDatasets(page: Page): Promise<void> {
  await page.goto(`${inject('baseUrl')}?view=datasets`);
  await page.getByTestId('dataset-row').first().waitFor();
}

async function uploadAndImport(page: Page, name: string, content: Buffer | string): Promise<void> {
  await forgetCompareReady(page);
  await page
    .getByTestId('upload-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByTestId('upload-import').click();
  await compareReady(page);
}

describe('upload storage', () => {
  test('export as CSV, then upload the export: identical values, zero changes', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, faults } = await openPage(context);
    await goToDatasets(page);
    await uploadAndImport(page, 'tricky.csv', TRICKY);
    await goToDatasets(page);
    const row = page.locator('[data-testid="dataset-row"]', { hasText: 'tricky.csv' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByTestId('dataset-export').click(),
    ]);
    const exported = readFileSync((await download.path())!);
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = exported.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(',-0.125,');

    await uploadAndImport(page, 'tricky-export.csv', exported);
    const names = await page.locator('[data-testid="compare-base"] option').allTextContents();
    await forgetCompareReady(page);
    await page
      .getByTestId('compare-base')
      .selectOption({ label: names.find((n) => n.startsWith('tricky.csv'))! });
    await compareReady(page);
    await expect(page.getByTestId('count-unchanged').textContent()).resolves.toBe('2');
    for (const id of ['count-added', 'count-removed', 'count-changed']) {
      await expect(page.getByTestId(id).textContent()).resolves.toBe('0');
    }
    expectNoFaults(faults);
    await context.close();
  });

  test('the baseline exported and uploaded again shows zero changes; the diff exports as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, faults } = await openPage(context);
    await goToDatasets(page);
    const baseline = page.locator('[data-testid="dataset-row"][data-dataset-id="baseline"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      baseline.getByTestId('dataset-export').click(),
    ]);
    const exported = readFileSync((await download.path())!);
    const total = Number((await baseline.locator('td.number').textContent())?.replace(/,/g, ''));
    await uploadAndImport(page, 'baseline-again.csv', exported);
    const read = (id: string) => page.getByTestId(id).textContent();
    expect(total).toBeGreaterThan(0);
    expect([
      await read('count-added'),
      await read('count-removed'),
      await read('count-changed'),
    ]).toEqual(['0', '0', '0']);
    expect(Number(await read('count-unchanged'))).toBe(total);

    const [diff] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('compare-export-csv').click(),
    ]);
    const diffText = readFileSync((await diff.path())!, 'utf8');
    expect(diffText.startsWith('\uFEFFstatus,metric,entity,period,')).toBe(true);
    const lines = diffText.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((line) => line.startsWith('unchanged,'))).toBe(true);
    expectNoFaults(faults);
    await context.close();
  });

  test('a reload while a big upload is being stored leaves it whole or absent, never half-written', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await goToDatasets(page);
    const row =
      'it_services_exports,Kazakhstan,2024,500000000,USD,actual,"A sentence that pads the row a little."\n';
    const big = 'metric,entity,period,value,unit,kind,quote\n' + row.repeat(150_000);
    await page
      .getByTestId('upload-input')
      .setInputFiles({ name: 'interrupted.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
    await page.getByTestId('upload-import').click();
    // Rows are written ahead while the preview shows, so Import may find them all there and only
    // publish, and the app move on to the comparison at once: reload while it stores, or as soon
    // as it has.
    await page
      .locator(
        '[data-testid="upload-store-progress"], [data-testid="upload-card"][data-status="saved"], ' +
          '[data-testid="compare-base"]',
      )
      .first()
      .waitFor();
    // Loading the page again (the comparison's URL, if it moved on) ends the storing as a reload.
    await goToDatasets(page);
    // Read IndexedDB directly: every dataset's chunks add up to its claim count. Claims written
    // ahead of the Import and left by the reload are cleared as storage opens again.
    await expect
      .poll(async () => (await storedDatasets(page)).filter((d) => d.claimCount < 0))
      .toEqual([]);
    const stored = await storedDatasets(page);
    for (const dataset of stored) expect(dataset.chunked).toBe(dataset.claimCount);
    expect(stored.filter((d) => d.id !== 'baseline').every((d) => d.claimCount === 150_000)).toBe(
      true,
    );
    await context.close();
  });

  test('a bad row late in a big file is named, and nothing of the file is stored', async () => {
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await goToDatasets(page);
    const before = await storedDatasets(page);
    const good = 'it_services_exports,Kazakhstan,2024,500000000,USD,"A sentence, quoted."\n';
    const bad = 'it_services_exports,Kazakhstan,2025,"1,2x",USD,"Late and wrong."\n';
    const text =
      'metric,entity,period,value,unit,quote\n' + good.repeat(99_990) + bad + good.repeat(9);
    await page
      .getByTestId('upload-input')
      .setInputFiles({ name: 'late-bad-row.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.locator('[data-testid="upload-card"][data-status="read"]').waitFor();
    const problems = await page
      .getByTestId('upload-problems')
      .locator('tbody tr')
      .allTextContents();
    expect(problems).toHaveLength(1);
    // The header is row 1: the bad row is row 99,992, in column "value".
    expect(problems[0]).toMatch(/99,?992/);
    expect(problems[0]).toContain('value');
    expect(problems[0]).toContain('1,2x');
    expect(problems[0]).toContain('is not a number');
    await expect(page.getByTestId('upload-import').count()).resolves.toBe(0);
    // Given time to write ahead, had it wrongly done so: still nothing, not even unlisted chunks.
    await page.waitForTimeout(1500);
    expect(await storedDatasets(page)).toEqual(before);
    expectNoFaults(faults);
    await context.close();
  });

  test('a clean file is written ahead out of sight, and removed when dismissed', async () => {
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await goToDatasets(page);
    const before = await storedDatasets(page);
    const row = 'it_services_exports,Kazakhstan,2024,500000000,USD\n';
    const text = `metric,entity,period,value,unit\n${row.repeat(20_000)}`;
    await page
      .getByTestId('upload-input')
      .setInputFiles({ name: 'dismissed.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.locator('[data-testid="upload-card"][data-status="read"]').waitFor();
    // Written, but no dataset: the list does not show it and nothing can load it.
    await expect
      .poll(async () => (await storedDatasets(page)).filter((d) => d.claimCount < 0))
      .toEqual([expect.objectContaining({ chunked: 20_000 })]);
    await expect(page.getByTestId('dataset-name').allTextContents()).resolves.not.toContainEqual(
      expect.stringContaining('dismissed.csv'),
    );
    await page.getByRole('button', { name: 'Dismiss dismissed.csv' }).click();
    await expect.poll(() => storedDatasets(page)).toEqual(before);
    expectNoFaults(faults);
    await context.close();
  });

  test('a file over the size cap is refused with a message, unread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandar-cap-'));
    const path = join(dir, 'huge.csv');
    writeFileSync(path, 'metric,entity,period,value,unit\n');
    truncateSync(path, 256 * 1024 * 1024 + 1); // sparse: no disk is used
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    try {
      await goToDatasets(page);
      await page.getByTestId('upload-input').setInputFiles(path);
      await page.locator('[data-testid="upload-card"][data-status="refused"]').waitFor();
      await expect(page.getByTestId('upload-message').textContent()).resolves.toBe(
        'huge.csv is 256.0 MB; files over 256.0 MB are refused. Split it into smaller files.',
      );
      expectNoFaults(faults);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('several files at once are each read and previewed', async () => {
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await goToDatasets(page);
    await page.getByTestId('upload-input').setInputFiles([
      { name: 'one.csv', mimeType: 'text/csv', buffer: GOOD },
      {
        name: 'two.csv',
        mimeType: 'text/csv',
        buffer: readFileSync('tests/fixtures/upload/bad-values.csv'),
      },
      {
        name: 'header-only.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('metric,entity,period,value,unit\n'),
      },
    ]);
    const headerOnly = page.locator('[data-testid="upload-card"][data-status="read"]', {
      hasText: 'header-only.csv',
    });
    await headerOnly.getByText('nothing to import').waitFor();
    await expect(headerOnly.getByTestId('upload-import').count()).resolves.toBe(0);
    await page
      .locator('[data-testid="upload-card"][data-status="read"]', { hasText: 'one.csv' })
      .waitFor();
    await page
      .locator('[data-testid="upload-card"][data-status="read"]', { hasText: 'two.csv' })
      .waitFor();
    await expect(page.getByTestId('valid-count').allTextContents()).resolves.toEqual([
      '3',
      '1',
      '0',
    ]);
    expectNoFaults(faults);
    await context.close();
  });

  test('files dropped anywhere on the page are read', async () => {
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await page.goto(inject('baseUrl'));
    await page.locator('h1').waitFor();
    await page.evaluate((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      document.body.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, GOOD.toString('utf8'));
    await page
      .locator('[data-testid="upload-card"][data-status="read"]', { hasText: 'dropped.csv' })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('datasets');
    await expect(page.getByTestId('valid-count').textContent()).resolves.toBe('3');
    expectNoFaults(faults);
    await context.close();
  });

  test('without IndexedDB an upload is kept in memory and compared', async () => {
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await goToDatasets(page);
    await uploadAndImport(page, 'memory.csv', GOOD);
    const counts = await Promise.all(
      ['count-added', 'count-removed', 'count-changed', 'count-unchanged'].map((id) =>
        page.getByTestId(id).textContent(),
      ),
    );
    expect(Number(counts[0]) + Number(counts[2]) + Number(counts[3])).toBe(3);
    await page.getByTestId('diff-row').first().waitFor();
    expectNoFaults(faults);
    await context.close();
  });
});
