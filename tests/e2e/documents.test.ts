import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoFaults, launchBrowser, openPage } from './browser.ts';
import {
  HTML,
  HTML_CLAIMS,
  HTML_NAME,
  PDF_CLAIMS,
  PDF_NAME,
  TXT,
  TXT_CLAIMS,
  TXT_NAME,
  makeEncryptedPdf,
  printPdf,
} from './documents-fixtures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (query: string) => `${inject('baseUrl')}${query}`;

/** Drops files on the page as a user drags them from the desktop. */
async function drop(page: Page, files: { name: string; content: Buffer | string }[]) {
  await page.evaluate(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name));
      }
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    },
    files.map((file) => ({
      name: file.name,
      base64: Buffer.from(file.content).toString('base64'),
    })),
  );
}

async function reviewed(page: Page) {
  await page.getByTestId('review-item').first().waitFor();
  return page.getByTestId('review-item').evaluateAll((items) =>
    items.map((item) => ({
      value: Number((item as HTMLElement).dataset.value),
      period: (item as HTMLElement).dataset.period,
    })),
  );
}

async function findClaims(page: Page) {
  await page.getByRole('button', { name: 'Find claims', exact: true }).click();
  return reviewed(page);
}

/** Stores the accepted claims; returns the new dataset's id from the URL. */
async function store(page: Page): Promise<string> {
  await page.getByTestId('document-store').click();
  await page.waitForURL(/dataset=/);
  return new URL(page.url()).searchParams.get('dataset')!;
}

async function tableRows(page: Page, dataset: string) {
  await page.goto(url(`?view=table&dataset=${dataset}`));
  await page.locator('table.claims tbody tr').first().waitFor();
  return page
    .locator('table.claims tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim())),
    );
}

