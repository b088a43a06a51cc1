import { describe, expect, test } from 'vitest';
import {
  claimIds,
  extractClaims,
  stableId,
  type SourceMeta,
} from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const catalogue = loadDefaultCatalogue();

function source(published: string): SourceMeta {
  return {
    id: 'doc',
    title: '',
    outlet: 'Outlet',
    url: 'https://example.org/a',
    published,
    defaultEntity: 'Kazakhstan',
  };
}

/** Claims of `text` as the fields a table can state: mention, value, unit, and the asked-for fields. */
function claims(text: string, published = '2025-06-15') {
  return extractClaims(text, source(published), catalogue).map((c) => ({
    mention: text.slice(c.quote_start!, c.quote_end!),
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    period: c.period,
    kind: c.kind,
    entity: c.entity,
    metric: c.metric,
    related: c.related_id !== '',
  }));
}

describe('periods, resolved against the document date', () => {
  test.each([
    { text: 'Exports reached $5 billion in 2024.', published: '2025-06-15', period: '2024' },
    {
      text: 'The market is expected to reach $4.8 trillion by 2033.',
      published: '2025-06-15',
      period: '2033',
    },
    {
      text: 'Exports approached $1 billion by the end of 2025.',
      published: '2026-01-05',
      period: '2025',
    },
    {
      text: 'The network must cover 90% of villages before the end of 2025.',
      published: '2023-10-12',
      period: '2025',
    },
    { text: 'Last year, trade stood at $4.4 billion.', published: '2025-07-22', period: '2024' },
    {
      text: 'This year, the forum brought together 20,000 participants.',
      published: '2023-10-12',
      period: '2023',
    },
    {
      text: 'The platform will serve 2 million users next year.',
      published: '2023-10-12',
      period: '2024',
    },
    {
      text: 'Exports grew 9% compared with the previous year, to $3 billion in 2024.',
      published: '2025-03-01',
      period: '2024',
    },
    {
      text: 'The government must build 12 data centers within two years.',
      published: '2023-10-12',
      period: '2025',
    },
    {
      text: 'Trade reached $2.1 bn in the first six months of this year.',
      published: '2025-07-22',
      period: '2025',
    },
    { text: 'GDP grew by 6.3% in January-October 2025.', published: '2025-11-14', period: '2025' },
    { text: 'Inflation slowed to 8.6% in March 2024.', published: '2024-06-15', period: '2024-03' },
    {
      text: 'The fund held $62.5 billion as of Sept. 1.',
      published: '2025-09-29',
      period: '2025-09-01',
    },
    { text: 'Companies signed 58 agreements.', published: '2025-06-18', period: '' },
    {
      text: 'Revenue rose to $3 billion in the coming years.',
      published: '2025-06-18',
      period: '',
    },
    { text: 'Exports reached $5 billion last year.', published: '', period: '' },
    {
      text: 'The wage was 397,000 tenge in the third quarter.',
      published: '2025-01-15',
      period: '2024',
    },
    {
      text: 'The wage was 397,000 tenge in the first quarter.',
      published: '2025-06-15',
      period: '2025',
    },
    { text: 'GDP fell 0.5% in the first quarter.', published: '2025-03-12', period: '2024' },
    { text: 'Revenue hit KZT 1.5tn in Q1 2024.', published: '2025-01-15', period: '2024' },
    { text: 'Output fell 2% in mid-2024.', published: '2025-01-15', period: '2024' },
    { text: 'Assets hit $60 billion at end-2024.', published: '2025-06-15', period: '2024' },
    {
      text: 'Reserves stood at $7 billion at end-March.',
      published: '2025-06-15',
      period: '2025-03',
    },
    {
      text: 'Reserves stood at $7 billion at end-September.',
      published: '2025-06-15',
      period: '2024-09',
    },
  ])('$text ($published) → "$period"', ({ text, published, period }) => {
    expect(claims(text, published)[0]?.period).toBe(period);
  });

  // a deadline in a later clause is that clause's goal, not the period of a figure reported before it
  test.each([
    {
      text: 'Fibre reaches 64% of schools, and the ministry aims to connect 95% by 2029.',
      expected: [
        ['', 'actual'],
        ['2029', 'target'],
      ],
    },
    {
      text: 'Growers pay a 4% land tax and are exempt from export duty until 2035.',
      expected: [['', 'actual']],
    },
    {
      text: 'Rail freight should rise to 40 million tonnes by 2030.',
      expected: [['2030', 'target']],
    },
    // a second verb joined by "and" dates its own figures
    {
      text: 'The fund held assets of $40 billion as of March 1 and plans to pay 3 billion lari into the budget next year.',
      expected: [
        ['2026-03-01', 'actual'],
        ['2027', 'target'],
      ],
    },
    // a list before "respectively" with no years of its own takes those of the parallel list before it
    {
      text: 'The lender sees the region growing 3.1% in 2026 and 3.6% in 2027, while its poorest members are seen at 4.2% and 4.4%, respectively.',
      expected: [
        ['2026', 'forecast'],
        ['2027', 'forecast'],
        ['2026', 'forecast'],
        ['2027', 'forecast'],
      ],
    },
    {
      text: 'Wheat output is seen rising 2.5% this year and 3% in 2027. Barley output is expected to grow 1.5% and 2%, respectively.',
      expected: [
        ['2026', 'forecast'],
        ['2027', 'forecast'],
        ['2026', 'forecast'],
        ['2027', 'forecast'],
      ],
    },
    {
      text: 'Exports rose 5% in 2025. Cotton and wool exports rose 3% and 4%, respectively.',
      expected: [
        ['2025', 'actual'],
        ['2025', 'actual'],
        ['2025', 'actual'],
      ],
    },
    // a year in the base a figure is compared with is the base's, not the figure's
    {
      text: 'The council passed a 2027 budget of 900 billion tenge, 5.1% more than the approved budget for 2026.',
      expected: [
        ['2027', 'target'],
        ['2027', 'target'],
      ],
    },
    {
      text: 'Spending in the new budget is 12% higher than the revised plan for 2026.',
      expected: [['', 'target']],
    },
    // a base named as a plan stays a plan, with its own period
    {
      text: 'Next year the shortfall is to be 1.2% of output, compared with a planned 0.8% this year.',
      expected: [
        ['2027', 'target'],
        ['2026', 'target'],
      ],
    },
  ])('$text → $expected', ({ text, expected }) => {
    expect(claims(text, '2026-04-01').map((c) => [c.period, c.kind])).toEqual(expected);
  });

  // a policy-rate decision the text reports with no period is the rate in force now
  test.each([
    ['The central bank kept its policy rate at 11%.', ['2026']],
    // "on Friday" after the figure dates it to that day (heldout's gold: the publication day)
    ['The central bank kept its policy rate at 11% on Friday.', ['2026-05-15']],
    ['Центробанк снизил ключевую ставку до 12,5% годовых.', ['2026']],
    ['Ұлттық банк базалық мөлшерлемені 14 пайыз деңгейінде сақтады.', ['2026']],
    ['The central bank expects inflation to ease to 6%.', ['']],
    // a decision takes the day the text writes for it (gold README, Period, 7 December 2026):
    // a weekday before the decision, in the sentence after it, "today", a release's dateline
    ['The central bank on Monday kept its policy rate at 11%.', ['2026-05-18']],
    [
      'Нацбанк снизил базовую ставку до 12,5%. Об этом в среду сообщил глава банка.',
      ['2026-05-20'],
    ],
    ['Сегодня Нацбанк принял решение сохранить базовую ставку на уровне 12,5%.', ['2026-05-20']],
    ['Tashkent, May 14, 2026\n\nThe central bank kept its policy rate at 11%.', ['2026-05-14']],
    ['The lower limit of the policy rate corridor was kept at 10%.', ['2026']],
    // an undated decision takes the published year, not the month of the inflation before it
    [
      'Inflation in April slowed to 8.1%. The central bank kept its policy rate at 11%.',
      ['2026-04', '2026'],
    ],
    [
      'Инфляция в апреле составила 8,1%. Центробанк сохранил основную ставку на уровне 12%.',
      ['2026-04', '2026'],
    ],
  ])('%s → %j', (text, periods) => {
    expect(claims(text, '2026-05-20').map((c) => c.period)).toEqual(periods);
  });

  // "after 0.8% in April", «после 0,8% в апреле»: the value before a change owns its month,
  // which dates no other figure of the paragraph
  test.each([
    [
      'Inflation in May was 9.1%. Monthly prices rose 0.6%, after 0.8% in April.',
      ['2026-05', '2026-05', '2026-04'],
    ],
    [
      'Инфляция в мае составила 9,1%. Цены за месяц выросли на 0,6% после 0,8% в апреле.',
      ['2026-05', '2026-05', '2026-04'],
    ],
  ])('%s → %j', (text, periods) => {
    expect(claims(text, '2026-06-10').map((c) => c.period)).toEqual(periods);
  });

  // a month written against an earlier one is the period, the earlier its base; spelled out
  // after "since the beginning of the year", the pair is the year to date
  test.each([
    ['Over the year (April 2026 to April 2025) wool prices rose 7.2%.', ['2026-04']],
    ['За год (апрель 2026 года к апрелю 2025 года) цены на шерсть выросли на 7,2%.', ['2026-04']],
    [
      'Since the beginning of the year (April 2026 to December 2025) wool prices rose 3.1%.',
      ['2026'],
    ],
    [
      'С начала года (апрель 2026 года к декабрю 2025 года) цены на шерсть выросли на 3,1%.',
      ['2026'],
    ],
  ])('%s → %j', (text, periods) => {
    expect(claims(text, '2026-05-12').map((c) => c.period)).toEqual(periods);
  });

  // "this summer", "from this spring": a season of the year the text was written in; "over
  // 2026-2028": the span a figure covers, not a base
  test.each([
    ['Wool prices topped $9 a kilo this summer, as of September 1 data show.', ['2026']],
    [
      'Two shearing halls are open, and from this spring farmers will get 20% of their time.',
      ['2026', '2026'],
    ],
    ['Over 2026-2028 the fund will connect 1,200 farms to the grid.', ['2028']],
  ])('%s → %j', (text, periods) => {
    expect(claims(text, '2026-10-05').map((c) => c.period)).toEqual(periods);
  });

  // a headline that reports its article's decision takes the period the article gives that
  // decision, else the published year (gold README, Period, 8 December 2026)
  test.each([
    [
      'Central bank cuts policy rate to 10.5%\n\nThe central bank on 14 May cut its policy rate to 10.5%.',
      ['2026-05-14', '2026-05-14'],
    ],
    [
      'Central bank holds policy rate at 11%\n\nThe central bank kept its policy rate at 11%.',
      ['2026', '2026'],
    ],
    [
      'Нацбанк снизил базовую ставку до 12,5%\n\nНацбанк 12 мая снизил базовую ставку до 12,5%.',
      ['2026-05-12', '2026-05-12'],
    ],
  ])('%s → %j', (text, periods) => {
    expect(claims(text, '2026-05-20').map((c) => c.period)).toEqual(periods);
  });

  test('a range has one period: the time written after an English range dates both ends', () => {
    const text = 'The firm sees tea at $4 a kilo in 2027 and between $5 and $6 in 2028.';
    expect(claims(text, '2026-05-20').map((c) => [c.mention, c.period])).toEqual([
      ['$4', '2027'],
      ['$5', '2028'],
      ['$6', '2028'],
    ]);
  });

  // a list of figures right before a list of years, "respectively": each figure its year
  test.each([
    [
      'The fund sees wool output growing by 3.1% and 2.8% in 2027 and 2028, respectively.',
      ['2027', '2028'],
    ],
    [
      'Tea sales rose 4% in 2025 and are seen at 5% and 6% in 2026 and 2027, respectively.',
      ['2025', '2026', '2027'],
    ],
    [
      'Wool sales totalled $12 million and $10 million in January-March 2026 and 2025, respectively.',
      ['2026', '2025'],
    ],
  ])('%s → %j', (text, periods) => {
    expect(claims(text, '2026-05-20').map((c) => c.period)).toEqual(periods);
  });

  // a running total since a year is the total now; "the most since 2022" compares
  test.each([
    ['The fund has lent $4.2 billion to farmers since 2009.', ['2026']],
    ['Since its launch in 2019, the park’s firms have raised $310 million.', ['2026']],
    ['Total wool exports since 2015 exceed 90,000 tonnes.', ['2026']],
    ['Wool exports reached 9,000 tonnes, the most since 2019.', ['']],
    ['The wool fund has trained 3,400 shearers since it was launched in 2021.', ['2026']],
    // the clause after "when" is the base's alone
    ['Wool exports have tripled since 2020, when they totalled 1,200 tonnes.', ['2026', '2020']],
    ['С момента запуска программы сертификаты получили 31 тыс. стригалей.', ['2026']],
    ['С его старта сертификаты получили 31 тыс. стригалей.', ['2026']],
  ])('%s → %j', (text, periods) => {
    expect(claims(text, '2026-05-20').map((c) => c.period)).toEqual(periods);
  });

  // "a year earlier" after a figure of a day is that day a year before
  test.each([
    [
      'The fund held $9.3 billion as of April 1, up from $8.1 billion a year earlier.',
      ['2026-04-01', '2025-04-01'],
    ],
    [
      'Wool stocks were 4,100 tonnes in March, against 3,900 tonnes a year earlier.',
      ['2026-03', '2025-03'],
    ],
  ])('%s → %j', (text, periods) => {
    expect(claims(text, '2026-05-20').map((c) => c.period)).toEqual(periods);
  });

  test('a sentence without a period takes its paragraph’s', () => {
    const text = 'In 2025, the economy grew by 6%. GDP per capita exceeded $15,000.';
    expect(claims(text).map((c) => c.period)).toEqual(['2025', '2025']);
  });

  test('paragraph periods that differ only by month give their common year', () => {
    const text =
      'In May last year, the council met. In November, a law was signed. Two supercomputers have been launched.';
    expect(claims(text, '2026-01-05').map((c) => c.period)).toEqual(['2025']);
  });

  test('a period borrowed from another sentence is not a deadline for this one', () => {
    const text =
      'Kazakhstan plans to build 20 data centers by 2030. Investments totaled KZT 17.3 trln.';
    expect(claims(text, '2025-01-15').map((c) => [c.mention, c.period, c.kind])).toEqual([
      ['20', '2030', 'target'],
      // a report borrows no year still to come (issue 9, round 5): totalled in 2030 is no reading
      ['KZT 17.3 trln', '', 'actual'],
    ]);
  });

  test('"y-o-y." ends a sentence (an abbreviation inside a word is not an initial)', () => {
    const text =
      'The bank lent 5 trillion tenge in 2023, up 12% y-o-y. In China, exports grew to $15.3 billion.';
    expect(extractClaims(text, source('2025-01-15'), catalogue).map((c) => c.quote)).toEqual([
      'The bank lent 5 trillion tenge in 2023, up 12% y-o-y.',
      'The bank lent 5 trillion tenge in 2023, up 12% y-o-y.',
      'In China, exports grew to $15.3 billion.',
    ]);
  });

  test('no period is borrowed from another paragraph', () => {
    const text =
      'In 2024, exports grew by 10%.\n\nMore than 650,000 students have completed training.';
    expect(claims(text).map((c) => c.period)).toEqual(['2024', '']);
  });

  test('the baseline of a comparison keeps its own period', () => {
    const text = 'Bilateral trade stood at $4.4 billion last year, up from $3.8 billion in 2022.';
    expect(claims(text, '2025-07-22').map((c) => [c.mention, c.period])).toEqual([
      ['$4.4 billion', '2024'],
      ['$3.8 billion', '2022'],
    ]);
  });

  test('the base of a comparison is not the period of the change', () => {
    const text = 'Trade amounted to $47.2 billion in 2024, an increase of 3.5% compared to 2023.';
    expect(claims(text, '2025-02-13').map((c) => c.period)).toEqual(['2024', '2024']);
  });

  test('"the previous year" is the year before the one the sentence names', () => {
    const text = 'The share rose to 91.4% in 2024 from 88.9% the previous year.';
    expect(claims(text, '2025-04-15').map((c) => c.period)).toEqual(['2024', '2023']);
  });
});

