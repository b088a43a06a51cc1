import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  compareReady,
  launchBrowser,
  serveClaimsCsv,
  waitForCharts,
  withPage as withPageIn,
} from './browser.ts';
import { decodePng, pngSize } from '../export/png.ts';
import { externalReferences, textsOf } from '../export/svg-checks.ts';

const MARKUP_CSV = readFileSync('tests/fixtures/export/markup-claims.csv', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = (
  run: (page: Page, context: BrowserContext) => Promise<void>,
  setup?: (page: Page) => Promise<void>,
) => withPageIn(browser, run, setup);
const url = (search = '') => `${inject('baseUrl')}${search}`;

async function openExportDialog(page: Page, metric = 'it_services_exports') {
  await page.goto(url(`?view=metric&metric=${metric}`));
  await waitForCharts(page);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-dialog').waitFor();
  await page.getByTestId('export-preview').waitFor();
}

interface Choice {
  format: 'png' | 'svg';
  preset: '16:9' | '4:3' | 'square' | 'screen';
  scale?: 1 | 2 | 3;
  background?: 'white' | 'transparent' | 'dark';
}

/** Sets the dialog's choices, clicks Download and returns the file's name and bytes. */
async function download(page: Page, choice: Choice): Promise<{ name: string; bytes: Uint8Array }> {
  const dialog = page.getByTestId('export-dialog');
  await dialog.locator(`input[name="format"][value="${choice.format}"]`).check();
  await page.getByTestId('export-size').selectOption(choice.preset);
  if (choice.scale) await page.getByTestId('export-scale').selectOption(String(choice.scale));
  await dialog.locator(`input[name="background"][value="${choice.background ?? 'white'}"]`).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('one chart', () => {
  test('each format and preset downloads at its size, named <metric>-<entity>-<date>', async () => {
    await withPage(async (page) => {
      await openExportDialog(page);
      const screen = await page.locator('.trend-canvas').boundingBox();
      const cases: (Choice & { width: number; height: number })[] = [
        { format: 'png', preset: '16:9', scale: 1, width: 1920, height: 1080 },
        { format: 'png', preset: '16:9', scale: 2, width: 3840, height: 2160 },
        { format: 'png', preset: '4:3', scale: 2, width: 3200, height: 2400 },
        { format: 'png', preset: 'square', scale: 3, width: 3240, height: 3240 },
        {
          format: 'png',
          preset: 'screen',
          scale: 1,
          width: Math.round(screen!.width),
          height: Math.round(screen!.height),
        },
        { format: 'svg', preset: '16:9', width: 1920, height: 1080 },
        { format: 'svg', preset: '4:3', width: 1600, height: 1200 },
        { format: 'svg', preset: 'square', width: 1080, height: 1080 },
        {
          format: 'svg',
          preset: 'screen',
          width: Math.round(screen!.width),
          height: Math.round(screen!.height),
        },
      ];
      for (const choice of cases) {
        const { name, bytes } = await download(page, choice);
        expect(name).toBe(`it_services_exports-kazakhstan-${today()}.${choice.format}`);
        expect(name).toMatch(/^[a-z0-9_-]+-[a-z0-9_-]+-\d{4}-\d{2}-\d{2}\.(png|svg)$/);
        if (choice.format === 'png') {
          expect(pngSize(bytes), `${choice.preset} at ${choice.scale}×`).toEqual({
            width: choice.width,
            height: choice.height,
          });
        } else {
          const svg = new TextDecoder().decode(bytes);
          expect(svg).toMatch(
            new RegExp(`^<svg [^>]*width="${choice.width}" height="${choice.height}"`),
          );
        }
      }
      expect(await page.getByTestId('export-status').textContent()).toContain('Saved');
    });
  });

  test('backgrounds: transparent corners have alpha 0, white and dark are opaque in their colour', async () => {
    await withPage(async (page) => {
      await openExportDialog(page);
      const expected = {
        transparent: [0, 0, 0, 0],
        white: [255, 255, 255, 255],
        dark: [15, 23, 42, 255],
      } as const;
      for (const background of ['transparent', 'white', 'dark'] as const) {
        const { bytes } = await download(page, {
          format: 'png',
          preset: '16:9',
          scale: 1,
          background,
        });
        const png = decodePng(bytes);
        const corners = [
          png.pixel(0, 0),
          png.pixel(png.width - 1, 0),
          png.pixel(0, png.height - 1),
          png.pixel(png.width - 1, png.height - 1),
        ];
        for (const corner of corners) {
          if (background === 'transparent') expect(corner[3]).toBe(0);
          else expect(corner).toEqual(expected[background]);
        }
      }
    });
  });

  test('the PNG draws the title in Inter: text pixels in the title band, in the text colour', async () => {
    await withPage(async (page) => {
      await openExportDialog(page);
      const { bytes } = await download(page, {
        format: 'png',
        preset: '16:9',
        scale: 1,
        background: 'white',
      });
      const png = decodePng(bytes);
      let dark = 0;
      // The title band: 72 px margin, 52 px type.
      for (let y = 72; y < 72 + 60; y++)
        for (let x = 72; x < 600; x++) if (png.pixel(x, y)[0] < 80) dark++;
      expect(dark).toBeGreaterThan(1000);
      expect(await page.evaluate(() => document.fonts.check('600 52px Inter'))).toBe(true);
      // The point labels and notes line draw ≈: a loaded Inter face covers it in both weights.
      const symbolFaces = await page.evaluate(() =>
        [...document.fonts]
          .filter((face) => face.family.replace(/["']/g, '') === 'Inter')
          .filter((face) => face.status === 'loaded' && /U\+2248\b/i.test(face.unicodeRange))
          .map((face) => face.weight),
      );
      expect(symbolFaces.sort()).toEqual(['400', '600']);
    });
  });

  test('the SVG parses, holds title, source and notes as <text>, embeds Inter and references nothing outside', async () => {
    await withPage(async (page) => {
      await openExportDialog(page);
      await page.getByTestId('export-title').fill('IT services exports & more');
      const source = await page.getByTestId('export-source').inputValue();
      const notes = await page.getByTestId('export-notes').inputValue();
      expect(source).toMatch(/^Sources: .+, \d{1,2} \w{3} \d{4}; .+, \d{1,2} \w{3} \d{4}$/);
      expect(notes).toContain('≈< approaching');
      expect(notes).toContain('hollow dots, dashed line: target');
      const { bytes } = await download(page, { format: 'svg', preset: '16:9' });
      const svg = new TextDecoder().decode(bytes);

      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? '',
          root: doc.documentElement.nodeName,
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
          fontFaces:
            [...doc.querySelectorAll('style')]
              .map((s) => s.textContent ?? '')
              .join('')
              .match(/@font-face/g)?.length ?? 0,
        };
      }, svg);
      expect(parsed.error).toBe('');
      expect(parsed.root).toBe('svg');
      expect(parsed.texts).toContain('IT services exports & more');
      const joined = parsed.texts.join(' ').replace(/\s+/g, ' ');
      expect(joined).toContain(source);
      expect(joined).toContain(notes);
      expect(parsed.fontFaces).toBeGreaterThanOrEqual(2);
      // The notes' ≈ (U+2248) is drawn with an embedded face whose unicode-range covers it.
      const ranges = [...svg.matchAll(/unicode-range:([^;]*);/g)].map((m) => m[1]!);
      const covers = (range: string, code: number) =>
        range.split(',').some((part) => {
          const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
          return code >= parseInt(from!, 16) && code <= parseInt(to ?? from!, 16);
        });
      expect(ranges.filter((range) => covers(range, 0x2248))).toHaveLength(2);
      expect(svg).toMatch(/src:url\(data:font\/woff2;base64,d09GMg/);
      expect(externalReferences(svg)).toEqual([]);
      expect(textsOf(svg)).toContain('IT services exports & more');
    });
  });

  test('unticking legend, source and notes leaves them out', async () => {
    await withPage(async (page) => {
      await openExportDialog(page);
      const dialog = page.getByTestId('export-dialog');
      await dialog.getByRole('checkbox', { name: 'Legend' }).uncheck();
      await dialog.getByRole('checkbox', { name: 'Source line' }).uncheck();
      await dialog.getByRole('checkbox', { name: 'Notes line' }).uncheck();
      const source = await page.getByTestId('export-source').inputValue();
      const { bytes } = await download(page, { format: 'svg', preset: 'square' });
      const joined = textsOf(new TextDecoder().decode(bytes)).join(' ');
      expect(joined).toContain('IT services exports');
      expect(joined).not.toContain(source.slice(0, 12));
      expect(joined).not.toContain('approximately');
      expect(joined).not.toContain('Kazakhstan · actual');
    });
  });

  test('Copy image puts a PNG on the clipboard where allowed', async () => {
    await withPage(async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(url()).origin,
      });
      await openExportDialog(page);
      await page.getByRole('button', { name: 'Copy image' }).click();
      await page
        .getByTestId('export-status')
        .filter({ hasText: /copied|refused|does not|cannot/ })
        .waitFor();
      expect(await page.getByTestId('export-status').textContent()).toBe(
        'Image copied: paste it into your slide.',
      );
      const types = await page.evaluate(async () =>
        (await navigator.clipboard.read()).flatMap((item) => item.types),
      );
      expect(types).toContain('image/png');
    });
  });

  test('Copy image says so where the browser cannot copy images', async () => {
    await withPage(
      async (page) => {
        await openExportDialog(page);
        await page.getByRole('button', { name: 'Copy image' }).click();
        await page
          .getByTestId('export-status')
          .filter({ hasText: /Download the PNG/ })
          .waitFor();
        expect(await page.getByTestId('export-status').textContent()).toBe(
          'This browser does not let web pages copy images. Download the PNG and insert it instead.',
        );
      },
      async (page) => {
        await page.addInitScript(
          () => delete (window as { ClipboardItem?: unknown }).ClipboardItem,
        );
      },
    );
  });
});

