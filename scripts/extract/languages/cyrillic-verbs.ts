/**
 * Russian verb forms, told from nouns by their endings, for the metric labeller: a
 * label names what a figure measures, so it is a noun phrase and never a verb ("Довести",
 * "планирует", "направит"). Data and one pure test.
 *
 * Russian infinitives end in -ть, -ти or -чь ("довести", "обеспечить", "достичь"), but so do a
 * few nouns ("сеть", "часть", "нефть", "ночь"): nouns in -сть and -фть are never taken for verbs,
 * and the other nouns that end like an infinitive are listed. Finite forms are taken by endings
 * that no common noun has: present -ует/-ает/-яет and their plurals ("планирует", "лидируют"),
 * future -вит/-чит/-оит/-сит/-ят ("направит", "получит", "стоит", "составят"), past -ил
 * and -овал ("вложил", "рекомендовал"). Kazakh verbs end in endings of their own ("жетті",
 * "асады", "өскен", "өсіп"), which `labels.ts` refuses already.
 */

/** Russian infinitives, reflexive ones included ("увеличиться"). */
const RUSSIAN_INFINITIVE = new RegExp(
  '(?:[аяеиоуыю]ть(?:ся)?|' +
    '(?:вес|вез|нес|рас|[иы]д|й|брес|грес|плес|цвес|тряс|полз|лез)ти(?:сь)?|' +
    '[аеиоуыя]чь(?:ся)?)$',
  'u',
);

/**
 * Nouns that end like an infinitive, as whole words or after a hyphen ("сеть", "интернет-сеть",
 * "путь", "треть", "ночь"): whole, since "узнать", "сберечь" and "принимать" end like them too.
 */
const NOUNS_LIKE_INFINITIVES = new RegExp(
  '(?:^|-|соц|теле)(?:сеть|нить|путь|суть|ртуть|жуть|плоть|треть|печать|кровать|' +
    'ноготь|локоть|коготь|ломоть|копоть|прихоть|ночь|дочь|речь|печь|мать|знать|' +
    'стать|страсти)$',
  'u',
);

/**
 * Russian finite forms by endings no common noun has; also the past in -ял, -ывал, -отал
 * ("составлял", "заработал"), the future in -жит ("вложит"), short participles after a hushing
 * letter, л or д ("утвержден", "установлена", "загружен", "построен") and perfective gerunds
 * ("прибавив", "увеличив", "превысив", "достигнув").
 */
const RUSSIAN_FINITE =
  /(?:[уая]ет|[уаяе]ют|вит|чит|оит|сит|ят|ил|овал|евал|будут|растут|достигнут|идут|ял|[ыи]вал|отал|жит|[жшщчлд]ен[аоы]?|оен[аоы]?|ерен|авив|ивив|изив|ичив|ьшив|ысив|нув)$/u;
/** Nouns that end like a short participle ("члены"). */
const NOUNS_LIKE_PARTICIPLES = /^член/u;

/**
 * Whether `word` is a Russian verb form rather than a noun.
 *
 * @example isRussianVerb('Довести') // true
 * @example isRussianVerb('область') // false
 * @example isRussianVerb('планирует') // true
 * @example isRussianVerb('кредит') // false
 */
export function isRussianVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 4 || /(?:сть|фть|рть)$/u.test(lower)) return false;
  if (RUSSIAN_INFINITIVE.test(lower)) return !NOUNS_LIKE_INFINITIVES.test(lower);
  return RUSSIAN_FINITE.test(lower) && !NOUNS_LIKE_PARTICIPLES.test(lower);
}
