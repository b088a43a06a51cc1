import Dexie, { type Table } from 'dexie';
import type { Claim } from '../lib/claim.ts';
import type { ShippedClaims } from '../lib/shipped-claims.ts';
import { chunk, compareDatasets, newDatasetMeta, prepareBaseline } from './baseline.ts';
import { fromColumns, toColumns, type ClaimColumns } from './claim-columns.ts';
import { announceChange } from './changes.ts';
import type { LayoutMapping, OfficialValue } from '../lib/official/official.ts';
import { dexieOfficialStore, OFFICIAL_STORES } from './official-dexie.ts';
import {
  BASELINE_ID,
  CHUNK_SIZE,
  DatasetNotFoundError,
  StorageQuotaError,
  type BaselineResult,
  type ClaimStore,
  type Correction,
  type DatasetMeta,
  type NewDataset,
  type OfficialMeta,
  type OfficialStore,
  type NewDocument,
  type SaveOptions,
  type StagingStore,
  type StoredDocument,
  stagingLock,
} from './types.ts';
import { DB_NAME } from './stored.ts';

/**
 * One stored record per `CHUNK_SIZE` claims, keyed by dataset and position. Written as columns
 * (claim-columns.ts); records of earlier builds hold the claims as objects, and are read as such.
 */
interface ChunkRecord {
  datasetId: string;
  index: number;
  columns?: ClaimColumns;
  claims?: Claim[];
}

/** A record's claims, in either form. */
function claimsOf(record: ChunkRecord): Claim[] {
  return record.columns ? fromColumns(record.columns) : (record.claims ?? []);
}

class SandarDb extends Dexie {
  datasets!: Table<DatasetMeta, string>;
  chunks!: Table<ChunkRecord, [string, number]>;
  official!: Table<OfficialMeta, string>;
  officialValues!: Table<{ id: string; values: OfficialValue[] }, string>;
  layouts!: Table<LayoutMapping, string>;
  documents!: Table<StoredDocument, string>;
  corrections!: Table<Correction, string>;

  constructor(name: string, options: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // A shipped version is never edited: add version(2) with an upgrade() instead.
    this.version(1).stores({
      datasets: 'id, kind, createdAt',
      chunks: '[datasetId+index]',
    });
    // Documents added in the browser (their text, for provenance) and corrections to claims.
    // Nothing to migrate: both tables start empty.
    this.version(2).stores({
      documents: 'sourceId, datasetId',
      corrections: 'id, claimId, datasetId, createdAt',
    });
    // Official tables (figures, their versions, remembered layouts), apart from claims.
    this.version(3).stores(OFFICIAL_STORES);
    // Chunk records hold their claims as columns (claim-columns.ts). No index changes and nothing
    // to migrate (both forms are read), but a tab still open on an earlier build, which reads
    // only objects, hears of this version and asks for a reload instead of misreading them.
    this.version(4).stores({});
    // Columns whose texts repeat hold each text once (claim-columns.ts `repeated`): the same, for
    // a tab still open on a build that reads only plain columns.
    this.version(5).stores({});
  }
}

export interface DexieStoreOptions {
  name?: string;
  /** For tests and workers: an IndexedDB implementation other than the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Another tab opened a newer schema: this connection is closed; tell the user to reload. */
  onVersionChange?: () => void;
  /** This tab wants a newer schema but an older tab holds the database open. */
  onBlocked?: () => void;
}

/** True for the browser's quota error, however deep Dexie wrapped it. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, inner } = e as { name?: string; inner?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = inner;
  }
  return false;
}

/** Opens the database; rejects when IndexedDB is missing or refused (the caller falls back to memory). */
export async function openDexieStore(options: DexieStoreOptions = {}): Promise<ClaimStore> {
  const db = new SandarDb(options.name ?? DB_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    // No liveQuery here: skip Dexie's optimistic cache so big chunk writes stay cheap.
    cache: 'disabled',
  });
  db.on('versionchange', () => {
    db.close();
    options.onVersionChange?.();
    return false;
  });
  db.on('blocked', () => options.onBlocked?.());
  await db.open();
  return new DexieClaimStore(db);
}

/** Chunk records per `bulkAdd`: each call's structured clone is one main-thread task. */
const CHUNKS_PER_PUT = 4;

class DexieClaimStore implements ClaimStore {
  readonly backend = 'indexeddb' as const;
  readonly official: OfficialStore;
  readonly staging: StagingStore;
  constructor(private readonly db: SandarDb) {
    this.official = dexieOfficialStore(db, (what, body) => guardQuota(what, body));
    this.staging = {
      stage: (id, claims, go) => this.stage(id, claims, go),
      publish: (id, dataset, claims, options) => this.publish(id, dataset, claims, options),
      drop: (id) => this.dropStaged(id),
      dropAbandoned: (heldLocks) => this.dropAbandoned(heldLocks),
    };
  }

