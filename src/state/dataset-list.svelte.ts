/**
 * The stored-datasets list's actions: rename, delete (after a confirmation), export and compare,
 * one dataset busy at a time, a failure shown as a message. Deleting also drops the dataset's
 * cached claims (here and in the worker) and leaves a view that pointed at it.
 */
import { BASELINE_ID, type ClaimStore, type DatasetMeta } from '../db/index.ts';
import { claimsToCsv } from '../lib/csv-write.ts';
import { recentClaims } from './compare-cache.ts';
import type { ViewState } from './view-state.ts';

export interface DatasetListDeps {
  /** The store, read when an action runs (it opens after the page starts). */
  store: () => ClaimStore;
  /** Reloads the list of stored datasets. */
  refresh: () => Promise<void>;
  /** The view's state and a way to change it (the router). */
  view: { readonly state: ViewState; go(patch: Partial<ViewState>): void };
  /** Tells the worker to drop what it holds of a dataset. */
  forgetInWorker: (datasetId: string) => void;
  /** A dataset as CSV, written by the worker (used where the worker can reach the store). */
  exportInWorker: (datasetId: string) => Promise<string>;
  download: (text: string, fileName: string) => void;
  /** Opens the comparison of the baseline with a dataset. */
  compare: (baseId: string, otherId: string) => void;
}

export class DatasetListState {
  /** The dataset whose name is being edited, and the name typed so far. */
  renaming = $state('');
  newName = $state('');
  /** The dataset whose deletion awaits confirmation. */
  confirming = $state('');
  /** The dataset an action is running for. */
  busy = $state('');
  error = $state('');
  readonly #deps: DatasetListDeps;

  constructor(deps: DatasetListDeps) {
    this.#deps = deps;
  }

  startRenaming(dataset: DatasetMeta): void {
    this.renaming = dataset.id;
    this.newName = dataset.name;
  }

  rename(dataset: DatasetMeta): Promise<void> {
    return this.#act(dataset.id, async () => {
      const name = this.newName.trim();
      if (name && name !== dataset.name) await this.#deps.store().renameDataset(dataset.id, name);
      this.renaming = '';
      await this.#deps.refresh();
    });
  }

  remove(dataset: DatasetMeta): Promise<void> {
    return this.#act(dataset.id, async () => {
      await this.#deps.store().deleteDataset(dataset.id);
      recentClaims.delete(dataset.id);
      this.#deps.forgetInWorker(dataset.id);
      this.confirming = '';
      if (this.#deps.view.state.dataset === dataset.id) this.#deps.view.go({ dataset: '' });
      await this.#deps.refresh();
    });
  }

  exportCsv(dataset: DatasetMeta): Promise<void> {
    return this.#act(dataset.id, async () => {
      const store = this.#deps.store();
      // With IndexedDB the worker reads and writes the CSV, off the page's thread.
      const csv =
        store.backend === 'indexeddb'
          ? await this.#deps.exportInWorker(dataset.id)
          : claimsToCsv(
              recentClaims.get(dataset.id) ?? (await store.loadDatasetClaims(dataset.id)),
            );
      const base = dataset.fileName.replace(/\.[^.]*$/, '') || 'claims';
      this.#deps.download(csv, `${base}-${dataset.id}.csv`);
    });
  }

  compare(dataset: DatasetMeta): void {
    this.#deps.compare(BASELINE_ID, dataset.id);
    this.#deps.view.go({ view: 'compare' });
  }

  async #act(id: string, work: () => Promise<void>): Promise<void> {
    this.busy = id;
    this.error = '';
    try {
      await work();
    } catch (caught) {
      this.error = caught instanceof Error ? caught.message : String(caught);
    } finally {
      this.busy = '';
    }
  }
}
