import { describe, expect, test } from 'vitest';
import { nounPhrases, tagSentence } from '../../scripts/extract/noun-phrases.ts';

describe('nounPhrases', () => {
  test.each([
    {
      sentence: 'Mongolia coal exports rose 14% to 61 million tonnes.',
      phrases: ['Mongolia coal exports', 'tonnes'],
    },
    {
      sentence: 'The share of mobile subscribers rose to 9 million.',
      phrases: ['share of mobile subscribers'],
    },
    {
      sentence: 'Financing of the deficit will fall to 2 trillion drams.',
      phrases: ['Financing of the deficit', 'drams'],
    },
    {
      sentence: 'Fibre-optic cable laid in the valley exceeded 5,000 kilometres.',
      phrases: ['Fibre-optic cable', 'valley', 'kilometres'],
    },
    { sentence: 'Retail sales grew by 6.2%.', phrases: ['Retail sales'] },
  ])('$sentence', ({ sentence, phrases }) => {
    expect(nounPhrases(sentence, tagSentence(sentence)).map((p) => p.text)).toEqual(phrases);
  });

  test('offsets give the phrase back, also after a curly apostrophe', () => {
    const sentence = 'Armenia’s budget revenues are set at 3.1 trillion drams.';
    const phrases = nounPhrases(sentence, tagSentence(sentence));
    for (const p of phrases) expect(sentence.slice(p.start, p.end)).toBe(p.text);
    expect(phrases.map((p) => p.text)).toContain('budget revenues');
  });
});
