/**
 * Named programmes, per language: how a text names a state or corporate programme, how it points
 * back at one it has named, and which figures are a programme's own (its participants, the grants
 * and loans given under it, the money allocated to it). Rule 2 of the gold README gives those
 * figures to the programme; a national indicator it aims to move (housing commissioned, villages
 * connected, IT exports) stays its country's. Read by `programmes.ts`.
 */

import { FRAMING_PREPOSITIONS, NAME_DETERMINERS } from './name-openers.ts';
import { NATION_WORDS } from './cyrillic-places.ts';

/** The English nouns of a programme, in every reader of one. */
export const ENGLISH_PROGRAMME_NOUNS = ['programme', 'program', 'initiative'];
/**
 * The English nouns a named programme owns its figures under (`namedProgrammes`): also a
 * "project" or a "scheme" ("the Digital Villages project"). `context.ts` reads platforms and
 * public systems as a clause's subject instead, with nouns of its own.
 */
const PROGRAMME_NOUN = `(?:${[...ENGLISH_PROGRAMME_NOUNS, 'project', 'scheme'].join('|')})`;

/**
 * "the AI-Sana programme", "the One Million Uzbek Coders initiative": a capitalised word, then up
 * to four capitalised or numeral words, on one line, before the noun (the leading article and
 * framing words are trimmed after).
 */
export const ENGLISH_PROGRAMME_BEFORE = new RegExp(
  String.raw`(\p{Lu}[\p{L}\d+’'-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d+’'-]*){0,4})[ \t]+${PROGRAMME_NOUN}\b`,
  'gu',
);

/** The English nouns alone, in the case ENGLISH_PROGRAMME_BEFORE reads them. */
export const ENGLISH_PROGRAMME_NOUN = new RegExp(String.raw`${PROGRAMME_NOUN}\b`, 'g');

/**
 * A capitalised name of up to four words, not inside a longer word, nor a time or a framing
 * phrase ("In 2025, the programme covered …").
 */
const APPOSED_NAME =
  String.raw`(?<![\p{L}\d])(?!(?:In|On|At|By|Since|From|Over|During|Under|Through|For|After|Before|Until|Last|This|Next)\b)` +
  String.raw`([\p{Lu}][\p{L}\d-]+(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,3})`;

/**
 * 'programme "Georgia 2030"'; the name set beside the noun by an apposition: "Skills4Tomorrow
 * 2030, a programme that …", "Tech Orda, the park's programme of IT courses, …", "Its programme
 * of loans to returning migrants, Mekenim, has issued …".
 */
export const ENGLISH_PROGRAMME_AFTER = new RegExp(
  String.raw`\b${PROGRAMME_NOUN}\s+["“«]([^"”»\n]{2,40})["”»]|` +
    String.raw`${APPOSED_NAME},\s+(?:an?\s+(?:[\p{Ll}-]+\s+){0,2}${PROGRAMME_NOUN}\b|` +
    String.raw`(?:the|its|their|(?:the\s+)?\p{L}+['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}${PROGRAMME_NOUN}\b[^,.;]{0,60},)|` +
    String.raw`\b${PROGRAMME_NOUN}\s+(?:of|for)\s+[\p{Ll}\s-]{3,60},\s+${APPOSED_NAME},`,
  'gu',
);

/**
 * Capitalised words that open a phrase before the noun without naming a programme: articles,
 * framing prepositions, and the words of an unnamed national or state programme.
 */
export const ENGLISH_NOT_A_NAME: ReadonlySet<string> = new Set([
  ...NAME_DETERMINERS,
  ...FRAMING_PREPOSITIONS,
  'Their',
  'Our',
  'That',
  'Each',
  'Every',
  'State',
  'National',
  'Government',
  'Federal',
  'Regional',
  'New',
  'Pilot',
  'Investment',
  'Development',
  'Economic',
]);

/**
 * "the Tech Orda programme, run by Astana Hub, has issued": a programme whose runner is set off
 * in an apposition is the clause's subject; the runner owns its own figures, not the
 * programme's (rule 2).
 */
export const ENGLISH_RUN_BY = new RegExp(
  String.raw`\b${PROGRAMME_NOUN},\s+(?:which\s+is\s+|that\s+is\s+)?(?:run|operated|administered|implemented|managed|overseen|coordinated)\s+by\s+[^,;:]{1,60},`,
  'i',
);

/** "the programme", "the programme's", "the initiative": a programme named before. */
export const ENGLISH_PROGRAMME_BACK = new RegExp(String.raw`\bthe\s+${PROGRAMME_NOUN}\b`, 'giu');

/**
 * The Russian nouns of a programme in their singular case forms: not "программистов"
 * (programmers) nor "программного обеспечения" (software), which share the stem.
 */
