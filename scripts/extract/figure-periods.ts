/**
 * The period of each figure: the time expressions of a sentence placed on its figures (the one
 * written with a figure dates it alone; a comparison's base, a rate's date and a relative clause
 * date no other figure), then the sentence's, the paragraph's and the passage's. Pure.
 */
import {
  clauseAround,
  fitsTense,
  KIND_CLAUSE_BREAK,
  looksAhead,
  sentenceTense,
} from './classify.ts';
import type { Language } from './language.ts';
import { COMPARISON_BASES } from './languages/comparison-bases.ts';
import { RELATIVE_CLAUSES } from './languages/clauses.ts';
import type { NumberMention } from './numbers.ts';
import { DECISION_DAYS } from './languages/rate-decisions.ts';
import {
  findTimeExpressions,
  parseIsoDate,
  timeExpression,
  type TimeExpression,
} from './periods.ts';
import type { Sentence } from './segment.ts';

/** After a bare figure: it is a rate of exchange ("518 per dollar", "12,050 per US dollar"). */
export const BARE_RATE_AFTER = /^\s*(?:per|to\s+the|against\s+the)\s+(?:US\s+)?(?:dollar|euro)\b/i;
/** A span of years written as such: "2026-2028", "2026–28". */
const YEAR_SPAN = /^(?:19|20)\d\d\s*[-–—]\s*\d{2,4}$/;
/** "this spring": when something starts ("from this spring"), never a base. */
const SEASON = /^this\s+(?:spring|summer|autumn|fall|winter)\b/i;
/** "and", "but" between a figure and a time: the time starts a clause of its own. */
const GAP_AND = /(?<!\p{L})(?:and|but|while|и|а|но|ал|бірақ|және)\s+\p{L}/iu;

const RATE_AROUND =
  /\b(?:exchange\s+rate|rate\s+of)\b|\bper\s+(?:US\s+)?(?:dollar|euro|USD|EUR)\b/i;

export interface PlacedTime {
  time: TimeExpression;
  /** Compares against a base ("on the previous year", "the 2022 level"): the period of no figure. */
  base: boolean;
  /** The number it is written right after ("$7.9 bln a year earlier"), if any. */
  owner: NumberMention | null;
  /** The figure it is written after is a baseline or a rate: the time is that figure's alone. */
  ownerIsBaseline: boolean;
  /** [start, end) of the relative clause it stands in, in the document: it dates that alone. */
  within: [number, number] | null;
}

/**
 * The end of a range whose period the whole range takes: the time is written after an English
 * range ("between $11,500 and $12,800 in 2028") and before a Russian or Kazakh one ("в этом году
 * на уровне 5,5–6%, в следующем году – …"), so the end nearest it. Not a change's starting point
 * ("from 7% to 29%"), which is the present value. Null when `mention` is that end or no range's.
 * `ownsTime` says whether a time of the sentence is written right after an end.
 */
export function rangeEndDated(
  text: string,
  mention: NumberMention,
  mentions: readonly NumberMention[],
  sentence: Sentence,
  language: Language,
  ownsTime: (end: NumberMention) => boolean = () => false,
): NumberMention | null {
  if (mention.rangeWith === undefined) return null;
  const other = mentions[mention.rangeWith];
  if (!other || other.start < sentence.start) return null;
  if (other.end > sentence.start + sentence.text.length) return null;
  const [first, second] = other.start > mention.start ? [mention, other] : [other, mention];
  if (/\b(?:from|с|от)\s+\S*$/iu.test(text.slice(Math.max(0, first.start - 12), first.start)))
    return null;
  // "до 5–7% к 2029 году": a time written right after the range is the whole range's
  const dated =
    language === 'ru' || language === 'kk' ? (ownsTime(second) ? second : first) : second;
  return dated === mention ? null : dated;
}

