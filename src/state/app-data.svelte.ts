/**
 * The claims the dashboard shows and where they are stored. Opens IndexedDB (or memory), makes
 * sure the shipped baseline is stored, and loads the selected dataset.
 */
import { BASELINE_ID, openClaimStore, requestPersistentStorage, type ClaimStore, type DatasetMeta } from '../db/index.ts';
import { formatProblem, type CsvProblem } from '../lib/claims-csv.ts';
import { keyClaims, type ClaimRow } from '../lib/claim-rows.ts';
// Emitted as its own file (never inlined), so a new claims.csv ships without a new bundle.
import shippedCsvUrl from '../../data/claims.csv?url&no-inline';

export class AppData {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state('');
  /** Set when the app runs from memory: why, to tell the user their data will not be kept. */
  fallbackReason = $state('');
  /** Another tab upgraded the database: this one must reload. */
  versionChanged = $state(false);
  baselineProblems = $state.raw<string[]>([]);
  datasets = $state.raw<DatasetMeta[]>([]);
  datasetId = $state(BASELINE_ID);
  rows = $state.raw<ClaimRow[]>([]);
  store: ClaimStore | undefined;

  async start(datasetId: string): Promise<void> {
    try {
      const [opened, csv] = await Promise.all([
        openClaimStore({ onVersionChange: () => (this.versionChanged = true) }),
        fetchShippedCsv(),
      ]);
      this.store = opened.store;
      this.fallbackReason = opened.fallbackReason ?? '';
      const baseline = await opened.store.ensureBaseline(csv, 'claims.csv');
      this.baselineProblems = baseline.problems.slice(0, 20).map((p: CsvProblem) => formatProblem(p, 'data/claims.csv'));
      if (baseline.problems.length > 20) this.baselineProblems = [...this.baselineProblems, `… and ${baseline.problems.length - 20} more`];
      await this.refreshDatasets();
      await this.show(datasetId || BASELINE_ID);
      this.status = 'ready';
      if (opened.store.backend === 'indexeddb') void requestPersistentStorage();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  async refreshDatasets(): Promise<void> {
    if (this.store) this.datasets = await this.store.listDatasets();
  }

  /** Loads a dataset's claims; an unknown id (deleted, or from an old link) falls back to the baseline. */
  async show(datasetId: string): Promise<void> {
    if (!this.store) return;
    const id = this.datasets.some((d) => d.id === datasetId) ? datasetId : BASELINE_ID;
    this.rows = keyClaims(await this.store.loadDatasetClaims(id));
    this.datasetId = id;
  }
}

async function fetchShippedCsv(): Promise<string> {
  const response = await fetch(shippedCsvUrl);
  if (!response.ok) throw new Error(`Could not load the shipped claims (${shippedCsvUrl}): HTTP ${response.status}`);
  return response.text();
}