const RUSSIAN_PROGRAMME_NOUN =
  '[Пп]рограмм(?:а|ы|е|у|ой|ою)|[Пп]роект(?:а|е|у|ом)?|[Ии]нициатив(?:а|ы|е|у|ой)';

/**
 * "программы «Отау»", "программа Tech Orda", "проекта «Один миллион программистов»": the
 * Russian noun in any case, then the name in guillemets or in Latin letters.
 */
export const RUSSIAN_PROGRAMME = new RegExp(
  String.raw`(?<!\p{L})(?:${RUSSIAN_PROGRAMME_NOUN})\s+(?:«([^»\n]{2,40})»|"([^"\n]{2,40})"|` +
    String.raw`([A-Z][\p{L}\d-]*(?:\s+[A-Z][\p{L}\d-]*){0,3}))`,
  'gu',
);

/** "AI-Sana бағдарламасы", "«Отау» бағдарламасы": the name, then the Kazakh noun in any case. */
export const KAZAKH_PROGRAMME = new RegExp(
  String.raw`(?:«([^»\n]{2,40})»|"([^"\n]{2,40})"|([A-Z][\p{L}\d-]*(?:\s+[A-Z][\p{L}\d-]*){0,3}))\s+` +
    String.raw`(?:бағдарлама|жоба)\p{L}*`,
  'gu',
);

/** "по программе", "в проект", "бағдарламаға": a Russian or Kazakh programme named before. */
export const CYRILLIC_PROGRAMME_BACK = new RegExp(
  String.raw`(?<!\p{L})(?:${RUSSIAN_PROGRAMME_NOUN}|[Бб]ағдарлама\p{L}*)(?!\p{L})`,
  'gu',
);

/**
 * A programme's own figures, by the noun the figure counts or the money given to it (English):
 * its participants, the bodies taking part, what is given under it, and its funding.
 */
export const ENGLISH_PROGRAMME_OWN =
  /\b(?:students?|people|persons|participants?|graduates?|trainees?|teachers?|lecturers?|universities|colleges|schools|startups?|applications?|teams?|grants?|vouchers?|scholarships?|loans?|mortgages?|certificates?|youths?|young|programmers?|coders?|specialists?|civil\s+servants|schoolchildren|pupils|learners|listeners|budget|funding|financed|allocated?|allocates|requested|spent)\b/iu;

/** The same in Russian, by stem. */
export const RUSSIAN_PROGRAMME_OWN =
  /(?<!\p{L})(?:студент|человек|участник|слушател|выпускник|преподавател|вуз|университет|колледж|стартап|заявок|заявк|команд|грант|ваучер|стипенди|займ|заём|кредит|ипотечн|сертификат|молод|специалист|программист|школьник|учащ|бюджет|выдел|направ(?!лени)|финансир|охват)/iu;

/**
 * The same in Kazakh, by stem: "қатыс-" takes part ("35 компания қатысты"), but "қатысты" before
 * its noun is "concerning".
 */
export const KAZAKH_PROGRAMME_OWN =
  /(?<!\p{L})(?:студент|адам|жасты|жастар|қатыс(?!ты\s+\p{L})|түлек|оқытушы|жоғары\s+оқу\s+орн|университет|колледж|стартап|өтінім|грант|несие|қарыз|сертификат|маман|оқушы|бюджет|бөлін|қаржы|стипенди)/iu;

/**
 * The whole country, in a sentence going on about a programme: "елде 3 жаңа университет ашылады",
 * "в стране" give the country's figure, not the programme's. The nation words of the place
 * tables, and the country as a destination ("елге 100 мың маман қажет", "стране нужны").
 */
export const PROGRAMME_NATION = new RegExp(
  `(?<![\\p{L}])(?:${NATION_WORDS}|елге|в\\s+стране|стране\\s+нужн\\p{L}*)(?![\\p{L}])`,
  'iu',
);

/**
 * Words that only a programme's own figures use (its participants, graduates, certificates,
 * applications; taking part, but not Kazakh "қатысты" as "concerning" before its noun), in the
 * three languages: a sentence with one of them, after one that named the
 * programme in its paragraph, goes on about the programme.
 */
export const PROGRAMME_PARTICIPANTS =
  /(?<!\p{L})(?:participants?|participated|took\s+part|graduates?|trainees?|certificates?|enrol\p{L}*|участник|участв|слушател|выпускник|сертификат|заявок|заявк|қатысушы|қатыс(?!ты\s+\p{L})|түлек|өтінім)/iu;

/**
 * Programmes known by an English name in English news and written in Russian or Kazakh by its
 * translation: the translation's start, lower-case, and the English name.
 */
export const PROGRAMME_TRANSLATIONS: readonly (readonly [string, string])[] = [
  ['один миллион программистов', 'One Million Programmers'],
  ['бір миллион бағдарламашы', 'One Million Programmers'],
];
