import { describe, expect, test } from 'vitest';
import { calendarDay, isoDay } from '../../../src/lib/documents/meta.ts';

describe('calendarDay', () => {
  test.each([
    [['2025', '03', '14'], '2025-03-14'],
    [['2024', '02', '29'], '2024-02-29'],
    [['2025', '02', '29'], ''],
    [['2025', '13', '01'], ''],
    [['2025', '04', '31'], ''],
  ] as const)('%j → %j', ([y, m, d], expected) => {
    expect(calendarDay(y, m, d)).toBe(expected);
  });
});

describe('isoDay', () => {
  test.each([
    ['2025-03-14T23:30:00+05:00', '2025-03-14'],
    ['2025-03-14', '2025-03-14'],
    ['2025-02-30', ''],
    ['March 2025', ''],
  ])('%j → %j', (raw, expected) => {
    expect(isoDay(raw)).toBe(expected);
  });
});
