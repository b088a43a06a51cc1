import { readFileSync } from 'node:fs';
import {
  IDBFactory,
  IDBKeyRange as FakeKeyRange,
  IDBObjectStore as FakeObjectStore,
} from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import {
  BASELINE_ID,
  CHUNK_SIZE,
  DatasetNotFoundError,
  StorageQuotaError,
  openClaimStore,
  type ClaimStore,
} from '../../src/db/index.ts';
import { isQuotaError, openDexieStore } from '../../src/db/dexie-store.ts';
import { OFFICIAL_STORES } from '../../src/db/official-dexie.ts';
import { createMemoryStore } from '../../src/db/memory-store.ts';
import { shippedClaimsFromCsv } from '../../src/lib/claims-csv.ts';

const SMALL_CSV = readFileSync('tests/fixtures/dashboard/claims-small.csv', 'utf8');

function claims(count: number, metric = 'm'): Claim[] {
  return Array.from({ length: count }, (_, i) => ({
    ...emptyClaim(),
    id: `c${i}`,
    metric,
    entity: 'Kazakhstan',
    period: '2024',
    value: i,
  }));
}

let dbCounter = 0;
/** A fresh fake IndexedDB per test, so tests never see each other's data. */
function freshFactory() {
  return { indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange, name: `test-${++dbCounter}` };
}

const backends: { name: string; open: () => Promise<ClaimStore> }[] = [
  { name: 'dexie (fake-indexeddb)', open: () => openDexieStore(freshFactory()) },
  { name: 'memory', open: async () => createMemoryStore() },
];

describe.each(backends)('$name store', ({ open }) => {
  test('saves a dataset across chunks and loads its claims back in order', async () => {
    const store = await open();
    const input = claims(CHUNK_SIZE * 2 + 7);
    const progress: number[] = [];
    const meta = await store.saveDataset(
      { name: 'upload.csv', kind: 'upload', fileName: 'upload.csv' },
      input,
      {
        onProgress: (written) => progress.push(written),
      },
    );
    expect(meta).toMatchObject({
      name: 'upload.csv',
      kind: 'upload',
      claimCount: input.length,
      fileName: 'upload.csv',
    });
    expect(progress.at(-1)).toBe(input.length);
    const loaded = await store.loadDatasetClaims(meta.id);
    expect(loaded).toEqual(input);
    expect(loaded).not.toBe(input);
    store.close();
  });

  test('lists the baseline first, then uploads newest first; renames and deletes', async () => {
    const store = await open();
    const first = await store.saveDataset({ name: 'a', kind: 'upload' }, claims(3));
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = await store.saveDataset({ name: 'b', kind: 'upload' }, claims(2));
    await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV));
    expect((await store.listDatasets()).map((d) => d.id)).toEqual([
      BASELINE_ID,
      second.id,
      first.id,
    ]);

    const renamed = await store.renameDataset(first.id, 'renamed');
    expect(renamed.name).toBe('renamed');
    expect((await store.getDataset(first.id))?.name).toBe('renamed');

    await store.deleteDataset(first.id);
    expect((await store.listDatasets()).map((d) => d.id)).toEqual([BASELINE_ID, second.id]);
    await expect(store.loadDatasetClaims(first.id)).rejects.toBeInstanceOf(DatasetNotFoundError);
    await expect(store.renameDataset(first.id, 'x')).rejects.toBeInstanceOf(DatasetNotFoundError);
    expect(await store.loadDatasetClaims(second.id)).toHaveLength(2);
    store.close();
  });

  test('imports the baseline once, keeps it while the CSV is unchanged, replaces only it when it changes', async () => {
    const store = await open();
    const upload = await store.saveDataset({ name: 'mine', kind: 'upload' }, claims(5));

    const first = await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV));
    expect(first.status).toBe('imported');
    expect(first.problems).toEqual([]);
    expect(first.meta.claimCount).toBe(9);

    const again = await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV));
    expect(again.status).toBe('unchanged');
    expect(await store.loadDatasetClaims(BASELINE_ID)).toHaveLength(9);

    const changed = SMALL_CSV.split('\n').slice(0, 3).join('\n') + '\n';
    const replaced = await store.ensureBaseline(shippedClaimsFromCsv(changed));
    expect(replaced.status).toBe('replaced');
    expect(replaced.meta.hash).not.toBe(first.meta.hash);
    expect((await store.loadDatasetClaims(BASELINE_ID)).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(await store.loadDatasetClaims(upload.id)).toEqual(claims(5));
    expect((await store.listDatasets()).filter((d) => d.kind === 'baseline')).toHaveLength(1);
    store.close();
  });

  test('stores the valid rows of a baseline with problems and reports the problems', async () => {
    const store = await open();
    const broken = SMALL_CSV.replace(
      'c5,digital_economy_gdp_share,Digital economy share of GDP,Kazakhstan,2024,4.5',
      'c5,digital_economy_gdp_share,Digital economy share of GDP,Kazakhstan,2024,4.5x',
    );
    const result = await store.ensureBaseline(shippedClaimsFromCsv(broken));
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 6, column: 'value', value: '4.5x' }),
    ]);
    expect(result.meta.claimCount).toBe(8);
    store.close();
  });
});