// a dividend for a year already over is still planned until it is approved or paid
describe('a dividend for a past year', () => {
  test.each([
    ['The board recommended paying dividends for 2025 of 90 billion tenge.', 'target'],
    ['Директора предложили направить на дивиденды за 2025 год 90 млрд тенге.', 'target'],
    ['Акционеры утвердили дивиденды за 2025 год в размере 900 тенге на акцию.', 'actual'],
    ['The miner paid dividends of 90 billion tenge for 2025.', 'actual'],
    ['Компания 2025 жылы дивидендке 40 млрд теңге бөлу ұсынылды.', 'target'],
  ])('%s → %s', (text, kind) => {
    expect(claims(text, '2026-04-01').map((c) => c.kind)).toEqual([kind]);
  });
});

// a regulatory or statutory ceiling is a rule's figure: a target (gold README, Kind)
describe('ceilings set by a rule', () => {
  test.each([
    ['Bad loans stood at 4.1% in June, under the regulator’s 12% ceiling.', ['actual', 'target']],
    ['Debt was 45% of output, inside the statutory ceiling of 60%.', ['actual', 'target']],
  ])('%s → %j', (text, kinds) => {
    expect(claims(text, '2026-08-01').map((c) => c.kind)).toEqual(kinds);
  });
});

// a company's guidance is its plan, on output as on money or growth (gold README, Kind)
describe('guidance', () => {
  test.each([
    ['The refiner kept its full-year guidance at 4.2 million tonnes of diesel.', ['target']],
    ['The retailer kept its full-year guidance of 140 billion tenge in sales.', ['target']],
    ['The lender raised its profit growth guidance to 15%.', ['target']],
  ])('%s → %j', (text, kinds) => {
    expect(claims(text, '2026-08-01').map((c) => c.kind)).toEqual(kinds);
  });
});

