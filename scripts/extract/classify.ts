/**
 * Kind of a claim: `target` (goals, plans, instructions), `forecast` (projections, expectations) or
 * `actual` (reported results), read from the words of its sentence. A deadline already past when the
 * document was written makes a claim `actual`. Pure.
 */
import type { Kind } from '../../src/lib/claim.ts';
import type { Language } from './language.ts';
import {
  KAZAKH_KIND_CUES,
  RUSSIAN_KIND_CUES,
  STUDY_ALLOCATION,
  type CyrillicKindCues,
} from './languages/kind-cues.ts';

const TARGET =
  /\b(?:will\s+be\s+(?:implemented|built|launched|created|allocated|constructed|commissioned|completed|opened|invested|introduced|financed|spent|provided|raised|directed|channell?ed|trained)|(?:is|are)\s+scheduled|sets?\s+(?:its\s+|their\s+)?sights\s+on|eye(?:s|ing)?|quota|aim(?:s|ed|ing)?\s+(?:to|at|for)|target(?:s|ing)?|targeted(?!\s+(?:transfers?|support|assistance|aid|subsid\w*|loans?|measures?))|goal|budget\s+of|objective|plan(?:s|ned|ning)?\s+to|planned|set\s+(?:the\s+|a\s+)?(?:task|goal|target)|task(?:ed)?\s+(?:with|to|of)|instruct(?:s|ed|ion|ions)?|order(?:ed)?\s+(?:the|to)|call(?:s|ed|ing)?\s+(?:for|on|upon)|urg(?:e|es|ed|ing)|must|should|needs?\s+to|has\s+to|have\s+to|intend(?:s|ed)?\s+to|intention|seek(?:s|ing)?\s+to|strive|ambition|ambitious|pledg\w+|promis\w+|commit(?:s|ted)?\s+to|envisag\w+|is\s+to\s+be|are\s+to\s+be|propos(?:e|es|ed)|strategy\s+(?:to|aims)|roadmap|mandate|(?:will|would)\s+(?:allocate|invest|spend|build|create|launch|provide|open|train|commission|introduce|finance|fund|pay|go\s+to)|(?:is|are)\s+to\s+(?!be\b)[a-z]+|to\s+(?:build|train|invest|allocate|spend|fund|finance|hire|connect)\b|(?:regulatory|statutory|legal)\s+(?:minimum|maximum|ceiling|floor|cap|limit)|(?:regulator['’]s|regulatory|statutory)(?=\s+[\d.,]+\s*(?:%|percent)\s+(?:minimum|maximum|ceiling|floor|cap|limit)\b)|under\s+(?:the\s+|\w+['’]s\s+)?(?:new\s+)?(?:\w+\s+)?(?:law|rules|regulations|decree)|(?:law|rules|regulations|decree)\s+(?:requires?|allows?|caps?|limits?|obliges?)|to\s+be\s+(?:allocated|built|created|trained|established)|bring\s+\w+\s+to|increase\s+\w+\s+to|raise\s+\w+\s+to|double|triple|(?:is|are|was|were)\s+(?:set|fixed|planned|budgeted|capped|pegged)\s+at|allocated\s+(?:for|to)|earmarked|budgeted|provides?\s+for|approved\s+at|approved\s+with\s+(?:revenues?|spending|expenditures?|a\s+deficit)|recommend(?:s|ed)?\s+(?:paying|a\s+(?:final\s+|interim\s+)?dividend|dividends)|(?:a|the|its|full-year|annual)\s+(?:\w+\s+)?plan\s+of|(?:the\s+)?plan\s+(?:for|is|includes?|envisages|foresees|provides\s+for|sets)|draft\s+budget)\b/i;
const FORECAST =
  /\b(?:assum(?:e|es|ed|ing|ption|ptions)|expect(?:s|ed|ation|ations)?|projected|projection|projections|projects?\s+(?:that|to|a|an|the|growth|GDP|inflation|(?=[\d$€£₸]))|forecast(?:s|ed|ing)?|predict(?:s|ed|ion|ions)?|estimat(?:e|es|ed)\s+(?:to|that)|anticipat\w+|outlook|likely|unlikely|could\s+(?!not\b|have\b)[a-z]+|sees?\s+(?:[a-z-]+\s+){1,3}(?:at|reaching|rising|growing|falling|slowing|easing|accelerating|averaging)|may\s+(?:reach|grow|rise|exceed|hit|add|be)|(?:is|are|was|were)\s+seen\s+(?:at|growing|averaging|rising|falling|reaching|slowing|easing|expanding|accelerating)|might|optimis\w+|is\s+set\s+to|are\s+set\s+to|on\s+(?:track|course)\s+to|poised\s+to|scenario|potential(?:ly)?|in\s+the\s+coming\s+years|in\s+the\s+future|based\s+on\s+(?:an?\s+)?(?:\w+\s+)?(?:price|exchange\s+rate|rate)\s+of|(?:research\s+firm|analysts?|consultancy|consultants|researchers|the\s+(?:report|study))\s+(?:says?|said|predicts?|estimates?|sees?))\b/i;
