/**
 * A central bank's decision on its policy rate, per language: "kept the base rate at 15.25%",
 * "снизил базовую ставку на 0,5 п.п.", "базалық мөлшерлемені сақтады". A decision the text reports
 * with no period is the rate in force now, the year the text was published (the gold README:
 * "currently", "now" → the published year); `extract.ts` reads it when nothing else dates the
 * figure. Data only.
 */
import type { Language } from '../language.ts';

const RATE_EN = String.raw`(?:base|policy|key|refinancing|benchmark|prime)\s+(?:interest\s+)?rate`;

export const RATE_DECISIONS: Readonly<Record<Language, RegExp | null>> = {
  en: new RegExp(
    String.raw`\b(?:kept|keeps?|keeping|left|leaves?|leaving|held|holds?|holding|raised|raises?|raising|cut|cuts|cutting|lowered|lowers?|lowering|hiked?|hikes|reduced|reduces?|maintained|maintains?)\s+(?:\w+\s+){0,3}?${RATE_EN}\b`,
    'i',
  ),
  // "сохранил базовую ставку", "принял решение снизить ключевую ставку"
  ru: /(?<!\p{L})(?:сохран|сниз|повыс|остав)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:(?:базов|ключев|учетн|учётн)\p{L}*\s+ставк|ставк\p{L}*\s+рефинансирования)/iu,
  // "базалық мөлшерлемені 15 пайыз деңгейінде сақтады": the verb comes last
  kk: /(?<!\p{L})(?:базалық|есептік)\s+мөлшерлеме\p{L}*[^.;]{0,60}?(?:сақта|төмендет|көтер|өзгеріссіз\s+қалдыр)\p{L}*/iu,
  other: null,
};
