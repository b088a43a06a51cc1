/** Official tables in IndexedDB: one record per version, its values in one record beside it. */
import type Dexie from 'dexie';
import type { Table } from 'dexie';
import type { LayoutMapping, OfficialValue } from '../lib/official/official.ts';
import { newestFirst, newOfficialMeta, nextVintage } from './official-meta.ts';
import { DatasetNotFoundError, type OfficialMeta, type OfficialStore } from './types.ts';

export interface OfficialTables extends Dexie {
  official: Table<OfficialMeta, string>;
  officialValues: Table<{ id: string; values: OfficialValue[] }, string>;
  layouts: Table<LayoutMapping, string>;
}

/** The schema version(3) adds to the database. */
export const OFFICIAL_STORES = {
  official: 'id, tableKey, createdAt',
  officialValues: 'id',
  layouts: 'key',
};

/**
 * @param guard turns the browser's quota error into `StorageQuotaError` naming `what`
 */
export function dexieOfficialStore(
  db: OfficialTables,
  guard: <T>(what: string, body: () => Promise<T>) => Promise<T>,
): OfficialStore {
  const write = <T>(what: string, body: () => Promise<T>) =>
    guard(what, () => db.transaction('rw', db.official, db.officialValues, body));
  return {
    async save(dataset, values) {
      return write(`"${dataset.name}"`, async () => {
        const stored = await db.official.where('tableKey').equals(dataset.tableKey).toArray();
        const meta = newOfficialMeta(dataset, values.length, nextVintage(stored, dataset.tableKey));
        await db.official.add(meta);
        await db.officialValues.add({ id: meta.id, values: [...values] });
        return meta;
      });
    },
    async list() {
      return (await db.official.toArray()).sort(newestFirst);
    },
    async load(id) {
      const record = await db.officialValues.get(id);
      if (!record) throw new DatasetNotFoundError(id);
      return record.values;
    },
    async delete(id) {
      await write('the deletion', async () => {
        await db.official.delete(id);
        await db.officialValues.delete(id);
      });
    },
    async saveMapping(mapping) {
      await db.layouts.put(mapping);
    },
    async mapping(key) {
      return db.layouts.get(key);
    },
    async ensureShipped(dataset, values) {
      return write('the shipped official figures', async () => {
        const stored = await db.official.where('tableKey').equals(dataset.tableKey).toArray();
        const shipped = stored.filter((m) => m.shipped);
        if (shipped.some((m) => m.hash === dataset.hash)) return 'unchanged' as const;
        for (const old of shipped) {
          await db.official.delete(old.id);
          await db.officialValues.delete(old.id);
        }
        const meta = newOfficialMeta(
          { ...dataset, shipped: true },
          values.length,
          nextVintage(stored, dataset.tableKey),
        );
        await db.official.add(meta);
        await db.officialValues.add({ id: meta.id, values: [...values] });
        return shipped.length > 0 ? ('replaced' as const) : ('imported' as const);
      });
    },
  };
}
