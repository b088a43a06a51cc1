/**
 * Whom a number is about: a country, city, region or organisation named next to it ("In China alone",
 * "Astana's", "compared to $14,260 in Russia"), the World for "global"/"worldwide", else the default
 * (Kazakhstan, the country Sandar tracks). Pure.
 */

import { escapeRegExp } from './escape.ts';
import {
  CYRILLIC_PLACES,
  CYRILLIC_WORLD,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  DIRECTION_BEFORE,
  PARTNER_BEFORE as CYRILLIC_PARTNER_BEFORE,
  PARTNER_ENDING,
  PRODUCER_GROUPS,
} from './languages/cyrillic-places.ts';
import { SUPERLATIVE } from './languages/ranks.ts';
import { FORECASTS_AFTER } from './languages/saying-verbs.ts';

/**
 * What may stand between a number and the place it is about: "$14,260 in Russia", "5,000 companies
 * in China". Not a conjunction: "highest in Mangystau at 13.1% and lowest in Almaty" gives the next
 * figure its place.
 */
const PLACE_AFTER_GAP =
  /^\s*(?:(?!(?:and|or|but|while|whereas)\s)[\p{L}-]+\s+){0,2}?(?:in|for|of|by)\s+(?:the\s+)?$/iu;

/**
 * The capitals and large cities of Kazakhstan's neighbours: a place only where a figure is said
 * to be "in" one ("8.1% in Ulaanbaatar", "the occupancy rate in Tbilisi was 71%"), never from a
 * dateline, a name ("Samarkand Digital Valley") or a capital standing for its government
 * ("Tashkent wants …"), and never a document's subject (context.ts).
 */
export const NEIGHBOUR_CITIES: readonly string[] = [
  'Tashkent',
  'Samarkand',
  'Bukhara',
  'Bishkek',
  'Osh',
  'Dushanbe',
  'Ashgabat',
  'Baku',
  'Tbilisi',
  'Batumi',
  'Yerevan',
  'Ulaanbaatar',
  'Moscow',
];

/** Kazakhstan's regions whose names are no city's: "Mangystau region", "North Kazakhstan region". */
const REGION_NAMES: readonly string[] = [
  'Abai',
  'Akmola',
  'Kostanay',
  'Kyzylorda',
  'Mangystau',
  'Ulytau',
  'Zhambyl',
  'Zhetysu',
  'East Kazakhstan',
  'West Kazakhstan',
  'North Kazakhstan',
];

/** Names as written → the entity's canonical name. Longest names are tried first. */
const PLACES: Readonly<Record<string, string>> = {
  Kazakhstan: 'Kazakhstan',
  'Republic of Kazakhstan': 'Kazakhstan',
  Russia: 'Russia',
  'Russian Federation': 'Russia',
  China: 'China',
  "People's Republic of China": 'China',
  'United States': 'United States',
  'the US': 'United States',
  'the U.S.': 'United States',
  USA: 'United States',
  America: 'United States',
  Uzbekistan: 'Uzbekistan',
  Kyrgyzstan: 'Kyrgyzstan',
  'Kyrgyz Republic': 'Kyrgyzstan',
  Tajikistan: 'Tajikistan',
  Turkmenistan: 'Turkmenistan',
  Azerbaijan: 'Azerbaijan',
  Georgia: 'Georgia',
  Armenia: 'Armenia',
  Belarus: 'Belarus',
  Ukraine: 'Ukraine',
  Mongolia: 'Mongolia',
  Turkey: 'Turkey',
  Türkiye: 'Turkey',
  Turkiye: 'Turkey',
  Iran: 'Iran',
  India: 'India',
  Pakistan: 'Pakistan',
  Afghanistan: 'Afghanistan',
  Japan: 'Japan',
  'South Korea': 'South Korea',
  Korea: 'South Korea',
  Singapore: 'Singapore',
  Malaysia: 'Malaysia',
  Indonesia: 'Indonesia',
  Vietnam: 'Vietnam',
  Germany: 'Germany',
  France: 'France',
  Italy: 'Italy',
  Spain: 'Spain',
  Poland: 'Poland',
  Netherlands: 'Netherlands',
  Switzerland: 'Switzerland',
  'United Kingdom': 'United Kingdom',
  UK: 'United Kingdom',
  Britain: 'United Kingdom',
  'European Union': 'European Union',
  EU: 'European Union',
  // a bloc, as the EU: one end of its members' trade with a country (rules 4 and 5)
  'Eurasian Economic Union': 'EAEU',
  EAEU: 'EAEU',
  Europe: 'Europe',
  'Western Europe': 'Western Europe',
  'Eastern Europe': 'Eastern Europe',
  'Southeast Asia': 'Southeast Asia',
  'South Asia': 'South Asia',
  'East Asia': 'East Asia',
  'South Caucasus': 'South Caucasus',
  'North America': 'North America',
  'Latin America': 'Latin America',
  'Asia-Pacific': 'Asia-Pacific',
  'Middle East': 'Middle East',
  Africa: 'Africa',
  Asia: 'Asia',
  'Central Asia': 'Central Asia',
  // the region by its countries: "the five Central Asian countries" (not "Central Asian" alone,
  // which also opens a bank's name)
  'Central Asian countries': 'Central Asia',
  'Central Asian states': 'Central Asia',
  'Central Asian nations': 'Central Asia',
  'Central Asian republics': 'Central Asia',
  // regions as a whole, as forecasters and research firms group them
  'Developing Asia': 'Developing Asia',
  // producer groups: their own output and decisions are theirs ("OPEC+ agreed to raise output"),
  // as in Russian and Kazakh (`PRODUCER_GROUPS`); never a text's subject (context.ts)
  'OPEC+': 'OPEC+',
  OPEC: 'OPEC',
  // "developing Asia as a whole": the forecasters' region, written in lower case mid-sentence
  'developing Asia': 'Developing Asia',
  'Developing Asia and the Pacific': 'Developing Asia and the Pacific',
  'developing Asia and the Pacific': 'Developing Asia and the Pacific',
  'Central Asia and the Caucasus': 'Central Asia and Caucasus',
  'Central Asia and Caucasus': 'Central Asia and Caucasus',
  // the same region in the order the ADB writes it
  'Caucasus and Central Asia': 'Central Asia and Caucasus',
  'United Arab Emirates': 'United Arab Emirates',
  UAE: 'United Arab Emirates',
  'Saudi Arabia': 'Saudi Arabia',
  Qatar: 'Qatar',
  Israel: 'Israel',
  Egypt: 'Egypt',
  Canada: 'Canada',
  Brazil: 'Brazil',
  Australia: 'Australia',
  Estonia: 'Estonia',
  Finland: 'Finland',
  Hungary: 'Hungary',
  // producers and trading partners the world market and trade news name
  Chile: 'Chile',
  Peru: 'Peru',
  Mexico: 'Mexico',
  Argentina: 'Argentina',
  Norway: 'Norway',
  Sweden: 'Sweden',
  Denmark: 'Denmark',
  Belgium: 'Belgium',
  Austria: 'Austria',
  'Czech Republic': 'Czech Republic',
  Romania: 'Romania',
  Bulgaria: 'Bulgaria',
  Serbia: 'Serbia',
  Greece: 'Greece',
  Moldova: 'Moldova',
  Portugal: 'Portugal',
  Ireland: 'Ireland',
  Lithuania: 'Lithuania',
  Latvia: 'Latvia',
  Thailand: 'Thailand',
  Philippines: 'Philippines',
  Bangladesh: 'Bangladesh',
  'South Africa': 'South Africa',
  Nigeria: 'Nigeria',
  Oman: 'Oman',
  Kuwait: 'Kuwait',
  Iraq: 'Iraq',
  'New Zealand': 'New Zealand',
  Taiwan: 'Taiwan',
  Zambia: 'Zambia',
  Astana: 'Astana',
  'Nur-Sultan': 'Astana',
  Almaty: 'Almaty',
  Shymkent: 'Shymkent',
  Karaganda: 'Karaganda',
  Aktobe: 'Aktobe',
  Atyrau: 'Atyrau',
  Aktau: 'Aktau',
  Pavlodar: 'Pavlodar',
  Turkistan: 'Turkistan',
  Turkestan: 'Turkistan',
  ...Object.fromEntries(NEIGHBOUR_CITIES.map((city) => [city, city])),
  // adjectives of the region's countries: "Uzbek exports", "Georgian wine"
  Uzbek: 'Uzbekistan',
  Kazakh: 'Kazakhstan',
  Kazakhstani: 'Kazakhstan',
  Kyrgyz: 'Kyrgyzstan',
  Tajik: 'Tajikistan',
  Turkmen: 'Turkmenistan',
  Azerbaijani: 'Azerbaijan',
  Azeri: 'Azerbaijan',
  Georgian: 'Georgia',
  Mongolian: 'Mongolia',
  Armenian: 'Armenia',
  // adjectives of the partners trade and investment news names: "Chinese companies invested …"
  Chinese: 'China',
  Russian: 'Russia',
  Turkish: 'Turkey',
  American: 'United States',
  Japanese: 'Japan',
  German: 'Germany',
  Indian: 'India',
  Iranian: 'Iran',
  British: 'United Kingdom',
  Dutch: 'Netherlands',
  French: 'France',
  // parliaments and statistics offices stand for their country
  'Oliy Majlis': 'Uzbekistan',
  'Milli Majlis': 'Azerbaijan',
  Mazhilis: 'Kazakhstan',
  'Jogorku Kenesh': 'Kyrgyzstan',
  'State Great Khural': 'Mongolia',
  Geostat: 'Georgia',
  'Astana Hub': 'Astana Hub',
  'Alatau City': 'Alatau City',
  'Samruk-Kazyna': 'Samruk-Kazyna',
  Baiterek: 'Baiterek',
  'Kaspi.kz': 'Kaspi.kz',
  Kaspi: 'Kaspi.kz',
  // the group's bank, whose loans and deposits are its own
  'Kaspi Bank': 'Kaspi Bank',
  Kazakhtelecom: 'Kazakhtelecom',
  'IT Park Uzbekistan': 'IT Park Uzbekistan',
  // Uzbekistan's technology park, written short as often as in full
  'IT Park': 'IT Park Uzbekistan',
  // Kyrgyzstan's technology park: its residents and their exports are its own (rule 5)
  'High Technology Park': 'High Technology Park',
  // Kazakhstan's regions not named after a city this table knows, only with the word "region"
  // ("East Kazakhstan region" is no figure of Kazakhstan's)
  ...Object.fromEntries(
    REGION_NAMES.flatMap((name) =>
      // …and the last of a list that writes the word once ("Akmola and Zhambyl regions")
      ['region', 'Region', 'oblast', 'Oblast', 'regions', 'oblasts'].map((word) => [
        `${name} ${word}`,
        `${name} region`,
      ]),
    ),
  ),
};

