import { describe, expect, test } from 'vitest';
import {
  documentSubject,
  fullestName,
  headlineName,
  headlineSubject,
  isDateline,
  namesOfOrganisations,
  namedOrganisations,
  Passages,
  referenceYear,
  leadPeriod,
  residentsHost,
} from '../../scripts/extract/context.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { canonicalEntity } from '../../scripts/extract/entities.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';
import { expectEntities } from './entities-of.ts';

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
      why: 'the receiver of remittances, before a sender the title names later',
      title: 'Remittances to Tajikistan climb 5% while Russian share slips, says Russia report',
      text: 'Dushanbe. Inflows rose.',
      subject: 'Tajikistan',
    },
    {
      why: 'the receiver of money transfers named after where they come from',
      title: 'Money transfers from migrants to Armenia fell; Russia sent less',
      text: 'Transfers fell.',
      subject: 'Armenia',
    },
    {
      why: 'the country a corridor crosses, not its ends',
      title: 'India-Europe freight transit via Iran hits a record',
      text: 'Volumes rose.',
      subject: 'Iran',
    },
    {
      why: 'a city when the title names no country',
      title: 'Shymkent builds 4,000 flats',
      text: 'The city said so.',
      subject: 'Shymkent',
    },
    {
      why: 'a neighbour’s city whose own budget the title is about',
      title: 'Dushanbe budget for 2027 approved at 9 billion somoni',
      text: 'The city council of Tajikistan’s capital approved it.',
      subject: 'Dushanbe',
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
    {
      why: 'an organisation the headline names, with no place',
      title: 'Alatau City residents double their revenue',
      text: 'Residents earned more.',
      subject: 'Alatau City',
    },
    {
      why: 'a firm whose results the headline reports',
      title: "Halyk Bank's net profit rises 9%",
      text: 'The lender earned more.',
      subject: 'Halyk Bank',
    },
    {
      why: 'a place in the headline before a firm',
      title: "Kyrgyzstan: Kcell's subscribers top 10 million",
      text: 'Subscribers grew.',
      subject: 'Kyrgyzstan',
    },
    {
      why: 'the lead past a label and a dateline on lines of their own',
      title: 'Reserve bank holds its rate',
      text: 'Reserve bank holds its rate\n\nNOTICE No. 7\n\nDushanbe, May 4, 2031\n\nThe board of the National Bank of Tajikistan kept the rate unchanged.\n\nDushanbe prices rose. Dushanbe rents too.',
      subject: 'Tajikistan',
    },
    {
      why: 'a dateline line and a time zone are not places the text names',
      title: 'Reserve bank holds its rate',
      text: 'Reserve bank holds its rate\n\nBishkek, May 4\n\nRates were kept.\n\nThe next meeting is at 10:00 Bishkek time.\n\nPrices in Kyrgyzstan rose.',
      subject: 'Kyrgyzstan',
    },
    {
      why: "the place of the headline's first clause, before a clause added to it",
      title: 'Startup funding in the South Caucasus hits $90 mln, Georgia takes half',
      text: 'Startups raised more.',
      subject: 'South Caucasus',
    },
    {
      why: 'a headline about two places joined by "and" is about neither alone: the lead',
      title: 'Shymkent and Aktobe lead housing growth',
      text: 'Shymkent and Aktobe lead housing growth\n\nHousing completions across Kazakhstan rose 9% in the ten months.',
      subject: 'Kazakhstan',
    },
    {
      why: 'a place in the name of the source a lead cites is not the subject',
      title: 'Wage transfers to Armenia rise',
      text: 'Wage transfers to Armenia rise\n\nWage transfers to Armenia grew 6%, according to figures from the Central Bank of Russia. Armenia relies on them. Armenia grew.',
      subject: 'Armenia',
    },
    {
      why: 'a person is not a firm',
      title: "Minister's plan for schools",
      text: 'Schools will open.',
      subject: '',
    },
  ])('$why → "$subject"', ({ title, text, subject }) => {
    expect(documentSubject(title, text)).toBe(subject);
  });

  test.each([
    { outlet: 'Statistics committee of the Kyrgyz Republic', subject: 'Kyrgyzstan' },
    { outlet: 'The Astana Times', subject: '' },
    { outlet: 'Daily wire', subject: '' },
  ])('a text that names no place speaks for its outlet "$outlet" → "$subject"', (row) => {
    expect(documentSubject('Broadband grows', 'Broadband grows\n\nUsers rose.', row.outlet)).toBe(
      row.subject,
    );
  });
});

