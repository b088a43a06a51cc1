/**
 * Labels of figures that are the object of a verb ("exported 4 million tonnes of cotton" → cotton
 * exports), table-driven, on sentences written for this test, through the whole extractor.
 */
import { describe, expect, test } from 'vitest';
import {
  budgetFlow,
  cleanLabel,
  isComparedChange,
  isGappedChange,
  isPurpose,
  isShare,
  introMeasure,
  listItemPart,
  purposeAfter,
  shareLabel,
  verbObjectLabel,
} from '../../scripts/extract/metric-phrase.ts';
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
      'copper cathode production',
    ],
    ['The mine employs 3,200 people.', '3,200', 'count', 'employment'],
    [
      'Its tenants paid 3.4 billion drams in taxes last year.',
      '3.4 billion drams',
      'currency',
      'taxes paid',
    ],
    ['The insurer paid $12 million on Friday.', '$12 million', 'currency', ''],
    ['The academy trained 7,400 people in data skills.', '7,400', 'count', 'people trained'],
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
    [
      'The lender earned 95 billion drams in the first quarter.',
      '95 billion drams',
      'currency',
      'net profit',
    ],
    ['A nurse in the capital earns about $900 a month.', '$900', 'currency', 'earnings'],
    ['Pilots earn $40 per hour on average.', '$40', 'currency', 'earnings'],
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
    ['The ministry aims to connect 95% of villages to fibre by 2027.', '95%', 'Villages share'],
    ['Altyn Logistics plans to haul 4 million tonnes of ore next year.', '4 million', 'Ore'],
    ['The number of residents grew to 1,900.', '1,900', 'Residents'],
    ['Spending on school repairs reached $40 million.', '$40 million', 'School repairs'],
    // a proper name is whom the figure is about, never what it measures
    ['Norvik kept its lead with shipments of 4.1 million units.', '4.1 million', 'Shipments'],
    ['PERTH - Lithium shipments rose 12% in the spring.', '12%', 'Lithium shipments growth'],
    // a possessor says whose: the noun it owns is measured
    ["The carrier's revenue rose 9% to 310 million lari.", '310 million lari', 'Revenue'],
    [
      "The bank's foreign currency reserves exceeded $9 billion.",
      '$9 billion',
      'International reserves',
    ],
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
    [
      'Farmers shipped 90,000 tonnes of melons in 2024, 1.6 times more than a year earlier.',
      '1.6 times',
      'Melons shipments growth multiple',
    ],
    [
      'Coders in the zone earned $2,100 a month, 2.5 times the national average.',
      '2.5 times',
      '(not a growth multiple)',
    ],
  ])('%s "%s" → %s', (text, mention, label) => {
    const found = extractedLabel(text, mention);
    if (label === '(not a growth multiple)') expect(found).not.toMatch(/growth multiple/);
    else expect(found).toBe(label);
  });
});

describe('a percentage written as a change is one, in any language', () => {
  test.each([
    ['Pension payouts were 14.5% higher than a year earlier.', '14.5%', true],
    ['Fees brought in $3 million, a 6.2% increase on 2024.', '6.2%', true],
    ['- Cement: 1.1 million tonnes (+3.7%)', '3.7%', true],
    ['- Cement: 1.1 million tonnes (-3.7%)', '-3.7%', true],
    ['Поставки цемента – 1,1 млн тонн (плюс 3,7%).', '3,7%', true],
    ['Pension payouts made up more than 14.5% of spending.', '14.5%', false],
    ['The tax rate is 14.5% for large firms.', '14.5%', false],
  ])('%s (%s) → %s', (sentence, mention, change) => {
    const at = sentence.indexOf(mention);
    expect(isComparedChange(sentence, at, at + mention.length)).toBe(change);
  });

  test.each([
    [
      'Pension payouts totalled 1.2 trillion tenge, 14.5% more than a year earlier.',
      'pension_payouts_growth',
    ],
    ['The average wage was 14.5% higher than a year earlier.', 'average_salary_growth'],
    ['Компания нарастила чистую прибыль на 14,5%.', 'net_profit_growth'],
  ])('%s → %s', (sentence, metric) => {
    const claims = extractClaims(
      sentence,
      { id: 'd', title: '', outlet: '', url: '', published: '2026-03-01' },
      catalogue,
    );
    expect(claims.find((claim) => claim.unit === 'percent')?.metric).toBe(metric);
  });
});

