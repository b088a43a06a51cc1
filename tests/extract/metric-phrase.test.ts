/**
 * Labels of figures that are the object of a verb ("exported 4 million tonnes of cotton" → cotton
 * exports), table-driven, on sentences written for this test, through the whole extractor.
 */
import { describe, expect, test } from 'vitest';
import { verbObjectLabel } from '../../scripts/extract/metric-phrase.ts';
import { tagSentence } from '../../scripts/extract/noun-phrases.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const catalogue = loadDefaultCatalogue();

/** The label of `mention` in `sentence` as the verb rule reads it. */
function labelOf(sentence: string, mention: string, unit: string): string {
  const at = sentence.indexOf(mention);
  return verbObjectLabel(sentence, at, at + mention.length, unit, () => tagSentence(sentence));
}

describe('verbObjectLabel', () => {
  test.each([
    [
      'Tajikistan exported 900,000 tonnes of cotton fibre in 2024.',
      '900,000',
      'count',
      'cotton fibre exports',
    ],
    [
      'The plant will produce up to 40,000 tonnes of copper cathode.',
      '40,000',
      'count',
      'copper cathode output',
    ],
    ['The mine employs 3,200 people.', '3,200', 'count', 'employment'],
    [
      'The utility sold $40 million (about 20 billion tenge) of bonds.',
      '$40 million',
      'currency',
      'bonds sales',
    ],
    [
      'Shymkent commissioned 800,000 square metres of housing.',
      '800,000',
      'count',
      'housing commissioned',
    ],
    [
      'Investors plan to invest between $2 billion and $3 billion in the port.',
      '$3 billion',
      'currency',
      'port investment',
    ],
    ['Exports rose 9% in March.', '9%', 'percent', ''],
    ['The mine reported 3,200 injuries.', '3,200', 'count', ''],
  ])('%s "%s" → "%s"', (sentence, mention, unit, label) => {
    expect(labelOf(sentence, mention, unit === 'currency' ? 'USD' : unit)).toBe(label);
  });

  test('the extractor labels such a figure by its verb', () => {
    const text = 'Kyrgyzstan exported 4 million tonnes of coal last year.';
    const source = { id: 'doc', title: '', outlet: '', url: '', published: '2025-03-01' };
    const [claim] = extractClaims(text, source, catalogue);
    expect(claim?.metric_label).toBe('Coal exports');
  });
});

/** The label the extractor writes for `mention` in `text`. */
function extractedLabel(text: string, mention: string): string {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2025-03-01' };
  const at = text.indexOf(mention);
  const claim = extractClaims(text, source, catalogue).find((c) => c.quote_start === at);
  return claim?.metric_label ?? '(no claim)';
}

describe('who acts is not what a figure measures', () => {
  test.each([
    ['The ministry aims to connect 95% of villages to fibre by 2027.', '95%', 'Villages'],
    ['Altyn Logistics plans to haul 4 million tonnes of ore next year.', '4 million', 'Ore'],
    ['The number of residents grew to 1,900.', '1,900', 'Residents'],
    ['Spending on school repairs reached $40 million.', '$40 million', 'School repairs'],
  ])('%s "%s" → %s', (text, mention, label) => {
    expect(extractedLabel(text, mention)).toBe(label);
  });
});

describe('a percentage after a level is its change', () => {
  test.each([
    [
      'In May, the port handled $80 million of cargo, up 12% on a year earlier.',
      '12%',
      'Cargo growth',
    ],
    ['Pharmacies sold 3 million face masks (+40%).', '40%', 'Face masks sales growth'],
  ])('%s "%s" → %s', (text, mention, label) => {
    expect(extractedLabel(text, mention)).toBe(label);
  });
});

describe('labels the tagger would pad', () => {
  test.each([
    ['The bank expects growth of 4.1% in 2026.', '4.1%', 'GDP growth'],
    ['Shoppers made 2.3 bln online purchases in 2024.', '2.3 bln', 'Online purchases'],
  ])('%s "%s" → %s', (text, mention, label) => {
    expect(extractedLabel(text, mention)).toBe(label);
  });
});
