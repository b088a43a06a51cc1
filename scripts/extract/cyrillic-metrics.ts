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
import type { Language } from './language.ts';

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
    'достигает превышает более свыше около почти порядка менее не'
  ).split(' '),
);
const KAZAKH_STOP = new Set(
  (
    'жылы жылдың жылға жылғы жыл биыл өткен келесі және мен бен пен да де та те бойынша ' +
    'құрады құрайды болды болады жетті жетеді асты асады өсті өседі артты артады шамамен астам ' +
    'жуық дейін кем'
  ).split(' '),
);
/** Verb forms by their endings: reflexive, past and participles ("увеличилась", "выделено"). */
const RUSSIAN_VERB = /(?:ся|сь|ило|ало|ено|ано|ены|аны|ли)$/u;
const WORD = /[\p{L}][\p{L}\p{N}-]*/gu;

/**
 * @example cyrillicMetricLabel('Экспорт ИТ-услуг в 2025 году составил 850 млн долларов.', 38, 'ru') // 'Экспорт ИТ-услуг'
 * @example cyrillicMetricLabel('Обучено 650 тыс. студентов.', 8, 'ru') // 'студентов'
 */
export function cyrillicMetricLabel(sentence: string, at: number, language: Language): string {
  const stop = language === 'kk' ? KAZAKH_STOP : RUSSIAN_STOP;
  const clauseStart = Math.max(
    sentence.lastIndexOf(',', at - 1),
    sentence.lastIndexOf(';', at - 1),
    sentence.lastIndexOf(':', at - 1),
    sentence.lastIndexOf('—', at - 1),
  );
  const subject = leadingPhrase(sentence.slice(clauseStart + 1, at), stop, language);
  if (subject) return subject;
  // the noun after the figure: "650 тыс. студентов"
  WORD.lastIndex = 0;
  const after = sentence.slice(at).replace(/^[^\p{L}]*(?:тыс\.|млн|млрд|трлн|мың)?\s*/u, '');
  const noun = WORD.exec(after)?.[0] ?? '';
  return noun && !stop.has(noun.toLowerCase()) ? noun : '';
}

/** The words that open `text` up to the first stop word, digit or verb, at most five. */
function leadingPhrase(text: string, stop: ReadonlySet<string>, language: Language): string {
  const words: string[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  let last = 0;
  while ((match = WORD.exec(text))) {
    // a digit between words ends the subject: "в 2025 году"
    if (/\d/.test(text.slice(last, match.index))) break;
    const word = match[0];
    const lower = word.toLowerCase();
    if (stop.has(lower) || (language === 'ru' && RUSSIAN_VERB.test(lower) && words.length > 0))
      break;
    words.push(word);
    last = match.index + word.length;
    if (words.length === 5) break;
  }
  return words.join(' ');
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