describe('a bare flow noun in a passage about a budget is its expenditure or revenue', () => {
  test.each([
    [
      'Receipts are put at 9.2 billion lari and spending at 10.4 billion lari.',
      '10.4',
      'expenditure',
    ],
    ['Receipts are put at 9.2 billion lari and spending at 10.4 billion lari.', '9.2', 'revenue'],
    ['Расходы на 2027 год утверждены в сумме 4,1 трлн тенге.', '4,1', 'expenditure'],
    ['Кірістер 3,9 трлн теңге, шығыстар 4,1 трлн теңге болды.', '4,1', 'expenditure'],
    ['Spending on schools will rise to 410 billion tenge.', '410', null],
    ['Social spending will rise to 410 billion tenge.', '410', null],
    ['Расходы на образование составят 410 млрд тенге.', '410', null],
    ['Revenues rose to 9.2 billion lari against a plan of 9.0 billion.', '9.0', null],
  ])('%s (%s) → %s', (sentence, mention, flow) => {
    expect(budgetFlow(sentence, 0, sentence.indexOf(mention))?.flow ?? null).toBe(flow);
  });

  test.each([
    [
      'The city budget was approved: receipts at 9.2 billion lari and spending at 10.4 billion lari.',
      'budget_expenditure',
    ],
    ['The company cut spending to 10.4 billion lari.', 'spending'],
  ])('%s → %s', (sentence, metric) => {
    const claims = extractClaims(
      sentence,
      { id: 'd', title: '', outlet: '', url: '', published: '2026-03-01' },
      catalogue,
    );
    expect(claims.at(-1)?.metric).toBe(metric);
  });
});

describe('a sum for a purpose, in a passage about spending, is that purpose’s spending', () => {
  const budget = 'The regional budget for next year was approved.';
  test.each([
    ['- 120 billion tenge for road repair;', 'road repair', 'en', true, true],
    ['Libraries will receive 12 billion tenge.', 'libraries', 'en', false, true],
    ['Of the total, 8 billion will go to street lighting.', 'street lighting', 'en', false, true],
    ['The firm raised $12 million for expansion.', 'expansion', 'en', false, false],
    ['На ремонт дорог предусмотрено 120 млрд тенге.', 'ремонт дорог', 'ru', false, true],
    ['- ремонт дорог – 120 млрд тенге;', 'ремонт дорог', 'ru', true, true],
    // round 10: a label that opens the item, with more of the part's words after it
    ['- культура и спорт – 64 млрд тенге;', 'культура', 'ru', true, true],
    ['- мәдениет және спорт – 64 млрд теңге;', 'мәдениет', 'kk', true, true],
    ['- культура; спорт – 64 млрд тенге;', 'культура', 'ru', true, false],
    ['На долю Алматы пришлось 120 млрд тенге.', 'долю Алматы', 'ru', false, false],
    [
      'Больше всего пришлось на строительство – 120 млрд тенге.',
      'строительство',
      'ru',
      false,
      false,
    ],
    ['Жол жөндеуге 120 млрд теңге бөлінеді.', 'жол жөндеуге', 'kk', false, true],
  ])('%s (%s)', (sentence, label, language, listItem, expected) => {
    const context = `${language === 'en' ? budget : 'Бюджет утвержден.'} ${sentence}`;
    expect(isPurpose(sentence, label, language, context, listItem)).toBe(expected);
  });

  test('no spending without a passage about spending', () => {
    expect(isPurpose('- 120 billion tenge for road repair;', 'road repair', 'en', 'Roads.')).toBe(
      false,
    );
  });
});

