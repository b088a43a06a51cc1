/**
 * Corrections to stored claims, kept as records of their own (what changed, when, the old and
 * the new value) rather than by rewriting a dataset's rows, and re-applied by claim id over any
 * dataset, such as a new baseline. Pure.
 */
import Papa from 'papaparse';
import type { Claim } from './claim.ts';
import { unescapeFormula } from './claims-csv.ts';
import { writeCsv, type Cell } from './csv-write.ts';

/** The fields a correction may change. */
export const CORRECTABLE_FIELDS = [
  'metric',
  'metric_label',
  'entity',
  'period',
  'value',
  'unit',
  'unit_label',
  'qualifier',
  'kind',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type ClaimFields = Partial<Pick<Claim, CorrectableField>>;

export interface Correction {
  id: string;
  claimId: string;
  /** The dataset the claim was corrected in (a correction applies wherever the claim id is). */
  datasetId: string;
  /** `reject`: the claim is wrong altogether and is no longer shown. */
  action: 'edit' | 'reject';
  /** The corrected fields' values before and after. Empty for a rejection. */
  before: ClaimFields;
  after: ClaimFields;
  /** Who made it, as they gave their name; may be empty. */
  author: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  note: string;
}

/** A correction that could not be applied, and why. */
export interface CorrectionConflict {
  correction: Correction;
  reason: string;
}

export interface CorrectedClaims {
  /** The claims with every applicable correction applied; rejected claims left out. */
  claims: Claim[];
  /** The claim as stored, by id, for every claim a correction changed or rejected. */
  originals: Map<string, Claim>;
  /** The last correction applied to each claim in `originals`: who made it, and when. */
  latest: Map<string, Correction>;
  conflicts: CorrectionConflict[];
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/**
 * Applies corrections, oldest first, by claim id. A correction conflicts (and is not applied) when
 * its claim is not in `claims`, or when a field it changes no longer holds the value it changed
 * (the claim was re-extracted with another value since): the analyst decides again.
 */
export function applyCorrections(
  claims: readonly Claim[],
  corrections: readonly Correction[],
): CorrectedClaims {
  const byId = new Map<string, Claim>();
  for (const claim of claims) byId.set(claim.id, claim);
  const current = new Map<string, Claim>();
  const rejected = new Set<string>();
  const originals = new Map<string, Claim>();
  const latest = new Map<string, Correction>();
  const conflicts: CorrectionConflict[] = [];
  const ordered = [...corrections].sort((a, b) => a.createdAt - b.createdAt);
  for (const correction of ordered) {
    const original = byId.get(correction.claimId);
    if (!original) {
      conflicts.push({ correction, reason: `claim ${correction.claimId} is not in this dataset` });
      continue;
    }
    if (rejected.has(correction.claimId)) {
      conflicts.push({ correction, reason: `claim ${correction.claimId} was rejected earlier` });
      continue;
    }
    const claim = current.get(correction.claimId) ?? original;
    const changed = (Object.keys(correction.before) as CorrectableField[]).find(
      (field) => claim[field] !== correction.before[field],
    );
    if (changed) {
      conflicts.push({
        correction,
        reason: `its ${changed} is now ${show(claim[changed])}, not ${show(correction.before[changed])} as when it was corrected`,
      });
      continue;
    }
    originals.set(correction.claimId, original);
    latest.set(correction.claimId, correction);
    if (correction.action === 'reject') rejected.add(correction.claimId);
    else current.set(correction.claimId, { ...claim, ...correction.after });
  }
  return {
    claims: claims.flatMap((claim) =>
      rejected.has(claim.id) ? [] : [current.get(claim.id) ?? claim],
    ),
    originals,
    latest,
    conflicts,
  };
}

/** Columns of an exported corrections CSV: one row per corrected field, one for a rejection. */
export const CORRECTION_COLUMNS = [
  'correction_id',
  'claim_id',
  'dataset_id',
  'action',
  'field',
  'old_value',
  'new_value',
  'author',
  'created_at',
  'note',
] as const;

/** Corrections as CSV (the project's writer: RFC 4180, BOM, formula guard). */
export function correctionsToCsv(corrections: readonly Correction[]): string {
  const rows: Cell[][] = [];
  for (const c of corrections) {
    const common = (field: string, before: Cell, after: Cell): Cell[] => [
      c.id,
      c.claimId,
      c.datasetId,
      c.action,
      field,
      before,
      after,
      c.author,
      new Date(c.createdAt).toISOString(),
      c.note,
    ];
    const fields = Object.keys(c.after) as CorrectableField[];
    if (c.action === 'reject' || fields.length === 0) rows.push(common('', null, null));
    for (const field of c.action === 'reject' ? [] : fields)
      rows.push(common(field, c.before[field] ?? null, c.after[field] ?? null));
  }
  return writeCsv(CORRECTION_COLUMNS, rows, 'spreadsheet');
}

/**
 * Reads a corrections CSV as `correctionsToCsv` writes it. Throws naming the row and column of
 * the first problem.
 */
export function parseCorrectionsCsv(text: string, fileName = 'corrections CSV'): Correction[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  // `author` came later: a file written before it is read with every author empty
  const missing = CORRECTION_COLUMNS.filter(
    (column) => column !== 'author' && !parsed.meta.fields?.includes(column),
  );
  if (missing.length > 0)
    throw new Error(
      `${fileName}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  const byId = new Map<string, Correction>();
  parsed.data.forEach((record, index) => {
    const row = index + 2;
    const cell = (column: (typeof CORRECTION_COLUMNS)[number]) =>
      unescapeFormula((record[column] ?? '').trim());
    const id = cell('correction_id');
    const action = cell('action');
    if (!id) throw new Error(`${fileName}, row ${row}, column "correction_id": empty`);
    if (action !== 'edit' && action !== 'reject')
      throw new Error(
        `${fileName}, row ${row}, column "action": "${action}" is not edit or reject`,
      );
    const createdAt = Date.parse(cell('created_at'));
    if (Number.isNaN(createdAt))
      throw new Error(
        `${fileName}, row ${row}, column "created_at": "${cell('created_at')}" is not a date`,
      );
    let correction = byId.get(id);
    if (!correction) {
      correction = {
        id,
        claimId: cell('claim_id'),
        datasetId: cell('dataset_id'),
        action,
        before: {},
        after: {},
        author: cell('author'),
        createdAt,
        note: cell('note'),
      };
      byId.set(id, correction);
    }
    const field = cell('field');
    if (!field) return;
    if (!(CORRECTABLE_FIELDS as readonly string[]).includes(field))
      throw new Error(`${fileName}, row ${row}, column "field": "${field}" cannot be corrected`);
    const read = (column: 'old_value' | 'new_value') => {
      const raw = cell(column);
      if (field !== 'value') return raw;
      const number = Number(raw);
      if (raw === '' || !Number.isFinite(number))
        throw new Error(`${fileName}, row ${row}, column "${column}": "${raw}" is not a number`);
      return number;
    };
    (correction.before as Record<string, unknown>)[field] = read('old_value');
    (correction.after as Record<string, unknown>)[field] = read('new_value');
  });
  return [...byId.values()];
}

/** Only the corrections of claims in `claims` (the rest are for other documents or datasets). */
export function correctionsFor(
  claims: readonly Claim[],
  corrections: readonly Correction[],
): Correction[] {
  const ids = new Set(claims.map((claim) => claim.id));
  return corrections.filter((correction) => ids.has(correction.claimId));
}

let counter = 0;
/** A correction id that does not collide between tabs. */
export function newCorrectionId(now = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  return `cor-${now.toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 2 ** 32).toString(36)}`;
}

/**
 * A correction of `claim` to `after` (only the fields that change are kept), or a rejection.
 * Returns undefined when nothing changes.
 */
export function makeCorrection(
  claim: Claim,
  datasetId: string,
  change: { action: 'edit'; after: ClaimFields } | { action: 'reject' },
  details: { author?: string; note?: string; now?: number } = {},
): Correction | undefined {
  const before: ClaimFields = {};
  const after: ClaimFields = {};
  if (change.action === 'edit') {
    for (const field of CORRECTABLE_FIELDS) {
      const next = change.after[field];
      if (next === undefined || next === claim[field]) continue;
      (before as Record<string, unknown>)[field] = claim[field];
      (after as Record<string, unknown>)[field] = next;
    }
    if (Object.keys(after).length === 0) return undefined;
  }
  const now = details.now ?? Date.now();
  return {
    id: newCorrectionId(now),
    claimId: claim.id,
    datasetId,
    action: change.action,
    before,
    after,
    author: details.author ?? '',
    createdAt: now,
    note: details.note ?? '',
  };
}