const DOCUMENT = {
  sourceId: 'it_note-1a2b3c4d',
  fileName: 'it-note.txt',
  title: 'IT note',
  outlet: 'Ministry',
  url: 'https://example.org/it-note',
  published: '2025-02-10',
  text: 'IT exports reached $1.2 billion in 2024.',
};

describe.each(backends)('$name store: documents and corrections', ({ open }) => {
  test('a document and its claims are stored together, found by source id, deleted together', async () => {
    const store = await open();
    const meta = await store.saveDocumentDataset(
      { name: 'IT note', fileName: 'it-note.txt' },
      DOCUMENT,
      claims(3),
    );
    expect(meta).toMatchObject({ name: 'IT note', kind: 'document', claimCount: 3 });
    expect(await store.loadDatasetClaims(meta.id)).toEqual(claims(3));
    expect(await store.getDocument(DOCUMENT.sourceId)).toMatchObject({
      ...DOCUMENT,
      datasetId: meta.id,
    });
    expect(await store.getDocument('other')).toBeUndefined();
    await store.deleteDataset(meta.id);
    expect(await store.getDocument(DOCUMENT.sourceId)).toBeUndefined();
    expect(await store.listDatasets()).toEqual([]);
    store.close();
  });

  test('corrections are records of their own, listed oldest first, deleted by id', async () => {
    const store = await open();
    const base = {
      claimId: 'c1',
      datasetId: BASELINE_ID,
      action: 'edit' as const,
      before: { value: 1 },
      after: { value: 2 },
      author: '',
      note: '',
    };
    await store.addCorrection({ ...base, id: 'k2', createdAt: 20 });
    await store.addCorrection({ ...base, id: 'k1', createdAt: 10 });
    expect((await store.listCorrections()).map((c) => c.id)).toEqual(['k1', 'k2']);
    await expect(store.addCorrection({ ...base, id: 'k1', createdAt: 30 })).rejects.toThrow();
    await store.deleteCorrection('k1');
    expect((await store.listCorrections()).map((c) => c.id)).toEqual(['k2']);
    // a deleted dataset takes its corrections with it; others keep theirs
    const upload = await store.saveDataset({ name: 'u', kind: 'upload' }, claims(1));
    await store.addCorrection({ ...base, id: 'k3', datasetId: upload.id, createdAt: 40 });
    await store.deleteDataset(upload.id);
    expect((await store.listCorrections()).map((c) => c.id)).toEqual(['k2']);
    store.close();
  });
});