describe('a budget sum followed by its purpose is that purpose’s spending', () => {
  test.each([
    [
      'The draft budget provides 40 billion drams for primary schools in 2027, and 9 billion drams for libraries.',
      '40 billion drams',
      'Primary schools spending',
    ],
    [
      'The draft budget provides 40 billion drams for primary schools in 2027, and 9 billion drams for libraries.',
      '9 billion drams',
      'Libraries spending',
    ],
    [
      'Of total expenditures, 5.5 billion lari will go to pensions and 1.2 billion lari to water supply.',
      '1.2 billion lari',
      'Water supply spending',
    ],
    // a time or the budget itself after "for" or "to" is no purpose
    [
      'Budget expenditures will rise to 9 billion lari for the first time.',
      '9 billion lari',
      'Budget expenditure',
    ],
  ])('%s "%s" → %s', (text, mention, label) => {
    expect(extractedLabel(text, mention)).toBe(label);
  });

  test.each([
    [
      'The budget provides 40 billion drams for primary schools in 2027.',
      'drams',
      'primary schools',
    ],
    ['Transfers of 3 billion lari to the state budget.', 'lari', ''],
    ['Spending of 3 billion lari for Armenia.', 'lari', ''],
  ])('purposeAfter(%s) after "%s" → "%s"', (sentence, unitWord, purpose) => {
    const atEnd = sentence.indexOf(unitWord) + unitWord.length;
    expect(purposeAfter(sentence, atEnd)).toBe(purpose);
  });
});

describe('labels the tagger would pad', () => {
  test.each([
    ['The bank expects growth of 4.1% in 2026.', '4.1%', 'GDP growth'],
    ['Shoppers made 2.3 bln online purchases in 2024.', '2.3 bln', 'Online purchases'],
    ["Halyk's net income rises 12% to T900 billion", '12%', 'Net profit growth'],
    ['Studios sold games worth $30 million last year.', '$30 million', 'Games sales'],
    // a budget's size is what it spends, unless it takes money in
    [
      'The council approved a budget of 9 billion soms for 2027.',
      '9 billion soms',
      'Budget expenditure',
    ],
    ['Councillors back 9 billion som budget for 2027', '9 billion som', 'Budget expenditure'],
    ['The district budget collected 3 billion soms in May.', '3 billion soms', 'Budget revenue'],
    // a budget written after "to" or "from" is where the money goes or comes from
    [
      'Transfers from the regional budget reached 40 billion tenge.',
      '40 billion tenge',
      'Budget transfers',
    ],
    [
      'The mine paid 3 billion tenge in royalties to the state budget.',
      '3 billion tenge',
      'Royalties paid',
    ],
    // a percentage compared right after a level is the level's change, whoever produced it
    [
      "Fenway Works, the region's largest plant, produced 3.1 million tonnes of cement, about 9% more than a year earlier.",
      '9%',
      'Cement production growth',
    ],
    // what a port or a line moves is its throughput or the cargo it carried, never a payment
    ['Fenway Terminals handled 90,000 TEU in May.', '90,000 TEU', 'Container throughput'],
    ['The branch line carried 2.2 million tonnes of ore.', '2.2 million tonnes', 'Cargo carried'],
    ['The clearing system handled 800 million transfers in 2025.', '800 million', 'Transfers'],
    // the price of one good is not inflation; consumer prices are
    ['Wool prices rose 14% in 2025.', '14%', 'Wool prices growth'],
    ['Consumer price growth slowed to 8.1% in May.', '8.1%', 'Inflation'],
    ['In Mongolia, prices rose by 6.2% in May.', '6.2%', 'Inflation'],
    ['Prices for new flats in Osh rose 9% last year.', '9%', 'Housing price growth'],
    // a ratio of two measures is neither of them
    ['Its net debt to EBITDA stood at 2.1 times in June.', '2.1 times', 'Net debt to EBITDA'],
    // capital expenditure is its own metric, not investment at large
    ["The miner's capex guidance is $90 million.", '$90 million', 'Capital expenditure'],
  ])('%s "%s" → %s', (text, mention, label) => {
    expect(extractedLabel(text, mention)).toBe(label);
  });
});

