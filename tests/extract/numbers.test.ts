import { describe, expect, test } from 'vitest';
import { findNumbers, qualifierBefore, scaleBy } from '../../scripts/extract/numbers.ts';
import { parseNumberWords } from '../../scripts/extract/number-words.ts';

/** The claimed quantities of `text`: mention, value, unit (excluded numbers left out). */
function quantities(text: string) {
  return findNumbers(text)
    .filter((n) => !n.excluded)
    .map((n) => ({ text: n.text, value: n.value, unit: n.unit }));
}

describe('findNumbers: digits, scale words and currencies', () => {
  test.each([
    {
      input: 'the market will reach $4.8 trillion',
      expected: [{ text: '$4.8 trillion', value: 4.8e12, unit: 'USD' }],
    },
    {
      input: 'More than 650,000 students',
      expected: [{ text: '650,000', value: 650000, unit: 'count' }],
    },
    {
      input: 'over 20 thousand participants',
      expected: [{ text: '20 thousand', value: 20000, unit: 'count' }],
    },
    {
      input: 'IT exports to $1 bn by 2026',
      expected: [{ text: '$1 bn', value: 1e9, unit: 'USD' }],
    },
    { input: 'a $500 mn export figure', expected: [{ text: '$500 mn', value: 5e8, unit: 'USD' }] },
    { input: 'worth 3mln dollars', expected: [{ text: '3mln dollars', value: 3e6, unit: 'USD' }] },
    { input: 'profit of 7bn tenge', expected: [{ text: '7bn tenge', value: 7e9, unit: 'KZT' }] },
    {
      input: 'a wage of 450,000 drams',
      expected: [{ text: '450,000 drams', value: 450000, unit: 'AMD' }],
    },
    {
      input: 'costs 9,000 tugriks',
      expected: [{ text: '9,000 tugriks', value: 9000, unit: 'MNT' }],
    },
    {
      input: 'the field gave 3.4 bcm of gas',
      expected: [{ text: '3.4 bcm', value: 3.4e9, unit: 'count' }],
    },
    {
      input: 'a levy of 4.5 billion manat',
      expected: [{ text: '4.5 billion manat', value: 4.5e9, unit: 'AZN' }],
    },
    {
      input: 'spending of 2 trln tenge',
      expected: [{ text: '2 trln tenge', value: 2e12, unit: 'KZT' }],
    },
    {
      input: 'reserves of 5 bln US dollars',
      expected: [{ text: '5 bln US dollars', value: 5e9, unit: 'USD' }],
    },
    {
      input: 'a budget of 1.2 tn tenge',
      expected: [{ text: '1.2 tn tenge', value: 1.2e12, unit: 'KZT' }],
    },
    {
      input: 'raised T1.5 billion',
      expected: [{ text: 'T1.5 billion', value: 1.5e9, unit: 'KZT' }],
    },
    {
      input: 'a loan of ₸12 billion',
      expected: [{ text: '₸12 billion', value: 1.2e10, unit: 'KZT' }],
    },
    { input: 'KZT 5 bn in grants', expected: [{ text: 'KZT 5 bn', value: 5e9, unit: 'KZT' }] },
    {
      input: 'revenue of KZT95.3bn',
      expected: [{ text: 'KZT95.3bn', value: 9.53e10, unit: 'KZT' }],
    },
    {
      input: 'a deal worth US$994.3 million',
      expected: [{ text: 'US$994.3 million', value: 994.3e6, unit: 'USD' }],
    },
    {
      input: 'USD 300 million in grants',
      expected: [{ text: 'USD 300 million', value: 3e8, unit: 'USD' }],
    },
    {
      input: 'wages of 430,000 tenge',
      expected: [{ text: '430,000 tenge', value: 430000, unit: 'KZT' }],
    },
    {
      input: 'about 75 billion rubles',
      expected: [{ text: '75 billion rubles', value: 7.5e10, unit: 'RUB' }],
    },
    {
      input: 'GDP of 712 trillion soums',
      expected: [{ text: '712 trillion soums', value: 7.12e14, unit: 'UZS' }],
    },
    {
      input: 'a budget of 10 billion soms',
      expected: [{ text: '10 billion soms', value: 1e10, unit: 'KGS' }],
    },
    { input: 'a grant of €300m', expected: [{ text: '€300m', value: 3e8, unit: 'EUR' }] },
    {
      input: 'sales of 27.4 billion dollars',
      expected: [{ text: '27.4 billion dollars', value: 2.74e10, unit: 'USD' }],
    },
  ])('$input', ({ input, expected }) => {
    expect(quantities(input)).toEqual(expected);
  });
});

