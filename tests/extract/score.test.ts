import { describe, expect, test } from 'vitest';
import {
  entitiesEqual,
  metricRight,
  scoreExtraction,
  slugHead,
  sentenceAround,
  valuesEqual,
  type GoldClaim,
  type ScoredClaim,
} from './score.ts';

const TEXT = 'Exports grew 16% in 2024. They reached $1.2 billion (450 billion tenge) last year.';
//            0         1         2         3         4         5         6         7
//            0123456789012345678901234567890123456789012345678901234567890123456789012345678

function gold(
  start: number,
  end: number,
  value: number,
  unit: string,
  extra: Partial<GoldClaim> = {},
): GoldClaim {
  return {
    source_id: 'doc',
    mention_start: start,
    mention_end: end,
    mention: TEXT.slice(start, end),
    value,
    unit,
    qualifier: 'exact',
    kind: 'actual',
    period: '2024',
    entity: 'Kazakhstan',
    metric: 'exports',
    note: '',
    ...extra,
  };
}

function claim(
  start: number | null,
  end: number | null,
  value: number,
  unit: string,
  extra: Partial<ScoredClaim> = {},
): ScoredClaim {
  return {
    source_id: 'doc',
    quote_start: start,
    quote_end: end,
    value,
    unit,
    period: '2024',
    kind: 'actual',
    quote: '',
    entity: 'Kazakhstan',
    metric: 'exports',
    metric_label: 'Exports',
    ...extra,
  };
}

const G_PERCENT = gold(13, 16, 16, 'percent');
const G_USD = gold(39, 51, 1.2e9, 'USD');
const G_KZT = gold(53, 70, 450e9, 'KZT');

interface Case {
  name: string;
  gold: GoldClaim[];
  extracted: ScoredClaim[];
  expected: {
    recall: number;
    precision: number;
    periodAccuracy: number;
    kindAccuracy: number;
    matched: number;
  };
}

const cases: Case[] = [
  {
    name: 'exact spans, values and units all match',
    gold: [G_PERCENT, G_USD, G_KZT],
    extracted: [
      claim(13, 16, 16, 'percent'),
      claim(39, 51, 1.2e9, 'USD'),
      claim(53, 70, 450e9, 'KZT'),
    ],
    expected: { recall: 1, precision: 1, periodAccuracy: 1, kindAccuracy: 1, matched: 3 },
  },
  {
    name: 'overlapping but wider span still matches',
    gold: [G_USD],
    extracted: [claim(31, 51, 1.2e9, 'USD')],
    expected: { recall: 1, precision: 1, periodAccuracy: 1, kindAccuracy: 1, matched: 1 },
  },
  {
    name: 'adjacent span that does not overlap is no match',
    gold: [G_PERCENT],
    extracted: [claim(16, 20, 16, 'percent')],
    expected: { recall: 0, precision: 0, periodAccuracy: NaN, kindAccuracy: NaN, matched: 0 },
  },
  {
    name: 'value off by a scale factor is no match',
    gold: [G_USD],
    extracted: [claim(39, 51, 1.2e6, 'USD')],
    expected: { recall: 0, precision: 0, periodAccuracy: NaN, kindAccuracy: NaN, matched: 0 },
  },
  {
    name: 'value within relative tolerance 1e-9 matches',
    gold: [G_USD],
    extracted: [claim(39, 51, 1.2e9 * (1 + 1e-12), 'USD')],
    expected: { recall: 1, precision: 1, periodAccuracy: 1, kindAccuracy: 1, matched: 1 },
  },
  {
    name: 'different unit is no match',
    gold: [G_PERCENT],
    extracted: [claim(13, 16, 16, 'count')],
    expected: { recall: 0, precision: 0, periodAccuracy: NaN, kindAccuracy: NaN, matched: 0 },
  },
  {
    name: 'different document is no match',
    gold: [G_PERCENT],
    extracted: [claim(13, 16, 16, 'percent', { source_id: 'other' })],
    expected: { recall: 0, precision: 0, periodAccuracy: NaN, kindAccuracy: NaN, matched: 0 },
  },
  {
    name: 'claim without offsets never matches',
    gold: [G_PERCENT],
    extracted: [claim(null, null, 16, 'percent')],
    expected: { recall: 0, precision: 0, periodAccuracy: NaN, kindAccuracy: NaN, matched: 0 },
  },
  {
    name: 'a duplicate extraction matches once and counts as a false positive',
    gold: [G_PERCENT],
    extracted: [claim(13, 16, 16, 'percent'), claim(13, 16, 16, 'percent')],
    expected: { recall: 1, precision: 0.5, periodAccuracy: 1, kindAccuracy: 1, matched: 1 },
  },
  {
    name: 'one wide claim cannot match two gold rows',
    gold: [G_USD, gold(45, 51, 1.2e9, 'USD')],
    extracted: [claim(39, 51, 1.2e9, 'USD')],
    expected: { recall: 0.5, precision: 1, periodAccuracy: 1, kindAccuracy: 1, matched: 1 },
  },
  {
    name: 'matching is maximal, not greedy: a row yields its closest claim to a row that has no other',
    // Gold [39,70) is closest to claim [53,70) but can also take [39,51); gold [53,70) can only take [53,70).
    gold: [gold(39, 70, 5, 'count'), gold(53, 70, 5, 'count')],
    extracted: [claim(39, 51, 5, 'count'), claim(53, 70, 5, 'count')],
    expected: { recall: 1, precision: 1, periodAccuracy: 1, kindAccuracy: 1, matched: 2 },
  },
  {
    name: 'maximal matching does not depend on the order of the gold rows',
    gold: [gold(53, 70, 5, 'count'), gold(39, 70, 5, 'count')],
    extracted: [claim(53, 70, 5, 'count'), claim(39, 51, 5, 'count')],
    expected: { recall: 1, precision: 1, periodAccuracy: 1, kindAccuracy: 1, matched: 2 },
  },
  {
    name: 'period and kind are scored over matched pairs only',
    gold: [G_PERCENT, G_USD, G_KZT, gold(0, 7, 1, 'count')],
    extracted: [
      claim(13, 16, 16, 'percent', { period: '2023' }),
      claim(39, 51, 1.2e9, 'USD', { kind: 'forecast' }),
      claim(53, 70, 450e9, 'KZT', { period: '', kind: 'target' }),
      claim(20, 24, 2024, 'count'),
    ],
    expected: {
      recall: 0.75,
      precision: 0.75,
      periodAccuracy: 1 / 3,
      kindAccuracy: 1 / 3,
      matched: 3,
    },
  },
  {
    name: 'nothing extracted',
    gold: [G_PERCENT],
    extracted: [],
    expected: { recall: 0, precision: NaN, periodAccuracy: NaN, kindAccuracy: NaN, matched: 0 },
  },
  {
    name: 'nothing annotated',
    gold: [],
    extracted: [claim(20, 24, 2024, 'count')],
    expected: { recall: NaN, precision: 0, periodAccuracy: NaN, kindAccuracy: NaN, matched: 0 },
  },
];

