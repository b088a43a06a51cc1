/**
 * Which two datasets are compared, and their diff. A page-wide singleton so the choice survives
 * switching views. With IndexedDB the data worker loads, diffs and answers page-sized questions;
 * a page running from memory (the worker cannot see it) diffs here, in slices.
 */
import { BASELINE_ID, type ClaimStore, type DatasetMeta } from '../db/index.ts';
import type { Claim } from '../lib/claim.ts';
import { diffToCsv } from '../lib/csv-write.ts';
import { diffClaimsInSlices, type DiffEntry } from '../lib/diff.ts';
import { DiffView, type DiffOverview, type DiffPage, type DiffQuery } from '../lib/diff-view.ts';
import { request } from '../workers/data-client.ts';
import { pauseEvery } from '../lib/yield.ts';
import { recentClaims } from './compare-cache.ts';

/**
 * Marked when a comparison is on screen, in test builds only (a test hook: the browser tests wait
 * on it, and `npm run bench` times upload → stored → compared with it).
 */
export const COMPARE_READY_MARK = 'sandar:compare-ready';

/** Where a comparison's rows are asked for: the worker, or a `DiffView` on the page. */
export interface CompareSource {
  page(query: DiffQuery): Promise<DiffPage>;
  metric(metric: string): Promise<DiffEntry[]>;
  exportDiff(): Promise<string>;
}

/** By default the baseline against the newest upload (or the next dataset when none is newer). */
export function defaultPair(datasets: readonly DatasetMeta[]): { baseId: string; otherId: string } {
  const base = datasets.find((d) => d.id === BASELINE_ID) ?? datasets[0];
  const uploads = datasets
    .filter((d) => d.id !== base?.id)
    .sort((a, b) => b.createdAt - a.createdAt);
  return { baseId: base?.id ?? '', otherId: uploads[0]?.id ?? base?.id ?? '' };
}

const workerSource: CompareSource = {
  page: (query) => request('page', { query }),
  metric: (metric) => request('metric', { metric }),
  exportDiff: () => request('exportDiff', {}),
};

function localSource(view: DiffView): CompareSource {
  return {
    page: async (query) => view.page(query),
    metric: async (metric) => view.metric(metric),
    exportDiff: async () => diffToCsv(view.entries()),
  };
}

export class CompareState {
  baseId = $state('');
  otherId = $state('');
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state('');
  overview = $state.raw<DiffOverview | undefined>(undefined);
  source = $state.raw<CompareSource | undefined>(undefined);
  /** Changes with every comparison, so views re-ask for their rows. */
  version = $state(0);
  /** A dataset of the pair was deleted elsewhere (another tab): which, for a notice. */
  removed = $state('');
  #run = 0;
  /** The names of the datasets at the last `choose`, to name one that has gone since. */
  // A lookup replaced whole, never read reactively.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #names = new Map<string, string>();

  /** Picks the pair to compare; empty or unknown ids fall back to the default pair. */
  choose(datasets: readonly DatasetMeta[], baseId = '', otherId = ''): void {
    const known = (id: string) => datasets.some((d) => d.id === id);
    // A local set, not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const gone = [...new Set([baseId, otherId])].filter((id) => this.#names.has(id) && !known(id));
    if (gone.length > 0) {
      const names = gone.map((id) => `“${this.#names.get(id)}”`).join(' and ');
      this.removed =
        gone.length > 1
          ? `${names} were deleted in another tab; they are no longer compared.`
          : `${names} was deleted in another tab; it is no longer compared.`;
    }
    // A lookup replaced whole, never read reactively.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#names = new Map(datasets.map((d) => [d.id, d.name]));
    const fallback = defaultPair(datasets);
    this.baseId = known(baseId) ? baseId : fallback.baseId;
    this.otherId = known(otherId) ? otherId : fallback.otherId;
  }

  async compare(store: ClaimStore): Promise<void> {
    const run = ++this.#run;
    const { baseId, otherId } = this;
    if (!baseId || !otherId) {
      this.status = 'idle';
      return;
    }
    this.status = 'loading';
    try {
      let overview: DiffOverview;
      let source: CompareSource;
      if (store.backend === 'indexeddb') {
        overview = await request('compare', { baseId, otherId });
        source = workerSource;
      } else {
        const [base, other] = await Promise.all([load(store, baseId), load(store, otherId)]);
        const view = new DiffView(await diffClaimsInSlices(base, other, pauseEvery(30)));
        overview = view.overview();
        source = localSource(view);
      }
      if (run !== this.#run) return;
      this.overview = overview;
      this.source = source;
      this.version++;
      this.status = 'ready';
    } catch (error) {
      if (run !== this.#run) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}

async function load(store: ClaimStore, id: string): Promise<Claim[]> {
  const cached = recentClaims.get(id);
  if (cached) return cached;
  const claims = await store.loadDatasetClaims(id);
  recentClaims.set(id, claims);
  return claims;
}

export const compareState = new CompareState();
