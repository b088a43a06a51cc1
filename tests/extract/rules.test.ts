/**
 * Issue 9's rules, each on sentences written for this test (none from the seeds or a gold corpus):
 * comparison years, heading years, passages, decimal comma, currency spread, table cells and
 * metric noun phrases.
 */
import { describe, expect, test } from 'vitest';
import { extractClaims, isStandingRate, type SourceMeta } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';
import { findTables } from '../../scripts/extract/tables.ts';

const catalogue = loadDefaultCatalogue();
const meta: SourceMeta = { id: 'd', title: '', outlet: '', url: '', published: '2025-11-20' };

function read(text: string, extra: Partial<SourceMeta> = {}) {
  return extractClaims(text, { ...meta, ...extra }, catalogue).map((c) => ({
    mention: text.slice(c.quote_start!, c.quote_end!),
    value: c.value,
    unit: c.unit,
    period: c.period,
    kind: c.kind,
    entity: c.entity,
    metric: c.metric,
    label: c.metric_label,
    source: c.metric_source,
  }));
}

describe('comparison years are not the period of the figure', () => {
  test.each([
    {
      text: 'Cotton output reached 3.2 million tonnes in 2024, up 8% compared with 2022.',
      periods: ['2024', '2024'],
    },
    { text: 'Tea imports rose 15% on 2023 to $40 million in 2025.', periods: ['2025', '2025'] },
    {
      text: 'In January-June 2025, wool sales amounted to 700 tonnes, which is 6% more than in the corresponding period of 2024 (in physical terms).',
      periods: ['2025', '2025'],
    },
    {
      text: 'The ferry carried 90,000 passengers in 2025, a 4% increase on 2023.',
      periods: ['2025', '2025'],
    },
    {
      text: 'In H1 2025 the mill earned $9 million, compared with $7 million in H1 2024.',
      periods: ['2025', '2024'],
    },
    {
      text: 'This year the mill shipped 40,000 tonnes, 1.2 times more than in the first half of 2024.',
      periods: ['2025', '2025'],
    },
    {
      text: 'Orchards will spend $80 million in 2026, nearly double their 2024 budget.',
      periods: ['2026', '2026'],
    },
    {
      text: 'The board expects this year’s rice crop at 9 million tonnes, including 2 million tonnes for export.',
      periods: ['2025', '2025'],
    },
    {
      text: 'Fees rise 4% from this year’s revised plan of 80 billion tenge.',
      periods: ['', '2025'],
    },
    {
      text: 'Spending is set at 9 trillion soums, about $700 million at the rate of 12,800 soums per dollar as of 1 May 2025.',
      periods: ['', '', '2025-05-01'],
    },
    {
      text: 'Ferry revenue reached $12 million for January-September, up 9% from the same period last year.',
      periods: ['2025', '2025'],
    },
    {
      text: 'The fund cut its 2026 growth forecast for the region to 4.1% from 4.6% projected in April.',
      periods: ['2026', '2026'],
    },
    {
      text: 'The new line is expected to carry 2 million tonnes a year from 2028.',
      periods: ['2028'],
    },
    {
      // the base "from 300 a year earlier" is a figure too, with its own period (gold README, Period)
      text: 'In 2025, members grew to 410 firms from 300 a year earlier.',
      periods: ['2025', '2024'],
    },
    {
      text: 'Spending rises to $9 million in 2026 from this year’s $8 million.',
      periods: ['2026', '2025'],
    },
    {
      text: 'Users reached 4 million as of 1 March 2025, up 8% from a year earlier.',
      periods: ['2025-03-01', '2025-03-01'],
    },
    {
      text: 'Exports rose 9% in 2025, and the two sides aim to reach $2 billion in the coming years.',
      periods: ['2025', ''],
    },
    {
      text: 'Port results for January-June\n\nThe port, which Delta bought in 2023, handled 9 million tonnes.',
      periods: ['2025'],
    },
    {
      text: 'Итоги за январь–сентябрь\n\nЗавод, контрольный пакет которого холдинг купил в прошлом году, увеличил выпуск на 12%.',
      periods: ['2025'],
    },
    {
      text: 'Exports were 12% higher than in 2023, when they stood at $400 million.',
      periods: ['', '2023'],
    },
    {
      text: 'Это на 8% больше, чем в текущем году, когда выпуск составит 90 тыс. тонн.',
      periods: ['', '2025'],
    },
    {
      text: 'Housing reached 2 million m² in January-June 2025, 4% more than in the same period of 2024.',
      periods: ['2025', '2025'],
    },
    {
      text: 'Spending is set at $9 billion, up 7% from this year’s revised plan of $8.4 billion.',
      periods: ['', '', '2025'],
    },
    {
      text: 'Prices for November 2025\n\nAnnual inflation was 8.1% (in October – 8.4%).',
      periods: ['2025-11', '2025-10'],
    },
    {
      text: 'Exchange rate: $1 = 12,700 soums (Central Bank, May 19).',
      periods: ['2025-05-19'],
    },
    {
      text: 'Выручка завода за январь–сентябрь составила 40 млрд тенге, рост в 1,2 раза к аналогичному периоду прошлого года.',
      periods: ['2025', '2025'],
    },
    {
      text: 'Во II квартале 2025 года зарплата составила 400 тыс. тенге; по сравнению со II кварталом 2024 года она выросла на 9,1%.',
      periods: ['2025', '2025'],
    },
    {
      text: 'Сборы превысили 7 млрд тенге, что на 6% выше показателя аналогичного месяца прошлого года.',
      periods: ['', ''],
    },
    {
      text: 'В следующем году перевозки составят 90 млн тонн, это на 5% больше, чем в текущем году.',
      periods: ['2026', '2026'],
    },
    {
      text: 'Үшінші тоқсанда экспорт 2 млрд долларға жетті, бұл өткен жылдың сәйкес кезеңімен салыстырғанда 8 пайызға көп.',
      periods: ['2025', '2025'],
    },
  ])('$text', ({ text, periods }) => {
    expect(read(text).map((c) => c.period)).toEqual(periods);
  });
});