/**
 * Lenders and forecasters named in full or by their acronym, one name each. Only for reading names
 * as one (`canonicalEntity`): they are sources of figures, never places a text is found to name.
 */
const ORGANISATION_ALIASES: Record<string, string> = {
  ADB: 'Asian Development Bank',
  'Asian Development Bank': 'Asian Development Bank',
  EDB: 'Eurasian Development Bank',
  'Eurasian Development Bank': 'Eurasian Development Bank',
  EBRD: 'EBRD',
  'European Bank for Reconstruction and Development': 'EBRD',
  EIB: 'EIB',
  'European Investment Bank': 'EIB',
  AIIB: 'AIIB',
  'Asian Infrastructure Investment Bank': 'AIIB',
  IsDB: 'Islamic Development Bank',
  'Islamic Development Bank': 'Islamic Development Bank',
  IMF: 'IMF',
  'International Monetary Fund': 'IMF',
  // state funds (`languages/state-funds.ts`) by the short name texts go on to use
  'National Fund of Kazakhstan': 'National Fund',
  'National Fund of the Republic of Kazakhstan': 'National Fund',
  'State Oil Fund of Azerbaijan': 'SOFAZ',
  'State Oil Fund': 'SOFAZ',
  'Unified Accumulative Pension Fund': 'UAPF',
  ENPF: 'UAPF',
  // Kyrgyzstan's park by its name without the country
  'High Technology Park of Kyrgyzstan': 'High Technology Park',
  'Kyrgyzstan High Technology Park': 'High Technology Park',
  // Kyrgyzstan's gold miner and its mine, one name (the Russian and Kazakh tables find it)
  Kumtor: 'Kumtor Gold Company',
  'Kumtor Gold Company': 'Kumtor Gold Company',
};

/** Programmes written in more than one way (`programmes.ts`), one name each. */
const PROGRAMME_ALIASES: Record<string, string> = {
  'AI Sana': 'AI-Sana',
  TechOrda: 'Tech Orda',
  // Kazakh "қ" is written "k" as often as "q"
  Bolashaq: 'Bolashak',
};

const CANONICAL = new Map(
  Object.entries({ ...PLACES, ...ORGANISATION_ALIASES, ...PROGRAMME_ALIASES }).map(
    ([name, entity]) => [name.toLowerCase(), entity],
  ),
);

/**
 * An entity's one name, whichever of its names is written: the table above read as aliases, so
 * "Kaspi" and "Kaspi.kz", "EU" and "European Union" are one entity; a pair ("USA-Kazakhstan") is
 * its two names; a name the table does not know is kept as written.
 *
 * @example canonicalEntity('Kaspi') // 'Kaspi.kz'
 * @example canonicalEntity('USA-Kazakhstan') // 'United States-Kazakhstan'
 */
export function canonicalEntity(name: string): string {
  // "TBC Bank Group", "Halyk Holding JSC": the group is named by its company
  const trimmed = name.trim().replace(CORPORATE_SUFFIX, '');
  const whole = CANONICAL.get(trimmed.toLowerCase());
  if (whole) return whole;
  // "Turkestan Region" is "Turkistan Region": a region is named after its capital
  const region = / (?:region|oblast)$/i.exec(trimmed);
  const capital = region && CANONICAL.get(trimmed.slice(0, region.index).toLowerCase());
  if (capital) return `${capital}${region[0]}`;
  const parts = trimmed.split('-');
  if (parts.length < 2 || !parts.every((part) => CANONICAL.has(part.trim().toLowerCase())))
    return trimmed;
  return parts.map((part) => CANONICAL.get(part.trim().toLowerCase())!).join('-');
}

/** A capitalised word of a name, or a small word inside one ("Bank of", "and Technology"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\d&.'’-]*|of|for|and|the|de)`;
/**
 * "the Central Bank of Azerbaijan (CBA)": a name, then the acronym the text defines for it, bare or
 * quoted as a release writes it, alone or beside the name it also goes by ('Steppe Cement ("SC" or
 * "the Company")').
 */
const DEFINED_ACRONYM = new RegExp(
  String.raw`(\p{Lu}[\p{L}\d&.'’-]*(?:[ \t]+${NAME_WORD}){0,7})[ \t]*\((?:(\p{Lu}[\p{Lu}\d]{1,7})\)|["“](\p{Lu}[\p{Lu}\d]{1,7})["”](?:\)|,|[ \t]+or[ \t]))`,
  'gu',
);

/**
 * The acronyms `text` defines, each with its full name ("CBA" → "Central Bank of Azerbaijan"): an
 * acronym the text defines and its full name are one entity, written in full (Entity rule 5,
 * fifth session). The name starts at its word whose initial is the acronym's first letter
 * ("Residents of the High Technology Park (HTP)" → "High Technology Park"); a legal form after it
 * is dropped, as `canonicalEntity` drops it.
 *
 * @example definedAcronyms('The Central Bank of Azerbaijan (CBA) kept its rate.').get('CBA') // 'Central Bank of Azerbaijan'
 */
export function definedAcronyms(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  if (!text.includes('(')) return defined;
  for (const match of text.matchAll(DEFINED_ACRONYM)) {
    const acronym = (match[2] ?? match[3])!;
    const words = match[1]!.split(/[ \t]+/);
    const first = words.findIndex((word) => word[0] === acronym[0]);
    if (first < 0 || defined.has(acronym)) continue;
    const name = canonicalEntity(words.slice(first).join(' '));
    if (name.includes(' ') && name !== acronym) defined.set(acronym, name);
  }
  return defined;
}

/** Words after a company's name that say its legal form or that it heads a group. */
const CORPORATE_SUFFIX =
  /(?<=\S\s+\S+)(?:\s+(?:Group|Holdings?|PLC|JSC|Inc\.?|LLC|Ltd\.?|AG|SA|N\.V\.))+$/u;

/** The capitals of the countries the texts are about, as the place tables name them. */
export const CAPITALS: Readonly<Record<string, string>> = {
  Kazakhstan: 'Astana',
  Uzbekistan: 'Tashkent',
  Kyrgyzstan: 'Bishkek',
  Tajikistan: 'Dushanbe',
  Turkmenistan: 'Ashgabat',
  Azerbaijan: 'Baku',
  Georgia: 'Tbilisi',
  Armenia: 'Yerevan',
  Mongolia: 'Ulaanbaatar',
};

/** Cities that also name the region around them: "Almaty region", "Atyrau oblast" → "Almaty region". */
const REGION_CAPITALS: ReadonlySet<string> = new Set([
  'Almaty',
  'Shymkent',
  'Karaganda',
  'Aktobe',
  'Atyrau',
  'Pavlodar',
  'Turkistan',
]);
const REGION_AFTER = /^\s+(?:regions?|oblasts?|provinces?)\b/i;
/** "Mangystau and Turkestan regions", "Kostanay, Akmola and Pavlodar oblasts": one word for all. */
const REGION_LIST = new RegExp(
  String.raw`\b((?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*(?:,\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*)*)\s+and\s+` +
    String.raw`(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*\s+(?:regions|oblasts|provinces)\b`,
  'gu',
);
/** The end of every match of `REGION_LIST`: "… and Turkestan regions". */
const REGION_LIST_END =
  /\sand\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*\s+(?:regions|oblasts|provinces)\b/u;

/** "mostly to China", "most of it sold to Georgia": the main end of a whole's flow. */
const MOSTLY_TO_BEFORE =
  /\b(?:(?:mostly|mainly|largely|chiefly|primarily|predominantly)\s+(?:to|from)|most\s+of\s+(?:it|them|which)\s+(?:(?:was|were|being)\s+)?(?:sold|shipped|sent|exported|delivered|went|going)\s+to)\s+(?:the\s+)?$/i;
