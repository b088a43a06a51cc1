/**
 * The number grammar on Russian and Kazakh, table-driven, on sentences written for this test.
 * Each row: the text, then every quantity expected in it as [mention, value, unit, qualifier].
 */
import { describe, expect, test } from 'vitest';
import type { Language } from '../../scripts/extract/language.ts';
import { findNumbers } from '../../scripts/extract/numbers.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

type Expected = [mention: string, value: number, unit: string, qualifier?: string];

function claimed(text: string, language: Language) {
  return findNumbers(text, language)
    .filter((m) => !m.excluded)
    .map((m) => [m.text, m.value, m.unit, m.qualifier]);
}

const RUSSIAN: ReadonlyArray<[string, Expected[]]> = [
  // a number word counts the noun right after it
  ['Три прядильни уже работают.', [['Три', 3, 'count']]],
  ['Фабрики откроют ещё в пяти городах — в Таразе, Кокшетау и Атырау.', [['пяти', 5, 'count']]],
  ['Заявки подали в среднем семь фермеров.', [['семь', 7, 'count']]],
  ['Доходы составят 14,75 трлн тенге.', [['14,75 трлн тенге', 14.75e12, 'KZT']]],
  ['В хабе работают 62 000 человек.', [['62 000', 62000, 'count']]],
  ['Резидентов уже 1\u00a0208.', [['1\u00a0208', 1208, 'count']]],
  ['Резидентов уже 1\u202f208.', [['1\u202f208', 1208, 'count']]],
  ['Расходы — 418,6 млрд тенге.', [['418,6 млрд тенге', 418.6e9, 'KZT']]],
  ['Инфляция замедлилась до 3,2%.', [['3,2%', 3.2, 'percent', 'exact']]],
  ['Ставка выросла на 1,5 п.п.', [['1,5 п.п.', 1.5, 'percent']]],
  ['Ставку снизили на 50 б.п.', [['50 б.п.', 0.5, 'percent']]],
  ['Ставку повысили на 25 базисных пунктов.', [['25 базисных пунктов', 0.25, 'percent']]],
  ['Рост составил 6 процентов.', [['6 процентов', 6, 'percent']]],
  ['Экспорт вырос в 2 раза.', [['2 раза', 2, 'multiple']]],
  ['Выручка выросла в 1,5 раза.', [['1,5 раза', 1.5, 'multiple']]],
  ['Число стартапов выросло вдвое.', [['вдвое', 2, 'multiple']]],
  ['Экспорт превысил 1 млрд долларов.', [['1 млрд долларов', 1e9, 'USD', 'more_than']]],
  ['Привлечено более 500 млн долларов США.', [['500 млн долларов США', 500e6, 'USD', 'more_than']]],
  ['Обучено свыше 650 тыс. студентов.', [['650 тыс.', 650e3, 'count', 'more_than']]],
  ['Около 40 тысяч рабочих мест.', [['40 тысяч', 40e3, 'count', 'approx']]],
  ['Порядка 3 млрд рублей.', [['3 млрд рублей', 3e9, 'RUB', 'approx']]],
  ['Почти 12% населения.', [['12%', 12, 'percent', 'approx']]],
  ['Не менее 100 школ.', [['100', 100, 'count', 'at_least']]],
  ['Менее 5% компаний.', [['5%', 5, 'percent', 'less_than']]],
  ['Кредиты до 3 трлн сумов.', [['3 трлн сумов', 3e12, 'UZS', 'up_to']]],
  ['К 2030 году выпуск может удвоиться.', [['удвоиться', 2, 'multiple']]],
  // fractions written as words are shares (values of the gold README)
  ['На экспорт ушло около половины урожая.', [['половины', 50, 'percent', 'approx']]],
  ['Это более трети всех вкладов.', [['трети', 33.33, 'percent', 'more_than']]],
  ['Две трети опрошенных довольны.', [['Две трети', 66.67, 'percent']]],
  ['Четверть сёл подключена к сети.', [['Четверть', 25, 'percent']]],
  ['Аналитики считают, что продажи утроятся.', [['утроятся', 3, 'multiple']]],
  // the verb of change four words before "до": the level aimed at, not a ceiling
  ['Решено увеличить число врачей села до 9 тысяч.', [['9 тысяч', 9000, 'count', 'exact']]],
  ['Поручил довести экспорт до 5 млрд долларов.', [['5 млрд долларов', 5e9, 'USD', 'exact']]],
  ['Экспорт приблизился к 1 млрд долларов.', [['1 млрд долларов', 1e9, 'USD', 'approaching']]],
  ['Бюджет — два миллиарда тенге.', [['два миллиарда тенге', 2e9, 'KZT']]],
  ['Стоимость одного триллиона тенге.', [['одного триллиона тенге', 1e12, 'KZT']]],
  ['Участвовали более тысячи компаний.', [['тысячи', 1000, 'count', 'more_than']]],
  ['Выделено полтора миллиарда тенге.', [['полтора миллиарда тенге', 1.5e9, 'KZT']]],
  ['Цена 96,4 долл. за баррель.', [['96,4 долл.', 96.4, 'USD']]],
  [
    'Сбор 5 млн евро и 2 млн сомов.',
    [
      ['5 млн евро', 5e6, 'EUR'],
      ['2 млн сомов', 2e6, 'KGS'],
    ],
  ],
  ['Инвестиции $1,2 млрд.', [['$1,2 млрд', 1.2e9, 'USD']]],
  [
    'Рост с 7% до 29%.',
    [
      ['7%', 7, 'percent'],
      ['29%', 29, 'percent', 'exact'],
    ],
  ],
  [
    'От 1,7 до 2,2 трлн тенге.',
    [
      ['1,7', 1.7e12, 'KZT'],
      ['2,2 трлн тенге', 2.2e12, 'KZT'],
    ],
  ],
  [
    'Объём 3,2–3,6 трлн тенге.',
    [
      ['3,2', 3.2e12, 'KZT'],
      ['3,6 трлн тенге', 3.6e12, 'KZT'],
    ],
  ],
];

