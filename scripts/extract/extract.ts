/**
 * Turns one document's text into claims: segments it, finds the numbers, keeps the ones that are
 * claimed quantities, and reads each one's metric, entity, period, kind and qualifier. Pure.
 */
import { escapeRegExp } from './escape.ts';
import type { Claim } from '../../src/lib/claim.ts';
import {
  chooseMetric,
  findMetricPhrases,
  unitClass,
  type MetricCatalogue,
  type MetricEntry,
  type MetricMatch,
} from './catalogue.ts';
import { classifyKind, clauseAround, fitsTense, sentenceTense } from './classify.ts';
import {
  documentPair,
  entityFor,
  findPlaces,
  flowPair,
  headlineWorldRegion,
  isFlowEnd,
  pairName,
  NAMES_A_FLOW,
  WORLD_REGIONS,
  regionReferences,
  subjectPlaces,
  tradePair,
  type PlaceMention,
  ORGANISATIONS,
  canonicalEntity,
  definedAcronyms,
  corridorPair,
  destinationShare,
  peopleAbroad,
  type DestinationShare,
  NATIONWIDE_AFTER,
  NEIGHBOUR_CITIES,
  CAPITALS,
} from './entities.ts';
import { contentWords, isJunkLabel, namesWhom, UNLABELLED, UNLABELLED_LABEL } from './labels.ts';
import {
  cyrillicItemMeasure,
  isListLine,
  listIntro,
  listedLike,
  partLabel,
  type ClaimBlock,
} from './lists.ts';
import { tableClaim } from './table-claims.ts';
import { applyMetricRulings, producedGood } from './metric-rulings.ts';
import {
  BARE_RATE_AFTER,
  type PlacedTime,
  rangeEndDated,
  placeTimes,
  type LazyPlaced,
  periodFor,
  isBaseline,
  decisionDay,
  isCyrillicBaseline,
  YEAR_BEFORE,
} from './figure-periods.ts';
import {
  budgetFlow,
  cleanLabel,
  deliveredAbroad,
  isActorAndVerb,
  isComparedChange,
  isGappedChange,
  isPurpose,
  purposeAfter,
  isShare,
  budgetMeasure,
  listItemPart,
  phraseLabel,
  respectiveTargets,
  type RespectiveTarget,
  shareLabel,
  verbObjectLabel,
} from './metric-phrase.ts';
import { countNoun, readableMetric, slugify } from './metrics.ts';
import {
  cyrillicBackReference,
  cyrillicPartOf,
  isApportionedPart,
  cyrillicCountDeed,
  cyrillicCountNoun,
  namesMeasure,
  cyrillicMeasureSuffix,
  cyrillicMetricLabel,
  cyrillicMetricSlug,
  cyrillicNumberOf,
  isCountedNoun,
  isCyrillicChange,
  isCyrillicMultipleChange,
  modifierEnglish,
  russianEllipsis,
  type Ellipsis,
  isCyrillicPriceChange,
  marketShare,
  transliterate,
} from './cyrillic-metrics.ts';
import { nounPhrases, tagSentence, type Token } from './noun-phrases.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { currencyNamed } from './currencies.ts';
import { findTimeExpressions, timeExpression, type TimeExpression } from './periods.ts';
import type { Language } from './language.ts';
import { paragraphsOf, splitSentences, type Paragraph, type Sentence } from './segment.ts';
import { caseless } from './caseless.ts';
import {
  agencyCountry,
  documentSubject,
  organisationsOfKind,
  fullestName,
  headlineName,
  headlineSubject,
  mostNamedCountry,
  programmeBefore,
  namedOrganisations,
  namesOfOrganisations,
  type NamedOrganisation,
  organisationBefore,
  residentsHost,
  hostBefore,
  isResidentHost,
  sentenceOrganisation,
  Passages,
  rateCountry,
  currencyCountry,
  FORECASTER,
  nationalCurrencyCountry,
  referenceYear,
  UNKNOWN_ENTITY,
  writtenInLowerCase,
} from './context.ts';
import {
  COUNT_VERB_BEFORE,
  CYRILLIC_CHANGE,
  CYRILLIC_PRICE_CHANGE,
  CYRILLIC_SHARE,
  SAME_PERIOD,
} from './languages/cyrillic-glossary.ts';
import {
  BUDGET_WORD,
  CYRILLIC_BUDGET_IN,
  CYRILLIC_BUDGET_SIZE,
  LOCAL_BUDGETS_ALL,
  NATIONAL_BUDGET,
} from './languages/budget-flows.ts';
import {
  cyrillicPriceEntity,
  namesAFlow,
  lenderOwn,
  namedLender,
  cyrillicTradePair,
  otherCountry,
  investmentPair,
  isCountryPair,
  partnerPair,
  residentsMarketShare,
  isLocalPlace,
  organisationWhere,
  pointedEntity,
  latinOwner,
  pronounReferent,
  respectiveCyrillic,
  shareHolder,
  throughTerritory,
  beforeBreakdown,
  ownClauses,
} from './cyrillic-entities.ts';
import { isYearBefore, yearBefore } from './cyrillic-periods.ts';
import { KAZAKH_PERIODS, RUSSIAN_PERIODS } from './languages/cyrillic-periods.ts';
import { NAMES_A_COMMODITY, PER_TRADED_UNIT } from './languages/commodities.ts';
import { lastCommodity, tradedGoodAlone } from './goods.ts';
import {
  budgetAssumes,
  clauseOwner,
  continuesWorldPrice,
  fundTransferOwner,
  textStateFund,
  listedName,
  type OwnerContext,
} from './owner.ts';
import { DECISION_DAYS, RATE_DECISIONS } from './languages/rate-decisions.ts';
import { ABOUT_STUDY } from './languages/kind-cues.ts';
import { findTables } from './tables.ts';
import { REVISION } from './languages/saying-verbs.ts';
import {
  namedProgrammes,
  programmeOwner,
  type ProgrammeFigure,
  type ProgrammeMention,
} from './programmes.ts';
import { ENGLISH_RUN_BY } from './languages/programmes.ts';

export interface SourceMeta {
  id: string;
  title: string;
  outlet: string;
  url: string;
  /** ISO date or ''. */
  published: string;
  /** Whom this document is about, when its `sources.csv` line says (column `entity`); else read from the text. */
  entity?: string;
  /** Whom a document is about when neither `entity` nor its text says (the CLI's `--entity`). */
  defaultEntity?: string;
}

/**
 * Words of a country's government and its programmes: a figure after them in its part of the
 * sentence is the country's, also in a text about one of its organisations ("the government aims
 * to train 650,000 students").
 */
const GOVERNMENT =
  /\b(?:government|state|country|ministry|ministers?|national|president|parliament|cabinet|central\s+bank|regulatory|regulator)\b/i;
/** Titles before a person's name ("President Tokayev"): a person is no figure's owner. */
const PERSON_TITLES =
  '(?:President|Prime\\s+Minister|Minister|Deputy|Mayor|Governor|Akim|Chairman|CEO|Mr|Mrs|Ms|Dr)';
/** The cities of Kazakhstan's neighbours, and the country each is the capital of. */
const NEIGHBOUR_CITY_NAMES: ReadonlySet<string> = new Set(NEIGHBOUR_CITIES);
const CAPITAL_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(CAPITALS).map(([country, city]) => [city, country]),
);
/**
 * "They employ", "Their revenue", "Together, they paid": a sentence whose subject is the ones the
 * sentence before counted; not "They expect", "they said" (a source, rule 3).
 */
const THEY_OPENING =
  /^\s*(?:Together,?\s+(?:they|these\s+\p{Ll}+)|They|Their)\s+(?!(?:expect|forecast|estimate|predict|see|say|said|believe|think|note|warn)\w*\b)/u;
/** "The government expects growth of 9%": the national government's forecast (rule 3). */
const GOVERNMENT_EXPECTS =
  /\b(?:the\s+)?(?:government|cabinet|ministry(?:\s+of\s+[\p{L}\s]+?)?)\s+(?:expects|forecasts|projects|sees|plans)\b/iu;
/** "Nationwide, …": a sentence about the whole country, in a text about one of its organisations. */
const NATIONWIDE = /^\s*(?:nationwide|countrywide|nationally|across\s+the\s+country)\b/i;
/** "… the national average", "… the average wage": what a multiple of an average compares with. */
/** A metric that already says how it grows or what it is measured against: "_growth", "_ratio", "per_capita". */
const MEASURED_AGAINST =
  /(?:^|_)(?:growth|multiple|ratio|share|rate|to|per|index|times|change|penetration|coverage)(?:_|$)/;
/** A percentage written in points: "0.75 percentage points", "1 pp", "2 p.p.". */
const POINTS = /\b(?:percentage\s+points?|pp|p\.\s?p\.?)$/i;
/** "by", "up", "down" right before points, past qualifiers: the points are a move. */
const POINTS_MOVED_BEFORE =
  /\b(?:by|up|down)\s+(?:(?:a\s+further|another|about|around|nearly|almost|some|over|just|roughly|approximately|more\s+than|at\s+least|up\s+to|an?\s+additional)\s+)*$/i;
/** "2 percentage points higher", "1.5 pp up on the year": a move written after the points. */
const POINTS_MOVED_AFTER = /^\s*(?:higher|lower|more|less|up|down|above|below)\b/i;
/** A unit of power or of computing right after a figure: "60 MW", "2 exaflops", "114 gigawatts". */
const POWER_UNIT_AFTER =
  /^\s*(?:MW|GW|kW|megawatts?|gigawatts?|kilowatts?|exaflops?|petaflops?|teraflops?)\b/;
/** The same units inside a label read off them: "MW phase", "Exaflops". */
const POWER_UNIT_WORDS =
  /\b(?:MW|GW|kW|megawatts?|gigawatts?|kilowatts?|exaflops?|petaflops?|teraflops?)\b/gi;
/** A label that is a unit of measurement and what it measures: "Tonnes of grain", "barrels of oil". */
const AMOUNT_OF =
  /^(?:tonnes?|tons?|barrels?|cubic\s+met(?:re|er)s?|square\s+met(?:re|er)s?|hectares?|kilomet(?:re|er)s?|litres?|liters?)\s+of\s+(?:the\s+)?(?=\p{L})/iu;
/** "with 36%", "with a 34% share", "with 18.9% and": a party's percentage in a ranking. */
const RANKED_WITH = /\bwith\s+(?:an?\s+)?(?:[\d.,]+\s*%\s*(?:,|and)\s*)*$/i;
/** Words that rank parties: "led", "ahead of", "followed by", "the largest". */
const RANKING = /\b(?:led|leads|ahead\s+of|followed\s+by|largest|biggest|leading|top)\b/i;
const AVERAGE_AFTER =
  /^\s+(?:(?:higher|more|larger|greater)\s+than\s+|as\s+\w+\s+as\s+)?the\s+(?:national|country(?:'s|’s)|regional|city(?:'s|’s)|overall)?\s*average\b/i;

/** Currencies whose English name two countries share, by the country a text is about. */
const SHARED_CURRENCY_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  AZN: { Turkmenistan: 'TMT' },
};

/**
 * A budget's price or exchange-rate assumption: "assumes an oil price of $60, down from $70 this
 * year", "is based on $65 per barrel, compared with $70 in the 2025 budget". Its base is the
 * assumption of the budget before, a forecast too.
 */
const ASSUMPTION =
  /\b(?:assum(?:e|es|ed|ing|ption|ptions)|based\s+on\s+(?:an?\s+)?(?:\w+\s+)?(?:price|exchange\s+rate|rate))\b/i;

/** A phrase set before the main clause: "Under a programme …,", "As part of a plan …,". */
const FRONTED =
  /^\s*(?:Under|As\s+part\s+of|Within|Through|Thanks\s+to|In\s+line\s+with|Amid|To|For)\b/i;
/** A verb in the past that reports what was done: "laid", "built", "connected". */
const PAST_REPORT =
  /\b(?:\p{L}{3,}ed|laid|built|sold|spent|paid|made|won|gave|took|brought|grew|rose|fell|hit|put|set\s+up)\b/u;

/**
 * Whether `time`, a deadline, sits in a phrase set before the main clause ("Under a plan to
 * connect 500 villages by 2027,") while the figure at `at` is reported in the past after it.
 *
 * @example isFrontedDeadline('Under a plan to wire 500 towns by 2027, it laid 900 km.', time, 46) // true when time is "by 2027"
 */
function isFrontedDeadline(sentence: string, time: TimeExpression, at: number): boolean {
  if (!time.deadline || time.end > at) return false;
  const comma = sentence.indexOf(',', time.end);
  if (comma < 0 || comma >= at || /[,;:]/.test(sentence.slice(comma + 1, at))) return false;
  // the phrase has a figure of its own ("to connect 3,500 villages"): "By the end of 2024, the
  // number of cards climbed to 66 million" is dated by its phrase
  const phrase = sentence.slice(0, time.start) + sentence.slice(time.end, comma);
  return (
    FRONTED.test(phrase) && /\d/.test(phrase) && PAST_REPORT.test(sentence.slice(comma + 1, at))
  );
}