/** "a member of the OPEC+ group", "its OPEC+ quota": a group named for a member's sake. */
const MEMBER_OF_BEFORE = /\b(?:members?\s+of\s+(?:the\s+)?|its\s+|their\s+|\p{L}+['’]s\s+)$/iu;
const QUOTA_AFTER = /^\s+(?:(?:output|production)\s+)?(?:quotas?|targets?\s+for\s+(?:it|them))\b/i;

/** Names that are also something else when written before certain words ("Turkistan newspaper"). */
const NOT_A_PLACE_AFTER =
  /^\s+(?:newspaper|news|times|agency|university|airways|air|dollars?|treasur(?:y|ies)|hub\b(?!\s)|tenge|soums?|som|manats?|lari|tugriks?|drams?|roubles?|rubles?|yuan|lira|language|speak|coders?\b|border\b)/i;
/**
 * A place that only says where a name or a firm is from: "Almaty-based fintech", "the Astana Tech
 * Forum", "the Tashkent International Airport". The figures are the firm's or the event's, and a
 * text that names its city this way is not about the city.
 */
const NAME_PART_AFTER = new RegExp(
  String.raw`^(?:-based\b|(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}[ \t]+` +
    '(?:Forum|Summit|Exchange|Expo|Week|Conference|Congress|Festival|Airport|Show|Marathon|' +
    String.raw`Games|Dialogue)\b)`,
  'u',
);
/** "the largest economy in", "the fastest-growing market of the": a rank's scope after it. */
const REGION_RANK_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${SUPERLATIVE}(?:-\p{L}+)?|most\s+[\p{L}-]+|top|leading)\s+` +
    String.raw`(?:[\p{L}-]+\s+){0,2}(?:in|among|across|of)\s+(?:the\s+)?$`,
  'iu',
);
/** A place after these is a partner or destination, not whom the number is about: "exports to Uzbekistan". */
const PARTNER_BEFORE = /\b(?:to|from|with|into|towards?|against)\s+(?:the\s+)?$/i;

const NEIGHBOUR_CITY: ReadonlySet<string> = new Set(NEIGHBOUR_CITIES);
/** "Tashkent city attracted", "Tashkent city's", "Samarkand region's budget". */
const CITY_OR_REGION_AFTER =
  /^\s+(?:city(?:['’]s)?\s+(?!of\b)\p{Ll}+|(?:region|province|oblast)['’]s\s)/u;
/**
 * "… city accounted for", "… accounts for", "Samarkand and Bukhara account for": a city, alone or
 * listed, whose share of a whole the clause gives.
 */
const CITY_SHARE_AFTER =
  /^(?:\s+city)?(?:(?:,|\s+and)\s+\p{Lu}[\p{L}-]*(?:\s+city)?)*\s+(?:alone\s+)?(?:accounted|accounts|account|made\s+up|makes\s+up)\b/u;
/** "outside Almaty", "beyond the EU": a place a figure leaves out. */
const OUTSIDE_BEFORE = /\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?$/i;

const names = Object.keys(PLACES).sort((a, b) => b.length - a.length);

const PLACE_ANY_CASE = new RegExp(
  `\\b(?:${names.map(escapeRegExp).join('|')})(?![\\w\u00C0-\u024F])`,
  'gi',
);

/**
 * `text` with every place or organisation name this module knows blanked out, in any case.
 *
 * @example withoutPlaces('uzbekistan exports') // ' exports'
 */
export function withoutPlaces(text: string): string {
  return text.replace(PLACE_ANY_CASE, ' ');
}
// ASCII word boundaries: much faster than Unicode look-arounds, and enough for these names
const PLACE = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})(?![\\w\u00C0-\u024F])`, 'g');
const WORLD = /\b(?:global(?:ly)?|worldwide|world(?:'s|’s)?|the world|internationally|planet)\b/gi;

/** "the world's fourth-largest", "the world's most …", "world's top": a rank among the world's. */
const WORLD_RANK_AFTER =
  /^(?:['’]s)?\s+(?:(?:[\p{L}]+-)?(?:largest|biggest|smallest|highest|lowest|top|leading)|most|least)\b/iu;
/** "1% of the", "a share of": the whole a share is taken of. */
const SHARE_OF_BEFORE =
  /(?:%|\bper\s*cent|\bpercent|\bshare|\bhalf|\bthird|\bquarter|\bfifth)\s+of\s+(?:the\s+)?$/i;

export interface PlaceMention {
  start: number;
  end: number;
  entity: string;
  /** Written as a partner or destination ("exports to Uzbekistan"). */
  partner?: boolean;
}

/**
 * Places, organisations and world markers named in `sentence`; the Russian and Kazakh names too
 * when it has Cyrillic letters, or when `cyrillic` says it stands in such a text (a table's row).
 */
export function findPlaces(sentence: string, cyrillic = CYRILLIC.test(sentence)): PlaceMention[] {
  const found: PlaceMention[] = [];
  let outsideEnd = -1;
  PLACE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PLACE.exec(sentence))) {
    const name = match[1]!;
    if (match.index > 0 && /[\w\u00C0-\u024F]/.test(sentence[match.index - 1]!)) continue;
    if (
      NOT_A_PLACE_AFTER.test(
        sentence.slice(match.index + name.length, match.index + name.length + 14),
      )
    )
      continue;
    const entity = PLACES[name]!;
    // "a member of the OPEC+ group", "its OPEC+ quota": a producer group that describes a member
    // country, whose figure it is (rule 1)
    if (
      PRODUCER_GROUPS.has(entity) &&
      (MEMBER_OF_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index)) ||
        QUOTA_AFTER.test(sentence.slice(match.index + name.length, match.index + name.length + 24)))
    )
      continue;
    // "Coal exports, mostly to China, rose 9%", "most of it sold to Georgia": where most of the
    // whole went, not a flow between two places; the whole is its sender's (rules 1 and 5)
    if (MOSTLY_TO_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue;
    // "half of them outside Almaty and Astana": places a figure leaves out are not whom it is about
    if (
      OUTSIDE_BEFORE.test(sentence.slice(Math.max(0, match.index - 16), match.index)) ||
      (outsideEnd >= 0 &&
        /^\s*(?:,|and|or)\s*(?:the\s+)?$/.test(sentence.slice(outsideEnd, match.index)))
    ) {
      outsideEnd = match.index + name.length;
      continue;
    }
    // "opened in Yerevan and Gyumri", "launched in Baku, Sumgayit and Ganja": a list of towns
    if (
      NEIGHBOUR_CITY.has(entity) &&
      // "in Tashkent", "Tashkent's secondary market", "Tbilisi alone": the city's own figures
      // (rule 1)
      // …also "In Bishkek" opening a sentence
      ((!/\b[Ii]n\s+$/.test(sentence.slice(Math.max(0, match.index - 4), match.index)) &&
        !/^(?:['’]s|\s+alone)\s/.test(
          sentence.slice(match.index + name.length, match.index + name.length + 7),
        ) &&
        // "Tashkent city attracted", "the Tashkent city budget", "Samarkand region's budget": the
        // city or the region around it named as such, as a subject or an owner (rule 1)
        !CITY_OR_REGION_AFTER.test(
          sentence.slice(match.index + name.length, match.index + name.length + 20),
        ) &&
        // "Tashkent city accounted for 1.6 million": the city's share of the whole (rule 1)
        !CITY_SHARE_AFTER.test(
          sentence.slice(match.index + name.length, match.index + name.length + 30),
        )) ||
        // …but "Samarkand and Bukhara account for 6% and 4%, respectively": each its own share
        (/^\s*(?:,|and)\s+\p{Lu}/u.test(sentence.slice(match.index + name.length)) &&
          !CITY_SHARE_AFTER.test(
            sentence.slice(match.index + name.length, match.index + name.length + 60),
          )))
    )
      continue;
    if (
      NAME_PART_AFTER.test(
        sentence.slice(match.index + name.length, match.index + name.length + 60),
      )
    )
      continue;
    // "the largest economy in Central Asia", "Central Asia's largest economy": the part of the
    // world a rank is taken in, not whom the figure is about (as "the world's fourth-largest")
    if (
      WORLD_REGIONS.includes(entity) &&
      (REGION_RANK_BEFORE.test(sentence.slice(Math.max(0, match.index - 50), match.index)) ||
        WORLD_RANK_AFTER.test(
          sentence.slice(match.index + name.length, match.index + name.length + 40),
        ))
    )
      continue;
    const region =
      REGION_CAPITALS.has(entity) || NEIGHBOUR_CITY.has(entity)
        ? REGION_AFTER.exec(
            sentence.slice(match.index + name.length, match.index + name.length + 12),
          )
        : null;
    found.push({
      start: match.index,
      end: match.index + name.length + (region ? region[0].length : 0),
      entity: region ? `${entity} region` : entity,
      partner: PARTNER_BEFORE.test(sentence.slice(Math.max(0, match.index - 14), match.index)),
    });
  }
  WORLD.lastIndex = 0;
  while ((match = WORLD.exec(sentence))) {
    // "World Bank", "World Economic Forum" name organisations, not the world
    if (
      /^(?:[Tt]he\s+)?World\s+(?:Bank|Economic|Trade|Health|Cup|Expo)/.test(
        sentence.slice(match.index, match.index + 24),
      )
    )
      continue;
    // "the world's fourth-largest", "1% of the global total": the world a figure is ranked in or
    // is a share of, not whom it is about (rule 1: the share's owner)
    if (
      WORLD_RANK_AFTER.test(sentence.slice(match.index + match[0].length).slice(0, 40)) ||
      SHARE_OF_BEFORE.test(sentence.slice(Math.max(0, match.index - 30), match.index))
    )
      continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      entity: 'World',
      partner: false,
    });
  }
  // the list's last words, which every match of REGION_LIST ends with: most sentences that say
  // "regions" list none, and the list's pattern tries every capital (measured 7 December 2026, the
  // bench's 4 MB in one process, 8 passes each in turn at load 12-15: 0.95x the CPU, median ratio)
  if (REGION_LIST_END.test(sentence)) regionsListed(sentence, found);
  if (cyrillic) findCyrillicPlaces(sentence, found);
  found.sort((a, b) => a.start - b.start);
  return LISTED_AFTER_IN.test(sentence) ? withoutLocationLists(sentence, found) : found;
}

