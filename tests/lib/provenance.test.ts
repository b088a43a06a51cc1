import { describe, expect, test } from 'vitest';
import {
  highlight,
  languageOf,
  mentionInQuote,
  mentionRange,
  paragraphAround,
} from '../../src/lib/provenance.ts';

const doc = 'First paragraph.\nIT exports reached $1 billion. Then more.\nLast line.';
const start = doc.indexOf('$1 billion');
const mention = { start, end: start + '$1 billion'.length };

test.each([
  {
    text: 'abc',
    range: { start: 1, end: 2 },
    expected: [
      { text: 'a', mark: false },
      { text: 'b', mark: true },
      { text: 'c', mark: false },
    ],
  },
  { text: 'abc', range: { start: 0, end: 3 }, expected: [{ text: 'abc', mark: true }] },
  { text: 'abc', range: { start: 2, end: 9 }, expected: [{ text: 'abc', mark: false }] },
  { text: 'abc', range: undefined, expected: [{ text: 'abc', mark: false }] },
  {
    text: '<img src=x>',
    range: { start: 0, end: 4 },
    expected: [
      { text: '<img', mark: true },
      { text: ' src=x>', mark: false },
    ],
  },
])('highlight($text, $range)', ({ text, range, expected }) =>
  expect(highlight(text, range)).toEqual(expected),
);

test('mention, paragraph, and the mention inside the quoted sentence', () => {
  expect(mentionRange(doc, start, start + 10)).toEqual(mention);
  expect(mentionRange(doc, null, null)).toBeUndefined();
  expect(mentionRange(doc, 5, 999)).toBeUndefined();
  const paragraph = paragraphAround(doc, mention);
  expect(doc.slice(paragraph.start, paragraph.end)).toBe(
    'IT exports reached $1 billion. Then more.',
  );
  const quote = 'IT exports reached $1 billion.';
  const inQuote = mentionInQuote(doc, quote, mention)!;
  expect(quote.slice(inQuote.start, inQuote.end)).toBe('$1 billion');
  expect(mentionInQuote(doc, 'A sentence not in the document.', mention)).toBeUndefined();
});

describe('languageOf', () => {
  test.each([
    ['Exports rose 12%.', 'English'],
    ['Экспорт вырос на 12%.', 'Russian'],
    ['Экспорт 12 пайызға өсті.', 'Kazakh'],
    ['', ''],
  ])('%s → %s', (quote, language) => {
    expect(languageOf(quote)).toBe(language);
  });
});