/** What a standing rate is a rate of: a tax, a duty, a levy, a tariff. */
const LEVY = String.raw`(?:tax|VAT|duty|levy|tariff|royalty)`;
/** A levy named anywhere in a sentence. */
const LEVY_WORD = new RegExp(String.raw`\b${LEVY}`, 'i');
const RATE_BEFORE = new RegExp(
  String.raw`\b(?:${LEVY}\s+(?:rate\s+)?(?:of|at)\s+(?:only\s+|just\s+)?|(?:standard|usual|regular|normal|flat|reduced)\s+(?:rate\s+of\s+)?)$`,
  'i',
);
const RATE_AFTER = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,2}${LEVY}\b(?!\s+(?:revenues?|receipts|income|collections?|take))`,
  'iu',
);

/**
 * Whether the percentage at [start, end) of `sentence` is a standing rate of a tax or duty ("a
 * 7.5% turnover tax", "a profit tax of 5%", "instead of the standard 25%" after a tax), which holds
 * in no one period.
 *
 * @example isStandingRate('Firms pay a 9% profit tax.', 11, 13) // true
 * @example isStandingRate('Tax revenue rose 9%.', 17, 19) // false
 */
export function isStandingRate(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (RATE_AFTER.test(sentence.slice(end, end + 40))) return true;
  if (!RATE_BEFORE.test(before)) return false;
  // "the standard 25%" is a rate only in a sentence about a levy
  return LEVY_WORD.test(sentence);
}

/** Words before a bare number that make it a rank or a label, not a quantity: "top 10", "No. 5", "Article 12". */
const LABEL_BEFORE =
  /(?:\b(?:top|rank(?:ed|s)?|number|no\.|place|position|level|grade|phase|stage|article|chapter|section|page|paragraph|point|item|round|group|part|line|version|room|route|block|unit|lot|tier|wave|season|episode|volume|vol\.|issue|edition|code|category|class|type|model|generation|gen)\s*|#)$/i;

/**
 * Whether the month of `period` (`YYYY-MM` or `YYYY-MM-DD`) ended before the month of `date`.
 *
 * @example monthEnded('2026-10-31', '2026-11-05') // true
 */
function monthEnded(period: string, date: string): boolean {
  return period.slice(0, 7) < date.slice(0, 7);
}

/** A dateline such as "date 2026-01-05" at the top of a text, when sources.csv does not give the date. */
const DATELINE = /^\s*(?:date|published|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;

/** The date a document gives for itself in its first line, or ''. */
export function datelineOf(text: string): string {
  return DATELINE.exec(text.slice(0, 200))?.[1] ?? '';
}

/** FNV-1a over UTF-16 code units, two seeds: a 16-hex-digit id that depends only on its input. */
export function stableId(input: string): string {
  const state = { a: 0x811c9dc5, b: 0x01000193 ^ 0x5bd1e995 };
  for (let i = 0; i < input.length; i++) mix(state, input.charCodeAt(i));
  return hex(state);
}

interface HashState {
  a: number;
  b: number;
}

function mix(state: HashState, c: number): void {
  state.a = Math.imul(state.a ^ c, 0x01000193) >>> 0;
  const b = Math.imul(state.b ^ c, 0x5bd1e995) >>> 0;
  state.b = b ^ (b >>> 15);
}

/** Two hex digits for each byte value: `toString(16).padStart` twice per claim was measurable. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return (
    HEX_BYTES[(n >>> 24) & 255]! +
    HEX_BYTES[(n >>> 16) & 255]! +
    HEX_BYTES[(n >>> 8) & 255]! +
    HEX_BYTES[n & 255]!
  );
}

function hex(state: HashState): string {
  return hex32(state.a) + hex32(state.b >>> 0);
}

/** Mixes the decimal digits of a whole number ≥ 0, as `String(n)` writes them. */
function mixDigits(state: HashState, n: number): void {
  let power = 1;
  while (power * 10 <= n) power *= 10;
  for (; power >= 1; power /= 10) mix(state, 48 + (Math.floor(n / power) % 10));
}

/**
 * The ids of one document's claims: `claimIds(id)(start, end)` is `stableId(`${id}\u0000${start}\u0000${end}`)`,
 * with the document id hashed once rather than for every claim.
 */
export function claimIds(sourceId: string): (start: number, end: number) => string {
  const prefix = { a: 0x811c9dc5, b: 0x01000193 ^ 0x5bd1e995 };
  for (let i = 0; i < sourceId.length; i++) mix(prefix, sourceId.charCodeAt(i));
  mix(prefix, 0);
  return (start, end) => {
    const state = { a: prefix.a, b: prefix.b };
    mixDigits(state, start);
    mix(state, 0);
    mixDigits(state, end);
    return hex(state);
  };
}

interface Candidate {
  mention: NumberMention;
  sentence: Sentence;
  paragraph: Paragraph;
  countPhrase?: string;
  countHead?: string;
  /** A list item's part of a count its intro states: that count's kind ("будет выделено … Из них:"). */
  partKind?: Claim['kind'];
}

/**
 * Every numeric claim in `text`.
 *
 * @example extractClaims('GDP grew 3.2% in 2023.', { id: 'doc', title: '', outlet: '', url: '', published: '2024-01-10' }, catalogue)
 *   // [{ metric: 'gdp_growth', value: 3.2, unit: 'percent', period: '2023', kind: 'actual', … }]
 */
export function extractClaims(
  text: string,
  source: SourceMeta,
  catalogue: MetricCatalogue,
): Claim[] {
  const ownDate = /^\d{4}-\d{2}-\d{2}$/.test(source.published)
    ? source.published
    : datelineOf(text);
  // an undated text is read as written at the end of the year it names as its own (context.ts)
  const inferredYear = ownDate ? NaN : referenceYear(text);
  const documentDate = ownDate || (Number.isFinite(inferredYear) ? `${inferredYear}-12-31` : '');
  const documentYear = documentDate ? Number(documentDate.slice(0, 4)) : NaN;
  // written in June to August about study: its grants are for an academic year still to come
  const admissionSeason =
    /^\d{4}-0[678]-/.test(ownDate) && ABOUT_STUDY.test(text.slice(0, 100_000));
  // without a title in sources.csv, a first line followed by a blank line is the headline
  const title = source.title || (/^([^\n]*)\r?\n[ \t]*\r?\n/.exec(text)?.[1] ?? '');
  // the headline's grammar is read once (it tags the headline) for the subject and the organisation
  const headline = headlineSubject(title, text);
  const subject =
    source.entity ||
    documentSubject(title, text, source.outlet, headline) ||
    source.defaultEntity ||
    UNKNOWN_ENTITY;
  // the organisation the headline is about, when the text is about it
  const organisation =
    subject === headlineName(title, text) ||
    (subject === headline.name && headline.kind === 'organisation')
      ? subject
      : '';
  const body = title && text.startsWith(title) ? text.slice(title.length) : text;
  // in a text about an organisation, the country whose government and programmes it names
  // (a place, never the organisation a Russian or Kazakh lead opens with), else its outlet's
  const inBody = organisation || ORGANISATIONS.has(subject) ? documentSubject('', body) : '';
  const home =
    organisation || ORGANISATIONS.has(subject)
      ? (ORGANISATIONS.has(inBody) ? '' : inBody) ||
        mostNamedCountry(body) ||
        documentSubject('', '', source.outlet) ||
        agencyCountry(source.outlet)
      : '';
  // in a text about a city or region, the country it is in: what "nationwide" figures are about
  // (as `pointedEntity` reads "по стране" in Russian and Kazakh)
  const nation = home
    ? ''
    : isLocalPlace(subject.replace(/ region$/, ' Region'))
      ? 'Kazakhstan'
      : / region$/.test(subject) || NEIGHBOUR_CITY_NAMES.has(subject)
        ? (CAPITAL_OF.get(subject) ?? mostNamedCountry(body))
        : '';
  // the two countries whose flows the headline is about, if any
  const flowEnds = documentPair(title);
  // the part of the world the headline names ("Central Asia"): what "the region" refers to
  const headlineRegion = headlineWorldRegion(title);
  // the organisations of a kind ("bank") the text names, found once, when a clause opens with one
  const ofKind: Record<string, PlaceMention[]> = {};
  // the organisations the text names, found once, when a sentence first speaks of "the company"
  let organisations: PlaceMention[] | undefined;
  // the one state fund the text names, which "the fund" stands for (`owner.ts`)
  const textFund = textStateFund(text);
  /** Whether the headline speaks of a budget. */
  const budgetTitle = BUDGET_WORD.test(title);
  // the organisations it names that no table lists, found once, when a sentence opens with a name
  let discovered: NamedOrganisation[] | undefined;
  // the pair whose trade the text last measured: "bilateral trade" further on is theirs
  let lastPair = '';
  // …but in a text whose headline is about a pair's trade, trade no sentence places is that pair's
  let headlinePair = flowEnds.length === 2 ? flowEnds.join('-') : '';
  const headlineEnd = title && text.startsWith(title) ? title.length : 0;
  // the development bank a Russian or Kazakh text names first, when "банк" lends in a sentence
  let lender: string | undefined;
  // whether the lead's first figure is the headline pair's: then the text is about that pair
  let pairLead: boolean | undefined;
  // the region a Russian or Kazakh text named last: "в регионе" further on is that one
  let lastRegion = '';
  // the text's named programmes, read when a sentence first needs them; and where the paragraph
  // before the current one starts, as far back as "the programme" looks for its name
  let programmes: ProgrammeMention[] | undefined;
  let paragraphBefore = 0;
  let paragraphStart = 0;
  // what `clauseOwner` looks up: the subject, and the words the text writes in lower case
  // one search of the text per word asked about: a set of all its words cost more (0.4 ms a
  // document) than the few words a document is asked about
  const lowerWords = new Map<string, boolean>();
  const midSentence = new Map<string, boolean>();
  const people = new Map<string, boolean>();
  const owners: OwnerContext = {
    subject,
    text,
    organisation: organisation || (ORGANISATIONS.has(subject) ? subject : ''),
    lowerCase: (word) => {
      const lower = word.toLowerCase();
      let written = lowerWords.get(lower);
      if (written === undefined) {
        written = writtenInLowerCase(text, lower);
        lowerWords.set(lower, written);
      }
      return written;
    },
    namedMidSentence: (name) => {
      let named = midSentence.get(name);
      if (named === undefined) {
        const at = new RegExp(String.raw`\p{Ll},?[ \t]+${escapeRegExp(name)}\b`, 'u');
        midSentence.set(name, (named = at.test(text)));
      }
      return named;
    },
    person: (name) => {
      let titled = people.get(name);
      if (titled === undefined) {
        const escaped = escapeRegExp(name);
        const at = new RegExp(String.raw`\b${PERSON_TITLES}\s+(?:\p{Lu}\S*\s+)?${escaped}\b`, 'u');
        people.set(name, (titled = at.test(text)));
      }
      return titled;
    },
  };
  // words the text writes as a name: capitalised after a lower-case word and never in lower case
  // ("said Orelight"), or an organisation's name or acronym the table of names knows ("ADB");
  // a commodity ("Brent") is what a price measures, not whose it is
  const asNames = new Map<string, boolean>();
  const writtenAsName = (word: string): boolean => {
    let named = asNames.get(word);
    if (named === undefined) {
      const capitalised = `${word[0]!.toUpperCase()}${word.slice(1)}`;
      const known = [capitalised, word.toUpperCase()].find(
        (form) => canonicalEntity(form) !== form || ORGANISATIONS.has(form),
      );
      named =
        !NAMES_A_COMMODITY.test(word) &&
        /^\p{L}+$/u.test(word) &&
        (known !== undefined || (!owners.lowerCase(word) && owners.namedMidSentence(capitalised)));
      asNames.set(word, named);
    }
    return named;
  };
  const claims: Claim[] = [];
  const idOf = claimIds(source.id);
  const passages = new Passages(text, documentDate);
  const tables = findTables(text, documentDate);
  let tableIndex = 0;
  // the last paragraph that gave claims: what a list item naming nothing continues
  let lastBlock: ClaimBlock | null = null;
  for (const paragraph of paragraphsOf(text, false)) {
    if (paragraph.furniture) continue;
    paragraphBefore = paragraphStart;
    paragraphStart = paragraph.start;
    const passage = passages.enter(paragraph.start, paragraph.end, paragraph.language);
    while (tableIndex < tables.length && tables[tableIndex]!.end <= paragraph.start) tableIndex++;
    const table = tables[tableIndex];
    if (table && table.start <= paragraph.start) {
      // a table's lines give one claim per cell, all when its caption is reached
      if (table.start === paragraph.start)
        for (const cell of table.cells)
          claims.push(
            tableClaim(table, cell, catalogue, { source, ownDate, subject, passage, idOf }),
          );
      continue;
    }
    // findNumbers returns new objects: moving them to document offsets in place spares a copy of each
    const mentions = findNumbers(paragraph.text, paragraph.language);
    for (const mention of mentions) {
      mention.start += paragraph.start;
      mention.end += paragraph.start;
    }
    if (mentions.length === 0) continue;
    paragraph.sentences = splitSentences(text, paragraph.start, paragraph.end);
    const candidates: Candidate[] = [];
    // the claims this paragraph gives start here (no per-paragraph pass over the whole document)
    const paragraphFirst = claims.length;
    // whether the paragraph or the headline speaks of a budget, read once for the paragraph's sums
    // rather than once per sum (BUDGET_WORD, case-blind and Unicode, is slow over a paragraph: 0.8%
    // of the samples on the bench corpus); CPU 0.97x, median of 5 interleaved runs on 2.6 MB, load 11
    let budgetSpoken: boolean | undefined;
    for (const [index, mention] of mentions.entries()) {
      const item = candidate(
        text,
        mention,
        paragraph,
        candidates,
        mentions.slice(index + 1, index + 4),
        claims,
      );
      if (item) candidates.push(item);
    }
    // time expressions are read per sentence only when needed: most sentences carry no figure
    const placedCache: (PlacedTime[] | undefined)[] = [];
    const placed: LazyPlaced = {
      count: paragraph.sentences.length,
      at: (index) =>
        (placedCache[index] ??= placeTimes(
          text,
          paragraph.sentences[index]!,
          findTimeExpressions(paragraph.sentences[index]!.text, documentDate, paragraph.language),
          mentionsOf(candidates, paragraph.sentences[index]!),
          paragraph.language,
        )),
      borrowed: new Map(),
    };
    const byMention = new Map<NumberMention, Claim>();
    const perSentence = new Map<Sentence, SentenceCache>();
    // sentences that gave a good's price as a sum per traded unit
    const pricedIn = new Set<Sentence>();
    // the other country this paragraph last gave a figure of: "экономика республики" further on
    let lastCountry = '';
    for (const item of candidates) {
      const { mention, sentence } = item;
      const sentenceIndex = paragraph.sentences.indexOf(sentence);
      const at = mention.start - sentence.start;
      const atEnd = mention.end - sentence.start;
      // a figure whose sentence and paragraph give no period takes its heading's or list intro's
      // a standing rate ("a 7.5% turnover tax") is of no period unless its own sentence dates it
      const standing =
        mention.unit === 'percent' &&
        // "…, exempt from profit tax until 2040": how long a regime lasts dates no rate
        placed.at(sentenceIndex).every((p) => p.time.deadline && p.time.start >= atEnd) &&
        isStandingRate(sentence.text, at, atEnd);
      const own = standing
        ? null
        : periodFor(
            placed,
            sentenceIndex,
            sentence,
            rangeEndDated(text, mention, mentions, sentence, paragraph.language, (end) =>
              placed.at(sentenceIndex).some((p) => p.owner === end && !p.base),
            ) ?? mention,
            paragraph.language,
            documentYear,
          );
      // "Under a programme to connect 500 villages by 2027, the firm laid 900 km": a deadline in a
      // phrase set before the main clause is that phrase's, not a figure the main clause reports
      const fronted = own !== null && isFrontedDeadline(sentence.text, own, at);
      const dated = standing
        ? null
        : shiftYearBefore(
            (fronted ? null : own) ??
              (passage.period &&
              fitsTense(
                sentenceTense(sentence.text, paragraph.language),
                Number(passage.period.slice(0, 4)),
                documentYear,
              )
                ? timeExpression(0, 0, passage.period, false, false)
                : null) ??
              samePeriod(paragraph.language, sentence.text, claims, passage.back),
            paragraph.language,
            sentence.text,
            at,
            atEnd,
            documentDate,
          );
      // "Нацбанк снизил базовую ставку до 15,5%": a rate set at a decision takes the decision's
      // day as the text writes it ("on Wednesday", "Сегодня", the release's dateline), else the
      // year the text was published, never a month its paragraph borrows from an inflation
      // figure (gold README, Period, 7 December 2026)
      const ownInSentence = own !== null && placed.at(sentenceIndex).some((p) => p.time === own);
      const decided =
        !standing &&
        !!ownDate &&
        !passages.isHeadingAt(mention.start) &&
        (!ownInSentence ||
          (own.relative && !!DECISION_DAYS[paragraph.language]?.today.test(sentence.text))) &&
        !!RATE_DECISIONS[paragraph.language]?.test(sentence.text);
      const decisionDate = decided
        ? decisionDay(
            paragraph.sentences.slice(sentenceIndex, sentenceIndex + 2).map((s) => s.text),
            text.slice(0, 400),
            ownDate,
            paragraph.language,
          )
        : '';
      // "About Astana Hub … The park's campus covers 25,000 square metres": a standing description
      // states the present, not a founding year or headline period its sentence does not write
      const standingNow = !!passage.standing && !!ownDate && !ownInSentence && !standing;
      const time = decided
        ? timeExpression(0, 0, decisionDate || ownDate.slice(0, 4), false, true)
        : standingNow
          ? timeExpression(0, 0, ownDate.slice(0, 4), false, true)
          : dated;
      const periodYear = time?.period ? Number(time.period.slice(0, 4)) : NaN;
      let cached = perSentence.get(sentence);
      if (!cached)
        perSentence.set(
          sentence,
          (cached = {
            places: subjectPlaces(
              sentence.text,
              headlineRegion && paragraph.language !== 'ru' && paragraph.language !== 'kk'
                ? regionReferences(sentence.text, findPlaces(sentence.text), headlineRegion)
                : findPlaces(sentence.text),
              organisation,
            ),
            phrases: findMetricPhrases(catalogue, sentence.text),
            text: taggedPart(sentence, candidates),
          }),
        );
      const places =
        paragraph.language === 'ru' || paragraph.language === 'kk'
          ? ownClauses(
              sentence.text,
              atEnd,
              beforeBreakdown(sentence.text, atEnd, throughTerritory(sentence.text, cached.places)),
            )
          : cached.places;
      // a catalogue phrase names the figures of its own clause only
      const [clauseStart, clauseEnd] = clauseAround(sentence.text, at);
      const cyrillicText = paragraph.language === 'ru' || paragraph.language === 'kk';
      // "ВВП на душу населения — 14 930 долларов": an item's figure after a dash is named before it
      const phraseStart = cyrillicText
        ? dashItemStart(sentence.text, clauseStart, at)
        : clauseStart;
      const chosen = chooseMetric(
        cached.phrases.filter(
          (m) =>
            m.start >= phraseStart &&
            m.end <= clauseEnd &&
            // "экспорт достиг 1,6 млрд, импорт составил …": past a comma, the next figure's subject
            !(
              cyrillicText &&
              m.start >= atEnd &&
              /[,;]/.test(sentence.text.slice(atEnd, m.start))
            ) &&
            // "122 университета и 350 колледжей", "тысячи преподавателей из 118 вузов": a phrase
            // another figure counts is that figure's, not that of a count with its own noun
            !(
              cyrillicText &&
              mention.unit === 'count' &&
              !!item.countPhrase &&
              sentence.text.slice(atEnd, atEnd + 40).includes(item.countPhrase) &&
              // "420 стартап өтті, оның 95-і …": a part of what the other figure counts is of it
              !PART_OF_COUNTED.test(sentence.text.slice(Math.max(0, at - 16), at)) &&
              countedByOther(sentence.text, m.start, at, atEnd)
            ),
        ),
        at,
        atEnd,
        mention.unit,
        sentence.text,
        item.countHead ?? '',
      );
      // "…and spending at 29.6 trillion", "Расходы исполнены в сумме …": in a passage about a
      // budget, a bare flow noun names the budget's expenditure or revenue, unless a catalogue
      // phrase stands between it and the figure
      const flow =
        unitClass(mention.unit) === 'currency' &&
        (budgetSpoken ??= BUDGET_WORD.test(paragraph.text) || budgetTitle)
          ? budgetFlow(sentence.text, phraseStart, at)
          : null;
      const flowEntry =
        flow && !(chosen && chosen.start >= flow.end && chosen.end <= at)
          ? catalogue.entries.find((entry) => entry.metric === `budget_${flow.flow}`)
          : undefined;
      const metric = flowEntry ? { entry: flowEntry, start: flow!.end, end: flow!.end } : chosen;
      const named = metric
        ? null
        : paragraph.language === 'ru' || paragraph.language === 'kk'
          ? nameByCyrillicPhrase(catalogue, sentence.text, item, at, atEnd, paragraph.language)
          : nameByPhrase(catalogue, cached, sentence.text, item, at, atEnd, writtenAsName);
      // "Доля стран ЕАЭС во внешней торговле составила 19,4%": a catalogue metric's share; a
      // fraction written as a word ("a quarter of", "более половины") is a part of a whole,
      // unless it is a change ("rose by a fifth", "выросла на треть")
      // "из них 80%", "экспорттың 85 пайызы": a Russian or Kazakh part of a whole
      const part =
        cyrillicText && mention.unit === 'percent'
          ? cyrillicPartOf(sentence.text, at, atEnd, mention.text)
          : '';
      const share =
        mention.unit === 'percent' &&
        (part !== '' ||
          (mention.form === 'fraction' &&
            !CHANGE_BY_BEFORE.test(sentence.text.slice(Math.max(0, at - 20), at))) ||
          isShare(sentence.text, at, atEnd) ||
          continuesShareList(claims.at(-1), metric?.entry ?? named?.entry, text, mention.start) ||
          (cyrillicText &&
            !!(metric?.entry ?? named?.entry) &&
            (CYRILLIC_SHARE.test(sentence.text.slice(clauseStart, at)) ||
              // "из которых на нефть и газ пришлось 88%": the part that falls to one of its parts
              isApportionedPart(sentence.text, at, atEnd))) ||
          // "крупнейшие рынки – США (22%)", "46% рынка": a percentage of a market is a share of it
          (cyrillicText &&
            !!named &&
            !named.entry &&
            marketShare(named.label, sentence.text, at, atEnd, paragraph.language as 'ru' | 'kk')));
      const entry = share
        ? shareOf(metric?.entry ?? named?.entry)
        : growthOf(metric?.entry ?? named?.entry, mention.unit, sentence.text, at, atEnd);
      const cyrillic = paragraph.language === 'ru' || paragraph.language === 'kk';
      // Russian and Kazakh trade pairs have their own forms (`cyrillic-entities.ts`)
      const pair = cyrillic
        ? cyrillicTradePair(
            sentence.text,
            at,
            atEnd,
            places,
            subject,
            lastPair,
            paragraph.sentences[sentenceIndex - 1]?.text ?? '',
          )
        : places.length > 0
          ? tradePair(sentence.text, at, atEnd, places, subject)
          : '';
      // a route's ends ("China-Europe") are no pair "двух стран" points back at
      if (pair && isCountryPair(pair)) lastPair = pair;
      // "China-Central Asia trade rises …": the pair a headline's own figure is about
      if (pair && !headlinePair && mention.end <= headlineEnd) headlinePair = pair;
      if (cyrillic) {
        const local = places.find((p) => isLocalPlace(p.entity));
        if (local) lastRegion = local.entity;
      }
      // a catalogue metric of one park's residents ("число резидентов", "из них 1 180") is the
      // residents' own park: the one the text named last
      const host =
        cyrillic && entry?.entity && isResidentHost(entry.entity)
          ? hostBefore(() => (organisations ??= namedOrganisations(text)), mention.start)
          : '';
      // a catalogue metric that is the World's ("AI market") measured in a place the sentence
      // names before it ("Өзбекстанда жасанды интеллект нарығы", "In Georgia, the AI market")
      // is that place's, unless its phrase says global, which the place tables read as the
      // World in any language ("global AI market", "мировой рынок", "әлемдік") (rule 1 before
      // the catalogue's entity)
      const worldOfPlace =
        entry?.entity === 'World' &&
        metric !== null &&
        metric !== undefined &&
        !places.some(
          (p) => p.entity === 'World' && p.start >= metric.start && p.end <= metric.end,
        ) &&
        places.some((p) => !p.partner && p.entity !== 'World' && p.end <= at);
      // a named programme's own figures (rule 2), except in a text about a city or region,
      // whose own share of a programme they are (rule 1)
      const programmeFigure = (placesOfFigure: readonly PlaceMention[]): ProgrammeFigure => ({
        sentence: sentence.text,
        sentenceStart: sentence.start,
        at,
        atEnd,
        language: paragraph.language,
        places: placesOfFigure,
        programmes: (programmes ??= namedProgrammes(text)),
        backTo: paragraphBefore,
        previousOwner: claims[claims.length - 1]?.entity ?? '',
      });
      const ownProgramme = (): string =>
        isLocalPlace(subject) ? '' : programmeOwner(programmeFigure(places));
      // "the Tech Orda programme, run by Astana Hub, has issued 11,300 grants": the programme's
      // own figures, not its runner's, whom the apposition names (rule 2)
      const runProgramme = (): string => {
        const runBy = ENGLISH_RUN_BY.exec(sentence.text.slice(0, at));
        if (!runBy || isLocalPlace(subject)) return '';
        const runByEnd = runBy.index + runBy[0].length;
        return programmeOwner(
          programmeFigure(places.filter((p) => p.end <= runBy.index || p.start >= runByEnd)),
        );
      };
      // "Экспорт резидентов … Основные рынки: США (27%)": a market's share of a park's residents'
      // exports is the park's (rule 5, fourth session), not the market's nor a pair's
      const marketOfResidents =
        cyrillic &&
        mention.unit === 'percent' &&
        residentsMarketShare(
          sentence.text,
          at,
          places,
          paragraph.sentences[sentenceIndex - 1]?.text ?? '',
          isResidentHost(subject),
        )
          ? hostBefore(() => (organisations ??= namedOrganisations(text)), mention.start) ||
            (isResidentHost(subject) ? subject : '')
          : '';
      const found =
        host ||
        marketOfResidents ||
        (worldOfPlace ? '' : entry?.entity) ||
        pair ||
        (cyrillic
          ? cyrillicPriceEntity(sentence.text, at, atEnd, mention.unit, currencyCountry)
          : '') ||
        (cyrillic
          ? lenderOwn(
              sentence.text,
              at,
              places,
              isOrganisation,
              () => (lender ??= namedLender(text)),
            )
          : '') ||
        (cyrillic && places.length === 0
          ? pointedEntity(sentence.text, lastRegion, subject, lastCountry, home)
          : '') ||
        (cyrillic ? ownProgramme() : '') ||
        (cyrillic ? latinOwner(sentence.text, at, atEnd, places) : '') ||
        (cyrillic && places.every((p) => p.partner) && sentenceIndex > 0
          ? pronounReferent(
              sentence.text,
              at,
              paragraph.sentences[sentenceIndex - 1]!.text,
              lastIn(claims, paragraph.sentences[sentenceIndex - 1]!)?.entity ?? '',
              (firstIn(claims, sentence)?.quote_start ?? mention.start) - sentence.start,
            )
          : '') ||
        (cyrillic ? '' : runProgramme()) ||
        // "… 1,950 companies. Together they employ 36,000 people", "Their revenue grew 31%": the
        // owner of the sentence before's first figure, whose members or firms "they" are, not
        // of a part it singles out after ("…, 14 of them in Almaty") (rules 1, 2)
        (!cyrillic &&
        sentenceIndex > 0 &&
        THEY_OPENING.test(sentence.text) &&
        places.every((p) => p.partner || p.start >= at)
          ? (firstIn(claims, paragraph.sentences[sentenceIndex - 1]!)?.entity ?? '')
          : '') ||
        (cyrillic
          ? ''
          : clauseOwner(
              sentence.text,
              at,
              atEnd,
              owners,
              () => (cached.tokens ??= tagSentence(cached.text)),
              (kind) =>
                headlineOrLastBefore(
                  (ofKind[kind] ??= organisationsOfKind(text, kind)),
                  mention.start,
                  title,
                  text,
                ),
            )) ||
        (cyrillic
          ? ''
          : sentenceOrganisation(
              sentence.text,
              at,
              () => (discovered ??= namesOfOrganisations(text, subject)),
            )) ||
        (cyrillic
          ? ''
          : programmeBefore(
              sentence.text,
              at,
              sentence.start,
              () => (discovered ??= namesOfOrganisations(text, subject)),
            )) ||
        (cyrillic ? '' : ownProgramme()) ||
        (cyrillic ? respectiveCyrillic(sentence.text, at, atEnd, places) : '') ||
        (cyrillic && mention.unit === 'percent'
          ? shareHolder(sentence.text, at, atEnd, places)
          : '') ||
        // "Tajik migrants in Russia numbered 640,000": people are their own country's
        (cyrillic || unitClass(mention.unit) === 'currency' || mention.unit === 'percent'
          ? ''
          : peopleAbroad(sentence.text, places, subject)) ||
        entityFor(sentence.text, at, atEnd, places, subject) ||
        (places.length === 0 && (headlinePair || lastPair) && tradeOfPair(sentence.text)
          ? headlinePair || lastPair
          : '') ||
        subjectOrganisation(
          organisationBefore(
            sentence.text,
            () => (organisations ??= namedOrganisations(text)),
            mention.start,
            () => (discovered ??= namesOfOrganisations(text, subject)),
            sentence.start,
          ),
          cyrillic && places.length === 0 ? owners.organisation : '',
          () =>
            (organisations ??= namedOrganisations(text)).filter(
              (o) => o.start >= paragraph.start && o.start < mention.start,
            ),
        ) ||
        residentsHost(
          sentence.text,
          () => (organisations ??= namedOrganisations(text)),
          mention.start,
          sentence.start,
        ) ||
        (home &&
        (GOVERNMENT.test(sentence.text.slice(0, at).split(',').pop()!) ||
          NATIONWIDE.test(sentence.text))
          ? home
          : '') ||
        // "Nationwide, investment rose 4.7%", "against 4.7% for the country as a whole" in a text
        // about a region: the country's figure (rule 1); in English also what the government
        // expects and the figures of the republican budget, not the city's (rule 3)
        (nation &&
        (NATIONWIDE.test(sentence.text) ||
          NATIONWIDE_AFTER.test(sentence.text.slice(atEnd)) ||
          // "transfers … to local budgets", «местным бюджетам», «жергілікті бюджеттерге»: the
          // local budgets as a whole are the country's (Entity rule 5, fifth session)
          LOCAL_BUDGETS_ALL.test(sentence.text) ||
          (!cyrillic &&
            (NATIONAL_BUDGET.test(sentence.text) ||
              GOVERNMENT_EXPECTS.test(sentence.text.slice(0, at).split(',').pop()!))))
          ? nation
          : '') ||
        // "venture investment into Kazakh startups", "unicorns from Kazakhstan": in a text about
        // an organisation, its country written as a destination or origin is still the country
        (home && places.some((p) => p.partner && p.entity === home) ? home : '') ||
        // under a Russian or Kazakh heading that names a place, that place's figures
        (cyrillic && passage.place) ||
        // a Russian or Kazakh text whose headline and lead measure a pair's trade: a figure that
        // names no place is the pair's (rules 5 and 6)
        (cyrillic &&
          places.length === 0 &&
          pairLead &&
          namesAFlow(sentence.text) &&
          headlinePair) ||
        // in a text about a part of the world or a forecaster, a sentence that names no place
        // but a country's own currency is about that country (rules 3 and 6)
        (cyrillic ||
        places.length > 0 ||
        !(WORLD_REGIONS.includes(subject) || FORECASTER.test(subject))
          ? ''
          : nationalCurrencyCountry(sentence.text, mention.unit)) ||
        subject;
      // in a text about an organisation, the countries it operates in are where, not whom
      const owner =
        cyrillic && !entry?.entity && !pair
          ? organisationWhere(sentence.text, places, found, subject, isOrganisation)
          : found;
      const fullest = ORGANISATIONS.has(owner)
        ? fullestName(owner, (organisations ??= namedOrganisations(text)))
        : owner;
      // one country investing in another: the pair (Russian and Kazakh, `cyrillic-entities.ts`)
      const invested =
        !entry?.entity && (paragraph.language === 'ru' || paragraph.language === 'kk')
          ? investmentPair(sentence.text, places, fullest, subject)
          : passage.partners && partnerItem(fullest, places, subject)
            ? pairName(subject, fullest, subject)
            : fullest;
      // a partner's or market's share of the subject's trade is the pair's (`cyrillic-entities.ts`)
      // a state fund's transfer is the fund's own payout, whoever receives it (rule 5)
      const owned =
        fundTransferOwner(
          sentence.text,
          at,
          atEnd,
          paragraph.sentences[sentenceIndex - 1]?.text ?? '',
          textFund,
        ) ||
        (cyrillic && !entry?.entity && !pair && !marketOfResidents && invested === fullest
          ? partnerPair(sentence.text, at, places, invested, subject)
          : invested);
      // a world price a budget assumes is the budget's country's or city's (rule 5): the one
      // the sentence names ("the budget of Kazakhstan"), else the text's
      const entity =
        owned === 'World' && budgetAssumes(sentence.text, at, passage.budget || budgetTitle)
          ? places.find((p) => !p.partner && isFlowEnd(p.entity))?.entity ||
            (isFlowEnd(subject) || isLocalPlace(subject) ? subject : '') ||
            home ||
            nation ||
            owned
          : owned;
      if (cyrillic && places[0] && !places[0].partner && places[0].entity === entity)
        lastCountry = otherCountry(entity, subject);
      // the lead's first figure says whether the text is about its headline's pair
      if (pairLead === undefined && headlineEnd > 0 && mention.start >= headlineEnd)
        pairLead = headlinePair !== '' && entity === headlinePair;
      const shareOfPhrase =
        share &&
        named &&
        !named.entry &&
        !isJunkLabel(named.label) &&
        named.label !== UNLABELLED_LABEL
          ? named.label
          : '';
      const label = !shareOfPhrase
        ? (named?.label ?? '')
        : paragraph.language === 'ru' || paragraph.language === 'kk'
          ? cyrillicShareLabel(shareOfPhrase, paragraph.language)
          : shareLabel(shareOfPhrase, sentence.text, at);
      const claim: Claim = {
        id: idOf(mention.start, mention.end),
        metric: entry
          ? entry.metric
          : paragraph.language === 'ru' || paragraph.language === 'kk'
            ? shareOfPhrase
              ? shareSlug(
                  cyrillicSlug(
                    shareOfPhrase,
                    paragraph.language,
                    'count',
                    sentence.text,
                    at,
                    atEnd,
                  ),
                )
              : cyrillicSlug(label, paragraph.language, mention.unit, sentence.text, at, atEnd)
            : slugify(transliterate(label)),
        metric_label: entry ? entry.label : label.charAt(0).toUpperCase() + label.slice(1),
        metric_source: metric || named?.entry ? 'catalogue' : 'phrase',
        entity,
        period: time?.period ?? '',
        value: mention.value,
        unit: mention.unit,
        unit_label: item.countHead ?? '',
        qualifier: mention.qualifier,
        kind: listedKind(item.partKind, {
          sentence: sentence.text,
          at,
          atEnd,
          periodYear,
          deadline: time?.deadline ?? false,
          documentYear,
          passage: passage.kind,
          budget: passage.budget,
          language: paragraph.language,
          stateDay: !!ownDate && time?.period.length === 10 && time.period <= ownDate,
          // the sentence's own time, not one borrowed from its paragraph
          dated: own !== null && placed.at(sentenceIndex).some((p) => p.time === own),
          headline: passages.isHeadingAt(mention.start),
          quantity: mention.unit === 'count',
          admissionSeason,
          periodEnded:
            !!documentDate &&
            (time?.period.length ?? 0) >= 7 &&
            monthEnded(time!.period, documentDate),
        }),
        source_id: source.id,
        source_date: ownDate,
        source_outlet: source.outlet,
        source_url: source.url,
        quote: sentence.text,
        quote_start: mention.start,
        quote_end: mention.end,
        related_id: '',
      };
      // "they stood at $1 billion": a sentence that names nothing measures what the one before did
      const previous = claims[claims.length - 1];
      // "Это на 9,6% больше", "Бұл көрсеткіш …": a Russian or Kazakh figure that points back
      // "…1,04 млрд долларов, из которых 94%": the share of the level named just before
      // "Оның 2 200-і бакалавриатқа", "27 new schools, of them nine in rural areas": a part with
      // no noun of its own counts what its whole, the figure before, counts
      const ownless =
        claim.unit !== 'percent' &&
        claim.unit !== 'multiple' &&
        isOwnlessPart(sentence.text, at, atEnd, mention.text);
      const back =
        part === 'anaphor' || ownless
          ? 'part'
          : cyrillic && (claim.metric === UNLABELLED || isJunkLabel(claim.metric_label))
            ? cyrillicBackReference(sentence.text, at, atEnd)
            : '';
      const pointed = back ? pointedBack(claims, claim, back) : null;
      // a count's whole is counted too: a sum before it is no whole of it
      const referent =
        ownless && pointed && unitClass(pointed.unit) !== unitClass(claim.unit) ? null : pointed;
      // "$0.9 billion (-2.1%)", "$780 billion, up 7.9%": the change of the level before it
      const changeOfPrevious =
        claim.metric_source === 'phrase' &&
        claim.unit === 'percent' &&
        previous !== undefined &&
        previous.quote === claim.quote &&
        previous.unit !== 'percent' &&
        previous.unit !== 'multiple' &&
        (CHANGE_AFTER.test(text.slice(previous.quote_end!, claim.quote_start!)) ||
          // "produced 2.8 million tonnes of steel, about 11% more than a year earlier"
          (COMPARED_GAP.test(text.slice(previous.quote_end!, claim.quote_start!)) &&
            isComparedChange(sentence.text, at, atEnd)) ||
          (/^[-+−]/.test(mention.text) &&
            /^\s*[,(]\s*$/.test(text.slice(previous.quote_end!, claim.quote_start!))));
      // "- Uzbekistan: 6.3% and 9.8%" under "- Kazakhstan: GDP growth of 4.7%, inflation of 8.5%"
      const listed =
        !referent && !changeOfPrevious && claim.metric === UNLABELLED && lastBlock
          ? listedLike(text, paragraph, lastBlock, claims, claim)
          : null;
      const measured =
        !referent && !listed && claim.metric === UNLABELLED
          ? (lastMeasured(claims, claim, paragraph.start, share) ??
            // "…covering 41% of the urban population.¶The plan is to reach 75% by 2026.": the
            // paragraph right before, when this one has no figure before it to take the measure of
            (lastBlock && text.slice(lastBlock.end, paragraph.start).trim() === ''
              ? lastMeasured(claims, claim, lastBlock.claims[0]!.quote_start!, share)
              : null))
          : null;
      if (listed) {
        claim.metric = listed.metric;
        claim.metric_label = listed.metric_label;
        claim.metric_source = listed.metric_source;
      } else if (referent) {
        const level = referent.unit !== 'percent';
        const growth =
          back === 'change' && level
            ? claim.unit === 'percent'
              ? '_growth'
              : claim.unit === 'multiple'
                ? '_growth_multiple'
                : ''
            : level && claim.unit === 'percent'
              ? '_share'
              : '';
        const base = referent.metric.replace(/_growth(?:_multiple)?$/, '');
        const baseLabel = referent.metric_label.replace(/ growth(?: multiple)?$/, '');
        claim.metric = `${base}${growth}`;
        claim.metric_label =
          growth === '_share' && cyrillic && /[\u0400-\u04ff]/.test(baseLabel)
            ? cyrillicShareLabel(baseLabel, paragraph.language as 'ru' | 'kk')
            : `${baseLabel}${growth.replace(/_/g, ' ')}`;
        claim.metric_source = referent.metric_source;
        if (places.length === 0 && !entry?.entity) claim.entity = referent.entity;
      } else if (!measured && named?.unlessNone) {
        // no figure before it in its paragraph to take the measure of: the rank's words at least
        claim.metric = slugify(transliterate(named.unlessNone));
        claim.metric_label = named.unlessNone.charAt(0).toUpperCase() + named.unlessNone.slice(1);
      } else if (measured) {
        // "Kazakhstan accounted for $187 million, or 60% of the total": the level, or its share
        const ofLevel = share && measured.unit !== 'percent';
        claim.metric = ofLevel ? `${measured.metric}_share` : measured.metric;
        claim.metric_label = ofLevel ? shareLabel(measured.metric_label) : measured.metric_label;
        claim.metric_source = measured.metric_source;
      } else if (changeOfPrevious) {
        // "exported $170 million of services, up 38%": the change of the figure before it
        const level = previous!;
        claim.metric = /_growth$/.test(level.metric) ? level.metric : `${level.metric}_growth`;
        claim.metric_label = / growth$/.test(level.metric_label)
          ? level.metric_label
          : `${level.metric_label} growth`;
        claim.metric_source = level.metric_source;
      } else if (
        claim.metric_source === 'phrase' &&
        claim.unit === 'multiple' &&
        previous &&
        previous.quote === claim.quote &&
        (previous.unit === 'count' || unitClass(previous.unit) === 'currency') &&
        MULTIPLE_AFTER.test(text.slice(previous.quote_end!, claim.quote_start!)) &&
        !RATIO_TO.test(text.slice(claim.quote_end!, claim.quote_end! + 40))
      ) {
        // "raised $310 million in 2025, 2.3 times more than a year earlier": how the level grew
        const base = previous.metric.replace(/_growth$/, '');
        claim.metric = `${base}_growth_multiple`;
        claim.metric_label = `${previous.metric_label.replace(/ growth$/, '')} growth multiple`;
        claim.metric_source = previous.metric_source;
      }
      // "…, вторичного — 462 тыс. тенге", "…, в Алматы — 805 тыс.": a list item set apart from
      // the figure before it only by an adjective, a place or a time measures what that one does
      if (
        paragraph.language === 'ru' &&
        !referent &&
        !listed &&
        claim.metric_source === 'phrase' &&
        previous?.quote === claim.quote &&
        unitClass(previous.unit) === unitClass(claim.unit)
      ) {
        const previousStart = previous.quote_start! - sentence.start;
        const ellipsis = russianEllipsis(
          sentence.text,
          at,
          previousStart,
          previous.quote_end! - sentence.start,
        );
        if (ellipsis)
          Object.assign(
            claim,
            ellipticalMetric(ellipsis, previous, sentence.text, previousStart, catalogue),
          );
      }
      // "1,2 трлн тенге (около 2,3 млрд долларов по среднегодовому курсу)": a sum converted at an
      // exchange rate is the sum before it, in another currency
      if (
        cyrillic &&
        !referent &&
        previous?.quote === claim.quote &&
        unitClass(previous.unit) === 'currency' &&
        unitClass(claim.unit) === 'currency' &&
        previous.unit !== claim.unit &&
        AT_EXCHANGE_RATE.test(sentence.text.slice(atEnd, atEnd + 40))
      ) {
        claim.metric = previous.metric;
        claim.metric_label = previous.metric_label;
        claim.metric_source = previous.metric_source;
      }
      // "на 0,6 п.п.", "исполнен на 98,6%", "в 1,6 раза выше средней": what of its metric it is
      const writtenMeasure = cyrillic
        ? cyrillicMeasureSuffix(sentence.text, at, atEnd, mention.text)
        : OF_PLAN.test(sentence.text.slice(atEnd, atEnd + 40)) && mention.unit === 'percent'
          ? '_execution'
          : '';
      // "collected 1.52 trillion tenge in taxes, or 97.6% of the plan": the plan of the level before
      if (
        writtenMeasure === '_execution' &&
        !cyrillic &&
        previous?.quote === claim.quote &&
        unitClass(previous.unit) === 'currency'
      ) {
        claim.metric = previous.metric;
        claim.metric_label = previous.metric_label;
        claim.metric_source = previous.metric_source;
      }
      // how much of a plan was done is a result, whatever plan word is near
      if (writtenMeasure === '_execution') claim.kind = 'actual';
      // «снизил ставку на 0,5 п.п.»: a rate moved by points is the rate's growth (README, Metric)
      const measure =
        writtenMeasure === '_change_pp' && isPolicyRate(claim.metric.replace(MEASURED_SUFFIX, ''))
          ? '_growth'
          : writtenMeasure;
      if (measure && !claim.metric.endsWith(measure)) {
        claim.metric = `${claim.metric.replace(MEASURED_SUFFIX, '')}${measure}`;
        if (claim.metric_source === 'catalogue' || (!cyrillic && measure === '_execution')) {
          const base = claim.metric_label.replace(DERIVED_LABEL, '');
          claim.metric_label = `${base} ${MEASURE_LABELS[measure]}`;
        }
      }
      // "- mining and quarrying: 19.8 trillion tenge, index 103.9%": a list item's figure measures
      // its whole part, by what the item, the list's intro or the level above the list measures
      const inList = isListLine(text, paragraph.start, paragraph.text);
      const itemPart = !cyrillic && inList ? listItemPart(sentence.text, at) : null;
      if (
        itemPart &&
        !listed &&
        // "- Uzbekistan: 6.3% and 9.8%": a place's item says whose, not which part
        !findPlaces(itemPart.part).some(
          (place) => place.start === 0 && place.end === itemPart.part.length,
        ) &&
        (claim.metric_source === 'phrase' ||
          metric === null ||
          // the catalogue's phrase names the part, or a later part's figure
          metric.end <= sentence.text.indexOf(':') ||
          metric.start >= atEnd)
      ) {
        const parted = partLabel(itemPart, claim, text, paragraph.start, claims);
        const match = chooseMetric(
          findMetricPhrases(catalogue, parted),
          0,
          parted.length,
          claim.unit,
        );
        const whole = match && match.end === parted.length && match.start === 0;
        claim.metric = whole ? match.entry.metric : slugify(parted);
        claim.metric_label = whole
          ? match.entry.label
          : parted.charAt(0).toUpperCase() + parted.slice(1);
        claim.metric_source = whole ? 'catalogue' : 'phrase';
      }
      // "540 billion tenge for public transport", "на образование предусмотрено 3,6 трлн": in a
      // passage about spending, a sum for a purpose is that purpose's spending
      if (
        unitClass(claim.unit) === 'currency' &&
        claim.metric_source === 'phrase' &&
        !SPENT_ALREADY.test(claim.metric) &&
        isPurpose(
          sentence.text,
          claim.metric_label,
          paragraph.language,
          // the paragraph and what stands above it: a list's intro, a heading
          text.slice(Math.max(0, paragraph.start - 400), paragraph.end),
          inList,
        )
      ) {
        const written = claim.metric_label;
        claim.metric = `${claim.metric}_spending`;
        claim.metric_label =
          paragraph.language === 'ru'
            ? `Расходы на ${written.charAt(0).toLowerCase()}${written.slice(1)}`
            : paragraph.language === 'kk'
              ? `${written} арналған шығыстар`
              : `${written} spending`;
      }
      // "- сиыр еті – 24,6 пайыз;" under "ең көп қымбаттаған тауарлар:", "– образование: 334 210
      // тенге;" under a heading below the average wage: a Russian or Kazakh item named by its part
      // alone measures that part's price change, or the level the list breaks down
      const cyrillicItem =
        cyrillic &&
        inList &&
        !listed &&
        !referent &&
        claim.metric !== UNLABELLED &&
        !claim.metric.endsWith('_spending')
          ? cyrillicItemMeasure(text, paragraph, claim, claims, CYRILLIC_PRICE_CHANGE)
          : null;
      if (cyrillicItem?.price && !/(?:^|_)(?:price|tariff|inflation)(?:_|$)/.test(claim.metric))
        claim.metric = `${claim.metric.replace(/_growth$/, '')}_price_growth`;
      else if (cyrillicItem?.level) {
        const { part, level } = cyrillicItem;
        const language = paragraph.language as 'ru' | 'kk';
        const partSlug = cyrillicMetricSlug(part, language) || slugify(transliterate(part));
        claim.metric = [...partSlug.split('_'), ...level.metric.split('_')]
          .filter((word, i, all) => word && all.indexOf(word) === i)
          .join('_');
        const levelLabel = level.metric_label;
        claim.metric_label = `${part.charAt(0).toUpperCase()}${part.slice(1)}: ${/[\u0400-\u04ff]/u.test(levelLabel) ? levelLabel.charAt(0).toLowerCase() + levelLabel.slice(1) : levelLabel.toLowerCase()}`;
        claim.metric_source = 'phrase';
      }
      // "provides 1.44 trillion tenge for education", "12 billion will go to road repairs": a
      // budget's spending named by its purpose right after the sum is that purpose's spending
      if (claim.metric === 'budget_expenditure' && paragraph.language === 'en') {
        const purpose = purposeAfter(sentence.text, atEnd);
        if (purpose) {
          claim.metric = `${slugify(purpose)}_spending`;
          claim.metric_label = `${purpose.charAt(0).toUpperCase()}${purpose.slice(1)} spending`;
          claim.metric_source = 'phrase';
        }
      }
      // "3 240 базовых станций 5G", "из них 1 100 – стандарта 5G": base stations of one mobile
      // generation keep the catalogue's slug, and the label says which
      if (claim.metric === 'base_stations') {
        const [from] = clauseAround(sentence.text, at);
        const after = sentence.text.slice(atEnd);
        const generation = MOBILE_GENERATION.exec(
          sentence.text.slice(from, atEnd + (/[,;]/u.exec(after)?.index ?? after.length)),
        );
        if (generation) claim.metric_label = `${generation[0].toUpperCase()} base stations`;
      }
      // "double GDP by 2029", "container transit grew 1.4-fold": a multiple of a level the sentence
      // names is how that level grows, whether the catalogue or the noun phrase named it
      if (
        !cyrillic &&
        claim.unit === 'multiple' &&
        claim.metric !== UNLABELLED &&
        !MEASURED_AGAINST.test(claim.metric)
      ) {
        claim.metric = `${claim.metric}_growth_multiple`;
        claim.metric_label = `${claim.metric_label} growth multiple`;
      }
      // "cut its refinancing rate by 0.25 percentage points", "up 1.8 percentage points": points a
      // rate or a share moved by are that measure's change, not its level
      if (
        !cyrillic &&
        claim.unit === 'percent' &&
        claim.metric !== UNLABELLED &&
        POINTS.test(mention.text) &&
        !/(?:^|_)(?:change|growth)(?:_|$)/.test(claim.metric) &&
        (POINTS_MOVED_BEFORE.test(sentence.text.slice(clauseStart, at)) ||
          POINTS_MOVED_AFTER.test(sentence.text.slice(atEnd, atEnd + 24)))
      ) {
        const rate = isPolicyRate(claim.metric);
        claim.metric = `${claim.metric}${rate ? '_growth' : '_change'}`;
        claim.metric_label = `${claim.metric_label}${rate ? ' growth' : ' change'}`;
      }
      // "a combined capacity of 2 exaflops", "a 60 MW data centre": a figure in units of power or
      // of computing measures capacity, whatever noun counts the things that have it
      const powerUnit =
        !cyrillic && claim.unit === 'count'
          ? POWER_UNIT_AFTER.exec(text.slice(mention.end, mention.end + 14))
          : null;
      if (
        powerUnit &&
        !/\b(?:capacity|capacities|power|output|consumption|load)\b/i.test(claim.metric_label)
      ) {
        const base = claim.metric_label
          .replace(POWER_UNIT_WORDS, ' ')
          .replace(/\bphases?\b/gi, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        // "two supercomputers with a combined capacity of 2 exaflops": the things counted before it
        const owners =
          previous?.quote === claim.quote &&
          previous.unit === 'count' &&
          previous.metric !== UNLABELLED
            ? previous.metric_label
            : '';
        const label =
          isJunkLabel(base) || claim.metric === UNLABELLED
            ? owners
              ? `${owners.replace(/^\p{Lu}\p{Ll}+\b/u, (word) => word.toLowerCase())} capacity`
              : 'capacity'
            : `${base} capacity`;
        claim.metric_label = label.charAt(0).toUpperCase() + label.slice(1);
        claim.metric = slugify(label);
        claim.metric_source = 'phrase';
      }
      // "expects to harvest 27 million tonnes of grain …, after 26.7 mln tonnes last year": a
      // label that is only a unit of what ("Tonnes of grain") names what the sentence's earlier
      // figure in the same unit measured ("Grain harvest"), else just what
      const amountOf =
        !cyrillic && claim.metric_source === 'phrase' ? AMOUNT_OF.exec(claim.metric_label) : null;
      if (amountOf) {
        const what = claim.metric_label.slice(amountOf[0].length);
        const earlier = claims.findLast(
          (other) =>
            other.quote === claim.quote &&
            other.unit === claim.unit &&
            other.metric_label.toLowerCase().startsWith(`${what.toLowerCase()} `),
        );
        claim.metric = earlier ? earlier.metric : slugify(what);
        claim.metric_label = earlier
          ? earlier.metric_label
          : `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
        claim.metric_source = earlier ? earlier.metric_source : 'phrase';
      }
      // "Samsung led with 19.6%, followed by Apple and Xiaomi with 18.9% and 13.8%", "the largest
      // export markets were the United States with 36%": a percentage each ranked party has is
      // its share of what is ranked
      if (
        !cyrillic &&
        claim.unit === 'percent' &&
        !MEASURED_AGAINST.test(claim.metric) &&
        RANKED_WITH.test(sentence.text.slice(Math.max(0, at - 60), at)) &&
        RANKING.test(sentence.text)
      ) {
        // the ranking's own words stay ("Main buyers share"); a party's name becomes a market share
        const ranked = RANKED_PARTIES.test(claim.metric_label)
          ? `${claim.metric_label.replace(/\s+of$/i, '')} share`
          : '';
        const whole = claim.metric_source === 'catalogue';
        claim.metric = whole ? `${claim.metric}_share` : ranked ? slugify(ranked) : 'market_share';
        claim.metric_label = whole ? shareLabel(claim.metric_label) : ranked || 'Market share';
      }
      // "wages twice the national average": a multiple of an average is a ratio to it
      if (
        claim.unit === 'multiple' &&
        AVERAGE_AFTER.test(text.slice(mention.end, mention.end + 40)) &&
        !/_ratio$/.test(claim.metric)
      ) {
        claim.metric = `${claim.metric.replace(/_growth(?:_multiple)?$/, '')}_ratio`;
        claim.metric_label = `${claim.metric_label.replace(/ growth(?: multiple)?$/, '')} ratio`;
      }
      // "Benchmark copper … was trading at $11,480 a ton": a sum per unit of a traded good is the
      // good's price, whatever its sentence names it by
      // "the number of residents reached 1,986" in a text about Astana Hub: a measure the catalogue
      // knows only with its owner's name ("Astana Hub residents") is that owner's metric
      if (
        claim.metric_source === 'phrase' &&
        !cyrillic &&
        boundEntities(catalogue).has(claim.entity)
      ) {
        const owned = `${claim.entity} ${claim.metric_label}`;
        const match = findMetricPhrases(catalogue, owned).find(
          (m) => m.start === 0 && m.end === owned.length && m.entry.entity === claim.entity,
        );
        if (match && match.entry.units.includes(unitClass(claim.unit))) {
          claim.metric = match.entry.metric;
          claim.metric_label = match.entry.label;
          claim.metric_source = 'catalogue';
        }
      }
      // "The miner employs 4,800 people", "residents employ 35,000": the people a firm or a park's
      // residents employ are its employees (README, "staff and employment"); a city's, a
      // region's or a country's are its employment
      const employerClause =
        sentence.text
          .slice(0, at)
          .split(/[,;:–—]/)
          .pop() ?? '';
      if (
        claim.metric === 'employment' &&
        claim.unit === 'count' &&
        EMPLOYS_BEFORE.test(sentence.text.slice(Math.max(0, at - 40), at)) &&
        // "residents employ 35,000", "together they employ": firms, whatever country they are in
        (STAFF_EMPLOYER.test(employerClause) ||
          (claim.entity !== UNKNOWN_ENTITY &&
            !CITY_NAME.test(claim.entity) &&
            findPlaces(claim.entity).length === 0))
      ) {
        claim.metric = 'employees';
        claim.metric_label = 'Employees';
      }
      // "Shares of the miner rose 3.2%", "Its shares rose 4.6% to $52.30": what a company's
      // shares move by or to is their price, whatever the sentence names the company by
      if (
        !cyrillic &&
        (claim.unit === 'percent' || unitClass(claim.unit) === 'currency') &&
        SHARES_MOVED.test(sentence.text.slice(clauseStartOf(sentence.text, at), at))
      ) {
        const growth = claim.unit === 'percent';
        claim.metric = growth ? 'share_price_growth' : 'share_price';
        claim.metric_label = growth ? 'Share price growth' : 'Share price';
        claim.metric_source = 'phrase';
      }
      // "the average wage was 38,950 soms, up 15.2%; in real terms it increased by 6.4%": a
      // change in real terms is the change of what the sentence measured before it
      const previousHere = claims.at(-1);
      if (
        !cyrillic &&
        claim.unit === 'percent' &&
        /^real terms(?: growth)?$/i.test(claim.metric_label) &&
        previousHere?.quote === claim.quote
      ) {
        const level = previousHere.metric.replace(/_growth$/, '');
        const levelLabel = previousHere.metric_label.replace(/ growth$/i, '');
        claim.metric = `${level}_growth`;
        claim.metric_label = `${levelLabel} growth`;
        claim.metric_source = previousHere.metric_source;
      }
      // "Northbridge surveyed 2,300 IT decision-makers", "a poll of 31 analysts": the people or
      // firms a survey asked are its respondents, whoever they are
      if (
        !cyrillic &&
        claim.unit === 'count' &&
        SURVEYED_BEFORE.test(sentence.text.slice(Math.max(0, at - 40), at))
      ) {
        claim.metric = 'survey_respondents';
        claim.metric_label = 'Survey respondents';
        claim.metric_source = 'phrase';
      }
      // "Revenue rose, helped by gold prices that averaged $3,380 an ounce", "Gold traded at
      // $2,980 an ounce": a catalogue measure the sentence names elsewhere (revenue, trade) is
      // no sum per ounce, so the sum is a price here too
      const perTradedUnit =
        unitClass(claim.unit) === 'currency' &&
        !/\b(?:prices?|costs?|tariffs?|fees?|rates?)\b/i.test(claim.metric_label) &&
        PER_TRADED_UNIT.test(text.slice(mention.end, mention.end + 40));
      if (perTradedUnit && NAMES_A_COMMODITY.test(claim.metric_label)) {
        pricedIn.add(sentence);
        claim.metric = `${claim.metric}_price`;
        claim.metric_label = `${claim.metric_label} price`;
      } else if (perTradedUnit) {
        // "Analysts see an average of $5.70 per bushel": a sum per unit of a good the sentence,
        // its paragraph before it or the headline names, is that good's price
        const good =
          lastCommodity(sentence.text.slice(0, at)) ||
          lastCommodity(text.slice(paragraph.start, sentence.start)) ||
          lastCommodity(title);
        if (good) {
          pricedIn.add(sentence);
          claim.metric_label = `${good.charAt(0).toUpperCase()}${good.slice(1).toLowerCase()} price`;
          claim.metric = slugify(claim.metric_label);
        }
      } else if (
        // "… at $11,480 a ton, having hit a record $12,050": another sum of the priced good
        unitClass(claim.unit) === 'currency' &&
        claim.metric_source === 'phrase' &&
        NAMES_A_COMMODITY.test(claim.metric_label) &&
        !/\b(?:prices?|costs?)\b/i.test(claim.metric_label) &&
        pricedIn.has(sentence)
      ) {
        claim.metric = `${claim.metric}_price`;
        claim.metric_label = `${claim.metric_label} price`;
      } else if (
        // "Copper tops $11,000", "U.S. gold futures gained 1.1% to $4,151", "Spot gold rose
        // 0.9%": a quote of a good the label names with only a market's words is its price
        !cyrillic &&
        claim.metric_source === 'phrase' &&
        ((unitClass(claim.unit) === 'currency' && !SCALED_SUM.test(mention.text)) ||
          (claim.unit === 'percent' && claim.metric.endsWith('_growth')))
      ) {
        const good = tradedGoodAlone(claim.metric_label.replace(/ growth$/i, ''));
        if (good) {
          const growth = claim.unit === 'percent' ? ' growth' : '';
          claim.metric_label = `${good} price${growth}`;
          claim.metric = slugify(claim.metric_label);
        }
      }
      // "KAZ Minerals expects output of 400,000 tons": one good's physical amount is its
      // production, read here, before the passes below give its growth and neighbours their metrics
      if (!cyrillic)
        producedGood(claim, {
          sentence: sentence.text,
          at,
          atEnd: mention.end - sentence.start,
          before: () => text.slice(paragraph.start, sentence.start),
          title,
        });
      byMention.set(mention, claim);
      claims.push(claim);
    }
    shareMetrics(text, candidates, byMention);
    fixBaselines(text, candidates, byMention, placed);
    linkConversions(text, candidates, byMention);
    bindRespectively(catalogue, candidates, byMention, perSentence, home || subject);
    periodsRespectively(text, candidates, byMention, placed, paragraph.sentences);
    gatheredBy(candidates, byMention);
    if (paragraph.language !== 'ru' && paragraph.language !== 'kk') {
      bindFlows(candidates, byMention, perSentence, home || subject, flowEnds, {
        organisation: owners.organisation,
        hostAt: (at) => hostBefore(() => (organisations ??= namedOrganisations(text)), at),
      });
      carryWorldPrices(candidates, byMention);
      partsOfWholes(candidates, byMention);
      compoundGrowth(claims.slice(paragraphFirst));
    }
    // the README's "## Metric" rulings, on what each figure's metric was read as
    for (const item of candidates) {
      const claim = byMention.get(item.mention);
      if (!claim) continue;
      applyMetricRulings(claim, {
        sentence: item.sentence.text,
        at: item.mention.start - item.sentence.start,
        atEnd: item.mention.end - item.sentence.start,
        before: text.slice(paragraph.start, item.sentence.start),
        catalogue,
        basisPoints: item.mention.basisPoints === true,
        // the place tables name organisations too ("Kazakhtelecom"): those are no places
        isPlace: (entity) =>
          entity === UNKNOWN_ENTITY || (findPlaces(entity).length > 0 && !isOrganisation(entity)),
      });
    }
    const own = claims.slice(paragraphFirst);
    if (own.length > 0) lastBlock = { end: paragraph.end, claims: own };
  }
  linkRestatements(claims, passages);
  dateHeadlineDecision(claims, headlineEnd, ownDate);
  // an acronym the text defines is written as its full name (Entity rule 5, fifth session)
  const acronyms = definedAcronyms(text);
  if (acronyms.size > 0)
    for (const claim of claims) claim.entity = acronyms.get(claim.entity) ?? claim.entity;
  return claims;
}

