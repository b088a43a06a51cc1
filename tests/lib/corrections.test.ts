import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import {
  applyCorrections,
  correctionsToCsv,
  makeCorrection,
  parseCorrectionsCsv,
  type Correction,
} from '../../src/lib/corrections.ts';
import { correctionTitle } from '../../src/lib/correction-title.ts';

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
    expect(result.latest.get('a')).toBe(later);
    expect(result.conflicts).toEqual([]);
  });
});

describe('correctionTitle: who corrected the claim, when, and the original', () => {
  const original = { ...claim('a', 1_000_000_000, '2025'), unit: 'USD' };
  test.each([
    [
      { author: 'Aigerim', createdAt: Date.UTC(2025, 2, 1, 23, 59) },
      'Corrected by Aigerim on 2025-03-01; originally $1 billion, 2025',
    ],
    [
      { author: '', createdAt: Date.UTC(2025, 2, 1) },
      'Corrected on 2025-03-01; originally $1 billion, 2025',
    ],
    [undefined, 'Corrected; originally $1 billion, 2025'],
  ])('%o', (patch, expected) => {
    expect(correctionTitle(original, patch && correction(patch))).toBe(expected);
  });
});

describe('corrections as CSV', () => {
  test('written with the project’s CSV writer and read back to the same records', () => {
    const records = [
      correction({
        id: 'k-a',
        claimId: 'a',
        before: { value: 1, period: '2024' },
        after: { value: 1.2, period: '2025' },
        author: 'Aigerim',
        note: 'figure, "rounded", per the ministry',
        createdAt: Date.UTC(2025, 2, 14, 9, 30),
      }),
      correction({ id: 'k-c', claimId: 'c', action: 'reject', createdAt: Date.UTC(2025, 2, 15) }),
    ];
    const csv = correctionsToCsv(records);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFcorrection_id,claim_id,dataset_id,action,field,old_value,new_value,author,created_at,note',
    );
    expect(csv).toContain('k-a,a,baseline,edit,value,1,1.2,Aigerim,2025-03-14T09:30:00.000Z,');
    expect(parseCorrectionsCsv(csv)).toEqual(records);
  });

  test('a file written before the author column is read, every author empty', () => {
    const older =
      'correction_id,claim_id,dataset_id,action,field,old_value,new_value,created_at,note\n' +
      'k-a,a,baseline,edit,value,1,1.2,2025-03-14T09:30:00.000Z,\n' +
      'k-c,c,baseline,reject,,,,2025-03-15T00:00:00.000Z,duplicate\n';
    expect(parseCorrectionsCsv(older)).toEqual([
      correction({
        id: 'k-a',
        before: { value: 1 },
        after: { value: 1.2 },
        createdAt: Date.UTC(2025, 2, 14, 9, 30),
      }),
      correction({
        id: 'k-c',
        claimId: 'c',
        action: 'reject',
        createdAt: Date.UTC(2025, 2, 15),
        note: 'duplicate',
      }),
    ]);
  });

  test.each([
    ['correction_id,claim_id\n', /missing columns dataset_id, action/],
    [
      'correction_id,claim_id,dataset_id,action,field,old_value,new_value,author,created_at,note\nk,a,b,edit,value,1,x,,2025-01-01,\n',
      /row 2, column "new_value": "x" is not a number/,
    ],
    [
      'correction_id,claim_id,dataset_id,action,field,old_value,new_value,author,created_at,note\nk,a,b,edit,quote,1,2,,2025-01-01,\n',
      /row 2, column "field": "quote" cannot be corrected/,
    ],
  ])('refuses bad input naming row and column: %#', (csv, message) => {
    expect(() => parseCorrectionsCsv(csv, 'fixes.csv')).toThrowError(message);
  });
});

describe('makeCorrection', () => {
  const base = claim('a', 1);
  test('keeps only the fields that change, with their old values', () => {
    const made = makeCorrection(
      base,
      'baseline',
      { action: 'edit', after: { value: 2, period: '2024' } },
      { now: 5, author: 'Aigerim' },
    );
    expect(made).toMatchObject({
      claimId: 'a',
      author: 'Aigerim',
      before: { value: 1 },
      after: { value: 2 },
      createdAt: 5,
    });
  });
  test('nothing changed: no correction', () => {
    expect(
      makeCorrection(base, 'baseline', { action: 'edit', after: { value: 1 } }),
    ).toBeUndefined();
  });
});