/**
 * An estimate ("is estimated at", "raised its estimate of", "the bank estimates"): a forecast of a
 * period not yet over, a result of one that is (as `estimate` in languages/kind-cues.ts).
 */
const ESTIMATE =
  /\b(?:(?:is|are|was|were)\s+estimated\s+at|(?:its|their|the)\s+estimates?\s+(?:of|for)|(?:bank|fund|agency|ministry|council|analysts?)\s+estimates?)\b/i;
/**
 * An English estimate forecasts only where it names the year under way or one ahead ("is estimated
 * at $9 billion this year"); of an undated figure it states the present ("GDP per capita is
 * estimated at $6,100"), a result.
 */
const YEAR_UNDER_WAY = /\b(?:this|the\s+current|next)\s+year\b/i;
/**
 * A company's guidance is its own plan for its results, on output ("raised its full-year guidance
 * to 20 tonnes") as on money or growth ("kept its capex guidance at 95 billion"): gold README, Kind.
 */
const GUIDANCE = /\bguidance\b/i;
/** A dividend, in English, Russian or Kazakh. */
const DIVIDEND = /(?<!\p{L})(?:dividends?|дивиденд\p{L}*)(?!\p{L})/iu;
/** Someone outside the company who sees its figures: analysts, brokers, experts. */
const OUTSIDE_VIEW =
  /(?<!\p{L})(?:analysts?|brokers?|аналитик\p{L}*|эксперт\p{L}*|сарапшы\p{L}*)(?!\p{L})/iu;
/** A dividend approved or paid: decided, no longer a plan. */
const DIVIDEND_DECIDED =
  /(?<!\p{L})(?:approved|paid|утверди\p{L}*|выплачен\p{L}*|бекіт\p{L}*|төлен\p{L}*)/iu;
/**
 * A dividend approved or paid in the past tense ("the board approved a dividend of", "утвердил
 * дивиденды", "дивиденд төленді"): decided, so a result (gold README, Kind, 7 December 2026),
 * whatever plan the rest of the sentence states. "will be paid", "утвердить" are still plans.
 */
const DIVIDEND_DONE =
  /(?<!\p{L})(?<!\bbe\s)(?:approved|paid|утвердил\p{L}*|утвержден\p{L}*|выплатил\p{L}*|выплачен\p{L}*|бекітті|бекітілді|төледі|төленді)(?!\p{L})/iu;
/** Future wording with no word of planning or forecasting: a forecast, or in a budget or plan passage a target. */
const FUTURE = /\b(?:will\s+\w+|would\s+\w+)\b/i;
/** Past-tense reporting: the number already happened. */
const ACTUAL =
  /\b(?:reached|amounted|came\s+to|totall?ed|stood|grew|rose|increased|decreased|declined|fell|exceeded|surpassed|approached|topped|hit|recorded|registered|posted|attracted|invested|collected|received|generated|earned|issued|laid|built|connected|commissioned|exported|imported|produced|handled|disbursed|employed|was|were|has\s+been|have\s+been|has\s+(?:grown|risen|reached|increased|exceeded)|have\s+(?:grown|risen|reached|increased|exceeded|completed|adopted)|already|occurred|completed|brought\s+together|last\s+year|so\s+far)\b/i;

/** Where a clause ends: a claim's kind is read from its own clause ("…have occurred, and stated that the state must…"). */
const CLAUSE_BREAK =
  /;|,\s+(?:and|but|while|whereas|which|who|although|though)\b|,\s+with\b|\band\s+(?:stated|said|noted|added|stressed|called|urged|emphasized|expressed|asserted)\b|\s[–—]\s/gi;

