/**
 * Investment between two countries, in Russian and Kazakh sentences, is about the pair
 * investor-host ("Germany-Kazakhstan"), as bilateral trade is about its two countries. Pure.
 *
 * A sentence with a word of investing (`INVESTING`) and a figure about one country names the pair:
 * the host is the country written as where the money goes ("в экономику Казахстана", "в
 * Казахстан"), else the document's subject; the investor is the figure's own country when that is
 * not the host, else another country the sentence names.
 */
import { adjectivePlaces } from './context.ts';
import { findPlaces, pairName, type PlaceMention } from './entities.ts';
import { RELATIVE_CLAUSES } from './languages/clauses.ts';
import { SAYS_AFTER } from './languages/saying-verbs.ts';
import { CYRILLIC_BENCHMARKS } from './languages/commodities.ts';
import {
  BETWEEN_AFTER,
  BETWEEN_BEFORE,
  COUNTRIES,
  CYRILLIC_FORECASTERS,
  ENDS_JOINER,
  HOST_BEFORE,
  LENDER_OWN_NOUN,
  LENDER_OWN_VERB,
  NEIGHBOUR,
  PRONOUN,
  IN_BEFORE,
  IN_ENDING,
  INVESTING,
  JOINT_WORDS,
  KAZAKHSTAN_LOCAL,
  NATION_WORDS,
  PAIR_REFERENCE,
  REGION_ANAPHOR,
  TRADE_WORDS,
  WITH_ENDING,
} from './languages/cyrillic-places.ts';

const INVESTING_PATTERN = new RegExp(INVESTING, 'iu');
const HOST_PATTERN = new RegExp(HOST_BEFORE, 'iu');
/** A word of investment right after an adjective of origin: "российских инвестиций". */
const INVESTMENT_AFTER = /^\s+(?:инвестиц|вложени|капитал)\p{L}*/iu;
const INVESTMENT_WORD = /инвестиц|вложени|капитал/iu;

/**
 * @example
 * investmentPair('Нидерланды инвестировали $2 млрд.', places, 'Netherlands', 'Kazakhstan')
 * // 'Netherlands-Kazakhstan'
 */
export function investmentPair(
  sentence: string,
  places: readonly PlaceMention[],
  entity: string,
  subject: string,
): string {
  if (!COUNTRIES.has(entity)) return entity;
  // "китайских инвестиций в экономику Казахстана": an investor named by its adjective
  // (the cheap test first: most sentences have no word of investment)
  const byAdjective = INVESTMENT_WORD.test(sentence)
    ? adjectivePlaces(sentence, '').filter(
        (p) => COUNTRIES.has(p.entity) && INVESTMENT_AFTER.test(sentence.slice(p.end, p.end + 16)),
      )
    : [];
  if (byAdjective.length === 0 && !INVESTING_PATTERN.test(sentence)) return entity;
  const host =
    places.find(
      (p) =>
        COUNTRIES.has(p.entity) &&
        HOST_PATTERN.test(sentence.slice(Math.max(0, p.start - 24), p.start)),
    )?.entity ?? (COUNTRIES.has(subject) ? subject : '');
  if (!host) return entity;
  const investor =
    entity !== host
      ? entity
      : (places.find((p) => COUNTRIES.has(p.entity) && p.entity !== host)?.entity ??
        byAdjective.find((p) => p.entity !== host)?.entity);
  return investor && investor !== host ? `${investor}-${host}` : entity;
}

