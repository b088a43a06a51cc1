/**
 * Verbs of saying and forecasting, per language: whoever says, expects or forecasts a figure is
 * its source, not whom it is about (rule 3 of the gold README's Entity section). One table for
 * the three readers that ask: an English clause's verb (`owner.ts`), a Russian or Kazakh name
 * followed by its verb (`cyrillic-entities.ts`), and a name right before a verb of forecasting
 * in any of the three languages (`entities.ts`). Verbs that revise or keep a forecast are here
 * too: whoever revises its forecast says the figure (`owner.ts`), and a revised figure's base is
 * the one it replaced (`extract.ts`).
 */

/** English verbs of expecting and forecasting in the present, as word patterns. */
const ENGLISH_FORECASTS = ['expects?', 'forecasts?', 'predicts?', 'sees', 'estimates?'];

/**
 * English verbs whose subject says a figure: the forecasting ones in any tense, saying and
 * reporting, and believing or wanting, as word patterns.
 */
const ENGLISH_SAYS = [
  ...ENGLISH_FORECASTS,
  'expected',
  'projects?',
  'projected',
  'estimated',
  'saw',
  'says',
  'said',
  'noted',
  'notes',
  'warned',
  'warns',
  'believes?',
  'thinks?',
  'told',
  'added',
  'wants?',
  'hopes?',
  'seeks?',
];

/** Russian and Kazakh stems of expecting, forecasting and estimating. */
const CYRILLIC_FORECASTS = [
  'ожида',
  'прогнозир',
  'оценива',
  'предполага',
  'полага',
  'болжа',
  'күт',
];

/** Russian and Kazakh stems of saying and reporting, and of the data a body gives. */
const CYRILLIC_SAYS = [
  ...CYRILLIC_FORECASTS,
  'сообщ',
  'отмеча',
  'заяв',
  'счита',
  'пиш',
  'мәлімде',
  'хабарла',
  'деректер',
  'мәлімет',
];

/**
 * English verbs of saying and forecasting in the third person present ("expects", "says"), the
 * forms a tagger may read as a plural noun ending a subject ("EDB forecasts").
 */
export const ENGLISH_SAYS_PRESENT: readonly string[] = ENGLISH_SAYS.filter((verb) =>
  /s\??$/.test(verb),
).map((verb) => verb.replace(/\?$/, ''));

/** An English verb of saying or forecasting, as a whole word: "expects", "said". */
export const SAYS = new RegExp(`^(?:${ENGLISH_SAYS.join('|')})$`);

/**
 * A Russian or Kazakh verb of saying or forecasting within a few words after a name: whoever says
 * it is a source. Not an impersonal passive ("как ожидается", "сообщается"): no one is named as
 * saying it.
 */
export const SAYS_AFTER = new RegExp(
  String.raw`^[^.;]{0,40}?(?<![\p{L}])(?:${CYRILLIC_SAYS.join('|')})\p{L}*(?<!с[яь])(?![\p{L}])`,
  'iu',
);

/** A verb of expecting or forecasting right after a name (a word between at most). */
export const FORECASTS_AFTER = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+\s+)?(?:${CYRILLIC_FORECASTS.join('|')}|` +
    String.raw`${ENGLISH_FORECASTS.map((verb) => String.raw`${verb}\b`).join('|')})`,
  'iu',
);

/** English forms of revising a figure: "raised", "cuts", "trimming". */
const ENGLISH_REVISES = [
  'rais(?:ed|es|ing)',
  'lower(?:ed|s|ing)',
  'revis(?:ed|es|ing)',
  'cut(?:s|ting)?',
  'upgrad(?:ed|es|ing)',
  'downgrad(?:ed|es|ing)',
  'trim(?:med|s|ming)',
  'lift(?:ed|s|ing)',
];

/** The nouns of a forecast, after the verb that revises or keeps it: "its 2027 Brent forecast". */
const FORECAST_NOUNS = ['forecasts?', 'outlook', 'estimates?', 'projections?'];

/**
 * A verb that revises or keeps what it is said of, as a whole word: with a forecast noun after it
 * ("raised its 2027 Brent forecast to", "kept its outlook at"), whoever does it says the figure as
 * one that expects it does; the verb alone owns ("raised its capital to").
 */
export const REVISES = new RegExp(
  `^(?:${[...ENGLISH_REVISES, 'kept', 'keeps', 'maintained', 'maintains'].join('|')})$`,
);

/** "its 2026 GDP growth forecast", "their outlook": the forecast a revising verb acts on. */
export const ITS_FORECAST = new RegExp(
  String.raw`^\s+(?:its|their)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${FORECAST_NOUNS.join('|')})\b`,
  'u',
);

/** A forecast or target revised ("cut its growth forecast to"): its base is the earlier figure. */
export const REVISION = new RegExp(
  String.raw`\b(?:${ENGLISH_REVISES.join('|')})\s+(?:\S+\s+){0,4}?` +
    String.raw`(?:${[...FORECAST_NOUNS, 'targets?', 'guidance'].join('|')})\b`,
  'i',
);
