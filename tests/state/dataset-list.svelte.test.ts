import { describe, expect, test } from 'vitest';
import type { ClaimStore, DatasetMeta } from '../../src/db/index.ts';
import { createMemoryStore } from '../../src/db/memory-store.ts';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { recentClaims } from '../../src/state/compare-cache.ts';
import { DatasetListState } from '../../src/state/dataset-list.svelte.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/view-state.ts';

const claim = (value: number): Claim => ({
  ...emptyClaim(),
  id: `c${value}`,
  metric: 'gdp',
  metric_label: 'GDP',
  entity: 'Kazakhstan',
  period: '2024',
  value,
  unit: 'USD',
});

/** A list over a memory store holding one upload, and a record of what it asked for. */
async function setUp(options: { viewing?: boolean; failRename?: boolean } = {}) {
  const store: ClaimStore = createMemoryStore();
  const dataset = await store.saveDataset(
    { name: 'upload.csv (1)', kind: 'upload', fileName: 'upload.csv' },
    [claim(1), claim(2)],
  );
  if (options.failRename)
    store.renameDataset = () => Promise.reject(new Error('the store is closed'));
  const calls: string[] = [];
  const view = {
    state: { ...DEFAULT_VIEW_STATE, dataset: options.viewing ? dataset.id : '' } as ViewState,
    go(patch: Partial<ViewState>) {
      calls.push(`go ${JSON.stringify(patch)}`);
      this.state = { ...this.state, ...patch };
    },
  };
  let listed: DatasetMeta[] = [];
  const list = new DatasetListState({
    store: () => store,
    refresh: async () => {
      listed = await store.listDatasets();
      calls.push('refresh');
    },
    view,
    forgetInWorker: (id) => calls.push(`forget ${id === dataset.id ? 'dataset' : id}`),
    exportInWorker: async () => 'from the worker',
    download: (text, fileName) => calls.push(`download ${fileName} ${text.length}`),
    compare: (baseId, otherId) => calls.push(`compare ${baseId} ${otherId === dataset.id}`),
  });
  return { store, dataset, list, calls, view, listed: () => listed };
}

describe('DatasetListState', () => {
  test.each([
    { typed: '  Revised  ', stored: 'Revised', renamed: true },
    { typed: '   ', stored: 'upload.csv (1)', renamed: false },
    { typed: 'upload.csv (1)', stored: 'upload.csv (1)', renamed: false },
  ])('renaming to $typed stores $stored', async ({ typed, stored }) => {
    const { store, dataset, list, calls } = await setUp();
    list.startRenaming(dataset);
    expect([list.renaming, list.newName]).toEqual([dataset.id, dataset.name]);
    list.newName = typed;
    await list.rename(dataset);
    expect((await store.getDataset(dataset.id))?.name).toBe(stored);
    expect([list.renaming, list.busy, list.error]).toEqual(['', '', '']);
    expect(calls).toEqual(['refresh']);
  });

  test('a failed rename says why and stays open', async () => {
    const { dataset, list, calls } = await setUp({ failRename: true });
    list.startRenaming(dataset);
    list.newName = 'Other';
    await list.rename(dataset);
    expect([list.error, list.renaming, list.busy]).toEqual(['the store is closed', dataset.id, '']);
    expect(calls).toEqual([]);
  });

  test.each([
    { viewing: true, left: ['go {"dataset":""}'] },
    { viewing: false, left: [] },
  ])(
    'deleting drops the dataset and its caches; viewing it: $viewing',
    async ({ viewing, left }) => {
      const { store, dataset, list, calls, listed } = await setUp({ viewing });
      recentClaims.set(dataset.id, [claim(1)]);
      list.confirming = dataset.id;
      await list.remove(dataset);
      expect(await store.getDataset(dataset.id)).toBeUndefined();
      expect(recentClaims.get(dataset.id)).toBeUndefined();
      expect(list.confirming).toBe('');
      expect(calls).toEqual(['forget dataset', ...left, 'refresh']);
      expect(listed()).toEqual([]);
    },
  );

  test('export from memory writes the spreadsheet CSV named after the file', async () => {
    const { dataset, list, calls } = await setUp();
    await list.exportCsv(dataset);
    expect(calls).toEqual([
      expect.stringMatching(new RegExp(`^download upload-${dataset.id}\\.csv \\d+$`)),
    ]);
    expect(list.error).toBe('');
  });

  test('compare opens the baseline against the dataset', async () => {
    const { dataset, list, calls, view } = await setUp();
    list.compare(dataset);
    expect(calls).toEqual(['compare baseline true', 'go {"view":"compare"}']);
    expect(view.state.view).toBe('compare');
  });
});