describe('kind: target, forecast or actual', () => {
  test.each([
    {
      text: 'He set a goal of raising IT exports to $1 bn by 2026.',
      published: '2023-09-01',
      kind: 'target',
    },
    {
      text: 'The President instructed the government to attract $150 billion of investment.',
      published: '2023-09-01',
      kind: 'target',
    },
    {
      text: 'He called for the establishment of at least three universities.',
      published: '2023-09-01',
      kind: 'target',
    },
    {
      text: 'The government will allocate 580 billion tenge to farmers in 2026.',
      published: '2025-10-02',
      kind: 'target',
    },
    {
      text: 'The global AI market is expected to reach $4.8 trillion by 2033.',
      published: '2025-08-11',
      kind: 'forecast',
    },
    { text: 'The IMF projects 4.8% growth in 2026.', published: '2025-11-14', kind: 'forecast' },
    {
      text: 'He expressed optimism that exports would reach $500 mn by the end of 2023.',
      published: '2023-09-01',
      kind: 'forecast',
    },
    {
      text: 'The draft budget assumes an oil price of $60 per barrel.',
      published: '2025-09-29',
      kind: 'forecast',
    },
    {
      text: 'The new plant will allow the region to export 300,000 tonnes.',
      published: '2025-09-29',
      kind: 'forecast',
    },
    {
      text: 'A project worth $2 billion will be implemented by 2028.',
      published: '2025-09-29',
      kind: 'target',
    },
    {
      text: 'The average pension will be increased by 8.5% from January 1.',
      published: '2025-09-29',
      kind: 'forecast',
    },
    {
      text: 'Exports amounted to $5 billion, exceeding the planned $4 billion.',
      published: '2025-09-29',
      kind: 'actual',
    },
    {
      text: 'The share of the digital economy in GDP was set against the target of 5% in 2023.',
      published: '2025-09-29',
      kind: 'target',
    },
    {
      text: 'Over 40 data leaks have occurred since the start of the year, and he said the state must act.',
      published: '2025-08-11',
      kind: 'actual',
    },
    {
      text: 'Exports approached $1 billion by the end of 2025.',
      published: '2026-01-05',
      kind: 'actual',
    },
    {
      text: 'Tokayev identified nine key areas that should form the policy.',
      published: '2025-08-11',
      kind: 'actual',
    },
    {
      text: 'The economy grew by more than 6 percent in 2025.',
      published: '2026-01-05',
      kind: 'actual',
    },
    {
      text: 'The 2027 budget is based on a copper price of $9,000 per tonne.',
      published: '2026-10-05',
      kind: 'forecast',
    },
    {
      text: 'Chip sales to reach $900 billion by 2030, research firm says',
      published: '2026-10-05',
      kind: 'forecast',
    },
    {
      text: 'The consultancy sees cocoa averaging $7,400 per tonne in 2028.',
      published: '2026-10-05',
      kind: 'forecast',
    },
    {
      text: 'Under the new fisheries law, trawlers can keep up to 12% of the catch.',
      published: '2026-10-05',
      kind: 'target',
    },
    {
      text: 'The law requires that 30% of the seats go to local firms.',
      published: '2026-10-05',
      kind: 'target',
    },
    {
      text: 'The report is based on a survey of 900 firms.',
      published: '2026-10-05',
      kind: 'actual',
    },
  ])('$text → $kind', ({ text, published, kind }) => {
    expect(claims(text, published)[0]?.kind).toBe(kind);
  });

  // headlinese leaves out "is expected": "X to reach …" forecasts, "X to build …" plans
  test.each([
    { headline: 'Tea exports to top $2 billion this year', kind: 'forecast' },
    { headline: 'Ferry traffic set to approach 9 million trips', kind: 'forecast' },
    { headline: 'Cement output to grow 6% by 2029, analysts say', kind: 'forecast' },
    { headline: 'Minister: road spending to reach 4% of GDP by 2029', kind: 'target' },
    { headline: 'Province to build 40 schools next year', kind: 'target' },
  ])('headline "$headline" → $kind', ({ headline, kind }) => {
    const text = `${headline}\n\nThe figures were published on Monday.`;
    expect(claims(text, '2026-03-10')[0]?.kind).toBe(kind);
  });

  test('a result reported under a budget headline is a result', () => {
    const text =
      'Town council approves draft 2027 budget\n\nIn January-May the town collected 90 billion tenge in fees, or 96% of the plan for the period.';
    expect(claims(text, '2026-06-15').map((c) => [c.mention, c.kind])).toEqual([
      ['90 billion tenge', 'actual'],
      ['96%', 'actual'],
    ]);
  });

  test('the base of a budget’s price assumption is the earlier assumption, a forecast too', () => {
    const text =
      'The 2027 budget assumes a wheat price of $240 per tonne, compared with $260 in the 2026 budget.';
    expect(claims(text, '2026-10-05').map((c) => [c.mention, c.kind])).toEqual([
      ['$240', 'forecast'],
      ['$260', 'forecast'],
    ]);
  });

  test.each([
    // a projection in the passive: "is seen at", "is seen growing"
    ['Armenia’s growth is seen at 5.1% next year.', '5.1%', 'forecast'],
    ['The region as a whole is seen growing 4.2% in 2027.', '4.2%', 'forecast'],
    // a budget approved at a sum is a plan for its year
    ['The city’s budget for 2027 was approved at 90 billion drams.', '90 billion drams', 'target'],
    // a dividend a board recommends is proposed, not paid
    ['The board recommended paying dividends of 300 drams per share.', '300 drams', 'target'],
    // the plan a result is measured against is itself a plan
    ['The deficit came in at 2.7% of GDP, against a plan of 2.9%.', '2.9%', 'target'],
  ])('%s: %s is a %s', (text, mention, kind) => {
    const found = claims(text, '2026-10-05').find((c) => c.mention === mention);
    expect(found?.kind).toBe(kind);
  });

  test('"on course to pass" a mark forecasts it', () => {
    const text =
      'Sales rose 9%, putting the chain on course to pass the $3 billion mark this year.';
    expect(claims(text, '2026-10-05').map((c) => [c.mention, c.kind])).toEqual([
      ['9%', 'actual'],
      ['$3 billion', 'forecast'],
    ]);
  });

  test('a forecast word that describes the base of a comparison is not the figure’s', () => {
    const text =
      'Revenues are planned at 12 billion lari, 6% more than the expected outturn for this year, and spending at 13 billion lari.';
    expect(claims(text, '2026-10-05').map((c) => [c.mention, c.kind])).toEqual([
      ['12 billion lari', 'target'],
      ['6%', 'target'],
      ['13 billion lari', 'target'],
    ]);
  });

  test('the base of a forecast is the present value even when it is an estimate', () => {
    const text =
      'The operator expects revenue of KZT 410 billion next year, up from an estimated KZT 360 billion this year.';
    expect(claims(text, '2026-10-15').map((c) => [c.mention, c.kind, c.period])).toEqual([
      ['KZT 410 billion', 'forecast', '2027'],
      ['KZT 360 billion', 'actual', '2026'],
    ]);
  });

  test('the starting point of a projected change is the present value', () => {
    const text = 'Its share is projected to rise from 7% to 29% by 2033.';
    expect(claims(text, '2025-08-11').map((c) => [c.mention, c.kind, c.period])).toEqual([
      ['7%', 'actual', ''],
      ['29%', 'forecast', '2033'],
    ]);
  });

  test.each([
    // "the current", "an estimated" between "from" and the starting figure
    [
      'The minister was told to raise the wool share of exports from the current 3.1% to 6% by 2030.',
      [
        ['3.1%', 'actual', ''],
        ['6%', 'target', '2030'],
      ],
    ],
    // a start written without its noun takes the end's
    [
      '- wool output to grow from 1.2 million to 1.6 million tonnes;',
      [
        ['1.2 million', 'actual', ''],
        ['1.6 million', 'forecast', ''],
      ],
    ],
    // Russian "с … до …" in a plan
    [
      'Поголовье овец планируется увеличить со 120 тысяч до 150 тысяч голов к 2029 году.',
      [
        ['120 тысяч', 'actual', ''],
        ['150 тысяч', 'target', '2029'],
      ],
    ],
  ])('the starting point of a planned change: %s', (text, expected) => {
    expect(claims(text, '2026-08-11').map((c) => [c.mention, c.kind, c.period])).toEqual(expected);
  });
});

