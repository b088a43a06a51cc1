import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import { keyClaims } from '../../src/lib/claim-rows.ts';
import {
  distinct,
  filterClaims,
  sortClaims,
  type TableFilters,
} from '../../src/lib/claim-table.ts';

const rows = keyClaims(
  parseClaimsCsv(readFileSync('tests/fixtures/dashboard/claims-small.csv', 'utf8')).claims,
);
const none: TableFilters = { metric: '', entity: '', kind: '', source: '', period: '' };

test.each([
  { filters: {}, expected: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'] },
  { filters: { metric: 'it_services_exports', kind: 'target' }, expected: ['c1', 'c2'] },
  { filters: { entity: 'World' }, expected: ['c7'] },
  { filters: { source: 'Daryo' }, expected: ['c1', 'c2', 'c7'] },
  { filters: { source: '001_08c27fa0ac025967' }, expected: ['c4', 'c6'] },
  { filters: { period: '2024' }, expected: ['c5', 'c6', 'c9'] },
  { filters: { period: ' 202' }, expected: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c8', 'c9'] },
])('filterClaims($filters)', ({ filters, expected }) => {
  expect(filterClaims(rows, { ...none, ...filters }).map((r) => r.key)).toEqual(expected);
});

test('sortClaims is stable, both ways, and does not mutate', () => {
  const before = rows.map((r) => r.key);
  expect(
    sortClaims(rows, 'value', false)
      .map((r) => r.key)
      .slice(0, 3),
  ).toEqual(['c5', 'c6', 'c8']);
  expect(sortClaims(rows, 'value', true).map((r) => r.key)[0]).toBe('c7');
  expect(sortClaims(rows, 'period', false).map((r) => r.key)).toEqual([
    'c4',
    'c1',
    'c5',
    'c6',
    'c9',
    'c3',
    'c8',
    'c2',
    'c7',
  ]);
  expect(sortClaims(rows, '', false).map((r) => r.key)).toEqual(before);
  expect(rows.map((r) => r.key)).toEqual(before);
});

test('distinct values for the filter choices', () => {
  expect(distinct(rows, (r) => r.entity)).toEqual(['Kazakhstan', 'World']);
});