describe('heading and list-intro years carry down', () => {
  test.each([
    {
      why: 'a list intro',
      text: 'Tashkent Metro results\n\nIn 2024:\n- ridership grew to 210 million passengers;\n- fares rose 12%.',
      periods: ['2024', '2024'],
    },
    {
      why: 'a heading',
      text: 'Port statistics\n\nCargo in 2023\n\nThe port handled 4.5 million tonnes of grain.',
      periods: ['2023'],
    },
    {
      why: 'the headline of a release',
      text: 'Bakery sales up 6% in January-June\n\nBread sales rose to 900,000 loaves.',
      periods: ['2025', '2025'],
    },
    {
      why: 'not past a blank line after a list',
      text: 'Farm report\n\nIn 2024:\n- wheat rose to 9 million tonnes.\n\nSeed banks hold 40,000 samples.',
      periods: ['2024', ''],
    },
    {
      why: 'the lead of a budget text dates its planned figures',
      text: 'Town sets out road spending\n\nThe town council approved its budget for 2026, up 8% from this year.\n\nOf the total, 4 billion soms will go to bridges.',
      periods: ['2026', '2026'],
    },
    {
      why: 'a Kazakh one too',
      text: 'Ауданның бюджеті бекітілді\n\nАудан мәслихаты келесі жылға арналған бюджетті бекітті.\n\nЖол салуға 9 млрд теңге бөлінеді.',
      periods: ['2026'],
    },
    {
      why: 'a lead about no budget dates nothing below it',
      text: 'Town reports on roads\n\nThe town repaired 40 km of roads in 2025.\n\nIt has 300 buses.',
      periods: ['2025', ''],
    },
    {
      why: 'a report borrows no year still to come from its paragraph',
      text: 'Toll report\n\nThe toll road will carry 30,000 cars a day next year. Traffic rose 7% to 21,000 cars.',
      periods: ['2026', '', ''],
    },
    {
      why: 'a plan borrows no year already over',
      text: 'Toll report\n\nThe road carried 19,000 cars a day in 2023. The operator plans to widen 40 km.',
      periods: ['2023', ''],
    },
    {
      why: 'a Russian report neither takes a headline year still to come',
      text: 'Оператор вложит 50 млрд тенге в следующем году\n\nЧисло абонентов выросло до 3 млн.',
      periods: ['2026', ''],
    },
  ])('$why', ({ text, periods }) => {
    expect(read(text).map((c) => c.period)).toEqual(periods);
  });
});