describe('entities', () => {
  test.each([
    { text: 'In China alone, around 5,000 companies are engaged in AI.', entity: 'China' },
    { text: 'Nearly $100 billion was invested in AI startups worldwide.', entity: 'World' },
    { text: 'The global AI market will reach $4.8 trillion.', entity: 'World' },
    { text: "Astana's gross regional product reached T8.5 trillion.", entity: 'Astana' },
    {
      text: 'GDP per capita exceeded $15,000, compared to $14,260 in Russia.',
      entity: 'Kazakhstan',
    },
    { text: 'Over 1,200 businesses were registered in Almaty.', entity: 'Almaty' },
    { text: 'The economy grew by 6%.', entity: 'Kazakhstan' },
    // a flow to a partner whose sender is not written: the pair (entities.ts, flowPair)
    { text: 'Exports to Uzbekistan rose 18 percent.', entity: 'Kazakhstan-Uzbekistan' },
    { text: 'The tenge depreciated by 5.6% against the US dollar.', entity: 'Kazakhstan' },
    // a place singled out with "alone" is the figure's (rule 1), a neighbour's city too
    { text: 'Batumi alone welcomed 900,000 guests last summer.', entity: 'Batumi' },
    { text: 'Orders from Turkey alone made up a fifth of the global total.', entity: 'Turkey' },
  ])('$text → $entity', ({ text, entity }) => {
    expect(claims(text)[0]?.entity).toBe(entity);
  });

  test('exports from one country to another are the pair, unless the sender is the subject', () => {
    const text =
      'Kazakhstan grew 5 percent. Kazakhstan sold more grain. ' +
      "Uzbekistan's cotton exports to Iran rose 7 percent. " +
      "Kazakhstan's wheat exports to Iran rose 9 percent.";
    expect(claims(text).map((c) => [c.mention, c.entity])).toEqual([
      ['5 percent', 'Kazakhstan'],
      ['7 percent', 'Iran-Uzbekistan'],
      ['9 percent', 'Kazakhstan'],
    ]);
  });

  test('a respectively list of receivers pairs with the sender written before it', () => {
    const text =
      'Kazakhstan grew 5 percent. Kazakhstan sold more grain. ' +
      'Transfers from Turkey to Armenia and Georgia reached $3 billion and $2 billion, respectively.';
    expect(claims(text).map((c) => [c.mention, c.entity])).toEqual([
      ['5 percent', 'Kazakhstan'],
      ['$3 billion', 'Armenia-Turkey'],
      ['$2 billion', 'Georgia-Turkey'],
    ]);
  });

  test('"compared to $14,260 in Russia" is about Russia', () => {
    const found = claims('GDP per capita exceeded $15,000, compared to $14,260 in Russia.');
    expect(found.map((c) => c.entity)).toEqual(['Kazakhstan', 'Russia']);
    expect(found[1]!.metric).toBe(found[0]!.metric);
  });
});

