/**
 * Calendar checks for periods and dates: `PERIOD_PATTERN` accepts `2025-02-30` by shape, this says
 * whether the day exists. Pure.
 */
import { PERIOD_PATTERN } from './claim.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days in `month` (1-12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `period` (YYYY, YYYY-MM or YYYY-MM-DD) is not a period, or null when it is one.
 *
 * @example periodProblem('2024-02-29') // null
 * @example periodProblem('2025-02-30')
 *   // 'is not a day in the calendar (February 2025 has 28 days)'
 */
export function periodProblem(period: string): string | null {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return 'is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD)';
  if (match[3] === undefined) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const days = daysInMonth(year, month);
  return Number(match[3]) > days
    ? `is not a day in the calendar (${MONTHS[month - 1]} ${year} has ${days} days)`
    : null;
}
