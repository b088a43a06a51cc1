/**
 * The browser and `npm run extract` find identical claims in the same files (the text file, saved
 * page and PDF of the document tests, and a Word document): one set of readers, one extractor. Only the ids differ, since the
 * browser names a document by its title and text and the CLI by its file name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import type { Claim } from '../../src/lib/claim.ts';
import { expectNoFaults, launchBrowser, openPage } from './browser.ts';
import {
  DOCX_NAME,
  DOCX_PARAGRAPHS,
  HTML,
  HTML_NAME,
  PDF_NAME,
  TXT,
  TXT_NAME,
  makeDocx,
  printPdf,
} from './documents-fixtures.ts';

let browser: Browser;
const work = mkdtempSync(join(tmpdir(), 'sandar-identity-'));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** What each side is told about each document: a sources.csv line, the same typed in the page. */
const SOURCES = [
  {
    file: TXT_NAME,
    title: 'IT exports note',
    outlet: 'Ministry of Digital Development',
    url: 'https://gov.example/it-exports',
    published: '2025-02-10',
  },
  {
    file: HTML_NAME,
    title: 'Internet use',
    outlet: 'Steppe Daily',
    url: 'https://steppe-daily.example/internet-use',
    published: '2025-03-14',
  },
  {
    file: PDF_NAME,
    title: 'Payments report',
    outlet: 'National Bank',
    url: 'https://nb.example/payments',
    published: '2025-01-20',
  },
  {
    file: DOCX_NAME,
    title: 'Board minutes',
    outlet: 'QazTech Fund',
    url: 'https://fund.example/minutes',
    published: '2025-02-03',
  },
];

/** Claims without their ids; a restated claim points at its partner by position instead. */
function comparable(claims: readonly Claim[]) {
  const sorted = [...claims].sort((a, b) => (a.quote_start ?? 0) - (b.quote_start ?? 0));
  return sorted.map(({ id: _id, source_id: _source, related_id, ...rest }) => ({
    ...rest,
    related: related_id ? sorted.findIndex((other) => other.id === related_id) : -1,
  }));
}

async function storedClaims(page: Page, datasetId: string): Promise<Claim[]> {
  return page.evaluate(
    (id) =>
      new Promise<Claim[]>((resolve) => {
        const open = indexedDB.open('sandar');
        open.onsuccess = () => {
          const request = open.result.transaction('chunks').objectStore('chunks').getAll();
          request.onsuccess = () =>
            resolve(
              (
                request.result as {
                  datasetId: string;
                  index: number;
                  columns: Record<keyof Claim, unknown[]>;
                }[]
              )
                .filter((chunk) => chunk.datasetId === id)
                .sort((a, b) => a.index - b.index)
                // Stored column by column (src/db/claim-columns.ts): a claim is a row across them.
                .flatMap(({ columns }) =>
                  columns.id.map(
                    (_, row) =>
                      Object.fromEntries(
                        Object.entries(columns).map(([field, values]) => [field, values[row]]),
                      ) as unknown as Claim,
                  ),
                ),
            );
        };
      }),
    datasetId,
  );
}

test(
  'CLI and browser give identical claims for the same .txt, .html, .pdf and .docx',
  { timeout: 180_000 },
  async () => {
    const files: Record<string, Buffer> = {
      [TXT_NAME]: Buffer.from(TXT),
      [HTML_NAME]: Buffer.from(HTML),
      [PDF_NAME]: await printPdf(browser),
      [DOCX_NAME]: Buffer.from(makeDocx(DOCX_PARAGRAPHS)),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(work, name), content);
    writeFileSync(
      join(work, 'sources.csv'),
      'file,title,outlet,url,published\n' +
        SOURCES.map((s) => [s.file, s.title, s.outlet, s.url, s.published].join(',')).join('\n') +
        '\n',
    );
    const out = join(work, 'claims.csv');
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/extract/cli.ts', '--in', work, '--out', out, '--quiet'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const fromCli = parseClaimsCsv(readFileSync(out, 'utf8')).claims;

    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await page.goto(`${inject('baseUrl')}?view=documents`);
    await page.locator('main[data-storage="indexeddb"]').waitFor();
    for (const source of SOURCES) {
      await page.getByTestId('document-input').waitFor({ state: 'attached' });
      await page.getByTestId('document-input').setInputFiles({
        name: source.file,
        mimeType: 'application/octet-stream',
        buffer: files[source.file]!,
      });
      await page.getByTestId('meta-title').fill(source.title);
      await page.getByTestId('meta-outlet').fill(source.outlet);
      await page.getByTestId('meta-url').fill(source.url);
      await page.getByTestId('meta-published').fill(source.published);
      await page.getByRole('button', { name: 'Find claims', exact: true }).click();
      await page.getByTestId('review-item').first().waitFor();
      await page.getByRole('button', { name: 'Accept all' }).click();
      const before = page.url();
      await page.getByTestId('document-store').click();
      await page.waitForURL((url) => url.toString() !== before && url.searchParams.has('dataset'));
      const datasetId = new URL(page.url()).searchParams.get('dataset')!;
      const fromBrowser = await storedClaims(page, datasetId);
      const cliClaims = fromCli.filter((claim) => claim.source_outlet === source.outlet);
      expect(cliClaims.length, source.file).toBeGreaterThan(0);
      expect(comparable(fromBrowser), source.file).toEqual(comparable(cliClaims));
    }
    expectNoFaults(faults);
    await context.close();
  },
);