describe('dexie store', () => {
  test('keeps data across connections, and a second ensureBaseline after reopening imports nothing', async () => {
    const options = freshFactory();
    const store = await openDexieStore(options);
    await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV));
    store.close();
    const reopened = await openDexieStore(options);
    expect((await reopened.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV))).status).toBe(
      'unchanged',
    );
    expect(await reopened.listDatasets()).toHaveLength(1);
    expect(await reopened.loadDatasetClaims(BASELINE_ID)).toHaveLength(9);
    reopened.close();
  });

  test('two tabs importing the same baseline at once store it once', async () => {
    const options = freshFactory();
    const [a, b] = await Promise.all([openDexieStore(options), openDexieStore(options)]);
    const results = await Promise.all([
      a.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV)),
      b.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['imported', 'unchanged']);
    expect(await a.loadDatasetClaims(BASELINE_ID)).toHaveLength(9);
    a.close();
    b.close();
  });

  test('a failure inside the save leaves no partial dataset', async () => {
    const options = freshFactory();
    const store = await openDexieStore(options);
    const bad = claims(CHUNK_SIZE * 3);
    // A function cannot be structured-cloned: the third chunk fails after two were added.
    (bad[CHUNK_SIZE * 2 + 1] as unknown as { quote: unknown }).quote = () => 1;
    await expect(store.saveDataset({ name: 'bad', kind: 'upload' }, bad)).rejects.toThrow();
    expect(await store.listDatasets()).toEqual([]);
    store.close();
    const reopened = await openDexieStore(options);
    expect(await reopened.listDatasets()).toEqual([]);
    reopened.close();
  });

  test('a document whose claims cannot be stored leaves neither claims nor text', async () => {
    const store = await openDexieStore(freshFactory());
    const bad = claims(3);
    (bad[1] as unknown as { quote: unknown }).quote = () => 1;
    await expect(store.saveDocumentDataset({ name: 'bad' }, DOCUMENT, bad)).rejects.toThrow();
    expect(await store.listDatasets()).toEqual([]);
    expect(await store.getDocument(DOCUMENT.sourceId)).toBeUndefined();
    store.close();
  });

  test('a version 1 database is upgraded with its datasets kept', async () => {
    const options = freshFactory();
    const { default: Dexie } = await import('dexie');
    const old = new Dexie(options.name, options);
    old.version(1).stores({ datasets: 'id, kind, createdAt', chunks: '[datasetId+index]' });
    await old.table('datasets').add({
      id: 'ds-old',
      name: 'old',
      kind: 'upload',
      createdAt: 1,
      claimCount: 0,
      hash: '',
      fileName: '',
    });
    old.close();
    const store = await openDexieStore(options);
    expect((await store.listDatasets()).map((d) => d.id)).toEqual(['ds-old']);
    expect(await store.listCorrections()).toEqual([]);
    store.close();
  });

  test('an old connection hears about a newer schema and closes', async () => {
    const options = freshFactory();
    let told = 0;
    const store = await openDexieStore({ ...options, onVersionChange: () => told++ });
    const request = options.indexedDB.open(options.name, 100);
    await new Promise<void>((resolve, reject) => {
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(told).toBe(1);
    await expect(store.listDatasets()).rejects.toThrow();
  });
});

describe('chunk records', () => {
  test('written as columns: a tab of a build that wrote objects is told to reload', async () => {
    const options = freshFactory();
    // The schema of the builds before claim-columns.ts, as they opened the database.
    const older = new Dexie(options.name, options);
    older.version(1).stores({ datasets: 'id, kind, createdAt', chunks: '[datasetId+index]' });
    older.version(2).stores({
      documents: 'sourceId, datasetId',
      corrections: 'id, claimId, datasetId, createdAt',
    });
    older.version(3).stores(OFFICIAL_STORES);
    let told = 0;
    older.on('versionchange', () => {
      told++;
      older.close();
      return false;
    });
    await older.open();
    const store = await openDexieStore(options);
    expect(told).toBe(1);
    expect(await store.listDatasets()).toEqual([]);
    store.close();
  });

  test('of earlier builds (claims as objects) load beside new ones (columns)', async () => {
    const options = freshFactory();
    const store = await openDexieStore(options);
    const fresh = await store.saveDataset({ name: 'new', kind: 'upload' }, claims(CHUNK_SIZE + 1));
    store.close();
    // Written as a build before claim-columns.ts wrote them: a record holding the objects.
    const db = new Dexie(options.name, options);
    await db.open();
    const older = claims(5, 'older');
    await db.table('datasets').add({ ...fresh, id: 'ds-older', claimCount: older.length });
    await db.table('chunks').add({ datasetId: 'ds-older', index: 0, claims: older });
    db.close();
    const reopened = await openDexieStore(options);
    expect(await reopened.loadDatasetClaims('ds-older')).toEqual(older);
    expect(await reopened.loadDatasetClaims(fresh.id)).toEqual(claims(CHUNK_SIZE + 1));
    reopened.close();
  });
});

