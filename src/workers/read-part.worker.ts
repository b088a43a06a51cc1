/// <reference lib="webworker" />
/**
 * The data worker's helper, a worker of its own on the other core: it reads the second part of
 * a big upload while the data worker reads the first (`splitForTwo`), and hands its claims back
 * as columns, which clone without a property name per cell. Started for one file and ended after.
 */
import { expose } from 'comlink';
import { toColumns, type ClaimColumns } from '../db/claim-columns.ts';
import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/csv-problem.ts';
import { readClaimsPart, type PartRead, type ReadOptions } from '../lib/upload/read-claims.ts';

export interface PartResult {
  read: PartRead;
  problems: CsvProblem[];
  claims: ClaimColumns;
}

export interface PartApi {
  /** Reads `text` (`options.header` given: data rows only); tells `onProgress` after each chunk. */
  read(
    text: string,
    options: ReadOptions,
    onProgress: (progress: number, validRows: number) => void,
  ): Promise<PartResult | null>;
}

const api: PartApi = {
  async read(text, options, onProgress) {
    const claims: Claim[] = [];
    const problems: CsvProblem[] = [];
    const read = await readClaimsPart(text, options, async (chunk) => {
      for (const claim of chunk.claims) claims.push(claim);
      for (const problem of chunk.problems) problems.push(problem);
      void onProgress(chunk.progress, claims.length);
      return true; // a Cancel ends this worker
    });
    return read && { read, problems, claims: toColumns(claims) };
  },
};

expose(api);