/** A cheap test before `LOCATION_LIST`: "in", a capitalised word, a comma and an "and" after it. */
const LISTED_AFTER_IN = /\bin\s+\p{Lu}[^.;]*,[^.;]*\sand\s+\p{Lu}/u;
/** One town or region of a list: "Shymkent", "Almaty city", "Turkistan region". */
const LISTED_TOWN = String.raw`\p{Lu}[\p{L}-]*(?:\s+(?:city|region))?`;
/** "in Shymkent, Karaganda and Aktobe": three or more towns or regions where something is. */
const LOCATION_LIST = new RegExp(
  String.raw`\bin\s+(?:the\s+(?:cities|towns|regions)\s+of\s+)?` +
    String.raw`${LISTED_TOWN}(?:,\s+${LISTED_TOWN})+,?\s+and\s+${LISTED_TOWN}`,
  'gu',
);

/** Regions named as such after a list of their names: "… and Pavlodar oblasts". */
const REGIONS_NAMED_AFTER = /^\s+(?:oblasts|regions|provinces)\b/i;

/**
 * `found` without the towns and regions of a list of three or more after "in" ("Hubs in Shymkent,
 * Karaganda and Aktobe host 212 startups", "open three universities, in Astana, Almaty and
 * Shymkent"): they say where the things counted are, not whose the figure is (rule 1: a city is
 * the entity where the figure is its own, not where something merely happens in it). A list of
 * countries ("growth in Uzbekistan, Kyrgyzstan and Tajikistan at 6%, 7% and 8%") stays: each is a
 * figure's own.
 */
function withoutLocationLists(sentence: string, found: PlaceMention[]): PlaceMention[] {
  let kept = found;
  for (const match of sentence.matchAll(LOCATION_LIST)) {
    const end = match.index + match[0].length;
    // "in Kostanay, Akmola and Pavlodar oblasts": regions named as such, each with its own figure
    if (REGIONS_NAMED_AFTER.test(sentence.slice(end, end + 12))) continue;
    const listed = kept.filter((p) => p.start >= match.index && p.end <= end);
    if (listed.length === 0 || listed.some((p) => isFlowEnd(p.entity) || p.entity === 'World'))
      continue;
    kept = kept.filter((p) => !listed.includes(p));
  }
  return kept;
}

/**
 * The regions of a list that names the word "regions" once, after the last ("Mangystau and
 * Turkestan regions"): each before the last is a region too, the city's name read as its region's.
 */
function regionsListed(sentence: string, found: PlaceMention[]): void {
  REGION_LIST.lastIndex = 0;
  for (const match of sentence.matchAll(REGION_LIST)) {
    let offset = match.index;
    for (const part of match[1]!.split(/,\s+/)) {
      const start = sentence.indexOf(part, offset);
      offset = start + part.length;
      const region = REGION_NAMES.includes(part) || REGION_CAPITALS.has(PLACES[part] ?? '');
      if (!region) continue;
      const entity = `${PLACES[part] ?? part} region`;
      const at = found.findIndex((p) => p.start === start);
      const place = { start, end: offset, entity, partner: false };
      if (at >= 0) found[at] = { ...place, partner: found[at]!.partner };
      else found.push(place);
    }
  }
}

const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_PLACE = new RegExp(
  `(?<![\\p{L}])(?:${CYRILLIC_PLACES.map(([source]) => `(${source})`).join('|')})(?![\\p{L}])`,
  'gu',
);
const CYRILLIC_WORLD_PATTERN = new RegExp(`(?<![\\p{L}])(?:${CYRILLIC_WORLD})(?![\\p{L}])`, 'giu');
const CYRILLIC_PARTNER = new RegExp(CYRILLIC_PARTNER_BEFORE, 'iu');
const CYRILLIC_DIRECTION = new RegExp(DIRECTION_BEFORE, 'iu');
const KAZAKH_DIRECTION = new RegExp(PARTNER_ENDING, 'u');
const CURRENCY_NAME_BEFORE = new RegExp(CURRENCY_BEFORE, 'iu');
const CURRENCY_NAME_AFTER = new RegExp(CURRENCY_AFTER, 'iu');

/** "пришлось", "приходится": a share that falls on the place after "на". */
const SHARE_ON = /(?<![\p{L}])(?:пришл\p{L}*|приходи\p{L}*)/iu;

/** Russian and Kazakh names, in any case form (`languages/cyrillic-places.ts`). */
function findCyrillicPlaces(sentence: string, found: PlaceMention[]): void {
  CYRILLIC_PLACE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CYRILLIC_PLACE.exec(sentence))) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const name = match[0];
    const before = sentence.slice(Math.max(0, match.index - 16), match.index);
    const after = sentence.slice(match.index + name.length, match.index + name.length + 10);
    if (CURRENCY_NAME_BEFORE.test(before) || CURRENCY_NAME_AFTER.test(after)) continue;
    // "в Китай", "в Россию" (to) but "в Китае", "в России", "в Алматы" (in): the accusative of a
    // direction ends in a consonant or -ю; the locative in -е/-и, and indeclinable names in a vowel
    // …but "на Казахстан пришлось 58%" is Kazakhstan's share, not a direction
    // (an adjective in -ой/-ей is a region's locative: "в Костанайской и Павлодарской областях")
    const direction =
      CYRILLIC_DIRECTION.test(before) &&
      /[бвгджзклмнпрстфхцчшщйю]$/iu.test(name) &&
      !/[ое]й$/iu.test(name) &&
      !(/на\s+$/iu.test(before) && SHARE_ON.test(sentence));
    // Kazakh names end in -ға/-дан when they are where something goes or comes from
    const kazakhDirection = /[әғқңөұүһі]/iu.test(sentence) && KAZAKH_DIRECTION.test(name);
    // "из Узбекистана и Кыргызстана": a name joined to a partner shares its preposition
    const last = found[found.length - 1];
    const joined =
      !!last?.partner &&
      /^\s*(?:,|и|және|мен|бен|пен)\s*$/iu.test(sentence.slice(last.end, match.index));
    // "Beeline Kazakhstan": a Latin name the English table read in part is the whole name's
    const end = match.index + name.length;
    for (let i = found.length - 1; i >= 0; i--)
      if (found[i]!.start >= match.index && found[i]!.end <= end) found.splice(i, 1);
    found.push({
      start: match.index,
      end,
      entity: CYRILLIC_PLACES[index]![1],
      partner: CYRILLIC_PARTNER.test(before) || direction || kazakhDirection || joined,
    });
  }
  CYRILLIC_WORLD_PATTERN.lastIndex = 0;
  while ((match = CYRILLIC_WORLD_PATTERN.exec(sentence)))
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      entity: 'World',
      partner: false,
    });
}

/** How a pair of places is written in its name: the bloc by its short name ("Georgia-EU"). */
const PAIR_NAMES: Readonly<Record<string, string>> = { 'European Union': 'EU' };

/**
 * The name of the pair two places trade as: the document's subject first, else alphabetical, so
 * "Trade between the EU and Georgia" and "Georgia-EU trade" give one entity.
 *
 * @example pairName('European Union', 'Georgia', 'Georgia') // 'Georgia-EU'
 * @example pairName('Uzbekistan', 'China', '') // 'China-Uzbekistan'
 */
export function pairName(a: string, b: string, subject: string): string {
  const first = b === subject || (a !== subject && b < a) ? b : a;
  const second = first === a ? b : a;
  return `${PAIR_NAMES[first] ?? first}-${PAIR_NAMES[second] ?? second}`;
}

/** Trade and turnover: a flow that belongs to the two places between which it runs. */
const TRADE = String.raw`(?:(?:bilateral|mutual)\s+)?(?:trade|turnover|trading)\b`;
/** Flows other than trade that run from one place to another: transfers, remittances, shipments. */
const FLOW_NOUN = String.raw`(?:transfers|remittances|exports|imports|shipments|supplies|deliveries|investments?|inflows|flows|freight|cargo|trains|flights)`;
const FLOW_WORD = new RegExp(String.raw`\b${FLOW_NOUN}\b`, 'i');
/**
 * A flow or trade in English, or people arriving from elsewhere: the words that make the places
 * a text names around them a flow's ends (rule 5). Shared by the respectively lists and the
 * tables of extract.ts.
 */