describe('claims staged ahead of an Import', () => {
  /** How many claims are stored under each dataset id, listed or not. */
  async function chunkedCounts(options: ReturnType<typeof freshFactory>) {
    const db = new Dexie(options.name, options);
    await db.open();
    const records = (await db.table('chunks').toArray()) as {
      datasetId: string;
      columns: { id: [] };
    }[];
    db.close();
    const counts: Record<string, number> = {};
    for (const r of records) counts[r.datasetId] = (counts[r.datasetId] ?? 0) + r.columns.id.length;
    return counts;
  }

  test('are out of sight until published, then one dataset with every claim in order', async () => {
    const options = freshFactory();
    const store = await openDexieStore(options);
    const input = claims(CHUNK_SIZE * 9 + 3);
    const told: number[] = [];
    const staged = await store.staging!.stage('ds-a', input, (written) => told.push(written) > 0);
    expect(staged).toBe(true);
    expect(told.at(-1)).toBe(input.length);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(await store.listDatasets()).toEqual([]);
    await expect(store.loadDatasetClaims('ds-a')).rejects.toBeInstanceOf(DatasetNotFoundError);
    const meta = await store.staging!.publish('ds-a', { name: 'a', kind: 'upload' }, input);
    expect(meta).toMatchObject({ id: 'ds-a', name: 'a', claimCount: input.length });
    expect(await store.listDatasets()).toEqual([meta]);
    expect(await store.loadDatasetClaims('ds-a')).toEqual(input);
    // Dropping a published id is a no-op: a dataset's claims are never removed this way.
    await store.staging!.drop('ds-a');
    expect(await store.loadDatasetClaims('ds-a')).toHaveLength(input.length);
    store.close();
  });

  test('a staging cut short (stopped, or dropped elsewhere) is written whole on publish', async () => {
    const options = freshFactory();
    const store = await openDexieStore(options);
    const input = claims(CHUNK_SIZE * 10);
    expect(await store.staging!.stage('ds-b', input, (written) => written === 0)).toBe(false);
    expect(await chunkedCounts(options)).toEqual({}); // stopped midway: nothing of it stays
    await store.staging!.stage('ds-b', input, () => true);
    await store.staging!.dropAbandoned(async () => new Set()); // as another tab would
    await store.staging!.publish('ds-b', { name: 'b', kind: 'upload' }, input);
    expect(await store.loadDatasetClaims('ds-b')).toEqual(input);
    expect(await chunkedCounts(options)).toEqual({ 'ds-b': input.length });
    store.close();
  });

  test('dropped ones leave nothing; abandoned ones go unless their lock is held', async () => {
    const options = freshFactory();
    const store = await openDexieStore(options);
    await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV));
    for (const id of ['ds-dropped', 'ds-live', 'ds-abandoned'])
      await store.staging!.stage(id, claims(CHUNK_SIZE + 1), () => true);
    await store.staging!.drop('ds-dropped');
    await store.staging!.dropAbandoned(async () => new Set(['sandar-staging:ds-live']));
    expect(await chunkedCounts(options)).toEqual({ [BASELINE_ID]: 9, 'ds-live': CHUNK_SIZE + 1 });
    expect(await store.loadDatasetClaims(BASELINE_ID)).toHaveLength(9);
    store.close();
  });
});

describe('a full disk', () => {
  afterEach(() => vi.restoreAllMocks());

  // fake-indexeddb has no quota, so the browser's error is raised where a real one would be:
  // when a record is written. Everything else (Dexie, the transaction, the rollback) is real.
  test('gives a StorageQuotaError that names the dataset, and keeps what was stored', async () => {
    const store = await openDexieStore(freshFactory());
    const kept = await store.saveDataset({ name: 'kept', kind: 'upload' }, claims(10));
    const realAdd = FakeObjectStore.prototype.add;
    let writes = 0;
    vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (++writes > 2)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    const failure = store.saveDataset({ name: 'big.csv', kind: 'upload' }, claims(CHUNK_SIZE * 4));
    await expect(failure).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(failure).rejects.toThrow(/"big.csv"; nothing was saved/);
    vi.restoreAllMocks();
    expect((await store.listDatasets()).map((d) => d.name)).toEqual(['kept']);
    expect(await store.loadDatasetClaims(kept.id)).toEqual(claims(10));
    store.close();
  });
});

