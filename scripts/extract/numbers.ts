/**
 * The number grammar: finds every quantity written in a text, with its value fully scaled, its
 * unit (ISO currency, percent, multiple or count), the qualifier written before it, and whether it
 * is something other than a quantity (a year, a date, an ordinal, a name like "5G", a footnote).
 * Pure: `findNumbers(text)` is what the extractor, the unit tests and the peer suites call.
 */
import type { Qualifier } from '../../src/lib/claim.ts';
import { currencyAfter, currencyBefore } from './currencies.ts';
import {
  FRACTION_WORDS,
  NUMBER_WORD_SOURCE,
  SCALE_WORDS,
  TEN_WORDS,
  UNIT_WORDS,
  parseNumberWords,
} from './number-words.ts';
import { codeAt, isSpace, skipSpaces } from './chars.ts';
import type { Language } from './language.ts';
import type { Atom, NumberGrammar, ScaleMatch } from './number-grammar.ts';
import { cyrillicGrammar } from './cyrillic-grammar.ts';
import { KAZAKH, RUSSIAN } from './languages/cyrillic-numbers.ts';

export type NumberForm = 'digits' | 'words' | 'fraction' | 'verb';

/** Why a number is not a quantity someone claims. */
export type Exclusion = 'year' | 'date' | 'ordinal' | 'name' | 'footnote' | 'time' | 'weak';

/**
 * A number as found. Every mention is built with all its fields, the optional ones undefined, and
 * none is ever deleted: mentions of one shape keep optimised code from being recompiled.
 */
