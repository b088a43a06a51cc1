import { describe, expect, test } from 'vitest';
import { extractClaims, type SourceMeta } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';
import { isActorAndVerb } from '../../scripts/extract/metric-phrase.ts';

const catalogue = loadDefaultCatalogue();
const source: SourceMeta = {
  id: 'doc',
  title: '',
  outlet: 'Outlet',
  url: '',
  published: '2026-05-20',
};

/** The metric slug and label of the claim whose mention is `mention`. */
function metricOf(text: string, mention: string): { metric: string; label: string } | undefined {
  const claim = extractClaims(text, source, catalogue).find(
    (c) => text.slice(c.quote_start!, c.quote_end!) === mention,
  );
  return claim && { metric: claim.metric, label: claim.metric_label };
}

describe('a multiple of a level is how the level grows', () => {
  test.each([
    {
      text: 'The minister wants to double GDP by 2031.',
      mention: 'double',
      metric: 'gdp_growth_multiple',
      why: 'a catalogue level measured only in money',
    },
    {
      text: 'Ferry traffic across the lake grew 2.2-fold to 840,000 passengers.',
      mention: '2.2-fold',
      metric: 'ferry_traffic_growth_multiple',
      why: 'a level the noun phrase names',
    },
  ])('$why', ({ text, mention, metric }) => {
    expect(metricOf(text, mention)?.metric).toBe(metric);
  });

  test('a multiple of an average stays a ratio', () => {
    const text = 'Pilots in Varnia earn three times the national average.';
    expect(metricOf(text, 'three times')?.metric).toMatch(/_ratio$/);
  });
});

describe('points a rate or a share moved by are its change', () => {
  test.each([
    {
      text: 'The central bank of Varnia cut its key rate by 0.5 percentage points to 11%.',
      mention: '0.5 percentage points',
      changed: true,
      why: 'a cut by points',
    },
    {
      text: 'Online sales reached 9% of all retail trade in Varnia, up 1.2 percentage points on the year.',
      mention: '1.2 percentage points',
      changed: true,
      why: 'points up on the year',
    },
    {
      text: 'In Varnia the state subsidy covers up to 6 percentage points of the mortgage rate.',
      mention: '6 percentage points',
      changed: false,
      why: 'points a subsidy covers are no move',
    },
  ])('$why', ({ text, mention, changed }) => {
    const metric = metricOf(text, mention)?.metric ?? '';
    expect(metric).not.toBe('');
    // a policy rate moved by points is its growth (README, Metric, 8 December)
    expect(/_(?:change|rate_growth)$/.test(metric)).toBe(changed);
  });
});

describe('a clause that leaves out its verb of change still names a change', () => {
  test.each([
    {
      text: 'In Varnia, farming output rose by 3.3%, and retail trade by 7.9%.',
      mention: '7.9%',
      growth: true,
      why: 'a catalogue measure after ", and"',
    },
    {
      text: 'In Varnia, fishing grew by 2.5%, forestry by 1.1% and the repair of ships by 4.4%.',
      mention: '4.4%',
      growth: true,
      why: 'a noun phrase after the last figure of a list',
    },
    {
      text: 'Varnia collected 40 billion lev in taxes, and exceeded the plan by 2.6%.',
      mention: '2.6%',
      growth: false,
      why: 'a clause with a verb of its own',
    },
  ])('$why', ({ text, mention, growth }) => {
    const metric = metricOf(text, mention)?.metric ?? '';
    expect(metric).not.toBe('');
    expect(metric.endsWith('_growth')).toBe(growth);
  });
});

describe('goods delivered to another country are exports', () => {
  test.each([
    {
      text: 'Varnia’s lithium shipments to Japan reached 42,000 tonnes in 2025.',
      mention: '42,000',
      exports: true,
      why: 'a delivery noun with a country after it',
    },
    {
      text: 'Varnia shipped 1.4 million tonnes of barley to China last year.',
      mention: '1.4 million',
      exports: true,
      why: 'a delivery verb with a country after its object',
    },
    {
      text: 'Seaborne shipments from Varnia averaged 2.1 million barrels a day.',
      mention: '2.1 million',
      exports: true,
      why: 'a delivery across the sea',
    },
    {
      text: 'Fertiliser deliveries to farms in Varnia reached 90,000 tonnes.',
      mention: '90,000',
      exports: false,
      why: 'deliveries at home stay deliveries',
    },
  ])('$why', ({ text, mention, exports }) => {
    const label = metricOf(text, mention)?.label ?? '';
    expect(label).not.toBe('');
    expect(/\bexports\b/i.test(label)).toBe(exports);
  });
});

