/**
 * Which download of each official table the verdicts follow: by default the newest; the user can
 * pick an older one per table ("what was known when the claim was made").
 */
import type { OfficialSource } from './official.ts';

function newerFirst(a: OfficialSource, b: OfficialSource): number {
  return b.vintage - a.vintage || b.createdAt - a.createdAt;
}

/**
 * One source per table: the chosen one where `chosen` names a stored version of that table, the
 * newest otherwise. Tables come newest-stored first, shipped tables last, which is also the order
 * in which their figures are preferred when two tables give one.
 * @example currentVintages([wdi1, wdi2, weo1]) // [wdi2, weo1] (as weo1 was stored before wdi2)
 * @example currentVintages([wdi1, wdi2], { [wdi1.tableKey]: wdi1.id }) // [wdi1]
 */
export function currentVintages(
  sources: readonly OfficialSource[],
  chosen: Readonly<Record<string, string>> = {},
): OfficialSource[] {
  const tables = new Map<string, OfficialSource[]>();
  for (const source of sources) {
    const versions = tables.get(source.tableKey);
    if (versions) versions.push(source);
    else tables.set(source.tableKey, [source]);
  }
  const picked: OfficialSource[] = [];
  for (const [key, versions] of tables) {
    versions.sort(newerFirst);
    picked.push(versions.find((v) => v.id === chosen[key]) ?? versions[0]!);
  }
  return picked.sort((a, b) => Number(a.shipped) - Number(b.shipped) || b.createdAt - a.createdAt);
}

/**
 * The version of a table that was known on a date: the newest downloaded on or before it.
 * @example vintageAsOf([v1 (2024-07-01), v2 (2025-07-01)], '2025-01-05') // v1
 */
export function vintageAsOf(
  versions: readonly OfficialSource[],
  date: string,
): OfficialSource | undefined {
  return [...versions].sort(newerFirst).find((v) => v.downloaded <= date);
}

/** The versions of one table, newest first, for a picker. */
export function versionsOf(sources: readonly OfficialSource[], key: string): OfficialSource[] {
  return sources.filter((s) => s.tableKey === key).sort(newerFirst);
}
