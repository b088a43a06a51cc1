/**
 * Relative clauses set off by commas, per language: a time inside one dates that clause only
 * ("Hepsiburada, контрольный пакет которого Kaspi приобрел в прошлом году, увеличил выручку на
 * 41%": the 41% is not last year's). Data only; `placeTimes` in extract.ts reads it. And where a
 * clause starts within a sentence, for the readers of subjects and programmes (`CLAUSE_BREAK_SOURCE`).
 *
 * Each pattern matches a whole clause, from its opening comma to its closing one: a relative
 * clause that ends the sentence is left alone (its figure may be the main clause's, as in "…
 * reached $5 bn, which was a record for 2025.").
 */
import type { Language } from '../language.ts';

export const RELATIVE_CLAUSES: Readonly<Record<Language, RegExp | null>> = {
  en: /,\s+(?:which|who|whose)\b[^,;:()]*,/giu,
  // "…, который …,", "…, контрольный пакет которого …,"
  ru: /,\s+(?:[\p{L}-]+\s+){0,3}котор\p{L}*[^,;:()]*,/giu,
  // Kazakh relative clauses are participles before their noun, with no commas to find them by
  kk: null,
  other: null,
};

/** Conjunctions that open a clause of their own after a comma: "…, and imports fell", "…, а импорт", "…, ал экспорт". */
const CLAUSE_CONJUNCTIONS = ['and', 'but', 'while', 'whereas', 'а', 'но', 'ал', 'және'];

/**
 * Where a new clause starts within a sentence, as a pattern source: a semicolon or a colon, or a
 * comma and a conjunction. What lies across one is another clause's subject or figure
 * (`programmes.ts`, `context.ts`, `owner.ts`).
 */
export const CLAUSE_BREAK_SOURCE = String.raw`[;:]|,\s+(?:${CLAUSE_CONJUNCTIONS.join('|')})\s`;
