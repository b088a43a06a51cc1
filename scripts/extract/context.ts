/**
 * What a document's sentences inherit unless they say otherwise: whom the document is about, and
 * the year an undated text was written in. Pure.
 */
import {
  corridorEndStarts,
  findPlaces,
  NEIGHBOUR_CITIES,
  ORGANISATIONS,
  WORLD_REGIONS,
  type PlaceMention,
} from './entities.ts';

const NEIGHBOUR_CITY: ReadonlySet<string> = new Set(NEIGHBOUR_CITIES);
import { findTimeExpressions } from './periods.ts';
import { currenciesNamed } from './currencies.ts';
import { detectLanguage, type Language } from './language.ts';
import { CYRILLIC_BUDGET_LAW } from './languages/kind-cues.ts';
import { SAME_PERIOD } from './languages/cyrillic-glossary.ts';
import { looksAhead, sentenceTense } from './classify.ts';
import { isComparisonBase } from './languages/comparison-bases.ts';
import { STANDING_HEADINGS } from './languages/standing-descriptions.ts';
import { tagSentence } from './noun-phrases.ts';
import { COMMODITY_WORDS } from './languages/commodities.ts';
import {
  CYRILLIC_ADJECTIVES,
  KAZAKHSTAN_LOCAL,
  PRODUCER_GROUPS,
} from './languages/cyrillic-places.ts';
import { CYRILLIC_STATE_BODY, STATE_BODY } from './languages/state-bodies.ts';
import { CLAUSE_BREAK_SOURCE } from './languages/clauses.ts';
import { FRAMING_PREPOSITIONS, NAME_DETERMINERS } from './languages/name-openers.ts';
import { ENGLISH_PROGRAMME_NOUNS } from './languages/programmes.ts';

/** A Russian or Kazakh name that opens with a state body's word ("Национальный Банк …"). */
const STATE_BODY_HEAD = new RegExp(`^\\s*[«"]?${CYRILLIC_STATE_BODY}`, 'u');
/**
 * Whether `name`, a Russian or Kazakh headline's or publisher's name, is a state body's: a source
 * that speaks for its country or city, not what the text is about.
 *
 * @example isStateBody('Национальный Банк Республики Казахстан') // true
 */
export const isStateBody = (name: string): boolean => STATE_BODY_HEAD.test(name);

/**
 * The entity of a claim whose sentence, document and settings name none: a placeholder the app
 * accepts and shows, never a guessed country.
 */
export const UNKNOWN_ENTITY = 'Unknown';

/** Organisations whose members are "residents": technology parks, hubs, special economic zones. */
const RESIDENT_HOST = /\b(?:Park|Hub|City|Zone)\b/;
/** Whether `entity` is a park, hub or zone whose members are its "residents". */
export const isResidentHost = (entity: string): boolean => RESIDENT_HOST.test(entity);
/** "residents", Russian "резидентов", Kazakh "резиденттерінің": the members of such a host. */
const RESIDENTS = /\bresidents?\b|(?<![\p{L}])резидент/iu;

/**
 * The technology park or hub the "residents" of a figure's list item belong to (offset `at` of the
 * document, in a sentence starting at `sentenceStart`): the one the text named last
 * before offset `at`, else the first it names ("- residents employed 48,000 people" under a text
 * about IT Park); '' when the sentence speaks of no residents or the text names no such host.
 *
 * @example residentsHost('Residents exported $9 million.', () => namedOrganisations('Astana Hub grew. Residents exported $9 million.'), 20) // 'Astana Hub'
 */
export function residentsHost(
  sentence: string,
  organisations: () => readonly PlaceMention[],
  at: number,
  sentenceStart = 0,
): string {
  if (!RESIDENTS.test(sentence.slice(...listItemAround(sentence, at - sentenceStart)))) return '';
  return hostBefore(organisations, at);
}

/**
 * The technology park or hub the text named last before offset `at`, else the first it names;
 * '' when it names none: whose residents a figure about residents counts.
 *
 * @example
 * hostBefore(() => namedOrganisations('IT Park Uzbekistan grew. Astana Hub too.'), 5)
 * // 'IT Park Uzbekistan'
 */
export function hostBefore(organisations: () => readonly PlaceMention[], at: number): string {
  const all = organisations();
  const { hosts } = indexOf(all);
  if (hosts.length === 0) return '';
  // the last host named before `at` (binary search: a long text names many), else the first
  let low = 0;
  let high = hosts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hosts[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return fullestName(hosts[Math.max(0, low - 1)]!.entity, all);
}

/** Per list of organisations: the resident hosts among them and each name's fullest form. */
interface OrganisationIndex {
  hosts: readonly PlaceMention[];
  fullest: Map<string, string>;
}
const indexes = new WeakMap<readonly PlaceMention[], OrganisationIndex>();

function indexOf(organisations: readonly PlaceMention[]): OrganisationIndex {
  let index = indexes.get(organisations);
  if (!index) {
    const names = [...new Set(organisations.map((o) => o.entity))];
    const fullest = new Map<string, string>();
    for (const name of names) {
      let longest = name;
      for (const other of names)
        if (other.length > longest.length && other.startsWith(`${name} `)) longest = other;
      fullest.set(name, longest);
    }
    const hosts = organisations.filter((o) => RESIDENT_HOST.test(o.entity));
    indexes.set(organisations, (index = { hosts, fullest }));
  }
  return index;
}

/** [start, end) of the comma-separated item of `sentence` around offset `at`. */
function listItemAround(sentence: string, at: number): [number, number] {
  const start = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(':', at)) + 1;
  const comma = sentence.indexOf(',', at);
  return [start, comma < 0 ? sentence.length : comma];
}

/**
 * The fullest name the text gives an organisation it also names short: "IT Park" where the text
 * says "IT Park Uzbekistan" too, so that one document names one organisation one way.
 *
 * @example fullestName('IT Park', namedOrganisations('IT Park Uzbekistan grew. IT Park said.')) // 'IT Park Uzbekistan'
 */
export function fullestName(entity: string, organisations: readonly PlaceMention[]): string {
  return indexOf(organisations).fullest.get(entity) ?? entity;
}

/**
 * A sentence that speaks of "the company", "the group", "the technopark" without naming it is about
 * the organisation the text named last ("Чистая прибыль компании…" after "Kaspi.kz").
 */
const ORGANISATION_NOUN =
  /\bthe\s+(?:company|group|firm|holding|operator|bank|lender|technopark|park|hub)\b/i;
/** The same for an organisation no table lists, which "the fund", "the zone", "its operator" name. */
const KIND_NOUN = new RegExp(
  String.raw`\b(?:the|its|this\s+year['’]s)\s+` +
    '(company|group|operator|bank|park|hub|fund|zone|forum|summit|expo)\\b',
  'i',
);
/**
 * "компании", "группы", "технопарка": the company, not companies in general ("в IT-компаниях",
 * "компаний"): no plural-only ending, and no compound of a sector ("финтех-компании").
 */
const CYRILLIC_ORGANISATION_NOUN = new RegExp(
  String.raw`(?<![\p{L}-])(?:компани|групп|технопарк|холдинг|оператор|тобы)` +
    String.raw`(?![\p{L}]*(?:ях|ям|ями|ий|ов|ах|ам|ами)(?![\p{L}]))` +
    // "операторы", "холдинги": a plural of a hard stem (its genitive singular ends in -а)
    String.raw`(?!(?<=технопарк|холдинг|оператор)[ыи](?![\p{L}]))[\p{L}]*`,
  'iu',
);
/** Cyrillic letters: the Unicode pattern above runs only on sentences that have some. */
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The organisations `text` names, in order, for `organisationBefore`.
 *
 * @example namedOrganisations('Kaspi.kz said. The company grew.')[0]!.entity // 'Kaspi.kz'
 */
export function namedOrganisations(text: string): PlaceMention[] {
  return findPlaces(text).filter((place) => ORGANISATIONS.has(place.entity));
}

/** An organisation found by the shape of its name, with that name as the text writes it. */
export interface NamedOrganisation extends PlaceMention {
  /** The name as written, when the text then goes by its abbreviation ("Delta Fund" for "DF"). */
  head?: string;
}

/**
 * The organisations `text` names that no table lists, found by the shape of their names; a name
 * the text abbreviates ("Delta Fund (DF)") goes by its abbreviation when that is the `subject`
 * the headline names it by.
 *
 * @example namesOfOrganisations('Delta Compute Holdings will build it.')[0]!.entity // 'Delta Compute Holdings'
 */
export function namesOfOrganisations(text: string, subject = ''): NamedOrganisation[] {
  const found: NamedOrganisation[] = [];
  // most texts name no such organisation: look for the words that end a name first (a plain
  // alternation, far cheaper than the name pattern over every capital), then read the names back
  ORGANISATION_WORD.lastIndex = 0;
  let from = 0;
  let hit: RegExpExecArray | null;
  while ((hit = ORGANISATION_WORD.exec(text))) {
    if (hit.index < from) continue;
    NAMED_ORGANISATION.lastIndex = Math.max(from, hit.index - 120);
    let match: RegExpExecArray | null;
    while ((match = NAMED_ORGANISATION.exec(text)) && match.index <= hit.index) {
      from = match.index + match[0].length;
      const named = organisationNamed(text, match, subject);
      if (named) found.push(named);
      if (from >= hit.index + hit[0].length) break;
    }
    if (ORGANISATION_WORD.lastIndex < from) ORGANISATION_WORD.lastIndex = from;
  }
  return found;
}

