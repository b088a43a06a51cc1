import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/csv-problem.ts';
import type { LayoutMapping, OfficialSource, OfficialValue } from '../lib/official/official.ts';
import type { Correction } from '../lib/corrections.ts';
import type { ShippedClaims } from '../lib/shipped-claims.ts';

/** `document`: the reviewed claims of a document added in the browser, stored with its text. */
export type DatasetKind = 'baseline' | 'upload' | 'document';

/** What the app knows about a stored dataset without loading its claims. */
export interface DatasetMeta {
  id: string;
  name: string;
  kind: DatasetKind;
  /** Milliseconds since the epoch, when it was stored. */
  createdAt: number;
  claimCount: number;
  /** Content hash of the CSV it came from (see `contentHash`); empty where unknown. */
  hash: string;
  /** File name the claims came from, e.g. `claims.csv`; empty where none. */
  fileName: string;
}

export interface NewDataset {
  name: string;
  kind: DatasetKind;
  hash?: string;
  fileName?: string;
}

export interface SaveOptions {
  /** Called with the number of claims written so far, inside the one transaction. */
  onProgress?: (written: number, total: number) => void;
}

export type BaselineStatus = 'imported' | 'replaced' | 'unchanged';

export interface BaselineResult {
  status: BaselineStatus;
  meta: DatasetMeta;
  /** Problems in the shipped CSV; its valid rows are still stored. Empty when `unchanged`. */
  problems: CsvProblem[];
}

/** Where claims live: IndexedDB through Dexie, or memory when IndexedDB is missing or refused. */
export interface ClaimStore {
  readonly backend: 'indexeddb' | 'memory';
  /** Stores the dataset and all its claims in one transaction: all of it or nothing. */
  saveDataset(
    dataset: NewDataset,
    claims: readonly Claim[],
    options?: SaveOptions,
  ): Promise<DatasetMeta>;
  /** Every dataset, baseline first, then uploads newest first. */
  listDatasets(): Promise<DatasetMeta[]>;
  getDataset(id: string): Promise<DatasetMeta | undefined>;
  /** The claims in the order they were saved. Throws `DatasetNotFoundError` for an unknown id. */
  loadDatasetClaims(id: string): Promise<Claim[]>;
  renameDataset(id: string, name: string): Promise<DatasetMeta>;
  /**
   * Deletes a dataset, its claims, its document and its corrections in one transaction. Unknown
   * ids are ignored.
   */
  deleteDataset(id: string): Promise<void>;
  /**
   * Stores the shipped claims as the baseline unless a baseline with the same content hash is
   * stored already; replaces only the baseline, never another dataset.
   */
  ensureBaseline(shipped: ShippedClaims): Promise<BaselineResult>;
  /**
   * Stores a document's text and its accepted claims as one dataset of kind `document`, all in
   * one transaction: the dataset, its claims and the document, or nothing.
   */
  saveDocumentDataset(
    dataset: Omit<NewDataset, 'kind'>,
    document: NewDocument,
    claims: readonly Claim[],
  ): Promise<DatasetMeta>;
  /** The stored document a claim's `source_id` names, or undefined. */
  getDocument(sourceId: string): Promise<StoredDocument | undefined>;
  /** Every stored correction, oldest first. */
  listCorrections(): Promise<Correction[]>;
  /** Stores a correction (a new record; the claim's own row is never rewritten). */
  addCorrection(correction: Correction): Promise<void>;
  /** Deletes a correction; the claim shows its stored value again. Unknown ids are ignored. */
  deleteCorrection(id: string): Promise<void>;
  /** Official tables: kept apart from claims, never a dataset of claims. */
  readonly official: OfficialStore;
  /** Claims written ahead of an Import; IndexedDB only. */
  readonly staging?: StagingStore;
  close(): void;
}

/**
 * Claims written ahead of an Import, while the user reads the preview: chunk records under an id
 * no dataset has, so nothing lists or loads them, until `publish` adds the dataset, in one
 * transaction. Whoever stages holds the Web Lock `stagingLock(id)` meanwhile, so that another
 * tab's `dropAbandoned` leaves it alone.
 */