/** A sentence that reports a policy-rate decision, in any of the languages that have the words. */
const reportsDecision = (sentence: string): boolean =>
  Object.values(RATE_DECISIONS).some((pattern) => pattern?.test(sentence) ?? false);

/**
 * "National Bank keeps base rate at 16.5%": a headline that reports the decision its article
 * reports takes the period the article gives that decision (its first figure of a decision),
 * else the published year; the headline and its article are one decision (gold README, Period,
 * 8 December 2026). A headline that dates its decision itself keeps its own period.
 */
function dateHeadlineDecision(claims: Claim[], headlineEnd: number, ownDate: string): void {
  if (headlineEnd === 0 || !ownDate) return;
  const undated = claims.filter(
    (claim) =>
      claim.quote_start! < headlineEnd &&
      claim.unit === 'percent' &&
      claim.period === '' &&
      reportsDecision(claim.quote),
  );
  if (undated.length === 0) return;
  const decision = claims.find(
    (claim) =>
      claim.quote_start! >= headlineEnd &&
      claim.unit === 'percent' &&
      claim.period !== '' &&
      reportsDecision(claim.quote),
  );
  for (const claim of undated) claim.period = decision?.period ?? ownDate.slice(0, 4);
}

/**
 * Where the name of a Russian or Kazakh list item starts when its figure follows a dash right
 * after the clause start ("…, а ВВП на душу населения — 14 930 долларов"): after the last comma,
 * semicolon or colon before the dash (not a decimal comma); else `clauseStart`.
 *
 * @example dashItemStart('Рост составил 6,2%, а ВВП на душу — 14 930 долларов.', 33, 34) // 19
 */
