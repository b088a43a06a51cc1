/** The only module tree that touches Dexie. Components and state use these functions. */
export { openClaimStore, requestPersistentStorage, type OpenedStore } from './open.ts';
export { openDexieStore, isQuotaError, DB_NAME, type DexieStoreOptions } from './dexie-store.ts';
export { createMemoryStore } from './memory-store.ts';
export * from './types.ts';
export { announceChange, watchChanges, CHANGES_CHANNEL, type DatasetChange } from './changes.ts';