/**
 * A second predicate of expecting after "and" ("kept the rate at 9% and expects
 * inflation of 7%"): its cue is its own clause's, not the first figure's.
 */
const EXPECTING = String.raw`(?:expects|sees|forecasts|projects|predicts|anticipates)\b`;

/**
 * For kinds, a second verb joined by "and" starts a clause of its own too ("is worth $1.1
 * trillion and is forecast to grow"); the metric reader keeps the wider clause (its phrase may
 * stand before the "and": "Spending on X reached $92 billion and is forecast to double").
 */
export const KIND_CLAUSE_BREAK = new RegExp(
  `${CLAUSE_BREAK.source}|\\band\\s+(?=(?:is|are|was|were|will|would|has|have|had)\\s)`,
  'gi',
);

/** The clauses kinds are read in: `KIND_CLAUSE_BREAK`'s, and a second predicate of expecting. */
const KIND_CUE_CLAUSE_BREAK = new RegExp(
  `${KIND_CLAUSE_BREAK.source}|\\band\\s+(?=${EXPECTING})`,
  'gi',
);

/** Where the clause breaks of `sentence` are, as [start, end) of each break. */
function clauseBreaks(sentence: string, pattern: RegExp): Array<[number, number]> {
  const breaks: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(sentence)))
    breaks.push([match.index, match.index + match[0].length]);
  return breaks;
}

/** The clause of `sentence` around offset `at`: [start, end); `breaks` is the language's clause-break pattern. */
export function clauseAround(
  sentence: string,
  at: number,
  breaks: RegExp = CLAUSE_BREAK,
): [number, number] {
  let start = 0;
  let end = sentence.length;
  for (const [breakStart, breakEnd] of clauseBreaks(sentence, breaks)) {
    if (breakEnd <= at) start = breakEnd;
    else if (breakStart >= at) {
      end = breakStart;
      break;
    }
  }
  return [start, end];
}

/** Distance from the number to the nearest cue: any cue before it in its clause, or one right after it ("$5 bn is expected"). */
const GLOBAL = new Map<RegExp, RegExp>();

/**
 * Another figure (not a year) or a comma between a figure and a cue after it: the cue is not the
 * figure's, unless it says who speaks ("…, research firm says").
 */
const OTHER_FIGURE = /\d|[,;:]/;
const YEARS = /\b(?:19|20)\d\d\b/g;
const ATTRIBUTION = /\b(?:says?|said|predicts?|estimates?|sees?)$/i;
/** The other end of a range the figure opens ("9–11%", "15-17%"): part of the same figure. */
const RANGE_END = /^\s*(?:[-–—]|to)\s*\d[\d.,]*/;
const SHARE_OF_PLAN = /(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+)?(?:\w+\s+)?$/i;
const FUTURE_PASSIVE = /\b(?:will|would|to|shall|should|must|may|could)\s+(?:be|have)\s+$/i;
/** The words that open the base of a comparison, before a forecast word ("on the expected outturn"). */
const BASE_BEFORE =
  /\b(?:on|than|against|over|versus|compared\s+(?:with|to))\s+(?:the\s+|an?\s+)?$/i;