describe('kind from the clause, the sentence, then the passage', () => {
  test.each([
    { text: 'Road spending is set at 4 trillion soums.', kind: 'target' },
    { text: 'Spending on schools is fixed at 900 billion soums.', kind: 'target' },
    { text: 'A total of 60 billion soums is allocated for 2026 for bridges.', kind: 'target' },
    { text: 'The plan for next year includes: 40 new schools and 12 hospitals.', kind: 'target' },
    { text: 'Analysts expect grain output to reach 20 million tonnes.', kind: 'forecast' },
    {
      text: 'Draft 2026 budget approved\n\nIn 2026, road spending will rise to 5 trillion soums.',
      kind: 'target',
    },
    {
      text: 'Ministry outlines scenarios\n\nForecast for 2027\n\nMining output: 4.1 million tonnes.',
      kind: 'forecast',
    },
    { text: 'Wind farms could supply up to 9% of the grid by 2030.', kind: 'forecast' },
    { text: 'The fund sees growth at 4.4% in 2026.', kind: 'forecast' },
    { text: 'For 2026, the agency plan foresees exports of $70 million.', kind: 'target' },
    { text: 'The miner raised its guidance to 12 tonnes.', kind: 'target' },
    { text: 'Samarkand has a city budget of 3 trillion soums.', kind: 'target' },
    { text: 'Budget revenues for 2027 are forecast at 9 trillion soums.', kind: 'target' },
    {
      text: 'Spending of the 2027 state budget is projected at 12 trillion soums.',
      kind: 'target',
    },
    { text: 'The city’s own tax revenues are projected at 2 trillion soums.', kind: 'forecast' },
    { text: 'Nominal GDP is projected at 90 trillion soums.', kind: 'forecast' },
    { text: 'Cloud spending is estimated at $3 billion this year.', kind: 'forecast' },
    {
      text: 'The council raised its estimate of this year’s rice crop to 9 million tonnes.',
      kind: 'forecast',
    },
    { text: 'Wages per worker are estimated at $900 a month.', kind: 'actual' },
    { text: 'Tax receipts reached 8 trillion soums, or 101.2% of the plan.', kind: 'actual' },
    {
      text: 'Regions got 2 trillion soums, including targeted transfers of 600 billion.',
      kind: 'actual',
    },
    { text: 'The rail market is worth $40 billion and is forecast to grow.', kind: 'actual' },
    // a second predicate of expecting is its own clause
    { text: 'The regulator held its key rate at 11% and expects prices to cool.', kind: 'actual' },
    { text: 'The mill sold 40,000 tonnes and sees sales of 45,000 tonnes.', kind: 'actual' },
    {
      text: 'The city pledged new trams, while the bank approved a loan of $80 million.',
      kind: 'actual',
    },
  ])('$text → $kind', ({ text, kind }) => {
    expect(read(text)[0]?.kind).toBe(kind);
  });
});

describe("a list intro's plan covers its items", () => {
  test.each([
    {
      // items without bullets, each in a paragraph of its own, joined by semicolons
      text: 'Fund sets out its year\n\nThe fund’s plan for next year includes:\n\nopening 4 new offices;\n\nhiring 120 engineers;\n\ntraining 900 teachers.',
      kinds: ['target', 'target', 'target'],
      periods: ['2026', '2026', '2026'],
    },
    {
      text: 'Город подвел итоги года\n\nВ планах города на 2027 год:\n- построить 12 школ;\n- отремонтировать 300 км дорог.',
      kinds: ['target', 'target'],
      periods: ['2027', '2027'],
    },
    {
      text: 'Аудандардағы жиын\n\nӘкім аудандарға міндет жүктеді. Сонымен қатар:\n- 40 мектеп салу;\n- 500 шақырым жол жөндеу.',
      kinds: ['target', 'target'],
      periods: ['', ''],
    },
  ])('$text', ({ text, kinds, periods }) => {
    const claims = read(text);
    expect(claims.map((c) => c.kind)).toEqual(kinds);
    expect(claims.map((c) => c.period)).toEqual(periods);
  });
});

describe("a budget's assumptions are forecasts, a plan's goals targets", () => {
  test.each([
    {
      text: 'Draft budget for 2027 sent to parliament\n\nThe draft provides for the following:\n- revenue of 90 trillion soums;\n- GDP growth of 5.8% and inflation of 7%.',
      kinds: ['target', 'forecast', 'forecast'],
    },
    {
      text: 'Ministry sums up the year\n\nThe plan for next year includes:\n- GDP growth of at least 5%;\n- 40 new schools.',
      kinds: ['target', 'target'],
    },
  ])('$text', ({ text, kinds }) => {
    expect(read(text).map((c) => c.kind)).toEqual(kinds);
  });
});

describe("a cue after a figure is another figure's past a comma or a second figure", () => {
  test.each([
    {
      text: 'The council set a budget of $90 million for 2026, up 5% from this year’s $86 million.',
      kinds: ['target', 'target', 'actual'],
    },
    {
      text: 'Tram trips are expected to reach 90 million in 2026, up 4% from 86 million last year.',
      kinds: ['forecast', 'forecast', 'actual'],
    },
    {
      text: 'The bank holds its rate at 9%, sees inflation inside its target',
      kinds: ['actual'],
    },
    // a share of the plan is a result; the plan's own figure is a target
    {
      text: 'Spending reached $4 billion, 52% of the annual plan of $7.7 billion.',
      kinds: ['actual', 'actual', 'target'],
    },
    {
      text: 'Inflation is expected at 5-6% in 2026.',
      kinds: ['forecast', 'forecast'],
    },
    {
      text: 'Жолға 40 млрд теңге, көпірге 12 млрд теңге қарастырылған.',
      kinds: ['target', 'target'],
    },
  ])('$text', ({ text, kinds }) => {
    expect(read(text).map((c) => c.kind)).toEqual(kinds);
  });
});