describe('openClaimStore', () => {
  test('falls back to memory with a reason when there is no IndexedDB', async () => {
    const { store, fallbackReason } = await openClaimStore({ name: 'none' });
    // Node has no global indexedDB unless fake-indexeddb/auto is imported.
    expect(store.backend).toBe('memory');
    expect(fallbackReason).toMatch(/no IndexedDB/);
  });

  test('falls back to memory with a reason when opening is refused', async () => {
    const refusing = {
      open() {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    } as unknown as IDBFactory;
    const { store, fallbackReason } = await openClaimStore({
      indexedDB: refusing,
      IDBKeyRange: FakeKeyRange,
    });
    expect(store.backend).toBe('memory');
    expect(fallbackReason).toMatch(/refused storage/);
    expect((await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV))).status).toBe('imported');
  });

  test('a page older than the stored schema (a newer Sandar ran in another tab) still uses it', async () => {
    const options = freshFactory();
    const first = await openDexieStore(options);
    await first.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV));
    first.close();
    // A later version that added an index: same tables, higher version number.
    const request = options.indexedDB.open(options.name, 100);
    request.onupgradeneeded = () =>
      request.transaction!.objectStore('datasets').createIndex('name', 'name');
    await new Promise<void>((resolve, reject) => {
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const { store, fallbackReason } = await openClaimStore(options);
    expect(fallbackReason).toBeUndefined();
    expect((await store.ensureBaseline(shippedClaimsFromCsv(SMALL_CSV))).status).toBe('unchanged');
    expect(await store.loadDatasetClaims(BASELINE_ID)).toHaveLength(9);
    store.close();
  });

  test('uses IndexedDB when it works', async () => {
    const { store, fallbackReason } = await openClaimStore(freshFactory());
    expect(store.backend).toBe('indexeddb');
    expect(fallbackReason).toBeUndefined();
    store.close();
  });
});