export function dashItemStart(sentence: string, clauseStart: number, at: number): number {
  if (clauseStart === 0 || !/[—–]\s*$/.test(sentence.slice(0, clauseStart))) return clauseStart;
  if (!/^\s*$/.test(sentence.slice(clauseStart, at))) return clauseStart;
  const before = sentence.slice(0, clauseStart).replace(/\s*[—–]\s*$/, '');
  let start = 0;
  for (const match of before.matchAll(/[,;:](?!\d)/g)) start = match.index + 1;
  return start;
}

/** Trade as such ("bilateral trade", "trade grew"), not a country's whole foreign or retail trade. */
const TRADE_WORD = /\b(?:(\p{L}+)\s+)?(?:trade(?:\s+turnover)?|turnover)\b/iu;
const NOT_PAIR_TRADE =
  /^(?:foreign|external|overall|total|retail|wholesale|online|e-commerce|world|global|international|free)$/i;

/**
 * Whether a sentence that names no place speaks of trade between two parties, which is then the
 * pair the text last named ("Trade between Georgia and the EU…. Last year trade rose 9%").
 *
 * @example tradeOfPair('Bilateral trade stood at $4.4 billion.') // true
 * @example tradeOfPair('Foreign trade turnover was $91 billion.') // false
 * @example tradeOfPair('Freight through the two border crossings rose 9%.') // true
 * @example tradeOfPair('The two sides run 40 joint ventures.') // true
 */
export function tradeOfPair(sentence: string): boolean {
  const match = TRADE_WORD.exec(sentence);
  return (
    (match !== null && !NOT_PAIR_TRADE.test(match[1] ?? '')) ||
    CROSS_BORDER.test(sentence) ||
    JOINT.test(sentence)
  );
}
/** "joint ventures", "joint projects": what the two parties of a pair run together. */
const JOINT = /\bjoint\s+(?:ventures?|projects?|investments?|enterprises?)\b/i;
/** Freight through border crossings: a flow between the two sides of the border. */
const CROSS_BORDER = /\b(?:freight|cargo|shipments)\b[^.;]*\b(?:border\s+)?crossings?\b/i;

const GATHERED =
  /\b((?:\p{Lu}[\p{L}\d.-]*\s+){0,3}\p{Lu}[\p{L}\d.-]*)\s+(?:brought\s+together|gathered|hosted|drew|welcomed|attracted)\b/u;

/**
 * "Digital Bridge brought together over 20,000 participants, 300 IT companies and delegations from
 * 30 countries": what an event or body gathers is counted about it, not about the country.
 */
function gatheredBy(candidates: readonly Candidate[], byMention: Map<NumberMention, Claim>): void {
  for (const item of candidates) {
    if (item.mention.unit !== 'count') continue;
    const before = item.sentence.text.slice(0, item.mention.start - item.sentence.start);
    const match = GATHERED.exec(before);
    if (!match || isJunkLabel(match[1]!) || /^(?:The|This|It|He|She|They|We)$/.test(match[1]!))
      continue;
    const claim = byMention.get(item.mention);
    // a place that gathers ("Almaty hosted 2 million tourists") is already the entity
    if (claim && findPlaces(match[1]!).length === 0) claim.entity = match[1]!;
  }
}

/**
 * Whether `entity`, a country a sentence names as its own place, is a partner of the country
 * `subject` in a passage about the subject's trading partners ("- China: $3.1 billion" under
 * "Turnover with main partners:").
 */
export const partnerItem = (
  entity: string,
  places: readonly PlaceMention[],
  subject: string,
): boolean =>
  entity !== subject &&
  isFlowEnd(entity) &&
  isFlowEnd(subject) &&
  places.some((place) => place.entity === entity);

/** The entity of the last of `named` that starts before `at`; '' for none. */
function lastBefore(named: readonly PlaceMention[], at: number): string {
  let last = '';
  for (const place of named) {
    if (place.start >= at) break;
    last = place.entity;
  }
  return last;
}

/**
 * The one of `named` (organisations of a kind, in the text's order) the headline names, by its
 * name or by the acronym the text defines for it ("ADB raises …" over "the Asian Development Bank
 * (ADB)"), when the text names it before `at`; else the last named before `at`. "The bank" is the
 * bank the text is about, not one it cites on the way ("a World Bank estimate").
 *
 * @example headlineOrLastBefore(banks, 400, 'ADB lends more', text) // 'Asian Development Bank'
 */