test('Export all saves one PNG per overview card in one zip', async () => {
  await withPage(async (page) => {
    await page.goto(url());
    await page.locator('article.card').first().waitFor();
    const cards = await page
      .locator('article.card')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.metric ?? ''));
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-all').click(),
    ]);
    expect(file.suggestedFilename()).toBe(`sandar-overview-${today()}.zip`);
    const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
    const names = Object.keys(entries);
    expect(names).toHaveLength(cards.length);
    expect(names.map((name) => name.split('-')[0]).sort()).toEqual([...cards].sort());
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9_-]+-\d{4}-\d{2}-\d{2}(-\d+)?\.png$/);
      expect(pngSize(entries[name]!)).toEqual({ width: 1920, height: 1080 });
    }
  });
}, 120_000);

test('Export all in the metric view gives its chart', async () => {
  await withPage(async (page) => {
    await page.goto(url('?view=metric&metric=it_services_exports'));
    await waitForCharts(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-all').click(),
    ]);
    const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
    expect(Object.keys(entries)).toEqual([`it_services_exports-kazakhstan-${today()}.png`]);
  });
});

test('text with markup from a dataset is exported as literal text and runs nothing', async () => {
  await withPage(
    async (page) => {
      await openExportDialog(page);
      expect(await page.getByTestId('export-title').inputValue()).toBe(
        'IT <b>services</b> & exports',
      );
      const { name, bytes } = await download(page, { format: 'svg', preset: '16:9' });
      expect(name).toMatch(
        /^it_services_exports-img-src-x-onerror-alert-1-\d{4}-\d{2}-\d{2}\.svg$/,
      );
      const svg = new TextDecoder().decode(bytes);
      expect(svg).not.toMatch(/<(img|script|b|i)[\s>]/i);
      const texts = textsOf(svg).join(' ');
      expect(texts).toContain('IT <b>services</b> & exports');
      expect(texts).toContain('<img src=x onerror=alert(1)>');
      expect(texts).toContain('The <script>Times</script> & Co');
      const png = await download(page, { format: 'png', preset: '16:9', scale: 1 });
      expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
      expect(
        await page.evaluate(() => (window as unknown as { __alerted?: boolean }).__alerted),
      ).toBeUndefined();
    },
    async (page) => {
      await page.addInitScript(() => {
        window.alert = () => ((window as unknown as { __alerted: boolean }).__alerted = true);
      });
      await serveClaimsCsv(page, MARKUP_CSV);
    },
  );
});