describe('several numbers in one sentence', () => {
  test('a decimal comma before a scale is one number', () => {
    expect(read('The fund lent €3,7 billion to farmers.').map((c) => [c.value, c.unit])).toEqual([
      [3.7e9, 'EUR'],
    ]);
  });

  test('a currency written after the second figure spreads back to a scaled first one', () => {
    expect(
      read('Grants will fall from 4.2 trillion to 3.9 trillion soums.').map((c) => [
        c.value,
        c.unit,
      ]),
    ).toEqual([
      [4.2e12, 'UZS'],
      [3.9e12, 'UZS'],
    ]);
    expect(
      read(
        'Revenues in 2027 and 2028 are seen at 31.5 trillion and 33 trillion tenge respectively.',
      ).map((c) => c.unit),
    ).toEqual(['KZT', 'KZT']);
  });

  test.each([
    {
      text: 'The city will spend 12 billion tenge on parks, and expects visitors to reach 2 million.',
      units: ['KZT', 'count'],
    },
    {
      text: 'The lari traded at 2.71 per dollar, while the dram held near 386 per US dollar.',
      units: ['GEL', 'AMD'],
    },
    { text: 'Fares in the city rose to 300 per ride.', units: [] },
  ])('a bare rate takes the currency its clause names: $text', ({ text, units }) => {
    expect(read(text).map((c) => c.unit)).toEqual(units);
  });

  test.each([
    {
      text: 'Road tolls brought 40.2 billion soums, while fuel duties yielded 18.5 billion.',
      units: ['UZS', 'UZS'],
    },
    {
      text: 'Sales rose to 90.5 billion tenge ($175 million), while operating profit reached 21.3 billion.',
      units: ['KZT', 'USD', 'KZT'],
    },
    {
      text: 'The city will spend 12 billion tenge on parks, and expects visitors to reach 2 million.',
      units: ['KZT', 'count'],
    },
  ])(
    'a currency named once in the sentence carries across a contrast: $text',
    ({ text, units }) => {
      expect(read(text).map((c) => c.unit)).toEqual(units);
    },
  );
});

describe('respectively', () => {
  test.each([
    {
      text: 'Tea and rice harvests rose by 5% and 7% respectively.',
      bound: [
        ['5%', 'Tea growth'],
        ['7%', 'Rice harvests growth'],
      ],
    },
    {
      text: 'Shipments to Turkey and Iran reached $40 million and $25 million respectively.',
      bound: [
        ['$40 million', 'Turkey'],
        ['$25 million', 'Iran'],
      ],
    },
    {
      // names say whose the figures are; what they measure is written after them
      text: 'Norvik Mobile, Osko and Fenway held 30%, 22% and 13% of that market, respectively.',
      bound: [
        ['30%', 'Market share'],
        ['22%', 'Market share'],
        ['13%', 'Market share'],
      ],
    },
  ])('$text', ({ text, bound }) => {
    const claims = read(text);
    expect(claims.map((c) => [c.mention, /Turkey|Iran/.test(text) ? c.entity : c.label])).toEqual(
      bound,
    );
  });
});

