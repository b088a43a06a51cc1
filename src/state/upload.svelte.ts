/**
 * Files being read, previewed and imported. Lives for the page (a module singleton), so
 * switching views while a big file is read loses nothing. The claims themselves stay in the
 * data worker; the page holds counts, the preview and the listed problems.
 */
import { StorageQuotaError, type ClaimStore, type DatasetMeta } from '../db/index.ts';
import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/csv-problem.ts';
import type { Encoding } from '../lib/upload/decode.ts';
import { datasetName } from '../lib/upload/dataset-name.ts';
import { sizeProblem } from '../lib/upload/limits.ts';
import { notTextMessage } from '../lib/upload/magic.ts';
import type { ReadSummary } from '../lib/upload/read-claims.ts';
import {
  cancelJob,
  discardJob,
  parseFile,
  request,
  saveJob,
  type Sniffed,
} from '../workers/data-client.ts';
import { recentClaims } from './compare-cache.ts';

/** What a FileUpload asks of the data worker (data-client.ts); tests pass their own. */
export interface UploadWorker {
  parseFile: typeof parseFile;
  saveJob: typeof saveJob;
  cancelJob: typeof cancelJob;
  discardJob: typeof discardJob;
  takeJob: (job: number) => Promise<Claim[]>;
}

const dataWorker: UploadWorker = {
  parseFile,
  saveJob,
  cancelJob,
  discardJob,
  takeJob: (job) => request('take', { job }),
};

export type UploadStatus =
  'refused' | 'reading' | 'read' | 'failed' | 'cancelled' | 'saving' | 'saved';

/** Performance marks `npm run bench` reads, with `COMPARE_READY_MARK` (compare.svelte.ts). */
export const UPLOAD_START_MARK = 'sandar:upload-start';
export const UPLOAD_READ_MARK = 'sandar:upload-read';
export const IMPORT_START_MARK = 'sandar:import-start';
export const UPLOAD_STORED_MARK = 'sandar:upload-stored';

let nextId = 1;

export class FileUpload {
  readonly id = nextId++;
  readonly file: File;
  status = $state<UploadStatus>('reading');
  /** 0..1 while reading. */
  progress = $state(0);
  rowsRead = $state(0);
  /** 0..1 while saving. */
  stored = $state(0);
  sniffed = $state.raw<Sniffed | undefined>(undefined);
  summary = $state.raw<ReadSummary | undefined>(undefined);
  problems = $state.raw<CsvProblem[]>([]);
  /** Why the file was refused, failed or not saved. */
  message = $state('');
  saved = $state.raw<DatasetMeta | undefined>(undefined);
  /** The worker's job holding this file's valid claims. */
  #job: number | undefined;
  readonly #worker: UploadWorker;

  constructor(file: File, worker: UploadWorker = dataWorker) {
    this.file = file;
    this.#worker = worker;
  }

  get canImport(): boolean {
    return (
      this.status === 'read' &&
      !!this.summary &&
      !this.summary.headerFailed &&
      this.summary.validCount > 0
    );
  }

  get hasProblems(): boolean {
    return (this.summary?.problemCount ?? 0) > 0;
  }

  async read(encoding?: Encoding): Promise<void> {
    const refused = sizeProblem(this.file.name, this.file.size);
    if (refused) {
      this.status = 'refused';
      this.message = refused;
      return;
    }
    this.discard();
    this.status = 'reading';
    this.progress = 0;
    this.rowsRead = 0;
    this.message = '';
    this.summary = undefined;
    this.problems = [];
    const { job, done } = this.#worker.parseFile(this.file, {
      encoding,
      onSniffed: (sniffed) => (this.sniffed = sniffed),
      onProgress: (progress, rows) => {
        this.progress = progress;
        this.rowsRead = rows;
      },
    });
    this.#job = job;
    try {
      const result = await done;
      if (this.#job !== job) return; // read again meanwhile (another encoding)
      if (!result) {
        this.#job = undefined;
        this.status = 'cancelled';
        this.message = `Reading ${this.file.name} was cancelled; nothing was stored.`;
        return;
      }
      this.problems = result.problems;
      this.summary = result.summary;
      this.progress = 1;
      this.status = 'read';
      performance.mark(UPLOAD_READ_MARK);
    } catch (error) {
      if (this.#job !== job) return;
      this.#job = undefined;
      // a PNG or a workbook renamed .csv: said for what it is, with nothing to preview
      if (error instanceof Error && error.name === 'NotTextError') {
        this.status = 'refused';
        this.message = notTextMessage(this.file.name, error.message);
        return;
      }
      this.status = 'failed';
      this.message = `${this.file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  cancel(): void {
    if (this.#job !== undefined && this.status === 'reading') this.#worker.cancelJob(this.#job);
  }

  /** Lets the worker drop this file's claims. */
  discard(): void {
    if (this.#job === undefined) return;
    if (this.status === 'reading') this.#worker.cancelJob(this.#job);
    else this.#worker.discardJob(this.#job);
    this.#job = undefined;
  }

  /**
   * Stores the valid claims as one dataset, in one transaction. Call only after the user saw the
   * problems and chose to import the valid rows, or when there are none. The worker writes to
   * IndexedDB itself; a page running from memory takes the claims and stores them here.
   */
  async save(store: ClaimStore): Promise<DatasetMeta | undefined> {
    if (!this.canImport || this.#job === undefined) return undefined;
    const job = this.#job;
    performance.mark(IMPORT_START_MARK);
    this.stored = 0;
    this.status = 'saving';
    this.message = '';
    const dataset = {
      // A time stamp read once, never mutated: nothing reactive to track.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      name: datasetName(this.file.name, new Date()),
      kind: 'upload' as const,
      fileName: this.file.name,
    };
    try {
      let meta: DatasetMeta;
      if (store.backend === 'indexeddb') {
        meta = await this.#worker.saveJob(
          job,
          dataset,
          (written, total) => (this.stored = written / Math.max(1, total)),
        );
      } else {
        const claims = await this.#worker.takeJob(job);
        meta = await store.saveDataset(dataset, claims);
        recentClaims.set(meta.id, claims);
      }
      performance.mark(UPLOAD_STORED_MARK);
      this.#job = undefined;
      this.saved = meta;
      this.status = 'saved';
      return meta;
    } catch (error) {
      this.status = 'read';
      this.message =
        error instanceof StorageQuotaError
          ? error.message
          : `${this.file.name} was not stored, and nothing else changed: ${error instanceof Error ? error.message : String(error)}`;
      return undefined;
    }
  }
}

class UploadQueue {
  uploads = $state.raw<FileUpload[]>([]);

  /** Starts reading each file; several at once are read one after another. */
  add(files: readonly File[]): FileUpload[] {
    const added = files.map((file) => new FileUpload(file));
    this.uploads = [...added, ...this.uploads];
    void (async () => {
      for (const upload of added) await upload.read();
    })();
    return added;
  }

  remove(upload: FileUpload): void {
    upload.discard();
    this.uploads = this.uploads.filter((item) => item !== upload);
  }
}

export const uploadQueue = new UploadQueue();
