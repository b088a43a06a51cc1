import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  buildTrendOption,
  describeTrend,
  entityOrder,
  logScaleAllowed,
  tooltipLines,
  type TrendDatum,
} from '../../src/charts/trend-option.ts';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import { keyClaims, type ClaimRow } from '../../src/lib/claim-rows.ts';

const rows = keyClaims(
  parseClaimsCsv(readFileSync('tests/fixtures/dashboard/claims-small.csv', 'utf8')).claims,
);
const markup = keyClaims(
  parseClaimsCsv(readFileSync('tests/fixtures/dashboard/claims-markup.csv', 'utf8')).claims,
);

type Series = {
  name: string;
  type: string;
  data: TrendDatum[];
  symbol?: string;
  lineStyle?: { type: string };
  silent?: boolean;
};
function seriesOf(option: ReturnType<typeof buildTrendOption>): Series[] {
  return option.series as unknown as Series[];
}
const metric = (slug: string) => rows.filter((row) => row.metric === slug);

describe('buildTrendOption', () => {
  test('one series per entity and kind, styled by kind', () => {
    const input = structuredClone(metric('it_services_exports'));
    const option = buildTrendOption(input, {
      metricLabel: 'IT services exports',
      unit: 'USD',
      scale: 'linear',
      animation: false,
    });
    expect(input).toEqual(metric('it_services_exports'));
    const series = seriesOf(option);
    // One entity: the series are named by kind alone, never repeating the entity.
    expect(series.map((s) => [s.name, s.symbol, s.lineStyle?.type])).toEqual([
      ['Actual', 'circle', 'solid'],
      ['Target', 'emptyCircle', 'dashed'],
    ]);
    expect(series[0]!.data.map((d) => [d.value[0], d.value[1], d.claimKey])).toEqual([
      [2022, 1e8, 'c4'],
      [2025, 1e9, 'c3'],
    ]);
    // The target line starts at the last actual before the first target: c4 (2022), a point of no claim.
    expect(series[1]!.data.map((d) => d.claimKey)).toEqual(['', 'c1', 'c2']);
    expect(series[1]!.data[0]).toEqual({
      value: [2022, 1e8],
      claimKey: '',
      symbol: 'none',
    });
    expect(option.animation).toBe(false);
  });

  test('with no actual before the first target, the target line starts at the target', () => {
    const targetsOnly = metric('it_services_exports').filter((row) => row.kind === 'target');
    const series = seriesOf(
      buildTrendOption(targetsOnly, { metricLabel: 'x', unit: 'USD', scale: 'linear' }),
    );
    expect(series[0]!.data.map((d) => d.claimKey)).toEqual(['c1', 'c2']);
  });

  test('forecasts are dotted with hollow diamonds', () => {
    const series = seriesOf(
      buildTrendOption(metric('ai_investment'), { metricLabel: 'x', unit: 'USD', scale: 'linear' }),
    );
    expect(series.map((s) => [s.name, s.symbol, s.lineStyle?.type])).toEqual([
      ['Forecast', 'emptyDiamond', 'dotted'],
    ]);
  });

  test('a small chart writes every value on its point, qualifier included', () => {
    const series = seriesOf(
      buildTrendOption(metric('it_services_exports'), {
        metricLabel: 'x',
        unit: 'USD',
        scale: 'linear',
      }),
    );
    expect(series[0]!.data.map((d) => d.label?.formatter)).toEqual([
      '> $100 million',
      '≈ $1 billion',
    ]);
    // The connector from the last actual carries no label: it is not a claim of this series.
    expect(series[1]!.data.map((d) => d.label?.formatter)).toEqual([
      undefined,
      '$500 million',
      '$1 billion',
    ]);
  });

  test('a bigger chart labels the latest actual and every target; others keep their qualifier', () => {
    const base = metric('it_services_exports')[0]!;
    const many: ClaimRow[] = [2015, 2016, 2017, 2018, 2019, 2020].map((year, i) => ({
      ...base,
      key: `a${year}`,
      kind: 'actual',
      period: String(year),
      value: 100 + i,
      qualifier: year === 2016 ? 'more_than' : 'exact',
    }));
    many.push({ ...base, key: 't', kind: 'target', period: '2024', value: 500 });
    const series = seriesOf(
      buildTrendOption(many, { metricLabel: 'x', unit: 'USD', scale: 'linear' }),
    );
    expect(series[0]!.data.map((d) => d.label?.formatter)).toEqual([
      undefined,
      '>',
      undefined,
      undefined,
      undefined,
      '$105',
    ]);
    expect(series[1]!.data.map((d) => d.label?.formatter)).toEqual([undefined, '$500']);
  });

  test('conflicting claims stay separate points, flagged, and ringed by a silent series', () => {
    const series = seriesOf(
      buildTrendOption(metric('digital_economy_gdp_share'), {
        metricLabel: 'x',
        unit: 'percent',
        scale: 'linear',
      }),
    );
    const actual = series[0]!;
    expect(
      actual.data.map((d) => [d.value[1], d.label?.formatter, d.itemStyle?.borderColor]),
    ).toEqual([
      [4.5, '4.5% !', '#dc2626'],
      [5, '5% !', '#dc2626'],
    ]);
    const ring = series.find((s) => s.name === 'Conflicting claims')!;
    expect(ring.silent).toBe(true);
    expect(ring.data).toHaveLength(2);
  });

  test('only claims in the chosen unit are drawn', () => {
    const mixed: ClaimRow[] = [
      ...metric('it_services_exports'),
      { ...metric('it_services_exports')[0]!, key: 'k', unit: 'multiple', value: 5 },
    ];
    const series = seriesOf(
      buildTrendOption(mixed, { metricLabel: 'x', unit: 'multiple', scale: 'linear' }),
    );
    expect(series.flatMap((s) => s.data.map((d) => d.claimKey))).toEqual(['k']);
  });

  test('axis labels and name are formatted for the unit; log only where every value is positive', () => {
    const option = buildTrendOption(metric('budget_it'), {
      metricLabel: 'IT budget',
      unit: 'KZT',
      scale: 'log',
    });
    const yAxis = option.yAxis as {
      type: string;
      name: string;
      axisLabel: { formatter: (v: number) => string };
    };
    expect(yAxis.type).toBe('log');
    expect(yAxis.name).toBe('KZT (₸)');
    expect(yAxis.axisLabel.formatter(1.2e11)).toBe('₸120B');
    const withZero = [{ ...metric('budget_it')[0]!, value: 0 }];
    expect(logScaleAllowed(withZero)).toBe(false);
    expect(
      (
        buildTrendOption(withZero, { metricLabel: 'x', unit: 'KZT', scale: 'log' }).yAxis as {
          type: string;
        }
      ).type,
    ).toBe('value');
  });

  test('the description lists every point as text, conflicts marked', () => {
    expect(
      describeTrend(metric('it_services_exports'), {
        metricLabel: 'IT services exports',
        unit: 'USD',
      }),
    ).toBe(
      'IT services exports, USD ($). Kazakhstan actual: 2022 > $100 million; 2025 ≈ $1 billion. Kazakhstan target: 2023 $500 million; 2026 $1 billion.',
    );
    expect(
      describeTrend(metric('digital_economy_gdp_share'), { metricLabel: 'Share', unit: 'percent' }),
    ).toBe('Share, percent. Kazakhstan actual: 2024 4.5% (conflicting); 2024 5% (conflicting).');
  });

  test('the tooltip shows value, unit, qualifier, kind, outlet and date, with markup escaped', () => {
    const option = buildTrendOption(metric('it_services_exports'), {
      metricLabel: 'x',
      unit: 'USD',
      scale: 'linear',
    });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ data: { claimKey: 'c3' } })).toBe(
      'Kazakhstan · 2025<br>≈ $1 billion (USD ($))<br>actual<br>Qazinform, 2026-01-05',
    );

    const hostile = buildTrendOption(markup, {
      metricLabel: '<b>',
      unit: 'count',
      scale: 'linear',
    });
    const html = (hostile.tooltip as { formatter: (p: unknown) => string }).formatter({
      data: { claimKey: 'x1' },
    });
    expect(html).not.toMatch(/<img|<b>|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  test('tooltip lines say a claim has no period; a source without outlet is named by its title', () => {
    const undated = { ...metric('it_companies')[0]!, period: '', source_outlet: '' };
    const titles = new Map([[undated.source_id, 'A speech at a forum']]);
    expect(tooltipLines(undated, false, titles)).toEqual([
      'Kazakhstan · no period stated',
      '≈ 2,000 companies (companies)',
      'actual',
      'A speech at a forum, 2025-08-11',
    ]);
  });

  test('tooltip and data view are the only interactive components: no toolbox', () => {
    const option = buildTrendOption(rows, { metricLabel: 'x', unit: 'USD', scale: 'linear' });
    expect(option).not.toHaveProperty('toolbox');
  });
});

