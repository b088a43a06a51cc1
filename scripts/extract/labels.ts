/**
 * Whether a metric label says what a number measures. A label made only of stop words, verbs,
 * number words, currencies and units of measurement, places, descriptive adjectives ("modest",
 * "record") and generic nouns ("figure", "amount", "same period"), or naming a person, says nothing: the extractor never writes one, and the scorer counts none as right. Pure.
 */
import { withoutPlaces } from './entities.ts';
import { isRussianVerb } from './languages/cyrillic-verbs.ts';
import { KAZAKH_GLOSSARY } from './languages/cyrillic-glossary.ts';
import { FRACTION_WORDS, SCALE_WORDS, TEN_WORDS, UNIT_WORDS } from './number-words.ts';
import { slugify } from './metrics.ts';

/** The label of a figure nothing names, and its slug: a claim kept, marked as saying nothing. */
export const UNLABELLED_LABEL = 'unlabelled figure';
export const UNLABELLED = slugify(UNLABELLED_LABEL);

const words = (list: string): string[] => list.trim().split(/\s+/);

const STOP_WORDS = new Set(
  words(`
    a an the this that these those it its their his her our your my we they he she you i me them us
    of in on at to from for with by and or but nor as than then so also too very just only even
    over under above below about around into onto out up down off per via within without between
    among through during before after since until while when where which who whom whose what how why
    there here not no yes all any each every both either neither some many much more most less least
    few fewer other another such same own one ones again still yet already ago now today currently
    ever never always whether if because although though however thus hence meanwhile respectively
    approximately nearly almost roughly some least last next previous following latter former`),
);

/** Verbs and verb forms that news uses around figures. Words ending in -ed count as verbs too. */
const VERBS = new Set(
  words(`
    is are was were be been being am has have had having do does did done will would shall should
    can could may might must reach reaches reaching rise rises rising rose risen grow grows growing grew
    grown fall falls falling fell fallen increase increases decrease decreases decline declines
    exceed exceeds exceeding total totals totalling totaling amount amounts amounting stand stands
    stood say says said tell told see seen saw make makes made take takes took taken give gives gave
    given get gets got expect expects project forecast aim estimate hit hits set put puts spend
    spends spent lend lends lent pay pays paid sell sells sold build builds built raise raises
    provide provides become became come came go goes went hold holds held keep keeps kept show
    shows showed shown represent represents add adds according compared comparing including`),
);

/** Words an -ed ending does not make a verb. */
const NOT_VERBS = new Set(words('speed seed feed need bed breed shed hundred red'));

const NUMBER_WORDS = new Set([
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TEN_WORDS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(FRACTION_WORDS),
  ...words(`mln bln bn mn trln tn thousands millions billions trillions hundreds dozen dozens twice
    thrice double triple fold percent pct per cent times`),
]);

const CURRENCIES = new Set(
  words(`tenge dollar dollars usd us$ $ euro euros eur € ruble rubles rouble roubles rub yuan cny
    renminbi som soms sum sums uzs kgs manat manats azn lari gel tugrik tugriks mnt lira liras try
    pound pounds gbp £ yen jpy franc francs won rupee rupees kzt ₸ dirham dirhams dram drams amd
    somoni tjs tmt`),
);

/** Units of measurement: like a currency, they say how a number is measured, not what. */
const MEASURES = new Set(
  words(`tonne tonnes ton tons t kg kilogram kilograms barrel barrels bbl bpd kwh mwh gwh twh kw mw
    gw mbps gbps kbps km kilometre kilometres kilometer kilometers metre metres meter meters m sq
    square cubic hectare hectares ha bcm cbm teu litre litres liter liters gb tb mb`),
);

/** Adjectives that, alone, describe a number rather than name what it measures. */
const DESCRIPTIVE = new Set(
  words(`modest strong weak high higher highest low lower lowest large larger largest small smaller
    smallest big bigger biggest significant sharp slight new overall average record total annual
    monthly daily current estimated expected projected planned additional further key main major
    full whole entire first second third fourth`),
);

/** Nouns that name no quantity of their own: "figure", "amount", "same period". */
const GENERIC = new Set(
  words(`figure figures amount amounts number numbers total sum value values level levels period
    periods count counts volume volumes indicator indicators data result results share shares rate
    rates growth multiple multiples index change changes year years month months quarter quarters
    week weeks day days time times decade decades half term date mark record kind type part parts
    thing things unit units item items case cases point points side way end start beginning
    forecast forecasts estimate estimates plan plans target targets goal goals aim aims
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec alone range nationwide country territory`),
);