function headlineOrLastBefore(
  named: readonly PlaceMention[],
  at: number,
  title: string,
  text: string,
): string {
  // the name the headline gives `name`, whole ("European Bank for Reconstruction and
  // Development" where the kind's search found "European Bank"), or '' when it gives none
  const headlineName = (name: string): string => {
    if (title.includes(name)) return name;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const defined = new RegExp(
      String.raw`${escaped}(?:\s+(?:for|of)\s+[\p{L}\s]{1,40}?)?(?=\s*\((\p{Lu}{2,8})\))`,
      'u',
    ).exec(text);
    return defined && new RegExp(String.raw`\b${defined[1]!}\b`).test(title) ? defined[0] : '';
  };
  for (const place of named) {
    if (place.start >= at) break;
    const whole = headlineName(place.entity);
    if (whole) return whole;
  }
  return lastBefore(named, at);
}

/** Who may own a flow a sentence splits by destination: the text's organisation, a park. */
interface FlowOwners {
  /** The organisation the text is about, if any. */
  organisation: string;
  /** The technology park the text named last before a document offset. */
  hostAt: (at: number) => string;
}

/**
 * The owner of a destination's share of a flow (`destinationShare`): a park's residents' exports
 * are the park's, an organisation's the organisation's (rule 2); otherwise the share of a flow,
 * exports as much as trade, imports and remittances, is the pair's (rule 5, as ruled in the fourth
 * session); '' for a flow a verb moves, which `flowPair` reads.
 */
function shareOwner(
  share: DestinationShare,
  sentence: string,
  mention: NumberMention,
  subject: string,
  owners: FlowOwners,
): string {
  const part = mention.unit === 'percent';
  const own =
    part && !share.paired
      ? (RESIDENTS_OF.test(sentence) ? owners.hostAt(mention.start) : '') || owners.organisation
      : '';
  if (own) return own;
  // "9 bcm went to Europe": a country's flow moved to a place is the pair's (`movedFlow`)
  if (share.moved) return '';
  // a destination's share of any flow, exports too, is the pair's (rule 5, fourth session)
  if (isFlowEnd(subject) && subject !== share.place) return pairName(subject, share.place, subject);
  return subject;
}

/** "residents' exports", "the residents' exports": a park's residents own the flow. */
const RESIDENTS_OF = /\bresidents['’]?\s/i;

/**
 * A figure of a flow between two countries (exports to one, investment from one in another) is
 * about the pair, once each figure has its own place (`flowPair`); a rate of a currency against
 * another is about the currency's country ("1.7 manats per US dollar").
 */
function bindFlows(
  candidates: readonly Candidate[],
  byMention: Map<NumberMention, Claim>,
  perSentence: Map<Sentence, SentenceCache>,
  subject: string,
  pair: readonly string[],
  owners: FlowOwners,
): void {
  for (const { mention, sentence } of candidates) {
    const claim = byMention.get(mention);
    const places = perSentence.get(sentence)?.places;
    if (!claim || !places) continue;
    const at = mention.start - sentence.start;
    const atEnd = mention.end - sentence.start;
    const corridor = corridorPair(sentence.text, at, places);
    if (corridor) {
      claim.entity = corridor;
      continue;
    }
    const share = places.length > 0 ? destinationShare(sentence.text, at, atEnd, places) : null;
    const shareEntity = share ? shareOwner(share, sentence.text, mention, subject, owners) : '';
    if (shareEntity) {
      claim.entity = shareEntity;
      continue;
    }
    // "manats" are Turkmenistan's in a text about Turkmenistan, Azerbaijan's elsewhere
    const local = SHARED_CURRENCY_WORDS[claim.unit]?.[subject];
    if (local && !/azerbaijani/i.test(mention.text)) claim.unit = mention.unit = local;
    const country = rateCountry(sentence.text, at, atEnd, mention.unit);
    if (country) {
      claim.entity = country;
      continue;
    }
    if (places.length === 0 && !isFlowEnd(subject)) continue;
    const flow = flowPair(sentence.text, at, atEnd, places, claim.entity, subject, pair);
    if (flow) claim.entity = flow;
  }
}

/**
 * A sum that continues a world market's price in its sentence is the same market's (rule 4):
 * "Brent will average $68 per barrel in 2026 and $63 in 2027", "down from $5.60", "analysts
 * expect it to reach $85" (`continuesWorldPrice`), whoever the sentence names as forecasting it.
 */
function carryWorldPrices(
  candidates: readonly Candidate[],
  byMention: Map<NumberMention, Claim>,
): void {
  let price: { sentence: Sentence; end: number } | undefined;
  for (const { mention, sentence } of candidates) {
    const claim = byMention.get(mention);
    if (!claim || unitClass(claim.unit) !== 'currency') continue;
    if (price?.sentence !== sentence) price = undefined;
    const at = mention.start - sentence.start;
    const atEnd = mention.end - sentence.start;
    if (
      claim.entity !== 'World' &&
      price &&
      continuesWorldPrice(sentence.text, price.end, at, atEnd)
    )
      claim.entity = 'World';
    if (claim.entity === 'World' && PER_TRADED_UNIT.test(sentence.text.slice(atEnd, atEnd + 25)))
      price = { sentence, end: atEnd };
    else if (claim.entity === 'World' && price) price = { sentence, end: atEnd };
    else price = undefined;
  }
}

/** "…, of which", "…, including", "among them" right before a figure: a part of the figure before. */
const PART_OPENING =
  /(?:,\s*(?:of\s+(?:which|whom|them)|including|among\s+them)|\bof\s+which)\s+(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than|up\s+to)\s+)?$/i;
/** What a part's clause runs to: a comma, a semicolon or a full stop. */
const PART_CLAUSE_END = /[,;.]/;

/**
 * A part of a whole ("allocated 95 billion tenge to the programme, of which 30 billion tenge this
 * year", "revenue of 1.1 trillion tenge, including 412 billion tenge from exports", "rose to
 * 2,950, of which 1,140 are foreign-owned") is about whom its whole is (rules 1, 2): it takes the
 * entity of the sentence's figure right before it, unless its own clause names a place ("including
 * $2 billion to China" is the flow's).
 */
function partsOfWholes(
  candidates: readonly Candidate[],
  byMention: Map<NumberMention, Claim>,
): void {
  let whole: { claim: Claim; sentence: Sentence } | undefined;
  for (const { mention, sentence } of candidates) {
    const claim = byMention.get(mention);
    if (!claim) continue;
    const at = mention.start - sentence.start;
    const gap = whole?.sentence === sentence ? sentence.text.slice(0, at) : '';
    if (whole && gap && PART_OPENING.test(gap.slice(-40))) {
      const rest = sentence.text.slice(mention.end - sentence.start);
      const clauseEnd = rest.search(PART_CLAUSE_END);
      const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
      if (findPlaces(clause).length === 0) claim.entity = whole.claim.entity;
    }
    whole = { claim, sentence };
  }
}

/**
 * A headline or heading that restates a figure of the body ("Nine areas" above "identified nine
 * areas") points at it by `related_id`, so the two read as one fact.
 */
function linkRestatements(claims: Claim[], passages: Passages): void {
  for (const claim of claims) {
    if (claim.related_id || !passages.isHeadingAt(claim.quote_start!)) continue;
    const body = claims.find(
      (other) =>
        other.quote_start! > claim.quote_start! &&
        !passages.isHeadingAt(other.quote_start!) &&
        other.value === claim.value &&
        other.unit === claim.unit &&
        other.metric === claim.metric,
    );
    if (body) claim.related_id = body.id;
  }
}

const CHANGE_CUE =
  /\b(?:gr[eo]w\w*|growth|increas\w+|rose|rise[sn]?|rising|expand\w*|jump\w*|surg\w*|climb\w*|fell|fall\w*|declin\w*|decreas\w*|drop\w*|up|down|slump\w*|plunge\w*|contract\w*)\b/i;
const derivedEntries = new Map<string, MetricEntry>();

/**
 * A percentage written as the change of a level the catalogue names ("remittances fell 13%") is
 * that level's growth, `remittances_growth`; rates and shares (percent-only metrics) stay as they are.
 */
function growthOf(
  entry: MetricEntry | undefined,
  unit: string,
  sentence: string,
  at: number,
  atEnd: number,
): MetricEntry | undefined {
  if (!entry || /growth/.test(entry.metric)) return entry;
  // "expanded its exports fivefold": a multiple of a level is its growth, never the level itself
  if (unit === 'multiple' && entry.units.some((u) => u === 'currency' || u === 'count'))
    return derived(entry, '_growth_multiple', ' growth multiple');
  if (unit !== 'percent' || entry.units.every((u) => u === 'percent')) return entry;
  const [clauseStart] = clauseAround(sentence, at);
  const around = sentence.slice(
    Math.max(clauseStart, at - 40),
    Math.min(sentence.length, atEnd + 12),
  );
  // Russian and Kazakh words of change and share cannot match an English sentence
  const change =
    CHANGE_CUE.test(around) ||
    isComparedChange(sentence, at, atEnd) ||
    (/[\u0400-\u04ff]/.test(around)
      ? isCyrillicChange(sentence, at, atEnd)
      : isGappedChange(sentence, at));
  if (!change || /\bof\s+(?:the\s+)?(?:total|all)\b|\bshare\b/i.test(around)) return entry;
  return derived(entry, '_growth', ' growth');
}

const isOrganisation = (entity: string): boolean => ORGANISATIONS.has(entity);

/**
 * "91,1% годом ранее", "бір жыл бұрын … 91,1 пайыз": a Russian or Kazakh figure stated for the
 * year before the one its sentence or paragraph speaks of; without one, the year before the
 * document's.
 */
function shiftYearBefore(
  time: TimeExpression | null,
  language: Language,
  sentence: string,
  at: number,
  atEnd: number,
  documentDate: string,
): TimeExpression | null {
  if (language !== 'ru' && language !== 'kk') return time;
  const periods = language === 'ru' ? RUSSIAN_PERIODS : KAZAKH_PERIODS;
  if (!isYearBefore(sentence, at, atEnd, periods)) return time;
  const period = time?.period || documentDate.slice(0, 4);
  const shifted = yearBefore(period);
  return shifted ? timeExpression(0, 0, shifted, false, true) : time;
}

/**
 * "За тот же период", "в том же году", "сол кезеңде": a Russian or Kazakh sentence that refers
 * back to the period of the figures before it, also across paragraphs, takes the last one given.
 */
function samePeriod(
  language: Language,
  sentence: string,
  claims: readonly Claim[],
  /** The list intro above points back ("На ту же дату …:"). */
  introBack = false,
): TimeExpression | null {
  if ((language !== 'ru' && language !== 'kk') || !(introBack || SAME_PERIOD.test(sentence)))
    return null;
  for (let i = claims.length - 1; i >= 0; i--) {
    const period = claims[i]!.period;
    if (period) return timeExpression(0, 0, period, false, false);
  }
  return null;
}

/**
 * The metric of a Russian list item set apart from the figure before it (`russianEllipsis`): a
 * place or a time measures the same; adjectives read in place of the earlier item's ("…
 * продовольственные товары подорожали на 9,8%, непродовольственные — на 10,4%") name the catalogue
 * metric they make with its words (`non_food_inflation`), else the earlier metric qualified by
 * them ("вторичного" of `housing_price` → `secondary_housing_price`); a preposition's object
 * ("на здравоохранение") qualifies the earlier metric by its own words.
 */
function ellipticalMetric(
  ellipsis: Ellipsis,
  previous: Claim,
  sentence: string,
  previousStart: number,
  catalogue: MetricCatalogue,
): Pick<Claim, 'metric' | 'metric_label' | 'metric_source'> {
  const { metric, metric_label, metric_source } = previous;
  if (ellipsis.kind === 'same') return { metric, metric_label, metric_source };
  // the earlier item's clause, up to its figure (a decimal comma in the figure is no clause mark)
  const earlier = sentence.slice(
    Math.max(sentence.lastIndexOf(',', previousStart), sentence.lastIndexOf(';', previousStart)) +
      1,
    previousStart,
  );
  const label = `${metric_label}: ${ellipsis.words}`;
  if (ellipsis.kind === 'modifier') {
    const read = `${ellipsis.words} ${earlier}`;
    const match = chooseMetric(findMetricPhrases(catalogue, read), 0, 0, previous.unit);
    if (match && match.start === 0 && match.entry.metric !== metric)
      return {
        metric: match.entry.metric,
        metric_label: match.entry.label,
        metric_source: 'catalogue',
      };
  }
  const own = modifierEnglish(ellipsis.words);
  const words = own.length > 0 ? own : [slugify(transliterate(ellipsis.words))];
  const dropped = new Set(modifierEnglish(earlier));
  const base = metric.split('_').filter((part) => !dropped.has(part));
  const slug = [...words, ...base].filter((part, i, all) => part && all.indexOf(part) === i);
  return { metric: slug.join('_'), metric_label: label, metric_source: 'phrase' };
}

/**
 * The slug of a Russian or Kazakh label: its English by the glossary, else its transliteration;
 * a percentage that changes a level is that level's growth ("Строительство выросло на 9%" →
 * `construction_growth`). The label itself stays as written.
 */
function cyrillicSlug(
  label: string,
  language: 'ru' | 'kk',
  unit: string,
  sentence: string,
  at: number,
  atEnd: number,
): string {
  const named = cyrillicMetricSlug(label, language) || slugify(transliterate(label));
  // "новостройки подорожали на 12,6%": what became dearer or cheaper is measured by its price
  const slug =
    named !== UNLABELLED &&
    !/(?:^|_)(?:price|tariff|cost|inflation)(?:_|$)/.test(named) &&
    isCyrillicPriceChange(sentence, at, atEnd)
      ? `${named}_price`
      : named;
  // "планируется построить 14 школ": a count of things done is named by the deed
  if (unit === 'count' && slug !== UNLABELLED) {
    const deed = cyrillicCountDeed(sentence, at, atEnd);
    return deed && !slug.split('_').includes(deed) ? `${slug}_${deed}` : slug;
  }
  // "выросла вдвое", "2 есе өсті": a multiple of a level is its growth, as in English
  if (
    unit === 'multiple' &&
    slug !== UNLABELLED &&
    !/growth|share|ratio/.test(slug) &&
    isCyrillicMultipleChange(sentence, at, atEnd)
  )
    return `${slug}_growth_multiple`;
  if (slug === UNLABELLED || unit !== 'percent' || /growth|share/.test(slug)) return slug;
  return isCyrillicChange(sentence, at, atEnd) ? `${slug}_growth` : slug;
}

/**
 * A percentage that is a part of a whole, of a level the catalogue names ("cashless payments made
 * up 91% of transactions") is that level's share, `digital_payments_share`; rates and shares stay.
 */
function shareOf(entry: MetricEntry | undefined): MetricEntry | undefined {
  // a metric already measured against a whole ("ai_contribution_to_global_gdp") stays as it is
  if (
    !entry ||
    entry.units.every((u) => u === 'percent') ||
    /(?:^|_)(?:share|rate|ratio|to|of|per|penetration|coverage)(?:_|$)/.test(entry.metric)
  )
    return entry;
  return derived(entry, '_share', ' share');
}

/**
 * "took 27% of IT exports last year, the European Union 19%", «на долю России пришлось 91,3%
 * товарооборота, Кыргызстана – 4,6%»: a percentage of the same level after its share in one list,
 * with no word of change between, is that level's share too.
 */
function continuesShareList(
  previous: Claim | undefined,
  entry: MetricEntry | undefined,
  text: string,
  at: number,
): boolean {
  if (!previous || !entry || previous.unit !== 'percent') return false;
  if (previous.metric !== `${entry.metric}_share`) return false;
  const gap = text.slice(previous.quote_end!, at);
  return gap.length <= 80 && !/[.;:\n]/.test(gap) && !SHARE_LIST_CHANGE.test(gap);
}
/** A word of change between two percentages: the second is a change, not another share. */
const SHARE_LIST_CHANGE =
  /\b(?:up|down|rose|grew|fell|increased?|decreased?|declined?|growth|from|compared)\b|(?<![\p{L}])(?:рост\p{L}*|вырос\p{L}*|снизил\p{L}*|увеличил\p{L}*|сократил\p{L}*|против|өсті|өсім\p{L}*|төмендеді|артты)(?![\p{L}])/iu;

/**
 * A Russian or Kazakh label for a share of what `label` names, in its own language: Kazakh
 * "гранттардың үлесі", Russian "экспорт (доля)"; a label that already says share stays.
 *
 * @example cyrillicShareLabel('гранттардың', 'kk') // 'гранттардың үлесі'
 */
function cyrillicShareLabel(label: string, language: 'ru' | 'kk'): string {
  if (CYRILLIC_SHARE.test(label) || /\bshare\b/i.test(label)) return label;
  return language === 'kk' ? `${label} үлесі` : `${label} (доля)`;
}

/** The slug of a share of what `slug` measures: "grants" → "grants_share". */
function shareSlug(slug: string): string {
  if (/(?:^|_)(?:share|rate|ratio|penetration|coverage)(?:_|$)/.test(slug)) return slug;
  return `${slug.replace(/_growth(?:_multiple)?$/, '')}_share`;
}

/** The catalogue entry for a change of `entry`, made once per entry and suffix. */
function derived(entry: MetricEntry, slugSuffix: string, labelSuffix: string): MetricEntry {
  const key = `${entry.metric}${slugSuffix}`;
  let made = derivedEntries.get(key);
  if (!made || made.units !== entry.units)
    derivedEntries.set(
      key,
      (made = { ...entry, metric: key, label: `${entry.label}${labelSuffix}` }),
    );
  return made;
}

/** The last claim made of a figure in `sentence`, if any. */
/** The first of `claims` (in the text's order) in `sentence`, if any. */
function firstIn(claims: readonly Claim[], sentence: Sentence): Claim | undefined {
  // from the end: the claims after `sentence` are few, those before it many
  let first: Claim | undefined;
  for (let i = claims.length - 1; i >= 0; i--) {
    const start = claims[i]!.quote_start!;
    if (start < sentence.start) break;
    if (start < sentence.end) first = claims[i];
  }
  return first;
}

function lastIn(claims: readonly Claim[], sentence: Sentence): Claim | undefined {
  // the claims after it, in the current sentence ("Оның 2 200-і …, 650-і …"), are passed over
  for (let index = claims.length - 1; index >= 0; index--) {
    const start = claims[index]!.quote_start!;
    if (start < sentence.start) return undefined;
    if (start < sentence.end) return claims[index];
  }
  return undefined;
}

/**
 * "Компания", "топ" in a Russian or Kazakh text about an organisation (`organisation`) is that
 * organisation, under the name the text mostly uses (rule 2), not a subsidiary named in an earlier
 * paragraph (`before`, the organisation named last); `before` when its own paragraph names it
 * (`inParagraph`, the organisations named there before the figure) or the text is about none.
 */
const subjectOrganisation = (
  before: string,
  organisation: string,
  inParagraph: () => readonly PlaceMention[],
): string =>
  before && organisation && !inParagraph().some((o) => o.entity === before) ? organisation : before;

/**
 * What joins the figures of a list ("6.7% and 6.4%", "$310 million and $295 million"), and the
 * years of one ("2027 and 2028", "2026, 2027 and 2028").
 */
const LIST_JOIN = /^\s*(?:,|and|,\s*and)\s*$/;
/** Between a list of figures and the list of their years: "6.7% and 6.4% in 2026 and 2027". */
const FIGURES_BEFORE_YEARS = /^\s*(?:in|for|during|over)\s+$/;

/** A year written right after its figure: "4.9% in 2026", "4.8% this year". */
const FIGURE_THEN_YEAR = /^\s*(?:in|for|during)?\s*$/;

/**
 * "Asia is forecast to grow 4.9% in 2026 and 4.6% in 2027, while Central Asia is projected at 5.8%
 * and 5.4%, respectively": a list of figures before "respectively" with no year of its own takes,
 * in order, the years of the list of figures of the same unit written each with its year before
 * it, in its sentence or the one before. Whether it did.
 */
