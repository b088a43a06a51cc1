import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoFaults, launchBrowser, openPage, serveClaimsCsv } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (query: string) => `${inject('baseUrl')}${query}`;
const SHIPPED = readFileSync('data/claims.csv', 'utf8');
/** A baseline claim: "IT services exports approached $1 billion" (2025). */
const CLAIM = SHIPPED.split('\n').find(
  (line) => line.includes(',it_services_exports,') && line.includes(',approaching,actual,'),
)!;
const CLAIM_ID = CLAIM.split(',')[0]!;

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('corrections', () => {
  test('a baseline claim corrected from the provenance panel: chart, table, exports, new baseline', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, faults } = await openPage(context);
    await page.goto(url(`?view=table&claim=${CLAIM_ID}`));
    await page.locator('main[data-storage="indexeddb"]').waitFor();
    await page.getByTestId('correct-open').click();
    await page.getByTestId('correct-value').fill('950000000');
    // who corrects is asked once: no name, no correction
    await page.getByTestId('correct-save').click();
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContain('Give your name: each correction records who made it.');
    await page.getByTestId('correct-author').fill('Aigerim');
    await page.getByTestId('correct-save').click();
    await page.getByTestId('corrected').waitFor();
    expect(await page.getByTestId('corrected').getAttribute('title')).toMatch(
      /^Corrected by Aigerim on \d{4}-\d{2}-\d{2}; originally .*\$1 billion/,
    );
    expect(await page.getByTestId('corrected-by').textContent()).toMatch(/^by Aigerim on /);
    // remembered in this browser: the next correction's form has the name already
    await page.getByTestId('correct-open').click();
    expect(await page.getByTestId('correct-author').inputValue()).toBe('Aigerim');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    // the stored baseline row is not rewritten: the correction is a record of its own
    const stored = await page.evaluate(
      (id) =>
        new Promise<{ value: number; corrections: number }>((resolve) => {
          const open = indexedDB.open('sandar');
          open.onsuccess = () => {
            const tx = open.result.transaction(['chunks', 'corrections']);
            const chunks = tx.objectStore('chunks').getAll();
            const corrections = tx.objectStore('corrections').count();
            tx.oncomplete = () => {
              // Claims are stored column by column (src/db/claim-columns.ts).
              const columns = (
                chunks.result as { columns: { id: string[]; value: number[] } }[]
              ).map((c) => c.columns);
              const holding = columns.find((c) => c.id.includes(id))!;
              resolve({
                value: holding.value[holding.id.indexOf(id)]!,
                corrections: corrections.result,
              });
            };
          };
        }),
      CLAIM_ID,
    );
    expect(stored).toEqual({ value: 1e9, corrections: 1 });

    // the table marks it; the chart draws the corrected value
    await page.getByRole('button', { name: 'Close the source panel' }).click();
    const row = page.locator(`tr[data-claim-key="${CLAIM_ID}"]`);
    expect(await row.locator('.corrected').getAttribute('title')).toMatch(
      /^Corrected by Aigerim on .*; originally ≈< \$1 billion, 2025$/,
    );
    expect(await row.locator('td.number button').textContent()).toContain('$950 million');
    await page.goto(url('?view=metric&metric=it_services_exports'));
    await page
      .locator(`.point-buttons button[data-claim-key="${CLAIM_ID}"]`)
      .waitFor({ state: 'attached' });
    // the first chart is drawn from the shipped CSV; corrections apply once storage is open
    await expect
      .poll(() => page.locator(`.point-buttons button[data-claim-key="${CLAIM_ID}"]`).textContent())
      .toContain('$950 million');

    // exports: the corrections, and the dataset with them applied
    await page.goto(url('?view=table'));
    const corrections = await download(page, 'export-corrections');
    expect(corrections).toMatch(
      new RegExp(`,${CLAIM_ID},baseline,edit,value,1000000000,950000000,Aigerim,`),
    );
    const dataset = await download(page, 'export-corrected');
    expect(dataset).toContain(
      `${CLAIM_ID},it_services_exports,IT services exports,catalogue,Kazakhstan,2025,950000000,`,
    );

    // a new baseline build: the correction is applied again by claim id; one whose value the
    // new build changed is listed as a conflict instead
    const newBaseline = SHIPPED.replace(CLAIM, CLAIM.replace(',1000000000,', ',1100000000,'));
    await serveClaimsCsv(page, newBaseline);
    await page.goto(url('?view=table'));
    await page.getByTestId('correction-conflicts').waitFor();
    expect(await page.getByTestId('correction-conflicts').textContent()).toContain(
      'its value is now 1100000000, not 1000000000',
    );
    expectNoFaults(faults);
    await context.close();
  });
});