export interface NumberMention {
  /** UTF-16 offsets of the whole mention ("$4.8 trillion", "one-third", "20 thousand"). */
  start: number;
  end: number;
  text: string;
  /** Fully scaled; a fraction of something ("a quarter of GDP") is a percent: 25. */
  value: number;
  /** ISO currency code, `percent`, `multiple` or `count`. */
  unit: string;
  qualifier: Qualifier;
  form: NumberForm;
  /** Set when the number is not a claimed quantity. */
  excluded?: Exclusion;
  /** A unit, scale or currency is written with the number (not just a bare figure). */
  marked: boolean;
  /** Index (in the returned array) of the other end of a range ("from 7% to 29%"). */
  rangeWith?: number;
  /** Unit borrowed from the other end of a range: "1.7-2.2 trillion tenge". */
  inherited?: boolean;
  /** Written in basis points ("50 basis points", "25 б.п."): a change of a rate, in percent. */
  basisPoints?: boolean;
}

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\.?,?\\s+$`, 'iu');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'iu');
const MONTH_CAPITALISED = new RegExp(
  `(?:^|[^\\p{L}])(?:${MONTHS.split('|')
    .map((m) => m[0]!.toUpperCase() + m.slice(1))
    .join('|')})\\.?,?\\s+$`,
  'u',
);

const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trln: 1e12,
  tln: 1e12,
  // billion cubic metres of gas: the scale and the unit in one word
  bcm: 1e9,
};
/** Scale after a number: words and abbreviations with or without a space; single letters only attached. */
const SCALE_AFTER =
  /^(?:(\s*-?\s*)(thousand|million|billion|trillion|hundred|mln|mn|bln|bn|trln|tln|tn|bcm)|(k|m|b|K|M|B))(?![\p{L}\p{N}])/iu;
const PERCENT_AFTER =
  /^\s*(?:%|percent(?:age points?|ages?|s)?\b|per\s+cent\b|pct\b|percentage points?\b|p\.p\.)/iu;
/** Basis points after a number, in English, Russian and Kazakh ("bps" only in lower case: "BP" is a company). */
const BASIS_POINTS_AFTER =
  /^\s*(?:[Bb]asis[\s-]+[Pp]oints?(?![\p{L}])|bps?(?![\p{L}])|б\.\s?п\.|базисн\p{L}*\s+пункт\p{L}*|базистік\s+тармақ\p{L}*|базистік\s+пункт\p{L}*)/u;
const FOLD_AFTER = /^(?:-|\s)?fold\b/i;
const TIMES_AFTER = /^\s+times\b/i;
const X_AFTER = /^x(?![\p{L}\p{N}])/u;
const TIMES_CONTEXT_AFTER =
  /^\s+times\s+(?:more|less|higher|lower|larger|bigger|greater|faster|over|as|the|that|than|compared)\b/i;
const GROWTH_BEFORE =
  /\b(?:grow|grew|grown|growing|increas\w*|rose|rise|rising|risen|expand\w*|jump\w*|surg\w*|soar\w*|fell|fall\w*|decreas\w*|declin\w*|drop\w*|shrank|shrunk|multipl\w*|up|down|boost\w*|rais\w*|reduc\w*|cut)\b[^.;]{0,30}$/i;

/** Qualifier phrases, by the words they end with right before a number. */
const QUALIFIER_PHRASES: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ...words(
    'at_least',
    'at least|no less than|not less than|no fewer than|not fewer than|a minimum of|minimum of|or more than',
  ),
  ...words(
    'up_to',
    'up to|no more than|not more than|not exceeding|not exceed|not to exceed|not surpass|at most|a maximum of|maximum of|as much as|as many as|as high as|capped at',
  ),
  ...words(
    'more_than',
    'more than|greater than|higher than|larger than|over|above|just over|well over|slightly over|far over|just above|well above|slightly above|far above|in excess of|upwards of|exceed|exceeded|exceeding|exceeds|surpass|surpassed|surpassing|surpasses|top|topped|topping|tops|beyond',
  ),
  ...words(
    'less_than',
    'less than|fewer than|lower than|below|under|just below|just under|well below|well under|slightly below|slightly under|short of',
  ),
  ...words(
    'approx',
    'nearly|almost|about|around|approximately|approx.|approx|roughly|some|circa|ca.|an estimated|estimated at|close to|comparable to|reaching almost|in the region of|on the order of',
  ),
  // close to the figure and not there yet: no status may count it as reached
  ...words('approaching', 'approach|approached|approaching|approaches|nearing|neared|nears|near'),
]);

/** The qualifier phrases by their last word, each as its words, longest first: looked up from the end, without joining words into keys. */
const QUALIFIERS_BY_LAST_WORD: ReadonlyMap<
  string,
  ReadonlyArray<{ words: readonly string[]; qualifier: Qualifier }>
> = (() => {
  const byLast = new Map<string, Array<{ words: readonly string[]; qualifier: Qualifier }>>();
  for (const [phrase, qualifier] of QUALIFIER_PHRASES) {
    const words = phrase.split(' ');
    const last = words[words.length - 1]!;
    byLast.set(
      last,
      [...(byLast.get(last) ?? []), { words, qualifier }].sort(
        (a, b) => b.words.length - a.words.length,
      ),
    );
  }
  return byLast;
})();

function words(qualifier: Qualifier, phrases: string): Array<[string, Qualifier]> {
  return phrases.split('|').map((phrase) => [phrase, qualifier]);
}

const SYMBOL_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  '~': 'approx',
  '≈': 'approx',
  '>': 'more_than',
  '<': 'less_than',
};

/**
 * The qualifier written just before `start`: the last one to four words ("more than", "surpassing
 * the"), looked up in a table rather than matched by patterns, which is much faster on long texts.
 *
 * @example qualifierBefore('grew by more than 6%', 17) // 'more_than'
 */
export function qualifierBefore(text: string, start: number): Qualifier {
  // the 40 characters before, white space trimmed at the end, read in place: this runs for every number
  const from = Math.max(0, start - 40);
  let end = start;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === from) return 'exact';
  const last = text[end - 1]!;
  const symbol = SYMBOL_QUALIFIERS[last];
  if (symbol) return symbol;
  if (!/[\p{L}.]/u.test(last)) return 'exact';
  // fast path: most numbers follow a word no qualifier ends with ("reached", "of", "in")
  const space = text.lastIndexOf(' ', end - 1);
  const lastWord = text.slice(space >= from ? space + 1 : from, end).toLowerCase();
  if (!QUALIFIERS_BY_LAST_WORD.has(lastWord) && lastWord !== 'the' && lastWord !== 'a')
    return 'exact';
  const tokens = text.slice(from, end).toLowerCase().split(/\s+/).slice(-5);
  // a number written right after "the"/"a" keeps the qualifier before them: "surpassing the $300 billion mark"
  const ends =
    tokens.length > 1 && (tokens[tokens.length - 1] === 'the' || tokens[tokens.length - 1] === 'a')
      ? [tokens, tokens.slice(0, -1)]
      : [tokens];
  for (const list of ends) {
    // the longest phrase (of at most four words) that the list ends with
    for (const { words, qualifier } of QUALIFIERS_BY_LAST_WORD.get(list[list.length - 1]!) ?? []) {
      if (
        words.length <= Math.min(4, list.length) &&
        words.every((word, i) => list[list.length - words.length + i] === word)
      )
        return qualifier;
    }
  }
  return 'exact';
}

/** Digits: "650,000", "4.8", ".08", "1 234 567" with thin or no-break spaces. */
const DIGITS =
  /(?<![\p{N}])(?:\d{1,3},\d{1,2}(?=\s*(?:%|percent|per\s+cent|thousand|million|billion|trillion|mln|bln|mn|bn|trln)\b|\s*%)|\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d])|\d+)(?:\.\d+)?|(?<![\p{N}.])\.\d+/gu;
// ASCII word boundaries are enough for English number words and much faster than Unicode look-arounds
const WORD_START = new RegExp(`\\b(${NUMBER_WORD_SOURCE})\\b`, 'gi');
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}-])(an?)\s+$/iu;
const WORD_NEXT = new RegExp(
  `^(\\s*-\\s*|\\s+)(?:(and)\\s+)?(?:(an?)\\s+)?(${NUMBER_WORD_SOURCE})(?![\\p{L}])`,
  'iu',
);
const FOLD_WORD =
  /(?<![\p{L}])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)fold(?![\p{L}])/giu;
const MULTIPLE_VERBS: Readonly<Record<string, number>> = {
  doubled: 2,
  doubling: 2,
  doubles: 2,
  tripled: 3,
  tripling: 3,
  triples: 3,
  trebled: 3,
  quadrupled: 4,
  quadrupling: 4,
  quintupled: 5,
  halved: 0.5,
  halving: 0.5,
  double: 2,
  triple: 3,
  quadruple: 4,
  halve: 0.5,
  twice: 2,
};
// the bare verb only after "to" ("aims to (nearly) double exports") or before what it multiplies
// ("nearly double the 2019 level", "twice the national average"): "a double taxation treaty" and
// "twice a year" are no multiples
const MULTIPLE_VERB =
  /(?<![\p{L}])(doubled|doubling|doubles|tripled|tripling|triples|trebled|quadrupled|quadrupling|quintupled|halved|halving|(?<=\b(?:to|will|would|must|should|could|may|might|shall|can)\s+(?:(?:nearly|almost|roughly|about|more\s+than|at\s+least|also|likely|further)\s+)?)(?:double|triple|quadruple|halve)(?!-)|(?:double|triple|twice)(?=\s+(?:the|its|their|that|those|as|than)\s))(?![\p{L}])/giu;

type WordKind = 'unit' | 'ten' | 'scale' | 'fraction' | 'dozen';
function wordKind(word: string): WordKind {
  const w = word.toLowerCase();
  if (w in UNIT_WORDS) return 'unit';
  if (w in TEN_WORDS) return 'ten';
  if (w in SCALE_WORDS) return 'scale';
  if (w in FRACTION_WORDS) return 'fraction';
  return 'dozen';
}

/** Joins runs of number words ("three hundred and two", "one-third", "half a million"). */
function wordAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  WORD_START.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD_START.exec(text))) {
    const previousChar = text[match.index - 1] ?? ' ';
    const nextChar = text[match.index + match[0].length] ?? ' ';
    if (previousChar === '-' || /[\p{L}\p{N}]/u.test(previousChar) || /[\p{L}]/u.test(nextChar))
      continue;
    const articleMatch =
      previousChar === ' '
        ? ARTICLE_BEFORE.exec(text.slice(Math.max(0, match.index - 4), match.index))
        : null;
    const article = articleMatch?.[1];
    let start = article
      ? match.index -
        articleMatch![0].length +
        (articleMatch![0].length - articleMatch![0].trimStart().length)
      : match.index;
    let end = match.index + match[0].length;
    const first = match[1]!;
    let previous = wordKind(first);
    const words = [first.toLowerCase()];
    let hasScale = previous === 'scale';
    for (;;) {
      const next = WORD_NEXT.exec(text.slice(end, end + 40));
      if (!next) break;
      const [, joiner, and, innerArticle, word] = next as unknown as [
        string,
        string,
        string | undefined,
        string | undefined,
        string,
      ];
      const kind = wordKind(word);
      const hyphen = joiner.includes('-');
      let ok = false;
      if (and)
        ok =
          previous === 'scale' ||
          (kind === 'fraction' && !!innerArticle) ||
          (previous !== 'fraction' && kind === 'fraction');
      else if (innerArticle) ok = previous === 'fraction' && kind === 'scale';
      else if (kind === 'scale')
        ok =
          previous !== 'scale' ||
          SCALE_WORDS[word.toLowerCase()]! > SCALE_WORDS[words[words.length - 1]!]!;
      else if (kind === 'unit') ok = previous === 'ten' || previous === 'scale';
      else if (kind === 'ten') ok = previous === 'scale';
      else if (kind === 'fraction')
        ok = previous === 'unit' || previous === 'ten' || (hyphen && previous !== 'fraction');
      else ok = previous === 'unit' || previous === 'ten';
      if (!ok) break;
      if (kind === 'scale') hasScale = true;
      words.push(word.toLowerCase());
      previous = kind;
      end += next[0].length;
    }
    WORD_START.lastIndex = end;
    const firstKind = wordKind(first);
    // "a"/"an" counts only before a scale, a fraction or "dozen": "a million", "a quarter"
    if (article && firstKind !== 'scale' && firstKind !== 'fraction' && firstKind !== 'dozen')
      start = match.index;
    const phrase = text.slice(start, end);
    const lastKind = previous;
    // a lone fraction word is an ordinal ("the third") unless it is "half"/"a quarter"/"one-third"
    if (
      words.length === 1 &&
      firstKind === 'fraction' &&
      !article &&
      !/^(?:half|quarter)$/i.test(first)
    )
      continue;
    if (words.length === 1 && firstKind === 'scale' && !article) continue; // "thousands of", "hundreds"
    const value = parseNumberWords(phrase);
    if (value === null) continue;
    atoms.push({
      start,
      end,
      value,
      form: lastKind === 'fraction' && !hasScale ? 'fraction' : 'words',
      share: lastKind === 'fraction',
      wordCount: words.length,
      firstWord: words[0]!,
      integerDigits: false,
      hasScale,
    });
  }
  return atoms;
}

function digitAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  DIGITS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DIGITS.exec(text))) {
    const raw = match[0];
    // "2,5 billion", "3,4%": a comma followed by one or two digits and a scale is a decimal comma
    const decimalComma = /^\d{1,3},\d{1,2}$/.test(raw);
    // group separators need four characters or more ("1,000"): shorter figures are read as they are
    const value = decimalComma
      ? Number(raw.replace(',', '.'))
      : Number(raw.length > 3 ? raw.replace(/[,\u00a0\u202f]/g, '') : raw);
    if (!Number.isFinite(value)) continue;
    atoms.push({
      start: match.index,
      end: match.index + raw.length,
      value,
      form: 'digits',
      share: false,
      wordCount: 0,
      firstWord: raw,
      integerDigits: /^\d+$/.test(raw),
      hasScale: false,
    });
  }
  return atoms;
}

/**
 * Every number in `text`, in order, with its unit and qualifier.
 *
 * @example findNumbers('exports reached $4.8 trillion')[0] // { text: '$4.8 trillion', value: 4.8e12, unit: 'USD', … }
 * @example findNumbers('rose from 7% to 29%').map((n) => n.value) // [7, 29]
 * @example findNumbers('Digital Bridge 2023')[0]!.excluded // 'year'
 */
export function findNumbers(text: string, language: Language = 'en'): NumberMention[] {
  const grammar =
    language === 'ru' ? RUSSIAN_GRAMMAR : language === 'kk' ? KAZAKH_GRAMMAR : ENGLISH;
  const digits = grammar.digitAtoms(text);
  const words = grammar.wordAtoms(text);
  // most texts write no number in words: the digits alone are already in order
  const atoms =
    words.length === 0 ? digits : [...digits, ...words].sort((a, b) => a.start - b.start);
  const mentions: NumberMention[] = [];
  let lastEnd = -1;
  for (const atom of atoms) {
    if (atom.start < lastEnd) continue;
    const mention = readMention(text, atom, grammar);
    if (!mention) continue;
    mentions.push(mention);
    lastEnd = mention.end;
  }
  grammar.addWordMultiples(text, mentions);
  grammar.readShares(text, mentions);
  linkRanges(text, mentions, grammar);
  return mentions;
}

/**
 * Whether "minus"/"negative" or a hyphen can stand right before `start`: a cheap test on the
 * characters there, so the patterns of `readNegative` run for few numbers.
 */
function mayBeNegative(text: string, start: number): boolean {
  const previous = codeAt(text, start - 1);
  if (previous === 45 || previous === 0x2212) return true;
  if (!isSpace(previous)) return false;
  let at = start - 1;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  const last = codeAt(text, at - 1) | 32;
  return last === 115 || last === 101; // minuS, negativE
}

/** "minus " or a glued hyphen at the end of `before` (the ten characters before a number), as a match. */
function readNegative(before: string): RegExpExecArray | null {
  return (
    /(?:^|[\s(])(?:minus|negative)\s+$/i.exec(before) ??
    (/(?:^|[\s(=:])[-−]$/.exec(before) && !/\d\s*[-−]$/.test(before) ? /[-−]$/.exec(before) : null)
  );
}

/** Whether a scale word can follow `end` (after white space and one hyphen): its first letter is one of t, m, b, h, k. */
function mayBeScale(text: string, end: number): boolean {
  let at = skipSpaces(text, end);
  if (codeAt(text, at) === 45) at = skipSpaces(text, at + 1);
  const code = codeAt(text, at) | 32;
  return code === 116 || code === 109 || code === 98 || code === 104 || code === 107;
}

function readMention(text: string, atom: Atom, grammar: NumberGrammar): NumberMention | null {
  let value = atom.value;
  let start = atom.start;
  let end = atom.end;
  let unit = 'count';
  let marked = false;
  let excluded: Exclusion | undefined;
  let form = atom.form;

  // negative numbers: "minus five", or a hyphen glued to digits after a space ("-9.5", not "1.7-2.2")
  const negative = mayBeNegative(text, start)
    ? readNegative(text.slice(Math.max(0, start - 10), start))
    : null;
  if (negative) {
    value = -value;
    start -= negative[0].trimStart().length;
  }

  // scale after the number
  if (atom.form === 'digits' || atom.form === 'words') {
    const scale = grammar.scaleAfter(text, end);
    // "9M 2026", "(6M 2025: …)": months of a year, a part of a period, not millions
    if (
      scale?.single &&
      atom.value <= 12 &&
      PERIOD_YEAR_AFTER.test(text.slice(end + scale.length, end + scale.length + 6))
    )
      excluded = 'date';
    // single letters ("5m") need digits: "five m" is no scale
    else if (scale && !(atom.form === 'words' && scale.single)) {
      value = scaleBy(value, scale.factor);
      end += scale.length;
      marked = true;
    }
  }

  // currency before
  const currency = currencyBefore(
    text,
    atom.start - (negative ? negative[0].trimStart().length : 0),
  );
  if (currency && atom.form !== 'fraction') {
    const scaled = marked || /,\d{3}/.test(text.slice(atom.start, atom.end));
    if (!currency.weak || scaled) {
      unit = currency.code;
      start -= currency.length;
      marked = true;
    }
  }

  // unit after
  // "25 basis points", "50 б.п.": a change in percentage points, 0.25 and 0.5 (gold README, Values)
  const basisPoints = unit === 'count' ? BASIS_POINTS_AFTER.exec(text.slice(end, end + 40)) : null;
  const percent = unit === 'count' ? grammar.percentAfter(text, end) : 0;
  if (basisPoints) {
    unit = 'percent';
    value = Math.round(value * 1e6) / 1e8;
    end += basisPoints[0].length;
    marked = true;
  } else if (percent > 0) {
    unit = 'percent';
    end += percent;
    marked = true;
  } else if (unit === 'count') {
    const after = grammar.currencyAfter(text, end, marked);
    if (after) {
      unit = after.code;
      end += after.length;
      marked = true;
      // "75 USD million": the scale after the code
      const scale = value === atom.value ? grammar.scaleAfter(text, end) : null;
      if (scale && !scale.single) {
        value = scaleBy(value, scale.factor);
        end += scale.length;
      }
    } else {
      const multiple = grammar.multipleAfter(text, atom, start, end);
      if (multiple > 0) {
        unit = 'multiple';
        end += multiple;
        marked = true;
      }
    }
  }

  // a fraction of something is a share: "a quarter of global GDP" = 25 percent
  if (atom.share && unit === 'count' && !atom.hasScale) {
    if (
      /(?:first|second|third|fourth|last|final|latter|former|same|this|that|previous|current|next|each|every|[a-z]+-[a-z]+)\s+$/i.test(
        text.slice(Math.max(0, start - 20), start),
      )
    ) {
      excluded = 'date'; // "first half", "third quarter"
    } else if (
      /^\s+of\b/i.test(text.slice(end, end + 5)) ||
      SHARE_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    ) {
      // "a quarter of GDP", "rose by a fifth"
      unit = 'percent';
      value = Math.round(value * 10000) / 100;
      marked = true;
      form = 'fraction';
    } else {
      excluded = 'weak';
    }
  }

  if (!excluded) excluded = exclusion(text, atom, start, end, unit, marked, grammar);
  // number words in Cyrillic count only with a unit: "одна" is mostly "one of", "бір" "a"
  if (
    !excluded &&
    !marked &&
    !atom.hasScale &&
    atom.form === 'words' &&
    grammar.wordsNeedUnit &&
    !countsTheNounAfter(text, start, end, value)
  )
    excluded = 'weak';
  const before = grammar.qualifierBefore(text, start);
  const qualifier = before === 'exact' ? grammar.qualifierAfter(text, end) : before;
  return {
    start,
    end,
    text: text.slice(start, end),
    value,
    unit,
    qualifier,
    form,
    marked,
    excluded,
    rangeWith: undefined,
    inherited: undefined,
    basisPoints: basisPoints !== null,
  };
}

/**
 * A Cyrillic number word of two or more right before the noun it counts: «Два суперкомпьютера»,
 * «ещё в трёх странах — в Германии, …», «екі суперкомпьютер», «семь абитуриентов». Not a span of
 * time or a multiple (they are read elsewhere), and not the two sides of a meeting, which only
 * point back at places already named («двух стран», «между двумя странами», «екі ел»).
 */
function countsTheNounAfter(text: string, start: number, end: number, value: number): boolean {
  if (value < 2 || !Number.isInteger(value)) return false;
  if (POINTING_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const after = text.slice(end, end + 30);
  return (
    COUNTED_NOUN_AFTER.test(after) &&
    !NOT_COUNTED_AFTER.test(after) &&
    !(value === 2 && TWO_SIDES_AFTER.test(after))
  );
}

/** A lower-case Cyrillic word right after the number, as the noun it counts. */
const COUNTED_NOUN_AFTER = /^\s(?:\p{Ll}+\s)?[а-яёәғқңөұүһі][а-яёәғқңөұүһі-]{2,}/u;
/**
 * Spans of time, multiples, and a number inside a thing's name ("жиырма футтық" twenty-foot, «екі
 * жақты» bilateral, «двухкомнатная»).
 */
const NOT_COUNTED_AFTER =
  /^\s(?:год|лет|месяц|дн[еяи]|день|сут|недел|квартал|час|минут|секунд|раз|жыл|ай(?![а-яёәғқңөұүһі])|айда|айлық|күн|апта|сағат|есе|рет|процент|пайыз|фут|жақты|жақ(?![а-яёәғқңөұүһі])|комнатн|бөлмелі)/u;
/** "Two countries", "two sides", "two leaders": the parties to a meeting, already named. */
const TWO_SIDES_AFTER =
  /^\s(?:стран|сторон|государств|ел(?![а-яёәғқңөұүһі])|елдің|елдер|тарап|лидер|президент|глав|министр)/u;
const POINTING_BEFORE = /(?:между|обе|оба|обеих|этих|этими|эти|эта|осы|сол)\s+$/iu;

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![\p{L}])/iu;
const ORDINAL_START = new Set(['s', 'n', 'r', 't', 'S', 'N', 'R', 'T']);

/** "/" or "." between the parts of a date or version. */
function isDateDot(char: string): boolean {
  return char === '/' || char === '.';
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Inside a sentence: a letter, comma or opening quote before the figure (not a full stop or a line start). */
const NAME_AFTER = /[\p{L},][\s]*[«"“]?$/u;
const CAPITALISED_NEXT = /^[ \u00a0]\p{Lu}/u;

function isUpperCase(char: string): boolean {
  return char !== char.toLowerCase();
}

/**
 * What makes a fraction after it a share: "rose by (roughly) a fifth", "$9.2 billion, or about
 * two-thirds", "accounting for about half", "of which about a third is".
 */
const SHARE_BEFORE =
  /(?:\bby|,\s+or|\baccount(?:s|ed|ing)?\s+for|\bof\s+which|\bmade\s+up)\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|just\s+(?:over|under)|under)\s+)?$/i;
const PERIOD_YEAR_AFTER = /^\s(?:19|20)\d\d(?!\d)/;

/** Why a number is not a quantity, looking at what is written around it. */
function exclusion(
  text: string,
  atom: Atom,
  start: number,
  end: number,
  unit: string,
  marked: boolean,
  grammar: NumberGrammar,
): Exclusion | undefined {
  const prev = text[start - 1] ?? ' ';
  const next = text[end] ?? ' ';
  const before = text.slice(Math.max(0, start - 16), start);
  // "the One Million Programmers initiative", "проект «Один миллион программистов»": capitalised
  // number words inside a sentence, before another capitalised word or after an opening quote
  if (atom.form === 'words' && isUpperCase(text[start] ?? '') && NAME_AFTER.test(before)) {
    if (
      prev === '«' ||
      prev === '"' ||
      prev === '“' ||
      CAPITALISED_NEXT.test(text.slice(end, end + 3))
    )
      return 'name';
  }
  if (atom.form === 'digits') {
    // glued to letters: "5G", "A320", "COVID-19", "2nd", "29km"
    if (!marked && /[\p{L}]/u.test(next))
      return /^(?:st|nd|rd|th)\b/i.test(text.slice(end, end + 3)) ? 'ordinal' : 'name';
    if (unit === 'count' && /[\p{L}]/u.test(prev)) return 'name';
    if (
      unit === 'count' &&
      prev === '-' &&
      /[\p{L}]-$/u.test(before) &&
      !/(?:^|\s)(?:mid|pre|post|over|under|about)-$/i.test(before)
    )
      return 'name';
    // footnotes and references: "2022[5]", "[12]"
    if (prev === '[' && next === ']') return 'footnote';
    // clock times and scores: "10:30", "3:1"
    if (prev === ':' || (next === ':' && /\d/.test(text[end + 1] ?? ''))) return 'time';
    // ISO dates: "2026-01-05"
    const digitCount = atom.end - atom.start;
    if (
      atom.integerDigits &&
      digitCount >= 2 &&
      digitCount <= 4 &&
      /\d{4}-\d{2}-\d{2}/.test(text.slice(Math.max(0, atom.start - 8), atom.end + 8))
    )
      return 'date';
    // parts of dates and versions: "5/17/2018", "3.0.1", "11.08.2025"
    if (
      (isDateDot(next) && isDigit(codeAt(text, end + 1))) ||
      (start - 2 >= Math.max(0, start - 16) && isDateDot(prev) && isDigit(codeAt(text, start - 2)))
    )
      return 'date';
  }
  if (!marked) {
    // "Aug. 11", "September 1", "1 September", "11th of May"
    if (atom.value >= 1 && atom.value <= 31 && Number.isInteger(atom.value)) {
      if (atom.form === 'digits' && grammar.dayOfMonth(text, before, end)) return 'date';
    }
    if (
      atom.form === 'digits' &&
      atom.integerDigits &&
      atom.value >= 1800 &&
      atom.value <= 2100 &&
      text.slice(atom.start, atom.end).length === 4
    )
      return 'year';
    if (atom.form === 'words' && atom.wordCount === 1 && /^(?:one|a|an)$/i.test(atom.firstWord))
      return 'weak';
    if (grammar.durationAfter(text, end)) return 'time';
  }
  if (grammar.ordinalAfter(text, end, next)) return 'ordinal';
  if (!marked && atom.form === 'digits' && atom.value <= 31 && grammar.monthBefore(before))
    return 'date';
  return undefined;
}

/** Every match of MULTIPLE_VERB contains one of these, and every match of FOLD_WORD "fold" after the last letter of a number word: one cheap test each skips the slow scan. */
const MULTIPLE_VERB_STEM = /oubl|ripl|rebl|uadrupl|uintupl|alv[ei]|wice/i;
const FOLD_STEM = /[oerxntyd]fold/i;

function addVerbMultiples(text: string, mentions: NumberMention[]): void {
  // "grow 3.5-fold" is read with its digits; "twofold" and verbs like "doubled" are rare: each pattern runs only where its stem is
  const patterns = [
    MULTIPLE_VERB_STEM.test(text) ? MULTIPLE_VERB : null,
    FOLD_STEM.test(text) ? FOLD_WORD : null,
  ].filter((regex) => regex !== null);
  if (patterns.length === 0) return;
  const found: NumberMention[] = [];
  for (const regex of patterns) {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text))) {
      const word = match[1]!.toLowerCase();
      const value =
        regex === MULTIPLE_VERB
          ? MULTIPLE_VERBS[word]!
          : (UNIT_WORDS[word] ?? TEN_WORDS[word] ?? SCALE_WORDS[word]!);
      const start = match.index;
      const end = start + match[0].length;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      found.push({
        start,
        end,
        text: match[0],
        value,
        unit: 'multiple',
        qualifier: qualifierBefore(text, start),
        form: regex === MULTIPLE_VERB ? 'verb' : 'words',
        marked: true,
        excluded: undefined,
        rangeWith: undefined,
        inherited: undefined,
        basisPoints: false,
      });
    }
  }
  if (found.length === 0) return;
  mentions.push(...found);
  mentions.sort((a, b) => a.start - b.start);
}

const SCALE_WORD =
  /(?:thousand|million|billion|trillion|mln|mn|bln|bn|trln|tln|tn|bcm)\b|\d[kmb]\b/i;

function isCurrencyUnit(unit: string): boolean {
  return unit !== 'count' && unit !== 'percent' && unit !== 'multiple';
}

/** "six out of ten Kazakhs": a share, 60 percent, written on the first number; the second is its base. */
function readOutOf(text: string, mentions: NumberMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.unit !== 'count' || b.unit !== 'count' || b.value === 0) continue;
    if (!/^\s+out\s+of\s+(?:every\s+)?$/i.test(text.slice(a.end, b.start))) continue;
    a.value = Math.round((a.value / b.value) * 10000) / 100;
    a.unit = 'percent';
    a.marked = true;
    a.excluded = undefined;
    b.excluded = 'weak';
  }
}

const RANGE_JOIN = /^\s*(?:-|–|—|~|to|and|or)\s*$/i;

/**
 * Links the two ends of a range and lends the unit of the second to a bare first:
 * "1.7-2.2 trillion tenge", "from 7 to 29%", "between $8,000 and $9,500".
 */
function linkRanges(text: string, mentions: NumberMention[], grammar: NumberGrammar): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const join = text.slice(a.end, b.start);
    if (a.excluded === 'year' || b.excluded === 'year') continue;
    // "22.6 trillion and 24.3 trillion tenge respectively": the currency spreads back, no range
    if (grammar.joinsAList(text, a, join) && lendsCurrency(a, b, grammar)) {
      takeCurrency(a, b);
      continue;
    }
    const word = grammar.rangeJoin(text, a, b, join);
    if (word === null) continue;
    if (b.excluded && b.excluded !== 'weak') continue;
    if (a.unit === 'count' && !/\p{L}{2,}/u.test(a.text) && b.marked && a.form === b.form) {
      // the first end borrows the unit (and scale) written after the second
      const bScale = b.value / (grammar.numberCore(b.text) || 1);
      a.unit = b.unit;
      if (grammar.hasScaleWord(b.text) && Number.isFinite(bScale))
        a.value = scaleBy(a.value, Math.round(bScale));
      a.marked = true;
      a.inherited = true;
      a.excluded = undefined;
    } else if (
      isCurrencyUnit(a.unit) &&
      !grammar.hasScaleWord(a.text) &&
      grammar.hasScaleWord(b.text) &&
      (b.unit === a.unit || b.unit === 'count')
    ) {
      // "$1.5-2 billion": the scale written after the second end applies to the first, the currency before the first to both
      const bScale = b.value / (grammar.numberCore(b.text) || 1);
      if (Number.isFinite(bScale)) a.value = scaleBy(a.value, Math.round(bScale));
      b.unit = a.unit;
      a.inherited = true;
    } else if (
      isCurrencyUnit(a.unit) &&
      b.unit === 'count' &&
      !b.marked &&
      a.form === b.form &&
      !grammar.hasScaleWord(a.text) &&
      !grammar.hasScaleWord(b.text)
    ) {
      // "$61–66 a barrel", "$85-90": the currency written before the first end is the second's too
      b.unit = a.unit;
      b.marked = true;
      b.inherited = true;
      b.excluded = undefined;
    } else if (lendsCurrency(a, b, grammar)) {
      // "from 3.1 trillion to 2.4 trillion soums": a scaled first end takes the second's currency
      takeCurrency(a, b);
    } else if (a.excluded) continue;
    if (word === 'or') continue;
    a.rangeWith = i + 1;
    b.rangeWith = i;
    if (b.qualifier === 'exact' && a.qualifier !== 'exact') b.qualifier = a.qualifier;
  }
}

/** A scaled figure with no currency of its own, next to a scaled one in a currency. */
function lendsCurrency(a: NumberMention, b: NumberMention, grammar: NumberGrammar): boolean {
  return (
    a.unit === 'count' &&
    grammar.hasScaleWord(a.text) &&
    isCurrencyUnit(b.unit) &&
    grammar.hasScaleWord(b.text) &&
    (!a.excluded || a.excluded === 'weak')
  );
}

function takeCurrency(a: NumberMention, b: NumberMention): void {
  a.unit = b.unit;
  a.marked = true;
  a.inherited = true;
  a.excluded = undefined;
}

/** The number as written before any scale: 2.2 for "2.2 trillion tenge". */
function englishNumberCore(text: string): number {
  const digits = /\d[\d,]*(?:\.\d+)?|\.\d+/.exec(text);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  const words = text.replace(/\b(?:thousand|million|billion|trillion)\b.*$/i, '').trim();
  return parseNumberWords(words) ?? 1;
}

/** English words between the ends of a range, and what must stand before the first end. */
function englishRangeJoin(
  text: string,
  a: NumberMention,
  b: NumberMention,
  join: string,
): string | null {
  if (!RANGE_JOIN.test(join)) return null;
  const word = join.trim().toLowerCase();
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  const opened = /\b(?:from|between)\s+$/i.test(before);
  const dash = word === '-' || word === '–' || word === '—' || word === '~';
  if (!dash && !opened && !(word === 'to' && a.unit === b.unit && a.marked)) return null;
  if (word === 'and' && !/\bbetween\s+$/i.test(before)) return null;
  if (word === 'or' && !(a.unit === 'count' && b.marked)) return null;
  return word;
}

/** `value × factor` without binary noise: 1.7 × 1e12 is 1700000000000, not 1699999999999.9998. */
export function scaleBy(value: number, factor: number): number {
  const product = value * factor;
  // a whole product of at most 12 digits has no noise to round away (0 goes the long way, which turns -0 into 0)
  if (Number.isInteger(product) && product !== 0 && Math.abs(product) < 1e12) return product;
  return Number(product.toPrecision(12));
}

/** "5 billion", "2.5 mln", "10k": the scale after `end`, or null. */
function englishScaleAfter(text: string, end: number): ScaleMatch | null {
  if (!mayBeScale(text, end)) return null;
  const scale = SCALE_AFTER.exec(text.slice(end, end + 16));
  if (!scale) return null;
  const factor = SCALES[(scale[2] ?? scale[3])!.toLowerCase()];
  return factor === undefined
    ? null
    : { factor, length: scale[0].length, single: scale[3] !== undefined };
}

function englishPercentAfter(text: string, end: number): number {
  const nextCode = codeAt(text, skipSpaces(text, end));
  if (nextCode !== 37 && (nextCode | 32) !== 112) return 0;
  return PERCENT_AFTER.exec(text.slice(end, end + 40))?.[0].length ?? 0;
}

function englishCurrencyAfter(text: string, end: number, marked: boolean) {
  const after = currencyAfter(text, end);
  if (after || !marked) return after;
  // "£5 billion" is common, "5 billion pounds" too; "5 pounds" is more often a weight
  const pounds = /^\s*pounds\b/i.exec(text.slice(end, end + 12));
  return pounds ? { code: 'GBP', length: pounds[0].length } : null;
}

/** "3.5-fold", "2.6x", "2.6 times" (after a verb of growth or before "more", "as"…). */
function englishMultipleAfter(text: string, atom: Atom, start: number, end: number): number {
  const rest = text.slice(end, end + 40);
  const fold = FOLD_AFTER.exec(rest);
  if (fold) return fold[0].length;
  if (atom.form === 'digits' && X_AFTER.test(rest) && !atom.integerDigits) return 1;
  const times = TIMES_AFTER.exec(rest);
  if (!times) return 0;
  const growth = GROWTH_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  return TIMES_CONTEXT_AFTER.test(rest) || growth || (!atom.integerDigits && atom.form === 'digits')
    ? times[0].length
    : 0;
}

/** The English grammar: the tables and patterns above. */
const ENGLISH: NumberGrammar = {
  digitAtoms,
  wordAtoms,
  wordsNeedUnit: false,
  scaleAfter: englishScaleAfter,
  percentAfter: englishPercentAfter,
  currencyAfter: englishCurrencyAfter,
  multipleAfter: englishMultipleAfter,
  qualifierBefore,
  qualifierAfter: () => 'exact',
  dayOfMonth: (text, before, end) =>
    MONTH_CAPITALISED.test(before) || MONTH_AFTER.test(text.slice(end, end + 16)),
  monthBefore: (before) => MONTH_BEFORE.test(before),
  ordinalAfter: (text, end, next) =>
    ORDINAL_START.has(next) && ORDINAL_SUFFIX.test(text.slice(end, end + 3)),
  // English spans ("for 12 months") are told apart by the extractor, which reads the words around
  durationAfter: () => false,
  addWordMultiples: addVerbMultiples,
  readShares: readOutOf,
  rangeJoin: englishRangeJoin,
  joinsAList: (text, a, join) =>
    /^\s+and\s+$/i.test(join) &&
    !/\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start)),
  hasScaleWord: (text) => SCALE_WORD.test(text),
  numberCore: englishNumberCore,
};

const RUSSIAN_GRAMMAR = cyrillicGrammar(RUSSIAN);
const KAZAKH_GRAMMAR = cyrillicGrammar(KAZAKH);