describe('scoreExtraction', () => {
  test.each(cases)('$name', ({ gold: rows, extracted, expected }) => {
    const goldBefore = structuredClone(rows);
    const extractedBefore = structuredClone(extracted);
    const score = scoreExtraction(rows, extracted);
    expect({
      recall: score.recall,
      precision: score.precision,
      periodAccuracy: score.periodAccuracy,
      kindAccuracy: score.kindAccuracy,
      matched: score.matchedCount,
    }).toEqual(expected);
    expect(score.matched.length + score.misses.length).toBe(rows.length);
    expect(score.matched.length + score.falsePositives.length).toBe(extracted.length);
    expect(rows).toEqual(goldBefore);
    expect(extracted).toEqual(extractedBefore);
  });

  test('lists misses and false positives with their mention and sentence', () => {
    const score = scoreExtraction(
      [G_PERCENT, G_USD],
      [claim(39, 51, 1.2e6, 'USD'), claim(20, 24, 2024, 'count')],
      {
        texts: { doc: TEXT },
      },
    );
    expect(
      score.misses.map(({ gold: row, sentence, nearest }) => ({
        mention: row.mention,
        sentence,
        nearest,
      })),
    ).toEqual([
      {
        mention: '16%',
        sentence: 'Exports grew 16% in 2024.',
        nearest: 'no extracted claim overlaps the mention',
      },
      {
        mention: '$1.2 billion',
        sentence: 'They reached $1.2 billion (450 billion tenge) last year.',
        nearest: 'overlapping claim [39, 51): value 1200000 ≠ 1200000000',
      },
    ]);
    expect(score.falsePositives.map(({ mention, sentence }) => ({ mention, sentence }))).toEqual([
      {
        mention: '$1.2 billion',
        sentence: 'They reached $1.2 billion (450 billion tenge) last year.',
      },
      { mention: '2024', sentence: 'Exports grew 16% in 2024.' },
    ]);
  });

  test('lists period and kind errors among matched pairs', () => {
    const score = scoreExtraction(
      [G_PERCENT, G_USD],
      [
        claim(13, 16, 16, 'percent', { period: '2023' }),
        claim(39, 51, 1.2e9, 'USD', { kind: 'target' }),
      ],
    );
    expect(score.periodErrors.map(({ gold: row, claim: c }) => [row.mention, c.period])).toEqual([
      ['16%', '2023'],
    ]);
    expect(score.kindErrors.map(({ gold: row, claim: c }) => [row.mention, c.kind])).toEqual([
      ['$1.2 billion', 'target'],
    ]);
  });

  test('compares entity ignoring case and metric by slug or label, and lists junk labels', () => {
    const score = scoreExtraction(
      [G_PERCENT, G_USD, G_KZT],
      [
        claim(13, 16, 16, 'percent', { entity: 'kazakhstan', metric: 'x', metric_label: 'Export' }),
        claim(39, 51, 1.2e9, 'USD', { entity: 'Uzbekistan', metric: 'exports', metric_label: '' }),
        claim(53, 70, 450e9, 'KZT', { metric: 'tenge', metric_label: 'Tenge' }),
      ],
    );
    expect(score.entityAccuracy).toBeCloseTo(2 / 3);
    expect(score.metricAccuracy).toBeCloseTo(2 / 3);
    expect(score.entityErrors.map(({ claim: c }) => c.entity)).toEqual(['Uzbekistan']);
    expect(score.metricErrors.map(({ claim: c }) => c.metric_label)).toEqual(['Tenge']);
    expect(score.junkLabels.map((c) => c.metric_label)).toEqual(['', 'Tenge']);
  });
});