describe('entityOrder', () => {
  test.each([
    { entities: ['World', 'Kazakhstan', 'China'], order: ['Kazakhstan', 'China', 'World'] },
    { entities: ['World', 'China', 'China'], order: ['China', 'World'] },
    { entities: ['Uzbekistan', 'Astana Hub'], order: ['Uzbekistan', 'Astana Hub'] }, // a tie: first seen
    { entities: [], order: [] },
  ])('$entities → $order: the primary entity first, then alphabetical', ({ entities, order }) => {
    expect(entityOrder(entities.map((entity) => ({ entity })))).toEqual(order);
  });
});

describe('buildTrendOption with official figures', () => {
  const claims = metric('it_services_exports');
  const official = [
    {
      entity: 'Kazakhstan',
      points: [
        { period: '2022', value: 4e8 },
        { period: '2023', value: 5.2e8 },
      ],
      credit: ['World Bank: ICT service exports, downloaded 2026-07-01'],
    },
  ];
  test('draws the official series as a thin grey line under the claims', () => {
    const option = buildTrendOption(claims, {
      metricLabel: 'IT services exports',
      unit: 'USD',
      scale: 'linear',
      official,
    });
    const line = seriesOf(option).find((s) => s.name === 'Kazakhstan · official')!;
    expect(line).toMatchObject({
      type: 'line',
      color: '#9ca3af',
      lineStyle: { width: 1.5, color: '#9ca3af' },
      z: 1,
    });
    expect(line.data.map((d) => [d.claimKey, d.officialText])).toEqual([
      ['', 'Kazakhstan · 2022 · official: $400 million'],
      ['', 'Kazakhstan · 2023 · official: $520 million'],
    ]);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ data: { ...line.data[0], officialText: '<b>x</b>' } })).toBe(
      '&lt;b&gt;x&lt;/b&gt;',
    );
  });
  test('colours each claim’s marker by its verdict, leaving the others as they were', () => {
    const first = claims.find((c) => c.unit === 'USD' && c.kind === 'actual')!;
    const option = buildTrendOption(claims, {
      metricLabel: 'IT services exports',
      unit: 'USD',
      scale: 'linear',
      verdictColors: new Map([[first.key, '#dc2626']]),
    });
    const data = seriesOf(option).flatMap((s) => s.data);
    const coloured = data.filter((d) => d.itemStyle?.color);
    expect(coloured.map((d) => [d.claimKey, d.itemStyle?.color])).toEqual([[first.key, '#dc2626']]);
  });
});