/** The organisation `match` of `NAMED_ORGANISATION` names, or null for none. */
function organisationNamed(
  text: string,
  match: RegExpExecArray,
  subject: string,
): NamedOrganisation | null {
  const programme = match[5];
  let name = match[1] ?? match[4] ?? `${match[2]!} ${match[3]!}`;
  let start = match.index;
  // "The Silk Road zone", "Under the Delta Park": the name starts after such words
  const lead = /^(?:(?:The|A|An|Its|This|Under|Through|Via|For|In|At|By)[ \t]+)+/.exec(name);
  if (lead) {
    name = name.slice(lead[0].length);
    start += lead[0].length;
  }
  if (programme) {
    // one word is a name only after "the" or "its" ("the Tunduk … system", not "Each programme"),
    // and never a word that names no one ("the Government programme")
    const oneWord = !/\s/.test(name);
    if (
      oneWord &&
      (NO_NAME.test(name) || !/\b(?:the|its)\s+$/i.test(text.slice(Math.max(0, start - 6), start)))
    )
      return null;
    if (INSTITUTION.test(name) || ORGANISATIONS.has(name)) return null;
    if (findPlaces(name).some((p) => p.start === 0 && p.end === name.length)) return null;
    return { start, end: start + name.length, entity: name, head: `${name} ${programme}` };
  }
  if (!/^\p{Lu}\S*[ \t]/u.test(name) || INSTITUTION.test(name) || ORGANISATIONS.has(name))
    return null;
  if (findPlaces(name).some((p) => p.start === 0 && p.end === name.length)) return null;
  const end = start + name.length;
  const short = /^[ \t]*\((\p{Lu}{2,6})\)/u.exec(text.slice(end, end + 12));
  return short && short[1] === subject
    ? { start, end, entity: short[1]!, head: name }
    : { start, end, entity: name };
}

/**
 * The organisations of a kind ("bank", "group", "fund") `text` names by a name that ends in that
 * word ("the Delta Development Bank", "Oro Group"), with where each is named; a country's own
 * institutions ("National Bank", "Central Bank of …") are sources (rule 3), never among them.
 *
 * @example organisationsOfKind('The Delta Development Bank said. The bank lent.', 'bank')[0]!.entity // 'Delta Development Bank'
 */
export function organisationsOfKind(text: string, kind: string): PlaceMention[] {
  const head = kind.charAt(0).toUpperCase() + kind.slice(1);
  const found: PlaceMention[] = [];
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\d])((?:${NAME_WORD}[ \t]+){1,4})${head}(?![\p{L}\d])`,
    'gu',
  );
  for (const match of text.matchAll(pattern)) {
    const lead = /^(?:(?:The|A|An|Its|This|Under|Through|Via|For|In|At|By|And|But)[ \t]+)+/.exec(
      match[0],
    );
    const name = match[0].slice(lead?.[0].length ?? 0);
    if (!/\s/.test(name) || STATE_BODY.test(name)) continue;
    const start = match.index + (lead?.[0].length ?? 0);
    found.push({ start, end: start + name.length, entity: name });
  }
  // "the Oyu Tolgoi mine", "Azercell, the country's largest mobile operator,": a name the text
  // gives the kind in lower case after it, or in an apposition that says what it is
  const described = new RegExp(
    String.raw`\b[Tt]he[ \t]+((?:${NAME_WORD}[ \t]+){1,3})${kind}\b|` +
      String.raw`(?<![\p{L}\d])((?:${NAME_WORD}[ \t]+){0,2}${NAME_WORD}),[ \t]+(?:the|its|a|an)[ \t]+` +
      String.raw`(?:[\p{L}’'-]+[ \t]+){0,4}?${kind}\b`,
    'gu',
  );
  for (const match of text.matchAll(described)) {
    const written = (match[1] ?? match[2]!).trim();
    const name = written.replace(OPENING_WORDS, '');
    if (name === '' || STATE_BODY.test(name) || NO_KIND_NAME.test(name)) continue;
    if (findPlaces(name).some((p) => p.start === 0 && p.end === name.length)) continue;
    const start = match.index + match[0].indexOf(written) + written.length - name.length;
    found.push({ start, end: start + name.length, entity: name });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words that open a sentence before a name: "In Kazakhstan, the bank …" names no bank. */
const OPENING_WORDS = new RegExp(
  `^(?:(?:${[
    ...NAME_DETERMINERS,
    ...FRAMING_PREPOSITIONS,
    ...'For In At By And But Meanwhile However'.split(' '),
  ].join('|')})[ \\t]+)+`,
);
/** Words that open a sentence before a description, and name no one. */
const NO_KIND_NAME = new RegExp(
  `^(?:${[
    ...NAME_DETERMINERS,
    ...'That It In On At By For Meanwhile However Also But And Last Next'.split(' '),
  ].join('|')})$`,
);

const DATELINE_MARK = /[—–(]|\s-\s/;
/** The capitalised word a sentence opens with, after "Under the", "The" (case-sensitive: fast). */
const SENTENCE_HEAD = new RegExp(
  String.raw`^\s*(?:(?:${[...FRAMING_PREPOSITIONS, 'With'].join('|')})\s+)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}\d.&-]*)`,
  'u',
);
/** A verb of saying or forecasting: who says it is a source, not what the figure is about. */
const SAYS =
  /^\s*(?:\S+\s+){0,1}?(?:expects?|forecasts?|projects?|predicts?|estimates?|sees|says|said|reports?|reported|noted|warned|believes?|thinks?|told|added)\b/i;

/** A person on an organisation's staff, after its possessive: "'s chief economist", "'s chairman". */
export const STAFF_AFTER =
  /^\s*(?:[\p{Ll}-]+\s+){0,2}(?:economists?|chairman|chairwoman|chair|CEO|head|director|spokes(?:man|woman|person)|analysts?|president|governor|minister)\b/u;

/**
 * The organisation a sentence opens with, as its subject ("Delta Holdings of Dubai will build a
 * $90 million plant", "Northwind surveyed 900 firms"), whose figures before a semicolon are its
 * own; '' when the sentence opens with no organisation or only quotes one ("Delta expects …").
 * A short form names the fullest one the text gives ("Northwind" for "Northwind Analytics").
 *
 * @example sentenceOrganisation('Delta surveyed 900 firms.', 16, () => namedOrganisations('Delta Analytics said. Delta surveyed 900 firms.')) // 'Delta Analytics'
 */
export function sentenceOrganisation(
  sentence: string,
  at: number,
  organisations: () => readonly NamedOrganisation[],
): string {
  // "Yerevan, May 20 — Delta Holdings will build …": the sentence opens after its dateline (a
  // dash or a bracket near its start says it may have one)
  const dateline = DATELINE_MARK.test(sentence.slice(0, 40)) ? DATELINE.exec(sentence) : null;
  const skip = dateline
    ? dateline[0].length +
      /^[\s,]*(?:\([^)]{0,30}\)\s*)?[—–-]?\s*/.exec(sentence.slice(dateline[0].length))![0].length
    : 0;
  const head = SENTENCE_HEAD.exec(skip ? sentence.slice(skip) : sentence);
  if (head) head.index += skip;
  if (!head || /[;]/.test(sentence.slice(0, at))) return '';
  const first = head[1]!;
  if (NO_NAME.test(first) || INSTITUTION.test(first)) return '';
  for (const organisation of organisations()) {
    const name = organisation.entity;
    if (name !== first && !name.startsWith(`${first} `)) continue;
    // a programme a sentence opens with frames its figures (`programmeBefore`)
    if (PROGRAMME_HEAD.test(organisation.head ?? '')) continue;
    const written = sentence.startsWith(name, head.index + head[0].length - first.length)
      ? name
      : first;
    const after = head.index + head[0].length - first.length + written.length;
    // "Alpha Bank, Beta Bank and Gamma Bank together hold …": a list of names is none of them
    if (/^\s*(?:,|and\b|&)\s*\p{Lu}/u.test(sentence.slice(after))) return '';
    if (
      after > at ||
      // "Delta Bank's chief economist said …": its staff say (rule 3)
      (/^['’]s\s/.test(sentence.slice(after)) && STAFF_AFTER.test(sentence.slice(after + 2))) ||
      // "Delta Research, an independent consultancy, forecasts …": past its apposition
      SAYS.test(
        sentence
          .slice(after)
          .replace(/^\s*(?:of|in|from)\s+\p{Lu}\S*/u, '')
          .replace(/^\s*,[^,;]{1,80},/, ''),
      )
    )
      return '';
    return fullestName(name, organisations());
  }
  return '';
}

/**
 * The organisation a sentence refers back to ("the company"), named before offset `at` of the
 * document (before the noun itself, in a Russian or Kazakh sentence starting at `sentenceStart`);
 * '' when the sentence names no such noun or the text no organisation before it.
 */
export function organisationBefore(
  sentence: string,
  organisations: () => readonly PlaceMention[],
  at: number,
  discovered?: () => readonly NamedOrganisation[],
  sentenceStart?: number,
): string {
  let last = '';
  const cyrillicNoun = CYRILLIC.test(sentence) ? CYRILLIC_ORGANISATION_NOUN.exec(sentence) : null;
  // "у группы (с учетом дочерней Kcell)": a Russian or Kazakh noun means a name before the noun
  const limit =
    cyrillicNoun && sentenceStart !== undefined
      ? Math.min(at, sentenceStart + cyrillicNoun.index)
      : at;
  if (ORGANISATION_NOUN.test(sentence) || cyrillicNoun)
    for (const organisation of organisations()) {
      if (organisation.start >= limit) break;
      last = organisation.entity;
    }
  if (last || !discovered) return last;
  // a name no table lists: "the fund" is the last Fund named, "the zone" or "its operator" the zone
  const noun = KIND_NOUN.exec(sentence)?.[1]!.toLowerCase();
  if (!noun) return '';
  for (const organisation of discovered()) {
    if (organisation.start >= at) break;
    const head = /(\S+)\s*$/.exec(organisation.head ?? organisation.entity)![1]!.toLowerCase();
    if (head === noun || (noun === 'operator' && /^(?:zone|park)$/.test(head)))
      last = organisation.entity;
  }
  return last;
}

/** Where a clause starts: a place or programme across one of these is another figure's. */
const CLAUSE_START = new RegExp(CLAUSE_BREAK_SOURCE, 'g');

/**
 * The programme, platform or public system that opens the clause of the figure at offset `at` of
 * `sentence` (which starts at `sentenceStart` in the text) as the subject of its verb: "…, and
 * the eGov platform processed 48 million requests" → 'eGov'; '' for none. A programme that is
 * only the frame ("Under the X programme, 700,000 students …"), one described first ("The X
 * programme, launched in 2024, …"), one of a list ("the X portal and the Y app …") or one whose
 * users are counted ("users of the X system") leaves the figure to the country.
 *
 * Beside `programmeOwner` (programmes.ts), not in it: that one reads the programmes a text names
 * with their noun, in three languages, and gives one the figures it owns by what they count
 * (participants, grants, money given to it) wherever the sentence names or points back at it;
 * this one reads the names `namesOfOrganisations` finds in English, platforms and public systems
 * among them, and gives one whatever figure its clause has it as subject of. In English text
 * extract.ts asks this one first: a subject owns its clause before a frame's own figures do.
 */
export function programmeBefore(
  sentence: string,
  at: number,
  sentenceStart: number,
  discovered: () => readonly NamedOrganisation[],
): string {
  const head = sentence.slice(0, at);
  if (!PROGRAMME_WORD.test(head)) return '';
  let from = 0;
  for (const match of head.matchAll(CLAUSE_START)) from = match.index + match[0].length;
  for (const organisation of discovered()) {
    const start = organisation.start - sentenceStart;
    if (start >= at) break;
    if (start < from || !PROGRAMME_HEAD.test(organisation.head ?? '')) continue;
    if (!/^[^\p{L}\d]*(?:the\s+)?$/iu.test(sentence.slice(from, start))) continue;
    const rest = sentence.slice(organisation.end - sentenceStart, at);
    return /[,;(]|\band\b/.test(rest) ? '' : organisation.entity;
  }
  return '';
}

/** Cities, blocs and regions: a document's subject only when it names no country. */
const LESSER = new Set([
  'Astana',
  'Almaty',
  'Shymkent',
  'Karaganda',
  'Aktobe',
  'Atyrau',
  'Aktau',
  'Pavlodar',
  'Turkistan',
  'Kostanay',
  'Kyzylorda',
  'Taraz',
  'Oskemen',
  'Semey',
  'Petropavl',
  'Kokshetau',
  'European Union',
  ...WORLD_REGIONS,
  'World',
]);
/** A national currency names its country when nothing else does ("318.6 trillion soums"). */
const CURRENCY_COUNTRIES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:soums?|UZS)\b/, 'Uzbekistan'],
  [/\b(?:tenge|KZT)\b|₸/, 'Kazakhstan'],
  [/\b(?:manats?|AZN)\b/, 'Azerbaijan'],
  [/\b(?:lari|GEL)\b/, 'Georgia'],
  [/\b(?:tugriks?|togrogs?|MNT)\b/, 'Mongolia'],
  [/\b(?:KGS|soms)\b/, 'Kyrgyzstan'],
  [/\b(?:somoni|TJS)\b/, 'Tajikistan'],
  [/\b(?:drams?|AMD)\b/, 'Armenia'],
  // Russian and Kazakh, with their endings ("тенге", "теңгеден", "сумов")
  [/(?<![\p{L}])(?:тенге|теңге|тг\.)/u, 'Kazakhstan'],
  [/(?<![\p{L}])сум(?:ов|а|ы)?(?![\p{L}])/u, 'Uzbekistan'],
  [/(?<![\p{L}])сом(?:ов|а|ы)?(?![\p{L}])/u, 'Kyrgyzstan'],
  [/(?<![\p{L}])манат/u, 'Azerbaijan'],
];
/** A national currency's ISO code → its country, for rates of exchange. */
const CODE_COUNTRIES: Readonly<Record<string, string>> = {
  UZS: 'Uzbekistan',
  KZT: 'Kazakhstan',
  AZN: 'Azerbaijan',
  GEL: 'Georgia',
  MNT: 'Mongolia',
  KGS: 'Kyrgyzstan',
  TJS: 'Tajikistan',
  AMD: 'Armenia',
  TMT: 'Turkmenistan',
  RUB: 'Russia',
  CNY: 'China',
  TRY: 'Turkey',
};
/** The country whose national currency `unit` (an ISO code) is; '' for any other unit. */
export const currencyCountry = (unit: string): string => CODE_COUNTRIES[unit] ?? '';

/** The region's own national currencies, by ISO code, as a sentence may write them. */
const NATIONAL_CODE = /\b(UZS|KZT|AZN|GEL|MNT|KGS|TJS|AMD|TMT)\b/;
/** Currencies that are no one country's figure in a text about a region (rouble, yuan, lira). */
const WIDELY_USED: ReadonlySet<string> = new Set(['RUB', 'CNY', 'TRY']);

/**
 * The country whose own currency the figure is in or its sentence names ("KZT 25 bn", "the tenge
 * to average 535 per dollar and unemployment to stay at 4.6%"), for a sentence that names no
 * place in a text about a part of the world or a forecaster; '' for none, or for the rouble, the
 * yuan and the lira, which other countries' figures are also given in.
 *
 * @example nationalCurrencyCountry('Funds invested KZT 25 bn.', 'KZT') // 'Kazakhstan'
 */
export function nationalCurrencyCountry(sentence: string, unit: string): string {
  const code = [unit, ...currenciesNamed(sentence), NATIONAL_CODE.exec(sentence)?.[1] ?? ''].find(
    (c) => currencyCountry(c) !== '' && !WIDELY_USED.has(c),
  );
  return code ? currencyCountry(code) : '';
}

/** An outlet's country-code domain ("Kapital.kz", "BAQ.KZ") → the country it publishes in. */
const DOMAIN_COUNTRIES: ReadonlyArray<[RegExp, string]> = [
  [/\.kz\b/i, 'Kazakhstan'],
  [/\.uz\b/i, 'Uzbekistan'],
  [/\.kg\b/i, 'Kyrgyzstan'],
  [/\.tj\b/i, 'Tajikistan'],
  [/\.az\b/i, 'Azerbaijan'],
  [/\.ge\b/i, 'Georgia'],
  [/\.am\b/i, 'Armenia'],
  [/\.mn\b/i, 'Mongolia'],
];

/**
 * National news agencies and papers named without their domain ("Kazinform (kz)", "Kursiv"):
 * the country they publish in, which an organisation they write about is at home in. Not a prior
 * for what a text is about: they write on world markets and on their neighbours too.
 */
const AGENCY_COUNTRIES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:Kazinform|Qazinform|Kursiv|Tengrinews|Egemen|Akorda|Inbusiness)\b/i, 'Kazakhstan'],
  [/\b(?:Daryo|UzDaily)\b/i, 'Uzbekistan'],
  [/\bKabar\b/i, 'Kyrgyzstan'],
  [/\b(?:Khovar|Asia-Plus)\b/i, 'Tajikistan'],
  [/\b(?:Trend|Azertac)\b/i, 'Azerbaijan'],
  [/\b(?:Armenpress|ArmInfo)\b/i, 'Armenia'],
  [/\bMontsame\b/i, 'Mongolia'],
];

