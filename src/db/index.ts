/**
 * The only module tree that touches Dexie. Components and state use these functions. Dexie itself
 * (`dexie-store.ts`) is not re-exported: `openClaimStore` loads it when storage is first opened,
 * and the worker, which always needs it, imports it directly.
 */
export {
  estimateStorage,
  openClaimStore,
  requestPersistentStorage,
  type OpenedStore,
  type StorageEstimateResult,
} from './open.ts';
export { createMemoryStore } from './memory-store.ts';
export * from './types.ts';
export { announceChange, watchChanges, CHANGES_CHANNEL, type DatasetChange } from './changes.ts';