const REGION_ANAPHOR_PATTERN = new RegExp(`(?<![\\p{L}])(?:${REGION_ANAPHOR})(?![\\p{L}])`, 'iu');
/** A comparative right before the whole country: "выше средней", "чем", "против". */
const COMPARED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:выше|ниже|больше|меньше|чем|против|сравнению\s+с|жоғары|төмен)` +
    String.raw`(?![\p{L}])[^,;]*$`,
  'iu',
);
const NATION_PATTERN = new RegExp(`(?<![\\p{L}])(?:${NATION_WORDS})(?![\\p{L}])`, 'iu');

/**
 * The entity a Russian or Kazakh sentence that names no place points at: "в регионе" is the region
 * the text named last (`lastRegion`), "по республике" the whole country when the document is about
 * one of Kazakhstan's regions or cities, "в целом по рынку" the country (`home`) of the
 * organisation a document is about, "экономика республики" the other country whose figure the
 * paragraph gave last (`lastCountry`); '' when the sentence says none of these.
 *
 * @example
 * pointedEntity('Цены в регионе выросли на 9%.', 'Karaganda Region', 'Kazakhstan')
 * // 'Karaganda Region'
 * @example pointedEntity('По республике ввод вырос на 7%.', '', 'Karaganda Region') // 'Kazakhstan'
 */
export function pointedEntity(
  sentence: string,
  lastRegion: string,
  subject: string,
  lastCountry = '',
  home = '',
): string {
  // the country around a region or city of Kazakhstan, else the organisation's own country; not
  // the base a figure is compared with ("в 1,8 раза выше средней по стране")
  const nation = NATION_PATTERN.exec(sentence);
  if (nation && !COMPARED_BEFORE.test(sentence.slice(Math.max(0, nation.index - 30), nation.index)))
    return KAZAKHSTAN_LOCAL.has(subject) || KAZAKHSTAN_LOCAL.has(home)
      ? 'Kazakhstan'
      : COUNTRIES.has(home)
        ? home
        : '';
  if (lastRegion && REGION_ANAPHOR_PATTERN.test(sentence)) return lastRegion;
  if (lastCountry && COUNTRY_ANAPHOR.test(sentence)) return lastCountry;
  return '';
}

/** `entity` when it is a country other than the document's subject; '' otherwise. */
export const otherCountry = (entity: string, subject: string): string =>
  COUNTRIES.has(entity) && entity !== subject ? entity : '';

/** "экономика республики", "ВВП страны": the country its paragraph gave a figure of last. */
const COUNTRY_ANAPHOR = new RegExp(
  '(?<![\\p{L}])(?:экономик\\p{L}*|ВВП|бюджет\\p{L}*|инфляци\\p{L}*)\\s+' +
    '(?:республики|страны)(?![\\p{L}])',
  'iu',
);

/** "из них", "в том числе", Kazakh "оның ішінде": the parts of the whole named before. */
const BREAKDOWN =
  /(?<![\p{L}])(?:из\s+них|из\s+которых|в\s+том\s+числе|оның\s+ішінде)(?![\p{L}])/iu;

/**
 * `places` without those a breakdown after the figure ending at `atEnd` names: "Переводы в
 * Кыргызстан составили 612 млн долларов, из них из России – 498 млн": Russia is a part's source,
 * not the whole's (Entity rules 1 and 5); `places` itself when no breakdown follows the figure.
 *
 * @example beforeBreakdown('Итого 9 млрд, из них из Китая 2 млрд.', 12, findPlaces('Итого 9 млрд, из них из Китая 2 млрд.')) // []
 */
export function beforeBreakdown(
  sentence: string,
  atEnd: number,
  places: PlaceMention[],
): PlaceMention[] {
  const breakdown = BREAKDOWN.exec(sentence.slice(atEnd));
  if (!breakdown) return places;
  const cut = atEnd + breakdown.index;
  return places.filter((p) => p.start < cut);
}

/**
 * `places` without those of a later clause that has a figure of its own: "по стране – 532 тысячи
 * тенге, в Астане – 618 тысяч": Astana is the next figure's (Entity rule 1); `places` itself when
 * no clause after the figure at `atEnd` names a place.
 *
 * @example ownClauses('В Казани 5%, в Уфе 7%.', 9, findPlaces('В Казани 5%, в Уфе 7%.')).length // 1
 */
export function ownClauses(
  sentence: string,
  atEnd: number,
  places: PlaceMention[],
): PlaceMention[] {
  const next = /[,;]/.exec(sentence.slice(atEnd));
  if (!next) return places;
  const cut = atEnd + next.index;
  if (!places.some((p) => p.start > cut)) return places;
  return places.filter((p) => {
    if (p.start < cut) return true;
    const clauseStart = Math.max(
      sentence.lastIndexOf(',', p.start),
      sentence.lastIndexOf(';', p.start),
    );
    const after = /[,;]/.exec(sentence.slice(p.end));
    const clause = sentence.slice(clauseStart + 1, after ? p.end + after.index : sentence.length);
    return !/\d/.test(clause);
  });
}

/** Whether `entity` is one of Kazakhstan's regions or cities that a later "в регионе" may mean. */
export function isLocalPlace(entity: string): boolean {
  return KAZAKHSTAN_LOCAL.has(entity);
}

const TRADE_PATTERN = new RegExp(`(?<![\\p{L}])(?:${TRADE_WORDS})`, 'iu');
const PAIR_REFERENCE_PATTERN = new RegExp(`(?<![\\p{L}])(?:${PAIR_REFERENCE})`, 'iu');
const WITH_PATTERN = new RegExp(WITH_ENDING, 'u');
/**
 * A partner written by a preposition or a word after it where its own name does not decline (an
 * abbreviation): «со странами ЕАЭС», «с ЕС», «ЕАЭО елдерімен».
 */
const BLOC_WITH_BEFORE = /(?<![\p{L}])(?:с|со)\s+(?:(?:странами|государствами)\s+)?$/iu;
const BLOC_WITH_AFTER = /^\s+(?:елдерімен|мемлекеттерімен)(?![\p{L}])/iu;
const JOINT_PATTERN = new RegExp(`(?<![\\p{L}])(?:${JOINT_WORDS})(?![\\p{L}])`, 'iu');

/**
 * Whether a Russian or Kazakh sentence speaks of a flow (trade, supplies, transfers, freight) or
 * points back at a pair: in a text about a pair's trade, only such a sentence's figures are the
 * pair's, and so are what the two run together; a country's GDP, inflation or wages in it are the
 * country's (rules 5 and 6).
 *
 * @example namesAFlow('Экспорт вырос на 9%.') // true
 * @example namesAFlow('Инфляция составила 7%.') // false
 */
export function namesAFlow(sentence: string): boolean {
  return (
    TRADE_PATTERN.test(sentence) ||
    PAIR_REFERENCE_PATTERN.test(sentence) ||
    JOINT_PATTERN.test(sentence)
  );
}

/**
 * The two countries whose trade a Russian or Kazakh figure measures, as one pair entity; '' when
 * the figure is not about trade between two countries.
 *
 * - Two countries in the figure's clause (or, when its clause names none, in its sentence) with a
 *   word of trade: "товарооборот Казахстана и Узбекистана", "Қазақстанның Өзбекстанға экспорты".
 * - One country written as a partner ("торговля с Кыргызстаном", "Қырғызстанмен тауар айналымы",
 *   "экспорт в Китай"): that country and the sentence's other country, else the document's subject.
 * - No country, but words that point back at a pair ("двух стран", "екі ел арасындағы",
 *   "взаимный товарооборот"): the pair the text measured last.
 *
 * @example
 * cyrillicTradePair('Товарооборот с Китаем вырос до $5 млрд.', 29, 35, places, 'Kazakhstan', '')
 * // 'Kazakhstan-China'
 */
export function cyrillicTradePair(
  sentence: string,
  at: number,
  atEnd: number,
  places: readonly PlaceMention[],
  subject: string,
  lastPair: string,
  previous = '',
): string {
  // "Қытай мен Еуропа арасындағы транзит", "между Китаем и Европой": the two ends of the flow,
  // whichever country it passes through (rule 5, fourth session)
  const between = endsBetween(sentence, places);
  if (between) return pairName(between[0], between[1], subject);
  // a bloc or region as a whole is one end of a flow too ("из России в страны Центральной Азии")
  const countries = places.filter((p) => COUNTRIES.has(p.entity) || p.entity === 'Central Asia');
  // no country named: words that point back at the pair the text measured last
  if (countries.length === 0)
    return lastPair && PAIR_REFERENCE_PATTERN.test(sentence) ? lastPair : '';
  if (!TRADE_PATTERN.test(sentence))
    return TRADE_PATTERN.test(previous)
      ? shareOfFlowBefore(sentence, at, atEnd, countries, subject)
      : '';
  const [clauseStart, clauseEnd] = clauseOf(sentence, at, atEnd);
  const inClause = countries.filter((p) => p.start >= clauseStart && p.end <= clauseEnd);
  // a clause that names no country reads those before it, not a share's source further on
  // ("переводы достигли 16,8 млрд, из них 72% поступило из России")
  const scope = inClause.length > 0 ? inClause : countries.filter((p) => p.end <= clauseStart);
  if (scope.length === 0) return '';
  // "…, из них 72% поступило из России": the flow may be named before the figure's clause
  const text = inClause.length > 0 ? sentence.slice(0, clauseEnd) : sentence;
  if (!TRADE_PATTERN.test(text)) return '';
  // "США (27%), страны ЕС (19%) и Россия (15%)": places that each carry their own figure are a
  // list of partners, not the two ends of one flow
  const listed = scope.filter((p) => OWN_FIGURE_AFTER.test(sentence.slice(p.end, p.end + 16)));
  const distinct = [...new Set(scope.map((p) => p.entity))];
  if (distinct.length === 2 && new Set(listed.map((p) => p.entity)).size === 2) return '';
  // a flow has two ends: three countries or more are a list ("США, Великобритания и Россия: на
  // них приходится более половины экспорта"), whose total is the subject's, not a pair's
  if (distinct.length > 2) return '';
  if (distinct.length === 2) return pairName(distinct[0]!, distinct[1]!, subject);
  // "Россия сместилась на второе место: товарооборот с ней …": the country a pronoun stands for
  const partner =
    scope.find(
      (p) =>
        p.partner ||
        WITH_PATTERN.test(sentence.slice(p.start, p.end)) ||
        BLOC_WITH_BEFORE.test(sentence.slice(Math.max(0, p.start - 20), p.start)) ||
        BLOC_WITH_AFTER.test(sentence.slice(p.end, p.end + 16)),
    ) ?? (distinct.length === 1 && WITH_PRONOUN.test(text) ? scope[0] : undefined);
  // "поставки в соседнюю республику": the one country named trades with its neighbour, the
  // other end of the pair the text measured last, else the subject
  if (!partner && distinct.length === 1 && NEIGHBOUR_PATTERN.test(sentence)) {
    const one = distinct[0]!;
    if (lastPair.split('-').includes(one)) return lastPair;
    return COUNTRIES.has(subject) && subject !== one ? pairName(subject, one, subject) : '';
  }
  // "…, из них на страны ЕАЭС пришлось 2,4 млрд": a share of a country's trade or transfers that
  // falls on another is the pair's; the whole is the other country the sentence names, or the
  // subject its "республики" points back at
  if (!partner && distinct.length === 1 && SHARE_VERB.test(text)) {
    const taker = scope.find((p) => SHARE_TAKER_BEFORE.test(sentence.slice(0, p.start)));
    const whole =
      countries.find((p) => p.entity !== taker?.entity)?.entity ??
      (WHOLE_ANAPHOR.test(sentence) && COUNTRIES.has(subject) ? subject : '');
    if (taker && whole && whole !== taker.entity) return pairName(whole, taker.entity, subject);
  }
  if (!partner) return '';
  // "Российский экспорт в Казахстан": a sender named by its adjective before the word of trade
  const sender = adjectivePlaces(text, '').find(
    (p) => p.entity !== partner.entity && TRADE_AFTER.test(text.slice(p.end, p.end + 24)),
  )?.entity;
  if (sender && COUNTRIES.has(sender)) return pairName(sender, partner.entity, subject);
  // "Товарооборот Узбекистана с Казахстаном": the country before the partner in its clause;
  // "Товарооборот с Казахстаном …, после Китая": the subject, not a country named further on
  const other =
    scope.find((p) => p.entity !== partner.entity && p.start < partner.start)?.entity ??
    ((COUNTRIES.has(subject) && subject !== partner.entity ? subject : '') ||
      countries.find((p) => p.entity !== partner.entity)?.entity);
  return other ? pairName(other, partner.entity, subject) : '';
}

const ENDS_JOINER_PATTERN = new RegExp(ENDS_JOINER, 'iu');
const BETWEEN_AFTER_PATTERN = new RegExp(BETWEEN_AFTER, 'iu');
const BETWEEN_BEFORE_PATTERN = new RegExp(BETWEEN_BEFORE, 'iu');
/** Parts of the world a flow can run to or from as a whole. */
const WORLD_PART_ENDS: ReadonlySet<string> = new Set(['Central Asia', 'Asia']);

/**
 * Two places a sentence joins as the ends of one flow ("Қытай мен Еуропа арасындағы",
 * "Қытай–Еуропа бағытындағы", "между Китаем и Европой"), countries or parts of the world; null
 * when it joins none so.
 */
function endsBetween(sentence: string, places: readonly PlaceMention[]): [string, string] | null {
  const ends = places.filter((p) => COUNTRIES.has(p.entity) || WORLD_PART_ENDS.has(p.entity));
  for (let i = 0; i + 1 < ends.length; i++) {
    const [first, second] = [ends[i]!, ends[i + 1]!];
    if (first.entity === second.entity || first.end > second.start) continue;
    if (!ENDS_JOINER_PATTERN.test(sentence.slice(first.end, second.start))) continue;
    if (
      BETWEEN_AFTER_PATTERN.test(sentence.slice(second.end)) ||
      BETWEEN_BEFORE_PATTERN.test(sentence.slice(0, first.start))
    )
      return [first.entity, second.entity];
  }
  return null;
}

/** Blocs and parts of the world in `COUNTRIES`: ends of a flow, but no country of "двух стран". */
const BLOCS: ReadonlySet<string> = new Set(['Europe', 'European Union', 'EAEU']);
/**
 * Whether a pair's ends are both countries: the pairs "двух стран", "екі ел" can point back at,
 * unlike a route's or a bloc's ("China-Europe").
 */
export const isCountryPair = (pair: string): boolean =>
  pair.split('-').every((end) => !BLOCS.has(end));

/** "США (27%)": a figure in brackets right after the place it belongs to. */
const OWN_FIGURE_AFTER = /^\s*\(\s*[\d\s,.]+\s*%/u;

/** "на долю России", "на Россию": the place a sentence of shares opens on. */
const SHARE_OPENING_BEFORE = /(?<![\p{L}])на\s+(?:долю\s+)?(?:стран\p{L}*\s+)?$/iu;

/**
 * A partner's share of the subject's trade, in a sentence that names no trade because the one
 * before it did ("Товарооборот вырос до $9 млрд. На Россию пришлось 20%, на Китай — 15%"): the
 * pair of the subject and the one country of the figure's clause, in a sentence that opens on the
 * place a share falls on (its later clauses leave out "на": "на долю России — 20%, Китая — 15%");
 * '' otherwise.
 */
function shareOfFlowBefore(
  sentence: string,
  at: number,
  atEnd: number,
  countries: readonly PlaceMention[],
  subject: string,
): string {
  const first = countries[0];
  if (!first || !COUNTRIES.has(subject) || !SHARE_VERB.test(sentence)) return '';
  if (!SHARE_OPENING_BEFORE.test(sentence.slice(0, first.start))) return '';
  // "17,4% (9,5 млрд долларов)": a decimal comma ends no clause (same length, same offsets)
  const [clauseStart, clauseEnd] = clauseOf(sentence.replace(/(\d),(\d)/gu, '$1.$2'), at, atEnd);
  const taker = [
    ...new Set(
      countries.filter((p) => p.start >= clauseStart && p.end <= clauseEnd).map((p) => p.entity),
    ),
  ];
  return taker.length === 1 && taker[0] !== subject ? pairName(subject, taker[0]!, subject) : '';
}

/**
 * Words that make the countries of a trade sentence the subject's partners, markets or buyers
 * ("Главным покупателем остается Узбекистан", "Иран закупил 1,6 млн тонн").
 */
const PARTNER_PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(?:партн[её]р\p{L}*|рын(?:ок|ка|ки|ков|` +
    String.raw`ками|кам)\s+сбыта|серіктес\p{L}*|покупател\p{L}*|закупил\p{L}*|сатып\s+алушы\p{L}*)`,
  'iu',
);
/** "Доля Узбекистана …", "доля ЕС – 28,7%": the share-holder is the name right after. */
const SHARE_BEFORE = /(?<![\p{L}])(?:дол(?:я|и|ю|ей|е)|үлес\p{L}*)\s+$/iu;

