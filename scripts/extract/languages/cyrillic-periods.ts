/**
 * How Russian and Kazakh write the time a figure belongs to, as tables the period reader
 * (`periods.ts`) resolves against the document's date. Data only.
 *
 * Each rule is a pattern and what it means: a year written out (`year`), a span of years whose
 * last year a figure for the whole span lands in (`span`), a year counted from the document's
 * (`offset`), a part of the current year (`partOfYear`: "за 9 месяцев", "в январе–октябре"), a
 * month of a year, or a day. `deadline` marks "к 2030 году", "2030 жылға дейін". Comparison bases
 * ("по сравнению с 2024 годом", "2024 жылмен салыстырғанда") are listed too, so that they are
 * never read as the figure's period.
 */

/** A year as Cyrillic texts write it: four digits from 1800 to 2099. */
const YEAR = '(?<year>(?:18|19|20)\\d{2})';
/** The last year of a span: "2026–2028". */
const END_YEAR = '(?<end>(?:18|19|20)\\d{2})';
/**
 * Russian forms of "year" after a number: год, года, году, годом, годах, годы, г., гг.; or an
 * ordinal's ending that leaves the word out ("5,3% в 2028-м", "к 2030-му", "с 2025-го").
 */
const RU_YEAR_WORD = '(?:год(?:а|у|ом|ах|ы)?|гг?\\.|-(?:м|му|го|й|х)(?![\\p{L}]))';
/** Kazakh forms of "year" after a number, with any case ending: жыл, жылы, жылғы, жылға… */
const KK_YEAR_WORD = '(?:жыл[\\p{L}]{0,6})';
const SPAN_DASH = '\\s*[-–—]\\s*';
/** The second year of a season, in full or in two digits: "2026/2027", "2026/27". */
const SEASON_END = '(?<end>(?:19|20)?\\d{2})';
/** Russian kinds of season: "учебный", "маркетинговый", "отопительный"… */
const RU_SEASON = '(?:учебн|маркетингов|сельскохозяйственн|отопительн|академическ)[\\p{L}]*';
/** An academic year: written across two years, it is dated by the year it ends in, as seasons are. */
const RU_ACADEMIC = '(?:учебн|академическ)[\\p{L}]*';
/** Kazakh "оқу жылы", "академиялық жыл". */
const KK_ACADEMIC = '(?:оқу|академиялық)';
/** "аналогичным периодом", "соответствующим кварталом": the same part of another year. */
const RU_SAME_PART =
  '(?:(?:аналогичн|соответствующ)[\\p{L}]*|т(?:от|ом|ого|ем)\\s+же)\\s+' +
  '(?:период|квартал|месяц|полугоди)[\\p{L}]*';
/** Kazakh counts of months in words, longest first: "он бір", "сегіз", "тоғыз"… */
const KK_MONTH_COUNT = '(?:\\d{1,2}|он\\s+бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)';

export type PeriodMeaning =
  | { type: 'year'; deadline: boolean }
  | { type: 'span'; deadline: boolean }
  | { type: 'offset'; years: number; deadline: boolean }
  | { type: 'partOfYear' }
  | { type: 'monthOfYear' }
  | { type: 'dayOfMonth' }
  | { type: 'base' }
  /** "в ближайшие годы", "алдағы жылдары": no one year, but the figure's own (empty) period. */
  | { type: 'open' }
  /** "к концу десятилетия": the decade's last year, a deadline. */
  | { type: 'decadeEnd' };

export interface PeriodRule {
  /** Named groups: `year`, `end` (a span's last year), `month` (a stem of `months`), `day`, `count`. */
  source: string;
  meaning: PeriodMeaning;
}

export interface CyrillicPeriods {
  rules: readonly PeriodRule[];
  /** Month stems in calendar order, January first. */
  months: readonly string[];
  /**
   * "Годом ранее", "бір жыл бұрын": the figure it goes with is of the year before the one the
   * sentence speaks of (`cyrillic-periods.ts`, `yearBefore`).
   */
  yearBefore: string;
  /** Words that make a following "годом ранее" a comparison's base: "выше, чем годом ранее". */
  comparedWith: string;
}