describe('findNumbers: number words', () => {
  test.each([
    {
      input: 'at least three prestigious universities',
      expected: [{ text: 'three', value: 3, unit: 'count' }],
    },
    {
      input: 'Fifty-four percent of firms',
      expected: [{ text: 'Fifty-four percent', value: 54, unit: 'percent' }],
    },
    { input: 'twenty companies', expected: [{ text: 'twenty', value: 20, unit: 'count' }] },
    {
      input: 'comparable to a quarter of global GDP',
      expected: [{ text: 'a quarter', value: 25, unit: 'percent' }],
    },
    {
      input: 'over one-third of global venture capital',
      expected: [{ text: 'one-third', value: 33.33, unit: 'percent' }],
    },
    {
      input: 'more than half of exports',
      expected: [{ text: 'half', value: 50, unit: 'percent' }],
    },
    {
      input: 'two-thirds of the budget',
      expected: [{ text: 'two-thirds', value: 66.67, unit: 'percent' }],
    },
    {
      input: 'revenue rose by a fifth',
      expected: [{ text: 'a fifth', value: 20, unit: 'percent' }],
    },
    {
      input: 'Six out of ten Kazakhs use mobile banking',
      expected: [{ text: 'Six', value: 60, unit: 'percent' }],
    },
    {
      input: 'Seventy-two thousand students',
      expected: [{ text: 'Seventy-two thousand', value: 72000, unit: 'count' }],
    },
    {
      input: 'half a million tourists',
      expected: [{ text: 'half a million', value: 500000, unit: 'count' }],
    },
  ])('$input', ({ input, expected }) => {
    expect(quantities(input)).toEqual(expected);
  });

  test.each([
    { input: 'twenty-one', expected: 21 },
    { input: 'three hundred and two', expected: 302 },
    { input: 'one and a half', expected: 1.5 },
    { input: 'two thousand and two hundred', expected: 2200 },
    { input: 'a dozen', expected: 12 },
    { input: 'third', expected: null },
    { input: 'banana', expected: null },
  ])('parseNumberWords("$input") = $expected', ({ input, expected }) => {
    expect(parseNumberWords(input)).toBe(expected);
  });
});

