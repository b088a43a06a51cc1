import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { applyCorrections, type Correction } from '../../src/lib/corrections.ts';

const claim = (id: string, value: number, period = '2024'): Claim => ({
  ...emptyClaim(),
  id,
  metric: 'it_exports',
  entity: 'Kazakhstan',
  period,
  value,
  unit: 'USD',
});

let at = 0;
const correction = (patch: Partial<Correction>): Correction => ({
  id: `k${++at}`,
  claimId: 'a',
  datasetId: 'baseline',
  action: 'edit',
  before: {},
  after: {},
  author: '',
  createdAt: at,
  note: '',
  ...patch,
});

describe('applyCorrections', () => {
  test('re-applied by claim id over a new baseline, with a conflict listed', () => {
    const edits = [
      correction({ claimId: 'a', before: { value: 1 }, after: { value: 1.2 } }),
      correction({ claimId: 'b', before: { period: '2023' }, after: { period: '2024' } }),
      correction({ claimId: 'c', action: 'reject' }),
      correction({ claimId: 'gone', before: { value: 5 }, after: { value: 6 } }),
    ];
    // the new baseline re-extracted b with another period, and no longer has "gone"
    const newBaseline = [claim('a', 1), claim('b', 7, '2022'), claim('c', 3), claim('d', 4)];
    const frozen = structuredClone(newBaseline);
    const result = applyCorrections(newBaseline, edits);
    expect(result.claims.map((c) => [c.id, c.value, c.period])).toEqual([
      ['a', 1.2, '2024'],
      ['b', 7, '2022'],
      ['d', 4, '2024'],
    ]);
    expect([...result.originals.keys()]).toEqual(['a', 'c']);
    expect(result.originals.get('a')?.value).toBe(1);
    expect(result.conflicts.map((c) => [c.correction.claimId, c.reason])).toEqual([
      ['b', 'its period is now "2022", not "2023" as when it was corrected'],
      ['gone', 'claim gone is not in this dataset'],
    ]);
    expect(newBaseline).toEqual(frozen);
  });

  test('corrections of one claim apply in the order they were made', () => {
    const later = correction({ before: { value: 2 }, after: { value: 3 }, createdAt: 20 });
    const earlier = correction({ before: { value: 1 }, after: { value: 2 }, createdAt: 10 });
    const result = applyCorrections([claim('a', 1)], [later, earlier]);
    expect(result.claims[0]?.value).toBe(3);
    expect(result.originals.get('a')?.value).toBe(1);
    expect(result.conflicts).toEqual([]);
  });
});
