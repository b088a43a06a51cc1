/**
 * English superlatives, which rank a figure within a part of the world ("the largest economy in
 * Central Asia"). Data only; `entities.ts` reads it.
 *
 * A superlative is told by its ending, "-est", but many words end so without ranking anything:
 * "the harvest in Central Asia", "investor interest in the region" are about the region.
 */

/** Words ending in "-est" that are not superlatives, as word patterns ("northwest" included). */
const NOT_SUPERLATIVES = [
  '\\p{L}*west',
  'harvest',
  'interest',
  'forest',
  'request',
  'contest',
  'protest',
  'arrest',
  'invest',
  'digest',
  'suggest',
  'conquest',
  'manifest',
  'unrest',
  'priest',
  'honest',
  'modest',
  'earnest',
];

/**
 * An English superlative, as a pattern to match whole words with the `u` flag: "best", or a stem
 * of at least three letters and "-est" ("largest", "fastest"), which leaves out "rest", "test",
 * "guest", and not one of `NOT_SUPERLATIVES`.
 */
export const SUPERLATIVE = String.raw`(?:best|(?!(?:${NOT_SUPERLATIVES.join('|')})(?![\p{L}]))\p{L}{3,}est)`;
