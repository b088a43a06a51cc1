/**
 * How currencies are written around a number in English news: symbols and codes before it
 * ("$", "US$", "₸", "KZT 5 bn", "T1.5 billion"), words after it ("450 billion tenge", "5 dollars").
 * Pure data plus two small readers used by `numbers.ts`.
 */
import { CURRENCY_CODES } from '../../src/lib/units.ts';
import { codeAt, skipSpaces } from './chars.ts';

/** Symbols and prefixes written before the number. Longest first so "US$" wins over "$". */
const PREFIX_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['U.S.$', 'USD'],
  ['US$', 'USD'],
  ['USD$', 'USD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₸', 'KZT'],
  ['₽', 'RUB'],
  ['₹', 'INR'],
  ['₺', 'TRY'],
  ['₴', 'UAH'],
  ['₩', 'KRW'],
  ['₾', 'GEL'],
];

/**
 * Currency words written after the number, singular and plural, lower case.
 * Words that are also ordinary English ("won", "pound" of weight, "franc" of several countries) are left out.
 */
const SUFFIX_WORDS: Readonly<Record<string, string>> = {
  'us dollar': 'USD',
  'us dollars': 'USD',
  'u.s. dollar': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  dollar: 'USD',
  dollars: 'USD',
  'australian dollars': 'AUD',
  'canadian dollars': 'CAD',
  'hong kong dollars': 'HKD',
  'singapore dollars': 'SGD',
  'new zealand dollars': 'NZD',
  tenge: 'KZT',
  tg: 'KZT',
  euro: 'EUR',
  euros: 'EUR',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  'russian rubles': 'RUB',
  yuan: 'CNY',
  'chinese yuan': 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  yen: 'JPY',
  'japanese yen': 'JPY',
  rupee: 'INR',
  rupees: 'INR',
  'indian rupees': 'INR',
  'turkish lira': 'TRY',
  lira: 'TRY',
  'pounds sterling': 'GBP',
  'british pounds': 'GBP',
  'swiss francs': 'CHF',
  'swiss franc': 'CHF',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  'uzbek sum': 'UZS',
  soums: 'UZS',
  soum: 'UZS',
  sums: 'UZS',
  "so'm": 'UZS',
  'so‘m': 'UZS',
  manats: 'AZN',
  manat: 'AZN',
  somoni: 'TJS',
  'uzbek soums': 'UZS',
  'kyrgyz som': 'KGS',
  soms: 'KGS',
  som: 'KGS',
  dirhams: 'AED',
  dirham: 'AED',
  riyals: 'SAR',
  lari: 'GEL',
  drams: 'AMD',
  dram: 'AMD',
  'armenian drams': 'AMD',
  tugriks: 'MNT',
  tugrik: 'MNT',
  togrogs: 'MNT',
  togrog: 'MNT',
  元: 'CNY',
};

/** ISO codes that are also English words, read as currencies only where nothing else fits. */
const AMBIGUOUS_CODES = new Set([
  'ALL',
  'TOP',
  'CUP',
  'MOP',
  'SOS',
  'PEN',
  'CAD',
  'MAD',
  'BAM',
  'TRY',
  'WST',
  'NAD',
  'LAK',
]);

const codeSource = [...CURRENCY_CODES].filter((code) => !AMBIGUOUS_CODES.has(code)).join('|');
const symbolSource = PREFIX_SYMBOLS.map(([symbol]) =>
  symbol.replace(/[.$]/g, (c) => `\\${c}`),
).join('|');

