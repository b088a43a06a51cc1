/**
 * Stores the official figures shipped with Sandar on first visit (and again when a new build ships
 * other figures), like the baseline claims. Fetched after the first screen: nothing waits for it.
 */
import shippedUrl from '../../data/official/kazakhstan-wdi.csv?url&no-inline';
import type { ClaimStore } from '../db/types.ts';
import { contentHash } from '../lib/hash.ts';
import { SHIPPED_WDI, parseShippedOfficial } from '../lib/official/shipped.ts';

export async function storeShippedOfficial(store: ClaimStore): Promise<void> {
  const response = await fetch(shippedUrl);
  if (!response.ok)
    throw new Error(`could not load ${SHIPPED_WDI.fileName} (HTTP ${response.status})`);
  const text = await response.text();
  const values = parseShippedOfficial(text, SHIPPED_WDI.fileName);
  await store.official.ensureShipped({ ...SHIPPED_WDI, hash: contentHash(text) }, values);
}
