import type { Claim } from './claim.ts';

export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** Fields whose difference makes a matched pair "changed". Text (quote, outlet) is not a claim's content. */
export const COMPARED_FIELDS = ['value', 'unit', 'kind', 'qualifier'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface DiffEntry {
  status: DiffStatus;
  metric: string;
  entity: string;
  period: string;
  /** The claim in the baseline side (`before`) and in the other side (`after`); one is null when added or removed. */
  before: Claim | null;
  after: Claim | null;
  changedFields: ComparedField[];
  /** The units differ (USD against KZT, percent against count): the values are never compared. */
  unitMismatch: boolean;
  /** after − before, when both exist in the same unit. */
  absoluteChange: number | null;
  /** (after − before) / |before|, when both exist in the same unit and before ≠ 0. */
  relativeChange: number | null;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** Changed pairs whose units differ (also counted in `changed`). */
  unitMismatch: number;
}

export interface DiffResult {
  counts: DiffCounts;
  /** Grouped by match key in first-seen order (baseline first, then the other side's new keys). */
  entries: DiffEntry[];
}

/** Orders claims under one key so pairing never depends on row order. */
function byContent(a: Claim, b: Claim): number {
  return (
    a.kind.localeCompare(b.kind) ||
    a.value - b.value ||
    a.unit.localeCompare(b.unit) ||
    a.qualifier.localeCompare(b.qualifier) ||
    a.source_id.localeCompare(b.source_id) ||
    a.id.localeCompare(b.id)
  );
}

function sameContent(a: Claim, b: Claim): boolean {
  return COMPARED_FIELDS.every((field) => a[field] === b[field]);
}

function entry(before: Claim | null, after: Claim | null): DiffEntry {
  const claim = (before ?? after)!;
  if (!before || !after) {
    return {
      status: before ? 'removed' : 'added',
      metric: claim.metric,
      entity: claim.entity,
      period: claim.period,
      before,
      after,
      changedFields: [],
      unitMismatch: false,
      absoluteChange: null,
      relativeChange: null,
    };
  }
  const changedFields: ComparedField[] = [];
  for (const field of COMPARED_FIELDS)
    if (before[field] !== after[field]) changedFields.push(field);
  const unitMismatch = before.unit !== after.unit;
  const absoluteChange = unitMismatch ? null : after.value - before.value;
  const relativeChange =
    absoluteChange === null || before.value === 0 ? null : absoluteChange / Math.abs(before.value);
  return {
    status: changedFields.length > 0 ? 'changed' : 'unchanged',
    metric: claim.metric,
    entity: claim.entity,
    period: claim.period,
    before,
    after,
    changedFields,
    unitMismatch,
    absoluteChange,
    relativeChange,
  };
}

/** Takes the first claim in `pool` that `accept`s, removing it. */
function take(pool: Claim[], accept: (claim: Claim) => boolean): Claim | null {
  const index = pool.findIndex(accept);
  return index < 0 ? null : pool.splice(index, 1)[0]!;
}

/**
 * Pairs the claims under one match key: identical claims first (so reordered or repeated rows
 * never show as changes), then the same kind, then whatever is left, each in content order.
 */
function pairGroup(before: Claim[], after: Claim[], out: DiffEntry[]): void {
  if (before.length === 1 && after.length === 1) {
    out.push(entry(before[0]!, after[0]!));
    return;
  }
  const left = [...before].sort(byContent);
  const right = [...after].sort(byContent);
  const pairs: [Claim | null, Claim | null][] = [];
  for (const accept of [sameContent, (a: Claim, b: Claim) => a.kind === b.kind, () => true]) {
    for (const claim of [...left]) {
      const match = take(right, (candidate) => accept(claim, candidate));
      if (match) {
        left.splice(left.indexOf(claim), 1);
        pairs.push([claim, match]);
      }
    }
  }
  for (const claim of left) pairs.push([claim, null]);
  for (const claim of right) pairs.push([null, claim]);
  for (const [a, b] of pairs) out.push(entry(a, b));
}

/**
 * Compares two datasets. Claims match on metric, entity and period; where several share that
 * key, kind breaks the tie. Units that differ are flagged, never subtracted.
 *
 * @example diffClaims([{…value: 1}], [{…value: 2}]).counts // { added: 0, removed: 0, changed: 1, unchanged: 0, unitMismatch: 0 }
 */
export function diffClaims(base: readonly Claim[], other: readonly Claim[]): DiffResult {
  const steps = diffSteps(base, other);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `diffClaims` in slices, for a page that must stay responsive while a million claims are
 * compared: `pause` is awaited every few thousand claims (the caller decides how to yield).
 */
export async function diffClaimsInSlices(
  base: readonly Claim[],
  other: readonly Claim[],
  pause: () => Promise<void>,
): Promise<DiffResult> {
  const steps = diffSteps(base, other);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}

/** Claims handled between two pauses of `diffClaimsInSlices`. */
const SLICE = 2_000;

/** The claims of one side under one match key: one alone (most keys), or several. */
type Bucket = Claim | Claim[];

/** The claims of both sides under one match key. */
interface Group {
  before: Bucket | undefined;
  after: Bucket | undefined;
}

const addTo = (bucket: Bucket | undefined, claim: Claim): Bucket =>
  bucket === undefined
    ? claim
    : Array.isArray(bucket)
      ? (bucket.push(claim), bucket)
      : [bucket, claim];

/**
 * Groups by match key (metric, entity, period) in first-seen order, found by metric, then entity,
 * then period: no key string is made for each claim (a read upload's repeated texts are one
 * string each, whose hash is kept, `ClaimsCsvValidator`).
 */
class Groups {
  readonly inOrder: Group[] = [];
  readonly #byMetric = new Map<string, Map<string, Map<string, Group>>>();

  of(claim: Claim): Group {
    let byEntity = this.#byMetric.get(claim.metric);
    if (byEntity === undefined) this.#byMetric.set(claim.metric, (byEntity = new Map()));
    let byPeriod = byEntity.get(claim.entity);
    if (byPeriod === undefined) byEntity.set(claim.entity, (byPeriod = new Map()));
    let group = byPeriod.get(claim.period);
    if (group === undefined) {
      group = { before: undefined, after: undefined };
      byPeriod.set(claim.period, group);
      this.inOrder.push(group);
    }
    return group;
  }
}

const listOf = (bucket: Bucket | undefined): Claim[] =>
  bucket === undefined ? [] : Array.isArray(bucket) ? bucket : [bucket];

function* diffSteps(base: readonly Claim[], other: readonly Claim[]): Generator<void, DiffResult> {
  // A bucket per match key and side, a claim itself where it is alone under its key: a big
  // upload's keys are mostly on one side, once (no arrays for each).
  const groups = new Groups();
  let done = 0;
  for (const claim of base) {
    const group = groups.of(claim);
    group.before = addTo(group.before, claim);
    if (++done % SLICE === 0) yield;
  }
  for (const claim of other) {
    const group = groups.of(claim);
    group.after = addTo(group.after, claim);
    if (++done % SLICE === 0) yield;
  }

  const entries: DiffEntry[] = [];
  const counts: DiffCounts = { added: 0, removed: 0, changed: 0, unchanged: 0, unitMismatch: 0 };
  // Keys in first-seen order: the baseline's, then the other side's new ones.
  for (const { before, after } of groups.inOrder) {
    const from = entries.length;
    if (!Array.isArray(before) && !Array.isArray(after))
      entries.push(entry(before ?? null, after ?? null));
    else pairGroup(listOf(before), listOf(after), entries);
    for (let i = from; i < entries.length; i++) {
      const item = entries[i]!;
      counts[item.status]++;
      if (item.unitMismatch) counts.unitMismatch++;
    }
    if (++done % SLICE === 0) yield;
  }
  return { counts, entries };
}

export type DiffSortKey =
  | 'status'
  | 'metric'
  | 'entity'
  | 'period'
  | 'before'
  | 'after'
  | 'absoluteChange'
  | 'relativeChange';

const STATUS_ORDER: Record<DiffStatus, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };

function sortValue(item: DiffEntry, key: DiffSortKey): string | number | null {
  switch (key) {
    case 'status':
      return STATUS_ORDER[item.status];
    case 'before':
      return item.before?.value ?? null;
    case 'after':
      return item.after?.value ?? null;
    case 'absoluteChange':
    case 'relativeChange':
      return item[key];
    default:
      return item[key];
  }
}

/**
 * Sorts diff entries by one column; empty values (no change computable) always go last.
 * Returns a new array; the input is not touched.
 */
export function sortDiffEntries(
  entries: readonly DiffEntry[],
  key: DiffSortKey,
  direction: 'asc' | 'desc' = 'asc',
): DiffEntry[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = entries.map((item, index) => ({ item, index, value: sortValue(item, key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    }
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : String(a.value).localeCompare(String(b.value));
    return order * sign || a.index - b.index;
  });
  return keyed.map(({ item }) => item);
}
