import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildTrendOption } from '../../src/charts/trend-option.ts';
import { keyClaims, type ClaimRow } from '../../src/lib/claim-rows.ts';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import {
  DESKTOP_CHART,
  firstChartOptions,
  optionKey,
  readFirstCharts,
} from '../../src/state/first-charts.ts';

const fixture = (name: string) =>
  keyClaims(parseClaimsCsv(readFileSync(`tests/fixtures/charts/${name}.csv`, 'utf8')).claims);
/** Five dated IT services exports claims and one undated; one undated AI-Sana claim. */
const MIXED = fixture('annual-mixed-kinds');
const UNDATED = fixture('one-undated');
const dated = (rows: ClaimRow[]) => rows.filter((row) => row.period !== '');

describe('firstChartOptions', () => {
  test.each([
    {
      name: 'a charted metric beside its undated claims, and a tiled one left out',
      rows: [...MIXED, ...UNDATED],
      expected: [{ metric: 'it_services_exports', width: DESKTOP_CHART.widthBesideUndated }],
    },
    {
      name: 'a charted metric with every claim dated: the full width',
      rows: dated(MIXED),
      expected: [{ metric: 'it_services_exports', width: DESKTOP_CHART.width }],
    },
    { name: 'too few points for a chart: none', rows: dated(MIXED).slice(0, 2), expected: [] },
  ])('$name', ({ rows, expected }) => {
    const before = JSON.stringify(rows);
    const charts = firstChartOptions(rows);
    expect(charts.map(({ metric, width }) => ({ metric, width }))).toEqual(expected);
    for (const chart of charts) expect(chart.height).toBe(DESKTOP_CHART.height);
    expect(JSON.stringify(rows)).toBe(before);
  });

  test("the option is the metric view's before storage opens, whatever the titles passed", () => {
    const rows = dated(MIXED);
    const [chart] = firstChartOptions(rows);
    // TrendChart's call, with the document titles and the empty official lines and colours
    const onScreen = buildTrendOption(rows, {
      metricLabel: 'IT services exports',
      unit: 'USD',
      scale: 'linear',
      titles: new Map([['d1', 'A document']]),
      width: DESKTOP_CHART.width,
      official: [],
      verdictColors: new Map(),
    });
    expect(optionKey(chart!.option)).toBe(optionKey(onScreen));
  });
});

describe('optionKey', () => {
  const rows = dated(MIXED);
  const option = (patch: Partial<Parameters<typeof buildTrendOption>[1]> = {}) =>
    buildTrendOption(rows, { metricLabel: 'IT exports', unit: 'USD', scale: 'linear', ...patch });
  test.each([
    { name: 'the same chart', other: () => option(), same: true },
    { name: 'a log scale', other: () => option({ scale: 'log' }), same: false },
    {
      name: 'the metric named otherwise (not drawn)',
      other: () => option({ metricLabel: 'IT' }),
      same: true,
    },
    { name: "a phone's width (a legend)", other: () => option({ width: 390 }), same: false },
    {
      name: 'one value changed (a correction)',
      other: () =>
        buildTrendOption(
          rows.map((row, i) => (i === 0 ? { ...row, value: row.value + 1 } : row)),
          { metricLabel: 'IT exports', unit: 'USD', scale: 'linear' },
        ),
      same: false,
    },
    {
      name: 'an official line drawn under the claims',
      other: () =>
        option({
          official: [{ entity: 'Kazakhstan', points: [{ period: '2024', value: 7e8 }] }] as never,
        }),
      same: false,
    },
  ])('$name: same key $same', ({ other, same }) => {
    expect(optionKey(other()) === optionKey(option())).toBe(same);
  });
});

describe('readFirstCharts', () => {
  test('what the build writes', () => {
    const charts = [{ width: 1182, height: 420, key: 'h1-2', svg: '<svg/>' }];
    expect(readFirstCharts(charts, 'first-charts.json')).toBe(charts);
  });
  test.each([
    { name: 'an HTML error page', json: '<html>' },
    { name: 'a chart without its SVG', json: [{ width: 1, height: 1, key: 'k' }] },
  ])('$name: an error naming the file', ({ json }) => {
    expect(() => readFirstCharts(json, 'assets/first-charts.json')).toThrow(
      'assets/first-charts.json is not the first charts the build writes',
    );
  });
});
