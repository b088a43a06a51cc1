import { newDatasetId } from './baseline.ts';
import type { NewOfficial, OfficialMeta } from './types.ts';

/** The record of an official table version about to be stored, the same for every store. */
export function newOfficialMeta(
  dataset: NewOfficial,
  valueCount: number,
  vintage: number,
  now = Date.now(),
): OfficialMeta {
  return {
    id: `of-${newDatasetId(now).slice(3)}`,
    name: dataset.name,
    source: dataset.source,
    fileName: dataset.fileName,
    downloaded: dataset.downloaded,
    tableKey: dataset.tableKey,
    vintage,
    createdAt: now,
    shipped: dataset.shipped ?? false,
    valueCount,
    hash: dataset.hash ?? '',
    updated: dataset.updated ?? '',
  };
}

/** Newest first. */
export function newestFirst(a: OfficialMeta, b: OfficialMeta): number {
  return b.createdAt - a.createdAt || b.vintage - a.vintage;
}

/** The next version number of a table. */
export function nextVintage(stored: readonly OfficialMeta[], tableKey: string): number {
  return 1 + Math.max(0, ...stored.filter((m) => m.tableKey === tableKey).map((m) => m.vintage));
}
