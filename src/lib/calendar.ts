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
  if (isCalendarPeriod(period)) return null;
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

/** The two-digit number at `at` ("07" is 7); -1 unless both are digits. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * True when `period` is a YYYY, YYYY-MM or YYYY-MM-DD that exists, read character by character:
 * `periodProblem` asks this first, as it runs for two cells of every row of an upload.
 */
function isCalendarPeriod(period: string): boolean {
  const length = period.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  const century = twoDigits(period, 0);
  const decade = twoDigits(period, 2);
  if (century < 0 || decade < 0) return false;
  if (length === 4) return true;
  const month = twoDigits(period, 5);
  if (period[4] !== '-' || month < 1 || month > 12) return false;
  if (length === 7) return true;
  const day = twoDigits(period, 8);
  return period[7] === '-' && day >= 1 && day <= daysInMonth(century * 100 + decade, month);
}