  async saveDataset(
    dataset: NewDataset,
    claims: readonly Claim[],
    options: SaveOptions = {},
  ): Promise<DatasetMeta> {
    const meta = newDatasetMeta(dataset, claims.length);
    await this.write(`"${dataset.name}"`, async () => {
      await this.db.datasets.add(meta);
      await this.putChunks(meta.id, claims, options);
    });
    announceChange({ kind: 'saved', datasetId: meta.id });
    return meta;
  }

  async listDatasets(): Promise<DatasetMeta[]> {
    return (await this.db.datasets.toArray()).sort(compareDatasets);
  }

  async getDataset(id: string): Promise<DatasetMeta | undefined> {
    return this.db.datasets.get(id);
  }

  async loadDatasetClaims(id: string): Promise<Claim[]> {
    return this.db.transaction('r', this.db.datasets, this.db.chunks, async () => {
      if (!(await this.db.datasets.get(id))) throw new DatasetNotFoundError(id);
      const chunks = await this.db.chunks
        .where('[datasetId+index]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .toArray();
      return chunks.flatMap(claimsOf);
    });
  }

  async renameDataset(id: string, name: string): Promise<DatasetMeta> {
    const renamed = await this.db.transaction('rw', this.db.datasets, async () => {
      const meta = await this.db.datasets.get(id);
      if (!meta) throw new DatasetNotFoundError(id);
      const renamed = { ...meta, name };
      await this.db.datasets.put(renamed);
      return renamed;
    });
    announceChange({ kind: 'renamed', datasetId: id });
    return renamed;
  }

  async deleteDataset(id: string): Promise<void> {
    const { datasets, chunks, documents, corrections } = this.db;
    await this.db.transaction('rw', [datasets, chunks, documents, corrections], async () => {
      await this.db.datasets.delete(id);
      await this.chunksOf(id).delete();
      await this.db.documents.where('datasetId').equals(id).delete();
      // the baseline is never deleted, so its corrections outlive every new build
      await this.db.corrections.where('datasetId').equals(id).delete();
    });
    announceChange({ kind: 'deleted', datasetId: id });
  }

  async saveDocumentDataset(
    dataset: Omit<NewDataset, 'kind'>,
    document: NewDocument,
    claims: readonly Claim[],
  ): Promise<DatasetMeta> {
    const meta = newDatasetMeta({ ...dataset, kind: 'document' }, claims.length);
    const { datasets, chunks, documents } = this.db;
    try {
      await this.db.transaction('rw', datasets, chunks, documents, async () => {
        await this.db.datasets.add(meta);
        await this.putChunks(meta.id, claims, {});
        // put, not add: the same document stored again (another review) replaces its text
        await this.db.documents.put({ ...document, datasetId: meta.id, createdAt: meta.createdAt });
      });
    } catch (error) {
      if (isQuotaError(error)) throw new StorageQuotaError(`"${dataset.name}"`, { cause: error });
      throw error;
    }
    announceChange({ kind: 'saved', datasetId: meta.id });
    return meta;
  }

  async getDocument(sourceId: string): Promise<StoredDocument | undefined> {
    return this.db.documents.get(sourceId);
  }

  async listCorrections(): Promise<Correction[]> {
    return this.db.corrections.orderBy('createdAt').toArray();
  }

  async addCorrection(correction: Correction): Promise<void> {
    try {
      await this.db.corrections.add(correction);
    } catch (error) {
      if (isQuotaError(error)) throw new StorageQuotaError('the correction', { cause: error });
      throw error;
    }
    announceChange({ kind: 'corrected', datasetId: correction.datasetId });
  }

  async deleteCorrection(id: string): Promise<void> {
    const stored = await this.db.corrections.get(id);
    await this.db.corrections.delete(id);
    if (stored) announceChange({ kind: 'corrected', datasetId: stored.datasetId });
  }

  async ensureBaseline(shipped: ShippedClaims): Promise<BaselineResult> {
    const hash = shipped.hash;
    const current = await this.db.datasets.get(BASELINE_ID);
    if (current && current.hash === hash)
      return { status: 'unchanged', meta: current, problems: [] };
    const prepared = prepareBaseline(shipped);
    const result = await this.write('the baseline', async (): Promise<BaselineResult> => {
      // Re-read inside the transaction: another tab may have stored the same baseline meanwhile.
      const stored = await this.db.datasets.get(BASELINE_ID);
      if (stored && stored.hash === hash)
        return { status: 'unchanged', meta: stored, problems: [] };
      await this.chunksOf(BASELINE_ID).delete();
      await this.db.datasets.put(prepared.meta);
      await this.putChunks(BASELINE_ID, prepared.claims, {});
      return {
        status: stored ? 'replaced' : 'imported',
        meta: prepared.meta,
        problems: prepared.problems,
      };
    });
    if (result.status !== 'unchanged') announceChange({ kind: 'baseline', datasetId: BASELINE_ID });
    return result;
  }

  close(): void {
    this.db.close();
  }

  private async stage(
    id: string,
    claims: readonly Claim[],
    go: (written: number) => boolean,
  ): Promise<boolean> {
    const chunks = chunk(claims, CHUNK_SIZE);
    const stopped = new Error('stopped');
    try {
      // One transaction, as `saveDataset` writes: a commit per batch cost more than the writing
      // under load. Between batches other messages come in (each write's end is a task of its
      // own), and a stop undoes it all: staged claims are whole or absent.
      await this.db.transaction('rw', this.db.chunks, async () => {
        for (let start = 0; start < chunks.length; start += CHUNKS_PER_PUT) {
          if (!go(Math.min(claims.length, start * CHUNK_SIZE))) throw stopped;
          await this.db.chunks.bulkPut(chunkRecords(id, chunks, start));
        }
      });
    } catch {
      return false; // stopped, storage full, or closed: `publish` writes it all, or says why not
    }
    go(claims.length);
    return true;
  }

  private async publish(
    id: string,
    dataset: NewDataset,
    claims: readonly Claim[],
    options: SaveOptions = {},
  ): Promise<DatasetMeta> {
    const meta = newDatasetMeta(dataset, claims.length, Date.now(), id);
    await this.write(`"${dataset.name}"`, async () => {
      // Staged chunks are written in one transaction, by this id's stager alone; others only
      // drop them. So the right count means every one is there.
      const staged = await this.chunksOf(id).count();
      if (staged === Math.ceil(claims.length / CHUNK_SIZE)) {
        options.onProgress?.(claims.length, claims.length);
      } else {
        await this.chunksOf(id).delete();
        await this.putChunks(id, claims, options);
      }
      await this.db.datasets.add(meta);
    });
    announceChange({ kind: 'saved', datasetId: meta.id });
    return meta;
  }

  private async dropStaged(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.datasets, this.db.chunks, async () => {
      if (await this.db.datasets.get(id)) return; // published meanwhile: a dataset's claims now
      await this.chunksOf(id).delete();
    });
  }

