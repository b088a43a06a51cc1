import { describe, expect, test } from 'vitest';
import { extractClaims, type SourceMeta } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';
import { parseCatalogue } from '../../scripts/extract/catalogue.ts';

const catalogue = loadDefaultCatalogue();
const source: SourceMeta = {
  id: 'doc',
  title: '',
  outlet: 'Outlet',
  url: '',
  published: '2026-05-20',
};

/** The label of the claim whose mention is `mention`. */
function labelOf(text: string, mention: string): string | undefined {
  return extractClaims(text, source, catalogue).find(
    (claim) => text.slice(claim.quote_start!, claim.quote_end!) === mention,
  )?.metric_label;
}

describe('a label that names who acts or whom is looked past', () => {
  test.each([
    {
      text: 'The cabinet said tourist arrivals climbed. The cabinet will spend 80 billion drams on bridges.',
      mention: '80 billion drams',
      not: 'Cabinet',
      why: 'a body that spends is not what the sum measures',
    },
    {
      text: 'Analysts at Veltraco expect calmer markets. Veltraco sees the price of zinc averaging $2,900 per tonne.',
      mention: '$2,900',
      not: 'Veltraco',
      why: 'a firm the text writes as a name mid-sentence',
    },
    {
      text: 'Orbanet, a mobile operator, grew quickly. Orbanet said the ministry had approved 1,200 new masts this spring.',
      mention: '1,200',
      not: 'Orbanet',
      why: 'the name that opens a sentence is the one written mid-sentence elsewhere',
    },
  ])('$why', ({ text, mention, not }) => {
    const label = labelOf(text, mention);
    expect(label).toBeDefined();
    expect(label).not.toBe(not);
  });

  test.each([
    {
      text: 'The Nordvale board is new. Nordvale said the board proposed 40 new stores.',
      mention: '40',
      label: 'Stores',
      why: 'what a body proposes is counted, not the body',
    },
    {
      text: 'Analysts at Kestrel see calm. Kestrel lifted its tyre sales forecast to 5.1% for 2027.',
      mention: '5.1%',
      label: 'Tyre sales forecast',
      why: 'a name that acts leaves the measured noun',
    },
  ])('$why', ({ text, mention, label }) => {
    expect(labelOf(text, mention)).toBe(label);
  });
});

describe('growth that names only a place or an economy is economic growth', () => {
  test.each([
    {
      text: 'The Eastern Finance Institute raised its growth forecast for the region to 4.9% from 4.2%.',
      mention: '4.9%',
      metric: 'gdp_growth',
    },
    {
      text: 'Southern Europe as a whole is projected to grow 2.1% next year.',
      mention: '2.1%',
      metric: 'gdp_growth',
    },
    {
      text: 'The cabinet forecasts full-year growth of 3%, while the central bank expects 2.5%.',
      mention: '2.5%',
      metric: 'gdp_growth',
    },
    {
      text: 'Tablet sales in Brazil are forecast to grow 8% this year to 14 million units.',
      mention: '8%',
      metric: 'not gdp_growth',
    },
  ])('$text → $metric', ({ text, mention, metric }) => {
    const found = extractClaims(text, source, catalogue).find(
      (claim) => text.slice(claim.quote_start!, claim.quote_end!) === mention,
    );
    if (metric.startsWith('not ')) expect(found?.metric).not.toBe(metric.slice(4));
    else expect(found?.metric).toBe(metric);
  });
});

describe('a sum per traded unit of a good is its price', () => {
  test.each([
    {
      text: 'Nickel stocks shrank. Analysts at Morvane see an average of $17,400 per tonne next year.',
      mention: '$17,400',
      metric: 'nickel_price',
      why: 'the good named earlier in the paragraph',
    },
    {
      text: 'Spot zinc was changing hands at $2,950 a ton on Monday, having touched $3,120 in May.',
      mention: '$3,120',
      metric: 'spot_zinc_price',
      why: 'a second sum of the good priced in the same sentence',
    },
    {
      text: 'Sugar demand rose. Refiners paid 41 million dollars for new boilers.',
      mention: '41 million dollars',
      metric: 'not sugar_price',
      why: 'a sum not quoted per unit is no price',
    },
    {
      text: 'Revenue of the smelter climbed 14% to $410 million, helped by zinc prices that averaged $2,870 a tonne.',
      mention: '$2,870',
      metric: 'zinc_price',
      why: 'a sum per tonne in a sentence whose catalogue measure is sales',
    },
    {
      text: 'Silver traded at $48 an ounce on Friday.',
      mention: '$48',
      metric: 'silver_price',
      why: 'a sum per ounce after "traded", no trade turnover',
    },
    {
      text: 'Durum wheat sells for between 91,000 and 98,000 tenge per tonne.',
      mention: '91,000',
      metric: 'durum_wheat_price',
      why: 'the first end of a range the unit follows',
    },
    {
      text: 'Nickel climbs above $17,000 as Indonesian supply tightens',
      mention: '$17,000',
      metric: 'nickel_price',
      why: 'a quote of a good the label names alone',
    },
    {
      text: 'U.S. West Texas Intermediate crude settled at $66.10 on Monday.',
      mention: '$66.10',
      metric: 'oil_price',
      why: 'a grade of oil with a market’s words is oil',
    },
    {
      text: 'Spot platinum rose 1.4% on Thursday.',
      mention: '1.4%',
      metric: 'platinum_price_growth',
      why: 'a change of a good named alone is its price’s',
    },
  ])('$why', ({ text, mention, metric }) => {
    const found = extractClaims(text, source, catalogue).find(
      (claim) => text.slice(claim.quote_start!, claim.quote_end!) === mention,
    );
    if (metric.startsWith('not ')) expect(found?.metric).not.toBe(metric.slice(4));
    else expect(found?.metric).toBe(metric);
  });
});

