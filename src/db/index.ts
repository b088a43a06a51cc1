/**
 * The only module tree that touches Dexie. Components and state use these functions. Dexie itself
 * (`dexie-store.ts`) is not re-exported: `openClaimStore` loads it when storage is first opened,
 * and the worker, which always needs it, imports it directly.
 */
export { openClaimStore, requestPersistentStorage, type OpenedStore } from './open.ts';
export { createMemoryStore } from './memory-store.ts';
export * from './types.ts';
