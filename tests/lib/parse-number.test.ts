import { describe, expect, test } from 'vitest';
import { parseNumber } from '../../src/lib/parse-number.ts';

describe('parseNumber', () => {
  test.each([
    ['1,234', {}, 1234],
    ['1e3', {}, 1000],
    ['+1.5', {}, 1.5],
    ['-0', {}, 0],
    ['  42 ', {}, 42],
    ['1 234 567.5', {}, 1234567.5],
    ['.5', {}, 0.5],
    ['3,5', { decimalComma: true }, 3.5],
    ['1.234,5', { decimalComma: true }, 1234.5],
    ['1 234,5', { decimalComma: true }, 1234.5],
    // plain cells, read without the regexes: the same as the long way
    ['12', {}, 12],
    ['-3.25', {}, -3.25],
    ['007', {}, 7],
    ['-0.0', {}, 0],
    ['-12', { decimalComma: true }, -12],
    ['1.234', { decimalComma: true }, 1234],
    ['1.5', {}, 1.5],
  ])('%j %j reads as %d', (input, options, expected) => {
    expect(parseNumber(input, options)).toBe(expected);
  });

  test.each([
    '',
    'NaN',
    'Infinity',
    '-Infinity',
    '1,2x',
    '12,34',
    '1..2',
    'e5',
    '+',
    '0x10',
    '1e999',
    '1'.repeat(400),
    '1.',
    '-',
    '1.2.3',
  ])('%j is not a number', (input) => {
    expect(parseNumber(input)).toBeNull();
  });

  test.each(['3.5', '1.2'])('%j is not a number where the comma is the decimal mark', (input) => {
    expect(parseNumber(input, { decimalComma: true })).toBeNull();
  });
});