describe('claims and non-claims', () => {
  test.each([
    { text: 'The forum Digital Bridge 2023 opened in Astana.', mentions: [] },
    { text: 'The full rollout of the 5G network is a priority.', mentions: [] },
    { text: 'He spoke during an Aug. 11 meeting on AI.', mentions: [] },
    { text: 'It was the second priority; second-tier banks may join.', mentions: [] },
    { text: 'Kazakhstan ranked 24th, up from 81st place, and is in the top 10.', mentions: [] },
    { text: 'Kazakhstan climbed five positions in the ranking.', mentions: [] },
    { text: 'He set the task of doing it within three years.', mentions: [] },
    { text: 'The Year 2026 was declared the Year of Digitalization.', mentions: [] },
    { text: 'AI is one of the key pillars of development.', mentions: [] },
    { text: 'The two countries intend to cooperate.', mentions: [] },
    { text: 'ISSN 1234-5678\nTags: GDP, economy', mentions: [] },
    { text: 'Exchange rate: 1 USD = 525 KZT', mentions: ['525 KZT'] },
    { text: 'Exports grew in 2022[5] and 2023.', mentions: [] },
    { text: 'Tokayev identified nine key areas.', mentions: ['nine'] },
    { text: 'We want to see at least 2,000 within two years.', mentions: ['2,000'] },
    { text: 'Container traffic rose to 56,000 TEU.', mentions: ['56,000'] },
    {
      text: 'About 500 AI projects are under way, 180 of them in healthcare.',
      mentions: ['500', '180'],
    },
    { text: 'The number of residents grew to 1,874 from 1,612.', mentions: ['1,874', '1,612'] },
    // a part of a whole counted in the same sentence
    {
      text: 'The club now has 310 member farms, of which 45 are organic.',
      mentions: ['310', '45'],
    },
    { text: 'Some 1,204 of the 1,390 schools were online.', mentions: ['1,204', '1,390'] },
    { text: 'Of the 2024 plan, little was done.', mentions: [] },
  ])('$text → $mentions', ({ text, mentions }) => {
    expect(claims(text).map((c) => c.mention)).toEqual(mentions);
  });

  test('page furniture and reader comments carry no claims', () => {
    const text = [
      'Exports grew by 16% in 2024.',
      'Photo credits: Akorda',
      'Get The Astana Times stories sent directly to you! Subscribe for 5 dollars.',
      'Comments 12',
      'Login to leave a comment',
      'Очень интересно, 100 процентов!',
      'We will see 300 more comments like this',
    ].join('\n\n');
    expect(claims(text).map((c) => c.mention)).toEqual(['16%']);
  });

  test('a scaled figure without a unit takes the currency written before it in its clause', () => {
    const found = claims(
      'Revenues are planned at 26.1 trln tenge and spending at 30.8 trln, leaving a deficit of 4.7 trln.',
    );
    expect(found.map((c) => [c.mention, c.unit, c.value])).toEqual([
      ['26.1 trln tenge', 'KZT', 26.1e12],
      ['30.8 trln', 'KZT', 30.8e12],
      ['4.7 trln', 'KZT', 4.7e12],
    ]);
  });
});

