import { describe, expect, it } from 'vitest';
import { withRemembered } from '../../../src/lib/official/defaults.ts';
import { sameRoles } from '../../../src/lib/official/layout.ts';
import type { IndicatorChoice } from '../../../src/lib/official/official.ts';

const gdp: IndicatorChoice = { key: 'NY.GDP.MKTP.CD', metric: 'gdp', unit: 'USD', scale: 1 };
const pop: IndicatorChoice = { key: 'SP.POP.TOTL', metric: 'population', unit: 'count', scale: 1 };

describe('withRemembered', () => {
  it.each([
    ['no remembered mapping: the suggestions', undefined, [gdp, pop]],
    [
      'a remembered choice replaces the suggestion for its indicator only',
      { indicators: [{ ...gdp, metric: '' }] },
      [{ ...gdp, metric: '' }, pop],
    ],
    [
      'remembered indicators the table no longer has are not added',
      { indicators: [{ ...pop, key: 'gone', metric: 'x' }] },
      [gdp, pop],
    ],
  ])('%s', (_, remembered, expected) => {
    const suggested = [gdp, pop];
    const before = JSON.stringify(suggested);
    const choices = withRemembered(suggested, remembered);
    expect(choices).toEqual(expected);
    expect(choices[0]).not.toBe(gdp);
    expect(JSON.stringify(suggested)).toBe(before);
  });
});

describe('sameRoles', () => {
  const roles = { entity: 0, indicator: 2, code: 3, unit: -1, period: -1, value: -1 };
  it.each([
    ['the same columns', roles, true],
    ['another entity column', { ...roles, entity: 1 }, false],
    ['no unit column where there was one', { ...roles, unit: 4 }, false],
  ])('%s', (_, other, same) => expect(sameRoles(roles, other)).toBe(same));
});