describe('isQuotaError / StorageQuotaError', () => {
  test.each([
    { error: new DOMException('full', 'QuotaExceededError'), expected: true },
    { error: { name: 'AbortError', inner: { name: 'QuotaExceededError' } }, expected: true },
    { error: new Error('other'), expected: false },
    { error: undefined, expected: false },
  ])('$error → $expected', ({ error, expected }) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  test('names what was not saved and says nothing was saved', () => {
    expect(new StorageQuotaError('"big.csv"').message).toMatch(/save "big.csv"; nothing was saved/);
  });
});

describe.each(backends)('$name store: official tables', ({ open }) => {
  const gdp = (value: number, period = '2024') => ({
    metric: 'gdp',
    entity: 'Kazakhstan',
    period,
    value,
    unit: 'USD',
    indicator: 'GDP (current US$)',
  });
  const table = {
    name: 'WDI GDP',
    source: 'World Bank, World Development Indicators',
    fileName: 'API_NY.GDP.MKTP.CD.csv',
    downloaded: '2026-07-02',
    tableKey: 'wdi|country name#NY.GDP.MKTP.CD',
  };

  test('a newer download of the same table is a new version; the older one stays', async () => {
    const store = await open();
    const first = await store.official.save(table, [gdp(2.8e11)]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = await store.official.save({ ...table, downloaded: '2027-07-01' }, [gdp(2.9e11)]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const other = await store.official.save({ ...table, tableKey: 'weo#NGDPD' }, [gdp(3e11)]);
    expect([first.vintage, second.vintage, other.vintage]).toEqual([1, 2, 1]);
    expect(first).toMatchObject({ ...table, shipped: false, valueCount: 1 });
    expect((await store.official.list()).map((m) => m.id)).toEqual([other.id, second.id, first.id]);
    expect(await store.official.load(first.id)).toEqual([gdp(2.8e11)]);
    expect(await store.official.load(second.id)).toEqual([gdp(2.9e11)]);
    // Official tables are never datasets of claims, and never touch the baseline.
    expect(await store.listDatasets()).toEqual([]);
    await store.official.delete(first.id);
    await expect(store.official.load(first.id)).rejects.toThrow(DatasetNotFoundError);
    store.close();
  });

  test('a shipped table is stored once per content and replaced by a new build’s', async () => {
    const store = await open();
    const uploaded = await store.official.save(table, [gdp(1)]);
    const shipped = { ...table, hash: 'h1' };
    expect(await store.official.ensureShipped(shipped, [gdp(2)])).toBe('imported');
    expect(await store.official.ensureShipped(shipped, [gdp(2)])).toBe('unchanged');
    expect(await store.official.ensureShipped({ ...shipped, hash: 'h2' }, [gdp(3)])).toBe(
      'replaced',
    );
    const list = await store.official.list();
    expect(list.map((m) => [m.shipped, m.hash])).toEqual([
      [true, 'h2'],
      [false, ''],
    ]);
    expect(await store.official.load(uploaded.id)).toEqual([gdp(1)]);
    store.close();
  });

  test('a version is read back a few hundred series at a time, each series whole', async () => {
    const store = await open();
    const values = Array.from({ length: 450 }, (_, i) => ({
      ...gdp(i, String(2000 + (i % 3))),
      entity: `Country ${Math.floor(i / 3)}`,
    }));
    const saved = await store.official.save(table, values);
    const pages: number[] = [];
    const read: (typeof values)[] = [];
    await store.official.eachSeries(saved.id, (page) => {
      pages.push(page.length);
      read.push(...page);
    });
    expect(read).toHaveLength(150);
    expect(read.every((s) => s.length === 3 && s.every((v) => v.entity === s[0]!.entity))).toBe(
      true,
    );
    const byEntityAndValue = (list: typeof values) =>
      [...list].sort((a, b) => a.entity.localeCompare(b.entity) || a.value - b.value);
    expect(byEntityAndValue(read.flat())).toEqual(byEntityAndValue(values));
    expect(Math.max(...pages)).toBeLessThanOrEqual(200);
    expect(byEntityAndValue(await store.official.load(saved.id))).toEqual(byEntityAndValue(values));
    // Only the series asked for are read; one the version lacks is no error.
    const some: (typeof values)[] = [];
    await store.official.eachSeries(
      saved.id,
      (page) => void some.push(...page),
      new Set(['gdp\u0000Country 7', 'gdp\u0000Country 149', 'gdp\u0000Nowhere']),
    );
    expect(some.map((s) => [s[0]!.entity, s.length]).sort()).toEqual([
      ['Country 149', 3],
      ['Country 7', 3],
    ]);
    await store.official.delete(saved.id);
    await expect(store.official.eachSeries(saved.id, () => {})).rejects.toThrow(
      DatasetNotFoundError,
    );
    store.close();
  });

  test('remembers a layout’s mapping by its key', async () => {
    const store = await open();
    const mapping = {
      key: 'wdi|country name|country code|indicator name|indicator code',
      roles: { entity: 0, indicator: 2, code: 3, unit: -1, period: -1, value: -1 },
      indicators: [{ key: 'NY.GDP.MKTP.CD', metric: 'gdp', unit: 'USD', scale: 1 }],
      source: 'World Bank, World Development Indicators',
      savedAt: 5,
    };
    expect(await store.official.mapping(mapping.key)).toBeUndefined();
    await store.official.saveMapping(mapping);
    expect(await store.official.mapping(mapping.key)).toEqual(mapping);
    await store.official.saveMapping({ ...mapping, source: 'WDI', savedAt: 6 });
    expect((await store.official.mapping(mapping.key))?.source).toBe('WDI');
    store.close();
  });
});

test('schema version 3 adds the official tables to a version 1 database, keeping its data', async () => {
  const factory = freshFactory();
  const old = new Dexie(factory.name, factory);
  old.version(1).stores({ datasets: 'id, kind, createdAt', chunks: '[datasetId+index]' });
  await old.table('datasets').add({ ...meta('kept'), claimCount: 1 });
  await old.table('chunks').add({ datasetId: 'kept', index: 0, claims: claims(1) });
  old.close();
  const store = await openDexieStore(factory);
  expect(await store.loadDatasetClaims('kept')).toEqual(claims(1));
  expect(await store.official.list()).toEqual([]);
  store.close();
});

test('a version stored in one record (before values were kept per series) still reads', async () => {
  const factory = freshFactory();
  const store = await openDexieStore(factory);
  store.close();
  const db = new Dexie(factory.name, factory);
  await db.open();
  const value = { metric: 'gdp', entity: 'Kazakhstan', period: '2023', value: 2.6e11, unit: 'USD' };
  const values = [value, { ...value, entity: 'Uzbekistan' }, { ...value, period: '2022' }];
  await db.table('official').add({ id: 'of-old', tableKey: 't', createdAt: 1, vintage: 1 });
  await db.table('officialValues').add({ id: 'of-old', values });
  db.close();
  const reopened = await openDexieStore(factory);
  const series: unknown[][] = [];
  await reopened.official.eachSeries('of-old', (page) => void series.push(...page));
  expect(series).toEqual([[values[0], values[2]], [values[1]]]);
  await reopened.official.delete('of-old');
  await expect(reopened.official.load('of-old')).rejects.toThrow(DatasetNotFoundError);
  reopened.close();
});

function meta(id: string) {
  return { id, name: id, kind: 'upload', createdAt: 1, claimCount: 0, hash: '', fileName: '' };
}