describe('residentsHost and fullestName', () => {
  const text =
    'IT Park Uzbekistan opened a branch. Its head spoke.\n\n' +
    'The plan: 90 new residents, 5,000 jobs. IT Park residents hired 800 people.';
  const organisations = () => namedOrganisations(text);
  test.each([
    ['90 new residents', 'IT Park Uzbekistan'],
    ['5,000 jobs', ''],
    ['800 people', 'IT Park Uzbekistan'],
  ])('"%s" → "%s"', (mention, host) => {
    const at = text.indexOf(mention);
    const sentenceStart = text.lastIndexOf('\n', at) + 1;
    const sentenceEnd = text.indexOf('.', at) + 1;
    const found = residentsHost(
      text.slice(Math.max(sentenceStart, text.lastIndexOf('. ', at) + 2), sentenceEnd),
      organisations,
      at,
      Math.max(sentenceStart, text.lastIndexOf('. ', at) + 2),
    );
    expect(found).toBe(host);
  });

  test('a short name takes the fullest form the text gives it', () => {
    // the alias table already reads "IT Park" as the park's full name
    expect(fullestName(canonicalEntity('IT Park'), organisations())).toBe('IT Park Uzbekistan');
    expect(fullestName('Astana Hub', organisations())).toBe('Astana Hub');
  });
});

