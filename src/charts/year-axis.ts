/**
 * A time axis that follows the claims' periods: years as numbers, so annual figures get integer-year
 * ticks ("2024", never "Jul" or "06:00"), and quarter or month ticks only where some claim is given
 * by month. Claims without a period are never placed on it (see `datedRows`).
 */
import type { Claim } from '../lib/claim.ts';
import { periodToYear } from '../lib/format.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Where a period sits on the axis: its year, plus the months elapsed for a month or a day.
 * @example periodX('2024') // 2024
 * @example periodX('2024-07') // 2024.5
 * @example periodX('') // NaN
 */
export function periodX(period: string): number {
  return periodToYear(period);
}

/** Claims whose own period places them on the axis; the rest are listed, not plotted. */
export function datedRows<T extends Pick<Claim, 'period'>>(rows: readonly T[]): T[] {
  return rows.filter((row) => Number.isFinite(periodX(row.period)));
}

/** Claims without a period of their own (publication time is never used instead). */
export function undatedRows<T extends Pick<Claim, 'period'>>(rows: readonly T[]): T[] {
  return rows.filter((row) => !Number.isFinite(periodX(row.period)));
}

export interface YearAxis {
  /** 'year' when every period is a year; 'quarter' or 'month' when some claim has a month. */
  step: 'year' | 'quarter' | 'month';
  min: number;
  max: number;
  /** Between ticks, in years. */
  interval: number;
  /**
   * Where the ticks and labels go: every multiple of the interval within the axis. Given to
   * ECharts as `customValues`, since with a fixed interval it counts ticks from `min`, which on
   * a padded yearly axis is half a year off every year.
   */
  ticks: number[];
}

function ticksOf(min: number, max: number, interval: number): number[] {
  const ticks: number[] = [];
  const first = Math.ceil(min / interval - 1e-9);
  for (let i = first; i * interval <= max + 1e-9; i++)
    ticks.push(Math.round(i * interval * 1e9) / 1e9);
  return ticks;
}

function axis(step: YearAxis['step'], min: number, max: number, interval: number): YearAxis {
  return { step, min, max, interval, ticks: ticksOf(min, max, interval) };
}

/**
 * @example yearAxis(['2022', '2025', '2026']) // { step: 'year', min: 2021.5, max: 2026.5, interval: 1, ticks: [2022, …, 2026] }
 * @example yearAxis(['2025']) // { step: 'year', min: 2024.5, max: 2025.5, interval: 1 }
 * @example yearAxis(['2024', '2024-07']) // { step: 'quarter', min: 2024, max: 2025, interval: 0.25 }
 */
export function yearAxis(periods: readonly string[]): YearAxis {
  const xs = periods.map(periodX).filter(Number.isFinite);
  if (xs.length === 0) return axis('year', 0, 1, 1);
  const annual = periods.every((period) => period === '' || period.length === 4);
  const min = Math.floor(Math.min(...xs));
  let max = Math.ceil(Math.max(...xs));
  if (annual) {
    // Half a year of room on each side: points and their labels stay off the axis edges, and a
    // year alone sits in the middle. Only whole years are labelled (see `yearLabelFormatter`).
    const span = max - min;
    const interval = span <= 8 ? 1 : span <= 16 ? 2 : span <= 40 ? 5 : 10;
    return axis('year', min - 0.5, max + 0.5, interval);
  }
  if (max === min) max = min + 1;
  const span = max - min;
  if (span <= 1) return axis('month', min, max, 1 / 12);
  if (span <= 3) return axis('quarter', min, max, 0.25);
  const interval = span <= 8 ? 1 : span <= 16 ? 2 : 5;
  return axis('year', Math.floor(min / interval) * interval, max, interval);
}

/**
 * A tick's label: the year at a year's start; the month name (quarters: their first month) within
 * one, and nothing for a tick that falls between months.
 * @example yearTickLabel(2024) // '2024'
 * @example yearTickLabel(2024.5) // 'Jul'
 */
export function yearTickLabel(value: number): string {
  const months = Math.round(value * 12);
  if (Math.abs(value * 12 - months) > 1e-6) return '';
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  return month === 0 ? String(year) : (MONTHS[month] ?? '');
}

/**
 * The axis's label formatter: on a yearly axis only whole years are labelled, so ECharts can never
 * show a month or a half year between them.
 * @example yearLabelFormatter('year')(2024.5) // ''
 */
export function yearLabelFormatter(step: YearAxis['step']): (value: number) => string {
  if (step !== 'year') return yearTickLabel;
  return (value) => (Math.abs(value - Math.round(value)) < 1e-6 ? String(Math.round(value)) : '');
}