export const NAMES_A_FLOW = new RegExp(
  String.raw`\b(?:${TRADE}|${FLOW_NOUN}\b|exports?\b|imports?\b|money\s+transfers\b|arrivals\b|visitors\b|tourists\b)`,
  'i',
);
/** A sentence about the subject's trade with others that does not name the subject. */
const TRADE_WITH_LEAD = new RegExp(
  `^\\s*(?:[\\w-]+\\s+)?${TRADE}(?:\\s+turnover)?\\s+with\\s`,
  'i',
);
/** The words that join two places of a pair, by position: before, between and after the two names. */
const PAIR_FORMS: ReadonlyArray<[before: RegExp, between: RegExp, after: RegExp]> = [
  // "trade between Georgia and the EU", "turnover between …", "freight trains between …",
  // "container transit between China and Europe" (via a third country, which only carries it)
  [
    new RegExp(`\\b(?:${TRADE}|${FLOW_NOUN}|transit|traffic)\\s+between\\s+(?:the\\s+)?$`, 'i'),
    /^\s+and\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|\d+)\s+)?$/i,
    /^/,
  ],
  // "Uzbekistan's trade with China", "Kazakhstan's trade turnover with the EU"
  [
    /^/,
    new RegExp(
      `^(?:['’]s)?\\s+(?:\\w+\\s+)?${TRADE}(?:\\s+turnover)?\\s+with\\s+(?:the\\s+)?$`,
      'i',
    ),
    /^/,
  ],
  // "EU-Georgia trade", "China–Central Asia trade"
  [/^/, /^\s*[-–—]\s*$/, new RegExp(`^\\s+${TRADE}`, 'i')],
  // "Uzbekistan and Kazakhstan set sights on $10bn trade"
  [/(?:^|[.:;]\s*)$/, /^\s+and\s+$/, new RegExp(`^[^.;:]*\\b${TRADE}`, 'i')],
  // "money transfers from Russia to Armenia", "exports of wheat from Kazakhstan to China": a
  // flow between two places (rule 5 of the gold README)
  [
    new RegExp(`\\b${FLOW_NOUN}(?:\\s+of(?:\\s+[\\w-]+){1,3}?)?\\s+from\\s+(?:the\\s+)?$`, 'i'),
    /^\s+(?:to|into)\s+(?:the\s+)?$/i,
    /^/,
  ],
  // "the EU remains Kazakhstan's top trading partner"
  [
    /^/,
    /^\s+(?:remain(?:s|ed)?|is|was|became|stays?)\s+$/i,
    /^['’]s\s+(?:[\w-]+\s+){0,2}trading\s+partner/i,
  ],
];

/**
 * The pair of places whose trade the figure at [start, end) of `sentence` measures ("Trade between
 * Georgia and the EU reached €4.1 billion" → Georgia-EU), from the two places the sentence names
 * in one of `PAIR_FORMS` within the figure's clause; '' when none.
 */
export function tradePair(
  sentence: string,
  start: number,
  end: number,
  places: readonly PlaceMention[],
  subject = '',
): string {
  // "Trade with Kyrgyzstan reached $11 bn, with Tajikistan $3 bn": the subject and each partner
  if (subject && TRADE_WITH_LEAD.test(sentence) && isFlowEnd(subject)) {
    let partner: PlaceMention | undefined;
    for (const place of places)
      if (place.end <= start && /\bwith\s+(?:the\s+)?$/i.test(sentence.slice(0, place.start)))
        partner = place;
    if (partner && partner.entity !== subject) return pairName(subject, partner.entity, subject);
  }
  if (
    places.length < 2 ||
    !(/trad|turnover|\b(?:transit|traffic)\s+between\b/i.test(sentence) || FLOW_WORD.test(sentence))
  )
    return '';
  const [clauseStart, clauseEnd] = clauseOf(sentence, start, end);
  for (let i = 0; i + 1 < places.length; i++) {
    const a = places[i]!;
    const b = places[i + 1]!;
    if (a.start < clauseStart || b.end > clauseEnd || a.entity === b.entity) continue;
    if (a.entity === 'World' || b.entity === 'World') continue;
    const before = sentence.slice(Math.max(clauseStart, a.start - 40), a.start);
    const between = sentence.slice(a.end, b.start);
    const after = sentence.slice(b.end, clauseEnd);
    if (
      PAIR_FORMS.some(
        ([beforeForm, betweenForm, afterForm]) =>
          beforeForm.test(before) && betweenForm.test(between) && afterForm.test(after),
      )
    )
      return pairName(a.entity, b.entity, subject);
  }
  return '';
}

/** [start, end) of the clause of `sentence` around [start, end), by `CLAUSE_BREAK`. */
function clauseOf(sentence: string, start: number, end: number): [number, number] {
  let clauseStart = 0;
  const head = sentence.slice(0, start);
  CLAUSE_BREAK_GLOBAL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CLAUSE_BREAK_GLOBAL.exec(head))) clauseStart = match.index + match[0].length;
  const clauseEndMatch = CLAUSE_BREAK.exec(sentence.slice(end));
  return [clauseStart, clauseEndMatch ? end + clauseEndMatch.index : sentence.length];
}

/** "по данным", "по информации", "согласно данным" before a name: the name is a source. */
const SOURCE_BEFORE =
  /(?<![\p{L}])(?:по\s+(?:данным|информации|сведениям)|согласно\s+(?:данным|отчету|отчёту))\s+(?:[\p{L}-]+\s+)?$/iu;