describe('findNumbers: percentages and multiples apart', () => {
  test.each([
    {
      input: 'exports grew by 16% in 2023',
      expected: [{ text: '16%', value: 16, unit: 'percent' }],
    },
    {
      input: 'grew by more than 6 percent',
      expected: [{ text: '6 percent', value: 6, unit: 'percent' }],
    },
    {
      input: 'a rise of 2.5 per cent',
      expected: [{ text: '2.5 per cent', value: 2.5, unit: 'percent' }],
    },
    {
      input: 'imports rose 2.6 times',
      expected: [{ text: '2.6 times', value: 2.6, unit: 'multiple' }],
    },
    {
      input: 'three times more than in 2020',
      expected: [{ text: 'three times', value: 3, unit: 'multiple' }],
    },
    {
      input: 'expanded its export volume fivefold',
      expected: [{ text: 'fivefold', value: 5, unit: 'multiple' }],
    },
    {
      input: 'revenue increased 1.4-fold',
      expected: [{ text: '1.4-fold', value: 1.4, unit: 'multiple' }],
    },
    { input: 'net profit doubled', expected: [{ text: 'doubled', value: 2, unit: 'multiple' }] },
    // capitals reach the patterns too (the old case-sensitive gate skipped "HALVED")
    { input: 'COSTS HALVED', expected: [{ text: 'HALVED', value: 0.5, unit: 'multiple' }] },
    // basis points are hundredths of a percentage point (gold README, Values)
    {
      input: 'cut the rate by 25 basis points',
      expected: [{ text: '25 basis points', value: 0.25, unit: 'percent' }],
    },
    { input: 'a spread of 40bps', expected: [{ text: '40bps', value: 0.4, unit: 'percent' }] },
    { input: '75 BP stations', expected: [{ text: '75', value: 75, unit: 'count' }] },
    { input: 'EXPORTS GREW TWOFOLD', expected: [{ text: 'TWOFOLD', value: 2, unit: 'multiple' }] },
    {
      input: 'a manifold of options grew 3.5-fold',
      expected: [{ text: '3.5-fold', value: 3.5, unit: 'multiple' }],
    },
    {
      input: 'the number of users tripled',
      expected: [{ text: 'tripled', value: 3, unit: 'multiple' }],
    },
    {
      input: 'the sides aim to double the volume of trade',
      expected: [{ text: 'double', value: 2, unit: 'multiple' }],
    },
    { input: 'a double taxation treaty', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(quantities(input)).toEqual(expected);
  });

  // the reader marks what it read as basis points, so a rate's ruling need not read them again
  test.each([
    { input: 'the regulator trimmed its key rate by 50 basis points', basisPoints: true },
    { input: 'спред сузился на 30 б.п. за неделю', basisPoints: true },
    { input: 'the key rate stood at 16.5% after the meeting', basisPoints: false },
  ])('basis points marked: $input', ({ input, basisPoints }) => {
    expect(findNumbers(input).map((n) => n.basisPoints)).toEqual([basisPoints]);
  });

  test('a frequency is not a multiple', () => {
    expect(
      findNumbers('the council met 3 times this year').some((n) => n.unit === 'multiple'),
    ).toBe(false);
  });
});

describe('findNumbers: ranges are two numbers, the first borrowing the unit of the second', () => {
  test.each([
    {
      input: 'projected to rise from 7% to 29%',
      expected: [
        { text: '7%', value: 7, unit: 'percent' },
        { text: '29%', value: 29, unit: 'percent' },
      ],
    },
    {
      input: 'increased to 86.7% from 86.2%',
      expected: [
        { text: '86.7%', value: 86.7, unit: 'percent' },
        { text: '86.2%', value: 86.2, unit: 'percent' },
      ],
    },
    {
      input: 'between $8,000 and $9,500',
      expected: [
        { text: '$8,000', value: 8000, unit: 'USD' },
        { text: '$9,500', value: 9500, unit: 'USD' },
      ],
    },
    {
      input: '80%-90% of respondents',
      expected: [
        { text: '80%', value: 80, unit: 'percent' },
        { text: '90%', value: 90, unit: 'percent' },
      ],
    },
    {
      input: 'a deficit of 1.7-2.2 trillion tenge',
      expected: [
        { text: '1.7', value: 1.7e12, unit: 'KZT' },
        { text: '2.2 trillion tenge', value: 2.2e12, unit: 'KZT' },
      ],
    },
    {
      input: 'investment of $1.5-2 billion',
      expected: [
        { text: '$1.5', value: 1.5e9, unit: 'USD' },
        { text: '2 billion', value: 2e9, unit: 'USD' },
      ],
    },
    {
      input: 'inflation of 9.5%-11.5%',
      expected: [
        { text: '9.5%', value: 9.5, unit: 'percent' },
        { text: '11.5%', value: 11.5, unit: 'percent' },
      ],
    },
    {
      input: 'from 7 to 29 percent',
      expected: [
        { text: '7', value: 7, unit: 'percent' },
        { text: '29 percent', value: 29, unit: 'percent' },
      ],
    },
  ])('$input', ({ input, expected }) => {
    expect(quantities(input)).toEqual(expected);
  });

  test('the ends of a range point at each other', () => {
    const [a, b] = findNumbers('from 7% to 29%');
    expect([a!.rangeWith, b!.rangeWith]).toEqual([1, 0]);
  });
});

describe('findNumbers: qualifiers, verbs included', () => {
  test.each([
    { input: 'over 40 data leaks', expected: 'more_than' },
    { input: 'more than 300 IT companies', expected: 'more_than' },
    { input: 'GDP per capita exceeded $15,000', expected: 'more_than' },
    { input: 'GDP surpassing the $300 billion mark', expected: 'more_than' },
    { input: 'just over 1.8 million barrels', expected: 'more_than' },
    { input: 'exports approached $1 billion', expected: 'approaching' },
    { input: 'sales are nearing 40,000 cars', expected: 'approaching' },
    { input: 'nearly $100 billion', expected: 'approx' },
    { input: 'about 2,000 companies', expected: 'approx' },
    { input: 'around 5,000 companies', expected: 'approx' },
    { input: 'approximately 12% of GDP', expected: 'approx' },
    { input: 'at least three universities', expected: 'at_least' },
    { input: 'up to 27 mln tonnes', expected: 'up_to' },
    { input: 'inflation stayed below 12%', expected: 'less_than' },
    { input: 'fewer than 100 firms', expected: 'less_than' },
    { input: 'exports reached $5 billion', expected: 'exact' },
    { input: 'the deficit should not exceed 3% of GDP', expected: 'up_to' },
    { input: 'spending comparable to a quarter of GDP', expected: 'approx' },
  ])('$input → $expected', ({ input, expected }) => {
    const found = findNumbers(input).filter((n) => !n.excluded);
    expect(found[0]?.qualifier).toBe(expected);
  });

  test('qualifierBefore reads only the words right before the number', () => {
    expect(qualifierBefore('over the years, 5', 16)).toBe('exact');
  });
});

describe('findNumbers: what is not a quantity', () => {
  test.each([
    { input: 'the forum Digital Bridge 2023', reason: 'year' },
    { input: 'the full rollout of the 5G network', reason: 'name' },
    { input: 'during an Aug. 11 meeting', reason: 'date' },
    { input: 'delivered on September 1, President', reason: 'date' },
    { input: 'on 1 September the law', reason: 'date' },
    { input: 'as reported in 2022[5]', reason: 'footnote' },
    { input: 'ranked 24th in the index', reason: 'ordinal' },
    { input: 'date 2026-01-05 The Head', reason: 'date' },
    { input: 'at 10:30 local time', reason: 'time' },
    { input: 'one of the key pillars', reason: 'weak' },
    { input: 'in the first half of 2024', reason: 'date' },
    { input: 'an Airbus A320 jet', reason: 'name' },
  ])('$input: $reason', ({ input, reason }) => {
    const kinds = findNumbers(input).map((n) => n.excluded);
    expect(kinds).toContain(reason);
    expect(findNumbers(input).filter((n) => !n.excluded && n.marked)).toEqual([]);
  });
});

describe('scaleBy', () => {
  test.each([
    { value: 1.7, factor: 1e12, expected: 1.7e12 },
    { value: 994.3, factor: 1e6, expected: 994300000 },
    { value: 0.1, factor: 3, expected: 0.3 },
  ])('$value × $factor', ({ value, factor, expected }) => {
    expect(scaleBy(value, factor)).toBe(expected);
  });
});

test('findNumbers does not change its input and is repeatable', () => {
  const text = 'exports of $4.8 trillion, 7% to 29%';
  const copy = `${text}`;
  expect(findNumbers(text)).toEqual(findNumbers(text));
  expect(text).toBe(copy);
});