describe('referenceYear', () => {
  test.each([
    {
      why: 'the latest year reported',
      text: 'Sales rose 4% in 2023. Sales grew 6% in January-June 2024.',
      year: 2024,
    },
    {
      why: 'a year reported in full is over: the text is written the year after it',
      text: 'Sales rose 4% in 2023. Sales grew 6% in 2024.',
      year: 2025,
    },
    {
      why: 'a full year reported, and a forecast for "this year": the year after it',
      text: 'Exports grew 8% in 2031. The ministry expects 5% this year.',
      year: 2032,
    },
    {
      why: 'a Kazakh full year reported beside "last year": the year after it',
      text: 'Өткен жылы компания 500 ауылды қосты. 2031 жылы кірісі 20 млрд теңгеге жетті.',
      year: 2032,
    },
    {
      why: 'a Russian full year reported and a forecast for this year',
      text: 'В 2031 году экспорт вырос на 5%. В этом году министерство ожидает роста на 3%.',
      year: 2032,
    },
    {
      why: 'a pledge plans: the year pledged for is not reported',
      text: 'Revenue rose 9% in January-June 2030. In 2031 operators have pledged to invest $2 bn.',
      year: 2030,
    },
    {
      why: 'a planned year is not reported',
      text: 'Output rose 3% in January-March 2024. The plan for 2026 is 5%.',
      year: 2024,
    },
    {
      why: 'only plans: the year before the one planned for',
      text: 'The 2027 budget sets revenue at $2 bn. Spending for 2027 will be $3 bn.',
      year: 2026,
    },
    { why: 'no year at all', text: 'Sales rose last year.', year: NaN },
    {
      why: '"this year" set against a year is after it',
      text: 'This year ticket sales climbed to 9,000 from 7,000 in 2030.',
      year: 2031,
    },
    {
      why: 'any verb in the past tense reports',
      text: 'The school opened in September 2029 and enrolled 300 pupils. The 2034 Plan envisages 900.',
      year: 2029,
    },
    {
      why: 'a Kazakh deadline says when a plan ends, not when the text was written',
      text: 'Өткен жылы экспорт 3 млрд доллар болды. 2030 жылға дейін оны екі есе арттыру көзделген.',
      year: NaN,
    },
    {
      why: 'a Russian deadline neither',
      text: 'В прошлом году продано 900 машин. К 2030 году продажи удвоятся.',
      year: NaN,
    },
    {
      why: 'a year a text names without planning is the year it was written in',
      text: 'Port results for January-June 2031. Throughput in the half year: 4 million tonnes.',
      year: 2031,
    },
    {
      why: 'an English deadline neither: the budget year it plans for decides',
      text: 'The council approved a ferry budget for 2031. The mayor aims to electrify it by 2035.',
      year: 2030,
    },
    {
      why: 'a Russian year of a plan read in its own grammar',
      text: 'Бюджет на 2027 год предусматривает 5 трлн тенге.',
      year: 2026,
    },
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

  test.each([
    {
      why: 'a budget headline plans its own figures',
      text: 'Draft 2027 budget: spending of 41 billion lari\n\nParliament read the bill.',
      kinds: ['target'],
    },
    {
      why: 'a "draft 2026-2028 budget" headline too',
      text: 'Cabinet sends draft 2026-2028 republican budget with 2 trillion tenge deficit\n\nIt was sent.',
      kinds: ['target'],
    },
    {
      why: 'an ordinary headline reports',
      text: 'Wheat exports reach 9 million tonnes\n\nShipments rose.',
      kinds: ['actual'],
    },
  ])('$why', ({ text, kinds }) => {
    const published = { ...meta, published: '2025-11-02' };
    expect(extractClaims(text, published, catalogue).map((c) => c.kind)).toEqual(kinds);
  });

  test('a list intro dates and plans the list that follows it after a blank line', () => {
    const text =
      'Ferry traffic grows\n\nTraffic rose 4% in 2025.\n\nOutlook to 2029. Planners expect:\n\n' +
      '- ridership of 8 million;\n\n- fares to double.\n\nThe fleet has 12 ferries.';
    const found = extractClaims(text, { ...meta, published: '2026-03-01' }, catalogue);
    expect(found.map((c) => [c.value, c.period, c.kind])).toEqual([
      [4, '2025', 'actual'],
      [8e6, '2029', 'forecast'],
      [2, '2029', 'forecast'],
      [12, '', 'actual'],
    ]);
  });

  test('a list intro with no word of plan or forecast is read under its heading', () => {
    const text =
      'Lender revises outlook\n\nRegional projections\n\nFor 2028 the lender sees:\n\n' +
      '- Ruritania: growth of 3.4%;\n- Freedonia: 2.9%.';
    const found = extractClaims(text, { ...meta, published: '2027-12-01' }, catalogue);
    expect(found.map((c) => [c.value, c.period, c.kind])).toEqual([
      [3.4, '2028', 'forecast'],
      [2.9, '2028', 'forecast'],
    ]);
  });

  test('"a year earlier" is the year before the period the figure takes from its list intro', () => {
    const text = 'In 2024:\n- the number of hotels rose to 820, up from 760 a year earlier;';
    const found = extractClaims(text, { ...meta, published: '2025-02-10' }, catalogue);
    expect(found.map((c) => [c.value, c.period])).toEqual([
      [820, '2024'],
      [760, '2023'],
    ]);
  });

  test.each([
    'Revenues are planned at 40 billion lari in 2027, up 9% on the expected outturn for this year. Spending is set at 44 billion lari.',
    'Revenues are planned at 40 billion lari in 2027, 3 billion more than expected this year. Spending is set at 44 billion lari.',
  ])('a comparison base is the period of no other sentence: %s', (text) => {
    const found = extractClaims(text, { ...meta, published: '2026-10-01' }, catalogue);
    expect(found.at(-1)!.period).toBe('2027');
  });
});

describe('a text about an organisation', () => {
  test.each([
    ["Beta Telecom's revenue rises 9% in 2025", 'Beta Telecom'],
    ['Gamma Technopark residents employ 9,000 people', 'Gamma Technopark'],
    ["Mongolia's Delta Park: residents' sales reach $90 million", 'Delta Park'],
    ['Sigma Capital Partners raises $300 million fund', 'Sigma Capital Partners'],
    // the organisation is its verb's subject, wherever it lends
    ['Omega Bank lends $40 million to Georgia', 'Omega Bank'],
    // a forecaster, one word, a common noun: no organisation
    ['World Bank raises Armenia growth forecast', ''],
    ['The Bank raises rates', ''],
    ['Armenian Development Bank profit rises', ''],
    ['Mongolian copper output rises', ''],
    // one word owns the measure after its possessive, a year between them or not, unless the
    // text writes the word in lower case as well
    ["Zarnitsa's 2025 net profit rises 18%", 'Zarnitsa'],
    ["Zarnitsa's revenue rises 9%", 'Zarnitsa'],
    // a named programme as the headline's topic: its participants' figures are its own
    ['Zerde-Tech programme: 90,000 pupils trained so far', 'Zerde-Tech'],
  ])('headlineSubject(%s) → "%s"', (title, organisation) => {
    const { name, kind } = headlineSubject(title, `${title}\n\n${organisation || 'It'} grew.`);
    expect(kind === 'organisation' ? name : '').toBe(organisation);
  });

  test.each([
    // a one-word headline subject the text calls a programme is that programme (rule 2)
    [
      'Zerde trained 90,000 pupils in 2025, ministry says',
      'The Zerde programme, launched in 2023, teaches coding.',
      'Zerde',
    ],
    [
      'Zerde trained 90,000 pupils in 2025',
      'Under the Zerde program, pupils learn to code.',
      'Zerde',
    ],
    // named only in a longer word ("programmes") or not as a programme: no organisation
    ['Zerde trained 90,000 pupils in 2025', 'Zerde programmes differ by region.', ''],
    ['Zerde trained 90,000 pupils in 2025', 'Zerde is a word for wisdom.', ''],
  ])('headlineSubject(%s) over "%s" → "%s"', (title, body, organisation) => {
    const { name, kind } = headlineSubject(title, `${title}\n\n${body}`);
    expect(kind === 'organisation' ? name : '').toBe(organisation);
  });

  const meta = { id: 'd', title: '', outlet: '', url: '', published: '2026-02-01' };
  const entities = (text: string): string[][] =>
    extractClaims(text, meta, catalogue).map((c) => [
      text.slice(c.quote_start!, c.quote_end!),
      c.entity,
    ]);

  test("its figures are the organisation's, its country's programmes the country's", () => {
    const text =
      "Beta Mobile's subscriber base grows to 3 million\n\n" +
      "YEREVAN, February 1. Beta Mobile, one of Armenia's largest mobile operators, " +
      'ended 2025 with 3 million subscribers. The company employs 2,400 people. ' +
      "Armenia's mobile market grew 4% in 2025. " +
      'Under a state programme to connect 500 villages, the operator wired 90 schools. ' +
      'The rate was 390 drams per dollar.';
    expect(entities(text)).toEqual([
      ['3 million', 'Beta Mobile'],
      ['3 million', 'Beta Mobile'],
      ['2,400', 'Beta Mobile'],
      ['4%', 'Armenia'],
      ['500', 'Armenia'],
      ['90', 'Beta Mobile'],
      ['390 drams', 'Armenia'],
    ]);
  });

  test('its country written as a destination or origin is still the country', () => {
    const text =
      "Beta Telecom's revenue rises 9% in 2025\n\n" +
      'Beta Telecom employs 2,400 people. Venture investment into Mongolian startups was ' +
      '$90 million, and 40 startups from Mongolia applied. Beta Telecom sells in Mongolia.';
    expect(entities(text).map(([, entity]) => entity)).toEqual([
      'Beta Telecom',
      'Beta Telecom',
      'Mongolia',
      'Mongolia',
    ]);
  });

  test("a country's possessive or an of-phrase is part of the organisation's name", () => {
    const text =
      "Mongolia's Delta Park: residents' sales reach $90 million\n\n" +
      'Residents of the Delta Park of Mongolia sold software worth $90 million in 2025. ' +
      "Mongolia's Delta Park has 310 residents.";
    expect(entities(text).map(([, entity]) => entity)).toEqual([
      'Delta Park',
      'Delta Park',
      'Delta Park',
    ]);
  });
});

describe('datelines and headlines that look ahead do not date the text', () => {
  test.each([
    ['Yerevan, 3 March 2026', true],
    ['Ulaanbaatar, January 9, 2026', true],
    ['Astana, 10 February 2026.', true],
    ['Results for 2025', false],
    ['Outlook for January-June 2026', false],
    ['Prices', false],
  ])('isDateline(%s) → %s', (line, expected) => {
    expect(isDateline(line, '')).toBe(expected);
  });

  const meta = { id: 'd', title: '', outlet: '', url: '', published: '' };
  const periods = (text: string): string[] =>
    extractClaims(text, meta, catalogue).map((c) => `${c.value} ${c.period}`);

  test("a release's dateline line is not a heading over its paragraphs", () => {
    const text =
      'Mongolia: results for January-October 2025\n\nUlaanbaatar, 12 November 2025\n\n' +
      'In January-October 2025:\n\n- coal exports: 70 million tonnes;\n\n' +
      'Copper output rose 4% in the period.';
    expect(periods(text)).toEqual(['70000000 2025', '4 2025']);
  });

  test("a byline's date is not a heading over the paragraphs below it", () => {
    const text =
      'Armenia’s software exports reach $900 million in 2025\n\n' +
      'By Anna Petrosyan in Business on 10 February 2026\n\n' +
      'Software exports reached $900 million in 2025.\n\nFirms in Yerevan sold $700 million.';
    expect(periods(text)).not.toContain('700000000 2026-02-10');
  });

  test('a headline about the coming year leaves the year reported to the text', () => {
    const text =
      'Armenia reviews its results, sets goals for the coming year\n\n' +
      'In 2025 the economy grew by 5.9%. Over the year, exports rose 8%.';
    expect(periods(text)).toEqual(['5.9 2025', '8 2025']);
  });
});

describe('organisations no table lists', () => {
  test.each([
    {
      title: 'NVDF approves 40 billion tenge for start-ups',
      body: 'the fund (NVDF)',
      name: 'NVDF',
    },
    {
      title: 'Amber Coast Valley residents sell $30 million of software',
      body: 'Amber Coast Valley said.',
      name: 'Amber Coast Valley',
    },
    {
      title: "'Code4All 2031' scheme to teach 9,000 pupils",
      body: 'Code4All 2031 began.',
      name: 'Code4All 2031',
    },
    // a name the text does not repeat, one word, a country's institution, a place in the headline
    { title: 'Amber Coast Valley sells more', body: 'Sales rose.', name: '' },
    { title: 'Exports rise 5% in March', body: 'Exports rose.', name: '' },
    { title: 'Central Bank raises rate', body: 'The Central Bank said.', name: '' },
    { title: 'NVDF lends $9 million to Armenia', body: 'NVDF said.', name: '' },
    // a Russian or Kazakh headline that names a firm in Latin letters with a word for its kind
    {
      title: 'Прибыль Orion Freight Group за полгода выросла на 7%',
      body: 'Orion Freight Group отчиталась.',
      name: 'Orion Freight Group',
    },
    // …not a research firm (a source), nor a name the text does not repeat, nor beside a place
    {
      title: 'Мировой рынок меди вырастет на 4% – Delta Research',
      body: 'Delta Research ожидает роста.',
      name: '',
    },
    { title: 'Выручка Orion Freight Group выросла', body: 'Выручка выросла.', name: '' },
    {
      title: 'Выручка Orion Freight Group в Казахстане выросла',
      body: 'Orion Freight Group отчиталась.',
      name: '',
    },
  ])('headlineName: $title → "$name"', ({ title, body, name }) => {
    expect(headlineName(title, `${title}\n\n${body}`)).toBe(name);
  });

  test.each([
    { text: 'Delta Compute Holdings of Dubai will build it.', names: ['Delta Compute Holdings'] },
    { text: 'The Amber Road industrial zone grew.', names: ['Amber Road industrial zone'] },
    { text: 'The Orchid Capital Fund (OCF) said.', names: ['Orchid Capital Fund'] },
    // institutions of a country, and lone heads, are no such names
    { text: 'The National Bank and the Asian Development Bank said. Capital rose.', names: [] },
    { text: 'It rose on Monday.\n\nThe park grew.', names: [] },
  ])('namesOfOrganisations: $text', ({ text, names }) => {
    expect(namesOfOrganisations(text).map((o) => o.entity)).toEqual(names);
  });

  test('the abbreviation the headline uses names the organisation', () => {
    expect(namesOfOrganisations('The Orchid Capital Fund (OCF) said.', 'OCF')[0]!.entity).toBe(
      'OCF',
    );
  });

  const meta = { id: 'd', title: '', outlet: '', url: '', published: '2026-05-01' };
  const entities = (text: string): string[][] =>
    extractClaims(text, meta, catalogue).map((c) => [
      text.slice(c.quote_start!, c.quote_end!),
      c.entity,
    ]);

  test('a sentence that opens with one is about it; "the fund", "its operator" refer back', () => {
    const text =
      'Trade between Armenia and Iran grows\n\n' +
      'Trade between Armenia and Iran reached $900 million in 2025. ' +
      'The Amber Road industrial zone on the border has drawn $70 million from 12 companies. ' +
      'Its operator plans to hire 3,000 people by 2029. ' +
      'Orchid Analytics of Vienna surveyed 400 traders in 2025. ' +
      'Orchid expects trade to grow 6% in 2026. ' +
      'The Sevan Development Fund lent $5 million in 2025, and the fund plans $8 million in 2026. ' +
      'Alpha Bank, Beta Bank and Gamma Bank hold 60% of deposits.';
    expect(entities(text)).toEqual([
      ['$900 million', 'Armenia-Iran'],
      ['$70 million', 'Amber Road industrial zone'],
      ['12', 'Amber Road industrial zone'],
      ['3,000', 'Amber Road industrial zone'],
      ['400', 'Orchid Analytics'],
      ['6%', 'Armenia-Iran'],
      ['$5 million', 'Sevan Development Fund'],
      ['$8 million', 'Sevan Development Fund'],
      // several names are none of them: the text's subject
      ['60%', 'Armenia'],
    ]);
  });
});

describe('whom a text is about, beyond the headline', () => {
  const meta = { id: 'd', title: '', outlet: '', url: '', published: '2026-05-01' };
  const entities = (text: string): string[][] =>
    extractClaims(text, meta, catalogue).map((c) => [
      text.slice(c.quote_start!, c.quote_end!),
      c.entity,
    ]);

  test.each([
    ['Qatari investor to build $90 million plant near Ganja', ''],
    ['Turkish lender opens 12 branches in Georgia', 'Georgia'],
    ['Uzbek exports rise 4%', 'Uzbekistan'],
  ])('a place that only says where an investor is from: %s → "%s"', (title, subject) => {
    expect(documentSubject(title, '')).toBe(subject);
  });

  test.each([
    ['Zinc to average $3,100 a ton next year as smelters cut output - poll', 'World'],
    ['Gold prices hit a record as Mongolia buys more', 'World'],
    ['Brent crude slips below $70 on demand worries', 'World'],
    // a country's output of a commodity is the country's
    ['Mongolian copper output rises 9%', 'Mongolia'],
    ['Kazakh wheat exports rise 9%', 'Kazakhstan'],
  ])('a headline about a world market price: %s → "%s"', (title, subject) => {
    expect(documentSubject(title, '')).toBe(subject);
  });

  test('a dateline before an organisation; nationwide figures in a text about a bank', () => {
    const text =
      "Orchid Digital Bank's deposits rise 20% in first half\n\n" +
      'Ganja, May 1 — Orchid Digital Bank, an online lender in Azerbaijan, held deposits ' +
      'of 90 million manats. Delta Compute Holdings, its partner, will build a data centre for ' +
      '$30 million. Nationwide, card payments rose 14%. The central bank kept its rate at 7%. ' +
      'Its capital ratio is above the regulatory minimum of 10%.';
    expect(entities(text)).toEqual([
      ['20%', 'Orchid Digital Bank'],
      ['90 million manats', 'Orchid Digital Bank'],
      ['$30 million', 'Delta Compute Holdings'],
      ['14%', 'Azerbaijan'],
      ['7%', 'Azerbaijan'],
      ['10%', 'Azerbaijan'],
    ]);
  });
});

describe('headlineSubject: the subject of the headline’s main verb', () => {
  test.each([
    { title: 'Osh to spend 2 billion soms on schools', text: 'Osh said so.', name: 'Osh' },
    { title: 'Dushanbe to build 40 new schools next year', text: '', name: 'Dushanbe' },
    {
      title: 'Armenian brewer Vardan Brewing lifts sales 9%',
      text: 'Vardan Brewing sold more.',
      name: 'Vardan Brewing',
    },
    {
      title: 'Northfield Bank posts record profit',
      text: 'Northfield Bank grew.',
      name: 'Northfield Bank',
    },
    { title: "Mongolia's central bank keeps its rate", text: '', name: 'Mongolia' },
    { title: 'Pavlodar region welcomes 300,000 visitors', text: '', name: 'Pavlodar region' },
    // a source, a forecaster, a common noun, two names, title case: left to the other readings
    { title: 'Kazakh central bank holds rate at 16%', text: '', name: '' },
    { title: 'IMF trims Caucasus growth forecast', text: '', name: '' },
    { title: 'Global tablet shipments to fall 3%', text: '', name: '' },
    { title: 'Shymkent and Aktobe lead housing growth', text: '', name: '' },
    { title: 'Regional Lender Posts Record Profit In 2025', text: 'Regional Lender', name: '' },
    { title: 'Delta Gold raises output', text: 'The miner grew.', name: '' },
    { title: "Copper's price rises 4%", text: 'Copper rose; copper stocks fell.', name: '' },
  ])('$title → "$name"', ({ title, text, name }) => {
    expect(headlineSubject(title, `${title}\n\n${text}`).name).toBe(name);
  });

  test('a city’s own figures in a text whose headline is about the city', () => {
    const text =
      'Osh to spend 2 billion soms on schools\n\nThe city will build 12 schools, the mayor said.';
    const claims = extractClaims(
      text,
      { id: 'osh', title: '', published: '2026-05-01', outlet: '', url: '' },
      catalogue,
    );
    expect(claims.map((claim) => claim.entity)).toEqual(['Osh', 'Osh']);
  });
});

describe('leadPeriod', () => {
  test.each([
    { lead: 'The board approved the 2029 budget, up 5% from this year.', period: '2029' },
    { lead: 'Sales rose in 2028 and 2029.', period: '' },
    { lead: 'The plan runs until 2035. Output rose in 2029.', period: '' },
    { lead: 'Output rose 4% in 2029, up from 2% in 2028.', period: '' },
  ])('$lead → $period', ({ lead, period }) => {
    expect(leadPeriod(lead, '2029-06-01', 'en')).toBe(period);
  });
});

describe('the period a headline states for the whole text', () => {
  // [headline, period of a paragraph that dates nothing]
  test.each([
    ['Airline’s nine-month revenue rises 8%, carrier lifts 2026 outlook', '2026'],
    ['Airline posts 2025 revenue, sets 2027 targets', ''],
    ['Airline’s revenue rises 8% in 2026', '2026'],
  ])('%s → %s', (headline, period) => {
    const text = `${headline}\n\nPassenger numbers grew 5%.`;
    const passages = new Passages(text, '2026-10-20');
    passages.enter(0, headline.length);
    expect(passages.enter(headline.length + 2, text.length).period).toBe(period);
  });
});

describe('an organisation’s standing description', () => {
  // [heading, language, whether its paragraphs state the present]
  test.each([
    ['About Caspian Freight', 'en', true],
    ['About the company', 'en', true],
    ['Справка', 'ru', true],
    ['О компании', 'ru', true],
    ['Компания туралы', 'kk', true],
    ['Анықтама', 'kk', true],
    ['Results by region', 'en', false],
    ['Итоги года', 'ru', false],
  ] as const)('%s (%s) → %s', (heading, language, standing) => {
    const text = `Caspian Freight carried more cargo\n\n${heading}\n\nThe firm runs 40 terminals.`;
    const passages = new Passages(text, '2026-10-20');
    const headingStart = text.indexOf(heading);
    passages.enter(0, headingStart - 2, language);
    passages.enter(headingStart, headingStart + heading.length, language);
    const body = headingStart + heading.length + 2;
    expect(passages.enter(body, text.length, language).standing).toBe(standing);
  });
});

describe('a headline that quotes an official by title is about its country, not the title', () => {
  test.each([
    {
      why: 'a deputy minister interviewed',
      title: 'Deputy Minister: Armenia aims to put 90% of permits online by 2029',
      text: 'News agency spoke with Deputy Minister of Economy of Armenia Aram Sargsyan about the plans.\n\n— How far have you come?\n\n— Today 412 permits are available online, which is 64% of all permits.',
      want: { '412': 'Armenia', '64': 'Armenia' },
    },
    {
      why: 'a vice president quoted',
      title: 'Vice President: Georgia to double port traffic by 2030',
      text: 'The Vice President spoke in Batumi.\n\n— This year 38 ships a week call at our ports.',
      want: { '38': 'Georgia' },
    },
  ])('$why', ({ title, text, want }) => {
    expectEntities(title, text, want);
  });
});
