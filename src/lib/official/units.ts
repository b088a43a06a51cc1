/**
 * Unit and scale read from the words an official table uses for them, in an indicator's name
 * ("GDP (current US$)"), a units column ("U.S. dollars") with a scale column ("Billions"), or a
 * title line ("billions of tenge").
 */

export interface UnitReading {
  /** ISO currency code, `percent` or `count`; empty where the words name none (ask the user). */
  unit: string;
  /** Multiply the table's figures by this to get plain values: 1e9 for "billions". */
  scale: number;
  /** What the words said, for the preview ("current US$", "% of GDP"). */
  said: string;
  /** Why the unit is left to the user, e.g. local currency units that depend on the country. */
  note: string;
}

const SCALES: readonly [RegExp, number][] = [
  [/\b(trillions?|trln|tn)\b|трлн/i, 1e12],
  [/\b(billions?|bln|bn)\b|млрд/i, 1e9],
  [/\b(millions?|mln|mn)\b|млн/i, 1e6],
  [/\b(thousands?|thous\.?)\b|тыс/i, 1e3],
];

const CURRENCIES: readonly [RegExp, string][] = [
  [/US\$|U\.S\. dollars?|US dollars?|USD|\$/i, 'USD'],
  [/\btenge\b|тенге|\bKZT\b|₸/i, 'KZT'],
  [/\beuros?\b|\bEUR\b|€/i, 'EUR'],
  [/\broubles?\b|\brubles?\b|рубл|\bRUB\b/i, 'RUB'],
  [/\byuan\b|\bCNY\b|renminbi/i, 'CNY'],
];

/**
 * @example readUnit('GDP (current US$)') // { unit: 'USD', scale: 1, said: 'current US$', note: '' }
 * @example readUnit('Gross domestic product, billions of tenge').scale // 1e9
 * @example readUnit('GDP growth (annual %)').unit // 'percent'
 * @example readUnit('Population, total').unit // ''
 */
export function readUnit(...texts: readonly string[]): UnitReading {
  const text = texts.filter(Boolean).join(' · ');
  const said = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!).join('; ') || text;
  let scale = 1;
  for (const [pattern, factor] of SCALES) {
    if (pattern.test(text)) {
      scale = factor;
      break;
    }
  }
  if (/%|\bpercent|процент/i.test(text)) return { unit: 'percent', scale: 1, said, note: '' };
  if (/\bLCU\b|national currency|local currency/i.test(text))
    return {
      unit: '',
      scale,
      said,
      note: 'in the national currency, which depends on the country: choose the currency',
    };
  for (const [pattern, code] of CURRENCIES) {
    if (pattern.test(text)) return { unit: code, scale, said, note: '' };
  }
  if (/\b(people|persons|number of|units?)\b|человек/i.test(text))
    return { unit: 'count', scale, said, note: '' };
  return { unit: '', scale, said, note: 'no unit found in the name: choose one' };
}
