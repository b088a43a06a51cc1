/**
 * A readable metric label for a Russian or Kazakh figure that no catalogue phrase names: the noun
 * phrase it measures, as written (`metric_label` keeps the text's language), and an ASCII slug
 * for it by transliteration. Pure.
 *
 * News in both languages states a figure's subject first: "Экспорт ИТ-услуг в 2025 году составил
 * 850 млн долларов", "IT қызметтерінің экспорты 2025 жылы 850 млн долларды құрады". The label is
 * the run of words that opens the figure's clause, up to the first preposition, time word, number
 * or verb. A figure written before its noun ("обучено 650 тыс. студентов") is labelled by that noun.
 */
import { escapeRegExp } from './escape.ts';
import type { Language } from './language.ts';
import { isJunkLabel } from './labels.ts';
import { CYRILLIC_PLACES } from './languages/cyrillic-places.ts';
import { isRussianVerb } from './languages/cyrillic-verbs.ts';
import {
  CYRILLIC_CHANGE,
  CYRILLIC_COUNT_DEEDS,
  CYRILLIC_PRICE_CHANGE,
  CYRILLIC_SHARE,
  KAZAKH_GLOSSARY,
  KAZAKH_NUMBER_OF,
  KAZAKH_LOCATIVE,
  KAZAKH_PLACE_ADJECTIVE,
  MEASURE_WORDS,
  NOT_COUNTED,
  NOT_NAMING,
  RUSSIAN_GLOSSARY,
  RUSSIAN_NUMBER_OF,
  type Glossary,
  type GlossRole,
} from './languages/cyrillic-glossary.ts';

/** Words that end a subject: prepositions, conjunctions, time words, verbs of reporting. */
const RUSSIAN_STOP = new Set(
  (
    'в во на за по с со к ко до от из о об при для через между около после перед под над ' +
    'и а но или что как также уже еще ещё который которая которые это этот эта этом году года год ' +
    'годах месяцев составил составила составило составили составит составят достиг достигла ' +
    'достигло достигли достигнет превысил превысила превысило превысит вырос выросла выросло ' +
    'выросли вырастет увеличился увеличилась увеличилось увеличились сократился сократилась ' +
    'сократилось снизился снизилась снизилось будет будут было был была были планируется ' +
    'ожидается прогнозируется предусмотрено выделено привлечено обучено составляет составляют ' +
    'достигает превышает более свыше около почти порядка менее не ' +
    // conjunctions, adverbs and pronouns name nothing: "однако фактическая добыча", "туда ушло"
    'однако зато причём причем соответственно туда сюда там здесь него неё нее нему ней ним ' +
    'стал стала стало стали собран собрана собрано собраны ушло ушла ушли ушёл ушел'
  ).split(' '),
);
const KAZAKH_STOP = new Set(
  (
    'жылы жылдың жылға жылғы жыл биыл өткен келесі және мен бен пен да де та те бойынша ' +
    'құрады құрайды болды болады жетті жетеді асты асады өсті өседі артты артады шамамен астам ' +
    'жуық дейін кем есеппен ' +
    // pronouns and verbs of earning name nothing: "оған", "кіріс тапты"
    'ол оған оны олар тапты табады тапқан'
  ).split(' '),
);
/** Verb forms by their endings: reflexive, past and participles ("увеличилась", "выделено"). */
const RUSSIAN_VERB = /(?:ся|сь|ило|ало|ено|ано|ены|аны|ли)$/u;
/** A word, digits before its letters included ("4G", "5G"). */
const WORD = /\p{N}*[\p{L}][\p{L}\p{N}-]*/gu;

/**
 * @example cyrillicMetricLabel('Экспорт ИТ-услуг в 2025 году составил 850 млн долларов.', 38, 'ru') // 'Экспорт ИТ-услуг'
 * @example cyrillicMetricLabel('Обучено 650 тыс. студентов.', 8, 'ru') // 'студентов'
 */
export function cyrillicMetricLabel(
  sentence: string,
  at: number,
  language: Language,
  atEnd = at,
): string {
  const stop = language === 'kk' ? KAZAKH_STOP : RUSSIAN_STOP;
  // "довести долю X до 70%", "…, а долю X — до 60%": the share a target raises is the nearest
  // "долю" before the figure, whatever the verb's other objects name
  const raised = language === 'ru' ? raisedShare(sentence, at, atEnd) : '';
  if (raised) return raised;
  // "на долю X пришлось 812 млн долларов": a sum that falls to a part is no share and names
  // nothing itself; the whole it is a part of is the level before it
  if (language === 'ru' && SUM_FELL_TO.test(sentence.slice(Math.max(0, at - 120), at))) {
    if (!/%|процент/u.test(sentence.slice(at, atEnd))) return '';
  }
  // "обеспечивает более 5% выручки группы": a part is named by its whole, written after it
  const whole = language === 'ru' ? russianWholeOf(sentence, at, atEnd) : '';
  if (whole) return whole;
  // "412,5 млрд теңге кіріс тапты": a Kazakh sum is followed by what it is
  const sum = language === 'kk' ? kazakhSumNoun(sentence, at, atEnd) : '';
  if (sum) return sum;
  const clauseStart = clauseStartBefore(sentence, at);
  const subject = leadingPhrase(sentence.slice(clauseStart + 1, at), stop, language);
  // "страна экспортировала 9,4 млн тонн", "может экспортировать до 11 млн тонн зерна": a verb of
  // a flow names it when no noun the glossary knows does ("Экспорт зерна")
  // a Kazakh verb ends its clause: "1,1 млн тонна мақта жиналды"
  const rest = sentence.slice(atEnd);
  const verbAfter = language === 'kk' ? rest.slice(0, /[,;:]/.exec(rest)?.index) : '';
  const flow = subject.split(/\s+/).some((word) => isGlossaryNoun(word, language))
    ? ''
    : flowNoun(`${sentence.slice(clauseStart + 1, at)} ${verbAfter}`) ||
      // "намолочено 14 млн тонн", "убрано 11 млн гектаров": tonnes or hectares gathered are a harvest
      (HARVEST_MEASURE.test(sentence.slice(at, atEnd + 12))
        ? harvestNoun(`${sentence.slice(clauseStart + 1, at)} ${verbAfter}`, language)
        : '');
  if (flow) {
    const what = /^(?:\s*(?:[\p{L}.]+\.?\s+){0,2}?)?([\p{L}-]+)/u.exec(
      sentence.slice(atEnd).replace(MEASURES_AFTER, ''),
    )?.[1];
    return what && isGlossaryNoun(what, language) ? `${flow} ${what}` : flow;
  }
  if (subject) return subject;
  // "…, а экспорт услуг — $1,5 млрд": a figure right after a dash is named before the dash
  if (
    clauseStart > 0 &&
    sentence[clauseStart] === '—' &&
    DASH_GAP.test(sentence.slice(clauseStart + 1, at))
  ) {
    const before = Math.max(
      sentence.lastIndexOf(',', clauseStart - 1),
      sentence.lastIndexOf(';', clauseStart - 1),
      sentence.lastIndexOf(':', clauseStart - 1),
    );
    // the item's name stands right before the dash ("в строительстве — 14,2%")
    const named = leadingPhrase(sentence.slice(before + 1, clauseStart), stop, language, true);
    if (named) return named;
  }
  // the noun after the figure and its unit: "650 тыс. студентов", "1 900-ге" (an ending) and
  // units of measure ("3 млн тонн зерна", "шаршы метр") skipped
  const after = sentence
    .slice(atEnd)
    .replace(/^-?[\p{L}]{0,4}(?=[^\p{L}])/u, '')
    .replace(MEASURES_AFTER, '');
  // the next word, not past punctuation ("2,1 млн, Алматыда …" names nothing after it)
  const noun = /^\s*([\p{L}][\p{L}\p{N}-]*)/u.exec(after)?.[1] ?? '';
  if (
    noun &&
    !stop.has(noun.toLowerCase()) &&
    !isJunkLabel(noun) &&
    !isRussianVerb(noun) &&
    !PLACE_WORD.test(noun) &&
    !NOT_NAMING.test(noun)
  )
    return noun;
  // a subject before a participle's clause: "Средняя цена, …, снизившись на 6%"
  return clauseStart > 0 ? leadingPhrase(sentence.slice(0, at), stop, language) : '';
}

