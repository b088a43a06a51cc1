/**
 * Capitalised English words that open a phrase or a sentence before a name and are no part of it:
 * "The AI-Sana programme", "Under the Tech Orda initiative, …", "Its Delta Valley park". Data
 * only. Each reader adds the words of its own place (`context.ts`: a sentence's opening name, a
 * headline's, a described one; `languages/programmes.ts`: a programme's name), which differ
 * because the places do: a headline opens with "Exports" or "GDP", which are no name, while a
 * sentence's "In" or "Meanwhile" never opens a headline's subject.
 */

/** Articles and determiners: "The", "Its". */
export const NAME_DETERMINERS = ['The', 'A', 'An', 'This', 'Its'];

/** Prepositions that frame a sentence before the name it is about: "Under the X programme, …". */
export const FRAMING_PREPOSITIONS = ['Under', 'Through', 'Via'];
