/**
 * Time expressions in a sentence ("in 2024", "by the end of 2025", "last year", "within two years",
 * "in the first six months of this year") resolved to a period (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)
 * against the date the document was written. Pure.
 */
import { UNIT_WORDS, TEN_WORDS } from './number-words.ts';
import { caseless } from './caseless.ts';
import { isSpace } from './chars.ts';
import { findCyrillicTimeExpressions } from './cyrillic-periods.ts';
import type { Language } from './language.ts';
import { KAZAKH_PERIODS, RUSSIAN_PERIODS } from './languages/cyrillic-periods.ts';

export interface TimeExpression {
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  period: string;
  /** "by 2026", "before the end of 2025", "within two years": a deadline, which makes a claim a target or forecast when it is still ahead. */
  deadline: boolean;
  /** Read relative to the document date ("last year"). */
  relative: boolean;
}

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DEADLINE = '(by|before|until|till|no later than)\\s+(?:the\\s+)?(?:(?:end|close)\\s+of\\s+)?';
/** How many months a part of a year spans: two to eleven (twelve months are a rolling year). */
const MONTH_COUNT = '(?:[2-9]|1[01]|two|three|four|five|six|seven|eight|nine|ten|eleven)';
/**
 * What "nine-month", "ten-month" qualifies when it names the part of the year a figure covers
 * ("nine-month net profit", "the ten-month total"), not a term ("a six-month deposit", "a
 * three-month low").
 */
const PART_YEAR_NOUN =
  '(?:net\\s+|gross\\s+|operating\\s+)?(?:profits?|revenues?|results|earnings|income|loss(?:es)?|' +
  'sales|output|production|exports|imports|turnover|figures?|totals?|growth|volumes?|period|' +
  'investment|trade|inflation|budget|spending|data)';
const SMALL_NUMBER =
  '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a|a couple of|several)';

/**
 * Absolute years with an optional month and day before them, and what is written just before.
 * `caseless`: 2.5 µs a sentence against 26 µs with the `iu` flags (RELATIVE: 4.9 against 25 µs;
 * caseless.ts says how this was measured).
 */
const ABSOLUTE = caseless(
  new RegExp(
    `(?:\\b${DEADLINE})?(?:\\b${MONTH}\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?|\\b(\\d{1,2})\\s+${MONTH},?\\s+)?(?<![\\p{L}\\p{N}$€£₸.,]|[^\\p{L}]-|(?<!\\b(?:mid|end|early|late|start|year))-)((?:18|19|20)\\d{2})(?:\\s*[-–/]\\s*(\\d{2,4}))?(?![\\p{N}]|[.,]\\d|\\s*(?:%|percent|per cent|million|billion|trillion|thousand|mln|bln|bn|mn|tenge|dollars|companies|people))`,
    'giu',
  ),
);
const RELATIVE = caseless(
  new RegExp(
    [
      `\\b(?:${DEADLINE})?(?:the\\s+)?(?:(first|second)\\s+half|(first|second|third|fourth|last)\\s+quarter|first\\s+${SMALL_NUMBER}\\s+months|${MONTH}|beginning|start)?\\s*(?:of\\s+)?(this|last|next|the\\s+previous|the\\s+past|the\\s+current|the\\s+coming|the\\s+following|previous|past|current|coming|the\\s+same|that)\\s+year\\b`,
      `\\b(since\\s+the\\s+(?:start|beginning)\\s+of\\s+the\\s+year|(?:first|second|third|fourth|last)\\s+(?:half|quarter)\\s+of\\s+the\\s+year|(?:first|last|past)\\s+\\w+\\s+months\\s+of\\s+the\\s+year|for\\s+the\\s+(?:full|whole|entire)\\s+year|full[-\\s]year|so\\s+far\\s+this\\s+year|year[-\\s]to[-\\s]date|(?:by|at)\\s+the\\s+end\\s+of\\s+the\\s+year|(?:by|at)\\s+year[-\\s]end|a\\s+year\\s+(?:earlier|ago|before)|in\\s+\\d{1,2}\\s+months)\\b`,
      `\\b(within|in|over|during|for)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?${SMALL_NUMBER}\\s+years\\b`,
      `\\b(last|this|next|past)\\s+month\\b`,
      `\\b(in\\s+the\\s+(?:coming|next\\s+few|years\\s+ahead)\\s+years|in\\s+the\\s+years\\s+ahead|in\\s+the\\s+(?:near|foreseeable)\\s+future|(?:in|over|for)\\s+the\\s+(?:long|medium)\\s+term|(?:medium|long)[-\\s]term\\s+(?:inflation\\s+)?(?:target|goal|objective)|(?:by|before|until)\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+decade)\\b`,
      `\\b(today|currently|now|at\\s+present|to\\s+date|as\\s+of\\s+today|so\\s+far|this\\s+(?:spring|summer|autumn|fall|winter|week))\\b`,
      `\\b((?:in|during|for)\\s+(?:the\\s+)?(?:first|second|third|fourth|last)\\s+(?:quarter|half)(?!\\s+of)|(?:(?:in|during|for)\\s+(?:the\\s+first|the|first)|over(?:\\s+the)?(?:\\s+first)?)\\s+${MONTH_COUNT}\\s+months(?!\\s+of)|in\\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+months(?!\\s+of)|${MONTH_COUNT}-month(?=\\s+(?:${PART_YEAR_NOUN}))|(?:in|for|during|over)\\s+(?:the\\s+)?(?:half[-\\s]year|[HQ][1-4](?![-–]|\\s*(?:19|20)\\d\\d))|(?:H[12]|Q[1-4]|(?:first|second)[-\\s]half|half[-\\s]year|(?:first|second|third|fourth)-quarter)(?=\\s+(?:${PART_YEAR_NOUN})\\b))\\b`,
      `\\b(?:in|since|during|until|through|by|for|of|ended|ending|at(?=\\s+end-)|at\\s+(?:its|their|the)(?=\\s+\\p{Lu}\\p{Ll}+\\s+meeting\\b))\\s+(?:early\\s+|late\\s+|mid-|end-)?(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s*\\d|\\s+(?:last|this|next|of|the)\\b)`,
    ].join('|'),
    'giu',
  ),
);