/**
 * Russian and Kazakh words that name no quantity, by their stems (both languages inflect): function
 * words, currencies, scale and percent words, multiples, time words, generic nouns, titles.
 */
const CYRILLIC_JUNK_STEMS = words(`
  больше меньше көп аз человек адам против қарай показател көрсеткіш основ сәйкес салыстыр
  январ феврал март апрел мая май июн июл август сентябр октябр ноябр декабр қаңтар ақпан наурыз
  сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан кезең период уровен уровн объем объём көлем сумм размер тенге теңге тг доллар долл рубл руб евро еуро сум сом юан манат лари тыс мың млн млрд трлн
  миллион миллиард триллион процент пайыз раз есе прогноз оценк итог год лет месяц недел квартал
  полугоди жыл ай тоқсан сейчас сегодня қазір бүгін всего около более свыше почти порядка
  составил составит достиг превысил вырос выросл увеличил сократил снизил прибавил болды болған
  құрады жетті асты өсті артты глав президент мемлекет басшы министр аким премьер
  текущ прошл следующ нынешн предыдущ ранее выше ниже котор отмечен деңгей соңы
  задач лидер акционер эксперт аналитик сарапшы әкімдіг акимат наибольш наименьш самая самый
  самое аналогичн сравнени прежнему бұрын сондай республик конц жалпы
  ежегодно сезон казахстанц бюро агентств министерств ведомств валют по-прежнему статистик
  сонымен қатар соңғы жаңа кейін астам алдағы жарты власт сторон тогда когда
  биыл былтыр алғаш бөлек ежедневно`);
/** Russian and Kazakh function words, whole. */
const CYRILLIC_STOP = new Set(
  words(`и в во на за по с со к ко до от из о об при для через между а но или что как также уже
    ещё еще это этот эта этом эти его её их бұл осы ол ал және мен бен пен да де та те бойынша
    үшін сондай ақ тағы где данным рамках стране городе государства первом первой первого
    артық жоғары төмен ел елде елдің елдегі цель цели целью общего область области облыс облысы
    облысында облыста регион регионе страна қаласы қаласының қаласында қалада қалаға`),
);

/**
 * Verb forms by their endings: Russian reflexive and past ("оцениваются", "выросла"), Kazakh past,
 * participle and progressive ("баяулады", "өсіп", "жоспарлануда").
 */
const CYRILLIC_VERB =
  /(?:ся|сь|ила|ило|или|ала|ало|али|ела|ело|ели|ула|уло|ули|ыла|ыло|ыли|ды|ді|ты|ті|ған|ген|қан|кен|ып|іп|уда|уде)$/u;

/** Kazakh nouns of the glossary, whole: a possessive of one ends like a past verb ("қуаты"). */
const KAZAKH_NOUNS = new Set(
  KAZAKH_GLOSSARY.filter(([, , role]) => role === 'noun').map(([stem]) => stem),
);

/** "қуаты" (its capacity), "экспорты": a Kazakh glossary noun with a possessive ending. */
function kazakhOwnedNoun(word: string): boolean {
  const stem = /^(.+?)(?:сы|сі|ы|і)$/u.exec(word)?.[1];
  return stem !== undefined && KAZAKH_NOUNS.has(stem);
}

function isCyrillicJunk(word: string): boolean {
  if (!/[\u0400-\u04ff]/.test(word)) return false;
  // a Kazakh ending written apart after a hyphen ("1 900-ге"), or a one- or two-letter word
  if (word.length <= 2 || CYRILLIC_STOP.has(word)) return true;
  // "-ты" also ends Russian plurals ("кредиты", "студенты"): a Kazakh verb has Kazakh letters;
  // so do "-оды", "-еды", "-онды" and "-енды" ("расходы", "фонды", "дивиденды"), which no Kazakh
  // verb ends in
  const russianPlural =
    (/ты$/u.test(word) && !/[әғқңөұүһі]/u.test(word)) || /[ое]н?ды$/u.test(word);
  if (word.length > 4 && CYRILLIC_VERB.test(word) && !russianPlural && !kazakhOwnedNoun(word))
    return true;
  if (isRussianVerb(word)) return true;
  return CYRILLIC_JUNK_STEMS.some((junk) => word.startsWith(junk));
}

/** Titles before a person's name, and the endings of Central Asian and Slavic surnames. */
const PERSON_TITLES = new Set(
  words(`president minister ministers vice deputy prime chairman chairwoman chair ceo director
    mr mrs ms dr akim governor mayor spokesman spokeswoman spokesperson ambassador senator king
    queen prince sheikh emir premier secretary`),
);
const SURNAME = /(?:ov|ev|ova|eva|uly|kyzy|enko|shvili|dze)$/;
/** Common words that end like surnames. */
const NOT_SURNAMES = new Set(words('improv dev rev prev lev ukrainian'));

