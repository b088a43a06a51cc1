/**
 * Traded goods named in a label or a text: which one a market quote is of ("Spot gold" → Gold), the
 * last one a text names. Reads the word lists of `languages/commodities.ts`.
 */
import {
  COMMODITY_WORDS,
  MARKET_WORDS,
  NAMES_A_COMMODITY,
  OIL_GRADES,
} from './languages/commodities.ts';

const COMMODITY_ANYWHERE = new RegExp(NAMES_A_COMMODITY.source, 'gi');
/** A good's name or a market's word around it, as a whole word ("U.S.", "gold", "futures"). */
const MARKET_OR_GOOD = new RegExp(
  `(?<![\\p{L}.])(?:${MARKET_WORDS}|${COMMODITY_WORDS})(?!\\p{L})`,
  'giu',
);
/**
 * The good a label names with nothing but a market's words around it, capitalised, grades of oil
 * as oil; '' when the label names anything else ("Gold exports", "Copper output").
 *
 * @example tradedGoodAlone('U.S. West Texas Intermediate crude') // 'Oil'
 * @example tradedGoodAlone('Spot gold') // 'Gold'
 * @example tradedGoodAlone('Gold exports') // ''
 */
export function tradedGoodAlone(label: string): string {
  const good = lastCommodity(label);
  if (!good || !/^[\s\p{P}]*$/u.test(label.replace(MARKET_OR_GOOD, ''))) return '';
  const name = OIL_GRADES.test(good) ? 'oil' : good.toLowerCase();
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}
/**
 * The last traded good `text` names ("copper" in "Copper rose; analysts see"), or ''.
 *
 * @example lastCommodity('Wheat fell, and analysts see') // 'Wheat'
 */
export function lastCommodity(text: string): string {
  let last = '';
  COMMODITY_ANYWHERE.lastIndex = 0;
  for (let match; (match = COMMODITY_ANYWHERE.exec(text));)
    // "kept its lead": the metal is too rarely meant to be read from a verb's or a rank's word
    if (match[0].toLowerCase() !== 'lead') last = match[0];
  return last.replace(/\s+/g, ' ');
}
