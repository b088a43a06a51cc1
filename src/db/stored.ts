/**
 * Whether this browser holds anything Sandar stored, asked without opening the database or loading
 * Dexie (both wait until the first screen is drawn). A chart drawn at build time from the shipped
 * claims is shown only where nothing is stored (a first visit): stored corrections or datasets
 * could make the numbers on screen differ from the shipped ones.
 */

/** The IndexedDB database Sandar keeps its datasets, corrections and official tables in. */
export const DB_NAME = 'sandar';

/**
 * True when Sandar's database exists, and when the browser cannot tell (no `databases()`, or it
 * fails): only a known absence counts as nothing stored. Without IndexedDB nothing can be stored.
 *
 * @example await hasStoredData(indexedDB) // false on a first visit, true once the store opened
 */
export async function hasStoredData(
  factory: IDBFactory | undefined = (globalThis as { indexedDB?: IDBFactory }).indexedDB,
): Promise<boolean> {
  if (!factory) return false;
  if (typeof factory.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((database) => database.name === DB_NAME);
  } catch {
    return true;
  }
}
