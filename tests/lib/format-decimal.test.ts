import { describe, expect, test } from 'vitest';
import { formatDecimal } from '../../src/lib/format-decimal.ts';

describe('formatDecimal', () => {
  test.each([
    [1234567.891, 2, '1,234,567.89'],
    [650000, 0, '650,000'],
    [999.5, 0, '1,000'],
    // Stored as 9.99499… and 1.00499…: rounded from the shortest decimal form ("9.995"), as ICU does.
    [9.995, 2, '10'],
    [1.005, 2, '1.01'],
    [0.5, 0, '1'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [33.333, 2, '33.33'],
    [4.8, 1, '4.8'],
    [1.2, 3, '1.2'],
    [0, 2, '0'],
    [-0, 2, '-0'],
    [-0.004, 2, '-0'],
    [1.23e-7, 2, '0'],
    [1e21, 0, '1,000,000,000,000,000,000,000'],
    [Number.NaN, 2, 'NaN'],
    [Number.POSITIVE_INFINITY, 2, '∞'],
    [Number.NEGATIVE_INFINITY, 2, '-∞'],
  ])('formatDecimal(%d, %d) → %s', (value, digits, expected) =>
    expect(formatDecimal(value, digits)).toBe(expected),
  );

  test('writes what Intl.NumberFormat en-US writes, for 20,000 numbers of every size', () => {
    // A fixed linear congruential sequence: the same numbers every run.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values: number[] = [];
    for (let i = 0; i < 5000; i++) {
      values.push((next() - 0.5) * 10 ** Math.floor(next() * 30 - 8)); // any magnitude
      values.push(Math.round(next() * 1e6) / 1000 + 0.0005); // ties at the third decimal
      values.push(Math.round(next() * 1e5) / 200); // halves and quarters
      values.push(Number((next() * 1e4).toFixed(3)));
    }
    const intl = [0, 1, 2, 3].map(
      (digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }),
    );
    const mismatches = values.flatMap((value) =>
      [0, 1, 2, 3].flatMap((digits) => {
        const expected = intl[digits]!.format(value);
        const actual = formatDecimal(value, digits);
        return actual === expected ? [] : [{ value, digits, expected, actual }];
      }),
    );
    expect(mismatches).toEqual([]);
  });
});
