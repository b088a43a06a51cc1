import { describe, expect, test } from 'vitest';
import { contentWords, isJunkLabel, namesWhom, stem } from '../../scripts/extract/labels.ts';

describe('isJunkLabel', () => {
  test.each([
    { label: 'then', junk: true, why: 'a stop word' },
    { label: 'Қуаты', junk: false, why: 'a Kazakh noun in the possessive, not a past verb' },
    { label: 'Артты', junk: true, why: 'a Kazakh past verb' },
    { label: 'same period', junk: true, why: 'a stop word and a generic noun' },
    { label: 'projected', junk: true, why: 'a verb' },
    { label: 'was reported', junk: true, why: 'verbs' },
    { label: 'figure', junk: true, why: 'a generic noun' },
    { label: 'full year', junk: true, why: 'a time span, not a quantity' },
    { label: 'first quarter', junk: true, why: 'an ordinal and a time word' },
    { label: 'Amount', junk: true, why: 'a generic noun' },
    { label: 'seventeen', junk: true, why: 'a number word' },
    { label: 'million', junk: true, why: 'a scale word' },
    { label: 'tenge', junk: true, why: 'a currency' },
    { label: 'US dollars', junk: true, why: 'a place and a currency' },
    { label: 'tonnes', junk: true, why: 'a unit of measurement' },
    { label: 'mongolia', junk: true, why: 'a place' },
    { label: 'Central Asia', junk: true, why: 'a place of two words' },
    { label: 'record', junk: true, why: 'describes the number' },
    { label: 'minister_ivan_petrov', junk: true, why: 'a person (slug)' },
    { label: 'Chairwoman Aigerim Sadykova', junk: true, why: 'a person' },
    { label: '', junk: true, why: 'empty' },
    { label: 'March-May', junk: true, why: 'a span of months' },
    { label: 'year-on-year', junk: true, why: 'a compound of time words' },
    { label: 'drams', junk: true, why: 'a currency' },
    { label: 'somoni', junk: true, why: 'a currency' },
    { label: 'Сонымен қатар', junk: true, why: 'a Kazakh linking phrase ("besides")' },
    { label: 'Жаңа', junk: true, why: 'a Kazakh adjective alone ("new")' },
    { label: 'Власти', junk: true, why: 'who acts ("the authorities")' },
    { label: 'Including', junk: true, why: 'a word that opens a part, not a measure' },
    { label: 'Nationwide', junk: true, why: 'says where, not what' },
    { label: 'Range', junk: true, why: 'a generic noun' },
    { label: 'Country', junk: true, why: 'a place named by a common noun' },
    { label: 'price range', junk: false, why: 'a generic noun after a measure' },
    { label: 'state-owned lenders', junk: false, why: 'a compound that names something' },
    { label: 'housing commissioned', junk: false, why: 'a noun and a participle' },
    { label: 'fibre-optic cable laid', junk: false, why: 'a noun phrase' },
    { label: 'Mongolia coal exports', junk: false, why: 'a place and a noun' },
    { label: 'retail sales', junk: false, why: 'nouns' },
    { label: '5G base stations', junk: false, why: 'a technology and a noun' },
    { label: 'feed mills', junk: false, why: 'not every -ed word is a verb' },
    { label: 'Rich harvest', junk: false, why: 'not every -ich word is a surname' },
    // Russian and Kazakh (issue 10, round 3)
    { label: 'Текущем', junk: true, why: 'a time adjective' },
    { label: 'Выше', junk: true, why: 'a comparative' },
    { label: 'Которым', junk: true, why: 'a pronoun' },
    { label: 'Жоғары', junk: true, why: 'a Kazakh comparative' },
    { label: 'Елдің', junk: true, why: '"the country\'s"' },
    { label: 'Сарапшылар', junk: true, why: 'experts, who speak' },
    { label: 'Расходы', junk: false, why: 'a Russian plural in -оды, not a Kazakh verb' },
    { label: 'Фонды', junk: false, why: 'a Russian plural in -онды' },
    { label: 'Тренды', junk: false, why: 'a Russian plural in -енды' },
    { label: 'Салынды', junk: true, why: 'a Kazakh passive past' },
    // round 10: adverbs of time and manner
    { label: 'Биыл', junk: true, why: 'Kazakh "this year"' },
    { label: 'Бөлек', junk: true, why: 'Kazakh "apart from"' },
    { label: 'Алғаш', junk: true, why: 'Kazakh "for the first time"' },
    { label: 'Ежедневно', junk: true, why: 'Russian "daily", an adverb' },
    { label: 'Қаласының', junk: true, why: 'Kazakh "of the city", a place in the genitive' },
    { label: 'Қалада', junk: true, why: 'Kazakh "in the city", a place in the locative' },
  ])('"$label" → $junk ($why)', ({ label, junk }) => {
    expect(isJunkLabel(label)).toBe(junk);
  });
});

describe('contentWords', () => {
  test.each([
    { label: 'Georgia wine exports', words: ['wine', 'exports'] },
    { label: 'the number of tractors sold', words: ['tractors'] },
    { label: 'budget_deficit', words: ['budget', 'deficit'] },
  ])('$label → $words', ({ label, words }) => {
    expect(contentWords(label)).toEqual(words);
  });
});

describe('namesWhom', () => {
  const names = new Set(['veltraco', 'kestrel']);
  test.each([
    { label: 'Government', whom: true, why: 'a body that acts' },
    { label: 'the board', whom: true, why: 'a body, past its article' },
    { label: 'Veltraco', whom: true, why: 'a word the text writes as a name' },
    { label: 'Last year Kestrel', whom: true, why: 'a name with time words only' },
    { label: 'Kestrel growth forecast', whom: false, why: 'a name beside a measured noun' },
    { label: 'Loans', whom: false, why: 'a measured noun' },
    { label: 'state-owned lenders', whom: false, why: 'a compound is no name' },
    { label: '', whom: false, why: 'no words' },
  ])('"$label" → $whom ($why)', ({ label, whom }) => {
    expect(namesWhom(label, (word) => names.has(word))).toBe(whom);
  });
});

describe('stem', () => {
  test.each([
    { word: 'companies', stemmed: 'compani' },
    { word: 'exports', stemmed: 'export' },
    { word: 'trained', stemmed: 'train' },
    { word: 'spending', stemmed: 'spend' },
    { word: 'Wages', stemmed: 'wag' },
    { word: 'wage', stemmed: 'wag' },
    { word: 'business', stemmed: 'business' },
  ])('$word → $stemmed', ({ word, stemmed }) => {
    expect(stem(word)).toBe(stemmed);
  });
});