export interface StagingStore {
  /**
   * Writes `claims` as the chunk records of `id`, in one transaction, a few chunks at a time;
   * between them `go` is told how many claims are written and asked whether to go on. True when
   * every chunk was written; false and nothing written when stopped or refused.
   */
  stage(id: string, claims: readonly Claim[], go: (written: number) => boolean): Promise<boolean>;
  /**
   * Makes `claims`, staged under `id`, the dataset `id`, in one transaction; whatever was not
   * staged whole (another tab dropped it, a write failed) is written there and then.
   */
  publish(
    id: string,
    dataset: NewDataset,
    claims: readonly Claim[],
    options?: SaveOptions,
  ): Promise<DatasetMeta>;
  /** Removes what was staged under `id`; never the claims of a dataset. */
  drop(id: string): Promise<void>;
  /**
   * Removes staged claims that no one stages any more (a tab closed before Import).
   * @param heldLocks the names of the Web Locks held now (`navigator.locks.query()`)
   */
  dropAbandoned(heldLocks: () => Promise<ReadonlySet<string>>): Promise<void>;
}

/** The Web Lock held while claims are staged under `id`. */
export function stagingLock(id: string): string {
  return `sandar-staging:${id}`;
}

/** A stored version of an official table, without its values. */
export interface OfficialMeta extends OfficialSource {
  valueCount: number;
  /** Content hash of the shipped file it came from; empty for uploads. */
  hash: string;
  /** `YYYY-MM-DD` the publisher last updated the table (WDI's "Last Updated Date"); empty where unknown. */
  updated: string;
}

export type NewOfficial = Pick<
  OfficialMeta,
  'name' | 'source' | 'fileName' | 'downloaded' | 'tableKey'
> &
  Partial<Pick<OfficialMeta, 'shipped' | 'hash' | 'updated'>>;

export interface OfficialStore {
  /** Stores a table's values as the next version of its table (by `tableKey`), in one transaction. */
  save(dataset: NewOfficial, values: readonly OfficialValue[]): Promise<OfficialMeta>;
  /** Every stored version, newest first. */
  list(): Promise<OfficialMeta[]>;
  /** Throws `DatasetNotFoundError` for an unknown id. */
  load(id: string): Promise<OfficialValue[]>;
  /**
   * A version's values grouped by series (metric and entity), a few hundred series per call of
   * `visit`, awaited before the next read: the caller can yield to the page between them.
   * Throws `DatasetNotFoundError` for an unknown (or meanwhile deleted) id.
   * @param only the series to read (`seriesKey`), read by key: the others are never touched
   */
  eachSeries(
    id: string,
    visit: (series: OfficialValue[][]) => Promise<void> | void,
    only?: ReadonlySet<string>,
  ): Promise<void>;
  delete(id: string): Promise<void>;
  saveMapping(mapping: LayoutMapping): Promise<void>;
  mapping(key: string): Promise<LayoutMapping | undefined>;
  /**
   * Stores a shipped table unless one with the same hash is stored; a changed shipped table
   * replaces the earlier shipped one of the same `tableKey`, never an uploaded one.
   */
  ensureShipped(
    dataset: NewOfficial & { hash: string },
    values: readonly OfficialValue[],
  ): Promise<'imported' | 'replaced' | 'unchanged'>;
}

/** A document added in the browser: its text, kept so provenance can show it whole. */
export interface NewDocument {
  /** The `source_id` its claims carry. */
  sourceId: string;
  fileName: string;
  title: string;
  outlet: string;
  url: string;
  /** `YYYY-MM-DD` or ''. */
  published: string;
  text: string;
}

export interface StoredDocument extends NewDocument {
  datasetId: string;
  createdAt: number;
}

export type { Correction } from '../lib/corrections.ts';

export const BASELINE_ID = 'baseline';

/** Claims per stored chunk record: one record per 2,000 claims writes 100k claims in ~0.25 s. */
export const CHUNK_SIZE = 2000;

/** The browser refused to store more (disk or origin quota full). Nothing was written. */
export class StorageQuotaError extends Error {
  override readonly name = 'StorageQuotaError';
  constructor(what: string, options?: { cause?: unknown }) {
    super(
      `Not enough storage space to save ${what}; nothing was saved. Free some space (delete a dataset) and try again.`,
      options,
    );
  }
}

export class DatasetNotFoundError extends Error {
  override readonly name = 'DatasetNotFoundError';
  constructor(id: string) {
    super(`No dataset with id "${id}" is stored.`);
  }
}