/**
 * A country's share of, or place among, the subject's trade partners and markets: the pair
 * subject-country ("Крупнейшим торговым партнером остается Китай: товарооборот … 4,6 млрд",
 * "рынками сбыта стали США (24%)", "Доля Узбекистана – 3,5%, однако поставки …"); `entity`
 * unchanged when the sentence is not about the subject's trade or `entity` is the subject.
 *
 * @example
 * partnerPair('Доля Китая в экспорте составила 20%.', 40, places, 'China', 'Kazakhstan')
 * // 'Kazakhstan-China'
 */
export function partnerPair(
  sentence: string,
  at: number,
  places: readonly PlaceMention[],
  entity: string,
  subject: string,
): string {
  const partners = PARTNER_PATTERN.test(sentence);
  if (!COUNTRIES.has(subject) || !(partners || TRADE_PATTERN.test(sentence))) return entity;
  const [clauseStart] = clauseOf(sentence, at, at);
  // "США, Великобритания и Россия: на них приходится более половины экспорта": a share that falls
  // on several places at once is the subject's, not one partner's
  // (places the sentence names: "на их долю" alone points back at the sentence before)
  if (places.some((p) => p.end <= at) && PLURAL_SHARE.test(sentence.slice(clauseStart, at)))
    return subject;
  const holder = places.find(
    (p) => p.end <= at && p.start >= clauseStart && SHARE_BEFORE.test(sentence.slice(0, p.start)),
  )?.entity;
  // "направлениями экспорта остаются США (27%)": a destination's own figure in brackets is its
  // share of the subject's flow; a park's residents' flow stays the park's (rule 5, fourth session)
  const bracketed = RESIDENTS.test(sentence)
    ? undefined
    : places.find((p) => p.end <= at && BRACKET_BETWEEN.test(sentence.slice(p.end, at)))?.entity;
  const partner = holder ?? bracketed ?? (partners ? entity : '');
  if (!partner || partner === subject || !COUNTRIES.has(partner)) return entity;
  return pairName(subject, partner, subject);
}