describe('a percentage that is a part of a whole is a share', () => {
  test.each([
    ['Cotton accounted for 41% of exports.', '41%', true],
    ['Tourists from China made up almost a quarter of arrivals.', 'a quarter', true],
    ['Online sales reached 12.5% of retail trade.', '12.5%', true],
    ['The share of wind power in generation rose to 3.1%.', '3.1%', true],
    ['Hydropower plants, taking 60% and 70% of the load, ran all year.', '60%', true],
    ["Wheat's share in total exports fell to 12%.", '12%', true],
    ['Steel accounted for 30% of sales, cement for 12% and glass for 4%.', '12%', true],
    ['The largest shares of retail sales were held by Astana (18%) and Aktobe (6%).', '18%', true],
    ['The main tea buyers were Iran (24%), Egypt (13%) and Poland (6%).', '13%', true],
    ['Основными покупателями хлопка стали Китай (38%), Турция (21%) и Иран (9%).', '21%', true],
    ['The largest segments grew fastest: retail (+14%) and logistics (+9%).', '+14%', false],
    ['Spending for schools rose 9% and for roads 4%.', '9%', false],
    ['Cotton exports rose 41% in May.', '41%', false],
    ['Inflation slowed to 8.2%.', '8.2%', false],
    ['GDP grew 6% of which half came from mining.', '6%', false],
  ])('%s "%s" → %s', (sentence, mention, share) => {
    const at = sentence.indexOf(mention);
    expect(isShare(sentence, at, at + mention.length)).toBe(share);
  });

  test.each([
    ['cashless payments', '', 'cashless payments share'],
    ['tuition growth', '', 'tuition share'],
    ['unemployment rate', '', 'unemployment rate'],
    ['4G networks', '4G networks now cover ', '4G networks coverage'],
  ])('shareLabel(%s) → %s', (label, before, expected) => {
    expect(shareLabel(label, before, before.length)).toBe(expected);
  });

  test('the extractor labels a share of a phrase and of a catalogue level', () => {
    expect(extractedLabel('Hazelnuts accounted for 31% of the harvest.', '31%')).toBe(
      'Hazelnuts share',
    );
    expect(extractedLabel('Cashless payments made up 88% of retail transactions.', '88%')).toBe(
      'Cashless payments share',
    );
  });
});

describe('a sentence that names only places measures what its paragraph measured', () => {
  test('the latest level of the paragraph, or its share', () => {
    const text =
      'Remittances to the region reached $9 billion in 2024. ' +
      'Tajikistan received $3 billion, or 33% of the total.';
    expect(extractedLabel(text, '$3 billion')).toBe(extractedLabel(text, '$9 billion'));
    expect(extractedLabel(text, '33%')).toBe(`${extractedLabel(text, '$9 billion')} share`);
  });
});

describe('cleanLabel refuses names of whom and stray punctuation', () => {
  test.each([
    ['Orchid Telecom', ''],
    ['Lakeside Capital forecast', ''],
    ['Amber Digital Bank growth', ''],
    ['National Bank', ''],
    ['- freight', 'freight'],
    ['bank deposits', 'bank deposits'],
    ["the port's container throughput", 'container throughput'],
  ])('%s → "%s"', (phrase, label) => {
    expect(cleanLabel(phrase)).toBe(label);
  });
});

describe('trade between two parties is trade turnover', () => {
  const meta = { id: 'd', title: '', outlet: '', url: '', published: '2026-03-01' };
  test.each([
    'Armenia-Iran trade rises 7% to $900 million in 2025',
    'Trade with Iran reached $900 million in 2025.',
    'Last year, trade totalled $900 million.',
  ])('%s', (text) => {
    const metrics = extractClaims(text, meta, catalogue).map((c) => c.metric);
    expect(metrics.filter((m) => m.startsWith('trade_turnover')).length).toBe(metrics.length);
  });

  test('a rate per dollar is an exchange rate', () => {
    const claims = extractClaims('Sums were converted at 412.5 drams per dollar.', meta, catalogue);
    expect(claims.map((c) => c.metric)).toEqual(['exchange_rate']);
  });
});