const LINK_WORDS = new Set([
  'in',
  'by',
  'since',
  'until',
  'for',
  'of',
  'from',
  'before',
  'after',
  'during',
  'through',
  // "Over 2026-2028 we will connect …": a sentence opened by a preposition, not a name
  'over',
  'within',
  'throughout',
  'to',
  'the',
  'as',
  'and',
  'or',
  'between',
  'at',
  'on',
  'early',
  'late',
  'mid',
  'fy',
  'year',
  'end',
]);

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}.-]/u;

/**
 * The word (a letter, then letters, digits, "." or "-") that ends right before the white space before
 * `at`, looking back at most `window` characters; '' when there is none. Read back a character at a
 * time: a pattern anchored at the end ("\w+\s+$") is tried from every start and costs 2 µs a year.
 */
function wordBefore(text: string, at: number, window: number): string {
  const from = Math.max(0, at - window);
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return '';
  let start = end;
  while (start > from && WORD_CHAR.test(text[start - 1]!)) start--;
  // "9M 2026", "2Q 2026", "1H 2026": a period's mark starts with its digit
  if (/^(?:[1-9]\d?M|[1-4]Q|[12]H)$/.test(text.slice(start, end))) return text.slice(start, end);
  while (start < end && !LETTER.test(text[start]!)) start++;
  return text.slice(start, end);
}

