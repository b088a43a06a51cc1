/**
 * Messages between the page and the data worker. The worker holds what is big (parsed uploads,
 * the claims of compared datasets, the diff); the page asks for what it shows.
 */
import type { DatasetMeta, NewDataset, NewOfficial, OfficialMeta } from '../db/index.ts';
import type { Claim } from '../lib/claim.ts';
import type { CsvProblem } from '../lib/csv-problem.ts';
import type { DiffEntry } from '../lib/diff.ts';
import type { DiffOverview, DiffPage, DiffQuery } from '../lib/diff-view.ts';
import type { Encoding } from '../lib/upload/decode.ts';
import type { Delimiter } from '../lib/upload/delimiter.ts';
import type { ReadSummary } from '../lib/upload/read-claims.ts';
import type { Layout } from '../lib/official/layout.ts';
import type { ColumnRoles, IndicatorChoice, OfficialValue } from '../lib/official/official.ts';
import type { CellProblem, IndicatorSummary } from '../lib/official/read-table.ts';

/** An official table as read in the worker: enough for the mapping step, not its figures. */
export interface OfficialPreview {
  layout: Layout;
  layoutKey: string;
  encoding: string;
  /** Sheets of a workbook (the one read is `sheet`); empty for CSV. */
  sheets: string[];
  sheet: string;
  /** The header row and the first rows of figures, cells cut to 40 characters. */
  preview: string[][];
  indicators: IndicatorSummary[];
  missing: Record<string, number>;
  decimalCommaCells: number;
  problems: CellProblem[];
  problemCount: number;
  pointCount: number;
  /** A choice per indicator, suggested from the catalogue and the indicator's words. */
  suggested: IndicatorChoice[];
}

export interface Sniffed {
  encoding: Encoding;
  encodingReason: string;
  bom: boolean;
  delimiter: Delimiter;
  decimalComma: boolean;
  preview: string[][];
}

export interface ParseResult {
  summary: ReadSummary;
  /** The listed problems (at most `MAX_LISTED_PROBLEMS`; `summary.problemCount` counts all). */
  problems: CsvProblem[];
}

/** Events the worker sends while a job is read or stored. */
export type JobEvent =
  | { type: 'sniffed'; job: number; sniffed: Sniffed }
  | { type: 'progress'; job: number; progress: number; validRows: number }
  | { type: 'stored'; job: number; written: number; total: number };

/** Called with a job's events; crosses to the worker as a Comlink proxy. */
export type OnJobEvent = (event: JobEvent) => void;

/** Requests and what each answers; the worker exposes them with Comlink (`DataApi`). */
export interface Requests {
  /** Reads a file as job `job`; the valid claims stay in the worker. Null when cancelled. */
  parse: { args: { job: number; file: Blob; encoding?: Encoding }; result: ParseResult | null };
  /** Stores a read job as a dataset: publishes what was written ahead, or writes it all at once. */
  save: { args: { job: number; dataset: NewDataset }; result: DatasetMeta };
  /** Hands a read job's claims to the page (where the worker cannot reach the page's store). */
  take: { args: { job: number }; result: Claim[] };
  compare: { args: { baseId: string; otherId: string }; result: DiffOverview };
  page: { args: { query: DiffQuery }; result: DiffPage };
  metric: { args: { metric: string }; result: DiffEntry[] };
  exportDiff: { args: Record<string, never>; result: string };
  exportDataset: { args: { datasetId: string }; result: string };
  /** Reads an official table as job `job` (again with other columns, or another sheet). */
  readOfficial: {
    args: { job: number; file: Blob; fileName: string; roles?: ColumnRoles; sheet?: string };
    result: OfficialPreview;
  };
  /** The figures of a read official table's mapped indicators, in the claims' units. */
  officialValues: { args: { job: number; choices: IndicatorChoice[] }; result: OfficialValue[] };
  /** Stores those figures as the next version of their table, from the worker (IndexedDB). */
  saveOfficial: {
    args: { job: number; choices: IndicatorChoice[]; dataset: NewOfficial };
    result: OfficialMeta;
  };
}

export type RequestType = keyof Requests;

/** Fire-and-forget notices from the page, answered with nothing. */
export interface Notices {
  /** Opens the database now, so the first save does not wait for it. */
  warm(): void;
  cancel(job: number): void;
  discard(job: number): void;
  forget(datasetId: string): void;
}

/**
 * What the worker exposes. `onEvent` (parse and save) is a separate argument because Comlink
 * proxies only top-level arguments, not functions inside an object.
 */
export type DataApi = {
  [K in RequestType]: (
    args: Requests[K]['args'],
    onEvent?: OnJobEvent,
  ) => Promise<Requests[K]['result']>;
} & Notices;
