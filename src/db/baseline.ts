import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/csv-problem.ts';
import type { ShippedClaims } from '../lib/shipped-claims.ts';
import { BASELINE_ID, type DatasetMeta, type NewDataset } from './types.ts';

export interface PreparedBaseline {
  meta: DatasetMeta;
  claims: Claim[];
  problems: CsvProblem[];
}

/** Describes the shipped claims (validated at build time, as uploads are) as the baseline. */
export function prepareBaseline(shipped: ShippedClaims, now = Date.now()): PreparedBaseline {
  return {
    meta: {
      id: BASELINE_ID,
      name: 'Baseline (shipped claims.csv)',
      kind: 'baseline',
      createdAt: now,
      claimCount: shipped.claims.length,
      hash: shipped.hash,
      fileName: shipped.fileName,
    },
    claims: shipped.claims,
    problems: shipped.problems,
  };
}

/** Splits claims into chunks of `size`, the unit of storage. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Baseline first, then uploads newest first. */
export function compareDatasets(a: DatasetMeta, b: DatasetMeta): number {
  if (a.kind !== b.kind) return a.kind === 'baseline' ? -1 : 1;
  return b.createdAt - a.createdAt || a.name.localeCompare(b.name);
}

let counter = 0;
/** A dataset id that sorts by creation time and does not collide between tabs. */
export function newDatasetId(now = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 0x100000000).toString(36);
  return `ds-${now.toString(36)}-${counter.toString(36)}-${random}`;
}

/** The metadata record of a dataset about to be saved, the same for every store. */
export function newDatasetMeta(
  dataset: NewDataset,
  claimCount: number,
  now = Date.now(),
  id = newDatasetId(now),
): DatasetMeta {
  return {
    id,
    name: dataset.name,
    kind: dataset.kind,
    createdAt: now,
    claimCount,
    hash: dataset.hash ?? '',
    fileName: dataset.fileName ?? '',
  };
}
