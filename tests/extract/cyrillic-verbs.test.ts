/**
 * Russian verb forms against nouns that end the same way, table-driven, on words chosen for this
 * test; and metric labels that never are a verb.
 */
import { describe, expect, test } from 'vitest';
import { cyrillicMetricLabel } from '../../scripts/extract/cyrillic-metrics.ts';
import { isRussianVerb } from '../../scripts/extract/languages/cyrillic-verbs.ts';
import { isJunkLabel } from '../../scripts/extract/labels.ts';

const VERBS = [
  'Довести',
  'привести',
  'расти',
  'обеспечить',
  'увеличить',
  'увеличиться',
  'достичь',
  'сберечь',
  'узнать',
  'принимать',
  'выплатить',
  'планирует',
  'лидируют',
  'направит',
  'получит',
  'стоит',
  'составят',
  'вложил',
  'рекомендовал',
  'будут',
  'составлял',
  'заработал',
  'вложит',
  'утвержден',
  'установлена',
  'загружен',
  'построено',
  'прибавив',
  'увеличив',
];
const NOUNS = [
  'область',
  'стоимость',
  'мощность',
  'занятость',
  'нефть',
  'четверть',
  'сеть',
  'соцсеть',
  'интернет-сеть',
  'путь',
  'треть',
  'печать',
  'ночь',
  'речь',
  'области',
  'части',
  'кредит',
  'депозит',
  'дефицит',
  'бюджет',
  'совет',
  'члены',
  'капитал',
  'квартал',
  'персонал',
  'актив',
  'цена',
  'интернет',
  'капитал',
  'институт',
  'площадь',
  'прибыль',
  'экспорт',
];

describe('Russian verb forms', () => {
  test.each(VERBS)('%s is a verb', (word) => expect(isRussianVerb(word)).toBe(true));
  test.each(NOUNS)('%s is a noun', (word) => expect(isRussianVerb(word)).toBe(false));
});

describe('a verb is never a metric label', () => {
  test.each(['Довести', 'Направит', 'Вложил', 'Выплатить', 'жетті', 'өсті'])(
    '%s is junk',
    (label) => expect(isJunkLabel(label)).toBe(true),
  );
  test.each(['Стоимость', 'Мощность сети', 'Площадь жилья', 'Кредиты', 'Абоненты'])(
    '%s is a label',
    (label) => expect(isJunkLabel(label)).toBe(false),
  );
  test.each([
    ['Довести до 40 тысяч поручено акимату.', 'ru', ''],
    ['Компания планирует выдать 900 кредитов.', 'ru', 'Компания'],
    ['Мощность сети в 2025 году составила 12 ГВт.', 'ru', 'Мощность сети'],
    ['Стоимость проезда составит 150 тенге.', 'ru', 'Стоимость проезда'],
  ] as const)('%s → %s', (sentence, language, label) => {
    const at = sentence.search(/\d/);
    expect(cyrillicMetricLabel(sentence, at, language, at + 2)).toBe(label);
  });
});
