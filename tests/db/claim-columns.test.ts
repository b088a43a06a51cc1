import { describe, expect, test } from 'vitest';
import { fromColumns, toColumns, type ClaimColumns } from '../../src/db/claim-columns.ts';
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
    { name: 'a column shorter than the ids', damage: (c: ClaimColumns) => c.quote.pop() },
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