describe('tables laid out with spaces', () => {
  test('a header of periods gives each column its year, a comma-thousands figure is one cell', () => {
    const text =
      'Table 2. Wool exports by partner, thousand tonnes\n\nPartner      Jan-Jun 2025   Jan-Jun 2026\nTurkey             1,204.5          1,310.2\nIran                 880.1            902.7\n\nThe ministry said more.';
    const cells = findTables(text, '2026-08-01')[0]!.cells;
    expect(cells.map((c) => [c.row, c.period, c.value])).toEqual([
      ['Turkey', '2025', 1204500],
      ['Turkey', '2026', 1310200],
      ['Iran', '2025', 880100],
      ['Iran', '2026', 902700],
    ]);
  });

  test('a header of days over unnamed rows dates each column; the caption names what rows count', () => {
    const text =
      'Key indicators (thousand members)\n\n                  31.03.2027   31.03.2026\nCity branch         1,204          1,150\nRural branch          880            902\n\nThe union said more.';
    const table = findTables(text, '2027-05-01')[0]!;
    expect(table.cells.map((c) => [c.row, c.period, c.value])).toEqual([
      ['City branch', '2027-03-31', 1204000],
      ['City branch', '2026-03-31', 1150000],
      ['Rural branch', '2027-03-31', 880000],
      ['Rural branch', '2026-03-31', 902000],
    ]);
    expect(table.counted).toBe('members');
    expect(read(text).map((c) => c.label)).toContain('Rural branch members');
  });

  test.each([
    // a month's column is that month's, in each language
    {
      header: 'Region        March 2026    March 2025',
      periods: ['2026-03', '2025-03', '2026-03', '2025-03'],
    },
    {
      header: 'Область\tмарт 2026\tмарт 2025',
      periods: ['2026-03', '2025-03', '2026-03', '2025-03'],
    },
    {
      header: 'Өңір\t2026 ж. наурыз\t2025 ж. наурыз',
      periods: ['2026-03', '2025-03', '2026-03', '2025-03'],
    },
    // years after the name of the rows' column, not in the first row
    { header: 'Indicator       2025     2026', periods: ['2025', '2026', '2025', '2026'] },
  ])('a header of periods dates its columns: $header', ({ header, periods }) => {
    const text = `Wool prices by region, %\n${header}\nNorth Farm\t12,4\t9,1\nSouth Farm\t11,8\t8,7\n\nThe ministry said more.`;
    const cells = findTables(text, '2026-05-01')[0]!.cells;
    expect(cells.map((c) => c.period)).toEqual(periods);
  });

  test('a row whose figures read as years out of order is a row, not a header', () => {
    const text =
      'Wool output by farm, tonnes\nNorth Farm      2010     2014\nSouth Farm      1980     2040\n\nThe ministry said more.';
    expect(findTables(text, '2026-05-01')[0]!.cells.map((c) => c.value)).toEqual([
      2010, 2014, 1980, 2040,
    ]);
  });

  test.each([
    {
      name: 'an indented header of two comparisons, English',
      text: 'Consumer price index, March 2027 (percentage change)\n\n                        Month-on-month   Year-on-year\nAll goods and services           0.4            7.9\nFood products                    0.6            8.8\n  of which: bread                0.2            6.1\n\nThe bureau said more.',
      expected: [
        ['0.4', '2027-03', 'monthly_inflation'],
        ['7.9', '2027-03', 'inflation'],
        ['0.6', '2027-03', 'monthly_food_products_inflation'],
        ['8.8', '2027-03', 'food_products_inflation'],
        ['0.2', '2027-03', 'monthly_bread_inflation'],
        ['6.1', '2027-03', 'bread_inflation'],
      ],
    },
    {
      name: 'a header over two lines whose columns are bases, Russian',
      text: 'Изменение цен на товары и услуги в марте 2027 года, в %\n\n                          к февралю      к марту\n                           2027 г.       2026 г.\nТовары и услуги, всего       0,4           7,9\n  сахар                      1,3           9,2\n\nБюро сообщило об этом.',
      expected: [
        ['0,4', '2027-03', 'monthly_inflation'],
        ['7,9', '2027-03', 'inflation'],
        ['1,3', '2027-03', 'monthly_sakhar_inflation'],
        ['9,2', '2027-03', 'sakhar_inflation'],
      ],
    },
  ])('a price table: every cell, its month and its inflation ($name)', ({ text, expected }) => {
    expect(
      read(text, { published: '2027-04-10' }).map((c) => [c.mention, c.period, c.metric]),
    ).toEqual(expected);
  });

  test("a caption ending in its year, a header over two lines naming each column's unit", () => {
    const text =
      'Textile output by branch, January-September 2027\n\n                        Jan-Sep 2027      Sep 2027 vs\n                        billion tenge     Sep 2026, %\nCarding                     41.5            103.2\nSpinning                    12.8             97.4\n\nThe bureau said more.';
    expect(
      read(text, { published: '2027-10-15', defaultEntity: 'Kazakhstan' }).map((c) => [
        c.mention,
        c.value,
        c.unit,
        c.period,
        c.entity,
        c.metric,
      ]),
    ).toEqual([
      ['41.5', 41.5e9, 'KZT', '2027', 'Kazakhstan', 'carding_output'],
      ['103.2', 103.2, 'percent', '2027-09', 'Kazakhstan', 'carding_output_growth'],
      ['12.8', 12.8e9, 'KZT', '2027', 'Kazakhstan', 'spinning_output'],
      ['97.4', 97.4, 'percent', '2027-09', 'Kazakhstan', 'spinning_output_growth'],
    ]);
  });

  test('a header of measures names each column, and its rows are the entities', () => {
    const text =
      'Jobless and inflation rates, end-June 2026, %\n\nCountry      Inflation   Unemployment\nArmenia      3.1         12.4\nGeorgia      2.8         13.9\n\nMore text follows.';
    const claims = read(text);
    expect(claims.map((c) => [c.mention, c.entity, c.metric])).toEqual([
      ['3.1', 'Armenia', 'inflation'],
      ['12.4', 'Armenia', 'unemployment'],
      ['2.8', 'Georgia', 'inflation'],
      ['13.9', 'Georgia', 'unemployment'],
    ]);
  });

  test.each([
    {
      caption: 'Wool exports by partner, thousand tonnes',
      expected: ['Tajikistan-Turkey', 'Tajikistan-Turkey', 'Tajikistan-Iran', 'Tajikistan-Iran'],
    },
    {
      caption: 'Money transfers to Tajikistan by country, USD million',
      expected: ['Tajikistan-Turkey', 'Tajikistan-Turkey', 'Tajikistan-Iran', 'Tajikistan-Iran'],
    },
    {
      caption: 'Wool yield by partner, thousand tonnes',
      expected: ['Turkey', 'Turkey', 'Iran', 'Iran'],
    },
  ])(
    'a table of flows by country gives each row its pair with the subject: $caption',
    ({ caption, expected }) => {
      const text = `Tajikistan's partners in the first half\n\nDUSHANBE - Tajikistan reported the figures on Monday.\n\n${caption}\n\nPartner      Jan-Jun 2025   Jan-Jun 2026\nTurkey             1,204.5          1,310.2\nIran                 880.1            902.7\n\nThe ministry said more.`;
      const cells = read(text).filter((c) => /^[\d,.]+$/.test(c.mention));
      expect(cells.map((c) => c.entity)).toEqual(expected);
    },
  );

  test('a pipe header gives each column its own unit and scale', () => {
    const text =
      'Клиенты банков на 1 июля 2026 года\n\nБанк | Клиенты, млн | Доля рынка, %\nАльфа | 4,2 | 31,5\nБета | 3,1 | 23,2\n\nДалее текст.';
    const cells = findTables(text, '2026-08-01')[0]!.cells;
    expect(cells.map((c) => [c.value, c.unit])).toEqual([
      [4200000, 'count'],
      [31.5, 'percent'],
      [3100000, 'count'],
      [23.2, 'percent'],
    ]);
  });
  test.each([
    {
      header: 'Sector | Jan-Sep 2026, bln tenge | in % to Jan-Sep 2025',
      rows: ['Fishing | 312.4 | 104.2', 'Forestry | 95.1 | 98.6'],
    },
    {
      header: 'Отрасль | Январь–сентябрь 2026, млрд тенге | Индекс, %',
      rows: ['Рыболовство | 312,4 | 104,2', 'Лесное хозяйство | 95,1 | 98,6'],
    },
  ])('a column of changes on a base makes its cells growths: $header', ({ header, rows }) => {
    const text = `Сводка за девять месяцев\n\nЦифры опубликованы в понедельник.\n\nTable 2\n\n${header}\n${rows.join('\n')}\n\nДалее текст.`;
    const growths = read(text)
      .filter((c) => c.unit === 'percent')
      .map((c) => c.metric.endsWith('_growth'));
    expect(growths).toEqual([true, true]);
  });
});

