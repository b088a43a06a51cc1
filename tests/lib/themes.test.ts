import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { THEMES, themeOf, themesFromCatalogue } from '../../src/lib/themes.ts';

const HEADER = 'metric,label,units,entity,phrases,theme';

describe('themesFromCatalogue', () => {
  test.each([
    {
      name: 'one theme per metric; notes and blank lines skipped',
      text: `${HEADER}\n# a note,,,,,\ngdp,GDP,,,GDP,Economy\n\nai_market,AI market,,,AI market,AI\n`,
      expected: [
        ['gdp', 'Economy'],
        ['ai_market', 'AI'],
      ],
    },
    {
      name: 'columns in any order, a BOM, spaces around a theme',
      text: `\ufefftheme,metric\n Digital government ,egov_services\n`,
      expected: [['egov_services', 'Digital government']],
    },
  ])('$name', ({ text, expected }) => {
    expect([...themesFromCatalogue(text)]).toEqual(expected);
  });

  test.each([
    {
      text: `${HEADER}\ngdp,GDP,,,GDP,Astrology\n`,
      error:
        'metric catalogue, row 2, column "theme": "Astrology" is not one of Economy, IT sector',
    },
    { text: `${HEADER}\ngdp,GDP,,,GDP,economy\n`, error: '"economy" is not one of' },
    { text: `${HEADER}\ngdp,GDP,,,GDP,\n`, error: 'row 2, column "theme": "" is not one of' },
    { text: 'metric,label\ngdp,GDP\n', error: 'row 1: needs a "metric" and a "theme" column' },
  ])('refuses $text', ({ text, error }) => {
    expect(() => themesFromCatalogue(text)).toThrow(error);
  });

  test('the shipped catalogue gives every metric a theme', () => {
    const text = readFileSync('data/metrics.csv', 'utf8');
    const themes = themesFromCatalogue(text);
    const metrics = text
      .split('\n')
      .slice(1)
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(themes.size).toBe(metrics.length);
    expect(new Set(themes.values()).size).toBeGreaterThan(1);
    for (const theme of themes.values()) expect(THEMES).toContain(theme);
  });
});

test.each([
  ['gdp', 'Economy'],
  ['wheat_harvest', 'Other'],
])('themeOf(%s) → %s', (metric, theme) => {
  expect(themeOf(metric, new Map([['gdp', 'Economy']]))).toBe(theme);
});
