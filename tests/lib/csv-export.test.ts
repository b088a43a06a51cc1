import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import { claimsToCsv, csvCell, diffToCsv, toCsv } from '../../src/lib/csv-export.ts';
import { diffClaims } from '../../src/lib/diff.ts';
import { decodeBytes, detectEncoding } from '../../src/lib/upload/decode.ts';

describe('csvCell', () => {
  test.each([
    [42, '42'],
    [-5, '-5'], // a negative number stays a number
    [4.8e12, '4800000000000'],
    [-0, '0'],
    [null, ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['+7 701', "'+7 701"],
    ['-5%', "'-5%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["'=already", "''=already"],
    ["'quoted", "'quoted"],
  ] as const)('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  test('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });
});

const TRICKY: Claim[] = [
  {
    ...emptyClaim(),
    id: 'c1',
    metric: 'it_services_exports',
    metric_label: "=cmd|' /C calc'!A0",
    entity: 'Казахстан',
    period: '2024',
    value: 4.8e12,
    unit: 'USD',
    quote: '-5% "quoted", with\nline break',
    source_outlet: "'=already escaped",
    source_url: '@mention',
    quote_start: 0,
    quote_end: 12,
    kind: 'target',
    qualifier: 'more_than',
  },
  {
    ...emptyClaim(),
    id: 'c2',
    metric: 'share',
    metric_label: 'share',
    entity: '+entity',
    period: '2024-06-30',
    value: -0.125,
    unit: 'percent',
    quote: '\ttabbed',
  },
  {
    ...emptyClaim(),
    id: 'c3',
    metric: 'tiny',
    metric_label: 'tiny',
    entity: 'World',
    period: '',
    value: 1.5e-7,
    unit: 'count',
  },
];

describe('export then re-import', () => {
  test('gives identical claims, including formula-like and Cyrillic text', () => {
    const csv = claimsToCsv(TRICKY);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decodeBytes(bytes, detectEncoding(bytes).encoding);
    const parsed = parseClaimsCsv(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.claims).toEqual(TRICKY);
  });

  test('no exported text cell starts with a formula character', () => {
    const cells = claimsToCsv(TRICKY)
      .slice(1)
      .split(/,|\r\n/);
    expect(cells.filter((cell) => /^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell))).toEqual([]);
  });

  test('the shipped template reads with no problems', () => {
    const parsed = parseClaimsCsv(readFileSync('public/claims-template.csv', 'utf8'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.claims.length).toBeGreaterThan(0);
  });
});

describe('diffToCsv', () => {
  test('one row per entry with both values and the changes as numbers', () => {
    const base = [{ ...TRICKY[2]!, value: 10 }];
    const other = [{ ...TRICKY[2]!, value: 15 }, TRICKY[1]!];
    const lines = diffToCsv(diffClaims(base, other).entries).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFstatus,metric,entity,period,kind_before,kind_after,value_before,value_after,unit_before,unit_after,absolute_change,relative_change,unit_mismatch,changed_fields',
    );
    expect(lines[1]).toBe('changed,tiny,World,,actual,actual,10,15,count,count,5,0.5,no,value');
    expect(lines[2]).toBe("added,share,'+entity,2024-06-30,,actual,,-0.125,,percent,,,no,");
  });
});
