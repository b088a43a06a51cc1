import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { emptyClaim } from '../../src/lib/claim.ts';
import type { Correction } from '../../src/lib/corrections.ts';
import {
  BASELINE_ID,
  CHANGES_CHANNEL,
  watchChanges,
  type DatasetChange,
} from '../../src/db/index.ts';
import { openDexieStore } from '../../src/db/dexie-store.ts';
import { shippedClaimsFromCsv } from '../../src/lib/claims-csv.ts';

const SMALL_CSV = readFileSync('tests/fixtures/dashboard/claims-small.csv', 'utf8');

/** What another tab hears: a channel of its own on the same name. */
function listen() {
  const heard: DatasetChange[] = [];
  const other = new BroadcastChannel(CHANGES_CHANNEL);
  other.onmessage = (event: MessageEvent<DatasetChange>) => heard.push(event.data);
  return { heard, close: () => other.close() };
}

describe('dataset changes reach the other tabs', () => {
  test('storing, renaming and deleting a dataset, and a new baseline, are announced', async () => {
    const store = await openDexieStore({
      indexedDB: new IDBFactory(),
      IDBKeyRange: FakeKeyRange,
      name: 'changes-test',
    });
    const { heard, close } = listen();
    await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV));
    await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV)); // unchanged: nothing to say
    const meta = await store.saveDataset({ name: 'a', kind: 'upload' }, [emptyClaim()]);
    await store.renameDataset(meta.id, 'b');
    await store.deleteDataset(meta.id);
    await expect.poll(() => heard.length).toBe(4);
    expect(heard).toEqual([
      { kind: 'baseline', datasetId: BASELINE_ID },
      { kind: 'saved', datasetId: meta.id },
      { kind: 'renamed', datasetId: meta.id },
      { kind: 'deleted', datasetId: meta.id },
    ]);
    close();
    store.close();
  });

  test('a document stored, and a correction stored or removed, are announced', async () => {
    const store = await openDexieStore({
      indexedDB: new IDBFactory(),
      IDBKeyRange: FakeKeyRange,
      name: 'changes-corrections-test',
    });
    const { heard, close } = listen();
    const meta = await store.saveDocumentDataset(
      { name: 'note', fileName: 'note.txt' },
      {
        sourceId: 'note',
        fileName: 'note.txt',
        title: 'Note',
        outlet: '',
        url: '',
        published: '',
        text: 'Exports 5%.',
      },
      [{ ...emptyClaim(), id: 'c1', source_id: 'note' }],
    );
    const correction: Correction = {
      id: 'k1',
      claimId: 'c1',
      datasetId: meta.id,
      action: 'reject',
      before: {},
      after: {},
      author: '',
      createdAt: 1,
      note: '',
    };
    await store.addCorrection(correction);
    await store.deleteCorrection('k1');
    await expect.poll(() => heard.length).toBe(3);
    expect(heard).toEqual([
      { kind: 'saved', datasetId: meta.id },
      { kind: 'corrected', datasetId: meta.id },
      { kind: 'corrected', datasetId: meta.id },
    ]);
    close();
    store.close();
  });

  test('an official table stored, shipped or deleted is announced; an unchanged one is not', async () => {
    const store = await openDexieStore({
      indexedDB: new IDBFactory(),
      IDBKeyRange: FakeKeyRange,
      name: 'changes-official-test',
    });
    const { heard, close } = listen();
    const table = {
      name: 'WDI GDP',
      source: 'World Bank',
      fileName: 'wdi.csv',
      downloaded: '2026-07-02',
      tableKey: 'wdi#gdp',
    };
    const value = {
      metric: 'gdp',
      entity: 'Kazakhstan',
      period: '2023',
      value: 2.6e11,
      unit: 'USD',
      indicator: 'GDP (current US$)',
    };
    const saved = await store.official.save(table, [value]);
    await store.official.ensureShipped({ ...table, tableKey: 'ship', hash: 'h' }, [value]);
    await store.official.ensureShipped({ ...table, tableKey: 'ship', hash: 'h' }, [value]);
    await store.official.delete(saved.id);
    await expect.poll(() => heard.length).toBe(3);
    const shipped = (await store.official.list()).find((m) => m.shipped)!;
    expect(heard).toEqual([
      { kind: 'official', datasetId: saved.id },
      { kind: 'official', datasetId: shipped.id },
      { kind: 'official', datasetId: saved.id },
    ]);
    close();
    store.close();
  });

  test('watchChanges hears another tab, and stops when asked', async () => {
    const heard: DatasetChange[] = [];
    const stop = watchChanges((change) => heard.push(change));
    const other = new BroadcastChannel(CHANGES_CHANNEL);
    other.postMessage({ kind: 'deleted', datasetId: 'x' } satisfies DatasetChange);
    await expect.poll(() => heard).toEqual([{ kind: 'deleted', datasetId: 'x' }]);
    stop();
    other.postMessage({ kind: 'deleted', datasetId: 'y' } satisfies DatasetChange);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toHaveLength(1);
    other.close();
  });
});
