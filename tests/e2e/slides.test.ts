import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  compareReady,
  forgetCompareReady,
  launchBrowser,
  waitForCharts,
  withPage as withPageIn,
} from './browser.ts';
import { textsOf } from '../export/svg-checks.ts';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';

// Charts a person can put on a slide, on any screen: year axes, a phone's width, accessibility,
// and links that name something this browser does not hold. Against the shipped claims.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = (run: Parameters<typeof withPageIn>[1]) => withPageIn(browser, run);
const url = (search = '') => `${inject('baseUrl')}${search}`;
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const GOOD = readFileSync('tests/fixtures/upload/good-three-rows.csv');

const MONTH = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*( \d{1,2})?$/;
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b/;

async function ready(page: Page): Promise<void> {
  await page.locator('main[data-state="ready"]').waitFor();
}

/** Downloads the open export dialog's chart as an SVG laid out as on screen. */
async function screenSvg(page: Page): Promise<string> {
  const dialog = page.getByTestId('export-dialog');
  await dialog.locator('input[name="format"][value="svg"]').check();
  await page.getByTestId('export-size').selectOption('screen');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

/** Serious and critical axe-core violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP forbids inline scripts, not this.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
      passes: unknown[];
    };
    // axe ran its rules (a page it could not read would pass none).
    if (result.passes.length === 0)
      return [{ id: 'no-rule-passed', impact: 'critical', targets: [] }];
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
}

/** Uploads the three-row fixture and returns its dataset id. */
async function uploadDataset(page: Page): Promise<string> {
  await page.goto(url('?view=datasets'));
  await page.getByTestId('upload-input').waitFor({ state: 'attached' });
  await page
    .getByTestId('upload-input')
    .setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: GOOD });
  await page.locator('[data-testid="upload-card"][data-status="read"]').waitFor();
  await forgetCompareReady(page);
  await page.getByTestId('upload-import').first().click();
  await compareReady(page);
  const ids = await page
    .locator('.dataset-picker option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  return ids.find((id) => id !== 'baseline')!;
}

describe('an annual chart', () => {
  test('has year ticks only: no axis label is a time of day or a month name', async () => {
    await withPage(async (page) => {
      await page.goto(url('?view=metric&metric=it_services_exports'));
      await waitForCharts(page);
      await page.getByTestId('export-button').click();
      await page.getByTestId('export-preview').waitFor();
      const svg = await screenSvg(page);
      const texts = textsOf(svg);
      const years = texts.filter((text) => /^\d{4}$/.test(text));
      expect(years).toEqual(['2023', '2024', '2025', '2026']);
      expect(texts.filter((text) => MONTH.test(text) || TIME_OF_DAY.test(text))).toEqual([]);
      // Values are written on the points, the lines named at their ends, no legend.
      expect(texts).toContain('$500 million');
      expect(texts).toEqual(expect.arrayContaining(['Target', 'Forecast']));
    });
  });

  test('a metric with one undated claim is a tile, never a dot at its publication time', async () => {
    await withPage(async (page) => {
      await page.goto(url('?view=metric&metric=ai_sana_students'));
      await ready(page);
      await page.getByTestId('number-tile').waitFor();
      expect(await page.getByTestId('number-tile').textContent()).toContain('no period stated');
      expect(await page.locator('.trend-canvas').count()).toBe(0);
    });
  });
});