/**
 * The country a news agency or paper named without its domain publishes in; '' for any other
 * outlet.
 *
 * @example agencyCountry('Kazinform (kz)') // 'Kazakhstan'
 */
export const agencyCountry = (outlet: string): string =>
  AGENCY_COUNTRIES.find(([name]) => name.test(outlet))?.[1] ?? '';

/** "… per US dollar", "… to the euro": the figure before it is a rate of exchange. */
const PER_CURRENCY =
  /^\s*(?:\p{L}+\s+){0,1}(?:per|to\s+the|against\s+the|for\s+(?:one|a|1))\s+(?:(?:US|U\.S\.|American)\s+)?(?:dollars?|euros?|\$|€|USD|EUR|roubles?|yuan)\b/iu;

/**
 * The country whose currency's rate of exchange the figure at [start, end) of `sentence` states
 * ("1.7 manats per US dollar" → Azerbaijan), whatever the text is about; '' for any other figure.
 *
 * @example rateCountry('The rate was 388.6 drams per dollar.', 13, 24, 'AMD') // 'Armenia'
 */
export function rateCountry(sentence: string, start: number, end: number, unit: string): string {
  const country = CODE_COUNTRIES[unit];
  if (!country) return '';
  return PER_CURRENCY.test(sentence.slice(end, end + 40)) ? country : '';
}

const ADJECTIVE = new RegExp(
  `(?<![\\p{L}])(?:${CYRILLIC_ADJECTIVES.map(([source]) => `(${source})`).join('|')})`,
  'giu',
);

/**
 * The countries a Russian or Kazakh text names by their adjectives ("казахстанскую пшеницу"),
 * `home` for a word of the outlet's own country ("отечественный"); [] for text in English.
 *
 * @example adjectivePlaces('Кто покупает казахстанскую пшеницу', '')[0]!.entity // 'Kazakhstan'
 */
export function adjectivePlaces(text: string, home: string): PlaceMention[] {
  if (!CYRILLIC.test(text)) return [];
  const found: PlaceMention[] = [];
  ADJECTIVE.lastIndex = 0;
  for (let match; (match = ADJECTIVE.exec(text));) {
    const entity = CYRILLIC_ADJECTIVES[match.slice(1).findIndex((group) => group)]![1];
    const place = entity === 'home' ? home : entity;
    if (place)
      found.push({ start: match.index, end: match.index + match[0].length, entity: place });
  }
  return found;
}

/** The country an outlet publishes in: by its domain ("Vlast.kz"), else the place it names. */
function outletCountry(outlet: string): string {
  return (
    DOMAIN_COUNTRIES.find(([domain]) => domain.test(outlet))?.[1] ?? firstSubject(subjects(outlet))
  );
}

