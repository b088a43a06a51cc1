/**
 * The only module tree that touches Dexie. Components and state use these functions. Neither store
 * is re-exported: `openClaimStore` loads Dexie's (`dexie-store.ts`) or the memory store
 * (`memory-store.ts`) when storage is first opened, after the first screen; the worker, which
 * always needs Dexie, imports it directly.
 */
export {
  estimateStorage,
  openClaimStore,
  requestPersistentStorage,
  type OpenedStore,
  type StorageEstimateResult,
} from './open.ts';
export * from './types.ts';
export { announceChange, watchChanges, CHANGES_CHANNEL, type DatasetChange } from './changes.ts';