/** "Digital Bridge 2023", "Strategy 2050": a year right after a capitalised word that is not a preposition names something. */
function isYearInName(text: string, yearStart: number): boolean {
  const word = wordBefore(text, yearStart, 30);
  if (!word) return false;
  // "Q1 2024", "H1 2024", "2Q 2024", "1H 2024", "9M 2024", "FY 2024" date the figure
  if (/^(?:Q[1-4]|H[12]|[1-4]Q|[12]H|[1-9]M|1[0-2]M|FY)$/.test(word)) return false;
  if (!/^\p{Lu}/u.test(word) || LINK_WORDS.has(word.toLowerCase())) return false;
  // a coined name, with a digit or a capital inside ("Skills4Tomorrow 2030", "eGovPlus 2027"), is
  // a name wherever it stands, also at the head of a headline
  if (/\p{N}|\p{Ll}\p{Lu}/u.test(word)) return true;
  // a capital that only opens the sentence names nothing: "Draft 2026 budget: …"
  const wordStart = text.lastIndexOf(word, yearStart);
  return !/^[\s"'“‘(]*$/.test(text.slice(0, wordStart));
}

const NONE: RegExpExecArray[] = [];
const YEAR_ANCHOR = /(?:18|19|20)\d\d/g;
/** A word every relative expression contains. */
const TIME_ANCHOR =
  /\b(?:years?|months?|today|currently|now|present|date|far|quarter|half|future|term|decade|spring|summer|autumn|fall|winter|week|[HQ][1-4]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;

/**
 * The matches of `pattern` (global) in `text`, found by starting the scan a little before each
 * `anchor` (a word every match contains) instead of at every position: the long optional prefixes
 * of the time patterns make a full scan slow.
 */
function anchoredMatches(
  pattern: RegExp,
  anchor: RegExp,
  text: string,
  back: number,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  anchor.lastIndex = 0;
  let from = 0;
  let hit: RegExpExecArray | null;
  while ((hit = anchor.exec(text))) {
    if (hit.index < from) continue;
    pattern.lastIndex = Math.max(from, hit.index - back);
    const match = pattern.exec(text);
    if (!match) break;
    matches.push(match);
    from = match.index + Math.max(1, match[0].length);
    if (anchor.lastIndex < from) anchor.lastIndex = from;
  }
  return matches;
}
/** Every relative expression contains one of these. */
const TIME_WORD =
  /year|month|quarter|half|today|currently|now|present|date|so\s+far|future|term|decade|spring|summer|autumn|fall|winter|week|\b[HQ][1-4]\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/i;
/** Month names are capitalised in English: a case-sensitive test is cheap. */
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const MONTH_ANCHOR = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/g;

/**
 * "January-October", "July–September 2025", "between October and December 2025": a part of a
 * year, which the year stands for.
 */
const MONTH_RANGE = new RegExp(
  `\\b${MONTH}(?:\\s*[-–—]\\s*|(?<=\\b(?:between|from)\\s+[A-Za-z.]+)\\s+(?:and|to|through|until)\\s+)${MONTH}(?:,?\\s+((?:19|20)\\d{2}))?`,
  'g',
);
/** "June 17", "Sept. 1", "1 October" with no year after them. */
const MONTH_DAY = new RegExp(
  `\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})(?![\\d\\p{L}]|,?\\s*(?:19|20)\\d{2})`,
  'gu',
);

/** A word that dates when something was said, written right before "on" and its day. */
const SAID_ON =
  /\b(?:said|says|reported|announced|stated|told|wrote|published|noted|added|released|according)\s+(?:\w+\s+)?on\s+$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_WORD = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const WEEKDAY = /\b[Oo]n\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/**
 * A time expression, always built here with its fields in one order: objects of one shape keep the
 * optimised code that reads them from being thrown away and compiled again (measured: each such
 * recompilation of the extractor's largest functions cost 50-200 ms per thread).
 */
export function timeExpression(
  start: number,
  end: number,
  period: string,
  deadline: boolean,
  relative: boolean,
): TimeExpression {
  return { start, end, period, deadline, relative };
}

/** Adds `expression` unless an expression already found covers the same text (a longer, earlier reading wins). */
function addExpression(found: TimeExpression[], expression: TimeExpression, text?: string): void {
  if (text)
    while (expression.start < expression.end && isSpace(text.charCodeAt(expression.start)))
      expression.start++;
  for (let i = found.length - 1; i >= 0; i--) {
    const other = found[i]!;
    if (other.start < expression.end && expression.start < other.end) {
      if (other.end - other.start >= expression.end - expression.start) return;
      found.splice(i, 1);
    }
  }
  found.push(expression);
}

function wordNumber(raw: string): number | null {
  const w = raw.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a') return 1;
  if (w === 'a couple of') return 2;
  if (w === 'several') return null;
  return UNIT_WORDS[w] ?? TEN_WORDS[w] ?? null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Parses `YYYY-MM-DD` into its parts, or null. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * A day written day first, as releases in the region write it ("30.09.2026", "1/10/2025"), as
 * `YYYY-MM-DD`; '' when `text` is not one.
 *
 * @example dayFirstDate('30.09.2026') // '2026-09-30'
 */
export function dayFirstDate(text: string): string {
  const day = /^(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)$/.exec(text);
  return day ? `${day[3]}-${pad(Number(day[2]))}-${pad(Number(day[1]))}` : '';
}

/** A month's name as a column header writes it, English, Russian or Kazakh, in any case form. */
const CYRILLIC_MONTH_STEMS = [RUSSIAN_PERIODS.months, KAZAKH_PERIODS.months].map((stems) =>
  stems.map((stem) => new RegExp(`^(?:${stem})\\p{L}*$`, 'iu')),
);

/**
 * A month and its year written alone, as a table's column header writes them ("October 2026",
 * "октябрь 2026", "2026 ж. қазан"), as `YYYY-MM`; '' when `text` is not one.
 *
 * @example monthOfYear('октябрь 2026') // '2026-10'
 */
export function monthOfYear(text: string): string {
  const match =
    /^(?<word>\p{L}+)\.?\s+(?<year>(?:19|20)\d\d)(?:\s*(?:года|г\.|ж\.|жыл\p{L}*))?$/u.exec(
      text.trim(),
    ) ?? /^(?<year>(?:19|20)\d\d)(?:\s*(?:ж\.|жыл\p{L}*))?\s+(?<word>\p{L}+)$/u.exec(text.trim());
  if (!match) return '';
  const word = match.groups!.word!.toLowerCase();
  let month = MONTH_NUMBER[word];
  for (const stems of CYRILLIC_MONTH_STEMS) {
    const index = stems.findIndex((stem) => stem.test(word));
    if (month === undefined && index >= 0) month = index + 1;
  }
  return month === undefined ? '' : `${match.groups!.year}-${pad(month)}`;
}

/**
 * Every time expression in `text`, in order, resolved against `documentDate` (`YYYY-MM-DD` or '').
 * Relative expressions are left out when the date is unknown.
 *
 * @example findTimeExpressions('by the end of 2025', '')[0]!.period // '2025'
 * @example findTimeExpressions('last year', '2026-01-05')[0]!.period // '2025'
 */
export function findTimeExpressions(
  text: string,
  documentDate: string,
  language: Language = 'en',
): TimeExpression[] {
  if (language === 'ru') return findCyrillicTimeExpressions(text, documentDate, RUSSIAN_PERIODS);
  if (language === 'kk') return findCyrillicTimeExpressions(text, documentDate, KAZAKH_PERIODS);
  const found: TimeExpression[] = [];
  const date = parseIsoDate(documentDate);
  let match: RegExpExecArray | null;
  // cheap tests first: most sentences name no year and no time word
  for (match of anchoredMatches(ABSOLUTE, YEAR_ANCHOR, text, 40)) {
    const [, deadlineWord, monthA, dayA, dayB, monthB, yearRaw, rangeEnd] = match;
    if (!deadlineWord && !monthA && !monthB && isYearInName(text, match.index)) continue;
    const year = Number(yearRaw);
    const monthName = (monthA ?? monthB)?.toLowerCase();
    const month = monthName ? MONTH_NUMBER[monthName] : undefined;
    const day = dayA ?? dayB;
    let period = String(year);
    if (month && day && Number(day) <= 31) period = `${year}-${pad(month)}-${pad(Number(day))}`;
    else if (month) period = `${year}-${pad(month)}`;
    // "2024-2025" or "2024/25": the later year is where a value for the whole span lands
    if (rangeEnd && !month) {
      const end =
        rangeEnd.length === 2 ? Math.floor(year / 100) * 100 + Number(rangeEnd) : Number(rangeEnd);
      if (end > year && end - year < 30) period = String(end);
    }
    found.push(
      timeExpression(
        match.index,
        match.index + match[0].length,
        period,
        !!deadlineWord && deadlineWord.toLowerCase() !== 'to',
        false,
      ),
    );
  }
  // one plain alternation is far cheaper than the time patterns over every sentence (and than lower-casing it)
  const hasMonth = MONTH_WORD.test(text);
  if (!hasMonth && !TIME_WORD.test(text)) return found.sort((a, b) => a.start - b.start);
  if (!date) {
    // without the document's date a relative expression still names the figure's period, as unknown:
    // "4.8% last year" must not borrow "2024" from elsewhere in the sentence
    for (match of anchoredMatches(RELATIVE, TIME_ANCHOR, text, 48)) {
      if (/^(?:today|currently|now)$/i.test(match[0].trim())) continue;
      addExpression(
        found,
        timeExpression(match.index, match.index + match[0].length, '', false, true),
        text,
      );
    }
  }
  if (date) {
    for (match of hasMonth ? anchoredMatches(MONTH_RANGE, MONTH_ANCHOR, text, 0) : NONE) {
      const endMonth = MONTH_NUMBER[match[2]!.toLowerCase()]!;
      const year = match[3] ? Number(match[3]) : endMonth <= date.month ? date.year : date.year - 1;
      addExpression(
        found,
        timeExpression(match.index, match.index + match[0].length, String(year), false, !match[3]),
      );
    }
    for (match of hasMonth ? anchoredMatches(MONTH_DAY, MONTH_ANCHOR, text, 12) : NONE) {
      const monthName = (match[1] ?? match[4])!;
      const day = Number(match[2] ?? match[3]);
      const month = MONTH_NUMBER[monthName.toLowerCase().replace(/\.$/, '')];
      if (!month || day < 1 || day > 31) continue;
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
      // a dateline "ASTANA, November 14 (Kazinform)" or "said on July 21" dates the report, not the figure
      if (
        /^\s*\(\s*\p{Lu}/u.test(after) ||
        SAID_ON.test(before) ||
        /^\s*\p{Lu}[\p{Lu}\s]+,\s*$/u.test(before)
      )
        continue;
      const year =
        month < date.month || (month === date.month && day <= date.day) ? date.year : date.year - 1;
      addExpression(
        found,
        timeExpression(
          match.index,
          match.index + match[0].length,
          `${year}-${pad(month)}-${pad(day)}`,
          false,
          true,
        ),
      );
    }
    // "rose 1.8% on Wednesday": the nearest such weekday not after the document date, when the
    // figure written before it happened; not the day it was said ("the ministry said on
    // Thursday") nor a decision's day before its figure ("on Tuesday approved a budget of …")
    for (match of WEEKDAY_WORD.test(text) ? text.matchAll(WEEKDAY) : NONE) {
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (SAID_ON.test(`${before}on `) || !/\d/.test(text.slice(0, match.index))) continue;
      const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
      const back = (weekday - WEEKDAYS.indexOf(match[1]!.toLowerCase()) + 7) % 7;
      const day = new Date(Date.UTC(date.year, date.month - 1, date.day - back));
      addExpression(
        found,
        timeExpression(
          match.index,
          match.index + match[0].length,
          day.toISOString().slice(0, 10),
          false,
          true,
        ),
      );
    }
    for (match of anchoredMatches(RELATIVE, TIME_ANCHOR, text, 48)) {
      const resolved = resolveRelative(match, date);
      if (!resolved) continue;
      let period = resolved.period;
      if (resolved.previous) {
        // "rose to 91.4% in 2024 from 88.9% the previous year": the year before the one the sentence names
        const named = found.filter((t) => !t.relative && t.start < match!.index).pop();
        // "in September 2025 …, against 8.3% a year earlier": the same month (or day) a year before
        if (named) period = String(Number(named.period.slice(0, 4)) - 1) + named.period.slice(4);
      }
      addExpression(
        found,
        timeExpression(match.index, match.index + match[0].length, period, resolved.deadline, true),
        text,
      );
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "Q3", "H1": the digit of a part of the year as the word the part's rule reads. */
const ORDINAL: Readonly<Record<string, string>> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
};

function resolveRelative(
  match: RegExpExecArray,
  date: { year: number; month: number; day: number },
): { period: string; deadline: boolean; previous?: boolean } | null {
  const [
    whole,
    deadlineWord,
    ,
    ,
    ,
    monthName,
    which,
    fixedPhrase,
    withinWord,
    span,
    monthWhich,
    horizon,
    now,
    partOfYear,
    bareMonth,
  ] = match;
  const lower = whole.toLowerCase();
  if (which) {
    const w = which.toLowerCase().replace(/\s+/g, ' ');
    let year = date.year;
    if (/previous|preceding/.test(w))
      return { period: String(year - 1), deadline: !!deadlineWord, previous: true };
    if (/last|past/.test(w)) year -= 1;
    else if (/next|coming|following/.test(w)) year += 1;
    else if (/same|that/.test(w)) return null; // refers to a year named elsewhere
    const month = monthName ? MONTH_NUMBER[monthName.toLowerCase()] : undefined;
    return { period: month ? `${year}-${pad(month)}` : String(year), deadline: !!deadlineWord };
  }
  if (fixedPhrase) {
    if (/a year (?:earlier|before)/.test(lower))
      return { period: String(date.year - 1), deadline: false, previous: true };
    if (/a year ago/.test(lower)) return { period: String(date.year - 1), deadline: false };
    const months = /in (\d{1,2}) months/.exec(lower);
    if (months)
      return {
        period: String(date.year + Math.floor((date.month + Number(months[1]) - 1) / 12)),
        deadline: true,
      };
    return { period: String(date.year), deadline: /^by\b/.test(lower) };
  }
  if (withinWord && span) {
    const n = wordNumber(span);
    if (n === null) return null;
    const word = withinWord.toLowerCase();
    // "over the past three years" looks back; it names no single year
    if (/past|last/.test(lower)) return null;
    // "over the next three years" (a plan's horizon) ends as "within" does (gold README, Period);
    // "for three years", "over three years" are terms
    if (
      (word === 'for' || word === 'over' || word === 'during') &&
      !/\b(?:next|coming)\b/.test(lower)
    )
      return null;
    return { period: String(date.year + n), deadline: true };
  }
  if (monthWhich) {
    const w = monthWhich.toLowerCase();
    let month = date.month + (w === 'last' || w === 'past' ? -1 : w === 'next' ? 1 : 0);
    let year = date.year;
    if (month < 1) {
      month += 12;
      year -= 1;
    } else if (month > 12) {
      month -= 12;
      year += 1;
    }
    return { period: `${year}-${pad(month)}`, deadline: false };
  }
  // "by the end of the decade": its last year, a deadline; "in the coming years", "in the long
  // term": no one year, but the figure's own period, so that it borrows none
  if (horizon)
    return /decade/i.test(horizon)
      ? { period: String(Math.floor(date.year / 10) * 10 + 10), deadline: true }
      : { period: '', deadline: false };
  if (now) return { period: String(date.year), deadline: false };
  // "in the first quarter", "in the first six months" with no year: the latest such part that has ended
  if (partOfYear) {
    const part = partOfYear.toLowerCase();
    const quarter =
      /(first|second|third|fourth|last)[-\s]quarter/.exec(part) ??
      /\bq([1-4])\b/.exec(part)?.map((n) => ORDINAL[n] ?? n);
    const half =
      /(first|second|last)[-\s]half|\bhalf[-\s]year/.exec(part) ??
      /\bh([12])\b/.exec(part)?.map((n) => ORDINAL[n] ?? n);
    const months = /(\S+)[\s-]months?\b/.exec(part);
    const order: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };
    let endMonth = 12;
    if (quarter) endMonth = 3 * (order[quarter[1]!] ?? 4);
    else if (half) endMonth = half[1] === 'second' || half[1] === 'last' ? 12 : 6;
    else if (months) endMonth = wordNumber(months[1]!) ?? 12;
    // a part of the year is reported once it is over: in March, "the first quarter" is last year's
    return { period: String(endMonth < date.month ? date.year : date.year - 1), deadline: false };
  }
  if (bareMonth) {
    // "in November" alone: the nearest such month not after the document date
    const month = MONTH_NUMBER[bareMonth.toLowerCase()]!;
    const year = month <= date.month ? date.year : date.year - 1;
    // "since January": the months from then to now, a part of that year, not the month
    if (/^since\b/i.test(lower)) return { period: String(year), deadline: false };
    return { period: `${year}-${pad(month)}`, deadline: false };
  }
  return null;
}
