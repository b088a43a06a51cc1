/**
 * AppData.start's startup race, with the real stores: Node has no IndexedDB, so storage opens in
 * memory, as in a browser that refuses it. The tests run in order: the first screen is drawn
 * (marked) once per page, as in the app.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AppData } from '../../src/state/app-data.svelte.ts';
import { markOnce } from '../../src/state/marks.ts';
import { shippedClaimsFromCsv } from '../../src/lib/claims-csv.ts';

const SHIPPED = readFileSync('tests/fixtures/dashboard/claims-small.csv', 'utf8');

/** Lets pending promise callbacks and zero-delay timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AppData.start', () => {
  test('shows the shipped claims at once; storage waits for the first screen', async () => {
    const data = new AppData(async () => shippedClaimsFromCsv(SHIPPED));
    const started = data.start('');
    await settle();
    expect(data.status).toBe('ready');
    expect(data.rows.length).toBeGreaterThan(0);
    expect([data.storage, data.store]).toEqual(['pending', undefined]);

    markOnce('sandar:first-chart');
    await started;
    expect(data.storage).toBe('memory');
    expect(data.fallbackReason).not.toBe('');
    expect(data.datasets.map((d) => d.kind)).toEqual(['baseline']);
    expect(data.datasets[0]!.claimCount).toBe(data.rows.length);
  });

  test('a returning visit shows nothing before storage, so a correction is never missing', async () => {
    const data = new AppData(
      async () => shippedClaimsFromCsv(SHIPPED),
      async () => true,
    );
    const started = data.start('');
    // not the shipped claims first: what is stored may correct them, so the claims are ready only
    // once storage is open
    while (data.status === 'loading') await Promise.resolve();
    expect(data.store).toBeDefined();
    await started;
    expect([data.status, data.storage]).toEqual(['ready', 'memory']);
    expect(data.rows.length).toBeGreaterThan(0);
    expect(data.datasetId).toBe('baseline');
  });

  test('a view that draws no first screen gets storage at once', async () => {
    const data = new AppData(async () => shippedClaimsFromCsv(SHIPPED));
    await data.start('', false);
    expect([data.status, data.storage]).toEqual(['ready', 'memory']);
  });

  test('without the shipped claims and nothing stored: an error that says why', async () => {
    const data = new AppData(async () => {
      throw new Error('HTTP 404');
    });
    await data.start('');
    expect(data.csvError).toBe('HTTP 404');
    expect([data.status, data.error]).toEqual(['error', 'HTTP 404']);
  });

  test('a link to a dataset that is not stored shows the baseline', async () => {
    const data = new AppData(async () => shippedClaimsFromCsv(SHIPPED));
    await data.start('gone-upload');
    expect(data.status).toBe('ready');
    expect(data.datasetId).toBe('baseline');
    expect(data.rows.length).toBeGreaterThan(0);
  });

  test('after another tab upgraded the database, announced changes read nothing from it', async () => {
    const data = new AppData(async () => shippedClaimsFromCsv(SHIPPED));
    await data.start('', false);
    const store = data.store!;
    let reads = 0;
    const listDatasets = store.listDatasets.bind(store);
    store.listDatasets = () => {
      reads += 1;
      return listDatasets();
    };
    await data.changed({ kind: 'saved', datasetId: 'x' });
    expect(reads).toBe(1);
    data.versionChanged = true;
    store.close();
    await data.changed({ kind: 'saved', datasetId: 'y' });
    await data.changed({ kind: 'official', datasetId: 'wdi' });
    expect(reads).toBe(1);
  });

  test('problems in the shipped claims are listed with their row', async () => {
    const broken = `${SHIPPED.trimEnd()}\nx,m,M,Kazakhstan,2024,oops,USD\n`;
    const data = new AppData(async () => shippedClaimsFromCsv(broken));
    await data.start('', false);
    expect(data.baselineProblems.length).toBeGreaterThan(0);
    expect(data.baselineProblems.join('\n')).toMatch(/row \d+/);
  });
});
