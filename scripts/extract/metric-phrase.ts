/**
 * The noun phrase a number measures, as a readable metric label, for numbers the catalogue cannot
 * name: "Mongolia's coal exports rose to 61 million tonnes" → "coal exports". Reads the tags of
 * `noun-phrases.ts`; refuses junk labels (`labels.ts`). Pure.
 */
import { clauseAround } from './classify.ts';
import { findPlaces, withoutPlaces } from './entities.ts';
import { isJunkLabel } from './labels.ts';
import { nounPhrases, type NounPhrase, type Token } from './noun-phrases.ts';
import { COUNTRIES } from './languages/cyrillic-places.ts';
import { ENGLISH_SAYS_PRESENT } from './languages/saying-verbs.ts';
import {
  CLAUSE_OPENER,
  FLOW_PREPOSITION,
  EXPENDITURE_NOUN,
  FLOW_GAP,
  FLOW_OBJECT,
  FOR_PURPOSE_AFTER,
  KAZAKH_ALLOCATES,
  KAZAKH_DATIVE,
  RECEIVES_AFTER,
  REVENUE_NOUN,
  RUSSIAN_FOR,
  RUSSIAN_NOT_FOR,
  RUSSIAN_PREPOSITIONAL,
  RUSSIAN_SHARE_OF,
  MONEY_IN,
  NOT_A_PURPOSE,
  PURPOSE_NAMED_AFTER,
  SPENDING_CONTEXT,
} from './languages/budget-flows.ts';

/** What may stand between a noun and the number it names: "revenues of $5 bn", "deficit at 3%". */
const NAMES_NEXT =
  /^\s*(?:of|at|to|by|totall?ing|worth|amounting\s+to|:|was|were|is|are|stood\s+at|reached|rose\s+to|fell\s+to|grew\s+to)?\s*(?:about|around|nearly|over|some|almost|approximately|roughly|up\s+to|more\s+than|less\s+than|just|an\s+estimated|a\s+record|a|an|the)?\s*$/i;
/** Nouns that say a number is a change of what the subject names: "growth of 14.2%". */
const CHANGE_NOUN = /^(?:growth|increase|rise|decline|decrease|drop|fall|gain|jump|expansion)$/i;
const GROWTH_VERB =
  /\b(?:gr[eo]w\w*|growth|increas\w+|rose|rises?|rising|expand\w*|jump\w*|surg\w*|climb\w*|fell|fall\w*|declin\w*|decreas\w*|drop\w*|up|down)\b/i;
const LEADING =
  /^(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|total|overall|annual|combined|number|volume|amount|value|level)\s+(?:of\s+(?:the\s+)?)?)+/i;
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'for',
  'from',
  'to',
  'with',
  'by',
  'under',
  'during',
  'among',
  'between',
  'over',
  'since',
  'after',
  'before',
  'across',
  'against',
  'than',
  'as',
]);

/** An organisation's name by its shape: "Delta Telecom", "Orchid Capital", "National Bank". */
const ORGANISATION_NAME =
  /(?:\p{Lu}[\p{L}\d&.-]*\s+){1,3}(?:Bank|Telecom|Capital|Fund|Holdings?|Group|Partners|Analytics|Research|Corporation|Company|Airways|Airlines|Railways|Mobile|Technologies|Systems|Networks|Exchange|Insurance|Logistics|Valley)\b/u;
const ORGANISATION_NAMES = new RegExp(ORGANISATION_NAME.source, 'gu');
/** The words that end such a name: a plain test that spares most labels the pattern above. */
const ORGANISATION_END =
  /(?:Bank|Telecom|Capital|Fund|Holding|Group|Partners|Analytics|Research|Corporation|Company|Airways|Airlines|Railways|Mobile|Technologies|Systems|Networks|Exchange|Insurance|Logistics|Valley)\b/;
/** A scale word the tagger reads into the noun after a figure: "9.6 bln card payments". */
const LEADING_SCALE = /^(?:thousand|mln|mn|million|bln|bn|billion|trln|tn|trillion)\s+/i;
/** A headline's verb the tagger reads as a noun: "net profit rises", "exports tops". */
const TRAILING_VERB =
  /\s+(?:rises|grows|falls|drops|jumps|climbs|surges|slips|reaches|tops|hits|doubles|triples|nears)$/i;
/** A time the tagger reads into a noun phrase: "coal last year", "exports this month". */
const TRAILING_TIME =
  /\s+(?:last|this|next|previous|same|past|coming)\s+(?:year|month|quarter|week|decade)s?$/i;

/**
 * A noun phrase as a label: without leading determiners, "number of", places and possessives,
 * lower-cased except acronyms and names ("IT Park residents").
 *
 * @example cleanLabel("the number of Uzbekistan's IT Park residents") // 'IT Park residents'
 */
