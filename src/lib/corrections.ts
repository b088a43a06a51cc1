/**
 * Corrections to stored claims, kept as records of their own (what changed, when, the old and
 * the new value) rather than by rewriting a dataset's rows, and re-applied by claim id over any
 * dataset, such as a new baseline. Pure.
 */
import type { Claim } from './claim.ts';

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
    if (correction.action === 'reject') rejected.add(correction.claimId);
    else current.set(correction.claimId, { ...claim, ...correction.after });
  }
  return {
    claims: claims.flatMap((claim) =>
      rejected.has(claim.id) ? [] : [current.get(claim.id) ?? claim],
    ),
    originals,
    conflicts,
  };
}
