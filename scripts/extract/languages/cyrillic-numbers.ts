/**
 * How Russian and Kazakh write quantities: the word tables the number grammar (`numbers.ts`)
 * reads a Cyrillic paragraph with. Data only; the grammar's code is the same for every language.
 *
 * Russian inflects its scale and currency words by case and number ("миллиард", "миллиарда",
 * "миллиардов"); Kazakh adds case endings to whatever ends the phrase ("миллиардтан",
 * "доллардан", "1 900-ге"). Each table therefore lists stems with the endings they take, and
 * Kazakh entries take any ending of letters after a stem (`KAZAKH_ENDING`).
 */
import type { Qualifier } from '../../../src/lib/claim.ts';

/** Letters a Kazakh case or possessive ending may add after a word or a number ("-ге", "тан"). */
export const KAZAKH_ENDING = '(?:-?[\\p{L}]{0,7})';

/** Russian endings of the scale nouns: тысяча, тысячи, тысяч, тысячам…; миллион, миллиона, миллионов… */
const SCALE_ENDINGS = '(?:а|ы|и|ов|ам|ами|ах|е|у|ой|ою)?';

export interface CyrillicNumberWords {
  /** Scale words after a number, as regex sources, with their factors. */
  scales: ReadonlyArray<readonly [source: string, factor: number]>;
  /** Percent and percentage points after a number. */
  percent: string;
  /** Currency words after a number, as regex sources, with their ISO codes. */
  currencies: ReadonlyArray<readonly [source: string, code: string]>;
  /** "в 2 раза", "2 есе": what after a number makes it a multiple. */
  multipleAfter: string;
  /** What must stand before the number for `multipleAfter` to count ("в"), or '' for nothing. */
  multipleBefore: string;
  /** Words that are multiples by themselves: "вдвое" = 2. */
  multipleWords: ReadonlyArray<readonly [source: string, value: number]>;
  /**
   * Fractions written as words, which are shares in percent ("половина" = 50, "треть" = 33.33,
   * the values of the gold README), longest first.
   */
  shareWords: ReadonlyArray<readonly [source: string, percent: number]>;
  /** What after a share word makes it a part of a period or a span, not a share ("года"). */
  shareNotAfter: string;
  /** Qualifier phrases written before a number, each as its words. */
  qualifiersBefore: ReadonlyArray<readonly [phrase: string, qualifier: Qualifier]>;
  /**
   * Qualifier words written after the number and its unit (Kazakh: "1 млрд доллардан астам").
   * A `comparative` ("көп", "аз") is a bound only after a number in the case `boundCase` names
   * ("100 мыңнан көп", more than 100 thousand); after any other ("6,4 пайызға көп", 6.4% more;
   * "1,5 есе көп") it states a difference, which is exact. A `limit` ("дейін") is a ceiling
   * unless a verb of `changeVerbs` follows it ("8,5%-ға дейін баяулады", slowed to 8.5%): then
   * it is the level reached.
   */
  qualifiersAfter: ReadonlyArray<
    readonly [source: string, qualifier: Qualifier, role?: 'comparative' | 'limit']
  >;
  /** The case ending of a number that makes a `comparative` after it a bound (ablative). */
  boundCase?: string;
  /** Verbs of change after a `limit`, as the start of their stems. */
  changeVerbs?: string;
  /** Month names (any case form), for dates such as "1 сентября" or "1 қыркүйек". */
  months: string;
  /** Endings that make a number an ordinal: "3-й", "5-ші". */
  ordinalEnding: string;
  /** Nouns of time after a number that make it a duration, not a claim: "за 9 месяцев". */
  durations: string;
  /** Number words with their values; `scaleWords` are the ones that multiply ("тысяча"). */
  numberWords: ReadonlyArray<readonly [source: string, value: number]>;
  scaleWords: ReadonlyArray<readonly [source: string, factor: number]>;
  /** Words between the two ends of a range ("–", "до", "и"), and what opens one ("от", "с"). */
  rangeJoin: string;
  rangeOpen: string;
}

const RUSSIAN_MONTHS =
  'январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею]';
/** Kazakh month names take case endings too: "1 қыркүйекте". */
const KAZAKH_MONTHS = `(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)${KAZAKH_ENDING}`;

