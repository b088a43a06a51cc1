import { describe, expect, test } from 'vitest';
import { fromColumns, repeated, toColumns, type ClaimColumns } from '../../src/db/claim-columns.ts';
import { CLAIM_COLUMNS, emptyClaim, type Claim } from '../../src/lib/claim.ts';

const full: Claim = {
  id: 'c1',
  metric: 'it_services_exports',
  metric_label: 'IT services exports',
  metric_source: 'catalogue',
  entity: 'Kazakhstan',
  period: '2024-06',
  value: 4.8e12,
  unit: 'USD',
  unit_label: 'companies',
  qualifier: 'more_than',
  kind: 'target',
  source_id: 'doc_1',
  source_date: '2025-01-15',
  source_outlet: 'Example outlet',
  source_url: 'https://example.org/a/1',
  quote: 'Exports reached "$4.8 trillion", officials said.',
  quote_start: 18,
  quote_end: 31,
  related_id: 'c0',
};
const neutral: Claim = { ...emptyClaim(), id: 'c2', value: -0.5 };

describe('claims stored column by column', () => {
  test.each([
    { name: 'none', claims: [] },
    { name: 'one with every field set', claims: [full] },
    { name: 'one with nulls and empty strings', claims: [neutral] },
    { name: 'several, in order', claims: [full, neutral, { ...full, id: 'c3', value: 0 }] },
  ])('$name: come back equal, in order, as new objects', ({ claims }) => {
    const before = structuredClone(claims);
    const columns = toColumns(claims);
    expect(Object.keys(columns)).toEqual([...CLAIM_COLUMNS]);
    for (const field of CLAIM_COLUMNS) expect(columns[field]).toHaveLength(claims.length);
    const back = fromColumns(structuredClone(columns));
    expect(back).toEqual(claims);
    back.forEach((claim, i) => expect(claim).not.toBe(claims[i]));
    expect(claims).toEqual(before); // the input is not mutated
  });

  test('a column holds one field of every claim', () => {
    const columns = toColumns([full, neutral]);
    expect(columns.value).toEqual([4.8e12, -0.5]);
    expect(columns.quote_start).toEqual([18, null]);
    expect(columns.id).toEqual(['c1', 'c2']);
  });

  test.each([
    {
      name: 'a column shorter than the ids',
      damage: (c: ClaimColumns) => (c.quote as string[]).pop(),
    },
    {
      name: 'a column missing',
      damage: (c: ClaimColumns) => delete (c as Partial<ClaimColumns>).metric_source,
    },
  ])('$name is refused, naming the column', ({ damage }) => {
    const columns = toColumns([full, neutral]);
    damage(columns);
    expect(() => fromColumns(columns)).toThrow(/damaged: their "(quote|metric_source)" column/);
  });
});

/** A record's worth of claims, as an upload makes them: repeated metrics, entities, sources. */
const many: Claim[] = Array.from({ length: 2000 }, (_, i) => ({
  ...full,
  id: `c${i}`,
  metric: `metric_${i % 25}`,
  entity: i % 3 === 0 ? 'Kazakhstan' : 'Almaty',
  period: String(2000 + (i % 20)),
  value: i * 1.5,
  kind: i % 2 ? 'actual' : 'forecast',
  quote: `Quote ${i}`,
  quote_start: i % 4 ? i : null,
}));

describe('texts that repeat are stored once each', () => {
  test.each([
    { name: 'a short column', values: ['a', 'a', 'a'], encoded: false },
    { name: 'one value 64 times', values: Array(64).fill('KZ') as string[], encoded: true },
    {
      name: 'a quarter distinct',
      values: Array.from({ length: 400 }, (_, i) => `v${i % 100}`),
      encoded: true,
    },
    {
      name: 'more than a quarter distinct',
      values: Array.from({ length: 400 }, (_, i) => `v${i % 101}`),
      encoded: false,
    },
    {
      name: 'all distinct',
      values: Array.from({ length: 400 }, (_, i) => `c${i}`),
      encoded: false,
    },
  ])('$name: encoded $encoded, read back equal', ({ values, encoded }) => {
    const before = [...values];
    const column = repeated(values);
    expect(Array.isArray(column)).toBe(!encoded);
    expect(values).toEqual(before);
    if (!Array.isArray(column)) {
      expect(column.values).toEqual([...new Set(values)]);
      expect(Array.from(column.index, (k) => column.values[k])).toEqual(values);
    }
  });

  test('a record of 2,000 claims: repeated columns encoded, ids and quotes not, all back equal', () => {
    const columns = toColumns(many);
    expect(Array.isArray(columns.id)).toBe(true);
    expect(Array.isArray(columns.quote)).toBe(true);
    expect(columns.entity).toEqual({
      values: ['Kazakhstan', 'Almaty'],
      index: expect.any(Uint16Array),
    });
    expect(Array.isArray(columns.metric)).toBe(false);
    expect(fromColumns(structuredClone(columns))).toEqual(many);
  });

  test('an index past the values is refused, naming the column', () => {
    const columns = toColumns(many);
    const entity = columns.entity as { values: string[] };
    entity.values.pop();
    expect(() => fromColumns(columns)).toThrow(/damaged: their "entity" column/);
  });

  test('a repeated column of another length than the ids is refused', () => {
    const columns = toColumns(many);
    columns.kind = { values: ['actual'], index: new Uint16Array(3) };
    expect(() => fromColumns(columns)).toThrow(/damaged: their "kind" column/);
  });
});
