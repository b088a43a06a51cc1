/**
 * Relative clauses set off by commas, per language: a time inside one dates that clause only
 * ("Hepsiburada, контрольный пакет которого Kaspi приобрел в прошлом году, увеличил выручку на
 * 41%": the 41% is not last year's). Data only; `placeTimes` in extract.ts reads it.
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