/** "на долю X пришлось", "на долю которого приходится" right before a figure (and its qualifier). */
const SUM_FELL_TO =
  /(?<![\p{L}])на\s+долю\s+[^,;:.\d]{1,80}?\s(?:пришл\p{L}*|приход\p{L}*)(?:\s+(?:около|более|свыше|почти|порядка|менее|примерно))?\s*$/iu;
/** A target's share: "долю X", then no figure, up to the "до" (after a dash) of a percentage. */
const RAISED_SHARE = /(?<![\p{L}])долю\s+([^\d;:.]{1,120}?)(?:,?\s*[—–-])?\s+до\s*$/iu;

/**
 * The share a Russian target raises to a percentage at [at, atEnd): "довести долю ненефтяных
 * доходов до 70%", "…, а долю услуг, оказываемых онлайн, — до 60%"; '' otherwise.
 *
 * @example raisedShare('Поручено довести число школ до 900, а долю онлайн-услуг — до 80%.', 61, 64) // 'долю онлайн-услуг'
 */
export function raisedShare(sentence: string, at: number, atEnd: number): string {
  if (!/%|процент/u.test(sentence.slice(at, atEnd))) return '';
  const before = sentence.slice(Math.max(0, at - 160), at);
  const share = RAISED_SHARE.exec(before);
  if (!share) return '';
  // the words of the share up to its first comma or preposition ("долю X в ВВП", "долю X, …")
  const named = leadingPhrase(share[1]!.split(',')[0]!, RUSSIAN_STOP, 'ru');
  return named ? `долю ${named}` : '';
}

/** A sum of money: its currency written in the mention. */
const MONEY = /теңге|тенге|доллар|евро|рубл|юан|сом|сум|[$€₸]/iu;
/** A Kazakh adjective by its suffix ("венчурлік", "шетелдік", "тікелей"). */
const KAZAKH_ADJECTIVE = /(?:лік|лық|дік|дық|тік|тық|тегі|дағы|дегі|тағы|лей)$/u;

/**
 * The noun a Kazakh sum of money is, written right after it: "412,5 млрд теңге кіріс" (revenue),
 * "1,1 млрд доллар венчурлік инвестиция" (investment); '' when no noun the glossary knows follows.
 *
 * @example kazakhSumNoun('Компания 90 млрд теңге кіріс тапты.', 9, 23) // 'кіріс'
 */
export function kazakhSumNoun(sentence: string, at: number, atEnd: number): string {
  if (!MONEY.test(sentence.slice(at, atEnd))) return '';
  const after = sentence
    .slice(atEnd, atEnd + 60)
    .replace(/^-?\p{L}{0,4}(?![\p{L}])/u, '')
    .replace(/^\s+(?:астам|жуық|аса|шамасында)(?![\p{L}])/u, '');
  const words = /^\s+([\p{Ll}]+)(?:\s+([\p{Ll}]+))?/u.exec(after);
  if (!words) return '';
  const [, first, second] = words;
  // "долларға бағаланады": a verb on a noun's stem is no noun
  const noun = (word: string) => isGlossaryNoun(word, 'kk') && !isJunkLabel(word);
  if (noun(first!)) return first!;
  return second && KAZAKH_ADJECTIVE.test(first!) && noun(second) ? `${first} ${second}` : '';
}

/** Where the clause of a figure at `at` starts: after the last comma, semicolon, colon or dash. */
function clauseStartBefore(sentence: string, at: number): number {
  return Math.max(
    sentence.lastIndexOf(',', at - 1),
    sentence.lastIndexOf(';', at - 1),
    sentence.lastIndexOf(':', at - 1),
    sentence.lastIndexOf('—', at - 1),
  );
}

/**
 * The whole a Russian percentage at [at, atEnd) is a part of (`russianWholeAfter`), when its
 * clause names no measure of its own before it: "покрытие 4G достигло 88% населения" measures
 * coverage, "страна обеспечила 38% мировой добычи" a share of production; '' otherwise.
 */
function russianWholeOf(sentence: string, at: number, atEnd: number): string {
  if (!/%|процент/u.test(sentence.slice(at, atEnd))) return '';
  const whole = russianWholeAfter(sentence, atEnd);
  if (!whole) return '';
  const before = sentence.slice(clauseStartBefore(sentence, at) + 1, at);
  const subject = leadingPhrase(before, RUSSIAN_STOP, 'ru');
  return subject.split(/\s+/).some((word) => isGlossaryNoun(word, 'ru')) ? '' : whole;
}

/** Between a dash and its figure: nothing, or the "на" of a change ("услуги — на 8,9%"). */
const DASH_GAP = /^\s*(?:на\s*)?$/iu;

/** Verbs of a flow and the noun that names it: "экспортировала" → "Экспорт". */
const FLOW_VERBS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])(?:экспортир|экспортта)\p{L}*/iu, 'Экспорт'],
  [/(?<![\p{L}])(?:импортир|импортта)\p{L}*/iu, 'Импорт'],
  [/(?<![\p{L}])(?:инвестир|влож[иа])\p{L}*/iu, 'Инвестиции'],
  [/(?<![\p{L}])(?:произв[её]л|произвед|добыл|добыт)\p{L}*/iu, 'Производство'],
];

/** Tonnes, centners or hectares: what a harvest is measured in. */
const HARVEST_MEASURE =
  /(?<![\p{L}])(?:тонн\p{L}*|тонна\p{L}*|т|центнер\p{L}*|ц|гектар\p{L}*|га)(?![\p{L}])/iu;
/** Verbs of gathering a crop: "намолочено", "собрано", "убрано", Kazakh "жиналды", "орылды". */
const HARVEST_VERB =
  /(?<![\p{L}])(?:намолоч\p{L}*|собран[оаы]?|собрал\p{L}*|соберут|убран[оаы]?|убрал\p{L}*|жинал\p{L}*|жинады|орылды|бастырыл\p{L}*)(?![\p{L}])/iu;

