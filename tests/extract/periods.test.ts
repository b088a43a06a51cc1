/**
 * English time expressions (`scripts/extract/periods.ts`), on phrases written for this test: what
 * each resolves to against the date the document was written.
 */
import { describe, expect, test } from 'vitest';
import { dayFirstDate, findTimeExpressions } from '../../scripts/extract/periods.ts';

const periods = (text: string, date: string): string[] =>
  findTimeExpressions(text, date).map((t) => t.period);

describe('a part of the year without its year is the latest such part that has ended', () => {
  test.each([
    { text: 'Copper sales climb 12% in first half', date: '2027-08-03', expected: ['2027'] },
    { text: 'Bus ridership up 4% in first quarter', date: '2027-02-10', expected: ['2026'] },
    { text: 'Tea imports fell during the second quarter', date: '2027-09-01', expected: ['2027'] },
    {
      text: 'The ferry line said its third-quarter revenue rose 8%',
      date: '2027-11-05',
      expected: ['2027'],
    },
    { text: 'Ferry traffic rose in first nine months', date: '2027-11-01', expected: ['2027'] },
    { text: 'The first quarter of the year was slow', date: '2027-05-01', expected: ['2027'] },
    { text: 'In the eight months, toll revenue doubled', date: '2027-09-15', expected: ['2027'] },
    {
      text: 'Orchard posts seven-month sales of 40 tonnes',
      date: '2027-08-20',
      expected: ['2027'],
    },
    { text: 'Exports reached $3 bn over ten months', date: '2027-03-02', expected: ['2026'] },
    { text: 'Ferry fares climb 9% in eight months', date: '2027-09-14', expected: ['2027'] },
    { text: 'Board results (9M 2027):', date: '2027-10-30', expected: ['2027'] },
    // a bank's results write the quarter's or half's number first
    { text: 'Net profit for 2Q 2027 was 90 million', date: '2027-08-20', expected: ['2027'] },
    { text: 'Income for 1H 2027 reached 300 million', date: '2027-08-20', expected: ['2027'] },
    { text: 'a six-month deposit at 14%', date: '2027-08-20', expected: [] },
    { text: 'repaid in 10 months', date: '2027-08-20', expected: ['2028'] },
    { text: 'Our plans for the next four years:', date: '2027-08-20', expected: ['2031'] },
    { text: 'a lease for three years', date: '2027-08-20', expected: [] },
    { text: 'to double sales over the next five years', date: '2027-08-20', expected: ['2032'] },
    {
      text: 'to hire 300 people during the next two years',
      date: '2027-08-20',
      expected: ['2029'],
    },
    { text: 'spread over three years', date: '2027-08-20', expected: [] },
    { text: 'The co-op ended June with 800 members', date: '2027-08-20', expected: ['2027-06'] },
    { text: 'a low in the past ten months', date: '2027-08-20', expected: [] },
    { text: 'Ridership may triple in the coming years', date: '2027-08-20', expected: [''] },
    { text: 'The medium-term inflation target is 4%', date: '2027-08-20', expected: [''] },
    { text: 'Prices should settle at 4% over the medium term', date: '2027-08-20', expected: [''] },
    {
      text: 'The bank held its rate at 9% at its June meeting',
      date: '2027-08-20',
      expected: ['2027-06'],
    },
    {
      text: 'Analysts see prices up 6% at the end of the year',
      date: '2027-08-20',
      expected: ['2027'],
    },
    { text: 'The poll puts the rate at 12% at year-end', date: '2027-08-20', expected: ['2027'] },
    { text: 'Demand will peak by the end of the decade', date: '2027-08-20', expected: ['2030'] },
    { text: 'Brewery doubles H1 net profit', date: '2027-08-20', expected: ['2027'] },
    { text: 'Orchard lifts Q3 sales by 5%', date: '2027-11-02', expected: ['2027'] },
    {
      text: 'Q3 sales rose 5% in the fourth quarter',
      date: '2027-08-02',
      expected: ['2026', '2026'],
    },
    {
      text: 'The co-op signed 900 leases in the half-year',
      date: '2027-07-30',
      expected: ['2027'],
    },
    {
      text: 'Ferry lines report first-half revenue of $9 mln',
      date: '2027-08-01',
      expected: ['2027'],
    },
    { text: 'The mill earned $4 mln in H2', date: '2027-03-01', expected: ['2026'] },
    { text: 'The mill earned $4 mln in H1 2026', date: '2027-03-01', expected: ['2026'] },
    { text: 'Prices hit a half-year high', date: '2027-08-20', expected: [] },
    {
      text: 'Tin rose 2% to $30,000 a tonne on Wednesday',
      date: '2027-08-20',
      expected: ['2027-08-18'],
    },
    { text: 'Tin held at $30,000 a tonne on Friday', date: '2027-08-20', expected: ['2027-08-20'] },
    { text: 'Tin hit $30,000, the exchange said on Thursday', date: '2027-08-20', expected: [] },
    { text: 'The council on Monday approved $9 mln for roads', date: '2027-08-20', expected: [] },
  ])('$text ($date) → $expected', ({ text, date, expected }) => {
    expect(periods(text, date)).toEqual(expected);
  });
});

describe('spans, names and start dates', () => {
  test.each([
    {
      why: 'a span of months between two names is their year',
      text: 'The poll ran between March and May 2027 in four towns',
      expected: ['2027'],
    },
    {
      why: '"from … to" months likewise',
      text: 'Freight grew from February to April 2027',
      expected: ['2027'],
    },
    {
      why: '"since January" is the year so far',
      text: 'Fares rose since January',
      expected: ['2027'],
    },
    {
      why: 'a coined name with a digit owns its year',
      text: "'Code4Kids 2031' scheme to teach pupils",
      expected: [],
    },
    {
      why: 'a CamelCase name too',
      text: 'GreenRoads 2035 plan adopted',
      expected: [],
    },
  ])('$why', ({ text, expected }) => {
    expect(periods(text, '2027-06-30')).toEqual(expected);
  });
});

describe('a day written day first, as a table header writes it', () => {
  test.each([
    { text: '30.09.2026', want: '2026-09-30' },
    { text: '1/10/2025', want: '2025-10-01' },
    { text: '01.01.1999', want: '1999-01-01' },
    { text: '2026', want: '' },
    { text: '30.09.26', want: '' },
    { text: '30.09.2026 г.', want: '' },
  ])('$text → "$want"', ({ text, want }) => {
    expect(dayFirstDate(text)).toBe(want);
  });
});

describe('a season or week named as this one is of the year the text was written in', () => {
  test.each([
    { text: 'Bus fares rose this summer', date: '2027-09-20', expected: ['2027'] },
    { text: 'The depot opens this winter', date: '2027-01-12', expected: ['2027'] },
    { text: 'Tea prices fell this week', date: '2027-05-06', expected: ['2027'] },
    // a sentence opened by "Over" names no thing: "Over 2027-2029" is a span
    {
      text: 'Fares held. Over 2027-2029 the city will pave 40 km',
      date: '2027-03-01',
      expected: ['2029'],
    },
  ])('$text → $expected', ({ text, date, expected }) => {
    expect(periods(text, date)).toEqual(expected);
  });
});