/** Numbers that are no claims in Russian text. */
const RUSSIAN_NOT_CLAIMS: ReadonlyArray<string> = [
  // the sides of a meeting, a span of time, a pointer back
  'Министры двух стран обсудили поставки шерсти.',
  'Кредит выдан на пять лет.',
  'Между двумя фабриками нет дороги.',
  'в 2025 году',
  'по итогам 2025 года',
  'к 2030 году',
  'в 2026–2028 годах',
  '1 сентября 2025 года',
  'за 9 месяцев',
  'занял 3-е место',
  'стратегия «Казахстан-2050»',
  'два раза в год',
  'один из лидеров',
  'во второй половине года',
  'за четверть века',
];

const KAZAKH: ReadonlyArray<[string, Expected[]]> = [
  ['Облыста екі фабрика іске қосылды.', [['екі', 2, 'count']]],
  ['ІЖӨ 6,2 пайызға өсті.', [['6,2 пайызға', 6.2, 'percent']]],
  ['Экспорт 1 млрд доллардан асты.', [['1 млрд доллардан', 1e9, 'USD', 'more_than']]],
  ['Бюджетке 5 млрд теңге бөлінді.', [['5 млрд теңге', 5e9, 'KZT']]],
  ['Резиденттер саны 1 900-ге жетті.', [['1 900', 1900, 'count']]],
  ['300 мың студент оқытылады.', [['300 мың', 300e3, 'count']]],
  ['Экспорт екі есе өсті.', [['екі есе', 2, 'multiple']]],
  ['Табыс 2 есеге артты.', [['2 есеге', 2, 'multiple']]],
  ['100-ге жуық компания.', [['100', 100, 'count', 'approx']]],
  ['Шамамен 40 мың жұмыс орны.', [['40 мың', 40e3, 'count', 'approx']]],
  ['50 млн теңгеге дейін грант.', [['50 млн теңгеге', 50e6, 'KZT', 'up_to']]],
  // "дейін" before a verb of change: the level reached, as Russian "замедлилась до"
  ['Инфляция 8,5%-ға дейін баяулады.', [['8,5%-ға', 8.5, 'percent', 'exact']]],
  ['Экспортты 5 млрд долларға дейін жеткізу.', [['5 млрд долларға', 5e9, 'USD', 'exact']]],
  // a comparative after the dative states a difference; after the ablative, a bound
  ['Бұл 6,4 пайызға көп.', [['6,4 пайызға', 6.4, 'percent', 'exact']]],
  ['Табыс 1,5 есе көп.', [['1,5 есе', 1.5, 'multiple', 'exact']]],
  ['Өткен жылмен салыстырғанда 3 пайызға аз.', [['3 пайызға', 3, 'percent', 'exact']]],
  ['100 мыңнан көп студент.', [['100 мыңнан', 100e3, 'count', 'more_than']]],
  ['500-ден артық компания.', [['500', 500, 'count', 'more_than']]],
  ['10 пайыздан аз.', [['10 пайыздан', 10, 'percent', 'less_than']]],
  ['Өсім 1,2 пайыздық тармақ болды.', [['1,2 пайыздық тармақ', 1.2, 'percent']]],
  ['Мөлшерлеме 25 базистік тармаққа төмендеді.', [['25 базистік тармаққа', 0.25, 'percent']]],
  ['Астықтың үштен бірі экспортталды.', [['үштен бірі', 33.33, 'percent']]],
  ['Өнімнің жартысы сыртқа сатылды.', [['жартысы', 50, 'percent']]],
];