/** The harvest a verb of gathering names, in the text's language ("Урожай", "Егін"); '' if none. */
function harvestNoun(text: string, language: Language): string {
  if (!HARVEST_VERB.test(text)) return '';
  return language === 'kk' ? 'Егін' : 'Урожай';
}

function flowNoun(text: string): string {
  for (const [verb, noun] of FLOW_VERBS) if (verb.test(text)) return noun;
  return '';
}

/** Units of measure right after a figure: they say how it is measured, not what. */
const MEASURES_AFTER = new RegExp(`^(?:\\s*(?:${MEASURE_WORDS})\\.?)+(?![\\p{L}])`, 'iu');

/** The phrase without the words at either end that name nothing ("Ал", "тенге"); '' if none is left. */
function trimJunk(phrase: string, language: Language): string {
  const words = phrase.split(/\s+/).filter(Boolean);
  const junk = (word: string) => isJunkLabel(word) && !isGlossaryNoun(word, language);
  while (words.length > 0 && junk(words[0]!)) words.shift();
  while (words.length > 0 && junk(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/**
 * Whether a counted noun names what a count measures: a noun the glossary knows, or one it leaves
 * to the entity elsewhere that is counted here ("300 компаний", "2 140 компания").
 */
export function isCountedNoun(word: string, language: Language): boolean {
  if (isGlossaryNoun(word, language)) return true;
  const g = /[\u0400-\u04ff]/.test(word) ? gloss(word, language === 'kk' ? 'kk' : 'ru') : null;
  return g?.role === 'skip' && g.english !== '';
}

/** A noun the glossary knows names something, whatever its ending ("кредиты", "үй"). */
export function isGlossaryNoun(word: string, language: Language): boolean {
  return (
    /[\u0400-\u04ff]/.test(word) && gloss(word, language === 'kk' ? 'kk' : 'ru')?.role === 'noun'
  );
}

const MEASURE_WORD = new RegExp(`^(?:${MEASURE_WORDS})$`, 'iu');

/**
 * Whether a phrase names a unit of measurement ("млн тонн", "квадратных метров", "тоннаға"):
 * how a figure is measured, not what.
 *
 * @example namesMeasure('квадратных метров') // true
 * @example namesMeasure('жаңа мектеп') // false
 */
export function namesMeasure(phrase: string): boolean {
  return phrase.split(/\s+/).some((word) => MEASURE_WORD.test(word.replace(/\.$/, '')));
}

/** A word that is a place's name: whom a figure is about, not what it measures. */
const PLACE_WORD = new RegExp(`^(?:${CYRILLIC_PLACES.map(([source]) => source).join('|')})$`, 'u');

/**
 * Verbs of planning, deciding, saying and serving: the run of words before one is who acts
 * ("Компания планирует инвестировать …", "Совет директоров рекомендовал …", "подразделение
 * обслуживает 12 млн абонентов"), not what the figure measures.
 */
const AGENT_VERB = new RegExp(
  `^(?:${[
    'поручил\\p{L}*',
    'планиру\\p{L}*',
    'намерен\\p{L}*',
    'намерева\\p{L}*',
    'подтверди\\p{L}*',
    'утверди\\p{L}*',
    'рекомендова\\p{L}*',
    'отметил\\p{L}*',
    'сообщ\\p{L}*',
    'заяви\\p{L}*',
    'ожида\\p{L}*',
    'прогнозиру\\p{L}*',
    'доложил\\p{L}*',
    'постави\\p{L}*',
    'ставит',
    'решил\\p{L}*',
    'обслужива\\p{L}*',
    'тапсырды',
    'жоспарла\\p{L}*',
    'күтеді',
    'болжайды',
    'мәлімдеді',
    'хабарлады',
  ].join('|')})$`,
  'iu',
);

/** A region's noun: the adjective before it is the region's name, a place. */
const REGION_NOUN = /^(?:област(?:ь|и|ей|ях|ям|ью)|облыс\p{L}{0,6})$/iu;
/** Titles: the words after one name an office ("министр финансов"), not a measure. */
const TITLE = /^(?:министр\p{L}*|глав[аеуы]|председател\p{L}*|директор\p{L}*|руководител\p{L}*)$/u;

/** Russian prepositions: the words right after one are its object ("в январе"), not a subject. */
const PREPOSITIONS = new Set(
  'в во на за по с со к ко до от из о об при для через между около после перед под над'.split(' '),
);
/** Each preposition before a word: "на здравоохранение" (`russianEllipsis`). */
const PREPOSITION_OBJECT: ReadonlyMap<string, RegExp> = new Map(
  [...PREPOSITIONS].map((preposition) => [
    preposition,
    new RegExp(`(?<![\\p{L}])${escapeRegExp(preposition)}\\s+\\p{L}`, 'iu'),
  ]),
);

/**
 * The first run of naming words in `text` (the part of the clause before the figure): runs are
 * split at stop words, digits and verbs; a run right after a preposition is its object and is
 * skipped ("В январе–октябре рост …" gives "рост"), unless no other run names anything; with
 * `nearestEnd`, the run nearest the end is taken (a list item's name before its dash).
 */
function leadingPhrase(
  text: string,
  stop: ReadonlySet<string>,
  language: Language,
  nearestEnd = false,
): string {
  const runs: Array<{ words: string[]; afterPreposition: boolean; agent?: boolean }> = [];
  let run: { words: string[]; afterPreposition: boolean; agent?: boolean } | null = null;
  let previous = '';
  let last = 0;
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text))) {
    const word = match[0];
    const lower = word.toLowerCase();
    // a digit or a comma between two words ends a run ("министр финансов, доходы …")
    const broken = /[\d,;]/.test(text.slice(last, match.index));
    last = match.index + word.length;
    // "Жобаның жалпы құны" (the project's total cost): "жалпы" only says the whole is meant, so it
    // is left out and the owner stays with what it owns
    if (language === 'kk' && run && !broken && lower === 'жалпы') continue;
    // a word that names nothing (a month, a currency, a verb) ends a run too
    const ends =
      stop.has(lower) ||
      NOT_COUNTED.test(word) ||
      NOT_NAMING.test(word) ||
      PLACE_WORD.test(word) ||
      MEASURE_WORD.test(word) ||
      (language === 'kk' && word.length > 4 && KAZAKH_LOCATIVE.test(word)) ||
      // "орта есеппен" (on average) says how a figure is reckoned, as "в среднем" does
      (language === 'kk' && /^орта\s+есеппен(?![\p{L}])/iu.test(text.slice(match.index))) ||
      (language === 'ru' &&
        ((RUSSIAN_VERB.test(lower) && !isGlossaryNoun(word, language)) || isRussianVerb(lower))) ||
      (/[\u0400-\u04ff]/.test(word) && isJunkLabel(word) && !isGlossaryNoun(word, language));
    // "Компания планирует …", "Токаев поручил …": who plans, decides or says is not the measure
    if (ends && run && AGENT_VERB.test(word)) run.agent = true;
    // "Атырауской области", "Қарағанды облысы": the word before a region's noun is its name
    // (not "Бюджет области": a noun before it is what the region has)
    const named = run?.words[run.words.length - 1] ?? '';
    if (run && REGION_NOUN.test(word) && !isGlossaryNoun(named, language)) {
      run.words.pop();
      if (run.words.length === 0) {
        runs.pop();
        // "Маңғыстау облысының бюджеті": a Kazakh region's noun in the genitive starts the phrase
        // of what the region has (a Russian one, "Атырауской области", follows what it qualifies)
        if (language === 'kk') run = null;
      }
    }
    if (ends || broken) run = null;
    if (ends) {
      previous = lower;
      continue;
    }
    // "Қорғас өткелі арқылы": the words before "арқылы" (through) name a route, a last resort as
    // a preposition's object is; those before "облыстағы" or "арасындағы" name a place, and the
    // noun after a place's adjective is what is named
    if (language === 'kk' && lower === 'арқылы') {
      if (run) run.afterPreposition = true;
      run = null;
      previous = lower;
      continue;
    }
    if (language === 'kk' && KAZAKH_PLACE_ADJECTIVE.test(lower)) {
      if (run) run.words = [];
      previous = lower;
      continue;
    }
    if (!run) {
      // the words after a preposition are its object, after a title ("министр финансов") its office
      run = { words: [], afterPreposition: PREPOSITIONS.has(previous) || TITLE.test(previous) };
      runs.push(run);
    }
    // a Russian head comes first and a Kazakh one last ("… операторы Kcell кірісі"): a long run
    // keeps the end where its head is
    if (run.words.length < 5) run.words.push(word);
    else if (language === 'kk') {
      run.words.shift();
      run.words.push(word);
    }
    previous = lower;
  }
  const naming = runs
    .map((r) => ({ ...r, phrase: trimJunk(r.words.join(' '), language) }))
    .filter((r) => r.phrase !== '' && !PLACE_WORD.test(r.phrase))
    // adjectives with no noun left ("национальной" of "национальной валюте") name nothing, but
    // for a list item's ellipsis ("заёмных — 14,3%")
    .filter(
      (r) =>
        language !== 'ru' ||
        nearestEnd ||
        !r.phrase.split(' ').every((w) => RUSSIAN_ADJECTIVE.test(w.toLowerCase())),
    );
  const measured = naming.filter((r) => !r.agent);
  if (measured.length > 0) naming.splice(0, naming.length, ...measured);
  if (nearestEnd) return naming[naming.length - 1]?.phrase ?? '';
  // "Узбекская дочка QLG увеличила выручку на 41%": a run the glossary knows a noun of names the
  // measure, before one that names only who ("дочка") or how ("алғашқы")
  const free = naming.filter((r) => !r.afterPreposition);
  const known = free.find((r) => r.phrase.split(' ').some((w) => isGlossaryNoun(w, language)));
  return (known ?? free[0] ?? naming[0])?.phrase ?? '';
}