/** A currency right before a number: "$", "US$ ", "USD ", "KZT", or the Astana Times' "T1.5 billion". */
const PREFIX_PATTERN = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(${codeSource})\\s?|(${symbolSource})\\s?|(?<![\\p{L}\\p{N}])(T))$`,
  'u',
);

export interface CurrencyMatch {
  code: string;
  /** Characters the currency takes (before the number for a prefix, after it for a suffix). */
  length: number;
  /** The "T" prefix for tenge, which needs confirming by the number that follows. */
  weak?: boolean;
}

/**
 * The currency written just before `end` in `text`, if any.
 *
 * @example currencyBefore('worth US$9', 8) // { code: 'USD', length: 3 }
 */
export function currencyBefore(text: string, end: number): CurrencyMatch | null {
  // fast path: most numbers follow a space and a lower-case word, which no currency ends with
  let last = end - 1;
  if (codeAt(text, last) === 32) last--;
  const c = codeAt(text, last);
  if (last < 0 || (c >= 97 && c <= 122) || c === 32 || c === 40 || c === 44 || c === 10)
    return null;
  const window = text.slice(Math.max(0, end - 6), end);
  const match = PREFIX_PATTERN.exec(window);
  if (!match) return null;
  if (match[1]) return { code: match[1], length: match[0].length };
  if (match[2]) {
    const symbol = PREFIX_SYMBOLS.find(([s]) => s === match[2]);
    return symbol ? { code: symbol[1], length: match[0].length } : null;
  }
  return { code: 'KZT', length: 1, weak: true };
}

const suffixWordSource = Object.keys(SUFFIX_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');
const SUFFIX_PATTERN = new RegExp(
  `^(\\s*)(?:(${codeSource})(?![\\p{L}\\p{N}])|(${suffixWordSource})(?![\\p{L}])|(${symbolSource}))`,
  'iu',
);

/** Every character a currency written after a number can start with, in either case. */
const SUFFIX_FIRST_CHARACTERS = new Set(
  [
    ...CURRENCY_CODES,
    ...Object.keys(SUFFIX_WORDS),
    ...PREFIX_SYMBOLS.map(([symbol]) => symbol),
  ].flatMap((written) => {
    const first = String.fromCodePoint(written.codePointAt(0)!);
    return [first, first.toLowerCase(), first.toUpperCase()];
  }),
);

/**
 * The currency written right after a number (from `start` on), if any.
 *
 * @example currencyAfter('5 billion tenge', 9) // { code: 'KZT', length: 6 }
 */
export function currencyAfter(text: string, start: number): CurrencyMatch | null {
  // most numbers are followed by a word no currency starts with: one lookup spares the long pattern
  if (!SUFFIX_FIRST_CHARACTERS.has(text[skipSpaces(text, start)] ?? '')) return null;
  const match = SUFFIX_PATTERN.exec(text.slice(start, start + 24));
  if (!match) return null;
  const spaces = match[1]!.length;
  if (match[2]) {
    // codes must be written in capitals: "usd" in running text is not a currency
    if (match[2] !== match[2].toUpperCase()) return null;
    return { code: match[2], length: match[0].length };
  }
  if (match[3]) {
    const code = SUFFIX_WORDS[match[3].toLowerCase().replace(/\s+/g, ' ')];
    return code ? { code, length: match[0].length } : null;
  }
  if (match[4] && spaces <= 1) {
    const symbol = PREFIX_SYMBOLS.find(([s]) => s === match[4]);
    return symbol ? { code: symbol[1], length: match[0].length } : null;
  }
  return null;
}

const NAMED_PATTERN = new RegExp(`(?<![\\p{L}])(${suffixWordSource})(?![\\p{L}])`, 'giu');

/**
 * The last currency named by its word in `text` ("the Uzbek soum held near"), if any: the
 * currency of a bare rate after it ("12,050 per dollar").
 *
 * @example currencyNamed('The tenge traded at ') // 'KZT'
 */
export function currencyNamed(text: string): string | null {
  let code: string | null = null;
  for (const match of text.matchAll(NAMED_PATTERN)) {
    // "against the dollar", "per dollar": the currency a rate is quoted in, not the one it prices
    if (BASE_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    code = SUFFIX_WORDS[match[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? code;
  }
  return code;
}

/**
 * Every currency named by its word in `text`, in order ("the tenge … per dollar" → KZT, USD).
 *
 * @example currenciesNamed('The tenge traded at 520 per dollar.') // ['KZT', 'USD']
 */
export function currenciesNamed(text: string): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(NAMED_PATTERN)) {
    const code = SUFFIX_WORDS[match[1]!.toLowerCase().replace(/\s+/g, ' ')];
    if (code) codes.push(code);
  }
  return codes;
}

const BASE_BEFORE = /\b(?:against|per|versus|vs\.?|to)\s+(?:the\s+)?(?:US\s+|U\.S\.\s+)?$/i;