describe('a conversion in parentheses is a second row linked to the first', () => {
  test.each([
    { text: 'The fund spent 450 billion tenge (US$994.3 million) in 2024.', units: ['KZT', 'USD'] },
    { text: 'Revenues totalled 1.9 trln tenge, or roughly $3.7 bn.', units: ['KZT', 'USD'] },
    { text: 'Gazprom will invest 75 billion rubles (about $950 million).', units: ['RUB', 'USD'] },
  ])('$text', ({ text, units }) => {
    const found = extractClaims(text, source('2025-01-01'), catalogue);
    expect(found.map((c) => c.unit)).toEqual(units);
    expect(found[1]!.related_id).toBe(found[0]!.id);
    expect(found[0]!.related_id).toBe('');
    // the conversion keeps its own qualifier ("about $950 million"); the rest is the first row's
    for (const field of ['metric', 'entity', 'period', 'kind'] as const)
      expect(found[1]![field]).toBe(found[0]![field]);
  });
});

describe('metrics', () => {
  test.each([
    {
      text: 'Kazakhstan’s IT services exports approached $1 billion.',
      metric: 'it_services_exports',
    },
    { text: 'GDP per capita exceeded $15,000.', metric: 'gdp_per_capita' },
    { text: 'GDP surpassed the $300 billion mark.', metric: 'gdp' },
    { text: 'The economy grew by more than 6 percent.', metric: 'gdp_growth' },
    {
      text: 'More than 650,000 students have completed training under the AI Sana program.',
      metric: 'ai_sana_students',
    },
  ])('$text → $metric', ({ text, metric }) => {
    expect(claims(text)[0]?.metric).toBe(metric);
  });

  test('counts of different things in one sentence keep their own metrics', () => {
    const found = claims(
      'The forum brought together over 20 thousand participants, more than 300 IT companies and delegations from 30 countries.',
    );
    expect(found.map((c) => c.metric)).toEqual(['forum_participants', 'it_companies', 'countries']);
  });

  test.each([
    {
      name: 'a list item naming nothing takes the metric in the same place of the item before it',
      text: 'The fund sees next year:\n\n- Mongolia: GDP growth of 5.1%, inflation of 7.2%;\n- Armenia: 4.4% and 3.9%.',
      metrics: ['gdp_growth', 'inflation', 'gdp_growth', 'inflation'],
    },
    {
      name: 'the first item takes the figures of the paragraph before the list intro',
      text: 'Exports reached $4.2 billion in the first half.\n\nBy destination:\n- Turkey: $1.6 billion;\n- India: $0.7 billion.',
      metrics: ['exports', 'exports', 'exports'],
    },
    {
      name: 'a signed percentage in parentheses after a level is its change',
      text: 'Exports reached $4.2 billion in the first half.\n\nBy destination:\n- Turkey: $1.6 billion (-3.4%)',
      metrics: ['exports', 'exports', 'exports_growth'],
    },
    {
      name: 'a paragraph that names nothing measures what the paragraph right before it did',
      text: 'Copper exports reached $2.3 billion in 2024.\n\nThe plan is to reach $3 billion by 2027.',
      metrics: ['exports', 'exports'],
    },
    {
      name: 'a multiple after "which is" is the growth of the level before it',
      text: 'Coffee exports amounted to $210 million, which is 1.3 times more than in 2023.',
      metrics: ['exports', 'exports_growth_multiple'],
    },
    {
      name: 'a percentage of the plan is how much of the plan was done',
      text: 'Budget revenues reached 3.4 trillion tenge, or 96.2% of the annual plan.',
      metrics: ['budget_revenue', 'budget_revenue_execution'],
    },
    {
      name: 'investment in fixed assets is fixed capital investment',
      text: 'Investment in fixed assets rose to 9.1 trillion tenge.',
      metrics: ['fixed_capital_investment'],
    },
    {
      name: 'a list item after unrelated prose is not bound to it',
      text: 'Exports reached $4.2 billion in the first half.\n\nThe ministry said many other things about the harvest and the weather this year.\n\nThe committee met twice in the spring and again in the autumn.\n\nIt also noted:\n- Turkey: $1.6 billion.',
      metrics: ['exports', 'unlabelled_figure'],
    },
  ])('$name', ({ text, metrics }) => {
    expect(claims(text).map((c) => c.metric)).toEqual(metrics);
  });

  test('an unknown claim gets a readable metric from its sentence, not dropped', () => {
    const [claim] = extractClaims(
      'The country’s pistachio harvest reached 12,000 tonnes.',
      source('2025-01-01'),
      catalogue,
    );
    expect(claim?.metric).toBe('pistachio_harvest');
    const [money] = extractClaims(
      'The company’s net profit reached KZT 1.2 trln.',
      source('2025-01-01'),
      catalogue,
    );
    expect(money?.metric).toBe('net_profit');
    expect(money?.metric_label).toBe('Net profit');
  });
});

