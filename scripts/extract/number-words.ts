/**
 * English number words: "twenty-one", "three hundred and two", "a quarter", "one-third".
 * Pure; used by the number grammar in `numbers.ts`.
 */

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TEN_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Denominators of fractions; "third" alone is an ordinal, so a fraction needs a numerator before it. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};

const ALL_WORDS = [
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TEN_WORDS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(FRACTION_WORDS),
  'dozens',
  'dozen',
].sort((a, b) => b.length - a.length);

/** One number word (case-insensitive), as a regex source. */
export const NUMBER_WORD_SOURCE = `(?:${ALL_WORDS.join('|')})`;

/**
 * Value of a run of number words, or null when the run is not a number on its own.
 *
 * @example parseNumberWords('twenty-one') // 21
 * @example parseNumberWords('three hundred and two') // 302
 * @example parseNumberWords('one-third') // 0.3333…
 * @example parseNumberWords('a quarter') // 0.25
 * @example parseNumberWords('one and a half') // 1.5
 * @example parseNumberWords('third') // null (an ordinal)
 */
export function parseNumberWords(phrase: string): number | null {
  const tokens = phrase
    .toLowerCase()
    .split(/[\s\u00a0-]+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return null;
  let total = 0; // completed groups (thousands and up)
  let current = 0; // the group being built
  let sawNumber = false;
  let pendingA = false; // "a" stands for one before a scale or fraction
  let fractionPart = 0;
  let afterAnd = false;
  let andStart = 0; // value of `current` when the last "and" was read
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === 'a' || token === 'an') {
      pendingA = true;
      continue;
    }
    if (token === 'and') {
      afterAnd = true;
      andStart = current;
      continue;
    }
    const unit = UNIT_WORDS[token] ?? TEN_WORDS[token];
    if (unit !== undefined) {
      current += unit;
      sawNumber = true;
      pendingA = false;
      continue;
    }
    const scale = SCALE_WORDS[token];
    if (scale !== undefined) {
      const base = current === 0 ? (pendingA || !sawNumber ? 1 : 0) : current;
      if (base === 0 && sawNumber) return null;
      if (scale === 100) current = base * 100;
      else {
        total += (base + fractionPart) * scale;
        fractionPart = 0;
        current = 0;
      }
      sawNumber = true;
      pendingA = false;
      continue;
    }
    if (token === 'dozen' || token === 'dozens') {
      current = (current === 0 ? 1 : current) * 12;
      sawNumber = true;
      pendingA = false;
      continue;
    }
    const denominator = FRACTION_WORDS[token];
    if (denominator !== undefined) {
      if (!sawNumber && !pendingA && !(token === 'half' || token === 'quarter')) return null;
      // the numerator is what was read since the last "and" ("one and a half": 1 + 1/2)
      const numeratorRaw = afterAnd ? current - andStart : current;
      const numerator = numeratorRaw === 0 ? 1 : numeratorRaw;
      const fraction = numerator / denominator;
      if (afterAnd) current = andStart + fraction;
      else current = fraction;
      // "half a million": the fraction scales what follows
      fractionPart = 0;
      sawNumber = true;
      pendingA = false;
      afterAnd = false;
      continue;
    }
    return null;
  }
  if (!sawNumber) return null;
  return total + current;
}
