/**
 * Russian and Kazakh time expressions resolved against a document date, table-driven, on phrases
 * written for this test. Each row: the text, the document date, then each expression's period and
 * whether it is a deadline; comparison bases give nothing.
 */
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';
import type { Language } from '../../scripts/extract/language.ts';
import { findTimeExpressions } from '../../scripts/extract/periods.ts';

type Row = [
  text: string,
  documentDate: string,
  expected: Array<[period: string, deadline: boolean]>,
];

const read = (text: string, date: string, language: Language) =>
  findTimeExpressions(text, date, language).map((t) => [t.period, t.deadline]);

const RUSSIAN: Row[] = [
  ['ВВП вырос в 2025 году', '2026-02-01', [['2025', false]]],
  ['по итогам 2025 года', '2026-02-01', [['2025', false]]],
  ['за 2024 год', '2026-02-01', [['2024', false]]],
  ['к 2030 году', '2026-02-01', [['2030', true]]],
  ['до 2029 года', '2026-02-01', [['2029', true]]],
  ['в 2026–2028 годах', '2025-09-01', [['2028', false]]],
  ['на 2026 год', '2025-09-01', [['2026', false]]],
  ['в январе–октябре', '2025-11-14', [['2025', false]]],
  ['в январе–октябре', '2026-02-03', [['2025', false]]],
  ['в январе–октябре 2024 года', '2026-02-03', [['2024', false]]],
  ['за 9 месяцев', '2025-10-20', [['2025', false]]],
  ['за 9 месяцев 2024 года', '2025-10-20', [['2024', false]]],
  ['в первом полугодии', '2025-08-01', [['2025', false]]],
  ['за III квартал', '2025-11-01', [['2025', false]]],
  ['в прошлом году', '2026-01-10', [['2025', false]]],
  ['в этом году', '2026-01-10', [['2026', false]]],
  ['в следующем году', '2026-01-10', [['2027', false]]],
  ['к концу года', '2026-01-10', [['2026', true]]],
  ['в течение трёх лет', '2026-01-10', [['2029', true]]],
  ['в марте 2025 года', '2026-01-10', [['2025-03', false]]],
  ['в октябре', '2026-01-10', [['2025-10', false]]],
  ['на 1 октября 2025 года', '2026-01-10', [['2025-10-01', false]]],
  ['на 1 октября', '2025-11-10', [['2025-10-01', false]]],
  ['рост на 5% по сравнению с 2024 годом', '2026-01-10', []],
  ['в 2025 году по сравнению с 2024 годом', '2026-01-10', [['2025', false]]],
  ['стратегия «Казахстан-2050»', '2026-01-10', []],
  ['за девять месяцев', '2025-10-20', [['2025', false]]],
  ['по итогам полугодия', '2025-08-01', [['2025', false]]],
  ['по итогам января–октября 2026 года', '2026-11-14', [['2026', false]]],
  ['по итогам прошлого года', '2026-01-10', [['2025', false]]],
  ['с 2022 года', '2026-01-10', [['2026', false]]],
  ['за пять лет', '2026-01-10', []],
  ['в октябрьском обзоре', '2026-11-10', []],
  ['в сравнении с аналогичным периодом прошлого года', '2026-11-10', []],
  ['на 40 больше, чем в прошлом году', '2026-11-10', []],
  ['за последние 5 лет', '2026-11-10', [['2026', false]]],
  ['за последние годы', '2026-11-10', [['2026', false]]],
  ['на 4% меньше, чем за предыдущий год', '2026-11-10', []],
];

const KAZAKH: Row[] = [
  ['2025 жылы', '2026-02-01', [['2025', false]]],
  ['2025 жылдың қорытындысы бойынша', '2026-02-01', [['2025', false]]],
  ['2030 жылға дейін', '2026-02-01', [['2030', true]]],
  ['2026-2028 жылдары', '2025-09-01', [['2028', false]]],
  ['өткен жылы', '2026-01-10', [['2025', false]]],
  ['биыл', '2026-01-10', [['2026', false]]],
  ['биылғы', '2026-01-10', [['2026', false]]],
  ['келесі жылы', '2026-01-10', [['2027', false]]],
  ['9 айда', '2025-10-20', [['2025', false]]],
  ['2024 жылдың 9 айында', '2025-10-20', [['2024', false]]],
  ['қаңтар-қыркүйек айларында', '2025-10-20', [['2025', false]]],
  ['2025 жылғы 1 қыркүйекте', '2026-01-10', [['2025-09-01', false]]],
  ['2024 жылмен салыстырғанда', '2026-01-10', []],
  ['өткен жылдың сәйкес кезеңімен салыстырғанда', '2026-01-10', []],
  ['қазан айында', '2026-11-10', [['2026-10', false]]],
  ['2022 жылдан бері', '2026-01-10', [['2026', false]]],
  ['жыл қорытындысы бойынша', '2026-11-10', [['2026', false]]],
  ['2025 жылдың қорытындысы бойынша', '2026-11-10', [['2025', false]]],
  ['соңғы 5 жылда', '2026-11-10', [['2026', false]]],
];

describe('Russian periods', () => {
  test.each(RUSSIAN)('%s (document of %s)', (text, date, expected) => {
    expect(read(text, date, 'ru')).toEqual(expected);
  });
  test('without a document date a relative period is empty, not another year', () => {
    expect(read('в прошлом году', '', 'ru')).toEqual([['', false]]);
  });
});

describe('Kazakh periods', () => {
  test.each(KAZAKH)('%s (document of %s)', (text, date, expected) => {
    expect(read(text, date, 'kk')).toEqual(expected);
  });
});

// "за тот же период" takes the period of the figures before it, also from the paragraph before
describe('a reference back to the period already named', () => {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-11-10' };
  const catalogue = loadDefaultCatalogue();
  test.each([
    [
      'Экспорт в первом полугодии 2025 года вырос на 9%.\n\nИмпорт за тот же период составил $8 млрд.',
      ['2025', '2025'],
    ],
    [
      '2025 жылы экспорт 9%-ға өсті.\n\nСол кезеңде импорт 8 млрд долларды құрады.',
      ['2025', '2025'],
    ],
    // without a reference back, a paragraph does not borrow another's period
    ['Экспорт в 2025 году вырос на 9%.\n\nИмпорт составил $8 млрд.', ['2025', '']],
  ])('%s → %j', (text, periods) => {
    expect(extractClaims(text, source, catalogue).map((c) => c.period)).toEqual(periods);
  });
});
