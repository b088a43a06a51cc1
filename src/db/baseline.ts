import { parseClaimsCsv } from '../lib/claims-csv.ts';
import { contentHash } from '../lib/hash.ts';
import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/claims-csv.ts';
import { BASELINE_ID, type DatasetMeta, type NewDataset } from './types.ts';

export interface PreparedBaseline {
  meta: DatasetMeta;
  claims: Claim[];
  problems: CsvProblem[];
}

/** Validates the shipped CSV with the same parser uploads use, and describes it as the baseline. */
export function prepareBaseline(
  csvText: string,
  hash: string,
  fileName: string,
  now = Date.now(),
): PreparedBaseline {
  const parsed = parseClaimsCsv(csvText);
  return {
    meta: {
      id: BASELINE_ID,
      name: 'Baseline (shipped claims.csv)',
      kind: 'baseline',
      createdAt: now,
      claimCount: parsed.claims.length,
      hash,
      fileName,
    },
    claims: parsed.claims,
    problems: parsed.problems,
  };
}

export { contentHash };

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