/** "Astana, January 28." or "TASHKENT (Daryo) –" at the head of the lead: where it was written. */
const DATELINE =
  /^\s*[\p{L} .-]{2,30}?(?:,\s*(?:\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+)|\s*\(|\s+[–—-]\s)/u;

/** A line that is only a place and a date: "Astana, October 9, 2026", "TASHKENT, 5 March". */
const DATELINE_LINE =
  /^\s*[\p{L} .-]{2,30},\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)(?:,?\s+(?:19|20)\d\d)?\.?\s*$/u;

/** The line of `text` around `at`. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * The lead: the first line of the body, past a label ("PRESS RELEASE No. 41") that names no place
 * and a dateline on a line of its own ("Astana, October 9, 2026"), English only.
 */
function leadOf(body: string): string {
  const lines = body.split('\n').filter((line) => line.trim());
  const first = lines[0]?.trim() ?? '';
  if (CYRILLIC.test(first)) return first;
  const lead = lines.find(
    (line) =>
      !DATELINE_LINE.test(line) &&
      (line.trim().split(/\s+/).length >= 5 || subjects(line).length > 0),
  );
  return lead?.trim() ?? first;
}

/**
 * "Remittances to Kyrgyzstan", "money transfers from abroad to Tajikistan": money sent home is the
 * receiver's (as `flowPair` reads it), so its receiver is what the text is about, not a partner.
 */
const RECEIVER_BEFORE = /\b(?:remittances|transfers)\s+(?:[\p{L}-]+\s+){0,3}?to\s+(?:the\s+)?$/iu;

/** A place named in a comparison ("compared to $14,260 in Russia") is not what the text is about. */
const COMPARED_BEFORE = /\b(?:compared\s+(?:to|with)|than|versus|vs\.?|against)\b[^.;:!?]*$/i;

/** "UAE investor", "Chinese firm", "Turkish lender": a place that says where an investor is from. */
const ORIGIN_OF =
  /^\s+(?:investors?|firms?|compan(?:y|ies)|developers?|lenders?|banks?|groups?|holdings?|giants?|buyers?|consortium|conglomerates?|miners?|carriers?)\b/i;

/**
 * "according to data from the Central Bank of Russia": a place in the name of whom a figure is
 * attributed to names its source, not the text's subject (rule 3).
 */
const SOURCE_NAMED_BEFORE =
  /\baccording\s+to\s+(?:(?:data|figures|estimates|statistics)\s+(?:from|of|by)\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){1,5}?(?:of|in)\s+(?:the\s+)?$/iu;

function subjects(text: string): PlaceMention[] {
  const places = findPlaces(text);
  const corridorEnds = corridorEndStarts(text, places);
  return places.filter(
    (place) =>
      !corridorEnds.has(place.start) &&
      (!place.partner ||
        RECEIVER_BEFORE.test(text.slice(Math.max(0, place.start - 60), place.start))) &&
      !ORGANISATIONS.has(place.entity) &&
      !NEIGHBOUR_CITY.has(place.entity) &&
      !PRODUCER_GROUPS.has(place.entity) &&
      !COMPARED_BEFORE.test(text.slice(Math.max(0, place.start - 60), place.start)) &&
      !ORIGIN_OF.test(text.slice(place.end, place.end + 16)) &&
      !SOURCE_NAMED_BEFORE.test(text.slice(Math.max(0, place.start - 70), place.start)) &&
      // "at 12:00 Astana time": a time zone
      !/^\s+time\b/.test(text.slice(place.end, place.end + 6)),
  );
}

/**
 * The places a headline names as its subject, none when it opens with two joined by "and" ("Almaty
 * and Astana lead regional investment"): a headline about two places is about neither alone.
 */
function headPlaces(title: string): PlaceMention[] {
  const places = subjects(title);
  const [a, b] = places;
  return a && b && a.start === 0 && /^\s+and\s+$/.test(title.slice(a.end, b.start)) ? [] : places;
}

/** "Halyk Bank's net profit", "Kcell's subscribers": a name whose results a headline reports. */
const FIRM_RESULTS =
  /^\s*((?:\p{Lu}[\p{L}\d.&-]*\s+){0,2}\p{Lu}[\p{L}\d.&-]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:profits?|income|revenues?|earnings|sales|turnover|subscribers?|customers|users|dividends?|assets|shares?|output|capex|EBITDA)\b/u;

/**
 * The organisation a headline is about when it names no place: a known one ("Astana Hub residents'
 * exports approach $1 billion"), or a name whose results it reports ("Halyk Bank's net profit
 * rises 9%"); '' for none.
 *
 * @example titleOrganisation("Kcell's subscribers top 10 million") // 'Kcell'
 */
export function titleOrganisation(title: string): string {
  const known = namedOrganisations(title)[0];
  if (known) return known.entity;
  const firm = FIRM_RESULTS.exec(title);
  return firm && findPlaces(firm[1]!).length === 0 ? firm[1]! : '';
}

/** The last word of an organisation's name: what kind of organisation it is. */
const ORGANISATION_HEAD =
  'Park|Technopark|Hub|Telecom|Telecommunications|Mobile|Bank|Analytics|Partners|Group|Holdings?|Capital|Fund|Corporation|Company|Airways|Airlines|Railways|Motors|Energy|Petroleum|Mining|Metals|Steel|Research|Technologies|Systems|Networks|Exchange|Insurance|Logistics';
/**
 * A headline's opening name: capitalised words, an acronym or a coined name, in quotes or not,
 * then a word in lower case ("QIDF approves …", "Delta Valley residents export …").
 */
