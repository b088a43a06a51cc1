import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  compareReady,
  expectNoFaults,
  launchBrowser,
  openPage,
  waitForCharts,
  withPage as withPageIn,
} from './browser.ts';
import { decodePng } from '../export/png.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = (run: (page: Page, context: BrowserContext) => Promise<void>) =>
  withPageIn(browser, run);
const url = (search = '') => `${inject('baseUrl')}${search}`;
const WDI = readFileSync('tests/fixtures/official/wdi-api-gdp-invented.csv');

/** Picks an official table in the Datasets view and waits for its mapping step. */
async function pickOfficial(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.goto(url('?view=datasets'));
  await page.getByTestId('official-input').waitFor({ state: 'attached' });
  await page.getByTestId('official-input').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.locator(`[data-testid="official-card"][data-status="read"]`).waitFor();
}

async function importOfficial(page: Page): Promise<void> {
  await page.getByTestId('official-import').click();
  await page.getByTestId('official-saved').waitFor();
}

/** Pixels close to the official line's grey (#9ca3af) in an exported PNG of a metric's chart. */
async function exportedGreyPixels(page: Page, metric: string): Promise<number> {
  await page.goto(url(`?view=metric&metric=${metric}`));
  await waitForCharts(page);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-dialog').waitFor();
  await page.getByTestId('export-preview').waitFor();
  await page.getByTestId('export-dialog').locator('input[name="format"][value="png"]').check();
  await page.getByTestId('export-size').selectOption('16:9');
  await page.getByTestId('export-scale').selectOption('1');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  const png = decodePng(new Uint8Array(readFileSync(await file.path())));
  let grey = 0;
  for (let y = 0; y < png.height; y += 1)
    for (let x = 0; x < png.width; x += 1) {
      const [r, g, b] = png.pixel(x, y);
      if (Math.abs(r - 156) < 6 && Math.abs(g - 163) < 6 && Math.abs(b - 175) < 6) grey++;
    }
  return grey;
}

