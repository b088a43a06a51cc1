/**
 * Numbers as a person reads them: "$4.8 trillion", "₸120 billion", "≈ 2,000 companies".
 * Pure; deterministic (en-US grouping), so tests and exports read the same everywhere.
 */
import { isCurrency } from './units.ts';
import type { Claim, Qualifier } from './claim.ts';
import { formatDecimal } from './format-decimal.ts';

/** The symbol shown before a value and on its chart point; empty for exact values. */
export const QUALIFIER_SYMBOLS: Readonly<Record<Qualifier, string>> = {
  exact: '',
  approx: '≈',
  more_than: '>',
  at_least: '≥',
  less_than: '<',
  up_to: '≤',
  approaching: '≈ <',
};

export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: 'exactly',
  approx: 'approximately',
  more_than: 'more than',
  at_least: 'at least',
  less_than: 'less than',
  up_to: 'up to',
  approaching: 'approaching',
};

/** Currencies written with a symbol before the number; others get their code after it. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  KZT: '₸',
  EUR: '€',
  GBP: '£',
  RUB: '₽',
  CNY: '¥',
  JPY: '¥',
  INR: '₹',
  KRW: '₩',
  TRY: '₺',
};

const SCALES = [
  { at: 1e12, word: 'trillion', short: 'T' },
  { at: 1e9, word: 'billion', short: 'B' },
  { at: 1e6, word: 'million', short: 'M' },
] as const;

/**
 * @example formatNumber(4.8e12) // '4.8 trillion'
 * @example formatNumber(650000) // '650,000'
 * @example formatNumber(33.333) // '33.33'
 */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  for (const scale of SCALES) {
    if (magnitude >= scale.at) return `${formatDecimal(value / scale.at, 2)} ${scale.word}`;
  }
  return formatDecimal(value, magnitude >= 100 ? 0 : 2);
}

/**
 * A value with its unit, no qualifier.
 * @example formatValue(4.8e12, 'USD') // '$4.8 trillion'
 * @example formatValue(1.2e11, 'KZT') // '₸120 billion'
 * @example formatValue(2000, 'count', 'companies') // '2,000 companies'
 * @example formatValue(6, 'percent') // '6%'
 * @example formatValue(5, 'multiple') // '5×'
 */
export function formatValue(value: number, unit: string, unitLabel = ''): string {
  const number = formatNumber(value);
  if (unit === 'percent') return `${number}%`;
  if (unit === 'multiple') return `${number}×`;
  if (unit === 'count') return unitLabel ? `${number} ${unitLabel}` : number;
  const symbol = CURRENCY_SYMBOLS[unit];
  const sign = value < 0 ? '−' : '';
  if (symbol) return `${sign}${symbol}${formatNumber(Math.abs(value))}`;
  return isCurrency(unit) ? `${number} ${unit}` : `${number} ${unit}`.trim();
}

/**
 * The value as the source wrote it, qualifier included.
 * @example formatClaimValue({ value: 3e11, unit: 'USD', unit_label: '', qualifier: 'more_than' }) // '> $300 billion'
 */
export function formatClaimValue(
  claim: Pick<Claim, 'value' | 'unit' | 'unit_label' | 'qualifier'>,
): string {
  const symbol = QUALIFIER_SYMBOLS[claim.qualifier];
  const value = formatValue(claim.value, claim.unit, claim.unit_label);
  return symbol ? `${symbol} ${value}` : value;
}

/**
 * Short axis labels.
 * @example formatAxisValue(1.5e9, 'USD') // '$1.5B'
 * @example formatAxisValue(40, 'percent') // '40%'
 */
export function formatAxisValue(value: number, unit: string): string {
  const magnitude = Math.abs(value);
  let number = formatDecimal(value, magnitude >= 100 ? 0 : 2);
  for (const scale of SCALES) {
    if (magnitude >= scale.at) {
      number = `${formatDecimal(value / scale.at, 1)}${scale.short}`;
      break;
    }
  }
  if (unit === 'percent') return `${number}%`;
  if (unit === 'multiple') return `${number}×`;
  const symbol = CURRENCY_SYMBOLS[unit];
  if (symbol) return value < 0 ? `−${symbol}${number.replace('-', '')}` : `${symbol}${number}`;
  return isCurrency(unit) ? `${number} ${unit}` : number;
}

/**
 * How a unit is named on an axis or in a legend.
 * @example unitName('KZT') // 'KZT (₸)'
 * @example unitName('count', 'companies') // 'companies'
 */
export function unitName(unit: string, unitLabel = ''): string {
  if (unit === 'percent') return 'percent';
  if (unit === 'multiple') return 'times';
  if (unit === 'count') return unitLabel || 'count';
  const symbol = CURRENCY_SYMBOLS[unit];
  return symbol ? `${unit} (${symbol})` : unit;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * @example formatPeriod('2024-06') // 'Jun 2024'
 * @example formatPeriod('2024-06-30') // '30 Jun 2024'
 * @example formatPeriod('') // 'no period'
 */
export function formatPeriod(period: string): string {
  const [year, month, day] = period.split('-');
  if (!year) return 'no period';
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * The start of a period in UTC milliseconds; NaN for an empty period.
 * @example periodToTime('2025') // Date.UTC(2025, 0, 1)
 */
export function periodToTime(period: string): number {
  const [year, month, day] = period.split('-').map(Number);
  if (!year) return Number.NaN;
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
}

/**
 * A period as a fractional year, for growth rates.
 * @example periodToYear('2024-07') // 2024.5
 */
export function periodToYear(period: string): number {
  const [year, month, day] = period.split('-').map(Number);
  if (!year) return Number.NaN;
  return year + ((month ?? 1) - 1) / 12 + ((day ?? 1) - 1) / 365;
}

/**
 * @example formatPercent(0.4142) // '41%'
 * @example formatPercent(0.034) // '3.4%'
 */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  return `${formatDecimal(percent, Math.abs(percent) >= 10 ? 0 : 1)}%`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For the one place text must become HTML (ECharts tooltips): every data string goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}
