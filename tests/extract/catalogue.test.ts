import { describe, expect, test } from 'vitest';
import {
  compilePhrase,
  findMetricPhrases,
  matchMetric,
  parseCatalogue,
} from '../../scripts/extract/catalogue.ts';

const HEADER = 'metric,label,units,entity,phrases\n';
const catalogue = parseCatalogue(
  HEADER +
    [
      'gdp,GDP,currency,,GDP|gross domestic product',
      'gdp_per_capita,GDP per capita,currency,,GDP per capita',
      'gdp_growth,GDP growth,percent,,GDP growth|economy grew',
      'it_exports,IT exports,,,IT * exports',
      'global_ai_market,Global AI market,currency,World,global AI market',
    ].join('\n'),
);

describe('parseCatalogue', () => {
  test('reads entries with units, entity and phrases', () => {
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.entries.map((e) => [e.metric, e.units, e.entity, e.phrases.length])).toEqual([
      ['gdp', ['currency'], '', 2],
      ['gdp_per_capita', ['currency'], '', 1],
      ['gdp_growth', ['percent'], '', 2],
      ['it_exports', [], '', 1],
      ['global_ai_market', ['currency'], 'World', 1],
    ]);
  });

  test.each([
    { row: 'GDP Growth,GDP,,,GDP', problem: 'row 2, column "metric": "GDP Growth" is not a slug' },
    {
      row: 'gdp,GDP,money,,GDP',
      problem: 'row 2, column "units": "money" is not one of currency, percent, count, multiple',
    },
    { row: 'gdp,GDP,,,', problem: 'row 2, column "phrases": no phrase names metric "gdp"' },
  ])('names the row and column of a bad line: $problem', ({ row, problem }) => {
    const parsed = parseCatalogue(`${HEADER}${row}\nok_metric,OK,,,ok`);
    expect(parsed.problems[0]).toContain(problem);
    expect(parsed.entries.map((e) => e.metric)).toEqual(['ok_metric']);
  });

  test('a file without the needed columns is reported, not half-read', () => {
    expect(parseCatalogue('name,words\nx,y').problems).toEqual([
      'row 1: missing columns "metric", "label", "phrases"',
    ]);
  });

  test('a line starting with # is a comment', () => {
    expect(
      parseCatalogue(`${HEADER}# a note,,,,\ngdp,GDP,,,GDP`).entries.map((e) => e.metric),
    ).toEqual(['gdp']);
  });
});

describe('phrases', () => {
  test('capitals match only in capitals, other words any case and ending, * up to four words', () => {
    expect(compilePhrase('IT * exports')).toEqual([
      { text: 'IT', acronym: true, gap: 0 },
      { text: 'exports', acronym: false, gap: 4 },
    ]);
    expect(
      findMetricPhrases(catalogue, 'IT services exports rose').map((m) => m.entry.metric),
    ).toEqual(['it_exports']);
    expect(findMetricPhrases(catalogue, 'it exports rose')).toEqual([]);
  });

  test.each([
    { sentence: 'GDP per capita exceeded $15,000', unit: 'USD', metric: 'gdp_per_capita' },
    { sentence: 'GDP surpassed the $300 billion mark', unit: 'USD', metric: 'gdp' },
    { sentence: 'The economy grew by 6 percent', unit: 'percent', metric: 'gdp_growth' },
    {
      sentence: 'The global AI market will reach $4.8 trillion',
      unit: 'USD',
      metric: 'global_ai_market',
    },
    { sentence: 'Wheat harvest reached 17 million tonnes', unit: 'count', metric: null },
    // a phrase that modifies another noun does not name the metric: the head noun does
    { sentence: 'IT services exports revenue hit $3 billion', unit: 'USD', metric: null },
    { sentence: 'Global AI market spending hit $9 billion', unit: 'USD', metric: null },
  ])('$sentence → $metric', ({ sentence, unit, metric }) => {
    const at = sentence.search(/[$\d]/);
    expect(matchMetric(catalogue, sentence, at, sentence.length, unit)?.entry.metric ?? null).toBe(
      metric,
    );
  });
});