describe('documents', () => {
  test('a dropped .txt: review, accept two, reject one, edit one; table, provenance, reload', async () => {
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await page.goto(url('?view=overview'));
    await page.locator('main[data-storage="indexeddb"]').waitFor();
    await drop(page, [{ name: TXT_NAME, content: TXT }]);
    await page.waitForURL(/view=documents/);
    await page.getByTestId('meta-title').waitFor();
    expect(await page.getByTestId('meta-title').inputValue()).toBe('it exports note');
    await page.getByTestId('meta-title').fill('IT exports note');
    await page.getByTestId('meta-outlet').fill('Ministry of Digital Development');
    await page.getByTestId('meta-published').fill('2025-02-10');
    expect(await findClaims(page)).toEqual(TXT_CLAIMS);
    // the number is highlighted in its sentence
    expect(await page.getByTestId('review-item').first().locator('mark').textContent()).toBe(
      '$1.2 billion',
    );

    const items = page.getByTestId('review-item');
    await items.nth(0).getByRole('button', { name: 'Accept' }).click();
    await items.nth(1).getByRole('button', { name: 'Reject' }).click();
    await items.nth(2).getByRole('button', { name: 'Accept' }).click();
    await items.nth(2).getByRole('button', { name: 'Edit' }).click();
    await items.nth(2).getByTestId('edit-period').fill('2030');
    await items.nth(2).getByTestId('edit-period').press('Tab');
    expect(await items.nth(2).getAttribute('data-period')).toBe('2030');

    // the whole document with every found number marked
    await page.getByRole('button', { name: 'Open the whole document' }).click();
    expect(await page.getByTestId('document-text').locator('mark').allTextContents()).toEqual([
      '$1.2 billion',
      '1,850',
      '$5 billion',
    ]);

    // a number the extractor missed, marked by selecting it in the text
    await page.evaluate(() => {
      const box = document.querySelector('[data-testid="document-text"]')!;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue!.indexOf('number 12');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at + 'number '.length);
        range.setEnd(node, at + 'number 12'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }
    });
    await page.getByTestId('mark-selection').click();
    const marked = items.filter({ hasText: 'marked by hand' });
    expect(await marked.getAttribute('data-value')).toBe('12');
    expect(await marked.textContent()).toContain('Cannot be stored yet: it has no metric');
    await marked.getByRole('button', { name: 'Edit' }).click();
    await marked.getByTestId('edit-metric').fill('regional startup rank');
    await marked.getByTestId('edit-metric').press('Tab');
    await marked.getByTestId('edit-period').fill('2025');
    await marked.getByTestId('edit-period').press('Tab');
    expect(await page.getByTestId('document-text').locator('mark').count()).toBe(4);

    const dataset = await store(page);
    const rows = await tableRows(page, dataset);
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual([
      ['IT services exports', '2024', '$1.2 billion USD ($)'],
      ['IT services exports', '2030', '$5 billion USD ($)'],
      ['Regional startup rank', '2025', '12 count'],
    ]);
    // the metric view shows exactly the accepted claims of the metric: two, so a number tile
    await page.goto(url(`?view=metric&metric=it_services_exports&dataset=${dataset}`));
    const tile = page.getByTestId('number-tile');
    await tile.waitFor();
    expect(await tile.locator('li').count()).toBe(2);
    expect(await tile.locator('.tile-value').allTextContents()).toEqual([
      '$1.2 billion',
      '$5 billion',
    ]);
    await page.goto(url(`?view=table&dataset=${dataset}`));
    await page.locator('table.claims tbody tr').first().waitFor();
    // provenance: the sentence and the whole document, from storage
    await page.locator('table.claims tbody tr').first().click();
    await page.getByTestId('provenance-quote').waitFor();
    expect(await page.getByTestId('provenance-quote').locator('mark').textContent()).toBe(
      '$1.2 billion',
    );
    await expect.poll(() => page.locator('.prov-document .document-text').textContent()).toBe(TXT);
    expect(await page.locator('.prov-source').textContent()).toContain(
      'Ministry of Digital Development',
    );

    await page.reload();
    const again = await tableRows(page, dataset);
    expect(again).toEqual(rows);
    expectNoFaults(faults);
    await context.close();
  });

  test('an .html page: details prefilled from its metadata, no script runs, nothing loads', async () => {
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url('?view=documents'));
    await page.getByTestId('document-input').waitFor({ state: 'attached' });
    await page
      .getByTestId('document-input')
      .setInputFiles({ name: HTML_NAME, mimeType: 'text/html', buffer: Buffer.from(HTML) });
    await page.getByTestId('meta-title').waitFor();
    expect({
      title: await page.getByTestId('meta-title').inputValue(),
      outlet: await page.getByTestId('meta-outlet').inputValue(),
      url: await page.getByTestId('meta-url').inputValue(),
      published: await page.getByTestId('meta-published').inputValue(),
    }).toEqual({
      title: 'Internet use keeps growing',
      outlet: 'Steppe Daily',
      url: 'https://steppe-daily.example/internet-use',
      published: '2025-03-14',
    });
    expect(await findClaims(page)).toEqual(HTML_CLAIMS);
    expect(await page.evaluate(() => (window as { __ranScript?: boolean }).__ranScript)).toBe(
      undefined,
    );
    expect(requests.filter((request) => request.includes('tracker.example'))).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    const dataset = await store(page);
    const rows = await tableRows(page, dataset);
    expect(rows.map((row) => row[6])).toEqual(['2025-03-14', '2025-03-14']);
    expectNoFaults(faults);
    await context.close();
  });

  test('a .pdf printed by Chromium: pages read in the pdf.js worker, claims found', async () => {
    const pdf = await printPdf(browser);
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await page.goto(url('?view=documents'));
    await page.getByTestId('document-input').waitFor({ state: 'attached' });
    await drop(page, [{ name: PDF_NAME, content: pdf }]);
    await page.getByTestId('meta-title').waitFor();
    expect(await page.getByTestId('meta-title').inputValue()).toBe('Payments report 2025');
    await page.getByTestId('meta-published').fill('2025-01-20');
    expect(await findClaims(page)).toEqual(PDF_CLAIMS);
    expectNoFaults(faults);
    await context.close();
  });

  test(
    'a long PDF shows its pages read; Cancel stops it, nothing stored, page usable',
    { timeout: 120_000 },
    async () => {
      const pages = Array.from(
        { length: 150 },
        (_, i) =>
          `<section style="break-after: page"><p>In ${2000 + (i % 25)}, IT services exports reached $${i + 1} million.</p></section>`,
      ).join('');
      const pdf = await printPdf(browser, `<html><body>${pages}</body></html>`);
      const context = await browser.newContext();
      const { page, faults } = await openPage(context);
      await page.goto(url('?view=documents'));
      await page.locator('main[data-storage="indexeddb"]').waitFor();
      // every label the progress row shows, as it changes
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __labels: string[] }).__labels = seen;
        new MutationObserver(() => {
          const row = document.querySelector('[data-testid="document-progress"]');
          if (row?.textContent) seen.push(row.textContent);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await drop(page, [{ name: 'long-report.pdf', content: pdf }]);
      await page.getByTestId('meta-title').waitFor({ timeout: 60_000 });
      const labels = await page.evaluate(
        () => (window as unknown as { __labels: string[] }).__labels,
      );
      expect(
        labels.filter((label) => /Reading page \d+ of 150/.test(label)).length,
      ).toBeGreaterThan(1);
      await page.getByRole('button', { name: 'Discard', exact: true }).click();

      // Again, cancelled while it is read. Its pages are short: a warm pdf.js reads all 150 in
      // about 0.2 s, less than a click takes to land under load (0.06-0.6 s measured), so a click
      // sent from here raced the read and sometimes found the read over and Cancel gone. Cancel
      // is pressed as soon as the first "Reading page" label is drawn instead: every further page
      // is a round trip to the pdf.js worker, so the read is always still going then.
      await page.evaluate(() => {
        const observer = new MutationObserver(() => {
          const row = document.querySelector('[data-testid="document-progress"]');
          if (!/Reading page \d+ of 150/.test(row?.textContent ?? '')) return;
          observer.disconnect();
          const buttons = [...row!.querySelectorAll('button')];
          buttons.find((button) => button.textContent?.trim() === 'Cancel')!.click();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await drop(page, [{ name: 'long-report.pdf', content: pdf }]);
      await expect
        .poll(() => page.getByTestId('document-notice').textContent(), { timeout: 10_000 })
        .toContain('Reading long-report.pdf was cancelled; nothing was stored.');
      expect(await page.getByTestId('document-error').count()).toBe(0);
      expect(await page.getByTestId('meta-title').count()).toBe(0);
      // the page is usable at once: another document is read
      await drop(page, [{ name: TXT_NAME, content: TXT }]);
      await page.getByTestId('meta-title').waitFor();
      expectNoFaults(faults);
      await context.close();
    },
  );

  test('bad files: each refused with a message naming it, nothing stored, page usable', async () => {
    const scan = await printPdf(
      browser,
      '<html><body><div style="width:600px;height:800px;background:#345"></div></body></html>',
    );
    const context = await browser.newContext();
    const { page, faults } = await openPage(context);
    await page.goto(url('?view=documents'));
    await page.locator('main[data-storage="indexeddb"]').waitFor();
    await page.getByTestId('document-input').waitFor({ state: 'attached' });
    const cases: [string, Buffer, RegExp][] = [
      ['empty.txt', Buffer.alloc(0), /empty\.txt is empty/],
      [
        'old-report.doc',
        Buffer.from('\xd0\xcf\x11\xe0', 'latin1'),
        /old-report\.doc is an old Word document/,
      ],
      [
        'photo.txt',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
        /photo\.txt holds binary data/,
      ],
      ['scan.pdf', scan, /scan\.pdf has no text layer.*OCR/],
      [
        'secret-report.pdf',
        Buffer.from(makeEncryptedPdf()),
        /secret-report\.pdf is encrypted with a password; .*Save an unprotected copy/,
      ],
      ['fake.pdf', Buffer.from('hello'), /fake\.pdf is not a PDF/],
      ['fake.docx', Buffer.from('hello'), /fake\.docx is not a Word document/],
    ];
    for (const [name, content, message] of cases) {
      await page
        .getByTestId('document-input')
        .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: content });
      await expect.poll(() => page.getByTestId('document-error').textContent()).toMatch(message);
    }
    // a 200 MB file is refused from its size, before it is read
    await page.evaluate(() => {
      const part = new Uint8Array(1024 * 1024);
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(
          Array.from({ length: 200 }, () => part),
          'huge.pdf',
        ),
      );
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    });
    await expect
      .poll(() => page.getByTestId('document-error').textContent())
      .toMatch(/huge\.pdf is 200\.0 MB; documents over 64\.0 MB are refused/);
    // still usable: pasted text is read
    await page.getByText('Paste text instead').click();
    await page.getByTestId('document-paste').fill(TXT);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    expect(await findClaims(page)).toEqual(TXT_CLAIMS);
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('sandar');
          open.onsuccess = () => {
            const count = open.result.transaction('datasets').objectStore('datasets').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(1);
    expectNoFaults(faults);
    await context.close();
  });
});