/** Russian and Kazakh letters in Latin, after the common news-site transliteration. */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * @example transliterate('Экспорт ИТ-услуг') // 'Eksport IT-uslug'
 */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = LATIN[lower];
    if (latin === undefined) out += char;
    else out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * Russian adjective endings: a word with one qualifies the noun after it ("чистая прибыль"). The
 * soft "-ий"/"-ие" only after a velar, a hushing letter or a consonant with "н" ("высокий",
 * "средние"): nouns end so too ("предприятий", "компаний", "решение").
 */
const RUSSIAN_ADJECTIVE = new RegExp(
  '(?:ый|[кгхжшщч]и[йе]|[^аеёиоуыэюя]ни[йе]|ой|ая|яя|ое|ее|ые|ых|их|ого|его|ому|' +
    'ему|ую|юю|ым|им|ыми|ими)$',
  'u',
);

interface Gloss {
  english: string;
  role: GlossRole;
}

/** Stems longest first, so "платёжн" is tried before "плат". */
const GLOSSARIES: Readonly<Record<'ru' | 'kk', Glossary>> = {
  ru: [...RUSSIAN_GLOSSARY].sort((a, b) => b[0].length - a[0].length),
  kk: [...KAZAKH_GLOSSARY].sort((a, b) => b[0].length - a[0].length),
};

/**
 * A word's English by its stem. A Russian ending after the stem starts with a vowel or a soft
 * sign and is at most four letters ("доля", "долей", but not "доллар"); Kazakh endings stack, so
 * up to eight letters follow the stem there.
 */
function gloss(word: string, language: 'ru' | 'kk'): Gloss | null {
  const lower = word.toLowerCase();
  for (const [stem, english, role] of GLOSSARIES[language]) {
    if (!lower.startsWith(stem)) continue;
    const rest = lower.slice(stem.length);
    if (
      language === 'kk' ? rest.length <= 8 : rest === '' || /^[аеёиоуыэюяьй]\p{L}{0,3}$/u.test(rest)
    )
      return { english, role };
  }
  return null;
}

/**
 * The English slug of a Russian or Kazakh metric label, from its words' English
 * (`languages/cyrillic-glossary.ts`), or '' when its head word has none. The head is the first
 * noun in Russian, which the words after it qualify ("Доля заёмных средств" → share of budget
 * funds), and the last in Kazakh, which the words before it qualify ("Бір пәтердің құны" → cost
 * of one flat); the slug puts them in English order, qualifiers first. A generic head ("число",
 * "саны") hands the head on to the noun it governs.
 *
 * @example cyrillicMetricSlug('Чистая прибыль банка', 'ru') // 'net_profit'
 * @example cyrillicMetricSlug('Доля заёмных средств', 'ru') // 'borrowed_funds_share'
 * @example cyrillicMetricSlug('Бір пәтердің құны', 'kk') // 'apartments_cost'
 */
export function cyrillicMetricSlug(label: string, language: 'ru' | 'kk'): string {
  const words = label.split(/[\s-]+/u).filter((word) => /\p{L}/u.test(word));
  const glossed = words.map((word) => gloss(word, language));
  const english = (list: Array<Gloss | null>): string[] =>
    list.flatMap((g) =>
      g && g.english && g.role !== 'skip' && g.role !== 'generic' ? [g.english] : [],
    );
  const slug = (parts: string[]): string =>
    parts
      .join('_')
      .split('_')
      .filter((part, i, all) => part !== all[i - 1])
      .join('_');
  // what is counted when nothing else heads the label: "иностранных компаний", "IT-компаниялар саны"
  let counted = '';
  if (language === 'kk') {
    for (let i = glossed.length - 1; i >= 0; i--) {
      const g = glossed[i];
      if (g?.role === 'skip' && g.english && !counted)
        counted = slug([...english(glossed.slice(Math.max(0, i - 3), i)), g.english]);
      // "бағасы килограмына": a unit after the head says per what, not what
      if (!g && MEASURE_WORD.test(words[i]!)) continue;
      if (!g) return counted;
      if (g.role === 'noun')
        return slug([...english(glossed.slice(Math.max(0, i - 3), i)), g.english]);
      if (g.role === 'modifier') return '';
    }
    return counted;
  }
  let modifiers: Array<Gloss | null> = [];
  for (let i = 0; i < words.length; i++) {
    const g = glossed[i] ?? null;
    // "безработных" at the end is a noun made of an adjective: the unemployed
    const adjective =
      RUSSIAN_ADJECTIVE.test(words[i]!.toLowerCase()) &&
      !(g?.role === 'noun' && i === words.length - 1);
    if (adjective || g?.role === 'modifier') {
      modifiers.push(g);
      continue;
    }
    if (!g) return counted;
    if (g.role === 'generic' || g.role === 'skip') {
      if (g.role === 'skip' && g.english && !counted)
        counted = slug([...english(modifiers), g.english]);
      modifiers = [];
      continue;
    }
    // the words it governs: its adjectives and one noun
    const governed: Array<Gloss | null> = [];
    for (let j = i + 1; j < words.length && governed.length < 3; j++) {
      const next = glossed[j] ?? null;
      if (next?.role === 'skip' || next?.role === 'generic') break;
      governed.push(next);
      if (!RUSSIAN_ADJECTIVE.test(words[j]!.toLowerCase())) break;
    }
    return slug([...english(governed), ...english(modifiers), g.english]);
  }
  return counted;
}