/** A market a flow goes to: "рынки сбыта", "крупнейшим рынком", Kazakh "нарықтары". */
const MARKET_WORD = /(?<![\p{L}])(?:рын(?:ок|к)\p{L}*|нарығ\p{L}*|нарық\p{L}*)/iu;

/**
 * Whether a percentage at `at` is a market's share of a park's residents' exports: the sentence
 * names markets and a place before the figure, and the residents are the sentence's, the one
 * before's ("Экспорт резидентов вырос … Основные рынки: США (27%)") or the text's own park
 * (`subjectIsHost`). Such a share is the park's, not the market's (rule 5, fourth session).
 *
 * @example
 * residentsMarketShare('Рынки: США (30%).', 13, places, 'Экспорт резидентов вырос.', false) // true
 */
export function residentsMarketShare(
  sentence: string,
  at: number,
  places: readonly PlaceMention[],
  previous: string,
  subjectIsHost: boolean,
): boolean {
  if (!MARKET_WORD.test(sentence) || !places.some((p) => p.end <= at)) return false;
  return subjectIsHost || RESIDENTS.test(sentence) || RESIDENTS.test(previous);
}

/** Only an opening bracket between a place and its figure: "США (27%)". */
const BRACKET_BETWEEN = /^\s*\(\s*$/u;
/** "экспорт резидентов", Kazakh "резиденттерінің": a park's members, whose flow is the park's. */
const RESIDENTS = /(?<![\p{L}])резидент\p{L}*/iu;

/** "на них", "на их долю", Kazakh "олардың үлесі": a share held by the places named before. */
const PLURAL_SHARE =
  /(?<![\p{L}])(?:на\s+них|на\s+их\s+долю|их\s+дол[яиюе]|олардың\s+үлес\p{L}*)(?![\p{L}])/iu;
/** "в соседнюю страну", "соседней республике", Kazakh "көрші елге": a country's neighbour. */
const NEIGHBOUR_PATTERN = new RegExp(`(?<![\\p{L}])(?:${NEIGHBOUR})`, 'iu');
/** "на Россию", "на страны ЕАЭС": the place a share falls on, before "пришлось"/"приходится". */
const SHARE_TAKER_BEFORE = /(?<![\p{L}])на\s+(?:стран\p{L}*\s+)?$/iu;
const SHARE_VERB = /(?<![\p{L}])(?:пришл|приход)\p{L}*/iu;
/** "внешней торговли республики": the whole belongs to the country the text is about. */
const WHOLE_ANAPHOR = /(?<![\p{L}])(?:республики|страны)(?![\p{L}])/iu;
/** "с ней", "с ним", Kazakh "онымен": trade with the country named before. */
const WITH_PRONOUN = /(?<![\p{L}])(?:с\s+(?:ней|ним)|онымен)(?![\p{L}])/iu;
/** A word of trade right after an adjective of origin: "Российский экспорт". */
const TRADE_AFTER = new RegExp(`^\\s+(?:${TRADE_WORDS})`, 'iu');

/** [start, end) of the clause around [at, atEnd): commas, semicolons and colons end it. */
function clauseOf(sentence: string, at: number, atEnd: number): [number, number] {
  const before = sentence.slice(0, at);
  const start =
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const after = /[,;:]/.exec(sentence.slice(atEnd));
  return [start, after ? atEnd + after.index : sentence.length];
}

const IN_BEFORE_PATTERN = new RegExp(IN_BEFORE, 'iu');
const IN_ENDING_PATTERN = new RegExp(IN_ENDING, 'u');

/**
 * A figure about an organisation, the text's subject or one its sentence names, whose sentence
 * names other places only as where it operates ("пользователей в Казахстане", "хабы Astana Hub в
 * Караганде и Павлодаре", "Қазақстандағы клиенттері"), is the organisation's; `entity` otherwise.
 *
 * @example
 * organisationWhere('Клиентов в Казахстане — 14 млн.', places, 'Kazakhstan', 'Kaspi.kz', isOrg)
 * // 'Kaspi.kz'
 */
export function organisationWhere(
  sentence: string,
  places: readonly PlaceMention[],
  entity: string,
  subject: string,
  isOrganisation: (entity: string) => boolean,
): string {
  if (isOrganisation(entity) || !places.some((p) => p.entity === entity)) return entity;
  const organisation = isOrganisation(subject)
    ? subject
    : places.find((p) => isOrganisation(p.entity))?.entity;
  if (!organisation) return entity;
  const others = places.filter((p) => !isOrganisation(p.entity) && p.entity !== 'World');
  const onlyWhere = others.every((p) => {
    const name = sentence.slice(p.start, p.end);
    const before = sentence.slice(Math.max(0, p.start - 6), p.start);
    return /[әғқңөұүһі]/iu.test(name)
      ? IN_ENDING_PATTERN.test(name)
      : IN_BEFORE_PATTERN.test(before) && IN_ENDING_PATTERN.test(name);
  });
  return others.length > 0 && onlyWhere ? organisation : entity;
}

/** A rate of exchange: "курс", "бағамы". */
const RATE_WORD = /(?<![\p{L}])(?:курс\p{L}*|бағам\p{L}*)(?![\p{L}])/iu;
/**
 * A price per barrel or per ounce is the world's: "$61–66 за баррель", "баррелі үшін 60 доллар",
 * "$3 900 за унцию", "унциясы үшін".
 */
const PER_TRADED_UNIT_AFTER = /^[\s\d,.–-]{0,8}(?:за|per)\s+(?:баррель|унци\p{L}*)/iu;
const PER_TRADED_UNIT_BEFORE = /(?:баррел|унция)\p{L}*\s+үшін\s*$/iu;
/**
 * A world benchmark as what the sentence measures, before the figure (rule 4): "Brent подешевела
 * на 14%", "WTI торгуется по $54". Not one the figure is compared with ("дисконт к Brent"), nor
 * the price a forecast of other figures assumes ("при цене Brent").
 */
const BENCHMARK = new RegExp(`(?<![\\p{L}])(?:${CYRILLIC_BENCHMARKS})(?![\\p{L}])`, 'gu');
const NOT_MEASURED_BEFORE =
  /(?<![\p{L}])(?:к|против|чем|при|от|с)\s+(?:(?:цен\p{L}*|нефт\p{L}*|марки)\s+){0,3}$/iu;
/**
 * A market's price, not a seller's ("спотовая цена урана", "биржевые цены на медь", Kazakh "спот
 * бағасы"): the world's (rule 4), where a company's own realised price or cost per pound is its own.
 */
const SPOT_PRICE = /(?<![\p{L}])(?:спотов\p{L}*\s+цен|биржев\p{L}*\s+цен|спот\s+баға)\p{L}*/iu;
/** A country's own oil, by the country's adjective: "казахстанской нефти", "российская нефть". */
const OIL_AFTER = /^\s+(?:нефт\p{L}*|мұнай\p{L}*)/iu;

/**
 * The world, when the sentence before a figure measures a world benchmark's price; '' when it
 * names none, or a rate of exchange stands between it and the figure ("при цене Brent $60 и курсе
 * 540 тенге").
 */
function benchmarkBefore(before: string): string {
  let last: RegExpExecArray | null = null;
  BENCHMARK.lastIndex = 0;
  for (let match; (match = BENCHMARK.exec(before));) last = match;
  if (!last || NOT_MEASURED_BEFORE.test(before.slice(0, last.index))) return '';
  return RATE_WORD.test(before.slice(last.index)) ? '' : 'World';
}

/**
 * Whom a Russian or Kazakh price is about, whatever the text is about: a country's own oil by its
 * adjective ("казахстанской нефти … $55 за баррель"); the World for a price per barrel or ounce or
 * a world benchmark's price and its changes (rule 4); the currency's country for a rate of exchange
 * ("Курс: 12 650 сумов" → Uzbekistan); '' for any other figure. `countryOf` maps a currency code
 * to its country.
 *
 * @example cyrillicPriceEntity('Brent стоила $62 за баррель.', 13, 16, 'USD', () => '') // 'World'
 */
export function cyrillicPriceEntity(
  sentence: string,
  at: number,
  atEnd: number,
  unit: string,
  countryOf: (unit: string) => string,
): string {
  const before = sentence.slice(0, at);
  const perUnit =
    PER_TRADED_UNIT_AFTER.test(sentence.slice(atEnd)) || PER_TRADED_UNIT_BEFORE.test(before);
  const spot =
    SPOT_PRICE.test(before) && SPOT_PRICE.test(before.slice(clauseOf(sentence, at, atEnd)[0]));
  const benchmark = perUnit || spot ? 'World' : benchmarkBefore(before);
  if (benchmark) {
    const own = adjectivePlaces(before, '').find(
      (p) => COUNTRIES.has(p.entity) && OIL_AFTER.test(before.slice(p.end, p.end + 16)),
    );
    return own?.entity ?? benchmark;
  }
  return RATE_WORD.test(before) ? countryOf(unit) : '';
}

/** A name in Latin letters inside Russian or Kazakh text: a firm's or brand's ("Hepsiburada"). */
const LATIN_NAME = String.raw`[A-Z][A-Za-z\d&]*(?:[.-][A-Za-z\d]+)*(?:\s+[A-Z][A-Za-z\d&]*){0,2}`;
/** A word for a firm before its name, in the genitive or nominative: "финтех-компании Uzum". */
const OWNER_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:компани|банк|групп|холдинг|оператор|маркетплейс|сервис|стартап|` +
    String.raw`ритейлер|компаниясы|тобы|дочк|ұйым)\p{L}*[»"]?\s+[«"]?(${LATIN_NAME})[»"]?|` +
    // an adjective of origin before it: "выручка турецкой Hepsiburada"
    String.raw`(?<![\p{L}])\p{Ll}+[сц]к(?:ий|ая|ое|ие|ой|ого|ую|ому|их)\s+[«"]?(${LATIN_NAME})[»"]?`,
  'giu',
);
/**
 * An aside set off by commas between a name and its figure: a relative clause ("Hepsiburada,
 * контрольный пакет которой принадлежит Kaspi.kz, …") or a participle's ("Hepsiburada,
 * консолидированного в отчетности группы, …").
 */