const RU_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма[йяе]',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  // the final к turns г before a vowel ending: "қыркүйегінде"
  'қыркүйе[кг]',
  'қазан',
  'қараша',
  'желтоқсан',
];
/** A month name in its case forms ("октябрь", "октября", "октябре"), not adjectives ("октябрьском"). */
const ruMonth = `(?<month>${RU_MONTHS.join('|')})(?:ь|я|е|ю|ем|а|у|ом)?`;
/** The locative of a month alone, with a possessive before it: "мамырда", "қыркүйегінде". */
const KK_LOCATIVE = '(?:і|ы)?(?:нда|нде|да|де|та|те)(?:ғы|гі)?(?![\\p{L}])';
const kkMonth = `(?<month>${KK_MONTHS.join('|')})[\\p{L}]*`;

export const RUSSIAN_PERIODS: CyrillicPeriods = {
  months: RU_MONTHS,
  yearBefore: 'годом\\s+(?:ранее|раньше)|год\\s+назад',
  comparedWith: 'чем|по\\s+сравнению|в\\s+сравнении|относительно|против',
  rules: [
    // comparison bases first: they win over the plain year they contain
    {
      source: `(?:по\\s+сравнению\\s+с|в\\s+сравнении\\s+с|относительно|против|чем\\s+(?:в|за)|с\\s+уровнем)\\s+(?:${RU_SAME_PART}\\s+)?${YEAR}(?:${SPAN_DASH}\\d{4})?\\s*${RU_YEAR_WORD}`,
      meaning: { type: 'base' },
    },
    {
      source: `(?:по\\s+сравнению\\s+с|в\\s+сравнении\\s+с|относительно|против|чем\\s+(?:в|за))\\s+(?:${RU_SAME_PART}\\s+)?(?:прошл|предыдущ|аналогичн|соответствующ)[\\p{L}]*\\s+(?:год|период|квартал|месяц|полугоди)[\\p{L}]*`,
      meaning: { type: 'base' },
    },
    {
      source: `(?:годом\\s+ранее|год\\s+назад|годом\\s+раньше)`,
      meaning: { type: 'base' },
    },
    {
      // "инфляция в сентябре 2026 года к декабрю 2025 года": a price index since the December
      // before, the statistics bureau's base
      source: `к\\s+декабрю\\s+(?:${YEAR}\\s*года|(?:прошлого|предыдущего)\\s+года)`,
      meaning: { type: 'base' },
    },
    {
      // "по курсу Нацбанка на 1 октября": the day is the exchange rate's, not the figure's
      source: `по\\s+(?:[\\p{L}]+\\s+){0,3}курсу\\s+(?:[\\p{L}]+\\s+){0,3}на\\s+\\d{1,2}\\s+(?:${RU_MONTHS.join('|')})[\\p{L}]*(?:\\s+${YEAR}\\s*${RU_YEAR_WORD})?`,
      meaning: { type: 'base' },
    },
    {
      // "Концепция развития ИИ до 2029 года": a name, not the figure's deadline
      source: `(?:концепци|программ|стратеги)[\\p{L}]*\\s+(?:цифров[\\p{L}]*\\s+трансформаци[\\p{L}]*|развити[\\p{L}]*)\\s+(?:[\\p{L}-]+\\s+){0,5}(?:до|на)\\s+${YEAR}(?:${SPAN_DASH}\\d{4})?\\s*${RU_YEAR_WORD}`,
      meaning: { type: 'base' },
    },
    {
      source: `(?:с|начиная\\s+с)\\s+${YEAR}\\s*года`,
      meaning: { type: 'offset', years: 0, deadline: false },
    },
    {
      // "с момента запуска (в 2022 году)", "с его старта": a running total since a start is the
      // total now, like "с 2022 года"
      source: `(?:с|со)\\s+(?:момента\\s+)?(?:(?:его|её|ее|их)\\s+)?(?:старта|запуска|создания|основания|открытия)(?:\\s+[\\p{L}]+)?(?:\\s+в\\s+${YEAR}\\s*году)?`,
      meaning: { type: 'offset', years: 0, deadline: false },
    },
    {
      // an academic year across two years ("на 2026–2027 учебный год"): like any season, the
      // year it ends in (gold README, Period: rulings of 7 December 2026)
      source: `${YEAR}\\s*[-–—/]\\s*${SEASON_END}\\s+${RU_ACADEMIC}\\s+год[\\p{L}]*`,
      meaning: { type: 'span', deadline: false },
    },
    {
      // a season across two years ("сезон 2025/26", "2025/2026 маркетинговый год"): its last year
      source: `${YEAR}\\s*\\/\\s*${SEASON_END}(?:\\s+(?:${RU_SEASON}\\s+)?(?:год[\\p{L}]*|сезон[\\p{L}]*|гг?\\.))?`,
      meaning: { type: 'span', deadline: false },
    },
    {
      source: `${YEAR}${SPAN_DASH}${SEASON_END}\\s+${RU_SEASON}\\s+(?:год[\\p{L}]*|сезон[\\p{L}]*)`,
      meaning: { type: 'span', deadline: false },
    },
    {
      source: `(?:к|до)\\s+${YEAR}${SPAN_DASH}${END_YEAR}\\s*${RU_YEAR_WORD}`,
      meaning: { type: 'span', deadline: true },
    },
    {
      source: `${YEAR}${SPAN_DASH}${END_YEAR}\\s*${RU_YEAR_WORD}`,
      meaning: { type: 'span', deadline: false },
    },
    {
      source: `(?:к|до)\\s+(?:концу\\s+|конца\\s+)?${YEAR}\\s*${RU_YEAR_WORD}`,
      meaning: { type: 'year', deadline: true },
    },
    {
      source: `(?:(?:январ[\\p{L}]*|феврал[\\p{L}]*)\\s*[-–—]\\s*${ruMonth}|(?:за|в\\s+течение|в|по\\s+итогам)\\s+(?:перв[\\p{L}]*\\s+)?(?:\\d{1,2}|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти|одиннадцати|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать)\\s+месяц[\\p{L}]*|(?:(?:в|за)\\s+|по\\s+итогам\\s+)(?:(?:перв|втор)[\\p{L}]*\\s+)?полугоди[\\p{L}]*|(?:за|в\\s+течение)\\s+(?:перв[\\p{L}]*\\s+)?полгода|(?:в|во|за)\\s+(?:I{1,3}|IV|перв[\\p{L}]*|втор[\\p{L}]*|трет[\\p{L}]*|четв[\\p{L}]*)\\s+квартал[\\p{L}]*|(?:I{1,3}|IV)\\s+квартал[\\p{L}]*|за\\s+квартал(?![\\p{L}]))(?:\\s+(?:текущего\\s+|этого\\s+)?${YEAR}\\s*${RU_YEAR_WORD})?`,
      meaning: { type: 'partOfYear' },
    },
    {
      source: `(?<day>\\d{1,2})\\s+${ruMonth}(?:\\s+${YEAR}\\s*${RU_YEAR_WORD}?)?`,
      meaning: { type: 'dayOfMonth' },
    },
    { source: `${ruMonth}\\s+${YEAR}\\s*${RU_YEAR_WORD}`, meaning: { type: 'monthOfYear' } },
    {
      // "на конец сентября", "к началу октября", "в конце августа": the month
      source: `(?:на|к|в)\\s+(?:конец|концу|конце|начало|началу|начале|середин[аеуы])\\s+${ruMonth}(?:\\s+${YEAR}\\s*${RU_YEAR_WORD})?`,
      meaning: { type: 'monthOfYear' },
    },
    { source: `${YEAR}\\s*${RU_YEAR_WORD}`, meaning: { type: 'year', deadline: false } },
    {
      // "к 2029-му": "году" left out after the year's case ending
      source: `(?:к|до)\\s+${YEAR}-(?:му|го)(?:\\s+${RU_YEAR_WORD})?`,
      meaning: { type: 'year', deadline: true },
    },
    {
      // "5,3% в 2028-м и 5,4% в 2029-м": likewise
      source: `${YEAR}-(?:м|й|го|му)(?:\\s+${RU_YEAR_WORD})?`,
      meaning: { type: 'year', deadline: false },
    },
    {
      source: `(?:в|за)\\s+позапрошл[\\p{L}]*(?:\\s+год[\\p{L}]*)?`,
      meaning: { type: 'offset', years: -2, deadline: false },
    },
    {
      // "в прошлом — 5,2 млн": "году" left out before a dash or comma
      source: `(?:(?:в|за|по\\s+итогам)\\s+)?(?:прошл|предыдущ)[\\p{L}]*\\s+(?:${RU_SEASON}\\s+)?год[\\p{L}]*|прошлогодн[\\p{L}]*|(?:в|за)\\s+прошл(?:ом|ый)(?=\\s*[—–,])`,
      meaning: { type: 'offset', years: -1, deadline: false },
    },
    {
      source: `(?:к|до)\\s+конц[ау]\\s+(?:следующего|будущего)\\s+года`,
      meaning: { type: 'offset', years: 1, deadline: true },
    },
    {
      // "начиная со следующего года", "с будущего года" too
      source: `(?:в|на|со?|начиная\\s+со?)\\s+(?:следующ[\\p{L}]*|будущ[\\p{L}]*)\\s+(?:${RU_SEASON}\\s+)?год[\\p{L}]*`,
      meaning: { type: 'offset', years: 1, deadline: false },
    },
    {
      // "в новом учебном году": the academic year about to start or under way, which ends in the
      // year after the text's (it starts in September)
      source: `(?:в|на|с)\\s+нов(?:ом|ый|ого)\\s+${RU_ACADEMIC}\\s+год[\\p{L}]*`,
      meaning: { type: 'offset', years: 1, deadline: false },
    },
    {
      source: `(?:к|до)\\s+конц[ау]\\s+(?:этого\\s+|текущего\\s+)?года`,
      meaning: { type: 'offset', years: 0, deadline: true },
    },
    {
      source: `за\\s+последн[\\p{L}]*\\s+(?:\\d{1,2}\\s+|(?:два|три|пять|десять|несколько)\\s+)?(?:лет|года|годы)|(?:в|на|за)\\s+(?:этом|текущем|нынешнем|этот|текущий)\\s+(?:${RU_SEASON}\\s+)?год[\\p{L}]*|с\\s+начала\\s+(?:этого\\s+|текущего\\s+)?года|по\\s+итогам\\s+(?:этого\\s+|текущего\\s+)?года|в\\s+настоящее\\s+время|к\\s+настоящему\\s+времени|на\\s+текущий\\s+момент|на\\s+сегодняшний\\s+день|на\\s+сегодня|сегодня|сейчас|на\\s+данный\\s+момент|уже(?!\\s+(?:в|во|к|с|со|до|на|за|через|построен\\p{L}*)\\s)`,
      meaning: { type: 'offset', years: 0, deadline: false },
    },
    {
      source: `(?:в\\s+течение|в\\s+ближайшие)\\s+(?<count>\\d|двух|трёх|трех|пяти|два|три|пять)\\s+(?:лет|года|годы)`,
      meaning: { type: 'offset', years: NaN, deadline: true },
    },
    {
      // "среднесрочная цель по инфляции": a standing goal, of no one year
      source: `в\\s+ближайшие\\s+(?:годы|несколько\\s+лет)|в\\s+(?:долгосрочной\\s+|среднесрочной\\s+)?перспективе|в\\s+будущем|(?:средне|долго)срочн[\\p{L}]*\\s+(?:цел[\\p{L}]*|ориентир[\\p{L}]*)`,
      meaning: { type: 'open' },
    },
    {
      source: `(?:к|до)\\s+конц[ау]\\s+(?:этого\\s+|текущего\\s+)?десятилетия`,
      meaning: { type: 'decadeEnd' },
    },
    {
      source: `(?:в|за)\\s+${ruMonth}(?![\\p{L}]|\\s*[-–—]\\s*\\p{L})`,
      meaning: { type: 'monthOfYear' },
    },
  ],
};