const HEADLINE_NAME =
  /^\s*(['"‘“]?)((?:\p{Lu}[\p{L}\d.&-]*)(?:\s+(?:\p{Lu}[\p{L}\d.&-]*|(?:19|20)\d\d))*)['"’”]?(?:['’]s)?\s+\p{Ll}/u;
/** Words a headline opens with that name no one: articles, adverbs, a country's institutions. */
export const NO_NAME = new RegExp(
  `^(?:${NAME_DETERMINERS.join('|')}|That|New|How|Why|What|When|Where|Who|Global|World|Worldwide|Central|National|State|Government|Cabinet|Parliament|President|Vice|Deputy|Prime|Senate|Ministry|Ministers?|Statistics|Analysts?|Experts?|Exports?|Imports?|Trade|Inflation|Average|Annual|Total|Foreign|Digital|Online|Mobile|Retail|Industrial|Net|Key|Top|Record|Budget|Draft|Investment|Growth|Output|Prices?|Sales|Revenues?|GDP|IT|AI|ICT|FDI|VAT|CPI|IPO|EBITDA|SME|SMEs|GB|MW|GW|4G|5G|LTE)$`,
);

/** Words for a site a name is followed by in lower case: "the Silk Road industrial zone". */
const SITE_NOUN =
  '(?:(?:industrial|economic|free|special|technology|tech|innovation|science)[ \\t]+)?(?:zone|park|cluster)';
/** A capitalised word of a name: "Gulf", "QazNet", "Kaspi.kz", "EU4Business". */
const NAME_WORD = '\\p{Lu}[\\p{L}\\d&-]*(?:\\.[\\p{L}\\d]+)*';
/**
 * Words for a programme, a platform or a public system, after its name and a word or two that
 * say whose it is: "the AI-Sana programme", "the eGov platform", "the Tunduk state e-services
 * system". The figures of its clause are the programme's, and it goes by its name alone.
 */
const PROGRAMME_NOUN = `(?:${[...ENGLISH_PROGRAMME_NOUNS, 'platform', 'portal', 'system'].join('|')})`;
const PROGRAMME_HEAD = new RegExp(`\\s${PROGRAMME_NOUN}$`);
/** The word of a programme, in a sentence: a cheap test before the text's names are read. */
const PROGRAMME_WORD = new RegExp(String.raw`\b${PROGRAMME_NOUN}\b`);
const PROGRAMME_NAME = `(?:${NAME_WORD}|\\p{Ll}\\p{Lu}[\\p{L}\\d-]*)`;
const PROGRAMME_GAP =
  '(?:(?:state|national|digital|online|electronic|public|government|mobile|e-[\\p{Ll}-]+)' +
  '[ \\t]+){0,2}';
/**
 * A name the text shows to be an organisation's: capitalised words ending in a word for a kind of
 * organisation ("Gulf Compute Holdings", "Qazaq Innovation Development Fund"), or followed by a
 * word for a site ("Silk Gate industrial zone").
 */
const NAMED_ORGANISATION = new RegExp(
  `(?<![\\p{L}\\d.])(?:((?:${NAME_WORD}[ \\t]+){1,3}(?:${ORGANISATION_HEAD}|Fund|Agency|Institute|Valley|Forum|Summit|Expo))|((?:${NAME_WORD}[ \\t]+){0,2}${NAME_WORD})[ \\t]+(${SITE_NOUN})|((?:${PROGRAMME_NAME}[ \\t]+){0,3}${PROGRAMME_NAME})[ \\t]+${PROGRAMME_GAP}(${PROGRAMME_NOUN}))(?![\\p{L}\\d])`,
  'gu',
);
/** The words that end `NAMED_ORGANISATION`'s names. */
const ORGANISATION_WORD = new RegExp(
  `\\b(?:${ORGANISATION_HEAD}|Fund|Agency|Institute|Valley|Forum|Summit|Expo|zone|park|cluster|${PROGRAMME_NOUN})\\b`,
  'g',
);
/** A country's own institutions and the bodies that forecast for it: sources, not subjects. */
const INSTITUTION =
  /^(?:(?:Central|National|State|Reserve|Republican|Federal)\b|(?:World|Asian|European|Eurasian|Islamic)\s+(?:Development\s+|Investment\s+)?Bank|International\s+Monetary\s+Fund|World\b)/;

/**
 * The name a headline opens with, when the text repeats it and the headline names no place: a
 * firm, fund, park or programme the text is about ("QIDF approves 118 billion tenge …" over a text
 * that names "the Qazaq Innovation Development Fund (QIDF)"). Two words or more, an acronym or a
 * coined name ("Skills4Tomorrow 2030"); '' for any other headline.
 *
 * @example headlineName('ZRDF approves 50 billion tenge', 'The fund (ZRDF) said.') // 'ZRDF'
 * @example headlineName('Exports rise 5%', 'Exports rose.') // ''
 */
export function headlineName(title: string, text: string): string {
  if (CYRILLIC.test(title)) return latinHeadlineName(title, text);
  const match = HEADLINE_NAME.exec(title);
  if (!match) return '';
  const name = match[2]!;
  const words = name.split(/\s+/);
  // a Russian or Kazakh name no table gives in English is no entity (entities are in English)
  if (NO_NAME.test(words[0]!) || CYRILLIC.test(name)) return '';
  const coined = /\p{N}|\p{Ll}\p{Lu}/u.test(words[0]!);
  if (words.length < 2 && !coined && !/^\p{Lu}{2,6}$/u.test(name)) return '';
  if (findPlaces(title).length > 0) return '';
  const body = text.startsWith(title) ? text.slice(title.length) : text;
  return body.includes(name) ? name : '';
}

/**
 * The organisation a Russian or Kazakh headline names in Latin letters with a word for its kind
 * ("Выручка Delta Logistics Group выросла …"), when the text repeats it and the headline names no
 * place: the text's subject (rule 6), whose own figures it reports (rule 2). A research firm or a
 * forecaster is a source, not the subject.
 *
 * @example latinHeadlineName('Прибыль Delta Mining Group выросла', '… Delta Mining Group …') // 'Delta Mining Group'
 */
function latinHeadlineName(title: string, text: string): string {
  if (!/[A-Z]/.test(title) || findPlaces(title).length > 0) return '';
  const body = text.startsWith(title) ? text.slice(title.length) : text;
  const name = namesOfOrganisations(title)
    // "Выручка Delta Group": the name starts after the headline's Russian or Kazakh words
    .map(({ entity }) => entity.replace(/^(?:\S*[\u0400-\u04ff]\S*\s+)+/u, ''))
    .find(
      (entity) =>
        /\s/.test(entity) &&
        !/[\u0400-\u04ff]/.test(entity) &&
        !RESEARCH_FIRM.test(` ${entity}`) &&
        !FORECASTER.test(entity) &&
        !STATE_BODY.test(entity) &&
        body.includes(entity),
    );
  return name ?? '';
}

/**
 * Forecasters (rule 3): development banks, the IMF, rating agencies. What they forecast is the
 * country's; only their own lending, offices and staff are theirs.
 */
export const FORECASTER = new RegExp(
  String.raw`^(?:(?:The\s+)?(?:World|Asian|European|Eurasian|Islamic)\s+(?:Development\s+|` +
    String.raw`Investment\s+)?Bank\b|(?:The\s+)?International\s+Monetary\s+Fund\b|` +
    String.raw`(?:ADB|IMF|EBRD|EDB|EIB|AIIB|IsDB|OECD|Fitch|Moody['’]s|S&P)$)`,
  'u',
);

/** A research firm: a forecaster too, whose headline forecasts are about their market. */
const RESEARCH_FIRM = /\s(?:Research|Insights|Analytics|Consulting|Intelligence|Economics)$/;

/**
 * Whether a headline is written in title case ("Kazakhstan Says 92% of Services Now Online"):
 * most of its words of four letters or more after the first are capitalised. Its tags are
 * unreliable.
 */
function isTitleCase(title: string): boolean {
  const words = title
    .split(/\s+/)
    .slice(1)
    .filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 3 && capitalised * 3 > words.length * 2;
}
/** The capitalised name a noun phrase ends with ("Kyrgyz miner Ala-Too Gold" → "Ala-Too Gold"). */
/** A named programme as a headline's topic: "AI-Sana programme", "the Tech Orda initiative". */
const PROGRAMME_TOPIC = new RegExp(
  String.raw`^(?:the\s+)?(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3})\s+` +
    `(?:${[...ENGLISH_PROGRAMME_NOUNS, 'scheme'].join('|')})$`,
  'u',
);
const NAME_AT_END = /(?:^|[\s,])((?:\p{Lu}[\p{L}\d.&-]*\s+){0,3}\p{Lu}[\p{L}\d.&-]*)\s*$/u;

/** What a headline's main verb has as subject: its name and whether it is a place or a firm. */
export interface HeadlineSubject {
  name: string;
  kind: 'place' | 'organisation' | '';
}

/**
 * The subject of a headline's main verb, when it is a name: the place ("Bishkek to spend …",
 * "Almaty region welcomes …"), the organisation ("Kyrgyz miner Delta Gold raises …"), or the owner
 * of a possessive ("Uzbekistan's exports rise", "Beta Telecom's revenue …"); `kind` says which.
 * A subject that is a state body or a forecaster ("Central bank keeps …", "ADB trims …"), a
 * common noun ("Global shipments to grow …"), two names ("Almaty and Astana lead …"), a headline
 * in title case or one without a verb gives { name: '' }. An organisation's name counts only when
 * the text repeats it, and as two words or more, an acronym or a coined name.
 *
 * @example headlineSubject('Bishkek to spend 9 billion soms on roads', '').name // 'Bishkek'
 * @example headlineSubject('Delta miner Oro Gold raises output', 'Oro Gold said.').name // 'Oro Gold'
 */
export function headlineSubject(title: string, text: string): HeadlineSubject {
  const none = { name: '', kind: '' as const };
  if (!title || CYRILLIC.test(title) || isTitleCase(title)) return none;
  const tokens = tagSentence(title);
  // the noun phrase before the main verb: a verb, "to" before one, or a word in lower case ending
  // in -s that the tagger reads as a noun, right after a name ("Delta Bank lifts …") or between a
  // noun and its object ("… revenue rises 9%")
  let end = -1;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (
      token.pos === 'VERB' ||
      token.pos === 'AUX' ||
      (token.pos === 'PART' && token.text === 'to' && tokens[i + 1]?.pos === 'VERB') ||
      (token.pos === 'NOUN' &&
        /^\p{Ll}+s$/u.test(token.text) &&
        ((previous.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text)) ||
          (previous.pos === 'NOUN' && /^(?:NUM|SYM|ADP|DET|ADJ)$/.test(tokens[i + 1]?.pos ?? ''))))
    ) {
      end = token.start;
      break;
    }
    // "Kazatomprom's 2025 net profit rises …": a year before the measure dates it, it is no object
    if (token.pos === 'NUM' && /^(?:19|20)\d\d$/.test(token.text) && i > 0) continue;
    if (/^(?:ADP|NUM|SYM|CCONJ|PRON|DET|SCONJ)$/.test(token.pos) && token.text !== "'s") {
      if (token.pos === 'DET' && i === 0) continue;
      return none;
    }
    // "Kyrgyzstan's Delta Park: residents' exports reach …": the topic before a colon
    if (token.text === ':') {
      end = token.start;
      break;
    }
    if (token.pos === 'PUNCT' && !/^[-'’]$/.test(token.text)) return none;
  }
  if (end < 0) return none;
  let phrase = title.slice(0, end).trim();
  phrase = phrase.replace(/^The\s+/, '');
  const possessive = /^(.+?)['’]s\s+(.+)$/u.exec(phrase);
  let name = '';
  if (possessive) {
    // "Armenia's Gamma Technopark": a name after the possessive; else its owner
    const after = NAME_AT_END.exec(possessive[2]!)?.[1];
    name = after && after === possessive[2] ? after : possessive[1]!;
  } else if (PROGRAMME_TOPIC.test(phrase)) {
    // "AI-Sana programme: 412,000 students trained": a programme's own figures (rule 2)
    name = PROGRAMME_TOPIC.exec(phrase)![1]!;
  } else {
    // "Almaty region": a place whose name ends in a word in lower case
    const place = findPlaces(phrase).find((p) => p.end === phrase.length);
    name = place && / region$/.test(place.entity) ? phrase.slice(place.start) : '';
    name ||= NAME_AT_END.exec(phrase)?.[1] ?? '';
  }
  if (!name) return none;
  // a place: the table's name, or a neighbouring capital
  if (NEIGHBOUR_CITY.has(name)) return { name, kind: 'place' };
  const places = findPlaces(name);
  if (places.length > 0) {
    const whole = places.length === 1 && places[0]!.start === 0 && places[0]!.end === name.length;
    if (!whole) return none;
    const entity = places[0]!.entity;
    return { name: entity, kind: ORGANISATIONS.has(entity) ? 'organisation' : 'place' };
  }
  if (STATE_BODY.test(name) || FORECASTER.test(name) || RESEARCH_FIRM.test(name)) return none;
  if (INSTITUTION.test(name)) return none;
  const words = name.split(/\s+/);
  if (NO_NAME.test(words[0]!)) return none;
  const coined = /\p{N}|\p{Ll}\p{Lu}/u.test(words[0]!);
  const body = text.startsWith(title) ? text.slice(title.length) : text;
  // one word owns the headline's measure ("Kazatomprom's net profit") when the text names it
  // again and never writes it as a common word in lower case
  const owner = possessive !== null && name === possessive[1] && !writtenInLowerCase(text, name);
  // "AI-Sana trained 480,000 students" over a text that calls it "the AI-Sana programme": a
  // programme the headline is about, whose participants are its own figures (rule 2)
  const programme =
    PROGRAMME_TOPIC.test(phrase) ||
    (words.length === 1 &&
      [' programme', ' program'].some((noun) => wordAt(body, `${name}${noun}`)));
  if (words.length < 2 && !coined && !owner && !programme && !/^\p{Lu}{2,6}$/u.test(name))
    return none;
  return body.includes(name) ? { name, kind: 'organisation' } : none;
}

/** Whether `text` holds `phrase` as whole words ("AI-Sana programme", not "AI-Sana programmes"). */
function wordAt(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/[\p{L}\d-]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
  }
  return false;
}

/**
 * A headline whose subject is a traded commodity or its price, before its verb: "Copper to
 * average …", "Gold prices hit a record", "Brent crude slips below $70". A world market's (rule 4).
 */
const WORLD_MARKET_HEADLINE = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:world|global|benchmark)\s+)?(?:${COMMODITY_WORDS})(?:\s+(?:crude|oil|futures|spot))?(?:\s+prices?)?\s+(?:(?:is|are|to|will|seen|set\s+to|could|may)\s+)*(?:averag\w*|rise|rises|rose|fall|falls|fell|hit|hits|climb\w*|drop\w*|slip\w*|jump\w*|surg\w*|extend\w*|steady|steadies|hold\w*|edge\w*|gain\w*|lose|loses|ease\w*|rall\w*|tumbl\w*|soar\w*|sink|sinks|top|tops|trade\w*)\b`,
  'i',
);

/**
 * Whether `text` writes `word` in lower case as a whole word somewhere ("copper" beside "Copper"):
 * then the capitalised form may be a sentence's first word, not a name. Only words of letters.
 *
 * @example writtenInLowerCase('Gold rose. Miners sold gold.', 'Gold') // true
 */
export function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Ll}+$/u.test(lower) && wordAt(text, lower);
}

/** How many sentence ends come before `offset` in `text`: which sentence it lies in. */
function sentenceIndexAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/[.!?]\s|\n+/g) ?? []).length;
}

/** The first country named, else the first city, bloc or region, else the World; '' for none. */
function firstSubject(places: readonly PlaceMention[]): string {
  const country = places.find((p) => !LESSER.has(p.entity) && !p.entity.endsWith(' region'));
  if (country) return country.entity;
  return places.find((p) => p.entity !== 'World')?.entity ?? places[0]?.entity ?? '';
}

/**
 * Whom a document is about: the first country its title names (else a city, bloc or region it
 * names, else the World), else the same in its lead paragraph (a dateline's city left out), else
 * the place it names most often (at least twice, or once when it names no other), else the country whose currency it uses,
 * else the place its outlet names ("Communications regulator of the Kyrgyz Republic"); '' when none of these says. A place written as a partner ("exports to Russia") does not count.
 *
 * @example documentSubject('Uzbek IT exports top $1 billion', 'Tashkent. …') // 'Uzbekistan'
 * @example documentSubject('Data centre spending to double', 'Global spending on …') // 'World'
 */
/** "Bishkek budget for 2026 …", "Tashkent's 2027 city budget …": a city, then its budget. */
const CITY_BUDGET_HEADLINE =
  /^(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:(?:19|20)\d\d\s+)?(?:city\s+)?budget\b/u;

export function documentSubject(
  title: string,
  text: string,
  outlet = '',
  headline: HeadlineSubject = headlineSubject(title, text),
): string {
  // a state body's release speaks for its country or city: an organisation its headline names
  // (a park whose residents it reports on) owns only the figures its sentences give it
  const byState = CYRILLIC.test(outlet) && isStateBody(outlet);
  const home = outletCountry(outlet);
  // "Copper to average $11,200 a ton in 2027": a headline about a world market's price (rule 4)
  if (WORLD_MARKET_HEADLINE.test(title)) return 'World';
  // "Bishkek budget for 2026 approved": a headline about a city's own budget is about the city
  // (rule 1: a city's budget is its own), though a neighbour's city is no subject otherwise
  const cityBudget = CITY_BUDGET_HEADLINE.exec(title);
  if (cityBudget && NEIGHBOUR_CITY.has(cityBudget[1]!)) return cityBudget[1]!;
  const fromTitle =
    (byState ? '' : headline.name || headlineName(title, text)) ||
    // "Venture funding in Central Asia hits $310 mln, Kazakhstan takes lion's share": the place
    // of the headline's first clause, before the one of a clause added to it
    firstSubject(headPlaces(title.split(/,\s|;|:\s|\s+as\s|\s+[–—-]\s/)[0]!)) ||
    firstSubject(headPlaces(title)) ||
    (byState ? '' : titleOrganisation(title)) ||
    // "кто покупает казахстанскую пшеницу": a country named by its adjective
    firstSubject(adjectivePlaces(title, home));
  if (fromTitle) return fromTitle;
  const body = title && text.startsWith(title) ? text.slice(title.length) : text;
  const lead = leadOf(body);
  const dateline = DATELINE.exec(lead);
  const fromLead = firstSubject(subjects(dateline ? lead.slice(dateline[0].length) : lead));
  if (fromLead) return fromLead;
  // "Сеть IT-хабов Astana Hub привлекла …": a Russian or Kazakh lead whose first sentence reports
  // an organisation's figures and no place (English leads name the firm's country; its headline
  // opens on the firm, `headlineSubject`)
  const leadOrganisation = CYRILLIC.test(lead)
    ? (namedOrganisations(/^[^.!?]*/.exec(lead)![0])[0]?.entity ?? '')
    : '';
  if (leadOrganisation && findPlaces(title).length === 0) return leadOrganisation;
  const counts = new Map<string, number>();
  // a Russian or Kazakh place counts once a sentence: "инфляцию в России … ставка Банка России"
  // is one mention of a foreign factor, not a text about Russia
  const seen = CYRILLIC.test(lead) ? new Set<string>() : null;
  // a dateline on a line of its own ("Astana, October 9, 2026") says where the text was written
  const named = subjects(body).filter((p) => !DATELINE_LINE.test(lineAround(body, p.start)));
  if (seen) named.push(...adjectivePlaces(body, home));
  for (const p of named) {
    if (seen) {
      const key = `${p.entity}@${sentenceIndexAt(body, p.start)}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
  }
  // a Russian or Kazakh outlet's own country is the prior a foreign place must outweigh by two
  if (seen && home && counts.has(home)) counts.set(home, counts.get(home)! + 1);
  let best = '';
  let bestCount = 1;
  for (const [entity, count] of counts) {
    if (count > bestCount) {
      best = entity;
      bestCount = count;
    }
  }
  if (best && seen && home && best !== home && (counts.get(home) ?? 0) >= bestCount) return home;
  // two of Kazakhstan's cities or regions named as often as each other are compared, as parts of
  // the country the text is about ("Лидерами стали Астана …, Алматы …")
  // the same for three or more of them named with about equal weight ("Крупнейший бюджет у
  // Алматы …, у Астаны …, у Шымкента …" in a text about the regions' budgets)
  const locals = [...counts].filter(([entity]) => KAZAKHSTAN_LOCAL.has(entity));
  if (
    seen &&
    KAZAKHSTAN_LOCAL.has(best) &&
    (locals.some(([entity, count]) => entity !== best && count === bestCount) ||
      (locals.length >= 3 &&
        locals.some(([entity, count]) => entity !== best && count >= bestCount - 1)))
  )
    return 'Kazakhstan';
  if (best) return best;
  for (const [currency, country] of CURRENCY_COUNTRIES) if (currency.test(text)) return country;
  if (counts.size === 1) return [...counts.keys()][0]!;
  // a release that names no place speaks for its publisher's country ("regulator of the Kyrgyz
  // Republic"), or that of the outlet's domain ("BAQ.KZ")
  return (
    firstSubject(subjects(outlet)) ||
    (DOMAIN_COUNTRIES.find(([domain]) => domain.test(outlet))?.[1] ?? '')
  );
}