/**
 * Whether a Russian or Kazakh percentage labelled `label` is a share of a market: the label is
 * headed by a market ("46% рынка", "крупнейшие рынки – США (22%)", "нарықтың") and the figure is
 * no change of it ("рынок вырос на 12%", "на 12% больше").
 *
 * @example marketShare('Рынка', 'На долю оператора приходится 46% рынка.', 31, 34, 'ru') // true
 * @example marketShare('Рынок', 'Рынок вырос на 12%.', 14, 17, 'ru') // false
 */
export function marketShare(
  label: string,
  sentence: string,
  at: number,
  atEnd: number,
  language: 'ru' | 'kk',
): boolean {
  if (cyrillicMetricSlug(label, language) !== 'market') return false;
  if (/(?<![\p{L}])на\s*$/iu.test(sentence.slice(Math.max(0, at - 6), at))) return false;
  return !isCyrillicChange(sentence, at, atEnd);
}

/**
 * Whether a percentage at [at, atEnd) of a Russian or Kazakh sentence is the change of a level:
 * a word of change near it ("вырос на 12%", "14,2%-ға өсті") and no share.
 *
 * @example isCyrillicChange('Экспорт вырос на 12%.', 17, 20) // true
 * @example isCyrillicChange('Доля экспорта выросла до 40%.', 25, 28) // false
 */
