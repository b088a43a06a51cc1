import { describe, expect, test } from 'vitest';
import type { Claim } from '../../src/lib/claim.ts';
import { serializeClaimsCsv } from '../../src/lib/claims-csv.ts';
import { claimsCsvHeader, claimsCsvRows } from '../../scripts/extract/to-csv.ts';

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

describe('claimsCsvRows writes what serializeClaimsCsv writes', () => {
  test.each(cases)('$name', ({ patch }) => {
    const claims = [{ ...base, ...patch }, base];
    const before = JSON.stringify(claims);
    expect(claimsCsvHeader() + claimsCsvRows(claims)).toBe(serializeClaimsCsv(claims));
    expect(JSON.stringify(claims)).toBe(before);
  });

  test('pieces join to the whole', () => {
    const a = cases.slice(0, 6).map(({ patch }) => ({ ...base, ...patch }));
    const b = cases.slice(6).map(({ patch }) => ({ ...base, ...patch }));
    expect(claimsCsvHeader() + claimsCsvRows(a) + claimsCsvRows([]) + claimsCsvRows(b)).toBe(
      serializeClaimsCsv([...a, ...b]),
    );
  });
});
