import { describe, expect, test } from 'vitest';
import { countLetters, detectLanguage, type Language } from '../../scripts/extract/language.ts';

/** One-line paragraphs written for this test, in the styles news and releases use. */
const PARAGRAPHS: ReadonlyArray<[Language, string]> = [
  ['en', 'GDP grew 6.2% in 2025.'],
  ['en', 'The ministry said exports of IT services reached $850 million last year.'],
  ['en', 'Astana Hub now hosts 1,900 resident companies.'],
  ['en', 'Inflation slowed to 8.5% in October, the National Bank said.'],
  ['en', 'Photo: Kazinform'],
  ['en', 'The plan for next year includes:'],
  ['en', 'Uzbekistan’s budget deficit is set at 3% of GDP.'],
  ['en', 'Comments (3)'],
  ['en', 'Kazakhstan (Қазақстан) exported 12 million tonnes of grain.'],
  ['en', 'Retail trade rose 7.1% year on year.'],
  ['en', '2025: 1,208'],
  ['ru', 'ВВП вырос на 6,2% в 2025 году.'],
  ['ru', 'Экспорт ИТ-услуг по итогам года превысил 1 млрд долларов.'],
  ['ru', 'Фото: пресс-служба Акорды'],
  ['ru', 'В Казахстане планируется обучить 650 тыс. студентов.'],
  ['ru', 'Доходы республиканского бюджета на 2026 год предусмотрены в объеме 20,1 трлн тенге.'],
  ['ru', 'Число резидентов Astana Hub достигло 1 900 компаний.'],
  ['ru', 'Инфляция замедлилась до 8,5%.'],
  ['ru', 'Комментарии (4)'],
  ['ru', 'Подписывайтесь на наш Telegram-канал.'],
  ['ru', 'Глава государства поручил довести экспорт до 5 млрд долларов к 2030 году.'],
  ['ru', 'Об этом сообщила пресс-служба «Қазақтелеком».'],
  ['kk', 'Қазақстанның ІЖӨ-і 2025 жылы 6,2 пайызға өсті.'],
  ['kk', 'Биыл 5 млрд теңге бөлінді.'],
  ['kk', 'IT қызметтерінің экспорты 1 млрд доллардан асты.'],
  ['kk', 'Astana Hub резиденттерінің саны 1 900-ге жетті.'],
  ['kk', 'Мемлекет басшысы 2030 жылға дейін экспортты екі есе арттыруды тапсырды.'],
  ['kk', 'Инфляция 8,5 пайызға дейін баяулады.'],
  ['kk', 'Фото: Ақорда'],
  ['kk', 'Келесі жылы 300 мың студент оқытылады деп күтілуде.'],
  ['kk', 'Бюджет тапшылығы 2,1 трлн теңге болды.'],
  ['kk', 'Өткен жылы экспорт көлемі 80 млрд долларды құрады.'],
  ['other', '国内生产总值增长6.2%'],
  ['other', 'Το ΑΕΠ αυξήθηκε κατά 6,2%'],
];

describe('detectLanguage', () => {
  test.each(PARAGRAPHS)('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  test('a paragraph with no letters is read with the English grammar', () => {
    expect(detectLanguage('2025 — 1 208 — 14,75')).toBe('en');
  });
});

describe('countLetters', () => {
  test.each([
    ['GDP', { latin: 3, cyrillic: 0, kazakh: 0, other: 0 }],
    ['ВВП', { latin: 0, cyrillic: 3, kazakh: 0, other: 0 }],
    ['ІЖӨ', { latin: 0, cyrillic: 3, kazakh: 2, other: 0 }],
    ['ә ғ қ ң ө ұ ү һ і', { latin: 0, cyrillic: 9, kazakh: 9, other: 0 }],
    ['Ә Ғ Қ Ң Ө Ұ Ү Һ І', { latin: 0, cyrillic: 9, kazakh: 9, other: 0 }],
    ['6,2% — 2025', { latin: 0, cyrillic: 0, kazakh: 0, other: 0 }],
  ])('%s', (text, counts) => {
    expect(countLetters(text)).toEqual(counts);
  });
});