describe('entitiesEqual', () => {
  test.each([
    { gold: 'Kazakhstan', extracted: 'kazakhstan', equal: true },
    { gold: 'Astana Hub', extracted: ' astana hub ', equal: true },
    { gold: 'Kazakhstan-EU', extracted: 'Kazakhstan', equal: false },
    { gold: 'World', extracted: '', equal: false },
    { gold: 'Kazakhstan-EU', extracted: 'EU-Kazakhstan', equal: true },
    { gold: 'China–Central Asia', extracted: 'Central Asia-China', equal: true },
    { gold: 'Kazakhstan-EU', extracted: 'Kazakhstan-China', equal: false },
  ])('$gold vs "$extracted" → $equal', ({ gold: g, extracted, equal }) => {
    expect(entitiesEqual(g, extracted)).toBe(equal);
  });
});

describe('slugHead', () => {
  test.each([
    { slug: 'it_services_exports_growth', head: 'growth' },
    { slug: 'share_of_trade', head: 'share' },
    { slug: 'countries_with_ai_laws', head: 'countries' },
    { slug: 'oil_price_assumption', head: 'price' },
    { slug: 'oil_output_daily', head: 'output' },
    { slug: 'gdp', head: 'gdp' },
  ])('$slug → $head', ({ slug, head }) => {
    expect(slugHead(slug)).toBe(head);
  });
});

describe('metricRight', () => {
  test.each([
    { gold: 'exports', metric: 'exports', label: '', right: true, why: 'same slug' },
    { gold: 'ferry_passengers', metric: 'p', label: 'Ferry passengers', right: true, why: 'label' },
    { gold: 'harbour_cranes', metric: 'c', label: 'cranes installed', right: true, why: 'stem' },
    { gold: 'school_libraries', metric: 'l', label: 'library', right: true, why: 'stem -ies' },
    { gold: 'miner_wage', metric: 's', label: 'average salary', right: true, why: 'synonym' },
    { gold: 'fdi', metric: 'i', label: 'foreign direct investment', right: true, why: 'fdi' },
    {
      gold: 'ferry_passengers_growth',
      metric: 'p',
      label: 'Ferry passengers',
      right: false,
      why: 'not the head',
    },
    { gold: 'ferry_passengers', metric: 'c', label: 'Cargo', right: false, why: 'another thing' },
    {
      gold: 'ferry_passengers',
      metric: 'l',
      label: 'passengers Tokayev',
      right: false,
      why: 'a person',
    },
    { gold: 'ferry_fares', metric: 't', label: 'Tenge', right: false, why: 'junk' },
  ])('$gold vs "$label" → $right ($why)', ({ gold: g, metric, label, right }) => {
    expect(metricRight(g, { metric, metric_label: label })).toBe(right);
  });
});

describe('valuesEqual', () => {
  test.each([
    { a: 1, b: 1, equal: true },
    { a: 0, b: 0, equal: true },
    { a: 4.8e12, b: 4.8e12 + 1, equal: true },
    { a: 4.8e12, b: 4.8e12 + 1e4, equal: false },
    { a: 33.33, b: 100 / 3, equal: false },
    { a: 0, b: 1e-12, equal: false },
  ])('$a vs $b → $equal', ({ a, b, equal }) => {
    expect(valuesEqual(a, b)).toBe(equal);
  });
});

describe('sentenceAround', () => {
  test.each([
    { start: 13, end: 16, sentence: 'Exports grew 16% in 2024.' },
    { start: 53, end: 70, sentence: 'They reached $1.2 billion (450 billion tenge) last year.' },
  ])('$sentence', ({ start, end, sentence }) => {
    expect(sentenceAround(TEXT, start, end)).toBe(sentence);
  });

  test('stops at a line break (headings, list items)', () => {
    expect(sentenceAround('Nine areas\nThe plan has 9 steps. Done.', 24, 25)).toBe(
      'The plan has 9 steps.',
    );
  });
});
