import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { diffClaims, sortDiffEntries } from '../../src/lib/diff.ts';

const claim = (overrides: Partial<Claim>): Claim => ({
  ...emptyClaim(),
  metric: 'exports',
  entity: 'Kazakhstan',
  period: '2024',
  value: 100,
  unit: 'USD',
  ...overrides,
});

const BASE = [
  claim({ id: '1' }),
  claim({ id: '2', period: '2025', value: 200 }),
  claim({ id: '3', period: '2026', value: 300, kind: 'target' }),
  claim({ id: '4', metric: 'share', unit: 'percent', value: 5 }),
];

describe('diffClaims', () => {
  test.each([
    ['the same claims', BASE, { added: 0, removed: 0, changed: 0, unchanged: 4, unitMismatch: 0 }],
    [
      'rows reordered',
      [...BASE].reverse(),
      { added: 0, removed: 0, changed: 0, unchanged: 4, unitMismatch: 0 },
    ],
    [
      'one value changed',
      [BASE[0]!, { ...BASE[1]!, value: 250 }, BASE[2]!, BASE[3]!],
      { added: 0, removed: 0, changed: 1, unchanged: 3, unitMismatch: 0 },
    ],
    [
      'one added, one removed',
      [...BASE.slice(1), claim({ period: '2030' })],
      { added: 1, removed: 1, changed: 0, unchanged: 3, unitMismatch: 0 },
    ],
    [
      'a unit changed',
      [{ ...BASE[0]!, unit: 'KZT' }, ...BASE.slice(1)],
      { added: 0, removed: 0, changed: 1, unchanged: 3, unitMismatch: 1 },
    ],
    [
      'nothing on the other side',
      [],
      { added: 0, removed: 4, changed: 0, unchanged: 0, unitMismatch: 0 },
    ],
    [
      'three new claims under one new key, and one under an old key',
      [...BASE, ...[7, 8, 9].map((value) => claim({ period: '2031', value })), claim({ id: '5' })],
      { added: 4, removed: 0, changed: 0, unchanged: 4, unitMismatch: 0 },
    ],
  ])('%s', (_name, other, counts) => {
    const input = structuredClone(BASE);
    expect(diffClaims(BASE, other).counts).toEqual(counts);
    expect(BASE).toEqual(input); // not mutated
  });

  test('a diff leaves nothing behind for the next one', () => {
    const added = [claim({ period: '2031' }), claim({ period: '2031', value: 2 })];
    expect(diffClaims([], added).counts.added).toBe(2);
    expect(diffClaims(BASE, []).counts.removed).toBe(4);
    expect(diffClaims([], [claim({ period: '2032' })]).entries.map((e) => e.before)).toEqual([
      null,
    ]);
  });

  test('a changed value carries absolute and relative change', () => {
    const [entry] = diffClaims([claim({ value: 200 })], [claim({ value: 250 })]).entries;
    expect(entry).toMatchObject({
      status: 'changed',
      changedFields: ['value'],
      absoluteChange: 50,
      relativeChange: 0.25,
    });
  });

  test('relative change is absent when the baseline value is zero, and uses |before| when negative', () => {
    expect(diffClaims([claim({ value: 0 })], [claim({ value: 5 })]).entries[0]).toMatchObject({
      absoluteChange: 5,
      relativeChange: null,
    });
    expect(diffClaims([claim({ value: -10 })], [claim({ value: -5 })]).entries[0]).toMatchObject({
      absoluteChange: 5,
      relativeChange: 0.5,
    });
  });

  test('different units are flagged and never subtracted', () => {
    const [entry] = diffClaims(
      [claim({ unit: 'USD', value: 1 })],
      [claim({ unit: 'KZT', value: 500 })],
    ).entries;
    expect(entry).toMatchObject({
      status: 'changed',
      unitMismatch: true,
      absoluteChange: null,
      relativeChange: null,
    });
    expect(entry!.changedFields).toEqual(['value', 'unit']);
  });

  test('entries come by key in first-seen order: the baseline keys, then the new ones', () => {
    const at = (metric: string, entity: string, period: string, value = 1) =>
      claim({ metric, entity, period, value });
    const base = [at('m1', 'e1', '2020'), at('m2', 'e1', '2020'), at('m1', 'e2', '2020')];
    base.push(at('m1', 'e1', '2021'));
    const other = [at('m3', 'e1', '2020'), at('m1', 'e1', '2021', 2), at('m1', 'e1', '2020')];
    other.push(at('m0', 'e9', '2020'), at('m3', 'e1', '2020', 3));
    const { entries } = diffClaims(base, other);
    expect(entries.map((e) => `${e.metric} ${e.entity} ${e.period} ${e.status}`)).toEqual([
      'm1 e1 2020 unchanged',
      'm2 e1 2020 removed',
      'm1 e2 2020 removed',
      'm1 e1 2021 changed',
      'm3 e1 2020 added',
      'm3 e1 2020 added',
      'm0 e9 2020 added',
    ]);
    expect(entries.slice(4, 6).map((e) => e.after!.value)).toEqual([1, 3]);
  });

  test('kind breaks ties between claims with the same metric, entity and period', () => {
    const base = [claim({ kind: 'actual', value: 10 }), claim({ kind: 'target', value: 20 })];
    const other = [claim({ kind: 'target', value: 25 }), claim({ kind: 'actual', value: 10 })];
    const { counts, entries } = diffClaims(base, other);
    expect(counts).toMatchObject({ changed: 1, unchanged: 1 });
    const changed = entries.find((e) => e.status === 'changed')!;
    expect([changed.before!.kind, changed.after!.kind, changed.absoluteChange]).toEqual([
      'target',
      'target',
      5,
    ]);
  });

  test('conflicting claims under one key (same kind, two sources) in any order show no change', () => {
    const base = [claim({ value: 10, source_id: 'a' }), claim({ value: 12, source_id: 'b' })];
    expect(diffClaims(base, [...base].reverse()).counts).toMatchObject({
      unchanged: 2,
      changed: 0,
    });
  });

  test('a single claim whose kind changed is matched and shown as changed', () => {
    const { entries } = diffClaims([claim({ kind: 'forecast' })], [claim({ kind: 'actual' })]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      status: 'changed',
      changedFields: ['kind'],
      absoluteChange: 0,
    });
  });
});

describe('sortDiffEntries', () => {
  const { entries } = diffClaims(
    [
      claim({ period: '2020', value: 10 }),
      claim({ period: '2021', value: 10 }),
      claim({ period: '2022', value: 10 }),
    ],
    [
      claim({ period: '2020', value: 30 }),
      claim({ period: '2021', value: 5 }),
      claim({ period: '2023', value: 1 }),
    ],
  );
  test.each([
    ['absoluteChange', 'asc', ['2021', '2020', '2022', '2023']],
    ['absoluteChange', 'desc', ['2020', '2021', '2022', '2023']],
    ['period', 'desc', ['2023', '2022', '2021', '2020']],
    ['status', 'asc', ['2020', '2021', '2023', '2022']],
  ] as const)('by %s %s', (key, direction, periods) => {
    const before = [...entries];
    expect(sortDiffEntries(entries, key, direction).map((e) => e.period)).toEqual(periods);
    expect(entries).toEqual(before);
  });
});