describe('a physical amount of one good produced is its production, in the text’s word', () => {
  test.each([
    {
      text: 'Dravik Copper produced 310,000 tonnes of copper in 2025 and expects output of 330,000-350,000 tonnes this year.',
      mention: '330,000',
      metric: 'copper_production',
      label: 'Copper output',
      why: 'a bare output of the good the sentence named',
    },
    {
      text: 'Silver output at the Tarlen mine is forecast at 140-150 tonnes this year.',
      mention: '150',
      metric: 'silver_production',
      label: 'Silver output',
      why: 'a good’s output in tonnes',
    },
    {
      text: 'The republic pumped 410,000 bpd of crude in May.',
      mention: '410,000',
      metric: 'oil_production',
      label: 'Oil production',
      why: 'a grade of oil named alone in a sentence about producing',
    },
    {
      text: 'Oil glut deepens as cartel lifts quotas\n\nThe cartel agreed to raise output by 120,000 bpd in March.',
      mention: '120,000',
      // raised by an amount: the change of the level is its growth (README "## Metric")
      metric: 'oil_production_growth',
      label: 'Oil output growth',
      why: 'a bare output of the good the headline names',
    },
  ])('$why', ({ text, mention, metric, label }) => {
    const found = extractClaims(text, { ...source, title: text.split('\n')[0]! }, catalogue).find(
      (claim) => text.slice(claim.quote_start!, claim.quote_end!) === mention,
    );
    expect([found?.metric, found?.metric_label]).toEqual([metric, label]);
  });
});

describe('the people a survey asked are its respondents', () => {
  test.each([
    'Veltraco surveyed 1,800 chief financial officers in 40 countries in May.',
    'The outlook rests on a survey of 950 retailers across the region.',
    'A poll of 27 economists put growth at 4%, the agency said.',
  ])('%s', (text) => {
    const [claim] = extractClaims(text, source, catalogue).filter((c) => c.unit === 'count');
    expect(claim?.metric).toBe('survey_respondents');
  });
});

describe('things built, bought, connected or repaired are counted as such', () => {
  test.each([
    ['The region will build 37 hospitals next year.', '37', 'Hospitals built'],
    ['The budget covers the purchase of 450 trams for the capital.', '450', 'Trams purchased'],
    ['The carrier plans to buy 140 new wagons by 2030.', '140', 'Wagons purchased'],
    ['The operator is connecting 640 hamlets to fibre this year.', '640', 'Hamlets connected'],
    ['The city will repair 85 bridges.', '85', 'Bridges repaired'],
    ['The courier delivered 12 million packages.', '12 million', 'Packages delivered'],
    ['Firms from both countries signed 31 contracts.', '31', 'Contracts signed'],
    ['The lender issued 9,800 mortgages in May.', '9,800', 'Mortgages issued'],
  ])('%s', (text, mention, label) => {
    expect(labelOf(text, mention)).toBe(label);
  });
});

describe('a sum about data centres is no count of them', () => {
  test.each([
    ['The country’s data centre market was worth $310 million in 2025.', '$310 million'],
    ['Spending on data centres in the region is set to reach $9 billion by 2030.', '$9 billion'],
  ])('%s', (text, mention) => {
    const found = extractClaims(text, source, catalogue).find(
      (claim) => text.slice(claim.quote_start!, claim.quote_end!) === mention,
    );
    expect(found?.metric).not.toBe('data_centers');
  });
});

