/**
 * A folder of English, Russian and Kazakh articles, extracted by the CLI and uploaded: the three
 * claims about IT services exports land on one metric and one series, and the provenance panel
 * names each document's language. Articles written for this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  clickPoint,
  compareReady,
  expectNoFaults,
  launchBrowser,
  openPage,
  waitForCharts,
} from './browser.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'sandar-languages-'));

const ARTICLES: Record<string, string> = {
  'en-ministry.txt':
    "Kazakhstan's IT exports grow\n\nKazakhstan's IT services exports reached $850 million in 2024, the ministry said.\n",
  'ru-kapital.txt':
    'Экспорт ИТ-услуг вырос\n\nЭкспорт ИТ-услуг Казахстана по итогам 2025 года составил 1,1 млрд долларов, сообщили в министерстве.\n',
  'kk-egemen.txt':
    'IT экспорты өсті\n\nҚазақстанның IT қызметтерінің экспорты 2023 жылы 600 млн долларды құрады.\n',
};
const SOURCES = [
  'file,title,outlet,url,published',
  "en-ministry.txt,Kazakhstan's IT exports grow,Ministry release,,2025-02-10",
  'ru-kapital.txt,Экспорт ИТ-услуг вырос,Kapital.kz,,2026-01-20',
  'kk-egemen.txt,IT экспорты өсті,Egemen Qazaqstan,,2024-01-15',
].join('\n');

let browser: Browser;
let csv = '';
beforeAll(async () => {
  const input = join(work, 'articles');
  spawnSync('mkdir', ['-p', input]);
  for (const [file, text] of Object.entries(ARTICLES)) writeFileSync(join(input, file), text);
  writeFileSync(join(input, 'sources.csv'), `${SOURCES}\n`);
  const out = join(work, 'claims.csv');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/extract/cli.ts'), '--in', input, '--out', out],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`extract failed: ${run.stderr}`);
  csv = readFileSync(out, 'utf8');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

test('the extractor gives one metric for the same indicator in three languages', () => {
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const exports = rows
    .filter((row) => row['metric'] === 'it_services_exports')
    .map((row) => [row['source_id'], row['period'], Number(row['value']), row['unit']]);
  expect(exports).toEqual(
    expect.arrayContaining([
      ['en-ministry', '2024', 850e6, 'USD'],
      ['ru-kapital', '2025', 1.1e9, 'USD'],
      ['kk-egemen', '2023', 600e6, 'USD'],
    ]),
  );
});

test('uploaded, the English, Russian and Kazakh claims share one series, and provenance names the language', async () => {
  const context = await browser.newContext();
  const { page, faults } = await openPage(context);
  await page.goto(`${inject('baseUrl')}?view=datasets`);
  await page
    .getByTestId('upload-input')
    .setInputFiles({ name: 'three-languages.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page
    .locator(
      '[data-testid="upload-card"]:has(h3:text-is("three-languages.csv"))[data-status="read"]',
    )
    .waitFor();
  await page.getByTestId('upload-import').first().click();
  await compareReady(page);

  await page.goto(`${inject('baseUrl')}?view=metric&metric=it_services_exports`);
  const picker = page.locator('.dataset-picker select');
  await picker.waitFor();
  const upload = await picker
    .locator('option', { hasText: 'three-languages' })
    .getAttribute('value');
  await picker.selectOption(upload!);
  await waitForCharts(page);
  // ECharts writes the chart's description, built from the plotted series, onto the chart element
  await expect
    .poll(() => page.locator('.trend-canvas').getAttribute('aria-label'))
    .toMatch(/Kazakhstan actual: 2023 \$600 million; 2024 \$850 million; 2025 \$1\.1 billion/);

  await clickPoint(page, 'actual', 2);
  const panel = page.getByTestId('provenance');
  await panel.waitFor();
  expect(await panel.textContent()).toContain('Kapital.kz · Russian');
  expect(await page.getByTestId('provenance-quote').textContent()).toContain('Экспорт ИТ-услуг');
  expectNoFaults(faults);
  await context.close();
});
