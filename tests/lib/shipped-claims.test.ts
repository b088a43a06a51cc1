import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseClaimsCsv, shippedClaimsFromCsv } from '../../src/lib/claims-csv.ts';
import { contentHash } from '../../src/lib/hash.ts';
import { readShippedClaims } from '../../src/lib/shipped-claims.ts';

const SMALL_CSV = readFileSync('tests/fixtures/dashboard/claims-small.csv', 'utf8');
const BAD_VALUE_CSV = 'metric,entity,period,value,unit\nm,Kazakhstan,2024,4.5x,USD\n';

describe('shippedClaimsFromCsv', () => {
  test.each([
    ['claims-small.csv', SMALL_CSV, 9, []],
    ['a bad value', BAD_VALUE_CSV, 0, [{ row: 2, column: 'value', value: '4.5x' }]],
  ])(
    '%s: the parser’s claims and problems, with the text’s hash',
    (_name, csv, count, problems) => {
      const shipped = shippedClaimsFromCsv(csv);
      expect(shipped.claims).toHaveLength(count);
      expect(shipped.claims).toEqual(parseClaimsCsv(csv).claims);
      expect(shipped.problems).toEqual(problems.map((p) => expect.objectContaining(p)));
      expect(shipped.hash).toBe(contentHash(csv));
      expect(shipped.fileName).toBe('claims.csv');
    },
  );

  test('survives JSON, as the build ships it', () => {
    const shipped = shippedClaimsFromCsv(SMALL_CSV);
    const fetched = readShippedClaims(JSON.parse(JSON.stringify(shipped)), 'claims.json');
    expect(fetched).toEqual(shipped);
  });
});

describe('readShippedClaims', () => {
  test.each([
    ['null', null],
    ['a string', '<!doctype html>'],
    ['no claims', { hash: 'h1-1', fileName: 'claims.csv', problems: [] }],
    ['claims not a list', { hash: 'h1-1', fileName: 'claims.csv', claims: {}, problems: [] }],
    ['no hash', { fileName: 'claims.csv', claims: [], problems: [] }],
  ])('refuses %s, naming the file', (_name, json) => {
    expect(() => readShippedClaims(json, 'assets/claims-x.json')).toThrow(
      'assets/claims-x.json is not the shipped claims',
    );
  });
});
