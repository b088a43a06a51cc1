/**
 * Which two datasets are compared, and their diff. A page-wide singleton so the choice survives
 * switching views.
 */
import { BASELINE_ID, type ClaimStore, type DatasetMeta } from '../db/index.ts';
import type { Claim } from '../lib/claim.ts';
import { diffClaimsInSlices, type DiffResult } from '../lib/diff.ts';
import { cachedClaims, rememberClaims } from './compare-cache.ts';

/** Marked when a comparison is on screen: `npm run bench` times upload → stored → compared with it. */
export const COMPARE_READY_MARK = 'sandar:compare-ready';

/** By default the baseline against the newest upload (or the next dataset when none is newer). */
export function defaultPair(datasets: readonly DatasetMeta[]): { baseId: string; otherId: string } {
  const base = datasets.find((d) => d.id === BASELINE_ID) ?? datasets[0];
  const uploads = datasets.filter((d) => d.id !== base?.id).sort((a, b) => b.createdAt - a.createdAt);
  return { baseId: base?.id ?? '', otherId: uploads[0]?.id ?? base?.id ?? '' };
}

class CompareState {
  baseId = $state('');
  otherId = $state('');
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state('');
  result = $state.raw<DiffResult | undefined>(undefined);
  #run = 0;

  /** Picks the pair to compare; empty ids fall back to the default pair. */
  choose(datasets: readonly DatasetMeta[], baseId = '', otherId = ''): void {
    const known = (id: string) => datasets.some((d) => d.id === id);
    const fallback = defaultPair(datasets);
    this.baseId = known(baseId) ? baseId : known(this.baseId) && !baseId ? this.baseId : fallback.baseId;
    this.otherId = known(otherId) ? otherId : known(this.otherId) && !otherId ? this.otherId : fallback.otherId;
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
      const [base, other] = await Promise.all([load(store, baseId), load(store, otherId)]);
      if (run !== this.#run) return;
      const result = await diffClaimsInSlices(base, other, pauseEvery(30));
      if (run !== this.#run) return;
      this.result = result;
      this.status = 'ready';
    } catch (error) {
      if (run !== this.#run) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}

async function load(store: ClaimStore, id: string): Promise<Claim[]> {
  const cached = cachedClaims(id);
  if (cached) return cached;
  const claims = await store.loadDatasetClaims(id);
  rememberClaims(id, claims);
  return claims;
}

/**
 * A pause that lets the page handle input once `budgetMs` of work has gone by: no main-thread
 * task of a big comparison runs longer than that (the limit is 100 ms).
 */
function pauseEvery(budgetMs: number): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await yieldToPage();
    since = performance.now();
  };
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message, unlike setTimeout, is not clamped to 4 ms when nested.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export const compareState = new CompareState();
