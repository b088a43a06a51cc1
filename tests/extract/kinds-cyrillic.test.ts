/**
 * Kinds of Russian and Kazakh figures, table-driven, on sentences written for this test: the
 * figure is the first number that is not a year; the document was written in 2026.
 */
import { describe, expect, test } from 'vitest';
import { classifyKind } from '../../scripts/extract/classify.ts';
import type { Language } from '../../scripts/extract/language.ts';

type Row = [sentence: string, periodYear: number, kind: string];

function kindOf(sentence: string, periodYear: number, language: Language): string {
  const at = sentence.search(/(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/);
  return classifyKind({
    sentence,
    at,
    atEnd: at + 1,
    periodYear,
    deadline: false,
    documentYear: 2026,
    language,
  });
}

const RUSSIAN: Row[] = [
  ['Экспорт ИТ-услуг в 2025 году составил 850 млн долларов.', 2025, 'actual'],
  ['В 2027 году планируется обучить 500 тыс. студентов.', 2027, 'target'],
  ['Бюджетом предусмотрено 20,1 трлн тенге на 2027 год.', 2027, 'target'],
  ['Глава государства поручил довести экспорт до 5 млрд долларов к 2030 году.', 2030, 'target'],
  ['Ожидается, что рост ВВП составит 5,5% в 2027 году.', 2027, 'forecast'],
  ['По прогнозам аналитиков, инфляция замедлится до 7% в 2027 году.', 2027, 'forecast'],
  ['Доходы бюджета в 2027 году составят 21 трлн тенге.', 2027, 'target'],
  ['По оценке МВФ, ВВП в 2027 году составит 330 млрд долларов.', 2027, 'forecast'],
  ['Рынок ИИ в 2027 году достигнет 400 млрд долларов.', 2027, 'forecast'],
  ['Инвестиции в основной капитал выросли на 12% в 2025 году.', 2025, 'actual'],
];

const KAZAKH: Row[] = [
  ['IT қызметтерінің экспорты 2025 жылы 850 млн долларды құрады.', 2025, 'actual'],
  ['2027 жылы 500 мың студентті оқыту жоспарлануда.', 2027, 'target'],
  ['Мемлекет басшысы экспортты 5 млрд долларға жеткізуді тапсырды.', 2030, 'target'],
  ['2027 жылы ІЖӨ өсімі 5,5 пайыз болады деп күтілуде.', 2027, 'forecast'],
  ['Бюджет кірістері 2027 жылы 21 трлн теңге болады.', 2027, 'target'],
  ['Инфляция 2025 жылы 12,3 пайызға дейін төмендеді.', 2025, 'actual'],
];

describe('Russian kinds', () => {
  test.each(RUSSIAN)('%s', (sentence, year, kind) => {
    expect(kindOf(sentence, year, 'ru')).toBe(kind);
  });
});

describe('Kazakh kinds', () => {
  test.each(KAZAKH)('%s', (sentence, year, kind) => {
    expect(kindOf(sentence, year, 'kk')).toBe(kind);
  });
});