describe('table cells', () => {
  const text =
    'Tractor sales grew.\n\nTractors sold by maker, thousand\nMaker | 2024 | 2025\nAgromash | 1 250 | 1 310\nSteppe Motors (SM) | 980 | 1 020\n\nDealers were pleased.';

  test('one claim per cell, with the caption scale and the column year', () => {
    const tables = findTables(text, '2025-11-20');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.cells.map((c) => [c.row, c.period, c.value])).toEqual([
      ['Agromash', '2024', 1250000],
      ['Agromash', '2025', 1310000],
      ['Steppe Motors', '2024', 980000],
      ['Steppe Motors', '2025', 1020000],
    ]);
  });

  test('cells become claims whose entity is the row and whose mention is the cell', () => {
    const claims = read(text);
    expect(claims.map((c) => [c.mention, c.entity, c.period])).toEqual([
      ['1 250', 'Agromash', '2024'],
      ['1 310', 'Agromash', '2025'],
      ['980', 'Steppe Motors', '2024'],
      ['1 020', 'Steppe Motors', '2025'],
    ]);
    expect(new Set(claims.map((c) => c.label))).toEqual(new Set(['Tractors sold']));
  });

  test('a caption without a breakdown: rows name the metric', () => {
    const rows = 'Harbour traffic in 2024, million tonnes\nGrain 4.1\nCoal 7.3\n';
    expect(read(rows).map((c) => [c.label, c.value])).toEqual([
      ['Grain', 4.1e6],
      ['Coal', 7.3e6],
    ]);
  });
});

