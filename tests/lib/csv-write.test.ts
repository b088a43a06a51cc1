import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import {
  claimsCsvHeader,
  claimsCsvRows,
  claimsToCsv,
  diffToCsv,
  serializeClaimsCsv,
  writeCsv,
  type Cell,
} from '../../src/lib/csv-write.ts';
import { diffClaims } from '../../src/lib/diff.ts';
import { decodeBytes, detectEncoding } from '../../src/lib/upload/decode.ts';

/** One cell as a dialect writes it, alone in its row under the header `a`. */
function cellIn(value: Cell, dialect: 'file' | 'spreadsheet'): string {
  const text = writeCsv(['a'], [[value]], dialect);
  const newline = dialect === 'file' ? '\n' : '\r\n';
  return text.slice(text.indexOf(newline) + newline.length, -newline.length);
}

describe('a cell in each dialect', () => {
  test.each([
    // value, file, spreadsheet
    [42, '42', '42'],
    [-5, '-5', '-5'], // a negative number stays a number
    [4.8e12, '4800000000000', '4800000000000'],
    [-0, '0', '0'],
    [Number.NaN, '', ''],
    [Number.POSITIVE_INFINITY, '', ''],
    [null, '', ''],
    ['plain', 'plain', 'plain'],
    ['a,b', '"a,b"', '"a,b"'],
    ['say "hi"', '"say ""hi"""', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"', '"line\nbreak"'],
    [' edge ', '" edge "', '" edge "'],
    ['\ufeffbom', '"\ufeffbom"', '"\ufeffbom"'],
    ['=1+1', '=1+1', `"'=1+1"`],
    ['+7 701', '+7 701', `"'+7 701"`],
    ['-5%', '-5%', `"'-5%"`],
    ['@SUM(A1)', '@SUM(A1)', `"'@SUM(A1)"`],
    ['\tindent', '\tindent', `"'\tindent"`],
    ['\rreturn', '"\rreturn"', `"'\rreturn"`],
    [
      '=HYPERLINK("http://x","y")',
      '"=HYPERLINK(""http://x"",""y"")"',
      `"'=HYPERLINK(""http://x"",""y"")"`,
    ],
    ["'=already", "'=already", `"''=already"`],
    ["'quoted", "'quoted", "'quoted"],
  ] as const)('%j → file %j, spreadsheet %j', (input, file, spreadsheet) => {
    expect(cellIn(input, 'file')).toBe(file);
    expect(cellIn(input, 'spreadsheet')).toBe(spreadsheet);
  });
});

describe('writeCsv', () => {
  test('a spreadsheet CSV starts with a BOM and ends lines with CRLF', () => {
    expect(writeCsv(['a', 'b'], [[1, 'x']], 'spreadsheet')).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  test('a file CSV has no BOM and ends lines with LF', () => {
    expect(writeCsv(['a', 'b'], [[1, 'x']], 'file')).toBe('a,b\n1,x\n');
    expect(writeCsv(['a'], [], 'file')).toBe('a\n');
  });

  test('leaves its input as it was', () => {
    const rows: Cell[][] = [[Number.NaN, '=x']];
    writeCsv(['a', 'b'], rows, 'spreadsheet');
    expect(rows).toEqual([[Number.NaN, '=x']]);
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
    expect(lines[2]).toBe(`added,share,"'+entity",2024-06-30,,actual,,-0.125,,percent,,,no,`);
  });
});

const base: Claim = {
  id: '0123456789abcdef',
  metric: 'gdp',
  metric_label: 'GDP',
  metric_source: 'catalogue',
  entity: 'Kazakhstan',
  period: '2023',
  value: 4.8e12,
  unit: 'USD',
  unit_label: '',
  qualifier: 'exact',
  kind: 'actual',
  source_id: 'doc',
  source_date: '2024-01-10',
  source_outlet: 'Outlet',
  source_url: 'https://example.org/a?b=1',
  quote: 'GDP reached $4.8 trillion in 2023.',
  quote_start: 4,
  quote_end: 17,
  related_id: '',
};

// every field shape that changes how PapaParse quotes: delimiters, quotes, line breaks, BOM, edge spaces, numbers
const cases: Array<{ name: string; patch: Partial<Claim> }> = [
  { name: 'plain', patch: {} },
  { name: 'comma in quote', patch: { quote: 'Exports, imports and 5% growth.' } },
  {
    name: 'double quotes',
    patch: { quote: 'He said "10 billion" twice', metric_label: '"quoted"' },
  },
  { name: 'line breaks', patch: { quote: 'line one\nline two\r\nthree\rfour' } },
  { name: 'byte-order mark', patch: { quote: '\ufeffGDP 5%' } },
  {
    name: 'leading and trailing space',
    patch: { entity: ' Almaty', source_outlet: 'Outlet ', metric: ' ' },
  },
  { name: 'inner spaces only', patch: { metric_label: 'IT services exports' } },
  { name: 'null offsets', patch: { quote_start: null, quote_end: null } },
  { name: 'small and negative numbers', patch: { value: -0.000001, quote_start: 0 } },
  { name: 'large number', patch: { value: 1.5e21 } },
  { name: 'unicode', patch: { quote: 'Өскемен ₸450 млрд — «цифра»', unit: 'KZT' } },
  { name: 'empty strings', patch: { period: '', source_date: '', source_url: '' } },
];

describe('claimsCsvRows (the extractor streams with it) writes what serializeClaimsCsv writes', () => {
  test.each(cases)('$name', ({ patch }) => {
    const claims = [{ ...base, ...patch }, base];
    const before = JSON.stringify(claims);
    expect(claimsCsvHeader() + claimsCsvRows(claims)).toBe(serializeClaimsCsv(claims));
    expect(JSON.stringify(claims)).toBe(before);
  });

  test('the header is what serializeClaimsCsv writes for no claims', () => {
    expect(claimsCsvHeader()).toBe(serializeClaimsCsv([]));
  });

  test('pieces join to the whole', () => {
    const a = cases.slice(0, 6).map(({ patch }) => ({ ...base, ...patch }));
    const b = cases.slice(6).map(({ patch }) => ({ ...base, ...patch }));
    expect(claimsCsvHeader() + claimsCsvRows(a) + claimsCsvRows([]) + claimsCsvRows(b)).toBe(
      serializeClaimsCsv([...a, ...b]),
    );
  });
});