export function cleanLabel(phrase: string): string {
  // "the operator's revenue": the possessor says whose, the noun after it what
  let label = phrase
    .replace(/^.*[’']s\s+(?=\p{L})/u, '')
    .replace(/[’']s\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  label = withoutPlaces(label).replace(/\s+/g, ' ').trim();
  // an organisation's name, alone or with "growth" or "forecast", says whom, not what
  if (
    ORGANISATION_END.test(label) &&
    ORGANISATION_NAME.test(label) &&
    isJunkLabel(label.replace(ORGANISATION_NAMES, ' '))
  )
    return '';
  label = label
    .replace(/^[-–—:;,.\s]+/, '')
    .replace(LEADING, '')
    .replace(TRAILING_TIME, '')
    .replace(TRAILING_VERB, '')
    .replace(LEADING_SCALE, '')
    .trim();
  return label
    .split(' ')
    .map((word, index) =>
      index === 0 && /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word,
    )
    .join(' ');
}

function informative(label: string): boolean {
  return label !== '' && !isJunkLabel(label);
}

/** Who acts rather than what is measured: "the government", "analysts", "farmers", "the city". */
const AGENT_HEAD =
  /^(?:government|cabinet|ministry|ministries|authorities|officials?|analysts?|economists?|experts?|farmers?|citizens?|residents?|operators?|regulators?|akimat|city|parliament|president|companies|company|firms?|investors?|executives?|developers?|lenders?|banks?|group|agency|bureau|council|leaders?)$/i;
/** A verb the tagger reads as the last noun of its subject: "KTZ plans", "the IMF projects". */
const MISREAD_VERB = /\s+(?:plans?|projects|expects|aims|wants|says|hopes|intends|seeks)$/i;
/** A verb between a subject and its figure: the subject acts, the figure is not its measure. */
const ACTS =
  /\b(?:plans?|planned|aims?|expects?|wants?|intends?|seeks?|hopes?|will|would|is\s+to|are\s+to|pledged|allocat\w+|provides?|received|made|had\s+\w+ed|threshed|paid|pays|raised?|attract\w*|signed|mobilised|mobilized|digiti[sz]e|bring|requested|asked|sought|approved|earmarked|set\s+aside)\b/i;

/**
 * Whether most words of four letters or more are capitalised, as in a headline written in title
 * case ("Coal Exports Rise 14% in 2025").
 *
 * @example titleCased('Coal Exports Rise 14% in 2025') // true
 */
function titleCased(sentence: string): boolean {
  let long = 0;
  let capitalised = 0;
  for (const word of sentence.split(/\s+/)) {
    if (word.length < 4 || !/^\p{L}/u.test(word)) continue;
    long += 1;
    if (/^\p{Lu}/u.test(word)) capitalised += 1;
  }
  return long > 0 && capitalised * 2 > long;
}

/** A verb of saying, planning or committing the tagger reads as a label's last noun: "EDB forecasts". */
const ACTING_LAST = new RegExp(
  String.raw`^(.+?)\s+(?:${[
    ...ENGLISH_SAYS_PRESENT,
    ...'sets plans targets aims intends committed pledged approved allocated'.split(' '),
  ].join('|')})$`,
  'i',
);
/** A verb of `ACTING_LAST` that is also a plural noun a figure counts: "IT projects", "notes". */
const COUNTED_NOUN = /\s(?:projects|plans|targets|sets|notes)$/i;
/** Who acts, besides `AGENT_HEAD`: a state body, a plan or a draft that "sets" a figure. */
const ACTING_HEAD =
  /^(?:country|draft|plan|programme|program|strategy|budget|state|fund|bank|board|IMF)$/i;

/**
 * Whether a label is who acts and its verb ("EDB forecasts", "World Bank sees", "the country
 * plans", "the draft sets"), which says nothing of what the figure measures.
 *
 * @example isActorAndVerb('World Bank sees') // true
 * @example isActorAndVerb('investment projects') // false
 * @example isActorAndVerb('IT projects') // false
 */
export function isActorAndVerb(label: string): boolean {
  const acting = ACTING_LAST.exec(label.trim());
  if (!acting) return false;
  const head = acting[1]!.split(/\s+/).at(-1)!;
  if (AGENT_HEAD.test(head) || ACTING_HEAD.test(head)) return true;
  // any acronym is a body that acts ("EDB forecasts"), unless its last word is also a plural noun
  // of what a figure counts: "IT projects", "PPP plans" are a measure
  return /^\p{Lu}{2,6}$/u.test(head) && !COUNTED_NOUN.test(label.trim());
}

/**
 * Whether a noun phrase before a figure names who acts ("The city plans to commission 500,000
 * square metres"): an agent noun, or proper names only ("Gazprom will invest"), followed by a verb
 * of acting before the figure; "the number of residents" is a measure, not an agent.
 *
 * @example isAgent({ text: 'government', … }, 'The government aims to digitise 100% of forms.', 36) // true
 */
function isAgent(phrase: NounPhrase, sentence: string, at: number): boolean {
  if (LEADING.test(phrase.text) && /\bnumber\b/i.test(phrase.text)) return false;
  const misread = MISREAD_VERB.exec(phrase.text);
  const text = misread ? phrase.text.slice(0, misread.index) : phrase.text;
  const words = text.replace(/^(?:the|a|an|its|their)\s+/i, '').split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // proper names only; one capitalised word opening the sentence may be any noun ("Spending")
  const named =
    words.every((word) => /^\p{Lu}/u.test(word)) &&
    (phrase.start > 0 || words.length > 1 || /^\p{Lu}{2,}/u.test(words[0] ?? ''));
  // a proper name says who ("Samsung", "the CBA", a dateline's "LONDON"), never what is measured;
  // in a title-cased headline every phrase looks like a name, so there it must act as above
  if (named && !titleCased(sentence)) return true;
  if (!AGENT_HEAD.test(head) && !named) return false;
  return misread !== null || ACTS.test(sentence.slice(phrase.end, at));
}

/**
 * The label of what the number at [at, atEnd) of `sentence` measures, from its clause's noun
 * phrases: a noun written right before it ("revenues of 318.6 trillion"), else the clause's
 * subject (its first informative noun phrase not after a preposition); a percentage change of a
 * subject is its growth. '' when the clause names nothing informative.
 *
 * @example phraseLabel('Coal exports rose to 61 million tonnes.', 19, 29, 'count', tagSentence(…)) // 'coal exports'
 */
export function phraseLabel(
  sentence: string,
  at: number,
  atEnd: number,
  unit: string,
  tokens: readonly Token[],
  refused: (label: string) => boolean = isJunkLabel,
): string {
  // an informative label that names only who acts ("Government", "Samsung") measures nothing
  const measures = (label: string): boolean => informative(label) && !refused(label);
  const phrases = nounPhrases(sentence, tokens);
  const [clauseStart] = clauseAround(sentence, at);
  // a possessor ("the operator's revenue") says whose, not what: the phrase after it is measured
  const before = phrases.filter(
    (p) => p.end <= at && p.start >= clauseStart && !/^['’]s$/.test(tokens[p.to]?.text ?? ''),
  );
  const afterPreposition = (p: NounPhrase): boolean => {
    const previous = tokens[p.from - 1];
    return previous !== undefined && PREPOSITIONS.has(previous.text.toLowerCase());
  };
  const subject =
    before.find(
      (p) => !afterPreposition(p) && informative(cleanLabel(p.text)) && !isAgent(p, sentence, at),
    ) ?? before.find((p) => informative(cleanLabel(p.text)) && !isAgent(p, sentence, at));
  const measured =
    subject && measures(cleanLabel(subject.text))
      ? subject
      : before.find(
          (p) => !afterPreposition(p) && measures(cleanLabel(p.text)) && !isAgent(p, sentence, at),
        );
  const adjacent = before.at(-1);
  let label = '';
  // "1.2 million square metres of housing", "$2 bn in loans": an amount of what follows it
  if (unit !== 'percent' && unit !== 'multiple') {
    for (const of of phrases) {
      if (of.start < atEnd || of.start - atEnd > 40) continue;
      // one phrase "square metres of office space" right after the number
      const inner = /^((?:[\p{L}-]+\s+){1,3}?)(?:of|in)\s+(?:the\s+)?(.+)$/u.exec(of.text);
      if (inner && of.start - atEnd <= 2 && isJunkLabel(inner[1]!)) {
        const named = cleanLabel(inner[2]!);
        if (measures(named)) return named;
      }
      const gap = sentence.slice(atEnd, of.start);
      const measure = /^\s*((?:[\p{L}-]+\s+){0,3}?)(?:of|in)\s+(?:the\s+)?$/u.exec(gap);
      if (!measure || (measure[1]!.trim() !== '' && !isJunkLabel(measure[1]!))) continue;
      const named = cleanLabel(of.text);
      if (measures(named)) return named;
    }
  }
  if (adjacent && NAMES_NEXT.test(sentence.slice(adjacent.end, at))) {
    const named = cleanLabel(adjacent.text);
    if (CHANGE_NOUN.test(named) && subject && subject !== adjacent)
      return `${cleanLabel(subject.text)} growth`;
    // "the IMF expects growth of 7.2%": growth with no subject but who expects it is the economy's
    if (CHANGE_NOUN.test(named) && !subject && unit === 'percent') return 'economic growth';
    if (measures(named)) label = named;
  }
  if (!label && measured) label = cleanLabel(measured.text);
  if (!label) {
    // nothing before it: the phrase right after ("61% of households", "$2 bn in loans")
    const after = phrases.find((p) => p.start >= atEnd && p.start - atEnd <= 24);
    if (after && measures(cleanLabel(after.text))) label = cleanLabel(after.text);
  }
  if (!label) return '';
  // "net profit rises 18%": a headline verb read into the subject phrase still says growth
  const verbs =
    sentence.slice(subject ? subject.end : clauseStart, at) +
    (subject && TRAILING_VERB.test(subject.text) ? ' rises' : '');
  if (
    unit === 'percent' &&
    (GROWTH_VERB.test(verbs) ||
      isComparedChange(sentence, at, atEnd) ||
      isGappedChange(sentence, at)) &&
    !/\b(?:growth|share|rate|penetration|coverage|inflation|unemployment)\b/i.test(label)
  )
    return `${label} growth`;
  return label;
}

/**
 * Verbs whose object is an amount of what they do, and the noun that names it: "exported 9.9
 * billion cubic meters of gas" measures gas exports, "employs 185,000 people" employment.
 */
const VERB_NOUNS: ReadonlyArray<[stem: string, noun: string]> = [
  ['export(?:s|ed|ing)?', 'exports'],
  ['import(?:s|ed|ing)?', 'imports'],
  ['invest(?:s|ed|ing)?', 'investment'],
  ['sp(?:end|ends|ent|ending)', 'spending'],
  ['produc(?:e|es|ed|ing)', 'production'],
  ['generat(?:e|es|ed|ing)', 'generation'],
  ['harvest(?:s|ed|ing)?', 'harvest'],
  ['employ(?:s|ed|ing)?', 'employment'],
  ['s(?:ell|ells|old|elling)', 'sales'],
  ['ship(?:s|ped|ping)?', 'shipments'],
  ['suppl(?:y|ies|ied|ying)', 'supplies'],
  ['l(?:end|ends|ent|ending)', 'lending'],
  // "ADB committed $3.2 billion to projects": what a lender commits
  ['commit(?:s|ted|ting)?', 'commitments'],
  ['borrow(?:s|ed|ing)?', 'borrowing'],
  // "the bank earned 812 billion": what a company earns in a period is its net profit
  ['earn(?:s|ed|ing)?', 'net profit'],
  // "paid 1.9 billion soms in taxes": what is paid, paid (alone the verb names nothing)
  ['pa(?:y|ys|id|ying)', 'paid'],
  ['consum(?:e|es|ed|ing)', 'consumption'],
  ['commission(?:s|ed|ing)?', 'commissioned'],
  // "trained 24,500 people": people trained ("trained" alone names nothing)
  ['train(?:s|ed|ing)?', 'trained'],
  // "plans to build 14 schools", "the purchase of 1,200 railcars", "connecting 1,000 villages":
  // things built, bought or connected are counted as such, not as all there are
  ['buil(?:d|ds|t|ding)|construct(?:s|ed|ing)?', 'built'],
  ['b(?:uy|uys|ought|uying)|purchas(?:e|es|ed|ing)(?:\\s+of)?', 'purchased'],
  ['connect(?:s|ed|ing)?', 'connected'],
  ['repair(?:s|ed|ing)?', 'repaired'],
  ['deliver(?:s|ed|ing)?', 'delivered'],
  ['sign(?:s|ed|ing)?', 'signed'],
  ['issu(?:e|es|ed|ing)', 'issued'],
  // what a port, terminal or line moves: only cargo (`CARGO_OBJECT`), not "handled 1 bn payments"
  ['handl(?:e|es|ed|ing)', 'throughput'],
  ['carr(?:y|ies|ied|ying)', 'carried'],
];
/** Each verb's stem as a whole word, with its noun. */
const VERB_NOUN_STEMS: ReadonlyArray<[stem: RegExp, noun: string]> = VERB_NOUNS.map(
  ([stem, noun]) => [new RegExp(`^(?:${stem})$`, 'i'), noun],
);
/** What follows a figure of pay: "a month", "per hour", "monthly". */
const PAY_RATE =
  /^\s*(?:a|an|per|each)\s+(?:month|week|hour|day|year)\b|^\s*(?:monthly|weekly|hourly)\b/i;
/** Objects of handling or carrying that are cargo, and what they say it is. */
const CARGO_OBJECT = /^(?:(TEU|containers?)|tonnes|tons|cargo|freight)$/i;
const VERB_NOUN_OF = new Map<string, string>();
/** The verb right before a figure, past qualifiers ("exported just over", "plans to sell up to"). */
const VERB_BEFORE = new RegExp(
  `\\b(${VERB_NOUNS.map(([stem]) => stem).join('|')})\\s+(?:(?:about|around|nearly|almost|over|just|some|another|a\\s+further|a\\s+total\\s+of|an\\s+estimated|a\\s+record|roughly|approximately|more\\s+than|less\\s+than|at\\s+least|up\\s+to|as\\s+much\\s+as|between)\\s+)*$`,
  'i',
);
/** "exported services worth $1 billion": the verb, then its object, then "worth" and the figure. */
const VERB_WORTH = new RegExp(
  `\\b(${VERB_NOUNS.map(([stem]) => stem).join('|')})\\s+((?:[\\p{L}-]+\\s+){1,4}?)(?:worth|valued\\s+at|totall?ing)\\s+(?:(?:about|around|nearly|almost|over|just|some|roughly|approximately|more\\s+than|at\\s+least|up\\s+to)\\s+)*$`,
  'iu',
);
/** The first end of a range before the figure: "sell 3.2-" before "3.6 trillion tenge". */
const RANGE_START =
  /(?:between\s+)?[$€₸]?\d[\d.,]*(?:\s*\p{L}{1,8})?\s*(?:[-–]|\band\b|\bto\b)\s*$/u;
/** Objects that add nothing to the verb's noun: "employs 185,000 people" is employment. */
const PLAIN_OBJECT = /^(?:people|persons|workers|employees|staff|jobs|units|items|pieces)$/i;
/** What may stand between a figure and what it is an amount of: "tonnes of", "worth of", "(…) in". */
const OBJECT_GAP =
  /^\s*(?:\([^)]*\)\s*)?((?:[\p{L}-]+\s+){0,3}?)(?:worth\s+)?(?:of|in)\s+(?:the\s+)?$/u;

/**
 * The label of a figure that is the object of a verb of `VERB_NOUNS`: what it is an amount of,
 * then the verb's noun ("natural gas exports", "housing commissioned", "employment"); '' when no
 * such verb stands right before the figure.
 *
 * @example verbObjectLabel('Turkmenistan exported 9.9 billion cubic meters of gas.', 22, 33, 'count', () => tagSentence(…)) // 'gas exports'
 */
export function verbObjectLabel(
  sentence: string,
  at: number,
  atEnd: number,
  unit: string,
  tokens: () => readonly Token[],
  countPhrase = '',
): string {
  if (unit === 'percent' || unit === 'multiple') return '';
  let before = sentence.slice(Math.max(0, at - 80), at);
  const range = RANGE_START.exec(before);
  if (range) before = before.slice(0, range.index);
  const worth = VERB_WORTH.exec(before);
  const verb = worth ?? VERB_BEFORE.exec(before);
  if (!verb) return '';
  const word = verb[1]!.toLowerCase();
  let noun = VERB_NOUN_OF.get(word);
  if (noun === undefined) {
    noun = VERB_NOUN_STEMS.find(([stem]) => stem.test(word))![1];
    VERB_NOUN_OF.set(word, noun);
  }
  // "a developer earns $3,500 a month": pay by the month or hour is earnings, not a profit
  if (noun === 'net profit' && PAY_RATE.test(sentence.slice(atEnd, atEnd + 16))) noun = 'earnings';
  let object = worth ? cleanLabel(worth[2]!.trim()) : '';
  if (!object)
    for (const phrase of nounPhrases(sentence, tokens())) {
      if (phrase.start < atEnd) continue;
      if (phrase.start - atEnd > 60) break;
      // one phrase "tonnes of copper" right after the figure: what it is an amount of
      const inner = /^((?:[\p{L}-]+\s+){1,3}?)(?:of|in)\s+(?:the\s+)?(.+)$/u.exec(phrase.text);
      if (inner && /^\s*$/.test(sentence.slice(atEnd, phrase.start)) && isJunkLabel(inner[1]!)) {
        object = cleanLabel(inner[2]!);
        break;
      }
      const gap = OBJECT_GAP.exec(sentence.slice(atEnd, phrase.start));
      if (!gap || (gap[1]!.trim() !== '' && !isJunkLabel(gap[1]!))) continue;
      object = cleanLabel(phrase.text);
      break;
    }
  if (!object && countPhrase) object = cleanLabel(countPhrase);
  if (noun === 'throughput' || noun === 'carried') {
    // "handled 412,000 TEU", "carried 9.4 million tonnes of cargo": what a port or a line moves;
    // not a sum ("handled $80 million of cargo") nor payments ("handled 1 billion transfers")
    if (unit !== 'count') return '';
    const weight = /\bt(?:onne|on)s\b/i.test(sentence.slice(at, atEnd + 12));
    const cargo =
      CARGO_OBJECT.exec(countPhrase) ??
      CARGO_OBJECT.exec(object) ??
      (weight && !informative(object) ? CARGO_OBJECT.exec('cargo') : null);
    if (cargo) return cargo[1] ? `container ${noun}` : `cargo ${noun}`;
    return weight && informative(object) ? `${object} ${noun}` : '';
  }
  if (!informative(object) || PLAIN_OBJECT.test(object)) object = '';
  if (!object && noun === 'trained') object = 'people';
  const label = object ? `${object} ${noun}` : noun;
  return informative(label) ? label : '';
}

/** A clause that only names a measure and "by": "and trade by", "and the provision of services by about". */
const GAPPED_BY =
  /^[\s,]*(?:and\s+|while\s+|but\s+)?[^,;:\d]{1,60}?\bby\s+(?:(?:about|around|nearly|almost|some|over|just|roughly|a\s+further)\s+)*$/i;
/** A verb of the gapped clause's own: then it is not gapped ("and exceeded the plan by"). */
const OWN_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|exceed\w*|surpass\w*|outpac\w*|beat\w*|missed)\b/i;
/**
 * A verb in the past tense, as a word ending in "-ed" that is not capitalised: mid-sentence,
 * "United" and "Limited" are names, not verbs. Without the `i` flag, under which `\p{Ll}` would
 * match capitals too.
 */
const PAST_TENSE = /(?<![\p{L}])\p{Ll}\p{L}*ed(?![\p{L}])/u;

/**
 * Whether the percentage at `at` closes a clause whose verb of change was left out because an
 * earlier clause of the sentence said it: "Construction increased by 24.7%, and trade by 14.3%".
 *
 * @example isGappedChange('Exports rose by 4%, and imports by 2%.', 35) // true
 * @example isGappedChange('Exports reached $4 bn, and the plan was beaten by 2%.', 50) // false
 */
export function isGappedChange(sentence: string, at: number): boolean {
  const [clauseStart] = clauseAround(sentence, at);
  // the gapped part opens its clause, or follows the clause's last figure ("…by 9.1% and
  // industrial production by 1.4%")
  const lastFigure = /[\d%][^\d%]*$/.exec(sentence.slice(clauseStart, at));
  const start = lastFigure ? clauseStart + lastFigure.index + 1 : clauseStart;
  if (start === 0) return false;
  const own = sentence.slice(start, at);
  return (
    GAPPED_BY.test(own) &&
    !OWN_VERB.test(own) &&
    !PAST_TENSE.test(own) &&
    GROWTH_VERB.test(sentence.slice(Math.max(0, start - 120), start))
  );
}

/** Words right after a percentage that compare it with an earlier level: "12% more than", "9% below". */
const COMPARED_AFTER =
  /^\s*(?:more|less|higher|lower|above|below|up|down|increase|rise|decline|decrease|drop|gain|jump)\b/i;
/** "(+14.8%)", "плюс 9,3%": a sign before a percentage. */
const SIGN_BEFORE = /(?:\+|(?<![\p{L}])плюс|(?<![\p{L}])минус)\s*$/iu;

/**
 * Whether the percentage at [at, atEnd) of `sentence` is a change by how it is written, whatever
 * the language: signed ("+14.8%", "-2.1%", "плюс 9,3%"), or compared right after it ("12% more
 * than a year earlier", "a 12% increase").
 *
 * @example isComparedChange('Wages were 12% higher than a year earlier.', 11, 14) // true
 * @example isComparedChange('Wages were over 12% of spending.', 16, 19) // false
 */
export function isComparedChange(sentence: string, at: number, atEnd: number): boolean {
  return (
    /^[-+−]\s*\d/.test(sentence.slice(at, atEnd)) ||
    SIGN_BEFORE.test(sentence.slice(Math.max(0, at - 8), at)) ||
    COMPARED_AFTER.test(sentence.slice(atEnd, atEnd + 24))
  );
}

/** Words before a percentage that make it a part of a whole: "accounted for 41%", "made up". */
const SHARE_BEFORE =
  /\b(?:account(?:s|ed|ing)?\s+for|make\s+up|makes\s+up|made\s+up|making\s+up|equivalent\s+to|represent(?:s|ed|ing)?|took|taking|takes|hold(?:s|ing)?|held|with\s+a\s+share\s+of|share\s+(?:of|in)\s+[^,;:.]{1,60}?(?:reached|rose\s+to|fell\s+to|stood\s+at|was|is|of|at|to|reach(?:es)?|hit|topped))\s+(?:(?:about|around|nearly|almost|over|just|some|roughly|approximately|an\s+estimated|more\s+than|less\s+than|at\s+least|up\s+to|only|even)\s+)*$/i;
/**
 * A share whose verb the sentence gave once, for an earlier part: "China accounting for 22% of the
 * total and Russia for 18%", "the largest shares of output were held by Atyrau region (22.5%)".
 */
const SHARE_ELLIPSIS =
  /(?:\baccount(?:s|ed|ing)?\s+for\s[^.;:]*?(?:,|\band)\s+[^,.;:]{1,50}?\s+for|\bshares?\s+of\s+[^.;:]{1,60}?\b(?:were|was|are|is)\s+held\s+by\s+[^.;:()]{1,50}?\()\s*(?:(?:about|around|nearly|almost|over|just|some|roughly|approximately)\s+)*$/i;
/**
 * A list of the largest parts of a whole, each with its percentage in brackets: "the largest
 * export segments are outsourcing (52%), games (18%)", "крупнейшими рынками стали США (31%)".
 */
const LARGEST_PARTS_BEFORE =
  /(?<![\p{L}])(?:(?:largest|biggest|main|leading|top)\s+(?:\p{L}+\s+)?(?:markets|destinations|segments|buyers|partners|sources)|(?:крупнейш|основн|главн|ведущ)\p{L}*\s+(?:\p{L}+\s+)?(?:рынк|направлени|сегмент|покупател|партн[её]р|источник)\p{L}*|ірі\s+(?:\p{L}+\s+)?(?:нарық|серіктес|сатып\s+алушы)\p{L}*)(?![\p{L}])[^.;:]*\($/iu;
/** A percentage "of" a whole after it: "14.8% of retail trade", "41% of the total". */
const SHARE_AFTER =
  /^\s*(?:and\s+[\d.,]+\s*%\s*)?(?:[-–]\s*[\d.,]+\s*%\s*)?of\s+(?!(?:the\s+)?(?:growth|increase|rise|decline|year|period|month|which)\b)/i;
/** A label that already says it is a proportion. */
const PROPORTION = /\b(?:share|rate|ratio|penetration|coverage|proportion|percentage|margin)\b/i;

/**
 * Whether the percentage at [at, atEnd) of `sentence` is a share, a part of a whole: "accounted
 * for 41%", "made up almost a quarter of imports", "14.8% of retail trade", "the share of
 * renewables rose to 6.4%".
 *
 * @example isShare('Coal accounted for 41% of exports.', 20, 23) // true
 * @example isShare('Coal exports rose 41%.', 18, 21) // false
 */
export function isShare(sentence: string, at: number, atEnd: number): boolean {
  return (
    SHARE_AFTER.test(sentence.slice(atEnd, atEnd + 40)) ||
    SHARE_BEFORE.test(sentence.slice(Math.max(0, at - 90), at)) ||
    SHARE_ELLIPSIS.test(sentence.slice(Math.max(0, at - 160), at)) ||
    (LARGEST_PARTS_BEFORE.test(sentence.slice(Math.max(0, at - 200), at)) &&
      !/^\s*[+−]/u.test(sentence.slice(at, atEnd)))
  );
}

/**
 * A label for a share: the label with "share" after it (in place of "growth"), or "coverage" after
 * a verb of covering, unless it already names a proportion.
 *
 * @example shareLabel('cashless payments') // 'cashless payments share'
 * @example shareLabel('4G networks', '4G networks cover 87%', 18) // '4G networks coverage'
 */
export function shareLabel(label: string, sentence = '', at = 0): string {
  if (PROPORTION.test(label)) return label;
  const base = label.replace(/\s+growth$/i, '');
  // "4G networks cover 87% of the population": what a network reaches is its coverage
  return COVERS.test(sentence.slice(Math.max(0, at - 40), at))
    ? `${base} coverage`
    : `${base} share`;
}
const COVERS =
  /\bcover(?:s|ed|ing)?\s+(?:(?:about|around|nearly|almost|over|just|some|only|more\s+than|at\s+least)\s+)*$/i;

/** What the i-th of several figures before "respectively" goes with. */
export interface RespectiveTarget {
  /** A place of the list ("the United States and Israel … 11% and 17% respectively"). */
  entity?: string;
  /** A noun phrase of the list ("construction and trade … 24.7% and 14.3% respectively"). */
  label?: string;
  /** A name of the list, by its capitals ("Apple and Xiaomi with 18.9% and 13.8%"): whom the
   *  figure is about, never what it measures. */
  name?: string;
}

/**
 * Whether a noun phrase is a name by its capitals: every word capitalised ("Amazon Web Services"),
 * not at the sentence's start when it is one word ("Tea"); acronyms ("GDP") may be measures.
 */
function isProperName(phrase: NounPhrase): boolean {
  const words = phrase.text.split(/\s+/);
  return (
    words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && (phrase.start > 0 || words.length > 1)
  );
}

const LIST_JOIN = /^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/i;

/**
 * "A and B rose by 5% and 7% respectively": the figures written right before "respectively",
 * joined by commas and "and", bind in order to the places, else the noun phrases, listed the same
 * way before them. One entry per figure of `figures` (offsets in the sentence); undefined where
 * nothing binds.
 *
 * @example respectiveTargets('Tea and rice rose 5% and 7% respectively.', [[18, 20], [25, 27]], tagSentence(…))
 *   // [{ label: 'tea' }, { label: 'rice' }]
 */
export function respectiveTargets(
  sentence: string,
  figures: ReadonlyArray<readonly [number, number]>,
  tokens: () => readonly Token[],
  places: ReadonlyArray<{ start: number; end: number; entity: string }>,
): Array<RespectiveTarget | undefined> {
  const result: Array<RespectiveTarget | undefined> = figures.map(() => undefined);
  const word = /\brespectively\b/i.exec(sentence);
  if (!word) return result;
  // the run of figures right before "respectively", joined as a list
  let last = -1;
  for (let i = 0; i < figures.length; i++) if (figures[i]![1] <= word.index) last = i;
  if (last < 0) return result;
  let first = last;
  while (first > 0 && LIST_JOIN.test(sentence.slice(figures[first - 1]![1], figures[first]![0])))
    first -= 1;
  const count = last - first + 1;
  if (count < 2) return result;
  const head = figures[first]![0];
  const listOf = <T extends { start: number; end: number }>(items: readonly T[]): T[] | null => {
    const before = items.filter((item) => item.end <= head);
    for (let end = before.length; end >= count; end--) {
      const run = before.slice(end - count, end);
      if (
        run.every(
          (item, i) => i === 0 || LIST_JOIN.test(sentence.slice(run[i - 1]!.end, item.start)),
        )
      )
        return run;
    }
    return null;
  };
  const placeList = listOf(places);
  if (placeList) {
    placeList.forEach((place, i) => (result[first + i] = { entity: place.entity }));
    return result;
  }
  const phraseList = listOf(nounPhrases(sentence, tokens()));
  if (phraseList) {
    phraseList.forEach((phrase, i) => {
      const label = cleanLabel(phrase.text);
      // "Apple and Xiaomi with 18.9% and 13.8%": names say whose the figures are, not what
      if (isProperName(phrase)) {
        result[first + i] = { name: phrase.text };
        return;
      }
      if (informative(label)) result[first + i] = { label };
    });
  }
  return result;
}

/** A budget's flow a figure is, and where the noun that names it ends in the sentence. */
export interface BudgetFlow {
  flow: 'expenditure' | 'revenue';
  end: number;
}

/**
 * Which flow of a budget a figure is, when a bare flow noun names it (`languages/budget-flows.ts`):
 * written right before it ("and spending at 29.6 trillion", "расходы – 497,3 млрд", "шығысы 1 071
 * млрд"), or opening its clause ("Расходы на 2026 год запланированы в сумме 26,3 трлн тенге");
 * null when none does. The caller checks that the passage is about a budget.
 *
 * @example budgetFlow('Revenues are set at 21.3 trillion and spending at 29.6 trillion.', 0, 52)?.flow // 'expenditure'
 * @example budgetFlow('Spending on schools rose to 3 trillion.', 0, 28) // null
 */
export function budgetFlow(sentence: string, clauseStart: number, at: number): BudgetFlow | null {
  const clause = sentence.slice(clauseStart, at);
  const words = [...clause.matchAll(/[\p{L}]+/gu)];
  const flowOf = (word: string): 'expenditure' | 'revenue' | '' =>
    EXPENDITURE_NOUN.test(word) ? 'expenditure' : REVENUE_NOUN.test(word) ? 'revenue' : '';
  const found = (flow: 'expenditure' | 'revenue', word: RegExpMatchArray): BudgetFlow => ({
    flow,
    end: clauseStart + word.index! + word[0].length,
  });
  // right before the figure: "spending at", "расходы –"
  for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
    const word = words[i]!;
    const flow = flowOf(word[0]);
    if (!flow) continue;
    const previous = words[i - 1]?.[0] ?? '';
    // "tax revenues", "social spending": a modified flow is another metric's
    if (
      previous &&
      !CLAUSE_OPENER.test(previous) &&
      !FLOW_PREPOSITION.test(previous) &&
      /^\p{Ll}/u.test(word[0])
    ) {
      const between = clause.slice(words[i - 1]!.index! + previous.length, word.index);
      if (/^\s+$/.test(between)) return null;
    }
    if (FLOW_GAP.test(clause.slice(word.index! + word[0].length))) return found(flow, word);
    break;
  }
  // opening the clause: "Расходы на 2026 год запланированы в сумме …"
  let first = 0;
  while (first < words.length && CLAUSE_OPENER.test(words[first]![0])) first += 1;
  const opening = words[first];
  if (!opening || /\d/.test(clause.slice(0, opening.index))) return null;
  const flow = flowOf(opening[0]);
  if (!flow) return null;
  // "Revenues … at 21.3 trillion and … a plan of 27.2 trillion": another figure between is its own
  if (/\d/.test(clause.slice(opening.index).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '')))
    return null;
  const next = words[first + 1]?.[0] ?? '';
  // "Spending on schools", "Расходы на образование": a purpose's; "Расходы на 2026 год" a year's
  if (FLOW_OBJECT.test(next)) {
    const after = clause.slice(words[first + 1]!.index! + next.length);
    if (!/^\s*\d{4}/.test(after)) return null;
  }
  return found(flow, opening);
}

/**
 * Whether a sum labelled `label` is money spent on what the label names, in a passage about
 * spending (`context`: the sentence's paragraph and the intro or heading above it): "540 billion
 * tenge for public transport", "Education will receive 5.1 trillion", "на образование
 * предусмотрено 3,6 трлн", "білім беруге 286 млрд теңге … қарастырылған", or a list item
 * "- образование – 512 млрд тенге" under "Основные статьи расходов:".
 *
 * @example isPurpose('The budget gives 40 billion for parks.', 'parks', 'en', 'The budget gives 40 billion for parks.') // true
 */
export function isPurpose(
  sentence: string,
  label: string,
  language: string,
  context: string,
  listItem = false,
): boolean {
  if (!label || !SPENDING_CONTEXT.test(context)) return false;
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(label.toLowerCase());
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + label.length);
  // "- транспорт и дороги – 418,6 млрд тенге;": a label that opens the item names its part, with
  // the words of the part after it
  const opensItem =
    listItem &&
    (/^\s*[-–—:]/.test(after) ||
      (/^\s*(?:[-–—•*▪]\s*)?$/u.test(before) && /^[^\d;:—–]{0,60}?(?:\s[-–—]|:)/u.test(after)));
  if (language === 'ru')
    return (
      (RUSSIAN_FOR.test(before) &&
        !RUSSIAN_NOT_FOR.test(before) &&
        !RUSSIAN_PREPOSITIONAL.test(label) &&
        !RUSSIAN_SHARE_OF.test(label)) ||
      opensItem
    );
  if (language === 'kk')
    return (KAZAKH_DATIVE.test(label) && KAZAKH_ALLOCATES.test(sentence)) || opensItem;
  // "- transport and roads: 286.5 billion tenge;" under "By sector, the plan allocates:"
  if (
    listItem &&
    /^\s*(?::|[-–—]\s)/.test(after) &&
    /^\s*(?:(?:[-–—•*▪]|\d{1,2}[.)])\s*)?$/.test(before)
  )
    return true;
  if (MONEY_IN.test(before)) return false;
  return (
    (/\d/.test(before) &&
      FOR_PURPOSE_AFTER.test(
        before.replace(
          /^.*\d[^\s]*(?:\s+(?:thousand|million|billion|trillion|mln|bn|trln|tenge|soms?|soums?|manats?|lari|dollars|euros|rubles|drams|tugriks))*/is,
          '',
        ),
      )) ||
    RECEIVES_AFTER.test(after)
  );
}

/**
 * The purpose a budget sum at [.., atEnd) is spent on when the sentence names it right after the
 * sum (English): "provides 1.4 trillion tenge for education" → "education", "12 billion will go
 * to road repairs" → "road repairs"; '' when none, or when the words name a place, a time or the
 * budget itself ("to the state budget", "for the first time").
 *
 * @example purposeAfter('The budget provides 40 billion drams for primary schools in 2027.', 36) // 'primary schools'
 */
export function purposeAfter(sentence: string, atEnd: number): string {
  const found = PURPOSE_NAMED_AFTER.exec(sentence.slice(atEnd, atEnd + 80));
  if (!found) return '';
  const purpose = found[1]!;
  if (NOT_A_PURPOSE.test(purpose) || findPlaces(purpose).length > 0 || isJunkLabel(purpose))
    return '';
  return purpose;
}

/** A label that names a budget as such: "budget", "city budget", "local budget of the region". */
const BUDGET_AS_SUCH = /(?:^|\s)budgets?(?:\s+of\s+[\p{L}\s'’-]+)?$/iu;
/** A verb of taking money in between a budget and its figure: "the budget collected 384 billion". */
const TAKES_IN = /\b(?:collected|collects|received|receives|took\s+in|raised|earned)\b/i;

/**
 * What a sum a budget is measured by is (English): a budget's size is what it spends ("approved a
 * budget of 2.9 trillion", "a 2.9 trillion tenge budget", "the budget for 2027 set at 1.46
 * trillion"), unless a verb of taking money in says it is revenue ("the local budget collected 384
 * billion"). Other labels are returned as they are.
 *
 * @example budgetMeasure('Budget', 'The city approved a budget of 9 billion tenge.', 34, 50) // 'budget expenditure'
 * @example budgetMeasure('Local budget', 'The local budget collected 3 billion tenge.', 27, 42) // 'budget revenue'
 */
export function budgetMeasure(label: string, sentence: string, at: number, atEnd: number): string {
  const named =
    BUDGET_AS_SUCH.test(label) ||
    /^\s*(?:[\p{L}]+\s+)?budgets?\b/iu.test(sentence.slice(atEnd, atEnd + 24));
  if (!named) return label;
  return TAKES_IN.test(sentence.slice(0, at)) ? 'budget revenue' : 'budget expenditure';
}

/** What a list item names before its figure, and the measure word written between them. */
export interface ListPart {
  /** The part the item is about, whole: "mining and quarrying", "electricity, gas and steam supply". */
  part: string;
  /** A measure written before a later figure of the item: "index" in "…: 19.8 trillion, index 103.9%". */
  measure: string;
}

// the marker may stand in a sentence of its own ("1." split off), the caller knows the line is an item
const ITEM_HEAD = /^\s*(?:(?:[-–—•*▪]|\d{1,2}[.)])\s+)?([^:;]{2,80}?)(?::|\s[-–—]\s)\s*([^;]*)$/su;
const ITEM_MEASURE = /^[^;]*\d[^;,]*,\s*(\p{Ll}[\p{L}-]*)\s+$/u;
/** Words after a first figure that say how it changed or what it includes, not a measure. */
const NOT_MEASURE =
  /^(?:up|down|including|of|and|or|from|to|with|against|compared|plus|minus|which|while|the|a|an|in|at)$/i;

/**
 * The part a list item's figure belongs to, when the item reads "- part: figure" (English): the
 * whole head before the colon, all its conjuncts, for its first figure; for a later one, the head
 * and the noun right before that figure ("index"). Null for other items and other figures.
 *
 * @example listItemPart('- oil and gas: 9.1 trillion tenge, index 102.5%;', 16) // { part: 'oil and gas', measure: '' }
 * @example listItemPart('- oil and gas: 9.1 trillion tenge, index 102.5%;', 41) // { part: 'oil and gas', measure: 'index' }
 */
export function listItemPart(sentence: string, at: number): ListPart | null {
  const head = ITEM_HEAD.exec(sentence.slice(0, at));
  if (!head) return null;
  const part = head[1]!.trim();
  // a head that is itself a sentence ("the city built 14 schools: …") is no part's name
  if (part.split(/\s+/).length > 8 || /\d/.test(part.replace(/\b(?:19|20)\d\d\b/g, '')))
    return null;
  const rest = head[2]!;
  if (rest.trim() === '') return { part, measure: '' };
  const measure = ITEM_MEASURE.exec(rest);
  if (!measure || NOT_MEASURE.test(measure[1]!)) return null;
  return { part, measure: measure[1]! };
}

const BY_PARTS =
  /\b(\p{L}[\p{L}-]*)\s+(?:by|across)\s+(?:the\s+)?(?:main\s+)?(?:sectors?|regions?|industr(?:y|ies)|types?|areas?|categor(?:y|ies)|activit(?:y|ies)|items?|segments?|branch(?:es)?|kinds?|directions?)\b/iu;

/**
 * The measure a list's intro says its items break down: the noun before "by sector", "by region"
 * and the like ("Real growth by sector in 2026:" → growth); '' when it names none.
 *
 * @example introMeasure('Spending by area, billion tenge:') // 'spending'
 * @example introMeasure('Main results for 2026:') // ''
 */
export function introMeasure(intro: string): string {
  const by = BY_PARTS.exec(intro);
  if (
    !by ||
    /^(?:results?|breakdown|data|figures|indicators|the|and|of|main|distribution)$/i.test(by[1]!)
  )
    return '';
  return by[1]!.toLowerCase();
}

/** A label whose head says goods were delivered: "Supplies", "gas deliveries", "shipments of the metal". */
const DELIVERY_HEAD = /(^|\s)(supplies|deliveries|shipments)(?=$|\s+of\s)/i;
/** Where a delivery noun's goods went, right after it or after what they were: "to Türkiye", "of gold abroad". */
const DESTINATION_AFTER =
  /^(?:\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+(?:(abroad)\b|to\s+(?:the\s+)?)/iu;
/** Words that make a delivery one across a border: "seaborne shipments", "export deliveries". */
const ACROSS_BEFORE = /\b(?:seaborne|export|overseas|foreign)\s+$/i;
/**
 * Each delivery noun's noun and verb forms in a sentence. Global, so read them with `matchAll`,
 * which copies the pattern and leaves its `lastIndex` alone.
 */
const DELIVERY_FORMS: Readonly<Record<string, RegExp>> = {
  supplies: /\bsuppl(?:ies|ied|y|ying)\b/gi,
  deliveries: /\bdeliver(?:ies|y|ed|s|ing)?\b/gi,
  shipments: /\bship(?:ments?|ped|s|ping)?\b/gi,
};
/** A noun form among them: the destination follows it, not its object. */
const DELIVERY_NOUN_FORM = /^(?:supplies|deliver(?:ies|y)|shipments?)$/i;
const EXPORT_WORD = /\bexport(?:s|ed|ing)?\b/i;

/**
 * A label of goods supplied, delivered or shipped to another country ("Supplies to Türkiye
 * amounted to 9.8 bcm", "seaborne shipments", "shipments of the metal abroad") names exports;
 * so does one in a sentence that speaks of exports. Other labels, and deliveries at home, stay.
 *
 * @example deliveredAbroad('Gas deliveries', 'Gas deliveries to Georgia reached 1.1 bcm.') // 'Gas exports'
 * @example deliveredAbroad('Deliveries', 'Deliveries to farms reached 90,000 tonnes.') // 'Deliveries'
 */
export function deliveredAbroad(label: string, sentence: string): string {
  const head = DELIVERY_HEAD.exec(label);
  if (!head) return label;
  const exports = (): string => {
    const noun = head[2]!;
    const word = /^\p{Lu}/u.test(noun) ? 'Exports' : 'exports';
    return `${label.slice(0, head.index + head[1]!.length)}${word}${label.slice(head.index + head[0].length)}`;
  };
  if (EXPORT_WORD.test(sentence)) return exports();
  let places: ReturnType<typeof findPlaces> | undefined;
  const toCountry = (at: number): boolean =>
    (places ??= findPlaces(sentence, false)).some(
      (place) => place.start === at && COUNTRIES.has(place.entity),
    );
  for (const match of sentence.matchAll(DELIVERY_FORMS[head[2]!.toLowerCase()]!)) {
    if (ACROSS_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index)))
      return exports();
    const end = match.index + match[0].length;
    const after = DESTINATION_AFTER.exec(sentence.slice(end, end + 80));
    if (after?.[1] || (after && toCountry(end + after[0].length))) return exports();
    // "supplied 24.5 bcm of natural gas to China": the verb's destination after its object
    if (DELIVERY_NOUN_FORM.test(match[0])) continue;
    const object = /^(?:[^,;.]|[.,](?=\d)){0,100}/.exec(sentence.slice(end))![0];
    for (const to of object.matchAll(/\s(?:(abroad)\b|to\s+(?:the\s+)?)/gi))
      if (to[1] || toCountry(end + to.index + to[0].length)) return exports();
  }
  return label;
}