export const RUSSIAN: CyrillicNumberWords = {
  scales: [
    [`тыс\\.|тысяч${SCALE_ENDINGS}`, 1e3],
    // no dot after млн, млрд, трлн: modern style writes none, so a dot there ends the sentence
    [`млн|миллион${SCALE_ENDINGS}`, 1e6],
    [`млрд|миллиард${SCALE_ENDINGS}`, 1e9],
    [`трлн|триллион${SCALE_ENDINGS}`, 1e12],
  ],
  percent:
    '%|процент(?:а|ов|ы|ам|ами|ах)?(?![\\p{L}])|п\\.\\s?п\\.|процентн(?:ых|ого|ый|ые)\\s+пункт(?:а|ов)?',
  currencies: [
    ['тенге|тг\\.?|₸', 'KZT'],
    ['долл\\.|доллар(?:ов|а|ы|ам|ах)?(?:\\s+США)?|\\$', 'USD'],
    ['руб\\.|рубл(?:ей|я|ь|ям|ях)', 'RUB'],
    ['евро|€', 'EUR'],
    ['сум(?:ов|а|ы)?', 'UZS'],
    ['сом(?:ов|а|ы)?', 'KGS'],
    ['юан(?:ей|я|ь|и)', 'CNY'],
    ['манат(?:ов|а|ы)?', 'AZN'],
    ['лари', 'GEL'],
  ],
  multipleAfter: '\\s*раз(?:а)?(?![\\p{L}])|-?кратн(?:ый|ого|ое|ая|ом|ым|ую)?(?![\\p{L}])',
  multipleBefore: '(?:^|[^\\p{L}])в\\s+$',
  multipleWords: [
    ['вдвое', 2],
    ['втрое', 3],
    ['вчетверо', 4],
    ['впятеро', 5],
    ['удвои(?:ть|ться|л|ла|ло|ли|лся|лась|лось|лись|тся)|удвоя(?:т|тся)', 2],
    ['утрои(?:ть|ться|л|ла|ло|ли|лся|лась|лось|лись|тся)|утроя(?:т|тся)', 3],
  ],
  shareWords: [
    ['две\\s+трети|двух\\s+третей|двум\\s+третям|двумя\\s+третями', 66.67],
    ['три\\s+четверти|тр[её]х\\s+четвертей|тр[её]м\\s+четвертям', 75],
    ['половин(?:а|ы|у|е|ой)', 50],
    ['треть|трети|третью', 33.33],
    ['четверть|четверти|четвертью', 25],
  ],
  shareNotAfter:
    '(?:года|год|месяца|века|столетия|дня|недели|срока|пути|часа|XX|XXI|\\d)(?![\\p{L}])',
  qualifiersBefore: [
    ['более чем', 'more_than'],
    ['более', 'more_than'],
    ['свыше', 'more_than'],
    ['больше', 'more_than'],
    ['превысил', 'more_than'],
    ['превысила', 'more_than'],
    ['превысило', 'more_than'],
    ['превысили', 'more_than'],
    ['превышает', 'more_than'],
    ['превысит', 'more_than'],
    ['около', 'approx'],
    ['порядка', 'approx'],
    ['почти', 'approx'],
    ['примерно', 'approx'],
    ['приблизительно', 'approx'],
    ['ориентировочно', 'approx'],
    ['приблизился к', 'approaching'],
    ['приблизилась к', 'approaching'],
    ['приблизилось к', 'approaching'],
    ['приблизились к', 'approaching'],
    ['вплотную подошёл к', 'approaching'],
    ['вплотную подошел к', 'approaching'],
    ['вплотную подошла к', 'approaching'],
    ['не менее чем', 'at_least'],
    ['не менее', 'at_least'],
    ['не меньше', 'at_least'],
    ['как минимум', 'at_least'],
    ['минимум', 'at_least'],
    ['менее чем', 'less_than'],
    ['менее', 'less_than'],
    ['меньше', 'less_than'],
    ['ниже', 'less_than'],
    ['не более чем', 'up_to'],
    ['не более', 'up_to'],
    ['не больше', 'up_to'],
    ['максимум', 'up_to'],
    ['до', 'up_to'],
  ],
  qualifiersAfter: [['с лишним|с небольшим', 'more_than']],
  months: RUSSIAN_MONTHS,
  ordinalEnding: '-?(?:й|я|е|го|му|м|х|ю|ой|ый|ая|ое|ым|ом|ых|ий|ья|ье)(?![\\p{L}])',
  durations:
    '(?:месяц(?:а|ев|е)?|лет|года?|дн(?:я|ей)|дней|недел(?:и|ь|ю)|час(?:а|ов)?|минут)(?![\\p{L}])',
  numberWords: [
    ['полтор(?:а|ы)|полутора', 1.5],
    ['один|одна|одно|одного|одной|одному|одним|одном', 1],
    ['два|две|двух|двум|двумя', 2],
    ['три|трёх|трех|трём|трем|тремя', 3],
    ['четыре|четырёх|четырех|четырём|четырем', 4],
    ['пять|пяти|пятью', 5],
    ['шесть|шести', 6],
    ['семь|семи', 7],
    ['восемь|восьми', 8],
    ['девять|девяти', 9],
    ['десять|десяти', 10],
    ['двадцать|двадцати', 20],
    ['тридцать|тридцати', 30],
    ['сорок|сорока', 40],
    ['пятьдесят|пятидесяти', 50],
    ['сто|ста', 100],
    ['двести|двухсот', 200],
    ['триста|трёхсот|трехсот', 300],
    ['пятьсот|пятисот', 500],
  ],
  scaleWords: [
    [`тысяч${SCALE_ENDINGS}`, 1e3],
    [`миллион${SCALE_ENDINGS}`, 1e6],
    [`миллиард${SCALE_ENDINGS}`, 1e9],
    [`триллион${SCALE_ENDINGS}`, 1e12],
  ],
  rangeJoin: '\\s*(?:-|–|—)\\s*|\\s+(?:до|и|по)\\s+',
  rangeOpen: '(?:^|[^\\p{L}])(?:от|с|со|между)\\s+$',
};