/** Kazakh "… деректері бойынша", "… мәліметінше" after a name: the name is a source. */
const SOURCE_AFTER = /^\s*(?:деректер\p{L}*\s+бойынша|мәліметі\p{L}*)/iu;
/** "(с учетом дочерней Kcell)", "включая": a subsidiary counted in its parent's figure. */
const INCLUDED_BEFORE =
  /(?:\(\s*(?:с\s+учетом|с\s+учётом|включая|вместе\s+с)\s+|дочерн\p{L}*\s+[«"]?)$/iu;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

/** "…, the head of IT Park said": a place after the figure that says it is its source, not its subject. */
const ATTRIBUTION = /^[^,.;]*?\b(?:said|says|reported|reports|announced|told|noted|estimated)\b/i;

/**
 * "Astana Hub, Kazakhstan's technology park, …": a place in an apposition describes the name
 * before it, and the figure is about that name.
 */
function describesPrevious(
  sentence: string,
  place: PlaceMention,
  previous: PlaceMention | undefined,
): boolean {
  return (
    previous !== undefined &&
    /^,\s*$/.test(sentence.slice(previous.end, place.start)) &&
    /^['’]s\s/.test(sentence.slice(place.end, place.end + 3))
  );
}

/**
 * Clause breaks: a place across one of these is about another number ("31 GW, of which a third is
 * in the United States": the 31 GW is not the United States'). The English ones first.
 */
const ENGLISH_CLAUSE_BREAK =
  /[;:]|,\s+(?:while|whereas|but|and|with|compared|against|versus|of\s+(?:which|whom)|[\d.,]+\s+of\s+(?:them|which|whom))\b|\bwhile\b|\bwhereas\b|\bcompared\s+(?:to|with)\b|\bversus\b|\bvs\.?\s/i;
/** …and the Russian and Kazakh: ", а", ", но", ", тогда как", ", ал", ", бірақ". */
const CLAUSE_BREAK = new RegExp(
  `${ENGLISH_CLAUSE_BREAK.source}|,\\s+(?:а|но|тогда\\s+как|ал|бірақ)\\s`,
  'i',
);

/** "alone" right after a place: the figure is singled out as that place's. */
const ALONE_AFTER = /^\s+alone\b/;

/** Words right after a figure that say it is the whole country's. */
export const NATIONWIDE_AFTER =
  /^(?:[^,;%\d]|(?:19|20)\d\d){0,40}?\b(?:nationwide|countrywide|across\s+the\s+country|for\s+the\s+(?:whole\s+)?country(?:\s+as\s+a\s+whole)?)\b/i;

const CLAUSE_BREAK_GLOBAL = new RegExp(CLAUSE_BREAK.source, 'gi');

/**
 * The entity a number at [start, end) of `sentence` is about, or '' when the sentence names none.
 *
 * @example entityFor('compared to $14,260 in Russia', 12, 19) // 'Russia'
 * @example entityFor('In China alone, around 5,000 companies', 23, 28) // 'China'
 */
export function entityFor(
  sentence: string,
  start: number,
  end: number,
  found = findPlaces(sentence),
  subject = '',
): string {
  // most sentences name no place: every rule below would find nothing
  if (found.length === 0) return '';
  // "21% против 72% в среднем по миру": a place after a word of comparison is the compared
  // figure's, not this one's (Russian and Kazakh)
  const compared = CYRILLIC.test(sentence) ? COMPARED_AFTER.exec(sentence.slice(end)) : null;
  // "Аналитики Halyk Finance ожидают, что … ставка снизится до 14,5%": an organisation that
  // expects or forecasts the figure is its source, not whom it is about (rule 3)
  const forecaster = (p: PlaceMention): boolean =>
    p.end <= start &&
    ORGANISATIONS.has(p.entity) &&
    FORECASTS_AFTER.test(sentence.slice(p.end, start));
  const places =
    compared || found.some(forecaster)
      ? found.filter((p) => (!compared || p.start < end + compared.index) && !forecaster(p))
      : found;
  if (places.length === 0) return '';
  const pair = tradePair(sentence, start, end, places, subject);
  if (pair) return pair;
  // "7.4% nationwide and 8.1% in Ulaanbaatar": a figure said to be the whole country's
  if (NATIONWIDE_AFTER.test(sentence.slice(end, end + 50))) return '';
  // "… $14,260 in Russia": a place right after the number, with at most a few words between
  for (const place of places) {
    if (place.start < end) continue;
    const between = sentence.slice(end, place.start);
    if (place.entity !== 'World' && PLACE_AFTER_GAP.test(between) && !/[,;]/.test(between))
      return place.entity;
    break;
  }
  // the nearest named place before the number, within its clause
  const [clauseStart, clauseEnd] = clauseOf(sentence, start, end);
  // "In China alone", "Tbilisi alone hosted", "from India alone": the place the clause singles
  // out is the figure's, whatever else it names (rule 1)
  const alone = places.findLast(
    (p) => p.start >= clauseStart && p.end <= start && ALONE_AFTER.test(sentence.slice(p.end)),
  );
  if (alone && alone.entity !== 'World') return alone.entity;
  const inClause = places.filter(
    (p, i) =>
      p.start >= clauseStart &&
      p.end <= clauseEnd &&
      !describesPrevious(sentence, p, places[i - 1]) &&
      !(p.start >= end && ATTRIBUTION.test(sentence.slice(p.end, p.end + 30))),
  );
  const before = inClause.filter((p) => p.end <= start && p.entity !== 'World' && !p.partner);
  const world = inClause.filter((p) => p.entity === 'World');
  if (before.length > 0) {
    const nearest = before[before.length - 1]!;
    // "global" between the place and the number wins: "Kazakhstan expects global demand to reach"
    if (world.some((w) => w.start > nearest.end && w.end <= start)) return 'World';
    return nearest.entity;
  }
  if (world.length > 0) return 'World';
  const after = inClause.filter((p) => p.start >= end && !p.partner);
  if (after.length > 0) return after[0]!.entity;
  // the rest of the sentence: a world marker anywhere, else the nearest place named before the
  // number; a Russian or Kazakh one only before the figure's clause ends ("2%, а мировой рынок …")
  const cyrillic = CYRILLIC.test(sentence);
  if (places.some((p) => p.entity === 'World' && !(cyrillic && p.start >= clauseEnd)))
    return 'World';
  // "…, and the country as a whole welcomed 8.4 million": a clause about the country itself
  // names no place of the clauses before it
  if (THE_COUNTRY.test(sentence.slice(clauseStart, start))) return '';
  const earlier = places.filter((p) => p.end <= start && !p.partner);
  return earlier[earlier.length - 1]?.entity ?? '';
}

/** The country itself as a clause's subject or owner: "the country as a whole", "the country's". */
const THE_COUNTRY = /\bthe\s+(?:whole\s+)?country\b/i;
/** A word of comparison after a figure: what follows it is another figure's. */
const COMPARED_AFTER =
  /(?<![\p{L}])(?:против|чем|по\s+сравнению\s+с|в\s+сравнении\s+с)(?![\p{L}])/iu;

/**
 * The part of the world (`WORLD_REGIONS`) a headline names first; '' for none.
 *
 * @example headlineWorldRegion('China-Central Asia trade rises 9%') // 'Central Asia'
 */
export function headlineWorldRegion(title: string): string {
  return findPlaces(title).find((p) => WORLD_REGIONS.includes(p.entity))?.entity ?? '';
}

/** "the largest partner in", "the fastest pace in", "the most … in": the scope of a rank. */
const RANK_IN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${SUPERLATIVE}|most\s+[\p{L}-]+|top|leading)\s+` +
    String.raw`(?:[\p{L}-]+\s+){0,2}(?:in|among|across)\s+$`,
  'iu',
);

/**
 * `places` with each "the region" of `sentence` read as `region`, the part of the world the
 * headline names ("Chinese exports to the region rose 12%" under "China-Central Asia trade …").
 */
export function regionReferences(
  sentence: string,
  places: PlaceMention[],
  region: string,
): PlaceMention[] {
  if (!/\bthe region\b/i.test(sentence)) return places;
  const found = [...places];
  for (const match of sentence.matchAll(/\bthe region\b(?!['’]s)/gi)) {
    // "China's largest partner in the region", "the fastest pace in the region": a rank's scope
    if (RANK_IN_BEFORE.test(sentence.slice(Math.max(0, match.index - 50), match.index))) continue;
    const start = match.index + 4;
    found.push({
      start,
      end: start + 6,
      entity: region,
      partner: PARTNER_BEFORE.test(sentence.slice(Math.max(0, start - 14), start)),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Parts of the world that are no country: a document's subject, or a flow's end, only as such. */
export const WORLD_REGIONS: readonly string[] = [
  'Developing Asia',
  'Developing Asia and the Pacific',
  'Central Asia and Caucasus',
  'Europe',
  'Western Europe',
  'Eastern Europe',
  'Southeast Asia',
  'South Asia',
  'East Asia',
  'South Caucasus',
  'Central Asia',
  'North America',
  'Latin America',
  'Asia-Pacific',
  'Middle East',
  'Africa',
  'Asia',
];

/**
 * Organisations a sentence may be about; a whole document only when its headline names one and no
 * place (`titleOrganisation`).
 */
export const ORGANISATIONS: ReadonlySet<string> = new Set([
  'Astana Hub',
  'Alatau City',
  'Samruk-Kazyna',
  'Baiterek',
  'Kaspi.kz',
  'Kaspi Bank',
  'Kazakhtelecom',
  'Beeline Kazakhstan',
  'Tele2/Altel',
  'Kcell',
  'Halyk Bank',
  'KazMunayGas',
  'Kazatomprom',
  'Kazakhstan Temir Zholy',
  'Otbasy Bank',
  'Food Contract Corporation',
  'Kumtor Gold Company',
  'IT Park Uzbekistan',
  'IT Park',
  'High Technology Park',
]);

/** Places that are not one end of a flow between countries: cities, regions, the World. */
const NOT_A_FLOW_END: ReadonlySet<string> = new Set([
  'World',
  ...WORLD_REGIONS,
  ...Object.keys(PLACES).filter((name) => REGION_CAPITALS.has(name)),
  'Astana',
  'Aktau',
  ...ORGANISATIONS,
]);
/** Whether `entity` is a country or bloc, one end of a flow between two. */
export const isFlowEnd = (entity: string): boolean =>
  entity !== '' && !entity.includes('-') && !NOT_A_FLOW_END.has(entity) && !/ region$/.test(entity);

/** Goods, money or capital going from one country to another, written before the figure. */
const FLOW =
  /\b(?:exports?|exported|exporting|imports?|imported|importing|shipments?|shipped|supplies|supplied|deliveries|delivered|transfers|remittances|invest(?:ed|ing|ments?)|FDI)\b/i;
/**
 * A country named as one end of a flow by its role: "the largest investors were China, …", "the
 * United States remained the largest buyer", "Kazakhstan remained China's largest partner".
 */
const FLOW_ROLE = new RegExp(
  String.raw`\b(?:(?:largest|biggest|main|top|leading|key)\s+(?:[\w-]+\s+)?` +
    '(?:investors?|sources?|destinations?|suppliers?|buyers?|customers?|markets?|' +
    String.raw`partners?))\b`,
  'i',
);
/** ", Kazakhstan's main trading partner,", ", the largest buyer,": a noun phrase that describes. */
const APPOSITION = /,\s+(?:the\s+|\p{Lu}[\p{L}-]*['’]s\s+)[^,]*,(?=\s+\p{Ll})/gu;
/** The country that receives an investment: "invested $3 billion in Kazakhstan". */
const HOST_BEFORE = /\b(?:in|into)\s+(?:the\s+)?$/i;
/** A place listed after a partner is a partner too: "transfers from the United States and Israel". */
const LIST_JOIN = /^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/i;

/** A share of a flow is the share of the country that sends it ("exports to the US accounted for 41%"). */
const SHARE_OF = /\b(?:accounted\s+for|accounting\s+for|share|of\s+(?:the\s+)?total)\b/i;

/** "accounted for", "made up": a share's verb right before the figure. */
const SHARE_VERB_BEFORE =
  /\b(?:accounted\s+for|accounting\s+for|made\s+up|took)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$/i;
/** "…'s exports", "…'s total trade": the trade of the country the share is taken of. */
const OWN_TRADE_AFTER =
  /^['’]s\s+(?:total\s+|foreign\s+)?(?:[\p{L}-]+\s+){0,2}?(?:exports|imports|trade|turnover)\b/iu;

/** A country or a part of the world, the end of a flow a verb of moving names. */
const isMovedEnd = (entity: string): boolean =>
  isFlowEnd(entity) || (entity !== 'World' && WORLD_REGIONS.includes(entity));
/** "13.1 bcm went to", "$548 million, came from": a figure, its unit, then a verb of moving. */
const MOVED_AFTER =
  /^,?(?:\s+[\p{L}-]+){0,3}?,?\s+(?:went|goes|go|will\s+go|came|comes|come|will\s+come|(?:was|were)\s+(?:sent|shipped|exported|delivered)|flowed)\s+(to|from)\s+(?:the\s+)?$/u;
/** "Georgia received", "Central Asian countries received some": a receiver right before its figure. */
const RECEIVED_BEFORE =
  /^(?:\s+countries)?\s+(?:alone\s+)?(?:received|receives|will\s+receive|(?:is|are)\s+(?:expected|set)\s+to\s+receive)\s+(?:(?:about|some|around|nearly|almost|over|roughly|more\s+than|an?\s+(?:record|estimated))\s+)*$/;
/** "Turkey received 7.1 bcm and Georgia": the verb given once, for an earlier receiver. */
const RECEIVED_GAPPED = /\b(?:received|receives)\s+[^;]{1,40}?(?:,\s*|\s+and\s+)$/;
/** Goods or money sent from one country to others, somewhere in the sentence. */
const SENT_FLOW = /\b(?:supplies|deliveries|exports|shipments|sales)\b/i;

/**
 * The pair of a flow whose end a verb of moving writes apart from the figure (rule 5), or '':
 * - "13.1 bcm went to Europe", "$548 million came from Russia": the place after the verb and the
 *   text's `subject`;
 * - "Georgia received 2.3 bcm" (or "… and Georgia 2.1 bcm") in a sentence about supplies: the
 *   receiver and the `subject` that supplies;
 * - "Central Asian countries received $17.6 billion from Russia": the receiver and the sender.
 *
 * @example movedFlow('Of that, 9 bcm went to Europe.', 9, 10, findPlaces('Of that, 9 bcm went to Europe.'), 'Azerbaijan') // 'Azerbaijan-Europe'
 */
export function movedFlow(
  sentence: string,
  start: number,
  end: number,
  places: readonly PlaceMention[],
  subject: string,
): string {
  const withSubject = (place: string): string =>
    isFlowEnd(subject) && subject !== place ? pairName(subject, place, subject) : '';
  const moved = places.find(
    (p) => p.start >= end && p.start - end <= 60 && MOVED_AFTER.test(sentence.slice(end, p.start)),
  );
  if (moved) return isMovedEnd(moved.entity) ? withSubject(moved.entity) : '';
  const receiver = places.findLast((p) => p.end <= start && !p.partner);
  if (!receiver || !isMovedEnd(receiver.entity)) return '';
  const between = sentence.slice(receiver.end, start);
  const received =
    RECEIVED_BEFORE.test(between) ||
    (/^\s+$/.test(between) && RECEIVED_GAPPED.test(sentence.slice(0, receiver.start)));
  if (!received) return '';
  const sender = places.find(
    (p) =>
      p.start >= end &&
      p.start - end <= 40 &&
      /\bfrom\s+(?:the\s+)?$/.test(sentence.slice(Math.max(0, p.start - 10), p.start)) &&
      /^(?:\s+[\p{L}-]+){0,3}\s+from\s+(?:the\s+)?$/u.test(sentence.slice(end, p.start)),
  );
  if (sender && isFlowEnd(sender.entity) && sender.entity !== receiver.entity)
    return pairName(sender.entity, receiver.entity, subject);
  return SENT_FLOW.test(sentence) && isFlowEnd(receiver.entity) ? withSubject(receiver.entity) : '';
}

/**
 * The two countries a headline says its text is about the trade between ("Kazakhstan-China trade
 * hits record"), in either order; [] for none.
 *
 * @example documentPair('EU-Georgia trade rises 5%') // ['European Union', 'Georgia']
 */
export function documentPair(title: string): string[] {
  if (!/\b(?:trade|turnover)\b/i.test(title)) return [];
  // "China-Central Asia trade": a part of the world is one end of a headline's pair too
  const countries = [...new Set(findPlaces(title).map((p) => p.entity))].filter(
    (entity) => isFlowEnd(entity) || WORLD_REGIONS.includes(entity),
  );
  return countries.length === 2 ? countries : [];
}

/**
 * The pair of countries a flow runs between, for the figure at [start, end) of `sentence` already
 * given `entity`, or '' when it measures no flow between two countries:
 * - a partner written and the sender not, before the figure: the document's `subject` and the
 *   partner ("exports to China grew 4.5%", "transfers from the United States and Israel");
 * - a country named as one end by its role: it and the subject ("the largest investors were
 *   China and Russia, with $9 billion and $4 billion");
 * - both ends written ("Uzbek exports to China"): the pair (rule 5), unless the sender is the
 *   document's subject, whose own exports the corpora before rule 5 was written down read as its
 *   own ("Turkmen gas exports to China" in a text about Turkmenistan): then, as for an investor
 *   and its host ("Chinese companies invested … in Kazakhstan"), the pair only in a text whose
 *   headline is about that pair's flows (`documentPair`).
 *
 * @example flowPair('Exports to China rose 9%.', 19, 21, findPlaces('Exports to China rose 9%.'), 'Kazakhstan', 'Kazakhstan') // 'Kazakhstan-China'
 */
export function flowPair(
  sentence: string,
  start: number,
  end: number,
  places: readonly PlaceMention[],
  entity: string,
  subject: string,
  pair: readonly string[] = [],
): string {
  // an organisation's own flows are its own (rule 2 before rule 5)
  if (!isMovedEnd(entity) && !entity.includes('-')) return '';
  const moved = movedFlow(sentence, start, end, places, subject);
  if (moved) return moved;
  if (!isFlowEnd(entity)) return '';
  // "China accounted for 87% of Mongolia's exports": a partner's share of a country's trade
  if (SHARE_VERB_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) {
    const owner = places.find((p) => p.start >= end && p.start - end <= 12);
    const partner = places.findLast(
      (p) => p.end <= start && isFlowEnd(p.entity) && p.entity !== owner?.entity,
    );
    if (
      owner &&
      partner &&
      isFlowEnd(owner.entity) &&
      /^\s+of\s+(?:the\s+)?$/.test(sentence.slice(end, owner.start)) &&
      OWN_TRADE_AFTER.test(sentence.slice(owner.end, owner.end + 30))
    )
      return pairName(owner.entity, partner.entity, subject);
  }
  const [clauseStart, clauseEnd] = clauseOf(sentence, start, end);
  const head = sentence.slice(clauseStart, start);
  const inClause = places.filter(
    (p) =>
      p.start >= clauseStart &&
      p.end <= clauseEnd &&
      // a part of the world is an end only of the pair the headline names
      (isFlowEnd(p.entity) || (pair.includes(p.entity) && WORLD_REGIONS.includes(p.entity))),
  );
  const partners = new Set<string>();
  inClause.forEach((place, i) => {
    const previous = inClause[i - 1];
    if (
      place.partner ||
      (previous &&
        partners.has(previous.entity) &&
        LIST_JOIN.test(sentence.slice(previous.end, place.start)))
    )
      partners.add(place.entity);
  });
  const ofPair = (a: string, b: string): string =>
    pair.includes(a) && pair.includes(b) && a !== b ? pairName(a, b, subject) : '';
  if (FLOW.test(head) && partners.size > 0 && !SHARE_OF.test(head)) {
    const partner = partners.has(entity) ? entity : [...partners][0]!;
    // money sent home is the receiver's: "remittances to Kyrgyzstan fell 13%"
    const to = inClause.find((p) => p.entity === partner)!;
    if (
      /\b(?:remittances|transfers)\b/i.test(head) &&
      /\bto\s+(?:the\s+)?$/i.test(sentence.slice(0, to.start))
    )
      return partner;
    const sender = inClause.find((p) => !partners.has(p.entity) && p.end <= start)?.entity;
    if (sender)
      return sender !== partner && sender !== subject
        ? pairName(sender, partner, subject)
        : ofPair(sender, partner);
    return isFlowEnd(subject) && !partners.has(subject) ? pairName(subject, partner, subject) : '';
  }
  // the role in the figure's own clause, not in an apposition that describes a place ("Inflation
  // in Russia, Kazakhstan's main trading partner, slowed to 7.9%")
  if (FLOW_ROLE.test(sentence.slice(0, start).replace(APPOSITION, ',')) && isFlowEnd(subject)) {
    if (subject !== entity) return pairName(subject, entity, subject);
    // "Kazakhstan remained China's largest partner, with $35 billion" in a text about China: the
    // partner is the other country named before the figure
    const other = places.findLast(
      (p) => p.end <= start && !p.partner && p.entity !== subject && isFlowEnd(p.entity),
    );
    if (other) return pairName(subject, other.entity, subject);
  }
  // an investor and its host: "Chinese companies invested … in Kazakhstan"
  if (/\binvest/i.test(head)) {
    const isHost = (p: PlaceMention): boolean =>
      HOST_BEFORE.test(sentence.slice(Math.max(0, p.start - 8), p.start));
    const host = inClause.find(isHost)?.entity;
    const investor = inClause.find((p) => p.end <= start && !isHost(p))?.entity;
    if (host && investor) return ofPair(host, investor);
  }
  return '';
}

/** "China-Europe container transit", "China-Europe rail routes": what runs between a corridor's ends. */
const CORRIDOR_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:transit|traffic|freight|cargo|routes?|trains?|corridors?)\b/iu;

/**
 * The two ends of a corridor written as a hyphenated pair of places before what runs along it
 * ("China-Europe container transit via Kazakhstan"), as indices into `places`, or null.
 */
function corridorEnds(sentence: string, places: readonly PlaceMention[]): [number, number] | null {
  for (let i = 0; i + 1 < places.length; i++) {
    const [from, to] = [places[i]!, places[i + 1]!];
    if (
      sentence.slice(from.end, to.start) === '-' &&
      isMovedEnd(from.entity) &&
      isMovedEnd(to.entity) &&
      CORRIDOR_AFTER.test(sentence.slice(to.end, to.end + 40))
    )
      return [i, i + 1];
  }
  return null;
}

/**
 * The pair of a corridor's ends for a figure written after it in its sentence ("China-Europe
 * container transit via Kazakhstan passes 1 million TEU" → China-Europe), or '': a flow between
 * two places through a third is the pair of its ends (rule 5, fourth session), not the country it
 * crosses.
 *
 * @example corridorPair('China-Europe rail traffic rose 9%.', 29, findPlaces('China-Europe rail traffic rose 9%.')) // 'China-Europe'
 */
export function corridorPair(
  sentence: string,
  start: number,
  places: readonly PlaceMention[],
): string {
  const ends = corridorEnds(sentence, places);
  if (!ends) return '';
  const [from, to] = [places[ends[0]]!, places[ends[1]]!];
  // the figure's own clause, after the corridor
  if (to.end > start || /[;]/.test(sentence.slice(to.end, start))) return '';
  // "the corridor's share of China-Europe rail traffic": a part of the flow, its carrier's own
  if (/\b(?:share|proportion|part)\s+of\s+(?:the\s+)?$/i.test(sentence.slice(0, from.start)))
    return '';
  return `${from.entity}-${to.entity}`;
}

/**
 * Where the ends of the corridors a text names start ("China-Europe … transit"): places that say
 * what a flow runs between, not what the text is about.
 */
export function corridorEndStarts(text: string, places: readonly PlaceMention[]): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i + 1 < places.length; i++) {
    const ends = corridorEnds(text, places.slice(i, i + 2));
    if (ends) for (const end of ends) starts.add(places[i + end]!.start);
  }
  return starts;
}

/** Words of degree between a share's verb and its figure: "accounted for about 41%". */
const ABOUT = String.raw`(?:(?:about|some|around|nearly|almost|over|roughly|more\s+than|just\s+over|just\s+under)\s+)?`;
/** "the United States accounted for 41%": a place, then the verb that gives it its share. */
const DESTINATION_SHARE_VERB = new RegExp(
  String.raw`^\s+(?:countries\s+)?(?:accounted\s+for|accounting\s+for|accounts?\s+for|made\s+up|took)\s+${ABOUT}$`,
);
/**
 * "…, Russia for 18%", "followed by Russia with 18%", "…, the EU 19% and Russia 18%": a later place
 * of the same list of shares, whose verb the list's first place gave.
 */
const DESTINATION_SHARE_LISTED = new RegExp(
  String.raw`^\s+(?:(?:countries\s+)?(?:for|with)\s+)?${ABOUT}$`,
);
/** What opens a list of shares by destination, before its later places. */
const DESTINATION_SHARE_CUE =
  /\b(?:accounted\s+for|accounting\s+for|accounts?\s+for|export\s+markets|(?:largest|main|top)\s+markets|destinations?)\b/i;
/** The flows a share by destination is taken of. */
const SHARED_FLOW = /\b(?:exports?|imports|trade|turnover|remittances|transfers)\b/i;
/** …and those that run between two places whatever their owner (rule 5): not exports alone. */
const PAIRED_FLOW = /\b(?:imports|trade|turnover|remittances|transfers)\b/i;
/** "of Mongolia's exports": the owner of the flow is written after the figure (`flowPair`). */
const OWNER_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*['’]s\s/u;

/** A country or a part of the world that a flow goes to or comes from, not a city. */
const isDestination = (entity: string): boolean =>
  isMovedEnd(entity) && !NEIGHBOUR_CITY.has(entity);

/** Which place a share of a flow is given to, and whether that flow runs between two places. */
export interface DestinationShare {
  place: string;
  paired: boolean;
  /** Written with a verb of moving after the figure: "70% of exports went to the United States". */
  moved: boolean;
}

/**
 * The country or part of the world a figure is the share of, in a sentence that splits a flow
 * by where it goes or comes from ("the United States accounted for 41% of exports, followed by
 * Russia with 18%", "Russia accounted for 91 percent of them"), or null. Such a share is not the
 * destination's own figure: it is the flow's, whose owner the sentence does not name (rules 1, 2
 * and 5). `paired` says the flow is trade, turnover, imports, remittances or transfers, which run
 * between two places whoever owns them; `moved`, that a verb of moving names the place after the
 * figure ("70% of exports went to the United States"). A place singled out ("alone") is its own;
 * a flow whose owner is written after the figure ("of Mongolia's exports") is `flowPair`'s.
 *
 * @example destinationShare('Russia accounted for 91% of remittances.', 21, 24, findPlaces('Russia accounted for 91% of remittances.')) // { place: 'Russia', paired: true, moved: false }
 */
export function destinationShare(
  sentence: string,
  start: number,
  end: number,
  places: readonly PlaceMention[],
): DestinationShare | null {
  if (!SHARED_FLOW.test(sentence) || OWNER_AFTER.test(sentence.slice(end, end + 40))) return null;
  const paired = PAIRED_FLOW.test(sentence);
  const moved = places.find(
    (p) => p.start >= end && p.start - end <= 60 && MOVED_AFTER.test(sentence.slice(end, p.start)),
  );
  if (moved)
    return isDestination(moved.entity) ? { place: moved.entity, paired, moved: true } : null;
  const place = places.findLast((p) => p.end <= start);
  if (!place || !isDestination(place.entity)) return null;
  const between = sentence.slice(place.end, start);
  const given =
    DESTINATION_SHARE_VERB.test(between) ||
    (DESTINATION_SHARE_LISTED.test(between) &&
      DESTINATION_SHARE_CUE.test(sentence.slice(0, place.start)));
  return given ? { place: place.entity, paired, moved: false } : null;
}

/** People counted by the country they are citizens of, wherever they live or work. */
const PEOPLE_WORDS = String.raw`(?:citizens|nationals|(?:labou?r\s+)?migrants|migrant\s+workers|emigrants|expatriates)\b`;
const PEOPLE_OF = new RegExp(String.raw`\b${PEOPLE_WORDS}`, 'i');
/** "Tajik citizens", "Kyrgyz labour migrants": the people's country right before them. */
const PEOPLE_AFTER = new RegExp(String.raw`^\s+${PEOPLE_WORDS}`, 'i');
/** "citizens of Kyrgyzstan", "nationals of the country": the people's country after them. */
const PEOPLE_OF_BEFORE = new RegExp(String.raw`${PEOPLE_OF.source}\s+of\s+(?:the\s+)?$`, 'i');
const OF_THE_COUNTRY = new RegExp(String.raw`${PEOPLE_OF.source}\s+of\s+the\s+country\b`, 'i');
/** "in Russia", "to Russia": where people live or go, not whose they are. */
const WHERE_BEFORE = /\b(?:in|to|into)\s+(?:the\s+)?$/i;

/**
 * The country whose citizens or migrants a count is of, when the sentence names another country
 * only as where they live or work ("Tajik labour migrants in Russia fell to 640,000", "1.2
 * million citizens of Kyrgyzstan work abroad, including 850,000 in Russia"), or '': people are
 * their own country's, the place they are in is where the figure happens (rule 1). "Of the
 * country" is the text's `subject`.
 *
 * @example peopleAbroad('Some 90,000 Armenian citizens live in Russia.', findPlaces('Some 90,000 Armenian citizens live in Russia.'), 'Georgia') // 'Armenia'
 */
export function peopleAbroad(
  sentence: string,
  places: readonly PlaceMention[],
  subject: string,
): string {
  if (!PEOPLE_OF.test(sentence)) return '';
  const home = places.find(
    (p) =>
      PEOPLE_AFTER.test(sentence.slice(p.end, p.end + 30)) ||
      PEOPLE_OF_BEFORE.test(sentence.slice(Math.max(0, p.start - 30), p.start)),
  );
  const country = home?.entity ?? (OF_THE_COUNTRY.test(sentence) ? subject : '');
  if (!country || !isFlowEnd(country)) return '';
  const abroad = places.filter((p) => p.entity !== country);
  return abroad.length > 0 &&
    abroad.every((p) => WHERE_BEFORE.test(sentence.slice(Math.max(0, p.start - 12), p.start)))
    ? country
    : '';
}

/** "QazNet Telecom, Kazakhstan's largest fixed-line operator, …": the comma before an apposition. */
const APPOSITION_BEFORE = /[\p{L}\d)],\s+(?:one\s+of\s+)?(?:the\s+)?$/u;
/** Nouns an apposition names a kind of organisation by ("the country's largest operator"). */
export const ORGANISATION_KINDS =
  'operators?|compan(?:y|ies)|banks?|lenders?|producers?|firms?|groups?|parks?|technoparks?|hubs?|carriers?|exporters?|importers?|providers?|[a-z]*makers?|retailers?|miners?|developers?|platforms?|marketplaces?|funds?|holdings?|airlines?|insurers?|ports?|zones?|startups?|investors?|universit(?:y|ies)|manufacturers?';
/** The rest of an apposition whose head is a kind of organisation, up to its closing comma. */
const APPOSITION_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:${ORGANISATION_KINDS})\s*,`,
  'iu',
);

/**
 * The places of `sentence` that say whom its figures are about: not a place inside an apposition
 * that describes the organisation before it ("Xazar Mobile, one of Azerbaijan's largest operators,
 * ended 2025 with 4.7 million subscribers"), nor, in a text about the organisation `organisation`,
 * a place that is part of its name ("Kyrgyzstan's High Technology Park", "the High Technology
 * Park of the Kyrgyz Republic").
 *
 * @example subjectPlaces('Beta Mobile, Armenia’s largest operator, has 2 million users.', findPlaces('Beta Mobile, Armenia’s largest operator, has 2 million users.')) // []
 */
export function subjectPlaces(
  sentence: string,
  places: PlaceMention[],
  organisation = '',
): PlaceMention[] {
  if (places.length === 0) return places;
  const name = organisation ? escapeRegExp(organisation) : '';
  const ownedBefore = name ? new RegExp(`^['’]s\\s+(?:the\\s+)?${name}`) : null;
  const ownedAfter = name ? new RegExp(`${name}(?:\\s*\\([^)]*\\))?\\s+of\\s+(?:the\\s+)?$`) : null;
  return places.filter((place) => {
    const before = sentence.slice(Math.max(0, place.start - 60), place.start);
    const after = sentence.slice(place.end, place.end + 80);
    if (APPOSITION_BEFORE.test(before) && APPOSITION_AFTER.test(after)) return false;
    if (ownedBefore?.test(after) || ownedAfter?.test(before)) return false;
    // "по данным IT Park Uzbekistan", "Astana Hub деректері бойынша": the source, not the subject
    if (CYRILLIC_LETTER.test(before) && SOURCE_BEFORE.test(before)) return false;
    if (CYRILLIC_LETTER.test(after) && SOURCE_AFTER.test(after)) return false;
    if (CYRILLIC_LETTER.test(before) && INCLUDED_BEFORE.test(before)) return false;
    return true;
  });
}