describe('a rank among parties in a list says who, not what', () => {
  test.each([
    [
      'Foreign direct investment reached $900 million. The largest investors were China and Russia, with $300 million and $200 million respectively.',
      '$200 million',
      'Foreign direct investment',
    ],
    // with no figure before it in its paragraph, the rank's words stay, and a party's percentage
    // in a ranking is its share (holdout-en4, holdout-en7, holdout-en8)
    [
      'The main buyers were China with 30%, followed by Russia with 20%.',
      '20%',
      'Main buyers share',
    ],
  ])('%s "%s" → %s', (text, mention, label) => {
    expect(extractedLabel(text, mention)).toBe(label);
  });
});

describe('a list item measures its whole part, by what the item, its intro or the level above say', () => {
  test.each([
    [
      '- oil and gas: 9.1 trillion tenge, index 102.5%;',
      '9.1',
      { part: 'oil and gas', measure: '' },
    ],
    [
      '- oil and gas: 9.1 trillion tenge, index 102.5%;',
      '102.5%',
      { part: 'oil and gas', measure: 'index' },
    ],
    ['- farming: 4.1 billion som, up 3%;', '3%', null],
    ['- the board approved 14 projects: 3 in Osh;', '3', null],
  ])('%s "%s"', (sentence, mention, expected) => {
    expect(listItemPart(sentence, sentence.indexOf(mention))).toEqual(expected);
  });

  test.each([
    ['Real growth by sector in 2026, year on year:', 'growth'],
    ['Spending by area, billion tenge:', 'spending'],
    ['Main results by sector:', ''],
    ['Main results for 2026:', ''],
  ])('%s → %s', (intro, measure) => {
    expect(introMeasure(intro)).toBe(measure);
  });

  test.each([
    [
      'Growth by sector in 2026:\n- retail and repairs: 4.4%\n- farming: 2.1%',
      '4.4%',
      'Retail and repairs growth',
    ],
    [
      'Output of the sector reached 12 billion lari.\n\nMain results:\n- wool and leather: 3 billion lari, index 104.1%;',
      '3 billion lari',
      'Wool and leather output',
    ],
    [
      'Output of the sector reached 12 billion lari.\n\nMain results:\n- wool and leather: 3 billion lari, index 104.1%;',
      '104.1%',
      // a volume index is its indicator's growth (README "## Metric", 7 December 2026)
      'Wool and leather output growth',
    ],
    [
      'The city plan allocates:\n- parks and squares: 40 billion tenge;',
      '40 billion tenge',
      'Parks and squares spending',
    ],
    // a list written without bullets, its parts set off by a dash
    [
      'The draft provides for these allocations:\nparks and squares - 40 billion tenge;\nstreet lighting - 9 billion tenge.',
      '9 billion tenge',
      'Street lighting spending',
    ],
    [
      'Growth by sector in 2026:\nretail and repairs - 4.4%;\nfarming - 2.1%.',
      '2.1%',
      'Farming growth',
    ],
    // a sum per unit of a traded good is its price
    ['Benchmark zinc was trading at $3,100 a ton on Monday.', '$3,100', 'Benchmark zinc price'],
    ['Gold rose to $4,000 an ounce.', '$4,000', 'Gold price'],
    // a dash inside a sentence that no intro stands above is no list: the sentence's own reading
    ['Parks and squares - the city says - will get 40 billion tenge.', '40 billion tenge', 'Parks'],
  ])('%j "%s" → %s', (text, mention, label) => {
    expect(extractedLabel(text, mention)).toBe(label);
  });
});

describe('isGappedChange', () => {
  test.each([
    ['Exports rose by 4%, and imports by 2%.', '2%', true],
    // a capitalised word ending in "-ed" is a name, not the clause's own verb
    ['Exports to China rose by 4%, and to the United States by 2%.', '2%', true],
    ['Exports reached $4 bn, and the plan was exceeded by 2%.', '2%', false],
    ['Exports rose by 4%, and the target was surpassed by 2%.', '2%', false],
  ])('%s (%s) → %s', (sentence, mention, gapped) => {
    expect(isGappedChange(sentence, sentence.indexOf(mention))).toBe(gapped);
  });
});
