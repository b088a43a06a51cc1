import { describe, expect, test } from 'vitest';
import {
  MAX_PARAGRAPH,
  MAX_PARAGRAPH_SENTENCES,
  MAX_SENTENCE,
  paragraphsOf,
  segment,
  splitSentences,
} from '../../scripts/extract/segment.ts';

const sentencesOf = (text: string) => splitSentences(text, 0, text.length).map((s) => s.text);

describe('splitSentences', () => {
  test.each([
    { input: 'Exports grew. Imports fell.', expected: ['Exports grew.', 'Imports fell.'] },
    {
      input: 'He spoke during an Aug. 11 meeting. It ended.',
      expected: ['He spoke during an Aug. 11 meeting.', 'It ended.'],
    },
    {
      input: 'U.S. exports rose. Mr. Smith agreed.',
      expected: ['U.S. exports rose.', 'Mr. Smith agreed.'],
    },
    {
      input: 'GDP grew 4.8% in 2024. “It is a record,” he said.',
      expected: ['GDP grew 4.8% in 2024.', '“It is a record,” he said.'],
    },
    {
      input: 'Sales rose 12% y-o-y. Exports fell.',
      expected: ['Sales rose 12% y-o-y.', 'Exports fell.'],
    },
    {
      input: 'Is it growing? Yes! 2025 was a record.',
      expected: ['Is it growing?', 'Yes!', '2025 was a record.'],
    },
    {
      input: 'It reached $2.6 bn. The rest followed',
      expected: ['It reached $2.6 bn.', 'The rest followed'],
    },
    // the metre of "кв. м." ends a Russian sentence; an initial does not
    {
      input: 'Построено 40 тыс. кв. м. Цены выросли. Сказал А. Петров.',
      expected: ['Построено 40 тыс. кв. м.', 'Цены выросли.', 'Сказал А. Петров.'],
    },
    // a plain word after a space is settled by the abbreviation list alone; anything else by the full token
    {
      input: 'Output rose by approx. 5% and costs fell. Prices held.',
      expected: ['Output rose by approx. 5% and costs fell.', 'Prices held.'],
    },
    {
      input: 'Ask Dr. Ospanov or J. Smith at Astana Ltd. Sales grew.',
      expected: ['Ask Dr. Ospanov or J. Smith at Astana Ltd. Sales grew.'],
    },
    {
      input: 'The firm (Inc. 2019) grew. Next year it slowed.',
      expected: ['The firm (Inc. 2019) grew.', 'Next year it slowed.'],
    },
  ])('$input', ({ input, expected }) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  test('offsets point into the text', () => {
    const text = '  One. Two.';
    for (const sentence of splitSentences(text, 0, text.length))
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('segment: paragraphs and page furniture', () => {
  test.each([
    { input: 'Photo credits: Akorda', furniture: 'credit' },
    { input: 'Photo: Akorda', furniture: 'credit' },
    { input: 'Comments (0)', furniture: 'comments' },
    { input: 'Comments 12', furniture: 'comments' },
    {
      input: 'Get The Astana Times stories sent directly to you! Sign up via the website.',
      furniture: 'footer',
    },
    {
      input: "Follow Daryo's official Instagram and Twitter pages to keep current on world news.",
      furniture: 'footer',
    },
    // Russian and Kazakh have a grammar: they are body text, never furniture (issue 10)
    {
      input: 'Очень интересно видеть, как страна реагирует на вызовы цифровой эры.',
      furniture: undefined,
    },
    { input: 'Экспорт ИТ-услуг вырос на 12%.', furniture: undefined },
    { input: 'IT қызметтерінің экспорты 12 пайызға өсті.', furniture: undefined },
    { input: 'Комментарии (4)', furniture: 'comments' },
    { input: 'Пікірлер (2)', furniture: 'comments' },
    { input: 'Фото: пресс-служба Акорды', furniture: 'credit' },
    { input: 'Сурет: Ақорда', furniture: 'credit' },
    { input: 'Подписывайтесь на наш Telegram-канал', furniture: 'footer' },
    { input: 'Читайте также: ВВП вырос на 5%', furniture: 'footer' },
    { input: 'Просмотров: 1 234', furniture: 'footer' },
    { input: '国内生产总值增长百分之六点二，出口增长。', furniture: 'foreign' },
    { input: 'Views: 1,234', furniture: 'footer' },
    { input: '56 shares', furniture: 'footer' },
    { input: "Read also: Kazakhstan's GDP grew 5% in 2024", furniture: 'footer' },
    { input: 'Kazakhstan’s exports grew by 16% in 2024.', furniture: undefined },
  ])('$input → $furniture', ({ input, furniture }) => {
    expect(segment(input)[0]?.furniture).toBe(furniture);
  });

  test('everything after a comment counter at the foot of the page is reader comments', () => {
    const body = 'Body text of the article, long enough to be most of the page. '.repeat(3);
    const paragraphs = segment(
      `${body}\n\nComments 12\n\nLogin to leave a comment\n\nGreat article, 100 points!`,
    );
    expect(paragraphs.map((p) => p.furniture)).toEqual([
      undefined,
      'comments',
      'comments',
      'comments',
    ]);
  });

  test('a comment counter under the headline does not hide the article', () => {
    const paragraphs = segment(
      'Headline\n\nComments (3)\n\nExports grew by 16% in 2024, the ministry said in a long statement.\n\nMore text follows here.',
    );
    expect(paragraphs.map((p) => p.furniture)).toEqual([
      undefined,
      'comments',
      undefined,
      undefined,
    ]);
  });

  test('text hard-wrapped at a fixed width is joined back into its paragraph', () => {
    const text =
      'According to the ministry, the volume of exports of IT services grew by\n16% in 2024 and reached $1 billion.\n\nNext paragraph.';
    expect(segment(text).map((p) => p.sentences.length)).toEqual([1, 1]);
  });

  test.each([
    {
      name: 'a long headline over a longer lead',
      text: 'Regional carrier posts record quarterly passenger numbers, expands its fleet\nASTANA, May 4 - The regional carrier flew 1.4 million passengers in the quarter, up 9% on the year, it said.',
      paragraphs: 2,
    },
    {
      name: 'a line wrapped at the width its continuation keeps',
      text: 'The regional carrier flew 1.4 million passengers in the first quarter, up\nNine percent on the year.',
      paragraphs: 1,
    },
  ])(
    'a line longer than the one before with its first word is no wrapped remainder: $name',
    ({ text, paragraphs }) => {
      expect(paragraphsOf(text, false)).toHaveLength(paragraphs);
    },
  );

  test('blank lines and single line breaks both separate paragraphs; wrapped lines continue one', () => {
    expect(segment('One.\nTwo.\n\nThree starts\nand continues.').map((p) => p.text)).toEqual([
      'One.',
      'Two.',
      'Three starts\nand continues.',
    ]);
  });
});

describe('long runs are cut so no sentence or paragraph is unbounded', () => {
  const clause = 'the ministry reported that exports of services grew by 16% in the year';
  test.each([
    {
      name: 'a run of clauses without a full stop is cut after a clause mark',
      text: Array.from({ length: 40 }, (_, i) => `${clause} ${i}`).join('; '),
      cutAfter: ';',
    },
    {
      name: 'a run of comma-separated clauses is cut after a comma',
      text: Array.from({ length: 40 }, (_, i) => `${clause} ${i}`).join(', '),
      cutAfter: ',',
    },
    {
      name: 'a run of words with no punctuation is cut at a space',
      text: Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '),
      cutAfter: /\d/,
    },
    {
      name: 'a run with no space at all is cut at the window',
      text: 'x'.repeat(5 * MAX_SENTENCE + 7),
      cutAfter: 'x',
    },
  ])('$name', ({ text, cutAfter }) => {
    const sentences = splitSentences(text, 0, text.length);
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    // together they cover the text: only white space between them
    const bare = (piece: string) => piece.replace(/\s+/g, '');
    expect(bare(sentences.map((s) => s.text).join('')) === bare(text)).toBe(true);
    for (const sentence of sentences.slice(0, -1)) expect(sentence.text.at(-1)).toMatch(cutAfter);
  });

  test('a cut never falls inside a surrogate pair', () => {
    const text = '😀'.repeat(MAX_SENTENCE);
    for (const sentence of splitSentences(text, 0, text.length))
      expect(sentence.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  test('ordinary sentences, however many, are left as they are', () => {
    const text = 'Exports grew by 16% in 2024. Imports fell. '.repeat(3).trim();
    expect(sentencesOf(text)).toHaveLength(6);
  });

  test('a one-line document of many sentences becomes paragraphs of bounded size', () => {
    const text = 'Exports of IT services grew by 16% in 2024, the ministry said. '.repeat(5000);
    const paragraphs = segment(text);
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of paragraphs) {
      expect(paragraph.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH);
      expect(paragraph.sentences.length).toBeLessThanOrEqual(MAX_PARAGRAPH_SENTENCES);
      expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    }
    expect(paragraphs.flatMap((p) => p.sentences).length).toBe(5000);
  });

  test('paragraphs found without their sentences are cut the same way', () => {
    const text = 'One more figure: 12% in 2024. '.repeat(2000);
    expect(paragraphsOf(text, false).map((p) => [p.start, p.end])).toEqual(
      segment(text).map((p) => [p.start, p.end]),
    );
  });
});