describe('what a company’s shares move by or to is their price', () => {
  test.each([
    ['Shares of the Dravik group rose 2.7% in London on Friday.', '2.7%', 'share_price_growth'],
    ['Orbanet shares slipped 1.9% after the report.', '1.9%', 'share_price_growth'],
    [
      'The miner’s shares on the Astana exchange gained 3.1% on May 4 to $18.40.',
      '$18.40',
      'share_price',
    ],
  ])('%s', (text, mention, metric) => {
    const found = extractClaims(text, source, catalogue).find(
      (claim) => text.slice(claim.quote_start!, claim.quote_end!) === mention,
    );
    expect(found?.metric).toBe(metric);
  });
});

describe('a change in real terms is the change of what the sentence measured', () => {
  test('a wage, then its real change', () => {
    const text =
      'The average monthly wage in Vantaria was 910 dinars in May, up 12.4%; in real terms it rose by 3.9%.';
    const found = extractClaims(text, source, catalogue).find(
      (claim) => text.slice(claim.quote_start!, claim.quote_end!) === '3.9%',
    );
    expect(found?.metric).toBe('average_salary_growth');
  });
});

describe('catalogue phrases economic news uses', () => {
  test.each([
    {
      text: 'Annual inflation held at 6.2% in May, inside the monetary authority’s target range of 4-8%.',
      mentions: { '6.2%': 'inflation', '8%': 'inflation_target' },
    },
    {
      text: 'The regulator’s medium-term inflation target stays at 3.5%.',
      mentions: { '3.5%': 'inflation_target' },
    },
    {
      text: 'Exports came to $4.4 billion and imports $2.9 billion in the half-year.',
      mentions: { '$4.4 billion': 'exports', '$2.9 billion': 'imports' },
    },
    {
      text: 'Foreign trade turnover was $7.7 billion in May, of which exports made up $4.1 billion.',
      mentions: { '$7.7 billion': 'trade_turnover', '$4.1 billion': 'exports' },
    },
    {
      text: 'Three operators had 6.1 million, 4.3 million and 2.2 million mobile subscribers, respectively.',
      mentions: { '6.1 million': 'mobile_subscribers' },
    },
    {
      text: 'Average revenue per user rose to 3,100 tenge a month in the third quarter.',
      mentions: { '3,100 tenge': 'arpu' },
    },
    {
      text: 'The lender’s return on equity was 24.1% and its cost of risk 0.9%, with a net interest margin of 5.6%.',
      mentions: {
        '24.1%': 'return_on_equity',
        '0.9%': 'cost_of_risk',
        '5.6%': 'net_interest_margin',
      },
    },
    {
      text: 'Рентабельность капитала банка составила 21,4%.',
      mentions: { '21,4%': 'return_on_equity' },
    },
    {
      text: 'Ссудный портфель банков вырос до 38,2 трлн тенге, а доля неработающих займов снизилась до 2,9%.',
      mentions: { '38,2 трлн тенге': 'loan_portfolio', '2,9%': 'npl_share' },
    },
    {
      text: 'Сальдо торгового баланса составило 3,7 млрд долларов.',
      mentions: { '3,7 млрд долларов': 'trade_balance' },
    },
    {
      text: 'The banking sector’s capital adequacy ratio stood at 24.5% in June.',
      mentions: { '24.5%': 'capital_adequacy_ratio' },
    },
  ])('$text', ({ text, mentions }) => {
    const found = Object.fromEntries(
      extractClaims(text, source, catalogue).map((claim) => [
        text.slice(claim.quote_start!, claim.quote_end!),
        claim.metric,
      ]),
    );
    for (const [mention, metric] of Object.entries(mentions)) expect(found[mention]).toBe(metric);
  });
});

describe('the people a firm employs are its employees', () => {
  test.each([
    {
      text: 'Borvik Logistics Group reported results on Tuesday. The group employs about 4,800 people.',
      metric: 'employees',
    },
    { text: 'Nationwide, Vantaria employs 2.1 million people in farming.', metric: 'employment' },
    // a park's residents' headcount is the park's employees (README "## Metric", 7 December 2026)
    {
      text: 'Borvik Technology Park grew. Its resident firms employ 3,000 people.',
      metric: 'employees',
    },
    {
      text: 'Vantaria’s tech park grew fast last year, and together they employ 21,000 people.',
      metric: 'employees',
    },
  ])('$text → $metric', ({ text, metric }) => {
    expect(extractClaims(text, source, catalogue)[0]?.metric).toBe(metric);
  });
});