describe('claims carry their source and their mention', () => {
  const text =
    'Photo: Akorda\n\nKazakhstan’s IT services exports approached $1 billion by the end of 2025.';
  const found = extractClaims(
    text,
    { id: 'doc', title: 'T', outlet: 'Qazinform', url: 'https://x.kz/1', published: '2026-01-05' },
    catalogue,
  );

  test('quote_start/quote_end give back the mention, quote is the sentence', () => {
    expect(found).toHaveLength(1);
    const claim = found[0]!;
    expect(text.slice(claim.quote_start!, claim.quote_end!)).toBe('$1 billion');
    expect(claim.quote).toBe(
      'Kazakhstan’s IT services exports approached $1 billion by the end of 2025.',
    );
    expect([claim.source_id, claim.source_date, claim.source_outlet, claim.source_url]).toEqual([
      'doc',
      '2026-01-05',
      'Qazinform',
      'https://x.kz/1',
    ]);
  });

  test('ids are stable: the same input gives the same ids', () => {
    const again = extractClaims(
      text,
      {
        id: 'doc',
        title: 'T',
        outlet: 'Qazinform',
        url: 'https://x.kz/1',
        published: '2026-01-05',
      },
      catalogue,
    );
    expect(again.map((c) => c.id)).toEqual(found.map((c) => c.id));
    expect(found[0]!.id).toBe(
      stableId(`doc\u0000${found[0]!.quote_start}\u0000${found[0]!.quote_end}`),
    );
    expect(found[0]!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  test.each([
    { id: 'doc', start: 0, end: 9 },
    { id: 'doc', start: 10, end: 99 },
    { id: '001-akorda-speech', start: 100, end: 1000 },
    { id: 'ünïcode’s', start: 999_999, end: 10_000_000 },
    { id: '', start: 12_345, end: 12_350 },
  ])('claimIds($id)($start, $end) is the stableId of id, start and end', ({ id, start, end }) => {
    expect(claimIds(id)(start, end)).toBe(stableId(`${id}\u0000${start}\u0000${end}`));
  });

  test('a text that dates itself ("date 2026-01-05") is read with that date when sources.csv has none', () => {
    const dated = ' date 2026-01-05 Exports grew by 16% last year.';
    expect(extractClaims(dated, source(''), catalogue)[0]?.period).toBe('2025');
  });
});

describe('a part of a whole with no noun of its own counts what its whole counts', () => {
  test.each([
    [
      'Биыл 4 500 білім беру гранты бөлінді. Оның 3 100-і бакалавриатқа, 1 400-і магистратураға берілді.',
      '3 100',
      'grants',
    ],
    [
      'Биыл 4 500 білім беру гранты бөлінді. Оның 3 100-і бакалавриатқа, 1 400-і магистратураға берілді.',
      '1 400',
      'grants',
    ],
    ['The city opened 31 new schools, of them twelve in rural districts.', 'twelve', 'schools'],
  ])('%s → %s', (text, mention, metric) => {
    const at = text.indexOf(mention);
    const claim = extractClaims(text, source('2026-03-12'), catalogue).find(
      (c) => c.quote_start === at,
    );
    expect(claim?.metric).toBe(metric);
  });
});
