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
    String.raw`\b(?:kept|keeps?|keeping|left|leaves?|leaving|held|holds?|holding|raised|raises?|raising|cut|cuts|cutting|lowered|lowers?|lowering|hiked?|hikes|reduced|reduces?|maintained|maintains?)\s+(?:\w+\s+){0,3}?${RATE_EN}\b|\b(?:${RATE_EN}|rate\s+corridor)\b[^.;]{0,30}?\b(?:was|were|has\s+been|have\s+been)\s+(?:kept|left|held|raised|cut|lowered|reduced|maintained)\b`,
    'i',
  ),
  // "сохранил базовую ставку", "принял решение снизить ключевую ставку"
  ru: /(?<!\p{L})(?:сохран|сниз|повыс|остав)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:(?:базов|ключев|основн|учетн|учётн)\p{L}*\s+ставк|ставк\p{L}*\s+рефинансирования)/iu,
  // "базалық мөлшерлемені 15 пайыз деңгейінде сақтады": the verb comes last
  kk: /(?<!\p{L})(?:базалық|есептік)\s+мөлшерлеме\p{L}*[^.;]{0,60}?(?:сақта|төмендет|көтер|өзгеріссіз\s+қалдыр)\p{L}*/iu,
  other: null,
};

/**
 * How a text dates a rate decision in the words around it: a weekday ("on Wednesday", "в
 * пятницу", "сәрсенбіде"), Sunday first, or "today" (the day the text was written). The gold
 * README (Period, 7 December 2026) dates a decision to its day as the text writes it.
 */
export interface DecisionDays {
  /** Patterns of the seven weekdays, Sunday first. */
  weekdays: readonly RegExp[];
  today: RegExp;
}

export const DECISION_DAYS: Readonly<Record<Language, DecisionDays | null>> = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map(
      (day) => new RegExp(String.raw`\bon\s+${day}\b`, 'iu'),
    ),
    today: /\btoday\b/i,
  },
  ru: {
    weekdays: [
      'воскресенье',
      'понедельник',
      'вторник',
      'среду',
      'четверг',
      'пятницу',
      'субботу',
    ].map((day) => new RegExp(String.raw`(?<!\p{L})во?\s+${day}(?!\p{L})`, 'iu')),
    today: /(?<!\p{L})сегодня(?!\p{L})/iu,
  },
  kk: {
    weekdays: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'].map(
      (day) => new RegExp(String.raw`(?<!\p{L})${day}(?:де|да|күні)(?!\p{L})`, 'iu'),
    ),
    today: /(?<!\p{L})бүгін(?!\p{L})/iu,
  },
  other: null,
};
