import { describe, expect, test } from 'vitest';
import {
  FORECASTS_AFTER,
  ITS_FORECAST,
  REVISES,
  REVISION,
  SAYS,
  SAYS_AFTER,
} from '../../scripts/extract/languages/saying-verbs.ts';

describe('an English verb of saying or forecasting, as a whole word', () => {
  test.each([
    { verb: 'expects', says: true },
    { verb: 'projected', says: true },
    { verb: 'told', says: true },
    { verb: 'produced', says: false },
    { verb: 'expectation', says: false },
  ])('$verb', ({ verb, says }) => {
    expect(SAYS.test(verb)).toBe(says);
  });
});

describe('a Russian or Kazakh verb of saying a few words after a name', () => {
  test.each([
    { after: ' в своем обзоре отмечает, что', says: true },
    { after: ' ожидают, что ставка снизится', says: true },
    { after: ' деректері бойынша', says: true },
    // an impersonal passive names no one who says it
    { after: ', как ожидается, вырастет', says: false },
    { after: ' выдал 900 займов', says: false },
  ])('$after', ({ after, says }) => {
    expect(SAYS_AFTER.test(after)).toBe(says);
  });
});

describe('a verb of forecasting right after a name, in the three languages', () => {
  test.each([
    { after: ' expects growth of 5%', forecasts: true },
    { after: ' now forecasts', forecasts: true },
    { after: ' is expected to grow', forecasts: false },
    { after: ' прогнозирует рост', forecasts: true },
    { after: ' өсімді күтеді', forecasts: true },
    { after: ' выросла на 5%', forecasts: false },
  ])('$after', ({ after, forecasts }) => {
    expect(FORECASTS_AFTER.test(after)).toBe(forecasts);
  });
});

describe('a forecast revised or kept', () => {
  test.each([
    { verb: 'raised', after: ' its 2027 Brent forecast to $62', says: true },
    { verb: 'kept', after: ' their growth outlook at 4%', says: true },
    { verb: 'raised', after: ' its capital to $2 billion', says: false },
    { verb: 'produced', after: ' its forecast volume', says: false },
  ])('$verb$after', ({ verb, after, says }) => {
    expect(REVISES.test(verb) && ITS_FORECAST.test(after)).toBe(says);
  });

  test.each([
    { text: 'The bank cut its 2026 growth forecast to 4.1% from 4.6%.', revised: true },
    { text: 'The miner is trimming its output guidance to 21,000 tonnes.', revised: true },
    { text: 'The bank cut its base rate to 15%.', revised: false },
  ])('$text', ({ text, revised }) => {
    expect(REVISION.test(text)).toBe(revised);
  });
});