const LETTERS = /[\p{L}\p{N}$€£₸]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * The words of `text`, lower-cased. An `exec` loop rather than `matchAll`, which copies the
 * pattern on every call: labels are judged 58,000 times in 4 MB of news, and the copies took
 * half of that time.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  LETTERS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = LETTERS.exec(text))) words.push(match[0].toLowerCase());
  return words;
}

function isVerbForm(word: string): boolean {
  if (VERBS.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !NOT_VERBS.has(word);
}

function isPerson(word: string): boolean {
  return (
    PERSON_TITLES.has(word) || (word.length > 4 && SURNAME.test(word) && !NOT_SURNAMES.has(word))
  );
}

/**
 * The words of `label` that say what is measured: lower-cased, without stop words, verbs, number
 * words, currencies, places and generic nouns. Empty for a junk label.
 *
 * @example contentWords('Uzbekistan IT exports') // ['it', 'exports']
 * @example contentWords('same period') // []
 */
export function contentWords(label: string): string[] {
  const kept: string[] = [];
  for (const word of wordsOf(withoutPlaces(label.replace(/_/g, ' ')))) {
    if (/\d/.test(word) && !/^\d*[a-z]+\d*[a-z]*$/.test(word)) continue; // "2025", but keep "5g"
    // "January-August", "year-on-year": a compound of words that name nothing names nothing
    if (word.includes('-') && word.split('-').every((part) => part === '' || isJunkWord(part)))
      continue;
    if (isJunkWord(word)) continue;
    kept.push(word);
  }
  return kept;
}

/** Whether one lower-cased word says nothing of what is measured (see `contentWords`). */
function isJunkWord(word: string): boolean {
  return (
    STOP_WORDS.has(word) ||
    isVerbForm(word) ||
    NUMBER_WORDS.has(word) ||
    CURRENCIES.has(word) ||
    MEASURES.has(word) ||
    DESCRIPTIVE.has(word) ||
    GENERIC.has(word) ||
    isCyrillicJunk(word)
  );
}

/**
 * Whether a metric label is junk: it names a person, or nothing is left once stop words, verbs,
 * number words, currencies, places and generic nouns are taken out.
 *
 * @example isJunkLabel('tenge') // true
 * @example isJunkLabel('president kassym jomart tokayev') // true
 * @example isJunkLabel('housing commissioned') // false
 */
export function isJunkLabel(label: string): boolean {
  if (label === '') return true; // no words, so none that says what is measured
  if (wordsOf(label.replace(/_/g, ' ')).some(isPerson)) return true;
  return contentWords(label).length === 0;
}

/**
 * A crude English stemmer, enough to compare labels: "companies" → "compani", "exports" → "export",
 * "trained" → "train", "spending" → "spend".
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * Nouns that name a body or a document that acts, decides or publishes ("the government
 * allocated", "the board recommended", "under the memorandum"), never what a figure measures.
 */
const ACTOR_NOUNS = new Set(
  words(`government governments cabinet ministry ministries authorities authority state board
    parliament akimat administration agency bureau council committee regulator
    park platform programme program strategy memorandum decree law draft document report survey
    outlook poll statement release firm company group`),
);

/** Words of time that, beside a name, add nothing to it ("Last year ADB"). */
const TIME_WORDS = new Set(
  words(`year years month months quarter quarters week weeks day days decade decades`),
);

/**
 * Whether a label names who acts or whom a figure is about rather than what it measures: each of
 * its words but stop, number and time words is a body's noun ("Government", "the board"), or a
 * word `writtenAsName` says the text writes as a name ("Samsung", "ADB"). A name beside any other
 * noun ("ADB growth forecast", "Kaspi revenue") measures that noun.
 *
 * @example namesWhom('Government', () => false) // true
 * @example namesWhom('Orelight', (word) => word === 'orelight') // true
 * @example namesWhom('Orelight forecast', (word) => word === 'orelight') // false
 */
export function namesWhom(label: string, writtenAsName: (word: string) => boolean): boolean {
  let names = 0;
  for (const word of wordsOf(withoutPlaces(label.replace(/_/g, ' ')))) {
    if (STOP_WORDS.has(word) || NUMBER_WORDS.has(word) || TIME_WORDS.has(word)) continue;
    if (!ACTOR_NOUNS.has(word) && (word.includes('-') || !writtenAsName(word))) return false;
    names += 1;
  }
  return names > 0;
}