const ASIDE = new RegExp(
  RELATIVE_CLAUSES.ru!.source +
    String.raw`|,\s+[\p{L}-]*(?:нн|вш|ющ|ящ|ащ|ущ)(?:ого|ой|ый|ая|ое|ые|ых|ому|ую|ий|ей|его|ем|ие|им)` +
    String.raw`(?![\p{L}])[^,;:()]*,`,
  'giu',
);

/** `sentence` with its asides (`ASIDE`) blanked out, each by as many spaces. */
function withoutAsides(sentence: string): string {
  if (!sentence.includes(',')) return sentence;
  ASIDE.lastIndex = 0;
  return sentence.replace(ASIDE, (aside) => ' '.repeat(aside.length));
}
/**
 * A sentence that opens with a Latin name, after an adjective of origin or a word for a firm
 * ("Турецкий Hepsiburada", "Финтех-компания «Delta Pay»").
 */
const OPENING_NAME = new RegExp(
  String.raw`^\s*(?:[\p{Lu}][\p{Ll}]+[сц]к(?:ий|ая|ое|ие)\s+)?` +
    String.raw`(?:[«"]?[\p{L}-]*(?:[Кк]омпания|[Бб]анк|[Гг]руппа|[Хх]олдинг|[Оо]ператор|` +
    // a subsidiary: "Узбекская «дочка» Delta Tashkent", "Дочерняя компания Delta Poti"
    String.raw`[Сс]ервис|[Сс]тартап|[Дд]очка|[Дд]очерняя\s+компания)[»"]?\s+)?` +
    String.raw`[«"]?(${LATIN_NAME})[»"]?(?=[\s,])`,
  'u',
);
/** "AI-Sana бағдарламасы бойынша": the programme that frames a sentence, not whose figures. */
const PROGRAMME_AFTER =
  /^[»"]?\s*(?:бағдарлама|программ|платформ|жоба|проект|аясында|бойынша|жүйе|систем)/iu;

/**
 * The firm a Russian or Kazakh figure's clause is about by its name in Latin letters, which no
 * table lists: the name after a word for a firm before the figure ("раунд финтех-компании Uzum на
 * 45 млн долларов"), or the name the sentence opens with as its subject ("Турецкий Hepsiburada, …,
 * увеличил выручку на 41%"), unless it only says or forecasts it; '' when there is none, or the
 * clause names a place or organisation of its own before the figure (`places`).
 *
 * @example latinOwner('Выручка компании Delta Soft выросла на 9%.', 35, 37, []) // 'Delta Soft'
 */
export function latinOwner(
  sentence: string,
  at: number,
  atEnd: number,
  places: readonly PlaceMention[],
): string {
  if (!/[A-Z]/.test(sentence.slice(0, at))) return '';
  // an aside between the name and its figure is not the figure's clause
  const plain = withoutAsides(sentence);
  const [clauseStart] = clauseOf(plain, at, atEnd);
  if (
    places.some(
      (p) => p.start >= clauseStart && p.end <= at && !p.partner && plain[p.start] !== ' ',
    )
  )
    return '';
  const isName = (name: string, end: number): boolean =>
    /[a-z]/.test(name) &&
    // a name the tables know is read by them (a source "Astana Hub деректері бойынша" included)
    findPlaces(name).length === 0 &&
    !PROGRAMME_AFTER.test(sentence.slice(end, end + 24));
  let owner = '';
  OWNER_NAME.lastIndex = 0;
  for (let match; (match = OWNER_NAME.exec(sentence)) && match.index < at;)
    if (match.index >= clauseStart && isName(match[1] ?? match[2]!, match.index + match[0].length))
      owner = match[1] ?? match[2]!;
  if (owner) return owner;
  const opening = OPENING_NAME.exec(sentence);
  const end = opening ? opening.index + opening[0].length : 0;
  if (!opening || !isName(opening[1]!, end)) return '';
  return end <= at && !SAYS_AFTER.test(sentence.slice(end)) ? opening[1]! : '';
}

const FORECASTER_NAME = `(?:${CYRILLIC_FORECASTERS.map(([source]) => `(${source})`).join('|')})`;
/** "портфель ЕАБР": a lender's own noun, then its name. */
const LENDER_NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])${LENDER_OWN_NOUN}\\s+(?:\\p{L}+\\s+)?${FORECASTER_NAME}(?![\\p{L}])`,
  'u',
);
/** "ЕАБР одобрил", "банк одобрил": the lender, or "банк" standing for it, then its own verb. */
const LENDER_VERB_AFTER = new RegExp(
  `(?<![\\p{L}])(?:${FORECASTER_NAME}|([Бб]анк))\\s+(?:\\p{L}+\\s+){0,2}?${LENDER_OWN_VERB}`,
  'u',
);
const FORECASTER_ANYWHERE = new RegExp(`(?<![\\p{L}])${FORECASTER_NAME}(?![\\p{L}])`, 'u');

/** The lender a match of `FORECASTER_NAME`'s groups names; '' for none. */
function lenderOf(match: RegExpExecArray, offset: number): string {
  const index = match.slice(offset, offset + CYRILLIC_FORECASTERS.length).findIndex((g) => g);
  return index < 0 ? '' : CYRILLIC_FORECASTERS[index]![1];
}

/**
 * A development bank's or the IMF's own figure (rule 3: a forecaster's own lending, offices or
 * staff are its own, what it forecasts is the country's): a sentence that before the figure at
 * `at` names the lender's portfolio, loans or staff ("Текущий портфель ЕАБР составляет 16,9 млрд
 * долларов") or has it, or "банк" in a text that names one (`textLender`), approve, lend or invest
 * ("банк одобрил 42 проекта"); '' otherwise, or when the sentence names an organisation of its own.
 *
 * @example lenderOwn('Портфель ЕАБР достиг 17 млрд долларов.', 20, [], () => '') // 'Eurasian Development Bank'
 */
export function lenderOwn(
  sentence: string,
  at: number,
  places: readonly PlaceMention[],
  isOrganisation: (entity: string) => boolean,
  textLender: () => string,
): string {
  const before = sentence.slice(0, at);
  if (!/[Бб]анк|[А-ЯӘҒҚҢӨҰҮҺІ]{3}/u.test(before)) return '';
  if (places.some((p) => p.start < at && isOrganisation(p.entity))) return '';
  const noun = LENDER_NOUN_BEFORE.exec(before);
  if (noun) return lenderOf(noun, 1);
  const verb = LENDER_VERB_AFTER.exec(before);
  if (!verb) return '';
  return verb[CYRILLIC_FORECASTERS.length + 1] ? textLender() : lenderOf(verb, 1);
}

/** The first development bank or the IMF a Russian or Kazakh text names; '' for none. */
export function namedLender(text: string): string {
  const match = FORECASTER_ANYWHERE.exec(text);
  return match ? lenderOf(match, 1) : '';
}

const PRONOUN_PATTERN = new RegExp(`(?<![\\p{L}])${PRONOUN}(?![\\p{L}])`, 'iu');

/**
 * Whose a Russian or Kazakh figure is when its sentence names no place and, before the figure,
 * speaks of "его", "их", "он", "оның": the one the sentence before was about, the first place or
 * organisation it names (`previousSentence`), else the entity of its last figure
 * (`previousClaim`); '' when the sentence has no such pronoun, only says or estimates ("они
 * оценивают"), or there is no sentence before. A pronoun after a figure of its own sentence
 * (`figuresFrom`, where its first figure is) speaks of what that sentence named ("Очередь
 * составляет 512 тысяч, цель – сократить ее вдвое"), not of the sentence before's figure.
 *
 * @example pronounReferent('Его доля – 9%.', 7, 'Китай строит 30 блоков.', '') // 'China'
 */
export function pronounReferent(
  sentence: string,
  at: number,
  previousSentence: string,
  previousClaim: string,
  figuresFrom = at,
): string {
  const pronoun = PRONOUN_PATTERN.exec(sentence.slice(0, at));
  // "они оценивают …": whoever says or estimates it is a source, not the figure's owner
  if (!previousSentence || !pronoun) return '';
  if (SAYS_AFTER.test(sentence.slice(pronoun.index + pronoun[0].length))) return '';
  return (
    findPlaces(previousSentence).find((p) => !p.partner)?.entity ||
    (pronoun.index < figuresFrom ? previousClaim : '')
  );
}

/** "мировой добычи", "мировых инвестиций", Kazakh "әлемдік": the world after a share is its whole. */
const WORLD_WHOLE_AFTER = /^\s*(?:миров|общемиров|глобальн|әлемдік)\p{L}*/iu;

/**
 * Who holds a Russian or Kazakh share (Entity rule 1), when its sentence also names the whole it is
 * a share of: the place right after "доля" before the figure ("Доля Узбекистана на рынке Центральной
 * Азии – 40%"), or, for a share of the world ("обеспечила 38% мировой добычи"), the place its
 * sentence names before it; '' when neither is written.
 *
 * @example shareHolder('Доля Грузии на рынке ЕС – 3%.', 22, 24, findPlaces('Доля Грузии на рынке ЕС – 3%.')) // 'Georgia'
 */
export function shareHolder(
  sentence: string,
  at: number,
  atEnd: number,
  places: readonly PlaceMention[],
): string {
  const before = places.filter((p) => p.end <= at && !p.partner && p.entity !== 'World');
  const holder = before.find((p) => SHARE_BEFORE.test(sentence.slice(0, p.start)));
  // the whole is named in the holder's own clause: "на долю США …, на Китай — 15%" is another's
  const whole =
    holder &&
    before.some(
      (p) => p.start > holder.end && !/[,;:–—]/.test(sentence.slice(holder.end, p.start)),
    );
  if (holder && whole) return holder.entity;
  if (!WORLD_WHOLE_AFTER.test(sentence.slice(atEnd))) return '';
  return before[before.length - 1]?.entity ?? '';
}

const RESPECTIVELY = /(?<![\p{L}])(?:соответственно|тиісінше)(?![\p{L}])/iu;

/**
 * "в Таджикистане и Кыргызстане – 8,1% и 7,7% соответственно": in a Russian or Kazakh respectively
 * list, the place at the figure's position among the figures after the places (Entity rule 1); ''
 * when the sentence is no such list or the places are fewer than the figures.
 *
 * @example respectiveCyrillic('В Грузии и Армении – 5% и 6% соответственно.', 24, 26, findPlaces('В Грузии и Армении – 5% и 6% соответственно.')) // 'Armenia'
 */
export function respectiveCyrillic(
  sentence: string,
  at: number,
  atEnd: number,
  places: readonly PlaceMention[],
): string {
  // Russian says it after the figures, Kazakh often before them ("тиісінше 5% және 6%")
  if (!RESPECTIVELY.test(sentence)) return '';
  const listed = places.filter((p) => p.end <= at && !p.partner && p.entity !== 'World');
  const last = listed[listed.length - 1];
  // the places are one list ("X и Y", "X, Y и Z"), with nothing but list words between them
  const list = listed.filter(
    (p, i) =>
      i === listed.length - 1 ||
      /^\s*(?:,|и|мен|пен|бен)\s*$/iu.test(sentence.slice(p.end, listed[i + 1]!.start)),
  );
  if (!last || list.length < 2 || new Set(list.map((p) => p.entity)).size !== list.length)
    return '';
  const between = sentence.slice(last.end, at);
  if (/[.;:]/.test(between.replace(/\d[.,]\d/g, ''))) return '';
  const index = (between.match(/\d+(?:[\s\u00a0,.]\d+)*/gu) ?? []).length;
  return list[index]?.entity ?? '';
}

/** "Қазақстан аумағы арқылы", "через территорию Казахстана": a route, not whose figure it is. */
const TERRITORY_AFTER = /^\s+аумағы\s+арқылы(?![\p{L}])/iu;
const TERRITORY_BEFORE = /(?<![\p{L}])через\s+территори\p{L}*\s+$/iu;
/**
 * "Без учета Кумтора", "не считая Китая", Kazakh "Құмтөрді есептемегенде": a place the figure is
 * written without, up to four words after the word that leaves it out.
 */
const LEFT_OUT_BEFORE =
  /(?<![\p{L}])(?:без\s+уч[её]та|не\s+считая|исключая|за\s+исключением|кроме)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
const LEFT_OUT_AFTER =
  /^\p{L}*[»"]?\s+(?:[\p{L}-]+\s+){0,2}(?:есептемегенде|қоспағанда)(?![\p{L}])/iu;
const LEFT_OUT_WORD = /уч[её]та|считая|исключ|кроме|есептемеген|қоспаған/iu;

/**
 * `places` with each place written as the territory something passes through marked as a partner
 * (a route, like an origin or destination: Entity rule 1 asks whose figure it is), and without the
 * places the figure is written without
 * ("Без учета месторождения Кумтор рост составил 9,9%"); `places` itself when the sentence has
 * none.
 *
 * @example throughTerritory('Грузы идут через территорию Казахстана.', findPlaces('Грузы идут через территорию Казахстана.'))[0].partner // true
 */
export function throughTerritory(sentence: string, places: PlaceMention[]): PlaceMention[] {
  const kept = LEFT_OUT_WORD.test(sentence)
    ? places.filter(
        (p) =>
          !LEFT_OUT_BEFORE.test(sentence.slice(Math.max(0, p.start - 80), p.start)) &&
          !LEFT_OUT_AFTER.test(sentence.slice(p.start, p.end + 48)),
      )
    : places;
  if (!/аумағы|территори/iu.test(sentence)) return kept;
  return kept.map((p) =>
    TERRITORY_AFTER.test(sentence.slice(p.end)) || TERRITORY_BEFORE.test(sentence.slice(0, p.start))
      ? { ...p, partner: true }
      : p,
  );
}
