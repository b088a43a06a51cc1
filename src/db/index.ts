/** The only module tree that touches Dexie. Components and state use these functions. */
export {
  estimateStorage,
  openClaimStore,
  requestPersistentStorage,
  type OpenedStore,
  type StorageEstimateResult,
} from './open.ts';
export { openDexieStore, isQuotaError, DB_NAME, type DexieStoreOptions } from './dexie-store.ts';
export { createMemoryStore } from './memory-store.ts';
export * from './types.ts';
export { announceChange, watchChanges, CHANGES_CHANNEL, type DatasetChange } from './changes.ts';
