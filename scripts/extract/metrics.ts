/**
 * Words around a number that say what it counts or measures, for claims the catalogue does not know:
 * the noun a count is about ("650,000 students"), and a readable metric taken from the sentence
 * ("Kazakhstan's trade turnover reached $X" → trade turnover). Pure.
 */
import { caseless } from './caseless.ts';

const STOP_AFTER = new Set(
  (
    'of in on at to from for with by and or but that which who whom whose have has had are were was is be been ' +
    'will would could should may might can the a an its their his her our this these those than as per each more less ' +
    'percent times years year months month weeks week days day hours hour minutes decades decade centuries century'
  ).split(' '),
);
const TIME_NOUNS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?|times|am|pm|a\.m\.|p\.m\.)$/i;
const IRREGULAR_PLURALS = new Set([
  'people',
  'children',
  'staff',
  'personnel',
  'women',
  'men',
  'youth',
  'cattle',
  'livestock',
  'police',
]);
const ADJECTIVES = new Set(
  'significant key new prestigious major large small local foreign domestic other different various leading strategic total additional more some many such own young active certain'.split(
    ' ',
  ),
);

function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  // compounds of them: "schoolchildren", "businesswomen", "salespeople"
  if (/(?:children|people|women|men)$/.test(w) && w.length > 6) return true;
  return /[^s'’]s$/.test(w) && !/(?:ss|us|is|ics)$/.test(w) && w.length > 2;
}

const MEASURE_ABBREVIATIONS = /^(?:km|km2|ha|kWh|MWh|GWh|TWh|bpd)$/;

export interface CountNoun {
  /** The head noun: "companies". */
  head: string;
  /** The noun with what qualifies it: "IT companies". */
  phrase: string;
}

/**
 * The plural noun a bare number counts, read from the words right after it; null for durations
 * ("five years") and for numbers that count nothing.
 *
 * @example countNoun('more than 300 IT companies took part', 13) // { head: 'companies', phrase: 'IT companies' }
 * @example countNoun('within two years', 10) // null
 */