describe('a 390 px phone', () => {
  const views = [
    '?view=overview',
    '?view=metric&metric=it_services_exports',
    '?view=metric&metric=ai_sana_students',
    '?view=table',
    '?view=datasets',
    '?view=compare',
    '?view=documents',
    '?view=scorecard',
  ];

  test('no view scrolls sideways; the navigation, the export dialog and the panel fit', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const overflow = async () =>
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      for (const view of views) {
        await page.goto(url(view));
        await ready(page);
        if (view.includes('it_services_exports')) await waitForCharts(page);
        await page.waitForTimeout(300);
        expect({ view, overflow: await overflow() }).toEqual({ view, overflow: 0 });
        for (const link of await page.locator('nav[aria-label="Views"] a').all()) {
          const box = (await link.boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(390);
        }
      }

      await page.goto(url('?view=metric&metric=it_services_exports'));
      await waitForCharts(page);
      await page.getByTestId('export-button').click();
      await page.getByTestId('export-preview').waitFor();
      const dialog = (await page.getByTestId('export-dialog').boundingBox())!;
      expect(dialog.x).toBeGreaterThanOrEqual(0);
      expect(dialog.x + dialog.width).toBeLessThanOrEqual(390);
      await page.getByTestId('export-download').scrollIntoViewIfNeeded();
      const download = (await page.getByTestId('export-download').boundingBox())!;
      expect(download.x + download.width).toBeLessThanOrEqual(390);
      expect(await overflow()).toBe(0);
      await page.keyboard.press('Escape');
      // Closing gives focus back to the export button: wait for that, or it can take the focus
      // from the point button after it is given, and Enter opens the export dialog again.
      await page.getByTestId('export-dialog').waitFor({ state: 'hidden' });
      await expect
        .poll(() => page.getByTestId('export-button').evaluate((e) => e === document.activeElement))
        .toBe(true);

      await page.locator('.point-buttons button').first().focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('provenance').waitFor();
      expect(await overflow()).toBe(0);

      // The comparison with an upload: chart, counts and the diff table (which scrolls in its box).
      await uploadDataset(page);
      await page.getByTestId('diff-row').first().waitFor();
      expect(await overflow()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('accessibility', () => {
  test('axe-core finds no serious or critical violation on any view, the export dialog or a dataset banner', async () => {
    await withPage(async (page) => {
      const found: string[] = [];
      for (const view of [
        '?view=overview',
        '?view=metric&metric=it_services_exports',
        '?view=metric&metric=ai_sana_students',
        '?view=table',
        '?view=datasets',
        '?view=documents',
        '?view=scorecard',
      ]) {
        await page.goto(url(view));
        await ready(page);
        if (view.includes('it_services_exports')) await waitForCharts(page);
        found.push(...(await axeViolations(page)).map((v) => `${view}: ${v}`));
      }
      await page.goto(url('?view=metric&metric=it_services_exports'));
      await waitForCharts(page);
      await page.getByTestId('export-button').click();
      await page.getByTestId('export-preview').waitFor();
      found.push(...(await axeViolations(page)).map((v) => `export dialog: ${v}`));

      const id = await uploadDataset(page);
      found.push(...(await axeViolations(page)).map((v) => `compare: ${v}`));
      await page.goto(url('?view=datasets'));
      await page.getByTestId('dataset-row').first().waitFor();
      found.push(...(await axeViolations(page)).map((v) => `datasets: ${v}`));
      await page.goto(url(`?view=overview&dataset=${id}`));
      await page.getByTestId('dataset-banner').waitFor();
      found.push(...(await axeViolations(page)).map((v) => `dataset banner: ${v}`));
      expect(found).toEqual([]);
    });
  });
});

describe('the source panel and dialogs', () => {
  test('the whole document scrolls to the highlighted number', async () => {
    // The claim mentioned furthest into its document: its mark starts out of the box's view.
    const deepest = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8'))
      .claims.map((claim) => ({ id: claim.id, start: claim.quote_start ?? 0 }))
      .sort((a, b) => b.start - a.start)[0]!;
    expect(deepest.start).toBeGreaterThan(3000);
    await withPage(async (page) => {
      await page.goto(url(`?view=table&claim=${deepest.id}`));
      await page.locator('.prov-document mark').waitFor();
      // in view, and by a scroll of the box: both at once, once the panel has settled
      await expect
        .poll(() =>
          page.evaluate(() => {
            const element = document.querySelector('.document-text')!;
            const box = element.getBoundingClientRect();
            const mark = element.querySelector('mark')!.getBoundingClientRect();
            return mark.top >= box.top && mark.bottom <= box.bottom && element.scrollTop > 0;
          }),
        )
        .toBe(true);
    });
  });

  test('once the reader scrolls the document, its box keeps their place when it is resized', async () => {
    const deepest = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8'))
      .claims.map((claim) => ({ id: claim.id, start: claim.quote_start ?? 0 }))
      .sort((a, b) => b.start - a.start)[0]!;
    await withPage(async (page) => {
      await page.goto(url(`?view=table&claim=${deepest.id}`));
      await page.locator('.prov-document mark').waitFor();
      const scrollTop = () =>
        page.evaluate(() => document.querySelector('.document-text')!.scrollTop);
      await expect.poll(scrollTop).toBeGreaterThan(0);
      const centred = await scrollTop();
      // the reader scrolls up with the wheel, away from the mention
      await page.locator('.document-text').hover();
      await page.mouse.wheel(0, -200);
      let taken = centred;
      await expect
        .poll(async () => {
          const before = await scrollTop();
          await page.waitForTimeout(150);
          taken = await scrollTop();
          return taken !== centred && taken === before;
        })
        .toBe(true);
      // the box is laid out again, smaller: the panel does not take the reader back
      await page.evaluate(async () => {
        const box = document.querySelector<HTMLElement>('.document-text')!;
        box.style.height = `${box.clientHeight - 60}px`;
        for (let frame = 0; frame < 4; frame++)
          await new Promise((done) => requestAnimationFrame(done));
      });
      expect(await scrollTop()).toBe(taken);
    });
  });

  test('closing the source panel or the export dialog gives focus back to what opened it', async () => {
    await withPage(async (page) => {
      await page.goto(url('?view=metric&metric=it_services_exports'));
      await waitForCharts(page);
      const point = page.locator('.point-buttons button').first();
      const key = await point.getAttribute('data-claim-key');
      await point.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('provenance').waitFor();
      await page.keyboard.press('Escape');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-claim-key')))
        .toBe(key);

      await page.getByTestId('export-button').click();
      await page.getByTestId('export-dialog').waitFor();
      await page.keyboard.press('Escape');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('export-button');
    });
  });
});

describe('a shared link', () => {
  test('naming a dataset this browser does not hold says so and offers the baseline', async () => {
    await withPage(async (page) => {
      await page.goto(url('?view=overview&dataset=upload-that-is-elsewhere'));
      const message = page.getByTestId('unknown-dataset');
      await message.waitFor();
      expect(await message.textContent()).toContain('“upload-that-is-elsewhere”');
      await message.getByRole('link', { name: 'Show the baseline' }).click();
      await expect.poll(() => message.count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('dataset')).toBeNull();
    });
  });

  test('naming a metric the dataset lacks says so and offers the metric list', async () => {
    await withPage(async (page) => {
      await page.goto(url('?view=metric&metric=no_such_metric'));
      const message = page.getByTestId('unknown-metric');
      await message.waitFor();
      expect(await message.textContent()).toContain('no metric “no_such_metric”');
      await message.getByRole('link', { name: 'See the list of metrics' }).click();
      await page.locator('article.card').first().waitFor();
    });
  });

  test('showing an uploaded dataset puts a banner up; the picker is dark on white', async () => {
    await withPage(async (page) => {
      const id = await uploadDataset(page);
      await page.goto(url(`?view=overview&dataset=${id}`));
      const banner = page.getByTestId('dataset-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/Showing upload \d{1,2} \w{3} \(good\.csv/);
      const colors = await page
        .locator('.dataset-picker select')
        .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      expect(colors).toEqual(['rgb(17, 24, 39)', 'rgb(255, 255, 255)']);
    });
  });
});
