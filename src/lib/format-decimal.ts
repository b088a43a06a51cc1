/**
 * A number in en-US digits without `Intl`: grouped thousands, at most `maxFractionDigits`
 * decimals, rounded half away from zero on the number's shortest decimal form, trailing zeros
 * dropped. The same text as `new Intl.NumberFormat('en-US', { maximumFractionDigits })`, which
 * tests/lib/format-decimal.test.ts checks; written out because a page's first `Intl` call loads
 * ICU's data, 20–60 ms measured in Chromium, on the way to the first chart.
 * @example formatDecimal(1234567.891, 2) // '1,234,567.89'
 * @example formatDecimal(-0.004, 2) // '-0'
 */
export function formatDecimal(value: number, maxFractionDigits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const [whole, fraction] = roundDecimal(Math.abs(value), maxFractionDigits);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** The digits of `abs` (finite, ≥ 0) rounded to `places` decimals: [whole, fraction without trailing zeros]. */
function roundDecimal(abs: number, places: number): [string, string] {
  // String() gives the shortest decimal that reads back as the same number, as ICU rounds from.
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  let digits = intPart + fracPart;
  // Position of the decimal point within `digits`.
  let point = intPart.length + Number(exponent);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const keep = point + places;
  if (digits.length > keep) {
    const roundUp = digits.charCodeAt(keep) >= 53; // '5'
    digits = digits.slice(0, keep);
    if (roundUp) {
      const incremented = increment(digits);
      if (incremented.length > digits.length) point++;
      digits = incremented;
    }
  }
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  return [whole, fraction];
}

/** Adds one to a string of decimal digits: '199' → '200', '99' → '100', '' → '1'. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}