describe('official figures', () => {
  test('the shipped World Bank GDP series is stored on first visit and drawn under the claims', async () => {
    await withPage(async (page) => {
      await page.goto(url('?view=metric&metric=gdp'));
      await waitForCharts(page);
      await page.locator('figure.trend[data-official-points="14"]').waitFor();
      await page.goto(url('?view=datasets'));
      await page.locator('[data-testid="official-version"][data-shipped="true"]').waitFor();
      // The GDP claim is for 2025, which the shipped series (to 2023) does not cover.
      await page.goto(url('?view=table&metric=gdp'));
      await page.locator('table.claims td.verdict[data-verdict="no_official"]').waitFor();
    });
  });

  test('a World Bank CSV is detected, mapped, stored, and the GDP claim gets its verdict everywhere', async () => {
    await withPage(async (page) => {
      // A metric without official figures draws no grey line: the PNGs' baseline of that grey.
      const without = await exportedGreyPixels(page, 'it_services_exports');

      await pickOfficial(page, 'API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv', WDI);
      await expect(page.getByTestId('official-shape').textContent()).resolves.toMatch(
        /World Bank World Development Indicators.*header in row 5, years 2019–2025/,
      );
      const rows = page.getByTestId('official-indicators').locator('tbody tr');
      await expect(rows.count()).resolves.toBe(3);
      // Suggested from the catalogue and the indicator's words: GDP in USD, as written.
      const gdp = page.locator('tr[data-indicator="NY.GDP.MKTP.CD"]');
      await expect(gdp.getByTestId('official-metric').inputValue()).resolves.toBe('gdp');
      await expect(gdp.getByTestId('official-unit').inputValue()).resolves.toBe('USD');
      await expect(page.getByTestId('official-source').inputValue()).resolves.toBe(
        'World Bank, World Development Indicators',
      );
      await importOfficial(page);
      // the version list is read again after the import, behind any read still running (a
      // returning visit reads the official figures as its claims come from storage)
      await expect
        .poll(() => page.locator('[data-testid="official-version"][data-shipped="false"]').count())
        .toBe(1);

      // Metric view: the official line is drawn, and the claim's row says consistent.
      await page.goto(url('?view=metric&metric=gdp'));
      await waitForCharts(page);
      // 2010-2023 shipped and 2019-2025 uploaded (the upload preferred where both give a year).
      await page.locator('figure.trend[data-official-points="16"]').waitFor();
      await page.locator('table.claims td.verdict[data-verdict="consistent"]').waitFor();

      // Table, filtered to checked claims: GDP, GDP per capita and GDP growth for 2025.
      await page.goto(url('?view=table&verdict=checked'));
      await page.locator('table.claims tbody tr').first().waitFor();
      const metrics = await page.locator('table.claims tbody tr td:first-child').allTextContents();
      expect(metrics.sort()).toEqual(['GDP', 'GDP growth', 'GDP per capita']);

      // Provenance: the verdict with its explanation.
      await page
        .locator('table.claims tbody tr', { has: page.locator('td:text-is("GDP")') })
        .click();
      const verdict = page.getByTestId('provenance-verdict');
      await expect(verdict.getAttribute('data-verdict')).resolves.toBe('consistent');
      await expect(verdict.textContent()).resolves.toMatch(
        /Official 2025: \$310 billion \(World Bank, World Development Indicators, “GDP \(current US\$\)”.*version 1\)\)\. Claimed > \$300 billion.*Verdict: consistent\./,
      );

      // Scorecard per metric: GDP checked once, consistent once, linking to its claims.
      await page.goto(url('?view=scorecard'));
      await page.getByTestId('scorecard-per-metric').check();
      const row = page.locator('tr[data-score-key="gdp"]');
      await expect(row.locator('td[data-column="checked"] a').textContent()).resolves.toBe('1');
      await expect(row.locator('td[data-column="consistent"] a').textContent()).resolves.toBe('1');
      await row.locator('td[data-column="consistent"] a').click();
      await page.waitForURL(/view=table/);
      expect(new URL(page.url()).searchParams.get('verdict')).toBe('consistent');
      // the claim table is drawn after the first screen
      await expect.poll(() => page.locator('table.claims tbody tr').count()).toBe(1);

      // The exported PNG draws the official line: many more pixels of its grey than before.
      const withLine = await exportedGreyPixels(page, 'gdp');
      expect(withLine).toBeGreaterThan(without + 300);
      const source = await page.getByTestId('export-source').inputValue();
      expect(source).toMatch(
        /; World Bank, World Development Indicators: GDP \(current US\$\), downloaded \d{4}-\d{2}-\d{2}$/,
      );
      expect(source).toContain(
        'World Bank, World Development Indicators (CC BY 4.0): GDP (current US$), downloaded 2024-10-21',
      );
    });
  });

  test('next year’s download of the same table imports in one click as version 2, version 1 selectable', async () => {
    await withPage(async (page) => {
      await pickOfficial(page, 'API_2026.csv', WDI);
      await importOfficial(page);
      const newer = Buffer.from(WDI.toString('utf8').replace('"310000000000"', '"250000000000"'));
      await pickOfficial(page, 'API_2027.csv', newer);
      await page.getByTestId('official-remembered').waitFor();
      await page
        .locator('[data-testid="official-card"]:has(h3:text-is("API_2027.csv"))')
        .getByTestId('official-import')
        .click();
      await page.getByTestId('official-saved').first().waitFor();
      await expect(
        page
          .locator('[data-testid="official-version"][data-shipped="false"]')
          .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.vintage)),
      ).resolves.toEqual(['2', '1']);
      // Verdicts follow version 2, where the GDP is now below the "> $300 billion" claimed.
      await page.goto(url('?view=table&metric=gdp'));
      await page.locator('table.claims td.verdict[data-verdict="overstated"]').waitFor();
      // Choosing version 1 brings its verdict back.
      await page.goto(url('?view=datasets'));
      await page
        .locator(
          '[data-testid="official-version"][data-shipped="false"][data-vintage="1"] input[type="radio"]',
        )
        .check();
      await page.goto(url('?view=table&metric=gdp'));
      await page.locator('table.claims td.verdict[data-verdict="consistent"]').waitFor();
      // Deleting the chosen version (after a second click) leaves the verdicts to version 2.
      await page.goto(url('?view=datasets'));
      const first = page.locator(
        '[data-testid="official-version"][data-shipped="false"][data-vintage="1"]',
      );
      await first.getByTestId('official-delete').click();
      await first.getByTestId('official-delete-confirm').click();
      await first.waitFor({ state: 'detached' });
      await page.goto(url('?view=table&metric=gdp'));
      await page.locator('table.claims td.verdict[data-verdict="overstated"]').waitFor();
    });
  });

  test('a table stored, chosen or deleted in one tab changes the verdicts in another without a reload', async () => {
    const context = await browser.newContext();
    const a = await openPage(context);
    const b = await openPage(context);
    await b.page.goto(url('?view=table&metric=gdp'));
    await b.page.locator('table.claims td.verdict[data-verdict="no_official"]').waitFor();

    await pickOfficial(a.page, 'API_tabs.csv', WDI);
    await importOfficial(a.page);
    await b.page.locator('table.claims td.verdict[data-verdict="consistent"]').waitFor();

    const version = a.page.locator(
      '[data-testid="official-version"][data-shipped="false"][data-vintage="1"]',
    );
    // A second version, where the GDP is below the claim: both tabs follow it, then the choice of
    // version 1 made in one tab is followed by the other.
    const newer = Buffer.from(WDI.toString('utf8').replace('"310000000000"', '"250000000000"'));
    await pickOfficial(a.page, 'API_tabs_2.csv', newer);
    await a.page
      .locator('[data-testid="official-card"]:has(h3:text-is("API_tabs_2.csv"))')
      .getByTestId('official-import')
      .click();
    await b.page.locator('table.claims td.verdict[data-verdict="overstated"]').waitFor();
    // until this tab lists version 2 as followed, version 1's radio is the checked one
    await a.page
      .locator(
        '[data-testid="official-version"][data-shipped="false"][data-vintage="2"] input:checked',
      )
      .waitFor();
    await version.locator('input[type="radio"]').check();
    await b.page.locator('table.claims td.verdict[data-verdict="consistent"]').waitFor();

    await version.getByTestId('official-delete').click();
    await version.getByTestId('official-delete-confirm').click();
    await version.waitFor({ state: 'detached' });
    await b.page.locator('table.claims td.verdict[data-verdict="overstated"]').waitFor();
    for (const { faults } of [a, b]) expectNoFaults(faults);
    await context.close();
  });

  test('a target whose year has an official figure is met by it in the target status', async () => {
    await withPage(async (page) => {
      // The claimed actual (2020) falls short; the shipped WDI figure for 2023 reaches the target.
      const csv = [
        'metric,entity,period,value,unit,kind,quote',
        'gdp,Kazakhstan,2020,150000000000,USD,actual,"GDP was $150 billion in 2020."',
        'gdp,Kazakhstan,2023,250000000000,USD,target,"GDP should reach $250 billion by 2023."',
      ].join('\n');
      await page.goto(url('?view=datasets'));
      await page
        .getByTestId('upload-input')
        .setInputFiles({ name: 'targets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.locator('[data-testid="upload-card"][data-status="read"]').waitFor();
      await page.getByTestId('upload-import').click();
      const { otherId } = await compareReady(page);
      await page.goto(url(`?view=metric&metric=gdp&dataset=${otherId}`));
      const status = page.getByTestId('target-status');
      await expect
        .poll(() => status.textContent())
        .toMatch(/Target \$250 billion by 2023:\s*target met \(official figure\)/);
      await expect(status.locator('[role="tooltip"]').textContent()).resolves.toMatch(
        /^Met by the official figure\. Official 2023: \$261\.42 billion \(World Bank, World Development Indicators/,
      );
    });
  });

  test('an .xlsx with a GDP series: the sheet with the table is picked, the GDP claim overstated', async () => {
    await withPage(async (page) => {
      await pickOfficial(
        page,
        'wdi-gdp.xlsx',
        readFileSync('tests/fixtures/official/wdi-gdp-two-sheets-invented.xlsx'),
      );
      await expect(page.getByTestId('official-sheet').inputValue()).resolves.toBe('Data');
      const gdp = page.locator('tr[data-indicator="NY.GDP.MKTP.CD"]');
      await expect(gdp.getByTestId('official-metric').inputValue()).resolves.toBe('gdp');
      await importOfficial(page);
      await page.goto(url('?view=metric&metric=gdp'));
      await waitForCharts(page);
      await page.locator('table.claims td.verdict[data-verdict="overstated"]').waitFor();
      await page.goto(url('?view=scorecard'));
      await page.getByTestId('scorecard-per-metric').check();
      await expect(
        page.locator('tr[data-score-key="gdp"] td[data-column="overstated"] a').textContent(),
      ).resolves.toBe('1');
    });
  });

  test('an old Excel file is refused with a message naming it; nothing is stored', async () => {
    await withPage(async (page) => {
      await page.goto(url('?view=datasets'));
      await page.getByTestId('official-input').setInputFiles({
        name: 'WEO.xls',
        mimeType: 'application/vnd.ms-excel',
        buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      });
      await expect(page.getByTestId('official-message').textContent()).resolves.toMatch(
        /^WEO\.xls is an old Excel workbook \(\.xls\)/,
      );
      await expect(
        page.locator('[data-testid="official-version"][data-shipped="false"]').count(),
      ).resolves.toBe(0);
    });
  });
});