describe('metric noun phrases', () => {
  test.each([
    { text: 'Carpet shipments reached $410 million.', label: 'Carpet shipments' },
    { text: 'The number of registered taxis rose to 48,000.', label: 'Registered taxis' },
    { text: 'Builders finished 2.3 million square metres of office space.', label: 'Office space' },
    { text: 'Honey output grew 14% last year.', label: 'Honey output growth' },
    { text: 'Budget revenues are projected at 50 trillion soums.', label: 'Budget revenue' },
  ])('$text → $label', ({ text, label }) => {
    expect(read(text)[0]?.label).toBe(label);
  });

  test('a catalogue phrase gives source catalogue; a noun phrase gives source phrase', () => {
    expect(read('Budget revenues are projected at 50 trillion soums.')[0]?.source).toBe(
      'catalogue',
    );
    expect(read('Carpet shipments reached $410 million.')[0]?.source).toBe('phrase');
  });
});

describe('a standing rate of a tax or duty holds in no one period', () => {
  test.each([
    ['Members pay a 3% payroll tax.', '3%', true],
    ['The park charges a profit tax of 2% and nothing else.', '2%', true],
    ['Imports face a duty of 15%.', '15%', true],
    ['Firms pay 4% instead of the standard 20% income tax.', '20%', true],
    ['Members pay 4% instead of the standard 20%.', '20%', false],
    ['Tax revenue rose 12%.', '12%', false],
    ['A 6% rise in tax receipts helped.', '6%', false],
  ])('%s "%s" → %s', (sentence, figure, expected) => {
    const start = sentence.indexOf(figure);
    expect(isStandingRate(sentence, start, start + figure.length)).toBe(expected);
  });

  test("a rate takes no year from the text around it, a dated one keeps its sentence's", () => {
    const text =
      'In 2025 the zone drew 40 new firms. Firms in the zone pay a 2% turnover tax. ' +
      'In 2027 the turnover tax of 2% will rise to 4%.';
    expect(read(text).map((c) => [c.mention, c.period])).toEqual([
      ['40', '2025'],
      ['2%', ''],
      ['2%', '2027'],
      ['4%', '2027'],
    ]);
  });
});

describe('counts and multiples written without a noun of their own', () => {
  test.each([
    // a bare figure joined to a count of its sentence
    ['So far 9,100 trainees have passed the test and 2,300 have found work.', ['9,100', '2,300']],
    ['Members grew to 4.2 million and 310,000.', ['4.2 million', '310,000']],
    ['"We opened four offices in 2023; now there are 11," she said.', ['four', '11']],
    // nouns that are plural without an -s, and short units of length and energy
    ['Some 2,600 schoolchildren took the course.', ['2,600']],
    ['The firm laid 5,200 km of cable.', ['5,200']],
    // multiples before what they multiply, or after "to (nearly)"
    ['Output is nearly double the 2020 level.', ['double']],
    ['Sales are expected to almost triple by 2030.', ['triple']],
    ['Pilots earn twice the national average.', ['twice']],
    // not quantities: a frequency, a compound, a year after "and"
    ['Board members meet twice a year.', []],
    ['The treaty ends double taxation.', []],
    ['Sales rose 4% in 2023 and 2024.', ['4%']],
  ])('%s → %j', (text, mentions) => {
    expect(read(text).map((c) => c.mention)).toEqual(mentions);
  });

  test("a multiple of an average is a ratio to it; a count's verb object names it", () => {
    const claims = read(
      'Some 9,100 trainees have passed the test and 2,300 have received licences. ' +
        'Their pay is twice the national average.',
    );
    expect(claims.map((c) => c.metric)).toEqual([
      'trainees',
      'licences',
      expect.stringMatching(/_ratio$/),
    ]);
  });
});

describe('periods of fronted phrases and revised forecasts', () => {
  test('a deadline in a phrase before the main clause is not the period of what it reports', () => {
    const text =
      'Under a plan to connect 900 villages by 2028, the operator laid 4,100 km of cable. ' +
      'Its revenue rose 6% in 2025.';
    const claims = read(text, { published: '2026-01-20' });
    expect(claims.map((c) => [c.mention, c.period])).toEqual([
      ['900', '2028'],
      // no period of its own: better none than the phrase's deadline
      ['4,100', ''],
      ['6%', '2025'],
    ]);
  });

  test('the base of a revised forecast is the earlier forecast of the same period', () => {
    const claims = read('The bank raised its 2026 inflation forecast to 8.5% from 7.9%.', {
      published: '2026-03-01',
    });
    expect(claims.map((c) => [c.mention, c.period, c.kind])).toEqual([
      ['8.5%', '2026', 'forecast'],
      ['7.9%', '2026', 'forecast'],
    ]);
  });
});