function yearsOfParallelFigures(
  text: string,
  candidates: readonly Candidate[],
  placed: LazyPlaced,
  sentences: readonly Sentence[],
  index: number,
  date: (figures: readonly Candidate[], years: readonly TimeExpression[]) => void,
): boolean {
  const sentence = sentences[index]!;
  const at = sentence.start + /\brespectively\b/i.exec(sentence.text)!.index;
  const own = candidates.filter((c) => c.sentence === sentence && c.mention.end <= at);
  const last = own[own.length - 1];
  if (!last || !/^\s*,?\s*$/.test(text.slice(last.mention.end, at))) return false;
  const run = [last];
  for (let i = own.length - 2; i >= 0; i--) {
    const figure = own[i]!;
    if (!LIST_JOIN.test(text.slice(figure.mention.end, run[0]!.mention.start))) break;
    run.unshift(figure);
  }
  const unit = last.mention.unit;
  if (run.length < 2 || run.some((c) => c.mention.unit !== unit)) return false;
  const first = run[0]!.mention.start;
  const dated = (i: number) => placed.at(i).filter((p) => !p.base && /^\d{4}$/.test(p.time.period));
  // a year of the list's own ("6.7% and 6.4% in 2026 and 2027, respectively") is read by the
  // list of years; one of a later clause ("…, while Georgia's was 7.3% for 2026") is not its
  const end = at + 'respectively'.length;
  if (
    placed.at(index).some((p) => {
      const start = sentence.start + p.time.start;
      return first <= start && start <= end;
    })
  )
    return false;
  for (const i of [index, index - 1]) {
    const where = sentences[i];
    if (!where) continue;
    // each year right after a figure of the list's unit, before the list
    const pairs = dated(i).filter((p) => {
      const start = where.start + p.time.start;
      if (i === index && start >= first) return false;
      const figure = candidates.filter((c) => c.sentence === where && c.mention.end <= start).pop();
      return (
        figure !== undefined &&
        figure.mention.unit === unit &&
        FIGURE_THEN_YEAR.test(text.slice(figure.mention.end, start))
      );
    });
    if (pairs.length === 0) continue;
    const years = pairs.map((p) => p.time);
    const increasing = years.every(
      (t, k) => k === 0 || Number(t.period) > Number(years[k - 1]!.period),
    );
    if (years.length !== run.length || !increasing) return false;
    date(run, years);
    return true;
  }
  return false;
}

/**
 * "In 2027 and 2028, revenues are to reach 22.6 and 24.3 trillion respectively": as many figures
 * after a list of years as it has years, each in its year.
 */
function periodsRespectively(
  text: string,
  candidates: readonly Candidate[],
  byMention: Map<NumberMention, Claim>,
  placed: LazyPlaced,
  sentences: readonly Sentence[],
): void {
  const date = (figures: readonly Candidate[], years: readonly TimeExpression[]): void =>
    figures.forEach((figure, i) => {
      const claim = byMention.get(figure.mention);
      if (claim) claim.period = years[i]!.period;
    });
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (!/\brespectively\b/i.test(sentence.text)) continue;
    if (yearsOfParallelFigures(text, candidates, placed, sentences, index, date)) continue;
    const years = placed
      .at(index)
      .map((p) => p.time)
      .filter((t) => /^\d{4}$/.test(t.period) && !t.relative);
    if (years.length < 2) continue;
    const own = candidates.filter((c) => c.sentence === sentence);
    // the runs of years joined as a list
    const runs: TimeExpression[][] = [];
    for (const [i, year] of years.entries()) {
      const joined = i > 0 && LIST_JOIN.test(sentence.text.slice(years[i - 1]!.end, year.start));
      if (joined) runs[runs.length - 1]!.push(year);
      else runs.push([year]);
    }
    if (runs.length === 1) {
      const after = sentence.start + years[years.length - 1]!.end;
      const figures = own.filter((c) => c.mention.start >= after && c.mention.unit !== 'percent');
      if (figures.length === years.length) {
        date(figures, years);
        continue;
      }
    }
    // "growth of 6.7% and 6.4% in 2026 and 2027, respectively": the list of figures written
    // right before a list of years
    for (const run of runs) {
      if (run.length < 2) continue;
      const head = sentence.start + run[0]!.start;
      const figures = own.filter((c) => c.mention.end <= head).slice(-run.length);
      if (
        figures.length === run.length &&
        FIGURES_BEFORE_YEARS.test(text.slice(figures[figures.length - 1]!.mention.end, head)) &&
        figures.every(
          (c, i) =>
            i === 0 || LIST_JOIN.test(text.slice(figures[i - 1]!.mention.end, c.mention.start)),
        )
      )
        date(figures, run);
    }
  }
}

/**
 * "A and B rose by 5% and 7% respectively": each figure takes the place or the noun phrase of its
 * rank in the list before it (a noun phrase the catalogue knows becomes that metric).
 * A list of places that are the other ends of a flow ("Trade with Türkiye and Kyrgyzstan grew by
 * 18% and 24%", "exports to Russia and China") gives each figure its pair with `home` (rule 5).
 */
function bindRespectively(
  catalogue: MetricCatalogue,
  candidates: readonly Candidate[],
  byMention: Map<NumberMention, Claim>,
  perSentence: Map<Sentence, SentenceCache>,
  home: string,
): void {
  const bySentence = new Map<Sentence, Candidate[]>();
  for (const item of candidates) {
    if (!/\brespectively\b/i.test(item.sentence.text)) continue;
    const list = bySentence.get(item.sentence) ?? [];
    list.push(item);
    bySentence.set(item.sentence, list);
  }
  for (const [sentence, items] of bySentence) {
    const cached = perSentence.get(sentence);
    if (!cached) continue;
    const figures = items.map(
      (item) => [item.mention.start - sentence.start, item.mention.end - sentence.start] as const,
    );
    const targets = respectiveTargets(
      sentence.text,
      figures,
      () => (cached.tokens ??= tagSentence(cached.text)),
      cached.places,
    );
    // the list's first place is a flow's other end ("with Türkiye and Kyrgyzstan"): all are
    const first = targets[0]?.entity;
    const flowEnds =
      home !== '' &&
      home !== UNKNOWN_ENTITY &&
      // a region's text lists its members' own figures ("remittances to Tajikistan and Kyrgyzstan
      // would equal 45% and 24% of GDP"), not flows between the region and them
      !WORLD_REGIONS.includes(home) &&
      first !== undefined &&
      first !== '' &&
      cached.places.some((p) => p.partner && p.entity === first) &&
      // a text whose subject is one of the listed places has no other end for them
      targets.every((target) => target?.entity !== home) &&
      NAMES_A_FLOW.test(sentence.text.slice(0, figures[0]![0]));
    // "transfers from Russia to Uzbekistan and Kyrgyzstan": the sender written before the list is
    // the other end, not the text's subject
    const sender = flowEnds
      ? (cached.places.find(
          (p) =>
            p.end <= figures[0]![0] &&
            p.entity !== first &&
            isFlowEnd(p.entity) &&
            /\bfrom\s+(?:the\s+)?$/i.test(
              sentence.text.slice(Math.max(0, p.start - 10), p.start),
            ) &&
            !targets.some((target) => target?.entity === p.entity),
        )?.entity ?? '')
      : '';
    // "Amazon Web Services, Microsoft and Google held 30%, 22% and 13%": a list of names says
    // whom each figure is about, not what it measures
    const names = targets.map((target, index) => {
      const written = target?.name ?? (target?.entity ? undefined : target?.label);
      return written ? listedName(sentence.text, written, figures[index]![0]) : '';
    });
    const named =
      targets.filter((target) => target !== undefined).length > 1 &&
      targets.every((target, index) => target === undefined || names[index] !== '');
    bindToEarlierOwners(sentence.text, items, figures, targets, byMention);
    targets.forEach((target, index) => {
      const item = items[index]!;
      const claim = byMention.get(item.mention);
      if (!target || !claim) return;
      if (named) {
        claim.entity = names[index]!;
        return;
      }
      if (target.entity)
        claim.entity = flowEnds ? pairName(sender || home, target.entity, home) : target.entity;
      if (!target.label) return;
      const [at, atEnd] = figures[index]!;
      const match = chooseMetric(
        findMetricPhrases(catalogue, target.label),
        0,
        target.label.length,
        claim.unit,
      );
      const entry = growthOf(
        match && match.end === target.label.length ? match.entry : undefined,
        claim.unit,
        sentence.text,
        at,
        atEnd,
      );
      const changed = claim.unit === 'percent' && CHANGE_CUE.test(sentence.text.slice(0, at));
      const label = entry ? entry.label : changed ? `${target.label} growth` : target.label;
      claim.metric = entry ? entry.metric : slugify(label);
      claim.metric_label = label.charAt(0).toUpperCase() + label.slice(1);
      claim.metric_source = entry ? 'catalogue' : 'phrase';
    });
  }
}

/**
 * "Almaty collected 812 billion tenge and Astana 594 billion tenge, exceeding their plans by 3.1%
 * and 1.7% respectively": a "respectively" list whose own words bind no whole list of places or
 * names refers back
 * to the places that own the sentence's earlier figures, one each and in order (rule 1). Only when
 * there are as many earlier figures as listed ones and each has a place of its own.
 */
function bindToEarlierOwners(
  sentence: string,
  items: readonly Candidate[],
  figures: ReadonlyArray<readonly [number, number]>,
  targets: ReadonlyArray<RespectiveTarget | undefined>,
  byMention: Map<NumberMention, Claim>,
): void {
  const word = /\brespectively\b/i.exec(sentence);
  if (!word) return;
  let last = -1;
  for (let i = 0; i < figures.length; i++) if (figures[i]![1] <= word.index) last = i;
  let first = last;
  while (first > 0 && LIST_JOIN.test(sentence.slice(figures[first - 1]![1], figures[first]![0])))
    first -= 1;
  const count = last - first + 1;
  if (count < 2 || first !== count) return;
  // a list the words before the figures bind whole ("Kcell and Tele2 held 36% and 29%") stands
  if (targets.slice(first, last + 1).every((target) => target?.entity || target?.name)) return;
  const owners = items.slice(0, first).map((item) => byMention.get(item.mention)?.entity ?? '');
  if (
    new Set(owners).size !== count ||
    !owners.every((owner) => owner !== '' && findPlaces(owner).length > 0)
  )
    return;
  items.slice(first, last + 1).forEach((item, index) => {
    const claim = byMention.get(item.mention);
    if (claim) claim.entity = owners[index]!;
  });
}

/** A metric that already says money is spent, lent or earned. */
const SPENT_ALREADY =
  /(?:^|_)(?:spending|expenditures?|investments?|budget|revenues?|loans?|lending|funding|financing|subsid\w*|grants?|costs?|capex)(?:_|$)/;

/**
 * The claim a figure whose sentence names nothing measures the same thing as: the latest one from
 * `from` (its paragraph's start, or the paragraph's before) in the same class of unit, or for a
 * share of the total ("or 60% of the total") the latest level; null when there is none.
 */
/** "оның", "из них" right before a figure: a part of what was counted before. */
const PART_OF_COUNTED = /(?<![\p{L}])(?:оның|олардың|из\s+них|из\s+которых)\s*$/iu;
/** A figure right before a phrase, with its scale word: "118 вузов", "112 жоғары оқу орнының". */
const COUNTED_AFTER =
  /(?<![\p{L}\p{N}])\p{N}[\p{N}\s\u00a0\u202f,]*(?:\s*(?:тыс\.|тысяч\p{L}*|мың\p{L}*|млн))?\s+$/u;

/**
 * Whether the catalogue phrase at `start` is counted by a figure other than the one at [at, atEnd):
 * a number written right before it ("из 118 вузов" while the figure is "более тысячи").
 */
function countedByOther(sentence: string, start: number, at: number, atEnd: number): boolean {
  const before = sentence.slice(Math.max(0, start - 24), start);
  const counted = COUNTED_AFTER.exec(before);
  if (!counted) return false;
  const from = start - before.length + counted.index;
  return from < at || from >= atEnd;
}

function lastMeasured(
  claims: readonly Claim[],
  claim: Claim,
  from: number,
  share: boolean,
): Claim | null {
  for (let i = claims.length - 1; i >= 0; i--) {
    const other = claims[i]!;
    if (other.quote_start! < from) break;
    if (other.metric === UNLABELLED) continue;
    if (unitClass(other.unit) === unitClass(claim.unit)) return other;
    if (share && other.unit !== 'multiple') return other;
  }
  return null;
}

/**
 * The claim a Russian or Kazakh figure points back at (`cyrillicBackReference`): the last one
 * named, in any paragraph before; for a change, the last level (not a multiple), for a part of a
 * whole ("из них 80%"), the last level, and for the same measure, the last of its unit's class.
 */
function pointedBack(
  claims: readonly Claim[],
  claim: Claim,
  back: 'same' | 'change' | 'part',
): Claim | null {
  for (let i = claims.length - 1; i >= 0; i--) {
    const other = claims[i]!;
    if (other.metric === UNLABELLED || isJunkLabel(other.metric_label)) continue;
    if (back === 'part') {
      if (other.unit === 'percent' || other.unit === 'multiple') continue;
      return other;
    }
    // "72% этого объёма": a percentage of a level is its share
    const ofLevel = claim.unit === 'percent' && other.unit !== 'percent';
    if (
      back === 'change' || ofLevel
        ? other.unit !== 'multiple'
        : unitClass(other.unit) === unitClass(claim.unit)
    )
      return other;
  }
  return null;
}

/**
 * A rate a central bank or lender sets ("base_rate", "refinancing_rate"): moved by basis or
 * percentage points it grows or falls (README, Metric: `base_rate_growth`); inflation, shares
 * and penetration moved by points keep their change in points.
 */
function isPolicyRate(metric: string): boolean {
  return (
    /(?:^|_)rate$/.test(metric) &&
    !/(?:^|_)(?:inflation|unemployment|exchange|growth)(?:_|$)/.test(metric)
  );
}

/** "101.2% of the plan", "98.4% of the adjusted plan": how much of a plan was done (English). */
const OF_PLAN = /^\s*of\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:plan|target)\b/iu;

/** The suffixes of a derived metric, and the English of `cyrillicMeasureSuffix`'s. */
const MEASURED_SUFFIX = /_(?:growth(?:_multiple)?|share|ratio)$/;
const DERIVED_LABEL = / (?:growth(?: multiple)?|share)$/;
const MEASURE_LABELS: Readonly<Record<string, string>> = {
  _change_pp: 'change, pp',
  _growth: 'growth',
  _execution: 'execution',
  _ratio: 'ratio',
};