export function isCyrillicChange(sentence: string, at: number, atEnd: number): boolean {
  // "рост зафиксирован в строительстве — 14,2%, транспорте — 11,8%", "производство товаров
  // увеличилось на 6,4%, услуг – на 5,2%": a list after a dash shares the change its sentence
  // opens with
  const elliptical = /[—–]\s*(?:на\s*)?$/u.test(sentence.slice(0, at));
  // "строительство (+14,2%)": a percentage written with its sign is a change
  if (/^[+−]/u.test(sentence.slice(at)) || /(?:^|[\s(])[+−]$/u.test(sentence.slice(0, at)))
    return true;
  const from = elliptical ? 0 : Math.max(0, at - 40);
  const around = sentence.slice(from, Math.min(sentence.length, atEnd + 24));
  if (CYRILLIC_SHARE.test(around)) return false;
  return (
    CYRILLIC_CHANGE.test(around) ||
    comparedBefore(sentence, at, atEnd) ||
    kazakhChangeAtEnd(sentence, at, atEnd)
  );
}

/** A Kazakh dative on a percentage: "14,2%-ға", "21,3 пайызға" (by how much). */
const KAZAKH_BY = /(?:%|пайыз)-?(?:ға|ге|қа|ке)$/u;
/** Kazakh verbs a percentage in the dative reaches or stops at, not changes by ("89%-ға жетті"). */
const KAZAKH_REACHED =
  /(?<![\p{L}])(?:жет\p{L}*|дейін|қарай|тең|бол\p{L}*|құра\p{L}*|үлес\p{L}*)(?![\p{L}])/iu;

/**
 * A Kazakh clause ends with its verb, and items joined before it share it: "құрылыс саласы 21,3
 * пайызға, саудасы 14,8 пайызға өсті", "экономика 3,1%-ға, Қытай экономикасы 4,5%-ға … өседі".
 * A percentage in the dative is the change the sentence's verb of change names, when no verb of
 * reaching ("жетті", "дейін") stands between.
 */
function kazakhChangeAtEnd(sentence: string, at: number, atEnd: number): boolean {
  const figure = `${sentence.slice(at, atEnd)}${/^-?\p{L}{0,3}/u.exec(sentence.slice(atEnd))![0]}`;
  if (!KAZAKH_BY.test(figure)) return false;
  const rest = sentence.slice(atEnd);
  const change = CYRILLIC_CHANGE.exec(rest);
  return change !== null && !KAZAKH_REACHED.test(rest.slice(0, change.index));
}

/** Words of time an item can be set apart by: "в сентябре — 105,9%", "во II квартале — 4,6%". */
const TIME_WORD =
  /^(?:январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[ея]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|квартал\p{L}*|полугоди\p{L}*|месяц\p{L}*|[IVX]+)$/u;
/** A list item after a comma, ending in a dash before its figure: "…, вторичного — ". */
const ITEM_BEFORE_DASH = /,\s*((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*[—–]\s*(?:на\s*)?$/u;

/** How a Russian list item after a dash is set apart from the item before it (`russianEllipsis`). */
export interface Ellipsis {
  /** `modifier`: adjectives whose noun is the earlier item's; `same`: a place or a time; `object`: the earlier item's preposition's object. */
  kind: 'modifier' | 'same' | 'object';
  /** The item's words, without the preposition. */
  words: string;
}

/**
 * A Russian list item after a comma and a dash that names its figure only by what sets it apart
 * from the figure before it in the sentence (at [`previousStart`, `previousEnd`)): adjectives whose noun is
 * the earlier item's ("непродовольственные — на 11,9%", "вторичного — 462 тыс. тенге"), a place
 * or a time ("в Алматы — 805 тыс. тенге", "в сентябре — 105,9%"), or the object of a preposition
 * the earlier item has ("Расходы на образование …, на здравоохранение — на 6,1%"); null when the
 * item names a measure of its own ("платные услуги — на 12,9%") or is no such item.
 *
 * @example russianEllipsis('Новое жильё стоило 498 тыс. тенге, вторичное — 462 тыс. тенге.', 47, 19, 31) // { kind: 'modifier', words: 'вторичное' }
 */
export function russianEllipsis(
  sentence: string,
  at: number,
  previousStart: number,
  previousEnd: number,
): Ellipsis | null {
  if (previousEnd > at) return null;
  const between = sentence.slice(previousEnd, at);
  const item = ITEM_BEFORE_DASH.exec(between);
  // only the earlier figure's own words ("за квадратный метр") stand between it and the comma
  if (!item || item.index > 40 || /[\d;:]/u.test(between.slice(0, item.index))) return null;
  const words = item[1]!.split(/\s+/u);
  const preposition = PREPOSITIONS.has(words[0]!.toLowerCase()) ? words.shift()! : '';
  if (words.length === 0) return null;
  const text = words.join(' ');
  if (words.every((word) => PLACE_WORD.test(word) || TIME_WORD.test(word)))
    return { kind: 'same', words: text };
  if (
    words.every(
      (word) =>
        (RUSSIAN_ADJECTIVE.test(word.toLowerCase()) && !isGlossaryNoun(word, 'ru')) ||
        gloss(word, 'ru')?.role === 'modifier',
    )
  )
    return { kind: 'modifier', words: text };
  if (!preposition) return null;
  // the earlier item's clause has the same preposition before a word: "Расходы на образование"
  const earlier = sentence.slice(clauseStartBefore(sentence, previousStart) + 1, previousStart);
  return PREPOSITION_OBJECT.get(preposition.toLowerCase())!.test(earlier)
    ? { kind: 'object', words: text }
    : null;
}

/**
 * The English of the glossary's modifiers among `words` ("непродовольственные" → ["nonfood"]).
 *
 * @example modifierEnglish('Продовольственные товары подорожали') // ['food']
 */
export function modifierEnglish(words: string): string[] {
  return words
    .split(/\s+/u)
    .map((word) => gloss(word, 'ru'))
    .flatMap((g) => (g && g.role === 'modifier' && g.english ? [g.english] : []));
}

/** Verbs of doubling and tripling: "удвоились", "удвоить", "утроится". */
const DOUBLED = /(?<![\p{L}])(?:удво\p{L}*|утро[иея]\p{L}*)/iu;
/** A multiple compared with an earlier level: "в 1,5 раза больше", "1,1 есе көп". */
const MORE_AFTER = /^\s*(?:больше|меньше|көп|аз|артық)(?![\p{L}])/iu;

/**
 * Whether a Russian or Kazakh multiple at [at, atEnd) says how much a level changed ("выросла
 * вдвое", "увеличить в 2 раза", "удвоились", "2 есе өсті", "в 1,5 раза больше, чем в 2024
 * году"), as the English "doubled": its metric is that level's growth multiple. A multiple of a
 * price or an average ("в 4 раза дешевле", "1,3 есе жоғары") compares two things and is no change.
 *
 * @example isCyrillicMultipleChange('Выручка выросла вдвое.', 16, 21) // true
 * @example isCyrillicMultipleChange('Услуга в 4 раза дешевле.', 9, 15) // false
 */
export function isCyrillicMultipleChange(sentence: string, at: number, atEnd: number): boolean {
  if (MORE_AFTER.test(sentence.slice(atEnd, atEnd + 12))) return true;
  const clauseStart = Math.max(0, at - 40, clauseStartBefore(sentence, at) + 1);
  const after = sentence.slice(atEnd, Math.min(sentence.length, atEnd + 24));
  const around = sentence.slice(clauseStart, atEnd + (/[,;]/u.exec(after)?.index ?? after.length));
  return CYRILLIC_CHANGE.test(around) || DOUBLED.test(around);
}

/**
 * Whether the figure at [at, atEnd) measures how a price moved: a verb of a price rising or falling
 * next to it, in its clause ("новостройки подорожали на 12,6%", "қант 4,8 пайызға арзандады").
 *
 * @example isCyrillicPriceChange('Сахар подорожал на 4%.', 19, 21) // true
 * @example isCyrillicPriceChange('Экспорт вырос на 12%.', 17, 20) // false
 */
export function isCyrillicPriceChange(sentence: string, at: number, atEnd: number): boolean {
  const from = Math.max(0, at - 40, sentence.lastIndexOf(',', at - 1) + 1);
  const to = Math.min(sentence.length, atEnd + 24);
  const after = sentence.slice(atEnd, to);
  const stop = /[,;]/.exec(after)?.index ?? after.length;
  return CYRILLIC_PRICE_CHANGE.test(sentence.slice(from, atEnd + stop));
}

/**
 * What was done to the things a Russian or Kazakh count counts, in English, from a verb in its
 * clause ("планируется построить 14 школ" → 'built', "150 электровоз сатып алу" → 'purchased');
 * '' when its clause has none.
 *
 * @example cyrillicCountDeed('Планируется построить 14 школ.', 22, 24) // 'built'
 * @example cyrillicCountDeed('В регионе 14 школ.', 10, 12) // ''
 */
export function cyrillicCountDeed(sentence: string, at: number, atEnd: number): string {
  let from = 0;
  for (const match of sentence.slice(0, at).matchAll(/[,;:—–](?!\d)/gu)) from = match.index + 1;
  const after = sentence.slice(atEnd);
  const clause = sentence.slice(from, atEnd + (/[,;:—–]\s/u.exec(after)?.index ?? after.length));
  return CYRILLIC_COUNT_DEEDS.find(([verb]) => verb.test(clause))?.[1] ?? '';
}

/**
 * "…, что на 4,2% больше, чем годом ранее", "3,4 пайызға көп": a percentage a level is above or
 * below an earlier one is its change.
 */
function comparedBefore(sentence: string, at: number, atEnd: number): boolean {
  if (
    !/^\s*(?:больше|меньше|выше|ниже|артық|көп|жоғары|төмен)(?![\p{L}])/iu.test(
      sentence.slice(atEnd, atEnd + 12),
    )
  )
    return false;
  return (
    /(?<![\p{L}])на\s*$/iu.test(sentence.slice(Math.max(0, at - 6), at)) ||
    /(?:ға|ге|қа|ке)$/u.test(sentence.slice(at, atEnd))
  );
}

/** Kazakh words between a figure and the noun it counts: "астам" (more than), adjectives ("жаңа"). */
const KAZAKH_BEFORE_NOUN =
  /^(?:астам|артық|жуық|аса|шамасында|жаңа|ірі|шағын|заманауи|отандық|шетелдік|жеке|мемлекеттік)$/iu;

/**
 * The noun a bare Russian or Kazakh count counts, written after it ("37 школ", "из 64
 * колледжей", "в 14 городах", "64 колледж"), or null when the word after it is a time, a
 * rank, a unit, a verb or a function word. A Kazakh ending after a hyphen ("2 400-ге") is
 * skipped; "больше" / "көп" after it count the difference ("на 2 400 больше").
 *
 * @example cyrillicCountNoun('открыли 37 школ', 10) // { head: 'школ', phrase: 'школ' }
 * @example cyrillicCountNoun('за 10 месяцев', 5) // null
 */
/**
 * A Kazakh adjective by a suffix only Kazakh spells ("инвестициялық", "өңірлік"): after a count
 * it qualifies the noun that follows, which is what is counted ("96 инвестициялық жоба").
 */
const KAZAKH_QUALIFIER = /^\p{Ll}+(?:лық|лік|дық|дік|тық|тік)$/u;

/** An acronym joined to a lower-case noun: "ИТ-специалистов", "IT-мамандар". */
const ACRONYM_NOUN = /^\p{Lu}{2,4}-\p{Ll}{3}/u;

export function cyrillicCountNoun(
  text: string,
  end: number,
): { head: string; phrase: string } | null {
  const after = /^(?:-[\p{L}]{1,4})?[ \t\u00a0\u202f]+([\p{L}][\p{L}-]*)/u.exec(
    text.slice(end, end + 60),
  );
  let word = after?.[1];
  let end0 = end + (after?.[0].length ?? 0);
  // Kazakh writes "more than" and adjectives between a figure and the noun it counts: "38 мыңнан
  // астам маман", "11 жаңа мектеп"; the noun is what is counted
  const kazakh: string[] = [];
  while (
    word &&
    (KAZAKH_BEFORE_NOUN.test(word) || KAZAKH_QUALIFIER.test(word)) &&
    kazakh.length < 2
  ) {
    if (!/^(?:астам|артық|жуық|аса|шамасында)$/iu.test(word)) kazakh.push(word);
    const next = /^[ \t\u00a0\u202f]+([\p{L}][\p{L}-]*)/u.exec(text.slice(end0, end0 + 40));
    if (!next) return null;
    word = next[1];
    end0 += next[0].length;
  }
  if (!word || !/[\u0400-\u04ff]/u.test(word) || NOT_COUNTED.test(word)) return null;
  if (kazakh.length > 0 || after?.[1] !== word) {
    if (isRussianVerb(word) || (/^\p{Lu}/u.test(word) && !ACRONYM_NOUN.test(word))) return null;
    // "мектеп оқушысы": a noun in the possessive after it is the counted noun's head
    const owned = /^[ \t\u00a0\u202f]+([\p{Ll}]+(?:сы|сі))(?![\p{L}])/u.exec(
      text.slice(end0, end0 + 30),
    );
    const head = owned ? owned[1]! : word;
    return {
      head: head.toLowerCase(),
      phrase: [...kazakh, word, ...(owned ? [owned[1]!] : [])].join(' '),
    };
  }
  // "20 тысяч ИТ-специалистов": an acronym joined to a lower-case noun is a noun, not a name
  if (isRussianVerb(word) || (/^\p{Lu}/u.test(word) && !ACRONYM_NOUN.test(word))) return null;
  // "20 региональных хабов": the adjectives and the noun they qualify, which is what is counted
  if (RUSSIAN_ADJECTIVE.test(word.toLowerCase())) {
    const rest = /^(?:\s+[\p{Ll}-]+){1,2}/u.exec(text.slice(end + after![0].length, end + 80))?.[0];
    const words = rest?.trim().split(/\s+/) ?? [];
    const noun = words.findIndex((w) => !RUSSIAN_ADJECTIVE.test(w));
    if (noun >= 0 && !NOT_COUNTED.test(words[noun]!) && !isRussianVerb(words[noun]!))
      return {
        head: words[noun]!.toLowerCase(),
        phrase: [word, ...words.slice(0, noun + 1)].join(' '),
      };
  }
  return { head: word.toLowerCase(), phrase: word };
}

/**
 * The noun a Russian or Kazakh count names before it, in its clause: "число экспортёров …
 * достигло 1 312" counts exporters; "экспорттаушылар саны" too.
 *
 * @example cyrillicNumberOf('Число экспортёров достигло ') // 'экспортёров'
 */
export function cyrillicNumberOf(before: string): string {
  const match = RUSSIAN_NUMBER_OF.exec(before) ?? KAZAKH_NUMBER_OF.exec(before);
  if (!match) return '';
  // the noun and the adjectives before it: "иностранных студентов", not "резидентов международного"
  const words = match[1]!.split(/\s+/);
  const noun = words.findIndex((word) => !RUSSIAN_ADJECTIVE.test(word.toLowerCase()));
  return words.slice(0, noun < 0 ? words.length : noun + 1).join(' ');
}

/**
 * Words that point back at what was measured before: "Это на 9% больше", "Бұл көрсеткіш 89
 * пайызға жетті", "объём превысит …", "этого объёма". A figure they name is the last one's.
 */
const ANAPHOR = new RegExp(
  '(?<![\\p{L}])(?:это|этого|этот|эта|эти|данный|данного|бұл|осы|показател\\p{L}*|' +
    'объ[её]м\\p{L}*|көрсеткіш\\p{L}*|көлем\\p{L}*)(?![\\p{L}])',
  'iu',
);
/** Words that compare a figure with an earlier level: "на 9% больше", "1,5 есе көп", "жоғары". */
const MORE_OR_LESS =
  /(?<![\p{L}])(?:больше|меньше|выше|ниже|көп|аз|артық|жоғары|төмен|кем)(?![\p{L}])/iu;

/**
 * How a Russian or Kazakh figure that names no metric of its own refers back to the one measured
 * before it: `same` when its clause points back ("этот показатель составил 89%"), `change` when it
 * also compares with an earlier level ("Это на 9,6% больше", "Бұл 1,5 есе көп") or is a change
 * ("объём вырос на 12%"), '' when it does not point back.
 *
 * @example cyrillicBackReference('Это на 9,6% больше, чем годом ранее.', 7, 11) // 'change'
 * @example cyrillicBackReference('Бұл көрсеткіш 89 пайызға жетті.', 14, 24) // 'same'
 * @example cyrillicBackReference('Рост составил 9%.', 14, 16) // ''
 */
export function cyrillicBackReference(
  sentence: string,
  at: number,
  atEnd: number,
): 'same' | 'change' | '' {
  const clauseStart = Math.max(
    sentence.lastIndexOf(',', at - 1),
    sentence.lastIndexOf(';', at - 1),
    sentence.lastIndexOf('—', at - 1),
  );
  // "72% этого объёма": right after the figure too
  const after = /^[^,;.]{0,20}/u.exec(sentence.slice(atEnd))![0];
  if (!ANAPHOR.test(sentence.slice(clauseStart + 1, at)) && !ANAPHOR.test(after)) return '';
  const around = sentence.slice(clauseStart + 1, Math.min(sentence.length, atEnd + 30));
  return MORE_OR_LESS.test(around) || CYRILLIC_CHANGE.test(around) ? 'change' : 'same';
}

/** "из них около 80%", "из которых 94%", "оның шамамен 58 пайызы": the part of a whole just named. */
const PART_OF_BEFORE =
  /(?<![\p{L}])(?:из\s+(?:них|которых|которого|которой|этого|этой|этих)|оның(?:\s+ішінде)?|олардың(?:\s+ішінде)?)\s+(?:[\p{L}.]+\s+){0,2}$/iu;
/** "38% из них", "52% из них обучаются". */
const PART_OF_AFTER = /^(?:-?\p{L}{0,4})?\s*(?:—\s*)?из\s+(?:них|которых)(?![\p{L}])/iu;
/**
 * A Kazakh percent in the possessive, the part of what is named before it in the genitive:
 * "экспорттың 85 пайызы", "таза пайданың 40 пайызын", "аударымдардың 80 пайыздан астамы".
 */
const KAZAKH_PART = /пайыз(?:ы|ын|ына|ынан)$|пайыздан\s+(?:астамы|асатыны|көбі)/u;
/** "26% расходов", "91% от общего реестра", "68,5% от общего объёма": a part of a whole after it. */
const RUSSIAN_PART_AFTER =
  /^\s*(?:от\s+(?:общ\p{L}*|всего|всех|всей)|(?:всего|всех|всей)\s+\p{L}+)/iu;

/** "всех", "мировой", "внешней": a word before the whole's noun that the label keeps. */
const WHOLE_ADJECTIVE = /^(?:всех|всей|всего|общ\p{L}+|[\p{Ll}]+(?:ой|ей|ого|его|ых|их))$/u;

/**
 * The whole a Russian percentage is a part of, written right after it in the genitive: a noun the
 * glossary knows, with one adjective before it ("41% всех расходов" → "расходов", "38% мировой
 * добычи" → "мировой добычи", "5% выручки группы" → "выручки"); '' when none follows. GDP is
 * left out: "3% ВВП" is a ratio to it, not a part of it.
 *
 * @example russianWholeAfter('Это 41% всех расходов.', 7) // 'расходов'
 * @example russianWholeAfter('Ставка — 5% годовых.', 11) // ''
 */
export function russianWholeAfter(sentence: string, atEnd: number): string {
  const words = /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(sentence.slice(atEnd, atEnd + 60));
  if (!words) return '';
  const [, first, second] = words;
  if (isGlossaryNoun(first!, 'ru') && !isRussianVerb(first!)) return first!;
  if (!second || !WHOLE_ADJECTIVE.test(first!) || !isGlossaryNoun(second, 'ru')) return '';
  return /^(?:всех|всей|всего|общ)/u.test(first!) ? second : `${first} ${second}`;
}

/**
 * Whether a Russian or Kazakh percentage is a part of a whole, and which: `anaphor` when the whole
 * is the figure named just before ("из них 80%", "оның 58 пайызы"), `named` when the sentence
 * names the whole ("экспорттың 85 пайызы", "91% от общего реестра"); '' when it is no part.
 *
 * @example cyrillicPartOf('Переводы составили 1 млрд долларов, из которых 94% пришли из России.', 48, 51, '94%') // 'anaphor'
 * @example cyrillicPartOf('Экспорттың 85 пайызы Astana Hub-қа тиесілі.', 11, 20, '85 пайызы') // 'named'
 */
export function cyrillicPartOf(
  sentence: string,
  at: number,
  atEnd: number,
  mention: string,
): 'anaphor' | 'named' | '' {
  const before = sentence.slice(Math.max(0, at - 40), at);
  const after = sentence.slice(atEnd, atEnd + 30);
  if (PART_OF_BEFORE.test(before) || PART_OF_AFTER.test(after)) return 'anaphor';
  if (KAZAKH_PART.test(mention) || KAZAKH_PART.test(`${mention}${after.slice(0, 12)}`))
    return /(?<![\p{L}])(?:бұл|осы)(?![\p{L}])/iu.test(before) ? 'anaphor' : 'named';
  if (RUSSIAN_PART_AFTER.test(after) || russianWholeOf(sentence, at, atEnd)) return 'named';
  return '';
}

/** "на нефть пришлось", "приходится на участников": a whole apportioned among its parts. */
const APPORTIONED_BEFORE =
  /(?<![\p{L}])(?:на\s+[^,;]{1,80}?\s(?:приход\p{L}*|пришл\p{L}*)|(?:приход\p{L}*|пришл\p{L}*)\s+на\s+[^,;]{1,80}?|дол[юия])(?![\p{L}])/iu;
const APPORTIONED_AFTER = /^(?:-?\p{L}{0,4})?\s*(?:приход\p{L}*|пришл\p{L}*)\s+на(?![\p{L}])/iu;

/**
 * Whether a Russian percentage is the part of a level that falls to one of its parts: "из которых
 * на нефть и газ пришлось 88%", "Основной объём экспорта приходится на участников хаба — около
 * 85%", "около 58% приходится на многоквартирные дома", "Основную долю экспорта — почти 72% —
 * обеспечили резиденты". A dash inside the clause does not part the share from its figure, as a
 * comma does.
 *
 * @example isApportionedPart('Экспорт составил 7 млрд, из которых на нефть пришлось 80%.', 53, 56) // true
 * @example isApportionedPart('Экспорт вырос на 80%.', 16, 19) // false
 */
export function isApportionedPart(sentence: string, at: number, atEnd: number): boolean {
  const clauseStart = Math.max(
    sentence.lastIndexOf(',', at - 1),
    sentence.lastIndexOf(';', at - 1),
    sentence.lastIndexOf(':', at - 1),
  );
  return (
    APPORTIONED_BEFORE.test(sentence.slice(clauseStart + 1, at)) ||
    APPORTIONED_AFTER.test(sentence.slice(atEnd, atEnd + 30))
  );
}

/** A change in percentage points: "0,6 п.п.", "1,4 пайыздық тармаққа", "процентного пункта". */
const POINTS = /п\.\s*п\.|пайыздық\s+тармақ|процентн\p{L}*\s+пункт/iu;
/**
 * How much of a plan was done: "исполнен на 100,8%", "98,6% от плана", "96,4%-ға орындалды",
 * "жоспардың 101,3 пайызы".
 */
const EXECUTED_BEFORE = /(?:(?:исполнен|выполнен)\p{L}{0,2}\s+на|жоспардың)\s*$/iu;
const EXECUTED_AFTER = /^(?:-?\p{L}{0,4})?\s*(?:от\s+плана|орындал\p{L}*)/iu;
/** A multiple of an average is a ratio to it: "в 1,6 раза выше средней по стране". */
const ABOVE_AVERAGE = /^\s*(?:выше|ниже|больше|меньше)\s+средн\p{L}*/iu;

/**
 * What a Russian or Kazakh figure measures of its metric, written in its own words: a change in
 * percentage points (`_change_pp`), how much of a plan was done (`_execution`), a multiple of an
 * average (`_ratio`); '' for the metric itself.
 *
 * @example cyrillicMeasureSuffix('Инфляция снизилась на 0,6 п.п.', 21, 30, '0,6 п.п.')
 * // '_change_pp'
 * @example cyrillicMeasureSuffix('План исполнен на 100,8%.', 17, 23, '100,8%') // '_execution'
 */
export function cyrillicMeasureSuffix(
  sentence: string,
  at: number,
  atEnd: number,
  mention: string,
): '' | '_change_pp' | '_execution' | '_ratio' {
  // "коридор +/- 1 п.п.": a band's half-width around a rate, not a change of it
  if (POINTS.test(mention))
    return /(?:\+\/-|±)\s*$/u.test(sentence.slice(Math.max(0, at - 6), at)) ? '' : '_change_pp';
  const after = sentence.slice(atEnd);
  if (/%|процент|пайыз/iu.test(mention)) {
    if (EXECUTED_BEFORE.test(sentence.slice(0, at)) || EXECUTED_AFTER.test(after))
      return '_execution';
    return '';
  }
  return /раз|вдвое|втрое|есе/iu.test(mention) && ABOVE_AVERAGE.test(after) ? '_ratio' : '';
}