const KAZAKH_NOT_CLAIMS: ReadonlyArray<string> = [
  'Екі ел сауданы талқылады.',
  'Екі жақты тауар айналымы артты.',
  'Жүк жиырма футтық контейнерлермен жеткізілді.',
  'Несие бес жылға берілді.',
  '2025 жылы',
  '2030 жылға дейін',
  '1 қыркүйекте',
  '9 айда',
  '5-ші орын',
  'бір күні',
  'жарты жылда',
];

describe('Russian numbers', () => {
  test.each(RUSSIAN)('%s', (text, expected) => {
    expect(claimed(text, 'ru')).toEqual(
      expected.map(([mention, value, unit, qualifier]) => [
        mention,
        value,
        unit,
        qualifier ?? 'exact',
      ]),
    );
  });
  test.each(RUSSIAN_NOT_CLAIMS)('no claim in "%s"', (text) => {
    expect(claimed(text, 'ru')).toEqual([]);
  });
});

describe('Kazakh numbers', () => {
  test.each(KAZAKH)('%s', (text, expected) => {
    expect(claimed(text, 'kk')).toEqual(
      expected.map(([mention, value, unit, qualifier]) => [
        mention,
        value,
        unit,
        qualifier ?? 'exact',
      ]),
    );
  });
  test.each(KAZAKH_NOT_CLAIMS)('no claim in "%s"', (text) => {
    expect(claimed(text, 'kk')).toEqual([]);
  });
});

describe('English is read as before', () => {
  test('a decimal comma is no decimal in English: "12,650" is twelve thousand', () => {
    expect(claimed('at 12,650 soums', 'en')).toEqual([['12,650 soums', 12650, 'UZS', 'exact']]);
  });
});

// a bare count is a claim when a noun it counts is written after it, or named before it
describe('bare counts in Russian and Kazakh', () => {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-03-01' };
  const catalogue = loadDefaultCatalogue();
  const counts = (text: string) =>
    extractClaims(text, source, catalogue)
      .filter((claim) => claim.unit === 'count')
      .map((claim) => claim.value);
  test.each([
    ['В прошлом году в регионе открыли 37 школ.', [37]],
    ['Стипендии получили студенты из 64 колледжей.', [64]],
    ['Сеть 5G работает в 14 городах.', [14]],
    ['В 2025 году число экспортёров достигло 1 312.', [1312]],
    ['Это на 2 400 больше, чем в прошлом году.', [2400]],
    ['2025 жылы өңірде 37 мектеп ашылды.', [37]],
    ['Биыл бағдарламаға 64 колледж қосылды.', [64]],
    // times, dates, ranks and durations count nothing
    ['Проект займёт 10 месяцев.', []],
    ['Отчёт опубликован 1 октября.', []],
    ['Казахстан занял 3 место в рейтинге.', []],
    ['Стадион на 8 000 мест построен за год.', [8000]],
    ['Проект реализуют в 3 этапа.', []],
    ['Жоба 10 айда аяқталды.', []],
    ['Комментарии (4)', []],
  ] as const)('%s → %j', (text, values) => {
    expect(counts(text)).toEqual(values);
  });
});