/**
 * The country a text names most, as subject, destination or origin alike ("investment into Kazakh
 * startups", "unicorns from Kazakhstan"); '' for none. The home of the organisation a text is about
 * when it names no country as its subject.
 *
 * @example mostNamedCountry('Sales to Mongolia rose. Mongolian buyers paid more. Iran too.') // 'Mongolia'
 */
export function mostNamedCountry(text: string): string {
  const counts = new Map<string, number>();
  for (const place of findPlaces(text))
    if (
      !LESSER.has(place.entity) &&
      !ORGANISATIONS.has(place.entity) &&
      !/ region$/.test(place.entity)
    )
      counts.set(place.entity, (counts.get(place.entity) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [entity, count] of counts) if (count > bestCount) [best, bestCount] = [entity, count];
  return best;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;
/** A sentence that plans, budgets or forecasts: its years are not yet reported. */
const PLANNING =
  /\b(?:budget|draft|plan(?:s|ned)?|pledg(?:e|es|ed)|forecasts?|expect(?:s|ed)?|projected|projects|targets?|will|would|aims?|set\s+at|fixed\s+at|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b/i;
/** A sentence that reports what happened: a verb of reporting, or any verb in the past tense. */
const REPORTING =
  /\b(?:was|were|reached|rose|grew|fell|had|stood|expanding|began|took|made|paid|won|spent|sold|built|\p{Ll}{3,}ed)\b/iu;
/** "this year" said as the present: later than any year the same report names. */
const THIS_YEAR = /\bthis\s+year\b/i;

/**
 * The year an undated text was written in, from the years it names: the year after the latest year
 * it reports in full ("grew 7.9% in 2025": that year is over), unless it reports no part of a later
 * year and calls its results this year's or the following year "next year"; else the latest year
 * it reports as done (in a sentence with a verb of reporting and no word of planning); when it
 * reports none, the year it names most, or the year before it when only plans name it (a text that
 * only plans is written the year before it plans for); NaN when it names no year.
 *
 * @example referenceYear('Exports rose 5% in 2024. The plan for 2026 is bigger.') // 2025
 * @example referenceYear('Exports rose 5% in January-June 2024. The plan for 2026 is bigger.') // 2024
 * @example referenceYear('The 2026 budget sets revenue at $1 bn. Spending for 2026 will be $2 bn.') // 2025
 */
export function referenceYear(text: string): number {
  let latestReported = NaN;
  // the latest year reported as done as a whole ("grew 7.9% in 2025", "2025 жылы … жетті"), and the
  // latest year a part of which is reported ("in January-October 2026"): a text that reports a
  // year's full results, and no part of a later year, is written after that year ends
  let latestWholeYear = NaN;
  let latestRunningYear = NaN;
  // "this year" and "last year" said of figures already reported, without a year of their own;
  // "next year" said of a forecast or plan
  let reportsThisYear = false;
  let reportsLastYear = false;
  let plansNextYear = false;
  const counts = new Map<number, number>();
  // the years some sentence names without planning for them
  const described = new Set<number>();
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const named = /(?:19|20)\d\d/.test(sentence);
    if (!named && !RELATIVE_YEAR_WORD.test(sentence)) continue;
    // a Russian or Kazakh sentence is read in its own grammar; in every language a deadline ("by
    // 2030", "2030 жылға дейін", "к 2030 году") says when a plan ends, not when the text was written
    const language = CYRILLIC.test(sentence) ? detectLanguage(sentence) : 'en';
    const cyrillic = language === 'ru' || language === 'kk';
    const planning = cyrillic ? looksAhead(sentence, language) : PLANNING.test(sentence);
    const reporting = cyrillic
      ? sentenceTense(sentence, language) === 'reported'
      : REPORTING.test(sentence) && !planning;
    if (!named) {
      // read against a probe date, a year word resolves to the probe's year or one next to it
      for (const time of findTimeExpressions(sentence, PROBE_DATE, cyrillic ? language : 'en')) {
        if (!time.relative || !RELATIVE_YEAR_WORD.test(sentence.slice(time.start, time.end)))
          continue;
        if (reporting && time.period === String(PROBE_YEAR)) reportsThisYear = true;
        if (reporting && time.period === String(PROBE_YEAR - 1)) reportsLastYear = true;
        if (planning && time.period === String(PROBE_YEAR + 1)) plansNextYear = true;
      }
      continue;
    }
    const times = findTimeExpressions(sentence, '', cyrillic ? language : 'en').filter(
      (time) => time.period !== '' && !time.deadline,
    );
    const years = times.map((time) => Number(time.period.slice(0, 4)));
    if (years.length === 0) continue;
    for (const year of years) {
      counts.set(year, (counts.get(year) ?? 0) + 1);
      if (!planning) described.add(year);
    }
    // "grew 5.1% in 2024 and 4.8% last year": a year set beside "last year" is not last year, so
    // it is the year the text is written in (or one before it), not a year over
    const besideLastYear =
      /\blast\s+year\b|(?<!\p{L})(?:прошл\p{L}*\s+год\p{L}*|өткен\s+жыл\p{L}*|былтыр\p{L}*)/iu.test(
        sentence,
      );
    if (reporting)
      for (const time of times) {
        const year = Number(time.period.slice(0, 4));
        const around = aroundTime(sentence, time);
        // the last part of a year ("the fourth quarter of 2025", "December") is reported once the
        // year is over
        const whole =
          /-12(?:-|$)/.test(time.period) ||
          (time.period.length === 4 && (!PART_OF_YEAR.test(around) || YEAR_END_PART.test(around)));
        if (whole && !besideLastYear && !(year <= latestWholeYear)) latestWholeYear = year;
        if ((!whole || besideLastYear) && !(year <= latestRunningYear)) latestRunningYear = year;
      }
    if (REPORTING.test(sentence) && !planning) {
      // "This year speed rose to 15 Mbps from 10 Mbps in 2024": "this year" is after every year
      // the same report names
      const latest = Math.max(...years) + (THIS_YEAR.test(sentence) ? 1 : 0);
      if (!(latest <= latestReported)) latestReported = latest;
    }
  }
  // a year reported in full is over, unless the text calls its reported figures this year's (and
  // none last year's) or the year after it "next year": a review written as the year ends
  const yearOver =
    Number.isFinite(latestWholeYear) &&
    !(latestRunningYear >= latestWholeYear) &&
    (reportsLastYear || (!reportsThisYear && !plansNextYear));
  if (yearOver && !(latestWholeYear + 1 <= latestReported)) return latestWholeYear + 1;
  if (Number.isFinite(latestReported)) return latestReported;
  let most = NaN;
  let mostCount = 0;
  for (const [year, count] of counts) {
    if (count > mostCount || (count === mostCount && year > most)) {
      most = year;
      mostCount = count;
    }
  }
  if (!Number.isFinite(most)) return NaN;
  return described.has(most) ? most : most - 1;
}

/** A date to resolve "this year", "last year" and "next year" against, to tell which is said. */
const PROBE_YEAR = 2000;
const PROBE_DATE = `${PROBE_YEAR}-06-15`;
/** A relative period that names a year: "this year", "last year", «в прошлом году», «биыл». */
const RELATIVE_YEAR_WORD = /\byear\b|(?<!\p{L})(?:год\p{L}*|жыл\p{L}*|биыл\p{L}*)/iu;
/**
 * A month or part of a year next to a year: "January-September 2025", "since the start of 2026",
 * «за 9 месяцев 2025 года», «2025 жылдың 9 айында».
 */
const PART_OF_YEAR = new RegExp(
  String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*|\b(?:months?|quarter|half|[HQ][1-4]|start|beginning)\b|` +
    String.raw`(?<!\p{L})(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|месяц|квартал|полугоди|начал|` +
    String.raw`қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|ай(?:да|ында|дың)(?!\p{L})|тоқсан|жарты|басы)`,
  'iu',
);
/** The last part of a year: "the fourth quarter", "December", «IV квартал», «желтоқсан». */
const YEAR_END_PART =
  /\b(?:fourth\s+quarter|Q4|H2|second\s+half|dec(?:ember)?)\b|(?<!\p{L})(?:IV\s+квартал|четв[её]рт\p{L}*\s+квартал|декабр|втор\p{L}+\s+полугоди|төртінші\s+тоқсан|желтоқсан)/iu;
/** A time expression with a few words either side of it, within its sentence. */
const aroundTime = (sentence: string, time: { start: number; end: number }): string =>
  sentence.slice(Math.max(0, time.start - 40), time.end + 24);

/** What the passage a paragraph sits in says about its figures, when their own sentence does not. */
export interface Passage {
  /** The period of the heading or list intro above ("2025:", "Forecast for 2026"); '' for none. */
  period: string;
  /** `target` under a plan or budget, `forecast` under a forecast; '' for neither. */
  kind: '' | 'target' | 'forecast';
  /**
   * The plan is a budget's (its heading, list intro, paragraph or headline names a budget or a
   * draft): the economy's growth or a price it rests on is its assumption, a forecast.
   */
  budget?: boolean;
  /**
   * The one place a Russian or Kazakh heading names ("Россия", "Центральная Азия"): whom the
   * figures of its section are about when their sentences name no one; '' for none.
   */
  place: string;
  /**
   * Under a heading or list intro about trading partners ("Turnover with main partners:"): a
   * country its items name is the subject's partner, and their figures are about the pair.
   */
  partners?: boolean;
  /**
   * The intro or heading points back at the period named before it ("На ту же дату …:"): its
   * items take that period (`extract.ts`).
   */
  back?: boolean;
  /**
   * Under an organisation's standing description ("About Astana Hub", "Справка"): a figure its
   * sentence does not date states the present, the published year (`extract.ts`).
   */
  standing?: boolean;
}

const NO_PASSAGE: Passage = { period: '', kind: '', place: '' };
/** Plan and budget wording in a heading or list intro, or a paragraph about a budget law. */
const PLAN_PASSAGE =
  /\b(?:plan(?:s|ned)?|targets?|goals?|draft|envisag\w*|allocat\w+|(?:budget\s+(?:for|of|law|bill|plan)|(?:19|20)\d\d\s+budget|proposed\s+budget))\b/i;
/** Wording of a heading or list intro whose items are the subject's trading partners. */
const PARTNER_PASSAGE = new RegExp(
  String.raw`\b(?:(?:trad(?:e|ing)\s+)?partners?|destinations?|suppliers?|` +
    String.raw`(?:exports?|imports?|trade|turnover)\s+by\s+countr(?:y|ies))\b`,
  'i',
);
const FORECAST_PASSAGE = /\b(?:forecasts?|outlook|projections?|expect\w*|scenarios?)\b/i;
/**
 * The same in Russian and Kazakh: "В планах министерства на 2027 год:", "Задачи на следующий год:",
 * "Премьер-министр … тапсырды. Сонымен қатар:"; "Прогноз на 2027 год:", "Болжам бойынша:".
 */
const CYRILLIC_PLAN_PASSAGE =
  /(?<!\p{L})(?:план(?:ы|ах|ам|ируе\p{L}*|ирует\p{L}*|ирова\p{L}*)?|запланир\p{L}*|предусм[оа]тр\p{L}*|задач[иа]?|поручени\p{L}*|поручил\p{L}*|жоспар\p{L}*|міндет\p{L}*|мақсат\p{L}*|тапсыр\p{L}*|көзде\p{L}*)(?!\p{L})/iu;
const CYRILLIC_FORECAST_PASSAGE =
  /(?<!\p{L})(?:прогноз\p{L}*|ожида\p{L}*|болжам\p{L}*|болжа\p{L}*|күтіл\p{L}*)(?!\p{L})/iu;
const BUDGET_LAW =
  /\b(?:draft\s+(?:(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?\s+)?(?:state\s+|republican\s+)?budget|budget\s+(?:law|bill)|(?:state\s+)?budget\s+for\s+(?:19|20)\d\d|(?:19|20)\d\d\s+(?:state\s+)?budget)\b/i;
const isBudgetLaw = (body: string): boolean =>
  BUDGET_LAW.test(body) || (/[\u0400-\u04ff]/.test(body) && CYRILLIC_BUDGET_LAW.test(body));
/** "The draft provides for …:", "Проект предусматривает …:", "Жобада …:": a draft law's items. */
const DRAFT = /(?<!\p{L})(?:draft|проект\p{L}*|жоба\p{L}*)(?!\p{L})/iu;
const BLANK_LINE = /\n[ \t]*\r?\n/;
/** A list item: "- …", "• …", "1) …", "2. …". */
export const LIST_ITEM = /^\s*(?:[-–—•*▪·]|\d{1,2}[.)])\s/;

/**
 * A byline ("By Aruzhan Serikova in Business on 10 February 2026"): who wrote the text and when,
 * not a heading whose date its paragraphs are about.
 */
const BYLINE = /^(?:By|Written\s+by|Авторы?:?)\s+\p{Lu}/u;

/** Words of a period still to come: "next year", "the coming year". */
const AHEAD = /\b(?:next|coming|following|upcoming)\b/i;

/**
 * A line that is only a place and a date ("Bishkek, 15 December 2025"): where and when the text
 * was written, not a heading whose date its paragraphs are about.
 *
 * @example isDateline('Astana, 10 February 2026', '') // true
 * @example isDateline('Results for 2025', '') // false
 */
export function isDateline(body: string, documentDate: string): boolean {
  let rest = body;
  const times = findTimeExpressions(body, documentDate);
  if (times.length === 0) return false;
  for (const time of [...times].reverse()) rest = rest.slice(0, time.start) + rest.slice(time.end);
  const places = findPlaces(rest);
  for (const place of [...places].reverse())
    rest = rest.slice(0, place.start) + rest.slice(place.end);
  if (places.length > 0) return /^[\s,.–—-]*$/.test(rest);
  // a city the table of places does not know: one capitalised word or two, then a comma
  return /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*,[\s,.–—-]*$/u.test(rest);
}

/**
 * The one place a Russian or Kazakh heading names, as subject ("Россия", "Мировой рынок",
 * "Центральная Азия"); '' for a heading that names none or several, or is in English.
 *
 * @example headingPlace('Россия', 'ru') // 'Russia'
 */
function headingPlace(line: string, language: Language): string {
  if (language !== 'ru' && language !== 'kk') return '';
  const places = new Set(subjects(line).map((place) => place.entity));
  return places.size === 1 ? [...places][0]! : '';
}

/**
 * The one period the first sentence of a lead states, other than deadlines and comparison
 * bases; '' when it states none or several.
 *
 * @example leadPeriod('The council approved the 2027 budget, up 12% from this year.', '2026-11-02', 'en') // '2027'
 */
export function leadPeriod(lead: string, documentDate: string, language: Language): string {
  const sentence = /^[^.!?]*(?:[.!?]|$)/.exec(lead)![0];
  let found = '';
  for (const time of findTimeExpressions(sentence, documentDate, language)) {
    if (!time.period || time.deadline) continue;
    if (isComparisonBase(sentence, time.start, time.end, language)) continue;
    if (found && found !== time.period) return '';
    found = time.period;
  }
  return found;
}

/** A short line with no closing punctuation and no figure but dates: "Forecast for 2026". */
function isHeading(body: string, documentDate: string, language: Language): boolean {
  if (body.length > 80 || /[.!?:;,|\t\n]\s*$|[|\t\n]/.test(body)) return false;
  if (!/\d/.test(body)) return true;
  let rest = body;
  // read in its language: "на 1 октября 2025 года" is one date
  for (const time of findTimeExpressions(body, documentDate, language).reverse())
    rest = rest.slice(0, time.start) + rest.slice(time.end);
  return !/\d/.test(rest);
}

/**
 * Reads a document's paragraphs in order and says which passage each one is in: under a list
 * intro ("In 2025:", "The plan for next year includes:") until the next blank line, under a
 * heading (a short line with no closing punctuation, not the headline) until the next heading.
 * A paragraph about a budget law is a budget passage of its own. A headline that states one
 * period (not a deadline) dates the whole document ("… grew 11.1% in January-September"), and a
 * headline about a budget law makes the whole document a budget passage.
 *
 * @example
 * const passages = new Passages('In 2025:\n- exports rose to $5 bn;', '2026-01-10');
 * passages.enter(0, 8); passages.enter(9, 33) // { period: '2025', kind: '' }
 */
export class Passages {
  private intro: Passage | null = null;
  /** Whether the paragraph before was a list intro: its list may start after a blank line. */
  private introOpen = false;
  /** Whether the paragraph before was an item of the list that ends in a semicolon. */
  private itemOpen = false;
  private heading: Passage | null = null;
  private lastEnd = 0;
  private index = 0;
  private document: Passage = NO_PASSAGE;
  /** Whether the next paragraph is the lead, after a headline. */
  private leadPending = false;
  /** [start, end) of the headline and the headings, in order. */
  private readonly headings: Array<[number, number]> = [];

  /** Whether `offset` lies in the headline or a heading. */
  isHeadingAt(offset: number): boolean {
    return this.headings.some(([start, end]) => start <= offset && offset < end);
  }

  constructor(
    private readonly text: string,
    private readonly documentDate: string,
  ) {}

  /**
   * The passage of the paragraph at [start, end) in `language`; call once per paragraph, in order.
   */
  enter(start: number, end: number, language: Language = 'en'): Passage {
    const body = this.text.slice(start, end).trim();
    // a list intro ends at a blank line, unless the list it opens starts after one ("Analysts
    // expect:", a blank line, then "- …" items)
    // ("…:", a blank line, "expanding …;", a blank line, "launching …;"): an item that ends in a
    // semicolon is followed by another, bulleted or not
    const listed =
      this.introOpen || (this.intro !== null && (this.itemOpen || LIST_ITEM.test(body)));
    if (BLANK_LINE.test(this.text.slice(this.lastEnd, start)) && !listed) this.intro = null;
    this.introOpen = false;
    this.itemOpen = this.intro !== null && /;\s*$/.test(body);
    this.lastEnd = end;
    const position = this.index++;
    const first = position === 0;
    // a headline: the first paragraph, short and without a closing full stop
    if (first && body.length <= 160 && !/[.!?]["”’]?$/.test(body)) {
      // a headline that states one period dates the release; one about a budget law makes it a budget
      const times = findTimeExpressions(body, this.documentDate, language).filter(
        (t) => t.period !== '',
      );
      this.headings.push([start, end]);
      // "… sets targets for the coming year" looks ahead: it does not date what the text reports
      const ahead = times.some((t) => AHEAD.test(body.slice(t.start, t.end)));
      // "nine-month profit rises 12%, operator raises 2026 guidance": two expressions of one
      // period state one period
      const stated = new Set(times.map((t) => t.period));
      this.document = {
        period:
          stated.size === 1 && !times.some((t) => t.deadline) && !ahead ? times[0]!.period : '',
        kind: isBudgetLaw(body) ? 'target' : '',
        place: '',
      };
      this.leadPending = true;
      // the headline's own figures are read in the passage it opens: a budget headline's are planned
      return { period: '', kind: this.document.kind, place: '' };
    }
    // a lead about a budget law (the first paragraph after a headline that dates nothing) dates
    // the text with the one period its first sentence states: "… approved the city's budget for
    // 2027, up 12% from this year's …"
    if (this.leadPending) {
      this.leadPending = false;
      if (!this.document.period && isBudgetLaw(/^[^.!?]*/.exec(body)![0]))
        this.document.period = leadPeriod(body, this.documentDate, language);
    }
    const inherited = this.intro ?? this.heading;
    const own = isBudgetLaw(body) ? 'target' : '';
    const passage: Passage = {
      period: inherited?.period || this.document.period,
      // a list intro with no word of its own is read under its heading ("Country forecasts", then
      // "For 2027 the bank projects:")
      kind: inherited?.kind || this.heading?.kind || own || this.document.kind,
      budget: !!(inherited?.budget || this.heading?.budget || own || this.document.kind),
      place: this.heading?.place ?? '',
      partners: inherited?.partners ?? false,
      back: inherited?.back ?? false,
      standing: this.heading?.standing ?? false,
    };
    if (/:\s*$/.test(body) && body.length < 200) {
      this.intro = this.describe(body, language, true);
      this.introOpen = true;
    } else if (
      isHeading(body, this.documentDate, language) &&
      !isDateline(body, this.documentDate) &&
      !BYLINE.test(body)
    ) {
      this.headings.push([start, end]);
      this.heading = this.describe(body, language);
      // the line right under the headline is its masthead ("Егемен Қазақстан", "Forbes
      // Kazakhstan"): the outlet's name, not a place whose figures follow (gold README, Entity 6)
      if (position === 1 && this.headings.length === 2) this.heading.place = '';
      this.intro = null;
    }
    return passage;
  }

  /**
   * What a heading or (`intro`) a list intro says of the figures under it. A Russian or Kazakh
   * word of planning or forecasting counts in a list intro only: a heading's covers a section whose
   * sentences say their own kind in those languages' richer verbs.
   */
  private describe(line: string, language: Language, intro = false): Passage {
    const time = findTimeExpressions(line, this.documentDate, language).find(
      (t) => t.period !== '',
    );
    const cyrillic = intro && (language === 'ru' || language === 'kk');
    const kind = (cyrillic ? CYRILLIC_PLAN_PASSAGE : PLAN_PASSAGE).test(line)
      ? 'target'
      : (cyrillic ? CYRILLIC_FORECAST_PASSAGE : FORECAST_PASSAGE).test(line)
        ? 'forecast'
        : '';
    return {
      period: time?.period ?? '',
      kind,
      budget: kind === 'target' && (isBudgetLaw(line) || DRAFT.test(line)),
      place: headingPlace(line, language),
      partners: PARTNER_PASSAGE.test(line),
      back: !time && (language === 'ru' || language === 'kk') && SAME_PERIOD.test(line),
      standing: !intro && !!STANDING_HEADINGS[language]?.test(line.trim()),
    };
  }
}
