import { expect, test } from 'vitest';
import { emptyClaim } from '../../src/lib/claim.ts';
import {
  findConflicts,
  keyClaims,
  mostCommon,
  primaryEntity,
  unitsByUse,
} from '../../src/lib/claim-rows.ts';

const c = (over: Partial<ReturnType<typeof emptyClaim>>) => ({
  ...emptyClaim(),
  metric: 'm',
  entity: 'Kazakhstan',
  period: '2024',
  ...over,
});

test('keys are ids where unique, positions otherwise', () => {
  expect(
    keyClaims([c({ id: 'a' }), c({ id: 'a' }), c({ id: '' }), c({ id: 'b' })]).map((r) => r.key),
  ).toEqual(['#0', '#1', '#2', 'b']);
});

test.each([
  {
    name: 'different values, same period and kind',
    claims: [c({ id: 'a', value: 1 }), c({ id: 'b', value: 2 })],
    expected: ['a', 'b'],
  },
  {
    name: 'same value twice is agreement',
    claims: [c({ id: 'a', value: 1 }), c({ id: 'b', value: 1 })],
    expected: [],
  },
  {
    name: 'actual against target is not a conflict',
    claims: [c({ id: 'a', value: 1 }), c({ id: 'b', value: 2, kind: 'target' })],
    expected: [],
  },
  {
    name: 'different units are restatements',
    claims: [c({ id: 'a', value: 1 }), c({ id: 'b', value: 2, unit: 'KZT' })],
    expected: [],
  },
  {
    name: 'different things counted are not a conflict',
    claims: [
      c({ id: 'a', value: 30, unit_label: 'countries' }),
      c({ id: 'b', value: 300, unit_label: 'companies' }),
    ],
    expected: [],
  },
  {
    name: 'no period never conflicts',
    claims: [c({ id: 'a', value: 1, period: '' }), c({ id: 'b', value: 2, period: '' })],
    expected: [],
  },
])('findConflicts: $name', ({ claims, expected }) => {
  expect([...findConflicts(keyClaims(claims))].sort()).toEqual(expected);
});

test('primary entity, units by use, most common', () => {
  expect(primaryEntity([{ entity: 'World' }, { entity: 'World' }, { entity: 'Kazakhstan' }])).toBe(
    'Kazakhstan',
  );
  expect(primaryEntity([{ entity: 'World' }, { entity: 'China' }, { entity: 'China' }])).toBe(
    'China',
  );
  expect(unitsByUse([{ unit: 'KZT' }, { unit: 'USD' }, { unit: 'USD' }])).toEqual(['USD', 'KZT']);
  expect(mostCommon([])).toBeUndefined();
});
