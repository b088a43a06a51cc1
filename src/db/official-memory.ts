import {
  groupBySeries,
  seriesKey,
  type LayoutMapping,
  type OfficialValue,
} from '../lib/official/official.ts';
import { newestFirst, newOfficialMeta, nextVintage } from './official-meta.ts';
import { DatasetNotFoundError, type OfficialMeta, type OfficialStore } from './types.ts';

/** Official tables in memory, for the memory store. */
export function memoryOfficialStore(): OfficialStore {
  /** Values grouped by series, as IndexedDB keeps them. */
  const tables = new Map<string, { meta: OfficialMeta; series: OfficialValue[][] }>();
  const layouts = new Map<string, LayoutMapping>();
  const metas = () => [...tables.values()].map((t) => t.meta);
  const add = (meta: OfficialMeta, values: readonly OfficialValue[]) =>
    tables.set(meta.id, { meta, series: groupBySeries(structuredClone([...values])) });
  return {
    async save(dataset, values) {
      const meta = newOfficialMeta(dataset, values.length, nextVintage(metas(), dataset.tableKey));
      add(meta, values);
      return { ...meta };
    },
    async list() {
      return metas()
        .map((m) => ({ ...m }))
        .sort(newestFirst);
    },
    async eachSeries(id, visit, only) {
      const table = tables.get(id);
      if (!table) throw new DatasetNotFoundError(id);
      const wanted = only
        ? table.series.filter((s) => only.has(seriesKey(s[0]!.metric, s[0]!.entity)))
        : table.series;
      await visit(structuredClone(wanted));
    },
    async load(id) {
      const table = tables.get(id);
      if (!table) throw new DatasetNotFoundError(id);
      return structuredClone(table.series.flat());
    },
    async delete(id) {
      tables.delete(id);
    },
    async saveMapping(mapping) {
      layouts.set(mapping.key, structuredClone(mapping));
    },
    async mapping(key) {
      const found = layouts.get(key);
      return found && structuredClone(found);
    },
    async ensureShipped(dataset, values) {
      const shipped = metas().filter((m) => m.shipped && m.tableKey === dataset.tableKey);
      if (shipped.some((m) => m.hash === dataset.hash)) return 'unchanged';
      for (const old of shipped) tables.delete(old.id);
      add(
        newOfficialMeta(
          { ...dataset, shipped: true },
          values.length,
          nextVintage(metas(), dataset.tableKey),
        ),
        values,
      );
      return shipped.length > 0 ? 'replaced' : 'imported';
    },
  };
}
