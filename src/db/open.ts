import type { DexieStoreOptions } from './dexie-store.ts';
import type { ClaimStore } from './types.ts';

/** The store in memory, loaded when needed, like Dexie's: the first screen needs neither. */
const memoryStore = async (): Promise<ClaimStore> =>
  (await import('./memory-store.ts')).createMemoryStore();

export interface OpenedStore {
  store: ClaimStore;
  /** Why the app runs from memory; undefined when IndexedDB works. */
  fallbackReason?: string;
}

/** IndexedDB when it works, memory otherwise, with the reason to show the user. */
export async function openClaimStore(options: DexieStoreOptions = {}): Promise<OpenedStore> {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) {
    return {
      store: await memoryStore(),
      fallbackReason: 'This browser offers no IndexedDB storage.',
    };
  }
  try {
    // Dexie loads here, not with the page: the first screen is drawn from the shipped CSV meanwhile.
    const { openDexieStore } = await import('./dexie-store.ts');
    return { store: await openDexieStore(options) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      store: await memoryStore(),
      fallbackReason: `The browser refused storage (${detail}).`,
    };
  }
}

/** Asks the browser not to evict the data under storage pressure; false where it says no. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = (globalThis as { navigator?: Navigator }).navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}

export interface StorageEstimateResult {
  /** Bytes this origin stores (IndexedDB, caches…). */
  usage: number;
  /** Bytes the browser allows this origin. */
  quota: number;
  /** Whether the browser keeps the data when space runs low (`navigator.storage.persisted()`). */
  persisted: boolean;
}

/** What the browser says of this origin's storage, or null where it does not say. */
export async function estimateStorage(): Promise<StorageEstimateResult | null> {
  const storage = (globalThis as { navigator?: Navigator }).navigator?.storage;
  if (!storage?.estimate) return null;
  try {
    const [estimate, persisted] = await Promise.all([
      storage.estimate(),
      storage.persisted?.() ?? Promise.resolve(false),
    ]);
    if (estimate.usage === undefined || estimate.quota === undefined) return null;
    return { usage: estimate.usage, quota: estimate.quota, persisted };
  } catch {
    return null;
  }
}