describe('who acts and its verb is no label', () => {
  test.each([
    { label: 'World Bank sees', actor: true },
    { label: 'EDB forecasts', actor: true },
    { label: 'country plans', actor: true },
    { label: 'draft sets', actor: true },
    { label: 'investment projects', actor: false },
    { label: 'growth forecasts', actor: false },
    // an acronym before a plural noun of what is counted is a measure; a known body still acts
    { label: 'IT projects', actor: false },
    { label: 'PPP plans', actor: false },
    { label: 'IMF projects', actor: true },
    // any verb of saying in the present, from the shared table
    { label: 'EDB warns', actor: true },
    { label: 'the ministry believes', actor: true },
  ])('$label', ({ label, actor }) => {
    expect(isActorAndVerb(label)).toBe(actor);
  });

  test('a lender’s commitment is named by its verb', () => {
    const text = 'Last year the Varnia Development Bank committed $740 million to new roads.';
    expect(metricOf(text, '$740 million')?.label).toBe('Commitments');
  });

  test('a count of projects named by an acronym is named by them', () => {
    const text = 'Under the plan, at least 400 IT projects should be launched in Varnia by 2030.';
    expect(metricOf(text, '400')?.label).toBe('IT projects');
  });

  test('a figure after a forecaster and its verb takes the measure before it', () => {
    const text = 'Varnia’s economy grew 4.1% in 2025, and the IMF forecasts 3.8% for 2026.';
    expect(metricOf(text, '3.8%')?.metric).toBe('gdp_growth');
  });
});

describe('a figure in units of power or computing is a capacity', () => {
  test.each([
    {
      text: 'Varnia runs 12 commercial data centres with a total capacity of 48 megawatts.',
      mention: '48',
      label: 'Data centers capacity',
      why: 'the things counted before it have the capacity',
    },
    {
      text: 'Varnia’s new cluster will deliver about 3 exaflops of AI compute.',
      mention: '3',
      label: 'Capacity',
      why: 'a unit of computing alone',
    },
    {
      text: 'A 90 MW solar park opened near the Varnia border.',
      mention: '90',
      label: 'Solar park capacity',
      why: 'a unit of power read into the counted noun',
    },
  ])('$why', ({ text, mention, label }) => {
    expect(metricOf(text, mention)?.label).toBe(label);
  });
});

describe('a unit of what names what the earlier figure in that unit measured', () => {
  test.each([
    {
      text: 'Mongolia plans to export 9 million tonnes of barley this season and 11 million tonnes next season.',
      mention: '11 million',
      label: 'Barley exports',
      why: 'the second figure of the same measure',
    },
    {
      text: 'Last year Varnia held 2.4 million tonnes of barley in state reserves.',
      mention: '2.4 million',
      label: 'Barley',
      why: 'without an earlier figure, just what',
    },
  ])('$why', ({ text, mention, label }) => {
    expect(metricOf(text, mention)?.label).toBe(label);
  });
});

describe('a compound annual growth rate is the growth of its sentence’s level', () => {
  test.each([
    {
      text: 'Spending on drones in Mongolia may reach $900 million by 2030, a compound annual growth rate of 14%.',
      why: 'the level before the rate',
    },
    {
      text: 'Spending on drones in Mongolia is forecast to grow at a compound annual rate of 14% to $900 million by 2030.',
      why: 'the level after the rate',
    },
  ])('$why', ({ text }) => {
    const metric = metricOf(text, '14%');
    expect(metric?.metric).toMatch(/_cagr$/);
    expect(metric?.label).toMatch(/\bspending growth \(CAGR\)$/i);
  });
});

describe('a percentage a ranked party has is its share', () => {
  test.each([
    {
      text: 'Among tractor makers in Mongolia, Belarus-based MTZ was ahead of the rest, with Kubota and Deere with 21% and 17%.',
      mention: '17%',
      why: 'parties listed after "with"',
    },
    {
      text: 'The largest buyers of Mongolian cashmere were Italy with 41% and China with 22%.',
      mention: '22%',
      why: 'the largest parties of a trade',
    },
  ])('$why', ({ text, mention }) => {
    expect(metricOf(text, mention)?.metric).toMatch(/(?:^|_)share$/);
  });

  test('a percentage with no ranking stays what it is', () => {
    const text = 'Mongolia ended the year with 7.2% inflation.';
    expect(metricOf(text, '7.2%')?.metric).not.toMatch(/share/);
  });
});