describe('a measure the catalogue knows only with its owner’s name is that owner’s', () => {
  const bound = parseCatalogue(
    'metric,label,units,entity,phrases\n' +
      'orbit_hub_companies,Orbit Hub companies,count,Orbit Hub,Orbit Hub residents|residents of Orbit Hub\n',
  );
  test.each([
    {
      text: 'Orbit Hub grows its community\nOrbit Hub, a technology park, said on Monday that the number of residents reached 1,450.',
      metric: 'orbit_hub_companies',
    },
    {
      text: 'Vantaria courts investors\nThe ministry said the number of residents of the capital reached 1,450.',
      metric: 'not orbit_hub_companies',
    },
  ])('$metric', ({ text, metric }) => {
    const [claim] = extractClaims(text, { ...source, title: text.split('\n')[0]! }, bound);
    if (metric.startsWith('not ')) expect(claim?.metric).not.toBe(metric.slice(4));
    else expect(claim?.metric).toBe(metric);
  });
});

describe('money startups raise is venture investment; a count of startups stays startups', () => {
  test.each([
    {
      text: 'Fintech startups in the Caucasus raised $80 million last year.',
      metric: 'venture_investment',
    },
    { text: 'Local start-ups attracted $12 million in 2025.', metric: 'venture_investment' },
    { text: 'The park hosts 640 startups.', metric: 'startups' },
  ])('$text → $metric', ({ text, metric }) => {
    expect(extractClaims(text, source, catalogue)[0]?.metric).toBe(metric);
  });
});

describe('transfers from a state fund to the budget are not remittances', () => {
  test.each([
    {
      text: 'Transfers from the Sovereign Reserve Fund to the budget will reach 4.1 billion lari next year.',
      metric: 'national_fund_transfers',
    },
    {
      text: 'Transfers from NRF to the state budget are planned at 2 billion drams.',
      metric: 'national_fund_transfers',
    },
    { text: 'Transfers from migrants abroad reached $2 billion.', metric: 'remittances' },
  ])('$text → $metric', ({ text, metric }) => {
    expect(extractClaims(text, source, catalogue)[0]?.metric).toBe(metric);
  });
});

describe('a budget executed with a surplus measures the surplus, in English and Russian', () => {
  test.each([
    {
      text: 'In 2025 the city budget was executed with a surplus of 2.3 billion drams.',
      metric: 'budget_surplus',
    },
    { text: 'Областной бюджет исполнен с профицитом 4,2 млрд сомов.', metric: 'budget_surplus' },
    { text: 'The trade surplus widened to $1.1 billion.', metric: 'trade_balance' },
  ])('$text → $metric', ({ text, metric }) => {
    expect(extractClaims(text, source, catalogue)[0]?.metric).toBe(metric);
  });
});

describe('settlements brought online are villages connected, to broadband when the clause says so', () => {
  test.each([
    {
      text: 'The operator connected 230 rural settlements to fibre-optic internet in 2025.',
      metric: 'villages_connected',
    },
    {
      text: 'The project will bring high-speed internet to 900 rural settlements by 2028.',
      metric: 'villages_connected',
    },
    {
      text: 'The plan is to connect 1,100 mountain villages to broadband by 2027.',
      metric: 'villages_connected_broadband',
    },
    { text: 'The province has 1,100 rural settlements.', metric: 'not villages_connected' },
  ])('$text → $metric', ({ text, metric }) => {
    const [claim] = extractClaims(text, source, catalogue);
    if (metric.startsWith('not ')) expect(claim?.metric).not.toBe(metric.slice(4));
    else expect(claim?.metric).toBe(metric);
  });
});

describe('citizens who work abroad are labour migrants', () => {
  test.each([
    {
      text: 'About 420,000 citizens of Armenia work abroad, the ministry says.',
      metric: 'labour_migrants',
    },
    { text: 'Some 90,000 labour migrants returned home in 2025.', metric: 'labour_migrants' },
    { text: 'About 420,000 citizens voted in the capital.', metric: 'not labour_migrants' },
  ])('$text → $metric', ({ text, metric }) => {
    const [claim] = extractClaims(text, source, catalogue);
    if (metric.startsWith('not ')) expect(claim?.metric).not.toBe(metric.slice(4));
    else expect(claim?.metric).toBe(metric);
  });
});

describe('a count of people out of work is unemployed people; the rate stays unemployment', () => {
  test.each([
    {
      text: 'At the end of May, 52,400 people were registered as unemployed.',
      metric: 'unemployed',
    },
    { text: 'About 210,000 people were out of work in the second quarter.', metric: 'unemployed' },
    { text: 'Unemployment fell to 5.2% in the second quarter.', metric: 'unemployment' },
  ])('$text → $metric', ({ text, metric }) => {
    expect(extractClaims(text, source, catalogue)[0]?.metric).toBe(metric);
  });
});