export function countNoun(text: string, end: number): CountNoun | null {
  // words on the same line only: a label on the next line ("ISSN 1234-5678\nTags") counts nothing
  // "2,450 new 4G and 5G base stations": a technology's name among the words is a word
  const words = /^(?:[ \t\u00a0]+(?:[\p{L}]|\d[\p{L}])[\p{L}\p{N}'’.-]*){1,5}/u.exec(
    text.slice(end, end + 80),
  );
  if (!words) return null;
  const tokens = words[0].trim().split(/\s+/);
  const kept: string[] = [];
  for (const raw of tokens) {
    const token = raw.replace(/[.,;:!?)"”’']+$/, '');
    const lower = token.toLowerCase();
    if (TIME_NOUNS.test(lower)) return null;
    if (STOP_AFTER.has(lower)) return null;
    kept.push(token);
    // units written as acronyms: "56,000 TEU"
    if (
      kept.length === 1 &&
      /^\p{Lu}{2,5}$/u.test(token) &&
      !/^(?:IT|AI|GDP|USD|KZT|EUR|RUB|CNY|TEN)$/.test(token)
    )
      return { head: token, phrase: token };
    // units of length, volume and energy written short: "11,400 km of cable", "30 bcm of gas"
    if (kept.length === 1 && MEASURE_ABBREVIATIONS.test(token))
      return { head: token, phrase: token };
    if (isPlural(token)) {
      const modifiers = kept.slice(0, -1).filter((w) => !ADJECTIVES.has(w.toLowerCase()));
      const phrase = [...modifiers.slice(-2), token].join(' ');
      return { head: lower, phrase };
    }
    if (token !== raw) return null; // punctuation ends the noun phrase
  }
  return null;
}

const VERB =
  /\b(?:reached|reach(?:es|ing)?|amounted|amount(?:s|ing)?|totall?ed|total(?:s|ing)?|stood|stands?|grew|grow(?:s|ing|n)?|increased|increas(?:e|es|ing)|rose|rise|rising|risen|fell|fall(?:s|ing|en)?|declined|declin(?:e|es|ing)|decreased|decreas(?:e|es|ing)|exceeded|exceed(?:s|ing)?|surpassed|surpass(?:es|ing)?|ranged|ranges|varied|doubled|tripled|halved|lent|spent|sold|paid|built|raised|issued|provided|signed|launched|collected|transferred|disbursed|financed|funded|lost|costs?|cost|exported|imported|climbed|slipped|dipped|slowed|accelerated|narrowed|widened|approached|approach(?:es|ing)?|hit|hits|topped|tops|expanded|expand(?:s|ing)?|jumped|surged|dropped|was|were|is|are|will|would|could|has|have|had|made\s+up|makes\s+up|accounted|accounts|account\s+for|represent(?:s|ed|ing)?|invested|attracted|received|allocated|earned|generated|exported|imported|produced|recorded|registered|posted|saw|brought|comparable|equal(?:s|led)?|valued|worth|estimated|expected|projected|forecast|set|to)\b/gi;
const DETERMINERS =
  /^(?:the|a|an|its|their|his|her|our|this|that|these|those|such|total|overall|annual)$/i;
const POSSESSIVE = /^[\p{L}.-]+(?:'s|’s|s'|s’)$/u;
const GROWTH =
  /\b(?:gr[eo]w|growth|grow(?:s|ing|n)|increas\w+|rose|rise|rising|expand\w*|jump\w*|surg\w*|fell|fall\w*|declin\w*|decreas\w*|drop\w*)\b/i;
/**
 * "the share of renewable energy … rose to": what a percentage is a share of, written before it.
 * `caseless`: 0.24 µs a sentence against 3.0 µs with the `iu` flags (see caseless.ts).
 */
const SHARE_OF = caseless(
  /\bshare\s+of\s+((?:[\p{L}][\p{L}'’-]*\s+){0,3}?[\p{L}][\p{L}'’-]*)\s+(?:in\s+[^,;]*?\s+)?(?:to|at|from|reached|rose|fell|was|is|stood|amounted|increased|decreased|grew)\b/iu,
);

/**
 * A readable metric for a number at `start` of `sentence`: the subject of the verb that carries the number.
 *
 * @example readableMetric("the country's trade turnover reached $5 billion", 37, 'USD') // 'trade turnover'
 */
export function readableMetric(
  sentence: string,
  start: number,
  unit: string,
  countPhrase?: string,
  end = start,
): string {
  if (countPhrase) return countPhrase;
  // a share names what it is a share of: "a third of respondents", "the share of renewable energy … to 15%"
  if (unit === 'percent') {
    const of = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?((?:[\p{L}][\p{L}'’-]*\s*){1,3})/u.exec(
      sentence.slice(end, end + 60),
    );
    const share = !sentence.includes('share') ? null : SHARE_OF.exec(sentence.slice(0, start));
    if (share) return `${share[1]!.trim()} share`;
    if (of) {
      const words = of[1]!.trim().split(/\s+/);
      const cut = words.findIndex(
        (w) =>
          STOP_AFTER.has(w.toLowerCase()) ||
          /^(?:said|say|says|are|is|was|were|have|has|use|uses|spend|own)$/i.test(w),
      );
      const phrase = (cut >= 0 ? words.slice(0, cut) : words).join(' ');
      if (phrase) return phrase;
    }
  }
  const head = sentence.slice(0, start);
  const clauseStart = Math.max(
    head.lastIndexOf(','),
    head.lastIndexOf(';'),
    head.lastIndexOf(':'),
    head.lastIndexOf('('),
  );
  const clause = head.slice(clauseStart + 1);
  VERB.lastIndex = 0;
  let match: RegExpExecArray | null;
  const verbs: RegExpExecArray[] = [];
  while ((match = VERB.exec(clause))) verbs.push(match);
  // the first verb of the clause follows its subject
  for (const verb of verbs) {
    const subject = nounPhraseBefore(clause.slice(0, verb.index));
    if (subject) {
      const growth =
        unit === 'percent' &&
        GROWTH.test(clause.slice(verb.index)) &&
        !/growth|share|rate/i.test(subject);
      return growth ? `${subject} growth` : subject;
    }
  }
  // no verb before the number: the noun phrase it follows ("Investment of $1.5 billion is planned")
  const bare = nounPhraseBefore(
    clause.replace(
      /(?:\s+(?:of|at|to|by|worth|totalling|totaling|between|from|up|about|around|nearly|over|some|almost|approximately))+\s*$/i,
      ' ',
    ),
  );
  if (bare && !/^(?:the|a|an)$/i.test(bare) && bare.split(/\s+/).length <= 4) return bare;
  // "$1 trillion in global AI investments", "40% of exports"
  const after = /^[^,;]*?\b(?:in|of|for|on)\s+((?:[\p{L}][\p{L}\p{N}'’-]*\s*){1,4})/u.exec(
    sentence.slice(start, start + 120),
  );
  if (after) {
    const words = after[1]!
      .trim()
      .split(/\s+/)
      .filter((w) => !DETERMINERS.test(w));
    const cut = words.findIndex((w) => STOP_AFTER.has(w.toLowerCase()));
    const phrase = (cut >= 0 ? words.slice(0, cut) : words).join(' ');
    if (phrase && !/^(?:them|it|this|that|these|those|which|whom|us|all|total)$/i.test(phrase))
      return phrase;
  }
  return unit === 'percent'
    ? 'share'
    : unit === 'multiple'
      ? 'growth multiple'
      : unit === 'count'
        ? 'count'
        : 'amount';
}

function nounPhraseBefore(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 4; i--) {
    if (POSSESSIVE.test(words[i]!.replace(/[“”"‘]/g, ''))) break;
    const word = words[i]!.replace(/[“”"'‘]/g, '');
    const lower = word.toLowerCase();
    if (
      DETERMINERS.test(word) ||
      /\d/.test(word) ||
      /^(?:thousand|million|billion|trillion|mln|bln|mn|bn|trln|percent)$/i.test(word)
    )
      break;
    if (STOP_AFTER.has(lower) && lower !== 'and' && lower !== 'of') break;
    if (
      /^(?:said|says|noted|stated|according|reported|added|emphasized|stressed|announced|that|which|who|he|she|it|they|we|there|plans?|aims?|intends?|expects?|wants?|seeks?|hopes?|decided|agreed|approved)$/i.test(
        lower,
      )
    )
      break;
    kept.unshift(word);
  }
  while (kept.length > 0 && /^(?:and|of)$/i.test(kept[0]!)) kept.shift();
  while (kept.length > 0 && /^(?:and|of)$/i.test(kept[kept.length - 1]!)) kept.pop();
  return kept.join(' ');
}

/** "IT services exports" → "it_services_exports". */
export function slugify(label: string): string {
  // decomposing accents only when there are any: most labels are plain ASCII
  const plain = /[^\x00-\x7f]/.test(label)
    ? label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : label;
  return (
    plain
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60)
      .replace(/_+$/, '') || 'unknown'
  );
}
