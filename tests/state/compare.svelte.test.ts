import { describe, expect, test } from 'vitest';
import { BASELINE_ID, type ClaimStore } from '../../src/db/index.ts';
import { createMemoryStore } from '../../src/db/memory-store.ts';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { CompareState, defaultPair } from '../../src/state/compare.svelte.ts';
import { shippedClaimsFromCsv } from '../../src/lib/claims-csv.ts';

const claim = (id: string, period: string, value: number): Claim => ({
  ...emptyClaim(),
  id,
  metric: 'gdp',
  metric_label: 'GDP',
  entity: 'Kazakhstan',
  period,
  value,
  unit: 'USD',
});

/** A memory store (the page compares itself, no worker) with a baseline and two uploads. */
async function setUp(): Promise<{ store: ClaimStore; ids: { older: string; newer: string } }> {
  const store = createMemoryStore();
  await store.ensureBaseline(
    shippedClaimsFromCsv(
      'id,metric,entity,period,value,unit\nb1,gdp,Kazakhstan,2023,100,USD\nb2,gdp,Kazakhstan,2024,110,USD\n',
    ),
  );
  const older = await store.saveDataset(
    { name: 'older.csv', kind: 'upload', fileName: 'older.csv' },
    [claim('o1', '2023', 100)],
  );
  await new Promise((resolve) => setTimeout(resolve, 2)); // a later creation time
  const newer = await store.saveDataset(
    { name: 'newer.csv', kind: 'upload', fileName: 'newer.csv' },
    [claim('n1', '2023', 100), claim('n2', '2024', 120), claim('n3', '2025', 130)],
  );
  return { store, ids: { older: older.id, newer: newer.id } };
}

describe('CompareState', () => {
  test('by default the baseline against the newest upload; unknown ids fall back', async () => {
    const { store, ids } = await setUp();
    const datasets = await store.listDatasets();
    expect(defaultPair(datasets)).toEqual({ baseId: BASELINE_ID, otherId: ids.newer });
    const state = new CompareState();
    state.choose(datasets, 'deleted', ids.older);
    expect([state.baseId, state.otherId]).toEqual([BASELINE_ID, ids.older]);
    expect(defaultPair([])).toEqual({ baseId: '', otherId: '' });
  });

  test('compares in the page when storage is in memory, and answers its views', async () => {
    const { store } = await setUp();
    const state = new CompareState();
    state.choose(await store.listDatasets());
    await state.compare(store);
    expect(state.status).toBe('ready');
    expect(state.overview?.counts).toMatchObject({ added: 1, changed: 1, unchanged: 1 });
    expect(state.version).toBe(1);
    const page = await state.source!.page({
      status: 'changed',
      sortKey: '',
      descending: false,
      offset: 0,
      limit: 10,
    });
    expect(page.rows.map((row) => row.period)).toEqual(['2024']);
    expect(await state.source!.exportDiff()).toMatch(/^\uFEFFstatus,metric/);
  });

  test('only the newest of two overlapping comparisons lands', async () => {
    const { store, ids } = await setUp();
    const state = new CompareState();
    const datasets = await store.listDatasets();
    state.choose(datasets, BASELINE_ID, ids.newer);
    const first = state.compare(store);
    state.choose(datasets, BASELINE_ID, ids.older);
    const second = state.compare(store);
    await Promise.all([first, second]);
    expect(state.overview?.counts).toMatchObject({ added: 0, removed: 1, unchanged: 1 });
    expect(state.version).toBe(1);
  });

  test('a dataset gone from storage is an error; no pair is idle', async () => {
    const { store, ids } = await setUp();
    const state = new CompareState();
    state.choose(await store.listDatasets(), BASELINE_ID, ids.older);
    await store.deleteDataset(ids.older);
    await state.compare(store);
    expect(state.status).toBe('error');
    expect(state.error).toMatch(/No dataset with id/);
    state.choose([]);
    await state.compare(store);
    expect(state.status).toBe('idle');
  });
});
