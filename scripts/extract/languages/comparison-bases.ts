/**
 * The words around a time expression that make it the base of a comparison, per language: the
 * period a figure is compared with is the period of no figure ("up 8% compared with 2022", "рост
 * в 1,5 раза к аналогичному периоду прошлого года", "өткен жылмен салыстырғанда"). One rule for
 * every language (`isComparisonBase`, used by `placeTimes` in extract.ts and by the passages of
 * context.ts); these tables are its words.
 *
 * `before` is tested on the text that ends where the time starts, `after` on the text that
 * starts where it ends. The same part of another year ("the same period", "аналогичный
 * период", "сәйкес кезең") is a base only after a word of comparison: "в аналогичном периоде
 * прошлого года было 5%" gives last year's figure its own period.
 */
import type { Language } from '../language.ts';

export interface ComparisonBases {
  before: RegExp;
  after: RegExp;
  /**
   * Tested on the text that starts where the time starts: a base marked by the time's own ending
   * (the Kazakh ablative "2024 жылдан 18%-ға көп", more than 2024).
   */
  from?: RegExp;
}

const ENGLISH: ComparisonBases = {
  // "up 17% on the previous year", "14.2% on the expected outturn for this year", "more than
  // expected this year", "up 12% from the same period last year", "a 6% increase on 2024",
  // "more than in the first half of 2025", "8.7% more than in the corresponding period of 2024",
  // "nearly double their 2024 spending", "8% more than the
  // revised plan for 2026" (a budget compared with last year's plan is next year's)
  before:
    /(?:\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to)\s+(?:in\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+(?:half|quarter)|first\s+\w+\s+months|[HQ][1-4])\s+(?:of\s+)?$)|(?:\b(?:from|over|than)|\bas\s+(?:many|much|high|large|big|long|fast)\s+as|\blevels?\s+of|(?:%|percent|cent|times|\d|\b(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall|up|down))\s+on|\b(?:double|twice|triple|treble|half|times)\s+(?:their|its|our|his|her|the)|\bcompared\s+(?:with|to)|against|versus|vs\.?|since|relative\s+to)\s+(?:in\s+|(?:in\s+)?the\s+(?:same|corresponding|comparable)\s+(?:period|month|quarter)\s+(?:(?:of|in)\s+)?|the\s+(?:end|start|beginning)\s+of\s+|(?:the\s+)?(?:(?:expected|estimated|projected|revised|approved|original|initial|adopted)\s+)?(?:outturn|level|result|figures?|estimate|plan|budget)\s+(?:for|of|in)\s+(?:the\s+)?|(?:expected|estimated|planned|projected|forecast)\s+(?:for\s+|in\s+)?)?$/i,
  // "three times the 2022 level"
  after: /^\s+(?:levels?|figures?)\b/i,
};

/** "аналогичного периода", "соответствующим кварталом": the same part of another year. */
const RU_SAME_PART =
  '(?:(?:аналогичн|соответствующ)\\p{L}*|т(?:от|ом|ого|ем|у)\\s+же)\\s+' +
  '(?:период|квартал|месяц|полугоди)\\p{L}*';
/** "показателя", "уровню": the level of another period a figure is measured against. */
const RU_LEVEL = '(?:показател|уровн)\\p{L}*';

const RUSSIAN: ComparisonBases = {
  before: new RegExp(
    '(?<!\\p{L})(?:' +
      // "по сравнению с III кварталом 2025 года", "чем в текущем году", "против 2024 года"
      '(?:по\\s+сравнению|в\\s+сравнении)\\s+со?|относительно|против|чем|' +
      // "к аналогичному периоду прошлого года", "к уровню 2024 года"
      `к\\s+(?:${RU_LEVEL}\\s+)?${RU_SAME_PART}|к\\s+${RU_LEVEL}|` +
      // "выше показателя аналогичного квартала прошлого года", "больше уровня января–октября 2025 года"
      `${RU_LEVEL}\\s+${RU_SAME_PART}|(?:больше|меньше|выше|ниже|превыша\\p{L}*|превысил\\p{L}*)\\s+${RU_LEVEL}|` +
      // "на 11% больше прошлогоднего": a comparative before a genitive of time
      '(?:больше|меньше|выше|ниже)' +
      `)\\s+(?:${RU_LEVEL}\\s+)?(?:${RU_SAME_PART}\\s+)?$`,
    'iu',
  ),
  after: /^(?!)/,
};

const KAZAKH: ComparisonBases = {
  before: /^(?!)/,
  // "өткен жылдың сәйкес кезеңімен салыстырғанда", "2024 жылғы деңгейден"
  after: new RegExp(
    '^(?:\\s+\\p{L}+){0,3}?\\s+(?:салыстырғанда|қарағанда)(?!\\p{L})|' +
      '^\\s+(?:көрсеткіш|деңгей)\\p{L}*(?:тен|нен|ден|дан)(?!\\p{L})',
    'iu',
  ),
  // "2024 жылдан 18%-ға көп", "өткен жылдан 9 пайызға артық": a year in the ablative before a
  // figure and a comparative (not "2018 жылдан бері", since 2018)
  from: new RegExp(
    '^(?:\\S+\\s+)?(?:жыл|кезең|тоқсан|ай)\\p{L}*(?:тан|тен|дан|ден|нан|нен)\\s+' +
      '(?:[\\d\\s,.]+(?:%|пайыз)?[-\\p{L}]*\\s+){0,2}(?:көп|артық|жоғары|төмен|аз|кем)(?!\\p{L})',
    'iu',
  ),
};

export const COMPARISON_BASES: Readonly<Record<Language, ComparisonBases>> = {
  en: ENGLISH,
  ru: RUSSIAN,
  kk: KAZAKH,
  other: ENGLISH,
};

/**
 * Whether the time at [start, end) of `text` is a comparison's base in `language`.
 *
 * @example isComparisonBase('up 8% compared with 2022', 20, 24, 'en') // true
 */
export function isComparisonBase(
  text: string,
  start: number,
  end: number,
  language: Language,
): boolean {
  const bases = COMPARISON_BASES[language];
  return (
    bases.before.test(text.slice(Math.max(0, start - 60), start)) ||
    bases.after.test(text.slice(end, end + 40)) ||
    (bases.from?.test(text.slice(start, end + 40)) ?? false)
  );
}