export function placeTimes(
  text: string,
  sentence: Sentence,
  times: TimeExpression[],
  mentions: NumberMention[],
  language: Language,
): PlacedTime[] {
  const placed: PlacedTime[] = [];
  const bases = COMPARISON_BASES[language];
  const clauses = relativeClauses(sentence, language, mentions);
  for (const time of times) {
    const start = sentence.start + time.start;
    const before = text.slice(Math.max(sentence.start, start - 60), start);
    const after = text.slice(sentence.start + time.end, sentence.start + time.end + 40);
    // "to 15% on October 23", "from 1 January 2027": a day is when it happened or took effect,
    // a base only after a word of comparison ("compared with", "against")
    // ("from a year earlier" is a base, even when the year before is a day's)
    const day =
      (time.period.length === 10 || SEASON.test(text.slice(start, sentence.start + time.end))) &&
      /\b(?:on|from|since)\s+$/i.test(before) &&
      !/\byear\b/i.test(text.slice(start, sentence.start + time.end));
    // "3 tonnes a year from 2028": when a yearly rate starts is its period; "over 2026-2028":
    // the span a figure covers, not a base it is compared over
    const rateStart =
      RATE_FROM.test(before) ||
      (/\bover\s+$/i.test(before) && YEAR_SPAN.test(text.slice(start, sentence.start + time.end)));
    // "a firm founded in 2004 with 600 analysts": when it began is the period of no figure
    let base =
      (!day && !rateStart && bases.before.test(before)) ||
      bases.after.test(after) ||
      (bases.from?.test(text.slice(start, sentence.start + time.end + 40)) ?? false) ||
      FOUNDED_BEFORE.test(before) ||
      // "since its launch in 2018": the start of a running total, like "since 2018"
      (time.period.length === 4 && SINCE_BEFORE.test(before)) ||
      (time.period.length >= 7 && VINTAGE_BEFORE.test(before));
    let owner: NumberMention | null = null;
    for (const mention of mentions) {
      if (mention.end > start || mention.start < sentence.start) continue;
      const gap = text.slice(mention.end, start);
      // "добыл 4,1 тыс. тонн и планирует к 2030 году": a time past "and" is the next verb's
      // ("26.4 billion tenge in H1 2025": a part of the year written short is a word here)
      if (
        /^\s*(?:(?:[\p{L}’'-]+|[HQ][1-4])\s+){0,4}$/u.test(gap) &&
        gap.length <= 30 &&
        !GAP_AND.test(gap)
      )
        owner = mention;
    }
    // "from 120 a year earlier", where "120" is no claim: the time is that baseline's
    if (!owner && BASELINE_FIGURE_BEFORE.test(before)) base = true;
    // "this year's 34.3 billion soms": a time in the possessive is the next figure's alone
    let possessive = false;
    if (/^['’]s\s/.test(after)) {
      const from = sentence.start + time.end;
      for (const mention of mentions)
        if (
          mention.start >= from &&
          /^['’]s\s+(?:[\p{L}-]+\s+){0,4}$/u.test(text.slice(from, mention.start))
        ) {
          owner = mention;
          // "this year's $8 million", "from this year's revised plan of 27.2 trillion" are that
          // figure's alone; "this year's grain harvest at 24 million tonnes" dates the harvest,
          // and so the clause's figures
          possessive =
            /^['’]s\s+$/u.test(text.slice(from, mention.start)) || bases.before.test(before);
          base = false;
          break;
        }
    }
    // "at the rate of 12,650 soums per dollar as of 1 October": the date is the rate's alone
    const rate =
      owner !== null &&
      RATE_AROUND.test(text.slice(Math.max(sentence.start, owner.start - 20), start));
    // "than in 2024, when exports stood at $835 million", "чем в текущем году, когда затраты
    // оцениваются в 187,5 млрд": a comparison's base dates the clause it opens, and that alone
    let within = clauses.find(([from, to]) => from <= start && start < to) ?? null;
    const when = base ? WHEN_AFTER.exec(after) : null;
    if (when) {
      const from = sentence.start + time.end + when[0].length;
      const rest = /[,;:]/.exec(text.slice(from, sentence.start + sentence.text.length));
      within = [from, rest ? from + rest.index : sentence.start + sentence.text.length];
      base = false;
    }
    placed.push({
      time,
      base,
      owner,
      ownerIsBaseline:
        owner !== null &&
        (possessive || rate || isBaseline(text, owner) || isCyrillicBaseline(text, owner)),
      within,
    });
  }
  comparedMonths(sentence.text, placed);
  return placed;
}

/** Between the two months of a comparison: "October 2026 to October 2025", «октябрь 2026 года к октябрю 2025 года». */
const MONTH_AGAINST =
  /^\s*(?:to|against|versus|vs\.?|compared\s+(?:with|to)|к|против|по\s+сравнению\s+с)\s*$/iu;
/** After a month: compared with the December of a year ("to December 2025", «к декабрю 2025 года»). */
const AGAINST_DECEMBER =
  /^\s*(?:to|against|versus|vs\.?|compared\s+(?:with|to)|к|против)\s+(?:December|декабр\p{L}*)\s+((?:19|20)\d\d)/iu;

/**
 * "(October 2026 to October 2025)", «(октябрь 2026 года к октябрю 2025 года)»: a month written
 * against an earlier one is the period and the earlier one its base. In brackets after "since the
 * beginning of the year" and against the December before, the pair spells out the year to date,
 * which the year stands for (gold README, Period: "a span from the start of the year takes the
 * year"); "rose 9.1% in November compared with December 2024" stays November's.
 */
function comparedMonths(sentence: string, placed: PlacedTime[]): void {
  for (let index = 0; index < placed.length; index++) {
    const period = placed[index]!;
    const from = period.time.period;
    if (from.length !== 7) continue;
    const base = placed[index + 1];
    if (
      base &&
      base.time.period.length === 7 &&
      base.time.period < from &&
      MONTH_AGAINST.test(sentence.slice(period.time.end, base.time.start))
    )
      base.base = true;
    const year = from.slice(0, 4);
    const spanBefore = placed[index - 1]?.time;
    if (
      spanBefore?.period === year &&
      /^\s*\(\s*$/.test(sentence.slice(spanBefore.end, period.time.start)) &&
      AGAINST_DECEMBER.exec(sentence.slice(period.time.end))?.[1] === String(Number(year) - 1)
    )
      period.time = timeExpression(
        period.time.start,
        period.time.end,
        year,
        period.time.deadline,
        period.time.relative,
      );
  }
}

/**
 * The time expression a number takes: one written right after it; else the nearest usable one in its
 * clause, then in its sentence; else its paragraph's. Bases of comparisons and the periods of
 * baseline figures are not usable for other numbers.
 */
/** The placed time expressions of each sentence of a paragraph, computed on first use. */
export interface LazyPlaced {
  count: number;
  at(index: number): PlacedTime[];
  /** What a figure of sentence `index` with no period of its own borrows from the other sentences, once computed. */
  borrowed: Map<number, TimeExpression | null>;
}

/** Between a time and its figure across a dash: "в сентябре — 105,9%", "в 2027 году — на 5%". */
const TIME_DASH_FIGURE = /^\s*[—–]\s*(?:на|до|с|около|более|свыше|почти)?\s*$/iu;

/**
 * Russian and Kazakh state a figure's time before it ("в 2027 году 23,1 трлн, в 2028 году 24,9
 * трлн"), and a comma there ends the clause a time belongs to.
 */
const CYRILLIC_TIME_CLAUSE = /[;,:]|\s[–—]\s/g;
/**
 * English: a second verb joined by "and" starts a clause of its own, whose time is its own ("had
 * assets of $70 billion as of October 1 and plans to transfer 12 billion next year").
 */
const AND_VERB =
  /\band\s+(?=(?:is|are|was|were|will|would|has|have|had|plans?|aims?|expects?|intends?)\s)/gi;
/** "since 2014", "since its launch in 2018", "since it was launched in 2022": the start of a running total. */
const SINCE_BEFORE =
  /\bsince\s+(?:(?:its|their|the)\s+(?:launch|start|founding|creation|inception|establishment|opening)\s+in\s+|(?:it|they)\s+(?:was|were)\s+(?:launched|started|founded|created|established|opened|set\s+up)\s+in\s+)?$/i;
/** A total to date, not a comparison ("the largest since 2022"): a perfect or a word of total. */
const CUMULATIVE = /\b(?:has|have|total|totals|cumulative|in\s+all)\b/i;
/** The rest of a time's clause holds a figure: "…, в прошлом году они составили 241 млрд". */
const TIME_WITH_FIGURE = /^[^;,:–—]*\d/u;

export function periodFor(
  placed: LazyPlaced,
  sentenceIndex: number,
  sentence: Sentence,
  mention: NumberMention,
  language: Language,
  documentYear: number,
): TimeExpression | null {
  // plain loops, no closures: this runs once per claim
  const own = placed.at(sentenceIndex);
  for (const p of own) if (p.owner === mention && !p.base && isUsable(p, mention)) return p.time;
  const at = mention.start - sentence.start;
  const atEnd = mention.end - sentence.start;
  const cyrillic = language === 'ru' || language === 'kk';
  // "…, в сентябре — 105,9%": a time right before the dash that stands for the verb is the figure's
  if (cyrillic)
    for (const p of own)
      if (
        isUsable(p, mention) &&
        p.time.end <= at &&
        TIME_DASH_FIGURE.test(sentence.text.slice(p.time.end, at))
      )
        return p.time;
  let [clauseStart, clauseEnd] = clauseAround(
    sentence.text,
    at,
    cyrillic ? CYRILLIC_TIME_CLAUSE : undefined,
  );
  // English: a second verb joined by "and" starts a clause of its own (cheap test first)
  if (!cyrillic && sentence.text.includes(' and ')) {
    AND_VERB.lastIndex = clauseStart;
    let match: RegExpExecArray | null;
    while ((match = AND_VERB.exec(sentence.text)) && match.index < clauseEnd) {
      if (match.index + match[0].length <= at) clauseStart = match.index + match[0].length;
      else if (match.index >= atEnd) {
        clauseEnd = match.index;
        break;
      }
    }
  }
  // a time after the figure counts for less; in Russian and Kazakh it is mostly the next figure's
  const afterWeight = cyrillic ? 3 : 1.2;
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  let bestInClause = false;
  // the end of the figure's own verb's clause, and whether it looks ahead (English; on first need)
  let verbClauseStart = -1;
  let verbClauseEnd = -1;
  let verbClauseAhead: boolean | undefined;
  for (const p of own) {
    if (!isUsable(p, mention)) continue;
    const { time } = p;
    const inClause = time.start >= clauseStart && time.end <= clauseEnd;
    if (bestInClause && !inClause) continue;
    // "4G covers 91% of villages, and the regulator aims at 98% by 2027": a deadline in a later
    // clause is that clause's goal, not the period of a figure its own clause reports
    // (the cheap tests first: a time in the figure's own time clause is in its verb's clause too)
    if (time.deadline && !cyrillic && !inClause && time.start >= atEnd) {
      if (verbClauseEnd < 0)
        [verbClauseStart, verbClauseEnd] = clauseAround(sentence.text, at, KIND_CLAUSE_BREAK);
      if (time.start >= verbClauseEnd) {
        verbClauseAhead ??= looksAhead(
          sentence.text.slice(verbClauseStart, verbClauseEnd),
          language,
        );
        if (!verbClauseAhead) continue;
      }
    }
    // "достигнут 285 млрд, в прошлом году они составили 241 млрд": a later clause's time that
    // has a figure of its own after it is that figure's
    if (
      cyrillic &&
      !inClause &&
      time.start >= atEnd &&
      TIME_WITH_FIGURE.test(sentence.text.slice(time.end))
    )
      continue;
    const distance =
      time.end <= at ? at - time.end : time.start >= atEnd ? (time.start - atEnd) * afterWeight : 0;
    if ((inClause && !bestInClause) || distance < bestDistance) {
      best = time;
      bestDistance = distance;
      bestInClause = inClause;
    }
  }
  if (best) return best;
  // "has committed $13.6 billion since 1996": a total since a year is the total now
  if (Number.isFinite(documentYear) && !cyrillic && CUMULATIVE.test(sentence.text))
    for (const p of own)
      if (
        // "have doubled since 2021, when they totalled …": the clause after "when" is the base's
        (p.base || (p.within !== null && !isUsable(p, mention))) &&
        SINCE_BEFORE.test(sentence.text.slice(Math.max(0, p.time.start - 40), p.time.start))
      )
        return timeExpression(p.time.start, p.time.end, String(documentYear), false, true);
  // the same for every figure of the sentence: the owners of the other sentences' periods are figures of those sentences
  let borrowed = placed.borrowed.get(sentenceIndex);
  if (borrowed === undefined) {
    // a sentence that reports borrows no year still to come, one that plans no year already over
    const tense = sentenceTense(sentence.text, language);
    const others: TimeExpression[][] = [];
    for (let index = 0; index < placed.count; index++) {
      const list: TimeExpression[] = [];
      if (index !== sentenceIndex)
        for (const p of placed.at(index))
          if (
            // "in the coming years" is its own sentence's alone
            p.time.period !== '' &&
            isUsable(p, mention) &&
            fitsTense(tense, Number(p.time.period.slice(0, 4)), documentYear)
          )
            list.push(p.time);
      others.push(list);
    }
    const found = paragraphPeriod(others, sentenceIndex);
    // a period borrowed from another sentence names the year, not a deadline for this figure
    borrowed = found
      ? timeExpression(found.start, found.end, found.period, false, found.relative)
      : null;
    placed.borrowed.set(sentenceIndex, borrowed);
  }
  return borrowed;
}

/**
 * Bases of comparisons and the periods of baseline figures are the period of no other figure; a
 * time in a relative clause is the period of that clause's figures alone.
 */
function isUsable(p: PlacedTime, mention: NumberMention): boolean {
  if (p.within && !(p.within[0] <= mention.start && mention.start < p.within[1])) return false;
  return !p.base && !(p.ownerIsBaseline && p.owner !== mention);
}

const BRACKETED = /\([^()]*\)/g;

/** [start, end) of the relative clauses and figures' brackets of `sentence`, in the document. */
function relativeClauses(
  sentence: Sentence,
  language: Language,
  mentions: readonly NumberMention[],
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // a bracket with a figure of its own is a clause in every language: "(in October – 10.9%)";
  // one with only a source and a date ("(Central Bank, May 19)") dates the figure before it
  if (sentence.text.includes('('))
    for (const match of sentence.text.matchAll(BRACKETED)) {
      const from = sentence.start + match.index;
      const to = from + match[0].length;
      if (mentions.some((m) => from <= m.start && m.start < to)) spans.push([from, to]);
    }
  const pattern = RELATIVE_CLAUSES[language];
  if (!pattern) return spans;
  pattern.lastIndex = 0;
  for (let match; (match = pattern.exec(sentence.text));) {
    spans.push([sentence.start + match.index, sentence.start + match.index + match[0].length]);
    // the closing comma may open the next clause
    pattern.lastIndex = match.index + match[0].length - 1;
  }
  return spans;
}

/**
 * The period a sentence without one takes from its paragraph: the one they all share (their common
 * year when they differ only by month), else the nearest earlier one, else the nearest later one.
 */
function paragraphPeriod(times: TimeExpression[][], sentenceIndex: number): TimeExpression | null {
  const others: TimeExpression[] = [];
  for (let index = 0; index < times.length; index++)
    if (index !== sentenceIndex) others.push(...times[index]!);
  if (others.length === 0) return null;
  const first = others[0]!;
  if (others.every((t) => t.period === first.period)) return first;
  const year = first.period.slice(0, 4);
  if (others.every((t) => t.period.slice(0, 4) === year))
    return timeExpression(first.start, first.end, year, first.deadline, first.relative);
  for (let i = sentenceIndex - 1; i >= 0; i--) {
    const earlier = times[i] ?? [];
    if (earlier.length > 0) return earlier[earlier.length - 1]!;
  }
  for (let i = sentenceIndex + 1; i < times.length; i++) {
    const later = times[i] ?? [];
    if (later.length > 0) return later[0]!;
  }
  return null;
}

/** A clause about the time before it: "…, when …", "…, когда …", "…, кезде …". */
const WHEN_AFTER = /^\s*,\s*(?:when|когда)(?!\p{L})/iu;
/** "a year from 2028", "annually from 2030": the year a yearly rate starts. */
const RATE_FROM = /\b(?:(?:a|per|each)\s+year|annually)\s+from\s+$/i;
/** A baseline figure right before a time: "from 120 a year earlier", "than 5.1% in 2024". */
const BASELINE_FIGURE_BEFORE =
  /\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£₸]?\d[\d.,]*\s*(?:%|[\p{L}]+)?\s*$/u;
const FOUNDED_BEFORE = /\b(?:founded|established|incorporated|set\s+up)\s+in\s+$/i;
/**
 * "to 5.4% from 5.8% projected in September": the month a forecast was made is its vintage, not
 * the period it is about (a year after these words is: "expected in 2027").
 */
const VINTAGE_BEFORE =
  /\b(?:projected|forecast|predicted|expected|estimated|published|issued)\s+(?:(?:back\s+)?(?:in|on)\s+)?$/i;

// "slowed to 0.7% during the month, after 0.9% in September": the value before the change
const BASELINE_WORDS = new Set([
  'from',
  'against',
  'versus',
  'vs',
  'vs.',
  'with',
  'to',
  'than',
  'after',
]);
const BASELINE_SKIP = new Set([
  // "from this year's 34.3 billion"
  'this',
  // "from the current 4.8%"
  'current',
  'last',
  "year's",
  'year’s',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'over',
  'just',
  'the',
  'more',
  'less',
  'than',
  // "compared with a planned 0.5%", "up from an estimated $1.0 bn"
  'a',
  'an',
  'planned',
  'projected',
  'expected',
  'estimated',
  'revised',
  'approved',
]);
const BASELINE_HINT = /from|against|versus|vs|than|compared|relative|after/i;

/**
 * Whether a number is the baseline of a comparison: "up from $7.9 bln", "compared with 42%",
 * "than 5,000" (but not "more than 5,000"). Read from the last few words, as a table, not a pattern.
 */
export function isBaseline(text: string, mention: NumberMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  // fast path: no comparison word at all (one regex, no lower-cased copy)
  if (!BASELINE_HINT.test(before)) return false;
  const words = before.toLowerCase().split(/\s+/).filter(Boolean);
  let result = false;
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    const word = words[i]!;
    if (word === 'than') {
      result = !/^(?:more|less|fewer|greater|higher|lower|rather|larger)$/.test(words[i - 1] ?? '');
      if (result) break;
      continue;
    }
    if (word === 'with' || word === 'to') {
      result = words[i - 1] === 'compared' || words[i - 1] === 'relative';
      break;
    }
    if (BASELINE_WORDS.has(word)) {
      result = true;
      break;
    }
    if (!BASELINE_SKIP.has(word)) break;
  }
  return result;
}

/**
 * "до 10,9% с 11,3% в октябре", "против 11,3% в октябре": a Russian figure a change starts from
 * or is compared with; the time written after it is its own.
 */
export function isCyrillicBaseline(text: string, mention: NumberMention): boolean {
  return CYRILLIC_BASELINE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}
const CYRILLIC_BASELINE_BEFORE =
  /(?<![\p{L}])(?:с|со|против|относительно|после)\s+(?:[$€₸]\s*)?$/iu;

/** A time written as the year before the one compared with. */
export const YEAR_BEFORE =
  /^(?:a\s+year\s+(?:earlier|before|ago)|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before)$/i;

/** A release's dateline opening a line: a place or two, then its date ("Astana, October 9, 2026"). */
const DATELINE_PLACE = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{L}.-]*(?:[ \t]+\p{L}[\p{L}.-]*)?,[ \t]*){1,2}/gu;

/**
 * The day a policy-rate decision was taken, as the text writes it: a weekday in the decision's
 * sentence or the one after it ("Об этом в пятницу сообщил…"), "today" in its sentence, or the
 * release's dateline in its first lines ("BAKU, Azerbaijan, Oct. 23."), as `YYYY-MM-DD` no later
 * than the text's date; '' when the text dates no decision (then the published year: gold
 * README, Period, 7 December 2026).
 *
 * @example decisionDay(['The bank on Friday kept its policy rate at 9%.'], '', '2026-10-11', 'en') // '2026-10-09'
 */
export function decisionDay(
  sentences: readonly string[],
  head: string,
  documentDate: string,
  language: Language,
): string {
  const date = parseIsoDate(documentDate);
  const days = DECISION_DAYS[language];
  if (!date || !days) return '';
  if (sentences[0] && days.today.test(sentences[0])) return documentDate;
  for (const sentence of sentences)
    for (const [weekday, pattern] of days.weekdays.entries()) {
      if (!pattern.test(sentence)) continue;
      const written = new Date(Date.UTC(date.year, date.month - 1, date.day));
      const back = (written.getUTCDay() - weekday + 7) % 7;
      written.setUTCDate(written.getUTCDate() - back);
      return written.toISOString().slice(0, 10);
    }
  for (const place of head.matchAll(DATELINE_PLACE)) {
    const after = place.index + place[0].length;
    const day = findTimeExpressions(head.slice(after, after + 32), documentDate, language)[0];
    if (day?.start === 0 && day.period.length === 10 && day.period <= documentDate)
      return day.period;
  }
  return '';
}