/** Between a level and the percentage that is its change: ", up ", "(+", ", an increase of ". */
const CHANGE_AFTER =
  /^[^.;:]{0,60}?[,(]\s*(?:\+|up|down|an?\s+(?:increase|rise|decline|decrease|drop|gain|jump)\s+of|(?:a\s+)?(?:growth|increase|rise|decline)\s+of)\s*(?:by\s+)?(?:about|around|nearly|almost|some|over|more\s+than|just\s+over)?\s*$/i;
/** Between a level and a percentage compared right after it: "…tonnes of steel, about 11% more". */
const COMPARED_GAP =
  /^[^.;:]{0,60}?,\s*(?:which\s+is\s+|or\s+)?(?:about|around|nearly|almost|some|roughly|approximately|over|just)?\s*$/i;
/** Between a level and the multiple that is its growth: "$310 million in 2025, 2.3 times more". */
const MULTIPLE_AFTER =
  /^[^.;:]{0,60}?[,(]\s*(?:which\s+is\s+|up\s+|an?\s+increase\s+of\s+)?(?:about|around|nearly|almost|some|roughly|approximately|over|more\s+than|just\s+over)?\s*$/i;
/** "three times the national average": a ratio to another level, not growth. */
const RATIO_TO =
  /^\s+(?:(?:more|higher|larger)\s+than\s+)?(?:the\s+)?(?:national|nationwide|country|average|overall|regional)\b/i;
/** A label read for a figure, its catalogue entry, and the label to keep if no referent is found. */
interface NamedMetric {
  label: string;
  entry?: MetricEntry;
  unlessNone?: string;
}

/** A superlative role among parties: "largest investors", "main buyer", "top importers of …". */
const RANKED_PARTIES =
  /^(?:the\s+)?(?:largest|biggest|main|major|top|leading|principal|key)\s+(?:[\p{L}-]+\s+)?(?:investors?|sources?|partners?|buyers?|importers?|exporters?|markets?|recipients?|contributors?|suppliers?|destinations?|lenders?|donors?|consumers?|producers?)(?:\s+of)?$/iu;
/** A sentence that lists ranked parties with their figures. */
const RANKED_LIST = /\b(?:respectively|followed\s+by)\b/i;

interface SentenceCache {
  places: PlaceMention[];
  phrases: MetricMatch[];
  /** Tagged on first need: only sentences with a figure the catalogue cannot name are. */
  tokens?: Token[];
  /** What is tagged: the sentence up to a little past its last figure (tagging costs by the word). */
  text: string;
}

/** The sentence up to 60 characters past its last figure: what its figures' noun phrases are read from. */
function taggedPart(sentence: Sentence, candidates: readonly Candidate[]): string {
  let last = 0;
  for (const item of candidates)
    if (item.sentence === sentence) last = Math.max(last, item.mention.end - sentence.start);
  const cut = sentence.text.indexOf(' ', last + 60);
  return cut < 0 ? sentence.text : sentence.text.slice(0, cut);
}

const BOUND_ENTITIES = new WeakMap<MetricCatalogue, ReadonlySet<string>>();
/** The entities the catalogue has metrics of their own for ("Astana Hub"), once per catalogue. */
function boundEntities(catalogue: MetricCatalogue): ReadonlySet<string> {
  let found = BOUND_ENTITIES.get(catalogue);
  if (!found) {
    found = new Set(catalogue.entries.map((entry) => entry.entity).filter(Boolean));
    BOUND_ENTITIES.set(catalogue, found);
  }
  return found;
}

/** The verb "employ" before a figure, past a qualifier: "employs about 4,800". */
const EMPLOYS_BEFORE =
  /\bemploy(?:s|ed)?\s+(?:(?:about|around|nearly|almost|over|some|roughly|more\s+than|just\s+over)\s+)?$/i;
/**
 * A company's shares moving, up to the figure: "Shares of Nvidia rose", "Senim Pay shares gained",
 * "Its shares on the London Stock Exchange rose 4.6% on March 13 to" (not "market shares").
 */
const SHARES_MOVED =
  /(?<!\bmarket\s)\bshares\b[^;]{0,80}?\b(?:rose|fell|gained|climbed|jumped|dropped|slid|slipped|lost|added|declined|increased|decreased|surged|plunged|tumbled|soared|edged\s+(?:up|down)|were\s+(?:up|down))\b[^;]{0,40}$/i;

/** Where the clause around `at` starts: after the last ";" or sentence start. */
function clauseStartOf(sentence: string, at: number): number {
  return sentence.lastIndexOf(';', at) + 1;
}

/** A survey asking the figure's people, past a qualifier: "surveyed 640", "a poll of 31". */
const SURVEYED_BEFORE =
  /\b(?:surveyed|polled|interviewed|questioned|(?:survey|poll)\s+of)\s+(?:(?:about|around|nearly|almost|over|some|roughly|more\s+than)\s+)?$/i;
/**
 * Subjects of "employ" that are firms, whose people are staff: "residents employ", "resident
 * companies employ", "together they employ" (a sector, a region or a country is none of these).
 */
const STAFF_EMPLOYER = /\b(?:residents?|compan(?:y|ies)|firms?|participants|members|they)\b/i;
/** Names of a city, whose employed people are its employment, not a body's staff. */
const CITY_NAME = /\bcity\b/i;
/** A sum written with a scale word ("$2.1 billion"): an amount, never a quote per unit. */
const SCALED_SUM = /\b(?:thousand|million|billion|trillion|mln|bn|trln)\b/i;

/** Nouns that name an economy as a whole, whose growth is economic growth. */
const ECONOMY_NOUN = /^(?:regions?|economy|economies|country|countries|projections?|outlook)$/;
/** "grow 6% this year to 162 million units": growth to a count of things is not an economy's. */
const GROWS_TO_COUNT =
  /^[^.;]{0,30}?\bto\s+(?:about\s+|around\s+)?\d[\d.,]*\s*(?:thousand|million|billion|mln|bn)?\s+(?!percent\b|per\b|trillion|tenge|soums?|manats?|lari|somoni|dollars?|euros?|rubles?|roubles?|yuan|drams?|tugriks?|togrogs?)\p{L}/u;
/** Growth as a noun or a verb. */
const GROWTH_WORD = /\b(?:growth|grow|grows|grew|growing|grown)\b/i;

/**
 * The metric of a number no catalogue phrase near it names: the noun it counts, else the noun
 * phrase it measures (tagged), else the older word-window reading, else the first informative
 * noun phrase of its sentence; never a junk label. A label that is itself a catalogue phrase is
 * that metric ("Budget revenues" → budget_revenue).
 */
function nameByPhrase(
  catalogue: MetricCatalogue,
  cached: SentenceCache,
  sentence: string,
  item: Candidate,
  at: number,
  atEnd: number,
  writtenAsName: (word: string) => boolean,
): NamedMetric {
  const unit = item.mention.unit;
  const tokens = (): Token[] => (cached.tokens ??= tagSentence(cached.text));
  // a label that only names who acts or whom ("Government", "Samsung") is looked past, unless the
  // catalogue knows it as a measure ("GDP")
  const refused = (text: string): boolean =>
    isJunkLabel(text) ||
    isActorAndVerb(text) ||
    (namesWhom(text, writtenAsName) && !findMetricPhrases(catalogue, text).length);
  let label =
    verbObjectLabel(sentence, at, atEnd, unit, tokens, item.countPhrase) ||
    (item.countPhrase ? cleanLabel(item.countPhrase) : '');
  if (refused(label)) label = phraseLabel(sentence, at, atEnd, unit, tokens(), refused);
  if (!label) {
    const window = readableMetric(sentence, at, unit, undefined, atEnd);
    if (!refused(window)) label = cleanLabel(window);
  }
  if (unitClass(unit) === 'currency') label = budgetMeasure(label, sentence, at, atEnd);
  // "raised its growth forecast for the region to 6.1%", "Developing Asia is expected to grow
  // 4.8%": growth that names no measure but a place or an economy is economic growth
  if (
    unit === 'percent' &&
    contentWords(label).every((word) => ECONOMY_NOUN.test(word)) &&
    GROWTH_WORD.test(sentence.slice(0, at)) &&
    !GROWS_TO_COUNT.test(sentence.slice(atEnd))
  )
    label = 'economic growth';
  if (!label) {
    const any = nounPhrases(sentence, tokens())
      .map((p) => cleanLabel(p.text))
      .find((text) => !refused(text));
    label = any ?? UNLABELLED_LABEL;
  }
  // "the largest investors were China and Russia, with $142 million and $88 million": a rank among
  // parties says who, not what; the figures measure what their paragraph measured
  if (RANKED_PARTIES.test(label) && RANKED_LIST.test(sentence))
    return { label: UNLABELLED_LABEL, unlessNone: label };
  // "prices in China rose by 0.3%": the growth of prices of nothing in particular is inflation
  if (/^prices?\s+growth$/i.test(label)) label = 'inflation';
  // "Supplies to Türkiye amounted to 9.8 bcm": goods delivered to another country are exports
  label = deliveredAbroad(label, sentence);
  const match = chooseMetric(findMetricPhrases(catalogue, label), 0, label.length, unit);
  // the catalogue names the whole phrase or its head ("state budget revenues" → budget revenue)
  if (match && match.end === label.length) return { label, entry: match.entry };
  return { label };
}

/** "по среднегодовому курсу", "по текущему курсу", "орташа бағам бойынша": a converted sum. */
const AT_EXCHANGE_RATE =
  /^\s*(?:США\s*)?\)?\s*(?:по\s+(?:\p{L}+\s+){0,2}курсу|(?:\p{L}+\s+){0,2}бағам(?:ы|ымен)?\s+бойынша)(?![\p{L}])/iu;

/** A mobile network's generation: "4G", "5G" (Latin or Cyrillic "G" is not written). */
const MOBILE_GENERATION = /(?<![\p{L}\p{N}])[2-6]G(?![\p{L}\p{N}])/iu;

/** Prices of nothing in particular: "Цены", "Баға", "Бағалар". */
const BARE_PRICES = /^(?:цены|цена|баға|бағасы|бағалар|бағалары)$/iu;
/** "цены на нефть", "цены в Алматы": prices of something, or somewhere, named after them. */
const PRICES_OF_AFTER = /^\s+(?:на|в|во)\s/iu;

/**
 * A Russian or Kazakh figure no phrase of its sentence names: the noun phrase that opens its
 * clause (`cyrillic-metrics.ts`), as written, or the catalogue's metric where that phrase is one.
 */
function nameByCyrillicPhrase(
  catalogue: MetricCatalogue,
  sentence: string,
  item: Candidate,
  at: number,
  atEnd: number,
  language: 'ru' | 'kk',
): NamedMetric {
  // a count names what it counts when the glossary knows that noun ("охватит 20 городов"), as in
  // English; else the phrase that opens its clause
  const counted =
    item.mention.unit === 'count' &&
    item.countPhrase &&
    sentence.slice(atEnd, atEnd + 40).includes(item.countPhrase) &&
    isCountedNoun(item.countHead ?? '', language)
      ? item.countPhrase
      : '';
  // a counted noun the glossary does not know still names more than nothing does
  const opening = cyrillicMetricLabel(sentence, at, language, atEnd);
  const label =
    counted ||
    // a label the junk test refuses ("Городе", "Бағаланған") is no label: the next reading is tried
    (isJunkLabel(opening) ? '' : opening) ||
    (item.mention.unit === 'count' &&
    item.countPhrase &&
    !isJunkLabel(item.countPhrase) &&
    !namesMeasure(item.countPhrase)
      ? item.countPhrase
      : '') ||
    'unlabelled figure';
  // "баға 10,2 пайызға … өсті", "цены выросли на 0,8%": the growth of prices of nothing in
  // particular is inflation, as in English
  if (
    item.mention.unit === 'percent' &&
    BARE_PRICES.test(label) &&
    !PRICES_OF_AFTER.test(
      sentence.slice(sentence.toLowerCase().lastIndexOf(label.toLowerCase(), at) + label.length),
    ) &&
    (isCyrillicChange(sentence, at, atEnd) || CYRILLIC_CHANGE.test(sentence.slice(atEnd)))
  ) {
    const inflation = catalogue.entries.find((entry) => entry.metric === 'inflation');
    if (inflation) return { label, entry: inflation };
  }
  // "в бюджет поступило 14,75 трлн", "Бюджет области утвержден в объеме 1 148 млрд": a budget
  // as such is measured by its revenue or by what it spends, as in English (`budgetMeasure`)
  if (
    unitClass(item.mention.unit) === 'currency' &&
    cyrillicMetricSlug(label, language) === 'budget'
  ) {
    const clause = sentence.slice(0, atEnd + 40);
    const measure = CYRILLIC_BUDGET_IN.test(clause)
      ? 'budget_revenue'
      : CYRILLIC_BUDGET_SIZE.test(clause)
        ? 'budget_expenditure'
        : '';
    const entry = catalogue.entries.find((e) => e.metric === measure);
    if (entry) return { label, entry };
  }
  const match = chooseMetric(
    findMetricPhrases(catalogue, label),
    0,
    label.length,
    item.mention.unit,
  );
  return match && match.end === label.length ? { label, entry: match.entry } : { label };
}

/** Keeps a number when it is a claimed quantity; null for years, dates, names, ranks and bare figures. */
function candidate(
  text: string,
  mention: NumberMention,
  paragraph: Paragraph,
  previous: readonly Candidate[],
  following: readonly NumberMention[] = [],
  /** The document's claims of the paragraphs before. */
  earlier: readonly Claim[] = [],
): Candidate | null {
  if (mention.excluded) return null;
  // "1 USD = 525 KZT": the left side of a rate states no amount
  if (/^\s*=/.test(text.slice(mention.end, mention.end + 3))) return null;
  // "1 доллар — 521,6 тенге", "the price of 1 GB": one unit that a price is quoted for
  if (
    mention.value === 1 &&
    (/^\s*[—–]\s*\d/.test(text.slice(mention.end, mention.end + 4)) ||
      UNIT_PRICED_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start)))
  )
    return null;
  // "by 1200 GMT", "в 10:00 по Астане": a time of day
  if (TIME_OF_DAY_AFTER.test(text.slice(mention.end, mention.end + 12))) return null;
  const sentence = paragraph.sentences.find(
    (s) => s.start <= mention.start && mention.start < s.end,
  );
  if (!sentence) return null;
  const cyrillic = paragraph.language === 'ru' || paragraph.language === 'kk';
  // "the tugrik traded at 3,420 per dollar": a bare rate is in the currency its clause names
  if (mention.unit === 'count' && BARE_RATE_AFTER.test(text.slice(mention.end, mention.end + 24))) {
    // … else the one its sentence or the paragraph before it names ("The tenge weakened. It traded at 548 per dollar")
    const clauseStart = clauseAround(sentence.text, mention.start - sentence.start)[0];
    const code =
      currencyNamed(text.slice(sentence.start + clauseStart, mention.start)) ??
      currencyNamed(text.slice(paragraph.start, mention.start));
    if (code) {
      mention.unit = code;
      mention.marked = true;
    }
  }
  // "25,000-26,500 tonnes", "between 350,000 and 400,000 tonnes", "520-535 per dollar": the
  // first end of a range counts, or is priced in, what its second end is
  const partner =
    mention.rangeWith !== undefined &&
    mention.unit === 'count' &&
    following[0]?.rangeWith !== undefined &&
    following[0].unit === 'count'
      ? following[0]
      : null;
  if (partner && BARE_RATE_AFTER.test(text.slice(partner.end, partner.end + 24))) {
    const clauseStart = clauseAround(sentence.text, mention.start - sentence.start)[0];
    const code = currencyNamed(text.slice(sentence.start + clauseStart, mention.start));
    if (code) {
      mention.unit = code;
      mention.marked = true;
    }
  }
  const counts = (end: number) =>
    (cyrillic && cyrillicCountNoun(text, end)) || countNoun(text, end);
  // "212 more settlements", "5 000 additional places": the noun after "more" is what is counted
  const more =
    mention.unit === 'count' ? MORE_AFTER.exec(text.slice(mention.end, mention.end + 16)) : null;
  const noun =
    mention.unit !== 'count'
      ? null
      : counts(mention.end) ||
        (partner && counts(partner.end)) ||
        (more && countNoun(text, mention.end + more[0].length));
  // "on a 100% basis", "на 100%-ной основе": how a figure is counted, not a share
  if (mention.unit === 'percent' && BASIS_AFTER.test(text.slice(mention.end, mention.end + 16)))
    return null;
  if (mention.marked && mention.unit !== 'count') return { mention, sentence, paragraph };
  if (noun) {
    if (LABEL_BEFORE.test(text.slice(Math.max(0, mention.start - 14), mention.start))) return null;
    // "the two countries" names things already known; it does not count them
    // … but "1,012 of the 1,077 services" counts the whole the first figure is a part of
    if (
      !mention.marked &&
      mention.qualifier === 'exact' &&
      DEFINITE_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start)) &&
      !PART_OF_WHOLE_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))
    )
      return null;
    if (mention.value === 1 && mention.form === 'words') return null;
    // "climbed five positions": a move in a ranking is a rank, not a quantity
    if (RANK_NOUNS.test(noun.head)) return null;
    // "aged 14 to 18", "6–74 жас аралығындағы", "учеников 7–11 классов": ages and school grades
    // name who is counted, they count nothing
    if (
      AGE_GRADE_NOUNS.test(noun.head) ||
      AGE_AFTER.test(text.slice(mention.end, mention.end + 30)) ||
      AGE_BEFORE.test(text.slice(Math.max(0, mention.start - 14), mention.start))
    )
      return null;
    return { mention, sentence, paragraph, countPhrase: noun.phrase, countHead: noun.head };
  }
  const before = text.slice(sentence.start, mention.start);
  // "spending at 30.8 trln": a scaled figure with no unit of its own takes the currency of the one
  // before it, in its clause, else across a contrast ("…211.3 billion tenge, while transfers
  // reached 173.3 billion"), there not from a conversion in brackets ("… tenge ($598 million)")
  if (mention.marked) {
    const clauseStart =
      sentence.start + clauseAround(sentence.text, mention.start - sentence.start)[0];
    const lends = (c: Candidate) =>
      c.sentence === sentence &&
      c.mention.unit !== 'count' &&
      c.mention.unit !== 'percent' &&
      c.mention.unit !== 'multiple';
    const lender =
      previous.findLast((c) => lends(c) && c.mention.start >= clauseStart) ??
      (paragraph.language === 'en' &&
      /\b(?:while|whereas)\s*$/i.test(text.slice(Math.max(0, clauseStart - 10), clauseStart))
        ? previous.findLast(
            (c) =>
              lends(c) &&
              !/\(\s*(?:about\s+|around\s+|some\s+|~)?$/i.test(
                text.slice(Math.max(sentence.start, c.mention.start - 10), c.mention.start),
              ),
          )
        : undefined);
    if (lender && !COUNTED_BETWEEN.test(text.slice(lender.mention.end, mention.start))) {
      mention.unit = lender.mention.unit;
      return { mention, sentence, paragraph };
    }
    // Russian and Kazakh list a sum's parts after dashes and commas ("доходы – 21,4 трлн тенге,
    // расходы – 25,9 трлн", "экспорт вырос до 11,9 млрд, импорт – до 8,9 млрд долларов"): the
    // currency named once in the sentence carries to its bare sums, unless what comes between
    // names a count ("число продавцов … 820 тысяч")
    const carried =
      (cyrillic
        ? sentenceCurrency(text, mention, sentence, previous, following)
        : englishSentenceCurrency(text, mention, sentence, previous)) ??
      previousSentenceCurrency(text, mention, sentence, paragraph, previous, following);
    if (carried) {
      mention.unit = carried;
      return { mention, sentence, paragraph };
    }
  }
  if (LABEL_BEFORE.test(text.slice(Math.max(0, mention.start - 14), mention.start))) return null;
  if (TIME_AFTER.test(text.slice(mention.end, mention.end + 16))) return null;
  // "the number of residents had grown to 1,874": the noun comes before the figure
  const clause = before.slice(clauseAround(before, before.length)[0]);
  const counted = cyrillic ? cyrillicNumberOf(clause) : '';
  if (counted)
    return {
      mention,
      sentence,
      paragraph,
      countPhrase: counted,
      countHead: counted.split(/\s+/).pop()!.toLowerCase(),
    };
  // "их было 11 900": a count after a verb of being counts what was named before
  if (cyrillic && mention.value >= 2 && COUNT_VERB_BEFORE.test(clause.slice(-40)))
    return { mention, sentence, paragraph };
  const numberOf = NUMBER_OF.exec(clause);
  if (numberOf)
    return {
      mention,
      sentence,
      paragraph,
      countPhrase: numberOf[1]!,
      countHead: numberOf[1]!.split(/\s+/).pop()!.toLowerCase(),
    };
  // "whose number rose to 1,240", "the number of people employed hit 28,000", "bringing the
  // total to 41,600": a figure the number or total of the sentence reaches
  if (
    !cyrillic &&
    mention.value >= 2 &&
    !/^(?:19|20)\d\d$/.test(mention.text) &&
    (NUMBER_REACHES.test(clause.slice(-90)) ||
      (TOTAL_TO.test(clause.slice(-30)) &&
        previous.some((c) => c.sentence === sentence && c.mention.unit === 'count')))
  )
    return { mention, sentence, paragraph };
  // "up from 700 in 2024", "against 98,000 a year earlier": the base a figure of the sentence is
  // compared with is in that figure's unit
  if (!cyrillic && mention.value >= 2 && BASE_BEFORE.test(clause.slice(-24))) {
    const compared = previous.findLast((c) => c.sentence === sentence);
    if (compared && compared.mention.unit !== 'percent' && compared.mention.unit !== 'multiple') {
      mention.unit = compared.mention.unit;
      return { mention, sentence, paragraph };
    }
  }
  // "47,500 have completed … and 8,200 have received", "reaching 3.1 million and 265,000": a bare
  // figure joined to a count of its sentence counts the same; "today there are 24" counts too
  const parallel =
    mention.value >= 2 &&
    !/^(?:19|20)\d\d$/.test(mention.text) &&
    PARALLEL_BEFORE.test(clause.slice(-12)) &&
    previous.some((c) => c.sentence === sentence && c.mention.unit === 'count')
      ? PARALLEL_AFTER.exec(text.slice(mention.end, mention.end + 20))
      : null;
  if (parallel) {
    // "8,200 have received advanced certificates": what the verb's object names is what it counts
    const object = parallel[1] ? countNoun(text, mention.end + parallel[0].length) : null;
    return object
      ? { mention, sentence, paragraph, countPhrase: object.phrase, countHead: object.head }
      : { mention, sentence, paragraph };
  }
  if (
    mention.value >= 2 &&
    !/^(?:19|20)\d\d$/.test(mention.text) &&
    THERE_ARE.test(clause.slice(-30))
  )
    return { mention, sentence, paragraph };
  // "14 из 20 регионов", "580 of the park's 1,850 residents": the part counts what its whole does
  const whole = PART_OF_WHOLE_AFTER.exec(text.slice(mention.end, mention.end + 26));
  if (whole && mention.value >= 2 && !/^(?:19|20)\d\d$/.test(mention.text)) {
    const digits = /^[\d\s,.\u00a0]*\d/.exec(text.slice(mention.end + whole[0].length - 1));
    const wholeNoun = digits ? counts(mention.end + whole[0].length - 1 + digits[0].length) : null;
    if (wholeNoun)
      return {
        mention,
        sentence,
        paragraph,
        countPhrase: wholeNoun.phrase,
        countHead: wholeNoun.head,
      };
  }
  // "of which 96 are foreign", "из них 96", "1,012 of the 1,077 services": a part of a whole
  // counted in the same sentence, before it or right after it
  if (
    mention.value >= 2 &&
    !/^(?:19|20)\d\d$/.test(mention.text) &&
    ((PART_BEFORE.test(clause.slice(-24)) &&
      previous.some((c) => c.sentence === sentence && c.mention.unit === 'count')) ||
      PART_OF_WHOLE_AFTER.test(text.slice(mention.end, mention.end + 26)))
  )
    return { mention, sentence, paragraph };
  // "plan to build 7,000 more by 2027", "строит еще 30", "Олардың 680-і": more of, or a part of,
  // what a count of the sentence counts
  if (
    mention.value >= 2 &&
    !/^(?:19|20)\d\d$/.test(mention.text) &&
    (more ||
      (cyrillic && MORE_BEFORE.test(clause.slice(-10))) ||
      (paragraph.language === 'kk' &&
        KAZAKH_PART_AFTER.test(text.slice(mention.end, mention.end + 4)) &&
        KAZAKH_OF_THEM.test(
          text.slice(Math.max(sentence.start, mention.start - 12), mention.start),
        ))) &&
    previous.some((c) => c.mention.unit === 'count' && c.sentence.start >= paragraph.start)
  )
    return { mention, sentence, paragraph };
  // "Из них:" then "– 32 800 – на инженерные;", "- for teachers: 14,200;", or within a sentence
  // "12 400 грантов — для IT, 5 000 – для педагогических": the parts of a count its list or
  // sentence names before them count the same things
  const listedWhole =
    mention.value >= 2 && !/^(?:19|20)\d\d$/.test(mention.text)
      ? listedPart(text, mention, paragraph, previous, earlier)
      : null;
  if (listedWhole) return { mention, sentence, paragraph, partKind: listedWhole.kind };
  if (
    mention.value >= 2 &&
    !/^(?:19|20)\d\d$/.test(mention.text) &&
    DASH_PART_AFTER.test(text.slice(mention.end, mention.end + 12)) &&
    /[,;]\s*$/.test(before) &&
    previous.some((c) => c.sentence === sentence && c.mention.unit === 'count')
  )
    return { mention, sentence, paragraph };
  // "180 of them", "40 of which": a part of something counted before
  if (
    /^\s+of\s+(?:them|which|these|those|whom)\b/i.test(text.slice(mention.end, mention.end + 14)) &&
    mention.value >= 2
  ) {
    return { mention, sentence, paragraph };
  }
  // a figure with its own qualifier counts something named before it: "we want to see at least 2,000"
  if (mention.qualifier !== 'exact' && mention.value >= 2 && !/^\d{4}$/.test(mention.text)) {
    return { mention, sentence, paragraph };
  }
  if (mention.marked) return { mention, sentence, paragraph };
  return null;
}

/** Words that say a figure counts people or things, not money: "число", "количество", "саны". */
const COUNTED_BETWEEN =
  /(?<![\p{L}])(?:числ[оа]|числе?нност\p{L}*|количеств\p{L}*|населени\p{L}*|жител\p{L}*|человек|саны|адам|number\s+of|numbers|population)(?![\p{L}])/iu;

/**
 * The currency of a Cyrillic sentence's sum, for a scaled figure without one: the nearest before it
 * in the sentence, else the first after it; null when the words between name a count.
 */
function sentenceCurrency(
  text: string,
  mention: NumberMention,
  sentence: Sentence,
  previous: readonly Candidate[],
  following: readonly NumberMention[],
): string | null {
  const lender =
    previous.findLast((c) => c.sentence === sentence && isCurrencySum(c.mention))?.mention ??
    following.find((m) => m.start < sentence.end && isCurrencySum(m));
  if (!lender) return null;
  const between =
    lender.start < mention.start
      ? text.slice(lender.end, mention.start)
      : text.slice(sentence.start, lender.start);
  return COUNTED_BETWEEN.test(between) ? null : lender.unit;
}

