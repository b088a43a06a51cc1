/**
 * Official tables in IndexedDB: one record per version, and its values beside it, one record
 * per series (metric and entity), so the page reads only the series its claims need.
 */
import type Dexie from 'dexie';
import type { Table } from 'dexie';
import {
  groupBySeries,
  seriesKey,
  type LayoutMapping,
  type OfficialValue,
} from '../lib/official/official.ts';
import { announceChange } from './changes.ts';
import { newestFirst, newOfficialMeta, nextVintage } from './official-meta.ts';
import { DatasetNotFoundError, type OfficialMeta, type OfficialStore } from './types.ts';

export interface OfficialTables extends Dexie {
  official: Table<OfficialMeta, string>;
  /** `id`: `<version id>#0000000`…, one per series (a version stored before that: `<id>`). */
  officialValues: Table<{ id: string; values: OfficialValue[] }, string>;
  layouts: Table<LayoutMapping, string>;
}

/** The schema version(3) adds to the database. */
export const OFFICIAL_STORES = {
  official: 'id, tableKey, createdAt',
  officialValues: 'id',
  layouts: 'key',
};

/** Series records read per request: a few thousand figures, a few milliseconds to clone. */
const SERIES_PER_READ = 200;

/**
 * @param guard turns the browser's quota error into `StorageQuotaError` naming `what`
 */
export function dexieOfficialStore(
  db: OfficialTables,
  guard: <T>(what: string, body: () => Promise<T>) => Promise<T>,
): OfficialStore {
  const write = <T>(what: string, body: () => Promise<T>) =>
    guard(what, () => db.transaction('rw', db.official, db.officialValues, body));
  const seriesRecords = (id: string) =>
    db.officialValues.where('id').between(`${id}#`, `${id}#\uffff`);
  const recordId = (id: string, series: string) => `${id}#${series}`;
  const addValues = (id: string, values: readonly OfficialValue[]) =>
    db.officialValues.bulkAdd(
      groupBySeries(values).map((series) => ({
        id: recordId(id, seriesKey(series[0]!.metric, series[0]!.entity)),
        values: series,
      })),
    );
  const deleteValues = async (id: string) => {
    await seriesRecords(id).delete();
    await db.officialValues.delete(id);
  };
  const eachSeries: OfficialStore['eachSeries'] = async (id, visit, only) => {
    if (!(await db.official.get(id))) throw new DatasetNotFoundError(id);
    const legacy = await db.officialValues.get(id);
    if (legacy) {
      const groups = groupBySeries(legacy.values);
      await visit(
        only ? groups.filter((g) => only.has(seriesKey(g[0]!.metric, g[0]!.entity))) : groups,
      );
      return;
    }
    // The series asked for are read by key: a table's other series are never touched.
    const keys = only
      ? [...only].map((series) => recordId(id, series))
      : await seriesRecords(id).primaryKeys();
    for (let start = 0; start < keys.length; start += SERIES_PER_READ) {
      const records = await db.officialValues.bulkGet(keys.slice(start, start + SERIES_PER_READ));
      const found = records.filter((record) => record !== undefined);
      // A version deleted meanwhile (in another tab) leaves holes where every key was listed.
      if (!only && found.length < records.length) throw new DatasetNotFoundError(id);
      await visit(found.map((record) => record.values));
    }
  };
  return {
    async save(dataset, values) {
      const meta = await write(`"${dataset.name}"`, async () => {
        const stored = await db.official.where('tableKey').equals(dataset.tableKey).toArray();
        const meta = newOfficialMeta(dataset, values.length, nextVintage(stored, dataset.tableKey));
        await db.official.add(meta);
        await addValues(meta.id, values);
        return meta;
      });
      // Other tabs (and this tab's page, when the worker stored it) check the claims again.
      announceChange({ kind: 'official', datasetId: meta.id });
      return meta;
    },
    async list() {
      return (await db.official.toArray()).sort(newestFirst);
    },
    eachSeries,
    async load(id) {
      const values: OfficialValue[] = [];
      await eachSeries(id, (series) => {
        for (const group of series) values.push(...group);
      });
      return values;
    },
    async delete(id) {
      await write('the deletion', async () => {
        await db.official.delete(id);
        await deleteValues(id);
      });
      announceChange({ kind: 'official', datasetId: id });
    },
    async saveMapping(mapping) {
      await db.layouts.put(mapping);
    },
    async mapping(key) {
      return db.layouts.get(key);
    },
    async ensureShipped(dataset, values) {
      const result = await write('the shipped official figures', async () => {
        const stored = await db.official.where('tableKey').equals(dataset.tableKey).toArray();
        const shipped = stored.filter((m) => m.shipped);
        if (shipped.some((m) => m.hash === dataset.hash)) return 'unchanged' as const;
        for (const old of shipped) {
          await db.official.delete(old.id);
          await deleteValues(old.id);
        }
        const meta = newOfficialMeta(
          { ...dataset, shipped: true },
          values.length,
          nextVintage(stored, dataset.tableKey),
        );
        await db.official.add(meta);
        await addValues(meta.id, values);
        return {
          status: shipped.length > 0 ? ('replaced' as const) : ('imported' as const),
          id: meta.id,
        };
      });
      if (result === 'unchanged') return result;
      announceChange({ kind: 'official', datasetId: result.id });
      return result.status;
    },
  };
}
