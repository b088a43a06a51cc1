/**
 * Lists of regions named once after the last ("Akmola and Pavlodar regions"), table-driven, on
 * sentences written for this test: `findPlaces` reads such a list only when the sentence ends one,
 * so a sentence that says "regions" without a list must find what it found before.
 */
import { describe, expect, test } from 'vitest';
import { findPlaces } from '../../scripts/extract/entities.ts';

const cases: Array<{ sentence: string; regions: string[] }> = [
  {
    sentence: 'Akmola and Pavlodar regions sowed more wheat.',
    regions: ['Akmola region', 'Pavlodar region'],
  },
  {
    sentence: 'Output rose in Kostanay, Akmola and Pavlodar oblasts last year.',
    regions: ['Kostanay region', 'Akmola region', 'Pavlodar region'],
  },
  { sentence: 'Teachers were trained in the regions and in Astana.', regions: [] },
  { sentence: 'Both regions and cities reported growth.', regions: [] },
  {
    sentence: 'Akmola and\u00a0Pavlodar\u00a0provinces sowed more wheat.',
    regions: ['Akmola region', 'Pavlodar region'],
  },
];

describe('findPlaces: a list of regions', () => {
  test.each(cases)('$sentence', ({ sentence, regions }) => {
    const found = findPlaces(sentence)
      .map((p) => p.entity)
      .filter((entity) => entity.endsWith(' region'));
    expect(found).toEqual(regions);
  });
});