export const KAZAKH: CyrillicNumberWords = {
  scales: [
    [`мың${KAZAKH_ENDING}`, 1e3],
    [`млн${KAZAKH_ENDING}|миллион${KAZAKH_ENDING}`, 1e6],
    [`млрд${KAZAKH_ENDING}|миллиард${KAZAKH_ENDING}`, 1e9],
    [`трлн${KAZAKH_ENDING}|триллион${KAZAKH_ENDING}`, 1e12],
  ],
  percent: `%${KAZAKH_ENDING}|пайыздық\\s+тармақ${KAZAKH_ENDING}|пайыз${KAZAKH_ENDING}|процент${KAZAKH_ENDING}`,
  currencies: [
    [`теңге${KAZAKH_ENDING}|тенге${KAZAKH_ENDING}|тг\\.?|₸${KAZAKH_ENDING}`, 'KZT'],
    [`доллар${KAZAKH_ENDING}|\\$${KAZAKH_ENDING}`, 'USD'],
    [`рубль${KAZAKH_ENDING}|рубл${KAZAKH_ENDING}`, 'RUB'],
    [`еуро${KAZAKH_ENDING}|евро${KAZAKH_ENDING}|€`, 'EUR'],
    [`сум${KAZAKH_ENDING}`, 'UZS'],
    [`сом${KAZAKH_ENDING}`, 'KGS'],
    [`юан${KAZAKH_ENDING}`, 'CNY'],
  ],
  multipleAfter: `\\s*есе${KAZAKH_ENDING}(?![\\p{L}])`,
  multipleBefore: '',
  multipleWords: [],
  shareWords: [
    [`үштен\\s+екі(?:сі|сін|сіне)?`, 66.67],
    [`үштен\\s+бір(?:і|ін|іне|інен)?`, 33.33],
    [`төрттен\\s+бір(?:і|ін|іне|інен)?`, 25],
    // "жартысы" (half of it), not "жарты жыл" (half a year)
    [`жартысы(?:н|на|нан)?`, 50],
  ],
  shareNotAfter: `(?:жыл|ай)`,
  qualifiersBefore: [
    ['шамамен', 'approx'],
    ['шамасы', 'approx'],
    ['кемінде', 'at_least'],
    ['ең кемі', 'at_least'],
  ],
  qualifiersAfter: [
    ['астам|асты|асып|асады|асқан', 'more_than'],
    ['артық|көп', 'more_than', 'comparative'],
    ['жуық|шамасында|шамалы', 'approx'],
    ['дейін', 'up_to', 'limit'],
    ['кем\\s+емес', 'at_least'],
    ['кем|аз', 'less_than', 'comparative'],
  ],
  boundCase: '(?:[дтн][ае]н)',
  changeVerbs:
    'өс|арт|жет|баяула|төменде|азай|қысқар|ұлғай|көбей|көтер|түс|кеміт|жеткіз|дейін\\s+жеткіз',
  months: KAZAKH_MONTHS,
  ordinalEnding: '-?(?:ші|шы|інші|ыншы|нші|ншы)(?![\\p{L}])',
  durations: `(?:ай${KAZAKH_ENDING}|жыл(?:да|ға|дан|ы|ың)?|күн${KAZAKH_ENDING}|апта${KAZAKH_ENDING})(?![\\p{L}])`,
  numberWords: [
    ['бір', 1],
    ['екі', 2],
    ['үш', 3],
    ['төрт', 4],
    ['бес', 5],
    ['алты', 6],
    ['жеті', 7],
    ['сегіз', 8],
    ['тоғыз', 9],
    ['он', 10],
    ['жиырма', 20],
    ['отыз', 30],
    ['қырық', 40],
    ['елу', 50],
    ['жүз', 100],
    ['бір жарым', 1.5],
  ],
  scaleWords: [
    [`мың${KAZAKH_ENDING}`, 1e3],
    [`миллион${KAZAKH_ENDING}`, 1e6],
    [`миллиард${KAZAKH_ENDING}`, 1e9],
    [`триллион${KAZAKH_ENDING}`, 1e12],
  ],
  rangeJoin: '\\s*(?:-|–|—)\\s*',
  rangeOpen: '',
};
