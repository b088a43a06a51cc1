/**
 * Goods traded on world markets, as English words: a headline about one's price is the World's
 * (`context.ts`), and a sum per unit of one is its price (`extract.ts`). Data only.
 */
export const COMMODITY_WORDS =
  'Brent|WTI|oil|crude|gold|silver|platinum|copper|aluminium|aluminum|nickel|zinc|tin|lead|uranium|wheat|corn|soybeans?|cotton|sugar|coffee|cocoa|iron\\s+ore|coal|lithium';

/**
 * Words a market report writes around a traded good's name without naming another measure of it:
 * "Spot gold", "Benchmark copper", "U.S. West Texas Intermediate crude", "U.S. gold futures".
 */
export const MARKET_WORDS =
  'spot|benchmark|futures?|U\\.?\\s?S\\.?|London|three-month|front-month|West\\s+Texas\\s+Intermediate|Brent|WTI|crude|metal|contracts?';

/** Goods whose amount produced is their production: the traded goods and a few others. */
export const PRODUCED_GOODS = `${COMMODITY_WORDS}|natural\\s+gas|gas|condensate|rare\\s+earths?|cement|steel`;

/**
 * A physical amount after a number: "380,000 tonnes", "1.9 million bpd", "49.6 billion cubic
 * metres", also the first end of a range ("11-12 tonnes").
 */
export const PHYSICAL_AMOUNT =
  /^(?:\s*(?:-|–|and|to)\s*\d[\d.,]*)?\s*(?:thousand|million|billion|mln|bn)?\s*(?:metric\s+)?(?:tonnes|tons|t|barrels|bpd|b\/d|cubic\s+met(?:re|er)s|bcm|ounces|oz)\b/i;

/** Grades of oil, whose price is the oil price. */
export const OIL_GRADES = /^(?:crude|Brent|WTI|West\s+Texas\s+Intermediate)$/i;

/** The world's benchmark grades of oil, as Russian and Kazakh texts write them. */
export const CYRILLIC_BENCHMARKS = 'Brent|WTI|Брент';

/** The same words with their first letter in either case, for case-sensitive patterns. */
export const COMMODITY_WORDS_EITHER_CASE = COMMODITY_WORDS.split('|')
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`)
  .join('|');

/** A commodity named in a label ("Copper", "Benchmark copper", "Spot uranium"). */
export const NAMES_A_COMMODITY = new RegExp(`\\b(?:${COMMODITY_WORDS})\\b`, 'i');

/**
 * A sum quoted per unit a commodity is traded in: "$11,480 a ton", "$4,350 an ounce", also the
 * first end of a range the unit follows ("between 85,000 and 95,000 tenge per tonne", "$230-$250
 * per tonne").
 */
export const PER_TRADED_UNIT =
  /^(?:\s*(?:-|–|and|to)\s*[$€£]?\s?\d[\d.,]*(?:\s+\p{L}+)?)?\s*(?:an?|per)\s+(?:metric\s+|troy\s+)?(?:tonne|ton|ounce|barrel|bushel|pound|lb)\b/iu;