describe('a day after "on", "from" or "since" is when it happened, not a base', () => {
  test.each([
    {
      text: 'The central bank raised its policy rate by 2 percentage points to 19% on March 4.',
      periods: ['2025-03-04', '2025-03-04'],
    },
    {
      text: 'Pensions will rise by 10% to 5,500 somoni from 1 July 2026.',
      periods: ['2026-07-01', '2026-07-01'],
    },
    { text: 'Exports rose 15% on 2023 to $4 million in 2024.', periods: ['2024', '2024'] },
  ])('$text', ({ text, periods }) => {
    expect(read(text).map((c) => c.period)).toEqual(periods);
  });
});

describe('years listed before figures "respectively", and founding years', () => {
  test.each([
    {
      text: 'In 2028 and 2029, spending is planned to reach 14.2 billion and 15.9 billion lari respectively.',
      periods: ['2028', '2029'],
    },
    {
      text: 'Orchid Analytics, a research firm founded in 2011, employs 450 analysts.',
      periods: [''],
    },
  ])('$text', ({ text, periods }) => {
    expect(read(text).map((c) => c.period)).toEqual(periods);
  });
});

describe('plan wording makes a target', () => {
  test.each([
    {
      text: 'Under the plan, farms are to plant 40,000 hectares of orchards in 2027.',
      kinds: ['target'],
    },
    {
      text: 'The minister said the agency would invest $12 million in clinics next year.',
      kinds: ['target'],
    },
    { text: 'Of the grant, 8 billion tenge will go to schools next year.', kinds: ['target'] },
    { text: 'Steppe Rail to build $300 million depot near Aktobe', kinds: ['target'] },
    { text: 'Its liquidity ratio is well above the regulatory minimum of 30%.', kinds: ['target'] },
    // a result reported after a phrase that plans stays a result
    {
      text: 'Under a scheme to connect 900 villages by 2028, the operator laid 2,100 km of cable in 2025.',
      kinds: ['target', 'actual'],
    },
  ])('$text', ({ text, kinds }) => {
    expect(read(text).map((c) => c.kind)).toEqual(kinds);
  });
});

describe('a currency name two countries share is the one of the country the text is about', () => {
  test.each([
    ['Turkmenistan builds roads\n\nAshgabat will spend 2.1 billion manats on roads.', 'TMT'],
    ['Azerbaijan builds roads\n\nBaku will spend 2.1 billion manats on roads.', 'AZN'],
    ['Turkmenistan builds roads\n\nAshgabat will spend 2.1 billion manat on roads.', 'TMT'],
  ])('%s → %s', (text, unit) => {
    expect(read(text).map((c) => c.unit)).toEqual([unit]);
  });
});

describe('a list of shares of one level', () => {
  test.each([
    {
      text: 'Georgia sold wine abroad.\n\nGeorgian wine exports reached $310 million. Russia took 48% of Georgian wine exports in 2025, China 11% and Poland 6%.',
      expected: ['exports_share', 'exports_share', 'exports_share'],
    },
    {
      text: 'Итоги торговли.\n\nЭкспорт Армении составил 5,1 млрд долларов. На долю Китая пришлось 22,5% экспорта, Ирана – 7,1%, Грузии – 4,8%.',
      expected: ['exports_share', 'exports_share', 'exports_share'],
    },
  ])('each later percentage of the list is a share too: $text', ({ text, expected }) => {
    const shares = read(text)
      .filter((c) => c.unit === 'percent')
      .map((c) => c.metric.replace(/^.*?(exports(?:_share)?)$/, '$1'));
    expect(shares).toEqual(expected);
  });
});

describe('a policy rate moved by points', () => {
  test.each([
    {
      text: 'Rates news.\n\nThe National Bank of Georgia lowered its refinancing rate by 0.25 percentage points to 7.75%.',
      mention: '0.25 percentage points',
    },
    {
      text: 'Новости ставок.\n\nНациональный банк Грузии снизил базовую ставку на 0,5 п.п. до 7,5%.',
      mention: '0,5 п.п.',
    },
  ])('is the rate’s growth: $mention', ({ text, mention }) => {
    const moved = read(text).find((c) => c.mention === mention);
    expect(moved?.metric).toMatch(/_rate_growth$/);
  });
});
