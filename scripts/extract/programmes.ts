/**
 * Named programmes as the owners of their own figures (rule 2 of the gold README): "Under the
 * AI-Sana programme, 712,000 students took AI courses", "По программе «Отау» выдано 9 тыс.
 * займов", "Tech Orda бағдарламасы бойынша 12 мың адам оқыды". The programme owns the figures
 * that count its participants, what is given under it and the money given to it, and a sentence
 * that points back at it ("the programme's budget", "по программе", "бағдарламаға") means the
 * one the text named last, in its paragraph or the one before. Figures it merely aims to move
 * (housing, villages connected, exports) keep their country. Pure; word tables in
 * `languages/programmes.ts`.
 */

import { escapeRegExp } from './escape.ts';
import { transliterate } from './cyrillic-metrics.ts';
import { canonicalEntity, findPlaces, type PlaceMention } from './entities.ts';
import {
  CYRILLIC_PROGRAMME_BACK,
  ENGLISH_NOT_A_NAME,
  ENGLISH_PROGRAMME_AFTER,
  ENGLISH_PROGRAMME_BACK,
  ENGLISH_PROGRAMME_BEFORE,
  ENGLISH_PROGRAMME_NOUN,
  ENGLISH_PROGRAMME_OWN,
  KAZAKH_PROGRAMME,
  KAZAKH_PROGRAMME_OWN,
  PROGRAMME_NATION,
  PROGRAMME_PARTICIPANTS,
  PROGRAMME_TRANSLATIONS,
  RUSSIAN_PROGRAMME,
  RUSSIAN_PROGRAMME_OWN,
} from './languages/programmes.ts';
import { CLAUSE_BREAK_SOURCE } from './languages/clauses.ts';

/** A named programme written in a text, at document offsets, under its one name. */
export interface ProgrammeMention {
  start: number;
  end: number;
  name: string;
}

/** A cheap test before a text's programmes are read. */
const ANY_PROGRAMME_WORD =
  /program|initiative|projects?\b|scheme|программ|проект|инициатив|бағдарлам|жоба/i;

/**
 * Every mention of a named programme in `text`, in order: where it is named with its noun
 * ("the AI-Sana programme", "программы «Отау»") and, after that, its name written alone
 * ("студентов AI-Sana", "allocated 28 billion tenge to AI-Sana").
 *
 * @example namedProgrammes('Under the AI-Sana programme, 700 students …')[0].name // 'AI-Sana'
 */