  private async dropAbandoned(heldLocks: () => Promise<ReadonlySet<string>>): Promise<void> {
    const { datasets, chunks } = this.db;
    const unlisted = await this.db.transaction('r', datasets, chunks, async () => {
      const listed = new Set(await datasets.toCollection().primaryKeys());
      const ids = new Set((await chunks.toCollection().primaryKeys()).map(([id]) => id));
      return [...ids].filter((id) => !listed.has(id));
    });
    if (unlisted.length === 0) return;
    // Asked after the chunks were read: a stager takes its lock before it writes, and keeps it
    // until it has published or dropped, which `dropStaged` checks again.
    const held = await heldLocks();
    for (const id of unlisted) if (!held.has(stagingLock(id))) await this.dropStaged(id);
  }

  private chunksOf(id: string) {
    return this.db.chunks
      .where('[datasetId+index]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey]);
  }

  private async putChunks(
    datasetId: string,
    claims: readonly Claim[],
    options: SaveOptions,
  ): Promise<void> {
    const chunks = chunk(claims, CHUNK_SIZE);
    let written = 0;
    // Batches of chunks keep each put's structured clone short; all in the caller's transaction.
    // 4 chunks (8,000 claims) clone in ~30 ms; 10 took 60–100 ms, a long task on a 100k upload.
    for (let start = 0; start < chunks.length; start += CHUNKS_PER_PUT) {
      const batch = chunkRecords(datasetId, chunks, start);
      await this.db.chunks.bulkAdd(batch);
      written = Math.min(claims.length, (start + batch.length) * CHUNK_SIZE);
      options.onProgress?.(written, claims.length);
    }
  }

  private async write<T>(what: string, body: () => Promise<T>): Promise<T> {
    return guardQuota(what, () =>
      this.db.transaction('rw', this.db.datasets, this.db.chunks, body),
    );
  }
}

/** The records of `chunks[start]` and the few after it (`CHUNKS_PER_PUT`), for one write. */
function chunkRecords(datasetId: string, chunks: Claim[][], start: number): ChunkRecord[] {
  return chunks
    .slice(start, start + CHUNKS_PER_PUT)
    .map((part, offset) => ({ datasetId, index: start + offset, columns: toColumns(part) }));
}

async function guardQuota<T>(what: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageQuotaError(what, { cause: error });
    throw error;
  }
}