test('the comparison chart exports with both datasets named', async () => {
  await withPage(async (page) => {
    const shipped = readFileSync('data/claims.csv', 'utf8');
    // The shipped claims with IT services exports for 2025 revised: one changed point.
    const revised = shipped.replace(
      /(it_services_exports,IT services exports,catalogue,Kazakhstan,2025,)1000000000,/,
      '$11200000000,',
    );
    expect(revised).not.toBe(shipped);
    await page.goto(url('?view=datasets'));
    await page
      .getByTestId('upload-input')
      .setInputFiles({ name: 'revised.csv', mimeType: 'text/csv', buffer: Buffer.from(revised) });
    await page.locator('[data-testid="upload-card"][data-status="read"]').waitFor();
    await page.getByTestId('upload-import').first().click();
    await compareReady(page);
    await page.getByTestId('compare-chart').waitFor();
    await page.locator('.compare-chart').getByTestId('export-button').click();
    await page.getByTestId('export-preview').waitFor();
    const title = await page.getByTestId('export-title').inputValue();
    expect(await page.getByTestId('export-subtitle').inputValue()).toMatch(/against revised\.csv/);
    expect(await page.getByTestId('export-notes').inputValue()).toContain(
      'red ring: changed or removed',
    );
    const { name, bytes } = await download(page, { format: 'svg', preset: '16:9' });
    expect(name).toMatch(/^[a-z0-9_]+-[a-z0-9_-]+-\d{4}-\d{2}-\d{2}\.svg$/);
    const texts = textsOf(new TextDecoder().decode(bytes));
    expect(texts).toContain(title);
    expect(texts.join(' ')).toContain('against revised.csv');
    const png = await download(page, { format: 'png', preset: 'square', scale: 2 });
    expect(pngSize(png.bytes)).toEqual({ width: 2160, height: 2160 });
  });
});

test('the first visit loads no export code; opening the dialog does', async () => {
  await withPage(async (page) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script')
        scripts.push(new URL(request.url()).pathname.split('/').pop()!);
    });
    await page.goto(url('?view=metric&metric=it_services_exports'));
    await waitForCharts(page);
    await page.waitForLoadState('networkidle');
    const isExportCode = (name: string) => /^(export-|ExportDialog|installSVGRenderer)/.test(name);
    expect(scripts.filter(isExportCode)).toEqual([]);
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-preview').waitFor();
    expect(scripts.filter(isExportCode).length).toBeGreaterThanOrEqual(2);
  });
});
