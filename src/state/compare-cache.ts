import type { Claim } from '../lib/claim.ts';
import { LruCache } from '../lib/lru-cache.ts';

/**
 * Claims of recently stored or loaded datasets on the page, so comparing a file just uploaded
 * does not read it back from IndexedDB. Holds a few datasets only: each can be a million claims.
 */
export const recentClaims = new LruCache<string, Claim[]>(3);
