import type { Claim } from '../lib/claim.ts';

/**
 * Claims of recently stored or loaded datasets, so comparing a file just uploaded does not read
 * it back from IndexedDB. Holds a few datasets only: each can be a million claims.
 */
const MAX_CACHED = 3;
const cache = new Map<string, Claim[]>();

export function rememberClaims(id: string, claims: Claim[]): void {
  cache.delete(id);
  cache.set(id, claims);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
}

export function cachedClaims(id: string): Claim[] | undefined {
  return cache.get(id);
}

export function forgetClaims(id: string): void {
  cache.delete(id);
}
