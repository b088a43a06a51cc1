import { describe, expect, test } from 'vitest';
import {
  escapeHtml,
  formatAxisValue,
  formatClaimValue,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatValue,
  periodToTime,
  periodToYear,
  unitName,
} from '../../src/lib/format.ts';

describe('formatNumber', () => {
  test.each([
    [4.8e12, '4.8 trillion'],
    [1e9, '1 billion'],
    [1.234e9, '1.23 billion'],
    [5e8, '500 million'],
    [650000, '650,000'],
    [2000, '2,000'],
    [33.333, '33.33'],
    [0, '0'],
    [-2.5e9, '-2.5 billion'],
  ])('%d → %s', (value, expected) => expect(formatNumber(value)).toBe(expected));
});

describe('formatValue', () => {
  test.each([
    { value: 4.8e12, unit: 'USD', label: '', expected: '$4.8 trillion' },
    { value: 1.2e11, unit: 'KZT', label: '', expected: '₸120 billion' },
    { value: 3e6, unit: 'EUR', label: '', expected: '€3 million' },
    { value: 1500, unit: 'CHF', label: '', expected: '1,500 CHF' },
    { value: 2000, unit: 'count', label: 'companies', expected: '2,000 companies' },
    { value: 9, unit: 'count', label: '', expected: '9' },
    { value: 6, unit: 'percent', label: '', expected: '6%' },
    { value: 5, unit: 'multiple', label: '', expected: '5×' },
    { value: -5e6, unit: 'USD', label: '', expected: '−$5 million' },
  ])('$value $unit → $expected', ({ value, unit, label, expected }) =>
    expect(formatValue(value, unit, label)).toBe(expected),
  );
});

describe('formatClaimValue puts the qualifier symbol first', () => {
  test.each([
    {
      qualifier: 'more_than',
      value: 3e11,
      unit: 'USD',
      unit_label: '',
      expected: '> $300 billion',
    },
    {
      qualifier: 'approx',
      value: 2000,
      unit: 'count',
      unit_label: 'companies',
      expected: '≈ 2,000 companies',
    },
    { qualifier: 'at_least', value: 3, unit: 'count', unit_label: '', expected: '≥ 3' },
    { qualifier: 'less_than', value: 5, unit: 'percent', unit_label: '', expected: '< 5%' },
    { qualifier: 'up_to', value: 1e9, unit: 'KZT', unit_label: '', expected: '≤ ₸1 billion' },
    { qualifier: 'exact', value: 1e9, unit: 'USD', unit_label: '', expected: '$1 billion' },
  ] as const)('$qualifier → $expected', ({ expected, ...claim }) =>
    expect(formatClaimValue(claim)).toBe(expected),
  );
});

test.each([
  [1.5e9, 'USD', '$1.5B'],
  [5e8, 'USD', '$500M'],
  [4.8e12, 'KZT', '₸4.8T'],
  [40, 'percent', '40%'],
  [20000, 'count', '20,000'],
  [2, 'multiple', '2×'],
])('formatAxisValue(%d, %s) → %s', (value, unit, expected) =>
  expect(formatAxisValue(value, unit)).toBe(expected),
);

test.each([
  ['KZT', '', 'KZT (₸)'],
  ['USD', '', 'USD ($)'],
  ['count', 'companies', 'companies'],
  ['count', '', 'count'],
  ['percent', '', 'percent'],
])('unitName(%s, %s) → %s', (unit, label, expected) =>
  expect(unitName(unit, label)).toBe(expected),
);

test.each([
  ['2024', '2024'],
  ['2024-06', 'Jun 2024'],
  ['2024-06-30', '30 Jun 2024'],
  ['', 'no period'],
])('formatPeriod(%s) → %s', (period, expected) => expect(formatPeriod(period)).toBe(expected));

test('periods become times and fractional years', () => {
  expect(periodToTime('2025')).toBe(Date.UTC(2025, 0, 1));
  expect(periodToTime('2025-07')).toBe(Date.UTC(2025, 6, 1));
  expect(periodToTime('2025-07-15')).toBe(Date.UTC(2025, 6, 15));
  expect(periodToTime('')).toBeNaN();
  expect(periodToYear('2024-07')).toBe(2024.5);
  expect(periodToYear('2024')).toBe(2024);
});

test.each([
  [0.4142, '41%'],
  [0.034, '3.4%'],
  [-0.1, '-10%'],
])('formatPercent(%d) → %s', (fraction, expected) =>
  expect(formatPercent(fraction)).toBe(expected),
);

test('escapeHtml leaves no markup', () => {
  expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
    '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
  );
});
