/**
 * Tells every other tab (and the page from the data worker, or the worker from the page) that the
 * stored datasets, documents or corrections changed, so lists refresh, corrections show in every
 * tab, and a view of a deleted dataset can say so. One
 * `BroadcastChannel` per realm: a channel does not hear its own messages, so a tab is not told of
 * what it did itself. Where BroadcastChannel is missing, nothing is sent and nothing heard.
 */

export interface DatasetChange {
  /**
   * `corrected`: a correction to one of the dataset's claims was stored or removed; `official`:
   * a version of an official table (its id in `datasetId`) was stored or deleted.
   */
  kind: 'saved' | 'renamed' | 'deleted' | 'baseline' | 'corrected' | 'official';
  datasetId: string;
}

export const CHANGES_CHANNEL = 'sandar-datasets';

let channel: BroadcastChannel | null | undefined;

function shared(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : null;
    // Node (the unit tests) would otherwise keep running for an open channel
    (channel as { unref?: () => void } | null)?.unref?.();
  }
  return channel;
}

export function announceChange(change: DatasetChange): void {
  shared()?.postMessage(change);
}

/** Calls `listener` with each change made elsewhere; returns the function that stops it. */
export function watchChanges(listener: (change: DatasetChange) => void): () => void {
  const listening = shared();
  if (!listening) return () => {};
  const handler = (event: MessageEvent<DatasetChange>) => listener(event.data);
  listening.addEventListener('message', handler);
  return () => listening.removeEventListener('message', handler);
}