export const KAZAKH_PERIODS: CyrillicPeriods = {
  months: KK_MONTHS,
  yearBefore: '(?:бір\\s+)?жыл\\s+бұрын',
  comparedWith: 'салыстырғанда|қарағанда',
  rules: [
    {
      source: `${YEAR}\\s*${KK_YEAR_WORD}\\s+(?:[\\p{L}]+\\s+){0,3}(?:салыстырғанда|қарағанда)`,
      meaning: { type: 'base' },
    },
    {
      source: `(?:өткен|алдыңғы)\\s+жыл[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,3}(?:салыстырғанда|қарағанда)`,
      meaning: { type: 'base' },
    },
    {
      // "былтырғы көрсеткіштен", "2024 жылғы деңгейден": the level compared with, in the ablative
      source: `(?:былтырғы|өткен\\s+жылғы|${YEAR}\\s*жылғы)\\s+(?:[\\p{L}]+\\s+)?(?:көрсеткіш|деңгей|кезең)[\\p{L}]*(?:тен|нен|ден|дан|мен|пен|бен)`,
      meaning: { type: 'base' },
    },
    {
      // "өткен жылдан 9 пайызға көп" (9% more than last year): a year in the ablative before a
      // comparative is the base, not a start ("2024 жылдан бастап")
      source: `(?:(?:өткен|алдыңғы)\\s+жыл|былтыр(?:ғы)?|${YEAR}\\s*жыл)(?:дан|ғыдан)(?=(?:\\s+[\\p{L}\\d,.%]+){0,3}?\\s+(?:көп|артық|жоғары|аз|кем|төмен)(?![\\p{L}]))`,
      meaning: { type: 'base' },
    },
    {
      // "2029 жылға дейінгі даму тұжырымдамасы": "up to 2029" as an attribute names a programme
      source: `${YEAR}(?:${SPAN_DASH}\\d{4})?\\s*жыл(?:дар)?ға\\s+дейінгі`,
      meaning: { type: 'base' },
    },
    {
      // "1 қазандағы бағам бойынша": the day is the exchange rate's
      source: `\\d{1,2}\\s+(?:${KK_MONTHS.join('|')})[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?бағам[\\p{L}]*`,
      meaning: { type: 'base' },
    },
    {
      source: `${YEAR}\\s*${KK_YEAR_WORD}\\s+бері`,
      meaning: { type: 'offset', years: 0, deadline: false },
    },
    {
      // "2026-2027 оқу жылында": an academic year, like any season the year it ends in
      source: `${YEAR}\\s*[-–—/]\\s*${SEASON_END}\\s+${KK_ACADEMIC}\\s+${KK_YEAR_WORD}`,
      meaning: { type: 'span', deadline: false },
    },
    {
      // "2025/2026 маркетингтік жылы": a season, like a span its last year
      source: `${YEAR}\\s*[-–—/]\\s*${SEASON_END}\\s+(?:оқу|маркетингтік|ауыл\\s+шаруашылығы|жылыту|академиялық)\\s+(?:${KK_YEAR_WORD}|маусым[\\p{L}]*)`,
      meaning: { type: 'span', deadline: false },
    },
    {
      source: `${YEAR}\\s*\\/\\s*${SEASON_END}(?:\\s+${KK_YEAR_WORD})?`,
      meaning: { type: 'span', deadline: false },
    },
    {
      source: `${YEAR}${SPAN_DASH}${END_YEAR}\\s*${KK_YEAR_WORD}\\s+(?:дейін|қарай)`,
      meaning: { type: 'span', deadline: true },
    },
    {
      source: `${YEAR}${SPAN_DASH}${END_YEAR}\\s*${KK_YEAR_WORD}`,
      meaning: { type: 'span', deadline: false },
    },
    {
      source: `${YEAR}\\s*${KK_YEAR_WORD}\\s+(?:дейін|қарай|соңына\\s+дейін)`,
      meaning: { type: 'year', deadline: true },
    },
    {
      source: `(?:${YEAR}\\s*${KK_YEAR_WORD}\\s+)?(?:(?:${KK_MONTHS.join('|')})[\\p{L}]*\\s*[-–—]\\s*${kkMonth}|${KK_MONTH_COUNT}\\s+ай(?:да|дың|ындағы|ында|ы)?(?![\\p{L}])|(?:жылдың\\s+)?(?:бірінші|екінші)\\s+(?:жартыжылдық[\\p{L}]*|жартысы[\\p{L}]*)|жарты\\s+жыл(?:да|дың|ында)(?![\\p{L}])|жартыжылдық(?:та|тың)?(?![\\p{L}])|(?:бірінші|екінші|үшінші|төртінші|I{1,3}|IV)\\s+тоқсан[\\p{L}]*)`,
      meaning: { type: 'partOfYear' },
    },
    {
      source: `(?:${YEAR}\\s*${KK_YEAR_WORD}\\s+)?(?<day>\\d{1,2})\\s+${kkMonth}`,
      meaning: { type: 'dayOfMonth' },
    },
    {
      source: `${YEAR}\\s*${KK_YEAR_WORD}\\s+${kkMonth}`,
      meaning: { type: 'monthOfYear' },
    },
    { source: `${YEAR}\\s*${KK_YEAR_WORD}`, meaning: { type: 'year', deadline: false } },
    {
      source: `${kkMonth}\\s+ай[\\p{L}]*`,
      meaning: { type: 'monthOfYear' },
    },
    {
      // a month alone in the locative: "Қыркүйекте", "қазанда", "желтоқсандағы"
      source: `(?<month>${KK_MONTHS.join('|')})${KK_LOCATIVE}`,
      meaning: { type: 'monthOfYear' },
    },
    {
      source: `(?:өткен|былтырғы|былтыр)(?:\\s+(?:${KK_ACADEMIC}\\s+)?жыл[\\p{L}]*)?`,
      meaning: { type: 'offset', years: -1, deadline: false },
    },
    {
      // "жаңа оқу жылында" too: the academic year starting in September ends in the next year
      source: `(?:келесі\\s+(?:${KK_ACADEMIC}\\s+)?|жаңа\\s+${KK_ACADEMIC}\\s+)жыл[\\p{L}]*`,
      meaning: { type: 'offset', years: 1, deadline: false },
    },
    {
      source: `(?:жыл\\s+соңына\\s+дейін)`,
      meaning: { type: 'offset', years: 0, deadline: true },
    },
    {
      // "үш жыл ішінде" (within three years), "алдағы екі жылда" (in the next two years): a
      // deadline that many years after publication, as "within two years" is
      source: `алдағы\\s+(?<count>\\d|екі|үш|төрт|бес)\\s+жыл(?:да|\\s+ішінде)`,
      meaning: { type: 'offset', years: NaN, deadline: true },
    },
    {
      source: `(?<!соңғы\\s+)(?<count>\\d|екі|үш|төрт|бес)\\s+жыл\\s+ішінде`,
      meaning: { type: 'offset', years: NaN, deadline: true },
    },
    {
      // "орта мерзімді мақсаты" (the medium-term goal): a standing goal, of no one year
      source: `алдағы\\s+(?:бірнеше\\s+)?жылдар\\p{L}*|болашақта|ұзақ\\s+мерзім\\p{L}*|орта\\s+мерзімді\\s+мақсат\\p{L}*`,
      meaning: { type: 'open' },
    },
    {
      source: `соңғы\\s+(?:\\d{1,2}\\s+|(?:екі|үш|бес|он)\\s+)?жыл(?:да|дары|дарда)|(?<!\\d\\s*)жыл(?:дың)?\\s+қорытынды[\\p{L}]*\\s+бойынша|биыл[\\p{L}]*|ағымдағы\\s+жыл[\\p{L}]*|жыл(?:дың)?\\s+басынан\\s+(?:бері|бастап)|осы\\s+жыл[\\p{L}]*|қазіргі\\s+(?:уақытта|таңда|кезде)|бүгінде|бүгінгі\\s+таңда|қазір`,
      meaning: { type: 'offset', years: 0, deadline: false },
    },
  ],
};
