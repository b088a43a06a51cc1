import { describe, expect, test } from 'vitest';
import { daysInMonth, periodProblem } from '../../src/lib/calendar.ts';

describe('periodProblem', () => {
  test.each([
    { period: '2025', problem: null },
    { period: '2025-02', problem: null },
    { period: '2025-02-28', problem: null },
    { period: '2024-02-29', problem: null },
    { period: '2000-02-29', problem: null },
    { period: '2025-12-31', problem: null },
    {
      period: '2025-02-30',
      problem: 'is not a day in the calendar (February 2025 has 28 days)',
    },
    {
      period: '2025-02-29',
      problem: 'is not a day in the calendar (February 2025 has 28 days)',
    },
    {
      period: '1900-02-29',
      problem: 'is not a day in the calendar (February 1900 has 28 days)',
    },
    { period: '2025-04-31', problem: 'is not a day in the calendar (April 2025 has 30 days)' },
    { period: '2025-13', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    { period: '2025-00-10', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    { period: 'next year', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    { period: '0001-01-01', problem: null },
    { period: '2025-1-01', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    { period: '2025/01', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    { period: '2025-01-00', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    { period: '2025-01-32', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    { period: '20x5', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    { period: '2025-01-1a', problem: 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)' },
  ])('$period: $problem', ({ period, problem }) => {
    expect(periodProblem(period)).toBe(problem);
  });

  test('days in each month of a leap and a common year', () => {
    const year = (y: number) => Array.from({ length: 12 }, (_, m) => daysInMonth(y, m + 1));
    expect(year(2024)).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(year(2025)[1]).toBe(28);
  });
});