/** A word of contrast that opens a clause. */
const CONTRAST_BEFORE = /\b(?:while|whereas|but|although|though)\s*$/i;
/** An English verb in the past tense. */
const PAST_VERB = /\b[a-z]{3,}ed\b/i;
const CYRILLIC_FUTURE_PASSIVE = /(?<!\p{L})(?:будет|будут|должн\p{L}*\s+быть|может\s+быть)\s+$/iu;
/** Where `pattern` matches in `sentence`. */
function cueSpans(pattern: RegExp, sentence: string, at: number): Array<[number, number]> {
  let global = GLOBAL.get(pattern);
  if (!global)
    GLOBAL.set(pattern, (global = new RegExp(pattern.source, pattern.unicode ? 'giu' : 'gi')));
  global.lastIndex = 0;
  const spans: Array<[number, number]> = [];
  let match: RegExpExecArray | null;
  while ((match = global.exec(sentence))) {
    // "will be increased", "to be invested" are not results (checked here: a look-behind in the pattern is slow)
    if (
      (pattern === ACTUAL &&
        FUTURE_PASSIVE.test(sentence.slice(Math.max(0, match.index - 16), match.index))) ||
      // "будут введены", "должно быть введено": a participle after a future is no result
      (ACTUAL_PATTERNS.has(pattern) &&
        CYRILLIC_FUTURE_PASSIVE.test(sentence.slice(Math.max(0, match.index - 24), match.index)))
    )
      continue;
    // "up 14.2% on the expected outturn", "more than expected this year": the word describes the
    // base a figure is compared with, not the figure
    if (
      pattern === FORECAST &&
      BASE_BEFORE.test(sentence.slice(Math.max(0, match.index - 16), match.index))
    )
      continue;
    // "97.8% of the plan": a result measured against the plan, not a plan; the plan's own figure
    // after it ("63% of the full-year plan of $9 billion") is one
    if (
      pattern === TARGET &&
      match.index >= at &&
      SHARE_OF_PLAN.test(sentence.slice(Math.max(0, match.index - 24), match.index))
    )
      continue;
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

function nearest(
  pattern: RegExp,
  sentence: string,
  clauseStart: number,
  clauseEnd: number,
  at: number,
  atEnd: number,
  after = 30,
  verbLast = false,
): number {
  let best = Infinity;
  for (const [start, end] of cueSpans(pattern, sentence, at)) {
    if (start < clauseStart || end > clauseEnd) continue;
    if (end <= at) best = Math.min(best, at - end);
    else if (start >= atEnd) {
      const between = sentence.slice(atEnd, start);
      // a cue past another figure or a comma is that other figure's ("up 2.1% from 1.23 billion
      // last year", "keeps the rate at 7%, sees inflation within target")
      if (
        between.length <= after &&
        !/\b(?:that|which|who|where|when|after|before|as)\b/i.test(between) &&
        (verbLast ||
          ATTRIBUTION.test(sentence.slice(start, end)) ||
          !OTHER_FIGURE.test(between.replace(RANGE_END, '').replace(YEARS, '')))
      )
        best = Math.min(best, (start - atEnd) * 1.5);
    }
  }
  return best;
}

export interface KindInput {
  sentence: string;
  /** The figure counts things or measures output (not money, a share or a growth rate). */
  quantity?: boolean;
  /** Offsets of the number in the sentence. */
  at: number;
  atEnd?: number;
  /** Year the claim's period ends in (NaN when unknown). */
  periodYear: number;
  /** The period came from a deadline ("by 2026", "within two years"). */
  deadline: boolean;
  /** Year the document was written (NaN when unknown). */
  documentYear: number;
  /** What the passage says when the sentence does not: under a plan or budget, or a forecast. */
  passage?: '' | 'target' | 'forecast';
  /** The passage's plan is a budget's: what it assumes (growth, inflation, a price) is a forecast. */
  budget?: boolean;
  /** The sentence's language: its cue words (English when not given). */
  language?: Language;
  /**
   * The figure is dated to a day no later than the text's date ("as of 1 October"): a state, so
   * Russian and Kazakh future forms read as the present (Kazakh "асады" says both).
   */
  stateDay?: boolean;
  /**
   * The sentence dates the figure itself: a Russian or Kazakh estimate of an undated figure
   * ("оценивается в 120 тысяч") is of the present, a result; a dated one is a forecast unless its
   * period is over (languages/kind-cues.ts). True when not given.
   */
  dated?: boolean;
  /** The sentence is a headline or heading: its "X to reach $5 bn" leaves out "is expected". */
  headline?: boolean;
  /**
   * The figure's period is a month or a day that ended before the text was written ("на конец
   * октября", said in November): an estimate of it is a result, not a forecast.
   */
  periodEnded?: boolean;
  /**
   * The text is about study and was written in the admission season (June to August), before
   * the academic year it allocates grants and places for has started.
   */
  admissionSeason?: boolean;
}

/** Words of the present in English: a stock now ("38% of students currently study on grants"). */
const ENGLISH_NOW = /\b(?:now|currently|today|at\s+present)\b/i;

/**
 * Grants, quotas or places allocated in the admission season for this year or the academic year
 * ending next year: a plan for an academic year still to come, whatever the verb ("выделено 24
 * тысячи грантов" in July), unless the sentence speaks of the present stock ("сейчас … 38% на
 * грантах"). Gold README, Kind, 7 December 2026; grants "last year" keep their own kind.
 */
function allocatedForComingYear(input: KindInput, language: CyrillicKindCues | undefined): boolean {
  const { sentence, periodYear, documentYear } = input;
  if (!input.admissionSeason || !Number.isFinite(periodYear)) return false;
  if (periodYear !== documentYear && periodYear !== documentYear + 1) return false;
  if (!STUDY_ALLOCATION[input.language ?? 'en']?.test(sentence)) return false;
  return !(language?.now ?? ENGLISH_NOW).test(sentence);
}

/**
 * Headlinese for an expectation: "Spending to reach $2 trillion in 2027", "Sales set to approach
 * $1 bn", a verb of change after "to" with no "is expected" written. A verb of action ("to build",
 * "to spend", "to double output") stays a plan (`TARGET`).
 */
const HEADLINE_FORECAST =
  /\b(?:set\s+to|to)\s+(?:reach|top|exceed|surpass|pass|hit|approach|near|grow|rise|climb|fall|decline|drop|slow|ease|expand|shrink|stay|remain)\b/i;
/** "…, research firm says", "…, says Meridian": a headline that names its source. */
const HEADLINE_SOURCE = /,\s+(?:says\b|[^,]*\bsays?$)/i;

/** The cue words of a language; English's are the patterns above. */
type KindWords = Omit<CyrillicKindCues, 'planner' | 'forecaster'>;
const ENGLISH_CUES: KindWords = {
  target: TARGET,
  forecast: FORECAST,
  actual: ACTUAL,
  future: FUTURE,
  estimate: ESTIMATE,
  clauseBreak: KIND_CUE_CLAUSE_BREAK,
  after: 30,
};

const CYRILLIC_CUES: Partial<Record<Language, CyrillicKindCues>> = {
  ru: RUSSIAN_KIND_CUES,
  kk: KAZAKH_KIND_CUES,
};
/** The Cyrillic result patterns, whose matches a future auxiliary before them cancels. */
const ACTUAL_PATTERNS: ReadonlySet<RegExp> = new Set([RUSSIAN_KIND_CUES.actual]);

/**
 * @example classifyKind({ sentence: 'exports are expected to reach $2 bn by 2030', at: 30, periodYear: 2030, deadline: true, documentYear: 2025 }) // 'forecast'
 * @example classifyKind({ sentence: 'exports approached $1 billion by the end of 2025', at: 19, periodYear: 2025, deadline: true, documentYear: 2026 }) // 'actual'
 */
export function classifyKind(input: KindInput): Kind {
  const { sentence, at, periodYear, deadline, documentYear } = input;
  const passage = input.passage ?? '';
  // a headline's "X to reach …" forecasts, unless a budget's or a deadline no source is named for
  // ("President: digital economy's share to reach 10% by 2030" sets a goal)
  if (
    input.headline &&
    input.language !== 'ru' &&
    input.language !== 'kk' &&
    passage !== 'target' &&
    (!deadline || HEADLINE_SOURCE.test(sentence))
  ) {
    const cue = HEADLINE_FORECAST.exec(sentence);
    if (cue && cue.index < at && !(Number.isFinite(periodYear) && periodYear < documentYear))
      return 'forecast';
  }
  const atEnd = input.atEnd ?? at;
  const language = input.language ? CYRILLIC_CUES[input.language] : undefined;
  const words = language ?? ENGLISH_CUES;
  let [clauseStart, clauseEnd] = clauseAround(sentence, at, words.clauseBreak);
  // a budget's price or exchange-rate assumption is a forecast (languages/kind-cues.ts)
  if (
    language?.assumption &&
    language.assumption.hint.test(sentence) &&
    language.assumption.verb.test(sentence) &&
    language.assumption.subject.test(sentence.slice(clauseStart, clauseEnd))
  )
    return 'forecast';
  // future wording ("will reach", "составит") is a plan in a plan or budget passage, or where a
  // Russian or Kazakh sentence names a planner and no forecaster (languages/kind-cues.ts)
  // who speaks is read in the figure's clause first, then in its sentence ("По оценке
  // министерства, … , а мировой рынок, по данным IDC, превысит …": the market's is a forecast)
  const futureIsPlan = passage === 'target' || (!!language && plannerSpeaks(language));
  function plannerSpeaks(cues: CyrillicKindCues): boolean {
    const clause = sentence.slice(clauseStart, clauseEnd);
    const planner = cues.planner.test(clause);
    const forecaster = cues.forecaster.test(clause);
    if (planner || forecaster) return planner && !forecaster;
    return cues.planner.test(sentence) && !cues.forecaster.test(sentence);
  }
  const distance = (pattern: RegExp) =>
    nearest(pattern, sentence, clauseStart, clauseEnd, at, atEnd, words.after, words.verbLast);
  // an estimate is a forecast, except of a period already over (languages/kind-cues.ts)
  let unestimated = Infinity;
  const cues = (): [number, number, number] => {
    const now = language?.now && distance(language.now) < Infinity;
    const future = language && (input.stateDay || now) ? Infinity : distance(words.future);
    const guided = language ? Infinity : distance(GUIDANCE);
    const planned = Math.min(distance(words.target), guided);
    const foretold = distance(words.forecast);
    // an estimate of a month or day already over, or of a stock now ("сейчас оценивается"), is
    // a result (gold README, Kind, 7 December 2026)
    const expected =
      words.estimate &&
      input.dated !== false &&
      !input.periodEnded &&
      !now &&
      !words.partOfYear?.test(sentence) &&
      (!!language || YEAR_UNDER_WAY.test(sentence))
        ? Math.min(foretold, distance(words.estimate))
        : foretold;
    const reported = distance(words.actual);
    // in Russian and Kazakh a word of planning or forecasting in the clause says what the future is
    const plan =
      language && (planned < Infinity || expected < Infinity) ? planned <= expected : futureIsPlan;
    unestimated = plan ? foretold : Math.min(foretold, future);
    return plan
      ? [Math.min(planned, future), expected, reported]
      : [planned, Math.min(expected, future), reported];
  };
  // a quota's figure is a plan, whatever its verb ("квота … составляет", "установлена на уровне")
  if (language?.quota?.test(sentence.slice(clauseStart, at))) return 'target';
  if (allocatedForComingYear(input, language)) return 'target';
  // the dividend's own figure: named right before it, no other figure between
  const beforeFigure = sentence.slice(clauseStart, at);
  const dividendGap = beforeFigure.slice(beforeFigure.search(DIVIDEND));
  const ownDividend =
    DIVIDEND.test(beforeFigure) && dividendGap.length <= 48 && !/\d/.test(dividendGap);
  if (ownDividend && DIVIDEND_DONE.test(beforeFigure)) return 'actual';
  let [target, forecast, actual] = cues();
  // "Дивиденды за третий квартал составят 850 тенге", "announced the payment of dividends of":
  // a dividend not yet approved or paid is the company's own plan for its payout, as its
  // guidance is (gold README, Kind, 7 December 2026), not a forecast
  // ("analysts see a dividend of about T1,100" is theirs: a forecast)
  if (ownDividend && Math.min(target, forecast) < actual && !OUTSIDE_VIEW.test(sentence))
    return 'target';
  // no cue in the clause: the sentence's words before it ("The plan for next year includes: …")
  // — not into a contrast with a verb of its own in the past ("…, while the bank approved $150
  // million"); one whose verb is left out or present takes the first clause's ("…, while the
  // World Bank sees a more modest 4.5%")
  if (
    target === Infinity &&
    forecast === Infinity &&
    actual === Infinity &&
    clauseStart > 0 &&
    !(
      CONTRAST_BEFORE.test(sentence.slice(Math.max(0, clauseStart - 12), clauseStart)) &&
      PAST_VERB.test(sentence.slice(clauseStart, at))
    )
  ) {
    clauseStart = 0;
    clauseEnd = Math.max(clauseEnd, at);
    [target, forecast, actual] = cues();
  }
  // no cue in the sentence either: the passage's ("Forecast for 2026" above it); under a budget
  // or plan, the economy's growth, inflation, a price or a rate the figures rest on is a forecast
  // (the gold README: a budget's assumption)
  if (target === Infinity && forecast === Infinity && actual === Infinity && passage) {
    if (!(Number.isFinite(periodYear) && periodYear < documentYear))
      return passage === 'target' &&
        input.budget &&
        MACRO_ASSUMPTION[input.language ?? 'en']?.test(sentence.slice(clauseStart, at))
        ? 'forecast'
        : passage;
  }
  // a deadline already past when the text was written reports what happened, unless the number is
  // itself named a goal or a projection ("against the target of 5%", "the planned $4 billion")
  if (Number.isFinite(periodYear) && Number.isFinite(documentYear) && periodYear < documentYear) {
    if (target <= 16 && target < actual) return 'target';
    // "recommended paying dividends for 2025 of …": the year a dividend is paid for is over
    // before it is proposed, so a plan's word in its clause still plans it (one already
    // approved, "утвердили дивиденды за 2025 год", is decided: a result)
    if (target < actual) {
      const clause = sentence.slice(clauseStart, clauseEnd);
      if (DIVIDEND.test(clause) && !DIVIDEND_DECIDED.test(clause)) return 'target';
    }
    if (unestimated <= 16 && unestimated < actual) return 'forecast';
    return 'actual';
  }
  if (target === Infinity && forecast === Infinity) {
    // "$1 bn by 2026" with no verb of its own: a deadline ahead is a goal
    if (deadline && Number.isFinite(periodYear) && periodYear >= documentYear) return 'target';
    return 'actual';
  }
  if (actual < Math.min(target, forecast)) return 'actual';
  // "budget revenues for 2027 are forecast at …": a budget's own line is planned, whatever the
  // verb (the gold README: a planned budget figure is a target, its price assumption a forecast)
  if (forecast < target && !language && BUDGET_LINE.test(sentence.slice(0, clauseEnd)))
    return 'target';
  return forecast < target ? 'forecast' : 'target';
}

/**
 * What a budget or plan assumes rather than sets, named before its figure: the economy's growth,
 * inflation, an exchange rate, the oil price ("- GDP growth of 6.2% and inflation of 6-7%").
 */
const MACRO_ASSUMPTION: Partial<Record<Language, RegExp>> = {
  en: /\b(?:GDP\s+growth|(?:economic|real)\s+growth|growth\s+of\s+(?:the\s+)?(?:GDP|economy)|inflation|exchange\s+rate|oil\s+prices?|price\s+of\s+oil|Brent)\b/i,
  ru: /(?<!\p{L})(?:рост\p{L}*\s+(?:ВВП|экономики)|инфляци\p{L}*|курс\p{L}*|цен\p{L}*\s+(?:на\s+)?нефт\p{L}*)/iu,
  kk: /(?<!\p{L})(?:ІЖӨ\p{L}*|экономика\p{L}*\s+өс\p{L}*|инфляци\p{L}*|бағам\p{L}*|мұнай\p{L}*)/iu,
};

/** A budget's own revenue, spending or deficit, projected: "budget revenues are forecast at". */
const BUDGET_LINE =
  /\b(?:budget(?:['’]s)?\s+(?:\w+\s+)?(?:revenues?|receipts|spending|expenditures?|deficit|surplus)|(?:revenues?|receipts|spending|expenditures?|deficit|surplus)\s+(?:of|in)\s+the\s+(?:\w+\s+){0,2}budget)\b[^.;]{0,30}?\b(?:is|are)\s+(?:projected|forecast|estimated)\s+at\b/i;

/**
 * Whether a sentence has a word of plan, forecast or the future in its language.
 *
 * @example looksAhead('Бюджет на 2027 год предусматривает 5 трлн тенге.', 'ru') // true
 */
export function looksAhead(sentence: string, language: Language): boolean {
  const words = CYRILLIC_CUES[language] ?? ENGLISH_CUES;
  return (
    words.target.test(sentence) || words.forecast.test(sentence) || words.future.test(sentence)
  );
}

/**
 * Whether a sentence only reports (a result's wording and no plan's, forecast's or future's) or
 * only looks ahead (the reverse), in its language's cue words; '' for both or neither. A figure
 * that borrows a period from elsewhere borrows only one of its own tense (extract.ts).
 *
 * @example sentenceTense('Unemployment fell to 4.6%.', 'en') // 'reported'
 * @example sentenceTense('Spending will reach $2 bn.', 'en') // 'planned'
 */
export function sentenceTense(sentence: string, language: Language): '' | 'reported' | 'planned' {
  const ahead = looksAhead(sentence, language);
  const reported = (CYRILLIC_CUES[language] ?? ENGLISH_CUES).actual.test(sentence);
  return reported && !ahead ? 'reported' : ahead && !reported ? 'planned' : '';
}

/**
 * Whether a period of year `year` fits a sentence of `tense` written in `documentYear`: a report
 * is of no year still to come, a plan or forecast of no year already over.
 */
export function fitsTense(
  tense: '' | 'reported' | 'planned',
  year: number,
  documentYear: number,
): boolean {
  if (!year || !Number.isFinite(year) || !Number.isFinite(documentYear)) return true;
  return tense === 'reported'
    ? year <= documentYear
    : tense === 'planned'
      ? year >= documentYear
      : true;
}