/** The kind of a claim whose own words say none, from the count it is a listed part of. */
function listedKind(
  whole: Claim['kind'] | undefined,
  cues: Parameters<typeof classifyKind>[0],
): Claim['kind'] {
  const own = classifyKind(cues);
  return whole && own === 'actual' ? whole : own;
}

/** A part's figure followed by whom it is for: "5 000 – для педагогических", "1,500 - for nurses". */
const DASH_PART_AFTER = /^\s*[–—-]\s*(?:для|на|в|по|for|to|in|on|at)\s/iu;

/**
 * A list item's bare figure under an intro ("Из них:", "Of these:") whose list or intro counts
 * something before it: the item is a part of that count. Not a numbered item's own number.
 */
function listedPart(
  text: string,
  mention: NumberMention,
  paragraph: Paragraph,
  previous: readonly Candidate[],
  earlier: readonly Claim[],
): { kind?: Claim['kind'] } | null {
  if (!isListLine(text, paragraph.start, paragraph.text)) return null;
  if (
    /^\s*$/.test(text.slice(paragraph.start, mention.start)) &&
    /^[.)]/.test(text.slice(mention.end))
  )
    return null;
  const intro = listIntro(text, paragraph.start);
  if (!intro) return null;
  if (previous.some((c) => c.mention.unit === 'count')) return {};
  for (let i = earlier.length - 1; i >= 0 && earlier[i]!.quote_start! >= intro.start; i--)
    if (earlier[i]!.unit === 'count') return { kind: earlier[i]!.kind };
  return null;
}

/** A sum in a currency with a scale word of its own: "21,4 трлн тенге", "$2.1 billion". */
function isCurrencySum(mention: NumberMention): boolean {
  return (
    mention.unit !== 'count' &&
    mention.unit !== 'percent' &&
    mention.unit !== 'multiple' &&
    !mention.excluded &&
    SCALED_FIGURE.test(mention.text)
  );
}

/** A figure with a scale word right after it, in any of the three languages. */
const SCALED_FIGURE =
  /\d\s*(?:трлн|млрд|млн|тыс|триллион|миллиард|миллион|тысяч|мың|trillion|billion|million|tn|bn|mln|mn)/iu;

/**
 * English lists sums as Russian does, after a comma and "and" ("to rise to 4.1 trillion tenge,
 * and on healthcare to 3.2 trillion"): a scaled figure with nothing counted after it takes the
 * currency of the sentence's sum before it, unless what comes between names a count.
 */
function englishSentenceCurrency(
  text: string,
  mention: NumberMention,
  sentence: Sentence,
  previous: readonly Candidate[],
): string | null {
  if (!BARE_AFTER.test(text.slice(mention.end, mention.end + 12))) return null;
  const lender = previous.findLast(
    (c) => c.sentence === sentence && isCurrencySum(c.mention),
  )?.mention;
  if (!lender) return null;
  // a gap that repeats the sum's construction ("…, and on healthcare to"), not a new clause with
  // its own verb ("…, and expects visitors to reach 2 million")
  const between = text.slice(lender.end, mention.start);
  if (!GAPPED_SUM_BEFORE.test(between) || between.split(/\s+/).length > 9) return null;
  // "… and added 210,000 subscribers, taking its base to 2.6 million": a count between breaks it
  if (previous.some((c) => c.mention.start > lender.start && c.mention.unit === 'count'))
    return null;
  return COUNTED_BETWEEN.test(between) ? null : lender.unit;
}

/** The words before a gapped sum: a conjunction, then a preposition or a dash right before it. */
const GAPPED_SUM_BEFORE =
  /(?:,|\band\b|\bwhile\b|\bbut\b|\bwhereas\b)[^.;]*(?:\bto|\bat|\bby|\bfrom|\bof|[—–:-])\s+(?:(?:about|around|nearly|almost|some|over|under|just\s+over)\s+)?$/i;

/** Nothing named after a figure: the clause or sentence ends, or a comparison follows it. */
const BARE_AFTER =
  /^\s*(?:[.,;:)]|$|\s(?:in|by|for|from|against|compared|a\s+year|last|this|next|до|в|к|по|против)\s)/iu;

/**
 * A scaled sum alone in its sentence ("В прошлом году она составила 43,8 млрд.", "when the figure
 * was 674 million") continues the sentence before it in the same paragraph, whose last sum names
 * its currency.
 */
function previousSentenceCurrency(
  text: string,
  mention: NumberMention,
  sentence: Sentence,
  paragraph: Paragraph,
  previous: readonly Candidate[],
  following: readonly NumberMention[],
): string | null {
  if (!BARE_AFTER.test(text.slice(mention.end, mention.end + 12))) return null;
  // another figure of the sentence with a unit of its own would have lent it
  if (following.some((m) => m.start < sentence.end && isCurrencySum(m))) return null;
  const last = previous.findLast((c) => c.paragraph === paragraph && c.sentence !== sentence);
  if (!last || !isCurrencySum(last.mention)) return null;
  if (text.slice(last.sentence.end, sentence.start).trim() !== '') return null;
  if (previous.some((c) => c.sentence === sentence && isCurrencySum(c.mention))) return null;
  const before = text.slice(sentence.start, mention.start);
  if (!AMOUNT_VERB_BEFORE.test(before)) return null;
  return COUNTED_BETWEEN.test(before) ? null : last.mention.unit;
}

/** What an amount is said to come to: "составила", "до", "reached", "to", "stood at", "жетті". */
const AMOUNT_VERB_BEFORE =
  /(?:(?<![\p{L}])(?:составил\p{L}*|составля\p{L}*|достиг\p{L}*|достичь|до|reached|reach|to|totall?ed|amounted\s+to|stood\s+at|at|құрады|жетті|жетеді)|\bwas)\s+(?:(?:about|around|nearly|almost|over|some|более|около|почти|порядка|свыше)\s+)?$/iu;

/** "by" or "на" before a figure, with a qualifier between: the figure is a change. */
const CHANGE_BY_BEFORE = /(?:\bby|(?<![\p{L}])на)\s+(?:\p{L}+\s+)?$/iu;
/** Words that open a part of a whole counted before: "of which", "из них", "оның ішінде". */
const PART_BEFORE =
  /(?:\bof\s+(?:which|whom|them|these)|\bamong\s+them|(?<![\p{L}])(?:из\s+(?:них|которых)|оның\s+ішінде))\s*(?:about|around|nearly|some|only|over|almost|roughly|около|более|почти|порядка)?\s*[—–-]?\s*$/iu;
/** A part followed by its whole: "1,012 of the 1,077 services". */
const PART_OF_WHOLE_AFTER =
  /^\s+(?:of\s+(?:the\s+)?(?:[\p{L}]+['’]s?\s+)?|из\s+|(?:ішінен|арасынан)\s+)\d/iu;
const PART_OF_WHOLE_BEFORE = /\d\s+of\s+the\s+$/i;
const RANK_NOUNS = /^(?:positions|places|spots|notches|ranks|rungs|steps)$/i;
const UNIT_PRICED_BEFORE = /\b(?:price|cost)\s+(?:of|for)\s+$/i;
const TIME_OF_DAY_AFTER =
  /^\s*(?:GMT|UTC|CET|EST|a\.m\.|p\.m\.|local\s+time|Astana\s+time)(?![\p{L}])/u;
/** "more" after a figure: "7,000 more", "17 more cities", "5 000 additional places". */
const MORE_AFTER = /^\s+(?:more|additional|extra|fewer)(?![\p{L}])/iu;
/** "ещё 30", "тағы 12": more of what was counted before. */
const MORE_BEFORE = /(?<![\p{L}])(?:ещ[её]|тағы)\s+$/iu;
/** Kazakh "of them N": "олардың 680-і", "оның 1 100-і". */
const KAZAKH_OF_THEM = /(?<![\p{L}])(?:олардың|оның|соның|бұлардың)\s+$/iu;
const KAZAKH_PART_AFTER = /^-(?:і|ы|сі|сы)(?![\p{L}])/u;
/** "оның ішінде" before a Kazakh part, as "оның" alone. */
const KAZAKH_OF_THEM_WITHIN = /(?<![\p{L}])(?:олардың|оның|соның|бұлардың)(?:\s+ішінде)?\s+$/iu;
/** A Kazakh figure in the possessive, a part of what was counted: "680-і", "12 мыңы", "1,2 млн-ы". */
const KAZAKH_POSSESSIVE_FIGURE = /(?:-(?:і|ы|сі|сы)|мыңы|миллионы|млн-ы|млрд-ы)$/u;
/**
 * After an English or Russian part's figure, no noun of its own: a clause end, a dash or a
 * preposition ("of them nine in rural areas"); a verb may say what the part is ("were registered").
 */
const NO_OWN_NOUN_AFTER = /^(?:\s*[—–,.;:)]|\s*$|\s+(?:in|with|from|for|to|at|on)\b)/iu;

/**
 * Whether the figure at [at, atEnd) is a part of a whole counted just before it that names no noun
 * of its own: "of them nine in rural areas", «из них 312 — с иностранным участием», Kazakh «Оның
 * 2 200-і бакалавриатқа», «оның ішінде 12 мыңы …, 9,5 мыңы …».
 */
function isOwnlessPart(sentence: string, at: number, atEnd: number, mention: string): boolean {
  const before = sentence.slice(Math.max(0, at - 30), at);
  const figure = mention + (/^-?\p{L}{0,3}/u.exec(sentence.slice(atEnd))?.[0] ?? '');
  if (KAZAKH_POSSESSIVE_FIGURE.test(figure))
    return (
      KAZAKH_OF_THEM_WITHIN.test(before) ||
      // "…, 9,5 мыңы педагогикалық …": the next item of a Kazakh part list
      (/,\s*$/.test(before) &&
        /(?<![\p{L}])(?:олардың|оның)(?![\p{L}])/iu.test(sentence.slice(0, at)))
    );
  return PART_BEFORE.test(before) && NO_OWN_NOUN_AFTER.test(sentence.slice(atEnd, atEnd + 12));
}
/** "on a 100% basis", "на 100%-ной основе", "100 пайыздық негізде". */
const BASIS_AFTER = /^(?:-?\p{L}{0,4})?\s+(?:basis|основе|негізде)(?![\p{L}])/iu;
/** Nouns of ages and school grades, in English, Russian and Kazakh. */
const AGE_GRADE_NOUNS = /^(?:grades|year-olds|жастағы|класс|классов|классы|классах|сынып\p{L}*)$/iu;
/** "6–74 жас аралығындағы": "жас" is an age before "аралығы" (and "young" elsewhere). */
const AGE_AFTER = /^[\s–—-]*(?:\d[\d\s]*)?\s*жас(?:қа|тан|тағы)?\s+аралығ/iu;
/** Words that make the figure after them an age: "aged 14", "в возрасте 18". */
const AGE_BEFORE = /(?:\baged?|\bages|в\s+возрасте(?:\s+от)?|возрастом)\s+$/iu;
/** A figure joined to the one before it by "and" or a comma. */
const PARALLEL_BEFORE = /(?:\band|,)\s+$/i;
/** … and followed by a verb, or ending its clause: no noun of its own follows. */
const PARALLEL_AFTER =
  /^(?:\s*[.,;:)]|\s*$|\s+(?:(?:have|has|had)\s+)?(received|completed|joined|obtained|passed|found|got|won|earned)\b|\s+(?:have|has|had|were|are|was|is|will|remain(?:ed)?)\b)/i;
const THERE_ARE = /\bthere\s+(?:are|were|will\s+be|is)\s+(?:now\s+|already\s+|still\s+)?$/i;
const DEFINITE_BEFORE = /\b(?:the|these|those|both|all|its|their|our|his|her)\s+$/i;
const TIME_AFTER =
  /^[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|quarters?|times)\b/i;
/** `caseless`: 0.24 µs a sentence against 3.0 µs with the `iu` flags (see caseless.ts). */
/** The number (of something) reaching a figure: "whose number rose to", "the number of people employed hit". */
const NUMBER_REACHES =
  /\bnumber(?:\s+of\s+[^,;.]{1,60}?)?\s+(?:(?:has|had|is|was|will)\s+)?(?:rose|risen|grew|grown|increased|climbed|reached|hit|stood|fell|declined|dropped|totall?ed|is\s+to\s+reach|to\s+reach|will\s+reach|to)\s+(?:to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;
/** "bringing the total to": a running total of what the sentence counts. */
const TOTAL_TO =
  /\btotal\s+(?:number\s+)?(?:to|at|of)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;
/** The base a figure is compared with: "up from", "down from", "against". */
const BASE_BEFORE =
  /(?:\b(?:up|down)\s+from|\bfrom|\bagainst|\bcompared\s+with|\b(?:target|plan|goal|forecast|quota)\s+of)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$/i;
const NUMBER_OF = caseless(
  /\b(?:number|count|total)\s+of\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\b(?![^,;]*\b(?:number|count)\s+of\b)/iu,
);

/** The figures of `sentence` among `candidates`. */
function mentionsOf(candidates: readonly Candidate[], sentence: Sentence): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const candidate of candidates)
    if (candidate.sentence === sentence) mentions.push(candidate.mention);
  return mentions;
}

/** A baseline named as a plan ("a planned 0.5%") or a projection ("the projected 5%"). */
const NAMED_BASE = /\b(?:(planned|targeted|budgeted)|projected|forecast|expected)\s+[$€£₸]?$/i;

/** After a Russian change's starting figure: the end it goes to ("со 160 тысяч до 250 тысяч"). */
const CYRILLIC_CHANGE_TO = /^\s*(?:[\p{L}.]+\s+){0,2}до\s+[$€₸]?\s*\d/u;

/**
 * The baseline of a projected or planned change ("projected to rise from 7% to 29% by 2033", "will
 * allocate 580 billion tenge in 2026, up from 450 bn tenge this year") is the present value: actual,
 * with only a period written right after it.
 */
function fixBaselines(
  text: string,
  items: Candidate[],
  byMention: Map<NumberMention, Claim>,
  placed: LazyPlaced,
): void {
  // Russian and Kazakh: "увеличить со 160 тысяч до 250 тысяч", a change's start before "до"
  const cyrillicChange = (candidate: Candidate): boolean =>
    (candidate.paragraph.language === 'ru' || candidate.paragraph.language === 'kk') &&
    isCyrillicBaseline(text, candidate.mention) &&
    CYRILLIC_CHANGE_TO.test(text.slice(candidate.mention.end, candidate.mention.end + 40));
  const baseline = (candidate: Candidate): boolean =>
    isBaseline(text, candidate.mention) || cyrillicChange(candidate);
  items.forEach((item, index) => {
    if (!baseline(item)) return;
    const sameSentence = (other: Candidate | undefined) =>
      other !== undefined && other.sentence === item.sentence && !baseline(other);
    let partner: Candidate | undefined;
    for (let i = index - 1; i >= 0 && !partner; i--) if (sameSentence(items[i])) partner = items[i];
    for (let i = index + 1; i < items.length && !partner; i++)
      if (sameSentence(items[i])) partner = items[i];
    const claim = byMention.get(item.mention);
    const partnerClaim = partner && byMention.get(partner.mention);
    // "rose to 2,740, up from 2,180 a year earlier" under "In 2025:": a year before the figure's own
    // period, wherever that came from (its sentence, paragraph, list intro or heading)
    if (claim && partnerClaim && /^\d{4}/.test(partnerClaim.period)) {
      const sentenceIndex = item.paragraph.sentences.indexOf(item.sentence);
      const own = placed.at(sentenceIndex).find((p) => p.owner === item.mention && !p.base);
      const written = own && item.sentence.text.slice(own.time.start, own.time.end);
      if (written && YEAR_BEFORE.test(written)) {
        const year = Number(partnerClaim.period.slice(0, 4)) - 1;
        // a day stays a day ("as of April 1, up from … a year earlier"); 29 February has none
        claim.period = `${year}${partnerClaim.period.slice(4).replace(/^-02-29$/, '-02-28')}`;
      }
    }
    if (
      !claim ||
      !partnerClaim ||
      partnerClaim.kind === 'actual' ||
      // "со 160 тысяч до 250 тысяч человек": a start written without its noun takes the end's
      (partner!.countHead !== item.countHead &&
        item.countHead !== undefined &&
        // "со 160 тысяч до 250 тысяч человек": one quantity, whatever nouns it is counted in
        !cyrillicChange(item))
    )
      return;
    // "raised its 2025 growth forecast to 6.1% from 5.4%": the base of a revision is the earlier
    // forecast of the same period
    if (
      REVISION.test(item.sentence.text) ||
      (partnerClaim.kind === 'forecast' && ASSUMPTION.test(item.sentence.text))
    ) {
      claim.kind = partnerClaim.kind;
      if (!claim.period) claim.period = partnerClaim.period;
      return;
    }
    const sentenceIndex = item.paragraph.sentences.indexOf(item.sentence);
    const own = placed.at(sentenceIndex).find((p) => p.owner === item.mention && !p.base);
    claim.period = own ? own.time.period : '';
    // "compared with a planned 0.5% this year": a base named as a plan or a projection is one
    const named = NAMED_BASE.exec(
      text.slice(Math.max(0, item.mention.start - 20), item.mention.start),
    );
    claim.kind = !named ? 'actual' : named[1] ? 'target' : 'forecast';
  });
}

/** A label that names a compound annual growth rate and nothing it is the rate of. */
const COMPOUND_RATE = /^(?:compound\s+annual\s+(?:growth\s+)?rate|CAGR)$/i;

/**
 * "grow to $1.3 trillion by 2029 at a compound annual rate of 31.9%", "exceed $4 trillion, a
 * compound annual growth rate of about 25%": the rate is the growth of the level its sentence
 * names, the nearest figure in money or a count; without one the label stays.
 */
function compoundGrowth(claims: readonly Claim[]): void {
  claims.forEach((claim, index) => {
    if (claim.unit !== 'percent' || !COMPOUND_RATE.test(claim.metric_label)) return;
    let level: Claim | undefined;
    let distance = Infinity;
    claims.forEach((other, at) => {
      if (
        other.quote !== claim.quote ||
        other.unit === 'percent' ||
        other.unit === 'multiple' ||
        other.metric === UNLABELLED ||
        Math.abs(at - index) >= distance
      )
        return;
      level = other;
      distance = Math.abs(at - index);
    });
    if (!level) return;
    const { metric, metric_label: label, metric_source: source } = level as Claim;
    claim.metric = `${metric.replace(/_growth(?:_multiple)?$/, '')}_cagr`;
    claim.metric_label = `${label.replace(/ growth(?: multiple)?$/, '')} growth (CAGR)`;
    claim.metric_source = source;
  });
}

/**
 * The second end of a range and the baseline of a comparison measure the same thing as the figure
 * they go with: "between $8,000 and $9,500", "$15,000 compared to $14,260 in Russia".
 */
function shareMetrics(
  text: string,
  items: Candidate[],
  byMention: Map<NumberMention, Claim>,
): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    const previous = items[i - 1]!;
    if (previous.sentence !== item.sentence) continue;
    // "delegations from 30 countries" after "300 IT companies" counts other things: no shared metric
    const sameClass =
      unitClass(previous.mention.unit) === unitClass(item.mention.unit) &&
      previous.countHead === item.countHead;
    const ranged =
      previous.mention.rangeWith !== undefined &&
      previous.mention.end <= item.mention.start &&
      item.mention.rangeWith !== undefined;
    if (!sameClass || !(ranged || isBaseline(text, item.mention))) continue;
    const from = byMention.get(previous.mention);
    const to = byMention.get(item.mention);
    if (!from || !to) continue;
    to.metric = from.metric;
    to.metric_label = from.metric_label;
  }
}

const CONVERSION_JOIN =
  /^\s*(?:[([]|,?\s+or)\s*(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|or|equivalent\s+to|~|≈)?\s*$/i;

/** "450 billion tenge (US$994.3 million)": the amount in parentheses restates the one before it. */
function linkConversions(
  text: string,
  candidates: Candidate[],
  byMention: Map<NumberMention, Claim>,
): void {
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1]!.mention;
    const b = candidates[i]!.mention;
    if (a.unit === b.unit || a.unit === 'count' || a.unit === 'percent' || a.unit === 'multiple')
      continue;
    if (b.unit === 'count' || b.unit === 'percent' || b.unit === 'multiple') continue;
    if (!CONVERSION_JOIN.test(text.slice(a.end, b.start))) continue;
    const first = byMention.get(a);
    const second = byMention.get(b);
    if (!first || !second) continue;
    second.related_id = first.id;
    second.metric = first.metric;
    second.metric_label = first.metric_label;
    second.entity = first.entity;
    second.period = first.period;
    second.kind = first.kind;
    if (second.qualifier === 'exact') second.qualifier = first.qualifier;
  }
}
