import { describe, expect, test } from 'vitest';
import { documentSubject, referenceYear } from '../../scripts/extract/context.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const catalogue = loadDefaultCatalogue();

describe('documentSubject', () => {
  test.each([
    {
      why: 'a country in the title',
      title: 'Armenian brandy exports climb 9%',
      text: 'Yerevan. Shipments rose again.',
      subject: 'Armenia',
    },
    {
      why: 'a country before a bloc in the title',
      title: 'EU-Mongolia trade tops €1 billion',
      text: 'Trade grew.',
      subject: 'Mongolia',
    },
    {
      why: 'a city when the title names no country',
      title: 'Shymkent builds 4,000 flats',
      text: 'The city said so.',
      subject: 'Shymkent',
    },
    {
      why: 'the world from "global"',
      title: 'Global chip sales to reach $800 billion',
      text: 'Analysts said.',
      subject: 'World',
    },
    {
      why: 'the lead, past its dateline city',
      title: 'Fibre reaches 900 villages',
      text: 'Fibre reaches 900 villages\n\nAlmaty, March 3. Tajikistan connected 900 villages.',
      subject: 'Tajikistan',
    },
    {
      why: 'the most-named place',
      title: 'Wheat harvest sets a record',
      text: 'Farmers cut wheat.\n\nIn Kyrgyzstan yields rose. Kyrgyzstan also sold more abroad.',
      subject: 'Kyrgyzstan',
    },
    {
      why: 'the national currency',
      title: 'Draft budget approved',
      text: 'Draft budget approved\n\nRevenue is set at 40 billion manats.',
      subject: 'Azerbaijan',
    },
    {
      why: 'a partner is not the subject',
      title: 'Exports to China rise',
      text: 'Exports to China rise\n\nShipments grew.',
      subject: '',
    },
    {
      why: 'a place in a comparison is not the subject',
      title: 'Wages rise',
      text: 'Wages rise\n\nWages reached $500, compared with $600 in Russia.',
      subject: '',
    },
  ])('$why → "$subject"', ({ title, text, subject }) => {
    expect(documentSubject(title, text)).toBe(subject);
  });
});

describe('referenceYear', () => {
  test.each([
    {
      why: 'the latest year reported',
      text: 'Sales rose 4% in 2023. Sales grew 6% in 2024.',
      year: 2024,
    },
    {
      why: 'a planned year is not reported',
      text: 'Output rose 3% in 2024. The plan for 2026 is 5%.',
      year: 2024,
    },
    {
      why: 'only plans: the year before the one planned for',
      text: 'The 2027 budget sets revenue at $2 bn. Spending for 2027 will be $3 bn.',
      year: 2026,
    },
    { why: 'no year at all', text: 'Sales rose last year.', year: NaN },
  ])('$why → $year', ({ text, year }) => {
    expect(referenceYear(text)).toBe(year);
  });
});

describe('claims inherit the document context', () => {
  const meta = { id: 'd', title: '', outlet: '', url: '', published: '' };

  test('a sentence that names no place takes the document subject', () => {
    const text =
      'Mongolian copper output rises\n\nUlaanbaatar. Copper output reached 1.6 million tonnes in 2024.';
    expect(extractClaims(text, meta, catalogue).map((c) => c.entity)).toEqual(['Mongolia']);
  });

  test('sources.csv entity wins over the text; --entity only fills a gap', () => {
    const text = 'Exports rose 5% in 2024.';
    expect(extractClaims(text, { ...meta, entity: 'Almaty' }, catalogue)[0]!.entity).toBe('Almaty');
    expect(extractClaims(text, { ...meta, defaultEntity: 'Nepal' }, catalogue)[0]!.entity).toBe(
      'Nepal',
    );
    expect(extractClaims(text, meta, catalogue)[0]!.entity).toBe('Unknown');
  });

  test('an undated text resolves "this year" against the year it reports on', () => {
    const text = 'Exports rose 5% in 2024.\n\nThis year, imports reached $2 billion.';
    expect(
      extractClaims(text, meta, catalogue).map((c) => [c.value, c.period, c.source_date]),
    ).toEqual([
      [5, '2024', ''],
      [2e9, '2024', ''],
    ]);
  });
});
