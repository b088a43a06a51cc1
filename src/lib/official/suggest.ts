/**
 * Which Sandar metric an official indicator measures, suggested from the metric catalogue
 * (`data/metrics.csv`: its labels and phrases) and from the codes of the World Bank's and the
 * IMF's best-known series. Only a suggestion: the user confirms or changes it.
 */
import { isCurrency } from '../units.ts';
import type { IndicatorSummary } from './read-table.ts';

/** What the suggestion needs of a catalogue line. */
export interface CatalogueMetric {
  metric: string;
  label: string;
  /** `currency`, `percent`, `count`, `multiple`; empty: any. */
  units: readonly string[];
  phrases: readonly string[];
}

/** Indicator codes whose metric the catalogue's words would miss or mistake. */
const CODES: Readonly<Record<string, string>> = {
  'NY.GDP.MKTP.CD': 'gdp',
  'NY.GDP.MKTP.CN': 'gdp',
  'NY.GDP.PCAP.CD': 'gdp_per_capita',
  'NY.GDP.MKTP.KD.ZG': 'gdp_growth',
  'BX.GSR.CCIS.CD': 'it_services_exports',
  'IT.NET.USER.ZS': 'internet_penetration',
  'SP.POP.TOTL': 'population',
  'FP.CPI.TOTL.ZG': 'inflation',
  'SL.UEM.TOTL.ZS': 'unemployment',
  NGDPD: 'gdp',
  NGDP: 'gdp',
  NGDPDPC: 'gdp_per_capita',
  NGDP_RPCH: 'gdp_growth',
  PCPIPCH: 'inflation',
  LUR: 'unemployment',
  LP: 'population',
};

export interface Suggestion {
  metric: string;
  /** Why, for the mapping step: `code NY.GDP.MKTP.CD`, `phrase "GDP per capita"`. */
  why: string;
}

function unitClass(unit: string): string {
  return isCurrency(unit) ? 'currency' : unit;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Position after the phrase's words if they occur in `tokens` in a row (each a word start), else -1. */
function contains(tokens: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let start = 0; start + phrase.length <= tokens.length; start++) {
    for (let i = 0; i < phrase.length; i++) {
      const token = tokens[start + i]!;
      const word = phrase[i]!;
      if (!(token === word || (word.length > 2 && token.startsWith(word)))) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * @example suggestMetric({ name: 'GDP (current US$)', code: 'NY.GDP.MKTP.CD', reading: { unit: 'USD' } }, catalogue) // { metric: 'gdp', why: 'code NY.GDP.MKTP.CD' }
 * @example suggestMetric({ name: 'GDP per capita (current US$)', code: '', reading: { unit: 'USD' } }, catalogue) // { metric: 'gdp_per_capita', why: 'phrase "GDP per capita"' }
 */
export function suggestMetric(
  indicator: Pick<IndicatorSummary, 'name' | 'code'> & { reading: { unit: string } },
  catalogue: readonly CatalogueMetric[],
): Suggestion | null {
  const known = new Set(catalogue.map((entry) => entry.metric));
  const byCode = CODES[indicator.code.trim().toUpperCase()];
  if (byCode && known.has(byCode)) return { metric: byCode, why: `code ${indicator.code}` };
  // The name without its parenthesised unit: "GDP per capita (current US$)" → "GDP per capita".
  const tokens = words(indicator.name.replace(/\([^)]*\)/g, ' '));
  const unit = unitClass(indicator.reading.unit);
  let best: { entry: CatalogueMetric; phrase: string; length: number } | undefined;
  for (const entry of catalogue) {
    if (unit && entry.units.length > 0 && !entry.units.includes(unit)) continue;
    for (const phrase of [entry.label, ...entry.phrases]) {
      if (phrase.includes('*')) continue;
      const phraseWords = words(phrase);
      if (phraseWords.length === 0 || !contains(tokens, phraseWords)) continue;
      // Longer phrases are more specific: "GDP per capita" over "GDP".
      if (!best || phraseWords.length > best.length)
        best = { entry, phrase, length: phraseWords.length };
    }
  }
  return best ? { metric: best.entry.metric, why: `phrase "${best.phrase}"` } : null;
}