export function namedProgrammes(text: string): ProgrammeMention[] {
  if (!ANY_PROGRAMME_WORD.test(text)) return [];
  const found: ProgrammeMention[] = [];
  const add = (start: number, written: string, name: string): void => {
    if (name) found.push({ start, end: start + written.length, name });
  };
  // a name and its noun stand on one line (ENGLISH_PROGRAMME_BEFORE spans no line break), so only
  // the lines with a noun are read: over the whole text, the pattern's tries at every capital
  // letter took 0.3 s of a 44 s profile of the bench corpus (CPU 0.98x, median of 5 interleaved
  // runs on 2.6 MB, load 10-11)
  for (const [lineStart, line] of linesWith(text, ENGLISH_PROGRAMME_NOUN))
    for (const match of line.matchAll(ENGLISH_PROGRAMME_BEFORE)) {
      const words = match[1]!.split(/\s+/);
      let skipped = 0;
      while (words.length > 0 && ENGLISH_NOT_A_NAME.has(words[0]!))
        skipped += words.shift()!.length;
      const written = words.join(' ');
      if (words.length === 0 || isPlaceName(written)) continue;
      const start = lineStart + match.index + match[1]!.indexOf(words[0]!, skipped);
      add(start, written, englishName(written));
    }
  for (const match of text.matchAll(ENGLISH_PROGRAMME_AFTER)) {
    const written = match[1] ?? match[2] ?? match[3]!;
    if (!isPlaceName(written))
      add(match.index + match[0].indexOf(written), written, englishName(written));
  }
  for (const pattern of [RUSSIAN_PROGRAMME, KAZAKH_PROGRAMME])
    for (const match of text.matchAll(pattern)) {
      const written = match[1] ?? match[2] ?? match[3]!;
      add(match.index + match[0].indexOf(written), written, cyrillicName(written));
    }
  if (found.length === 0) return found;
  // a name the text has given a programme is that programme wherever it is written alone
  const names = new Map(
    found.map((mention) => [text.slice(mention.start, mention.end), mention.name]),
  );
  for (const [written, name] of names) {
    const escaped = escapeRegExp(written);
    for (const match of text.matchAll(
      new RegExp(`(?<![\\p{L}\\d-])${escaped}(?![\\p{L}\\d-])`, 'gu'),
    ))
      if (!found.some((mention) => mention.start === match.index)) add(match.index, written, name);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The lines of `text` on which `pattern` (global) matches, each once, in order, with where each
 * starts.
 *
 * @example [...linesWith('a\nthe X programme\nb', /programme/g)] // [[2, 'the X programme']]
 */
function* linesWith(text: string, pattern: RegExp): Generator<[start: number, line: string]> {
  pattern.lastIndex = 0;
  for (let match; (match = pattern.exec(text));) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const end = newline < 0 ? text.length : newline;
    yield [start, text.slice(start, end)];
    // the next noun is looked for on the following lines
    pattern.lastIndex = end;
  }
}

/** Whether `name` is only a place ("Kazakhstan programme" names no programme). */
function isPlaceName(name: string): boolean {
  return findPlaces(name).some((place) => place.start === 0 && place.end === name.length);
}

/** An English name as one: "AI Sana" and "AI-Sana" are one programme. */
function englishName(written: string): string {
  return canonicalEntity(written.replace(/\s+/g, ' '));
}

/** A Russian or Kazakh name in Latin letters: its English name where it has one, else transliterated. */
function cyrillicName(written: string): string {
  if (/^[\p{Script=Latin}\d\s+.-]+$/u.test(written)) return englishName(written);
  const lower = written.toLowerCase();
  const translated = PROGRAMME_TRANSLATIONS.find(([start]) => lower.startsWith(start));
  if (translated) return translated[1];
  return transliterate(written)
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * Where a clause starts: a place across one of these is another clause's subject. A dash too,
 * which sets off a Russian or Kazakh list item ("…, вторичного — 462 тыс.").
 */
const CLAUSE_BREAK_OR_DASH = new RegExp(String.raw`${CLAUSE_BREAK_SOURCE}|\s—\s`, 'g');
/**
 * A clause break or a figure: a programme named across one is not the figure's. A year is no
 * figure here ("to train 100,000 people by 2028 through the X programme").
 */
const CLAUSE_BREAK_OR_FIGURE = new RegExp(
  String.raw`(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d|${CLAUSE_BREAK_SOURCE}`,
);
/** Whether `between` (a figure and a programme named after it) crosses a clause or a figure. */
const apart = (between: string): boolean => CLAUSE_BREAK_OR_FIGURE.test(between);

/** A figure, its sentence and what the text has named around it, for `programmeOwner`. */
export interface ProgrammeFigure {
  sentence: string;
  /** Where `sentence` starts in the text. */
  sentenceStart: number;
  /** The figure's offsets in `sentence`. */
  at: number;
  atEnd: number;
  /** The paragraph's language: 'en', 'ru' or 'kk'. */
  language: string;
  /** The places of `sentence`, at its offsets. */
  places: readonly PlaceMention[];
  /** The text's named programmes, in order (`namedProgrammes`). */
  programmes: readonly ProgrammeMention[];
  /** The text offset a programme pointed back at may be named from (its paragraph or the one before). */
  backTo: number;
  /**
   * Whose the figure the text gave just before this one is ('' for none): where it is a named
   * programme's, the text is going on about that programme, however far back it was named.
   */
  previousOwner?: string;
}

/**
 * The programme that owns the figure at `at`..`atEnd` of `sentence` (which starts at
 * `sentenceStart` in the text), or '' for none:
 * - a programme named in the sentence before the figure, or after it with no other figure
 *   between them, or one the sentence points back at ("the programme", "по программе"), the
 *   last the text named since `backTo` (its paragraph or the one before);
 * - and the figure is the programme's own: the words of its clause, to a few words after it,
 *   count participants or money given (`languages/programmes.ts`), or it is money given "to"
 *   the programme named after it;
 * - or, in a sentence that names none, the programme named last since `backTo` when the
 *   sentence counts what only a programme has (participants, graduates, certificates);
 * - and no place before the figure in its clause is the subject ("Uzbekistan has trained
 *   310,000 people under its programme" is Uzbekistan's: rule 1 before rule 2).
 */
export function programmeOwner({
  sentence,
  sentenceStart,
  at,
  atEnd,
  language,
  places,
  programmes,
  backTo,
  previousOwner = '',
}: ProgrammeFigure): string {
  const sentenceEnd = sentenceStart + sentence.length;
  let before: ProgrammeMention | undefined;
  let after: ProgrammeMention | undefined;
  for (const mention of programmes) {
    if (mention.start >= sentenceEnd) break;
    if (mention.start < sentenceStart) continue;
    if (mention.end <= sentenceStart + at) before = mention;
    else if (mention.start >= sentenceStart + atEnd && !after) after = mention;
  }
  const own =
    language === 'ru'
      ? RUSSIAN_PROGRAMME_OWN
      : language === 'kk'
        ? KAZAKH_PROGRAMME_OWN
        : ENGLISH_PROGRAMME_OWN;
  const back = language === 'en' ? ENGLISH_PROGRAMME_BACK : CYRILLIC_PROGRAMME_BACK;
  // "Бағдарламаға 112 университет қосылды. … 2025 жылы бағдарламаға 420 мың студент тіркелген":
  // the programme whose figures the text has been giving, named paragraphs before
  const goneOn = previousOwner ? lastNamedAs(programmes, previousOwner, sentenceStart) : undefined;
  let programme = before;
  // where the programme is written in the sentence (its name, or the word pointing back at it);
  // -1 when the sentence only goes on about one named before
  let programmeAt = before ? before.start - sentenceStart : -1;
  let programmeEnd = before ? before.end - sentenceStart : -1;
  if (!programme && after && !apart(sentence.slice(atEnd, after.start - sentenceStart))) {
    programme = after;
    programmeAt = after.start - sentenceStart;
    programmeEnd = after.end - sentenceStart;
  }
  if (!programme) {
    for (const match of sentence.matchAll(back)) {
      const beforeFigure = match.index + match[0].length <= at;
      if (!beforeFigure && apart(sentence.slice(atEnd, match.index))) break;
      programme = lastNamed(programmes, backTo, sentenceStart) ?? goneOn;
      programmeAt = match.index;
      programmeEnd = match.index + match[0].length;
      if (beforeFigure || programme) break;
    }
  }
  // "Биыл қатысушылар саны екі есеге өсті" after a sentence about the programme: the text goes
  // on about it
  let continued = false;
  if (!programme) {
    programme = lastNamed(programmes, backTo, sentenceStart) ?? goneOn;
    programmeAt = -1;
    programmeEnd = -1;
    continued = true;
  }
  if (!programme) return '';
  let clauseStart = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK_OR_DASH)) {
    if (match.index >= at) break;
    clauseStart = match.index + match[0].length;
  }
  // a sentence going on about the programme whose figure came just before counts its
  // participants anywhere before the figure ("Доля студентов, получивших сертификаты, — 63%",
  // "Қатысушылардың жартысы сертификат алды, ал 48 мың студент …");
  // unless it speaks of the whole country ("елде 3 жаңа университет ашылады"), whose figure it
  // then gives
  const goesOn = continued && goneOn !== undefined && goneOn.name === programme.name;
  if (continued && PROGRAMME_NATION.test(sentence.slice(clauseStart, at))) return '';
  const lastComma = sentence.lastIndexOf(',', at);
  const window = sentence.slice(
    goesOn ? 0 : Math.max(clauseStart, lastComma + 1),
    Math.min(sentence.length, atEnd + 40),
  );
  // "8 billion tenge to the X programme", "250 млрд тенге на программу": money given to it
  const givenTo =
    programmeAt > atEnd &&
    /(?:\b(?:to|for)\s+(?:the\s+)?|(?<!\p{L})(?:на|для)\s+)$/u.test(
      sentence.slice(atEnd, programmeAt),
    );
  if (!givenTo && !(continued ? PROGRAMME_PARTICIPANTS : own).test(window)) return '';
  const subject = places.some(
    (place) =>
      !place.partner &&
      place.start >= clauseStart &&
      place.end <= at &&
      // "Uzbekistan's One Million Coders programme", "One Million Uzbek Coders": the name's own
      !(programmeAt >= 0 && place.start >= programmeAt - 1 && place.start <= programmeEnd + 1) &&
      // "Under the Digital Uzbekistan 2030 strategy": a place inside another name is no subject
      !IN_A_NAME_BEFORE.test(sentence.slice(0, place.start)) &&
      !/^['’]s\s/.test(sentence.slice(place.end, place.end + 3)),
  );
  return subject ? '' : programme.name;
}

/** A capitalised word before a place that does not open its sentence: the place is part of a name. */
const IN_A_NAME_BEFORE = /\S\s+\p{Lu}\p{Ll}+\s+$/u;

/** The last mention of the programme called `name` before `end`; undefined for none. */
function lastNamedAs(
  programmes: readonly ProgrammeMention[],
  name: string,
  end: number,
): ProgrammeMention | undefined {
  return lastNamed(
    programmes.filter((mention) => mention.name === name),
    0,
    end,
  );
}

/** The programme named last before `end` and not before `from`; undefined for none. */
function lastNamed(
  programmes: readonly ProgrammeMention[],
  from: number,
  end: number,
): ProgrammeMention | undefined {
  let last: ProgrammeMention | undefined;
  for (const mention of programmes) {
    if (mention.start >= end) break;
    if (mention.start >= from) last = mention;
  }
  return last;
}
