/**
 * Snapshot tests in Observable Plot's way: each named case is drawn from a CSV fixture to SVG by
 * ECharts' server-side renderer and compared with the committed file in `__snapshots__/`, with
 * numbers rounded so sub-pixel noise does not show as a change. A missing snapshot is written
 * (look at it before committing it); a different one fails the test.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GraphicComponent } from 'echarts/components';
import { buildCompareOption } from '../../src/charts/compare-option.ts';
import {
  echarts,
  loadChartExtras,
  loadSvgRenderer,
  type SandarChartOption,
} from '../../src/charts/echarts-setup.ts';
import {
  buildChartExport,
  defaultSettings,
  type ExportSource,
} from '../../src/charts/export-chart.ts';
import { buildTrendOption } from '../../src/charts/trend-option.ts';
import { keyClaims } from '../../src/lib/claim-rows.ts';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import { diffClaims } from '../../src/lib/diff.ts';

const DIR = 'tests/charts/__snapshots__';
const fixture = (name: string) =>
  keyClaims(parseClaimsCsv(readFileSync(`tests/fixtures/charts/${name}.csv`, 'utf8')).claims);

/** Numbers to one decimal, so a renderer's float noise never shows as a change. */
export const roundNumbers = (svg: string) =>
  svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

async function render(option: SandarChartOption, width: number, height: number): Promise<string> {
  await Promise.all([loadSvgRenderer(), loadChartExtras()]);
  echarts.use([GraphicComponent]);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return roundNumbers(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

function matchSnapshot(name: string, svg: string): void {
  const path = `${DIR}/${name}.svg`;
  if (!existsSync(path)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, svg);
    return;
  }
  expect(svg, `${path} differs: look at the new drawing, then delete the file to accept it`).toBe(
    readFileSync(path, 'utf8'),
  );
}

const trend = (rows: ReturnType<typeof fixture>, unit: string) =>
  buildTrendOption(rows, { metricLabel: rows[0]!.metric_label, unit, scale: 'linear' });
const exportSource = (rows: ReturnType<typeof fixture>, unit: string): ExportSource => ({
  metric: rows[0]!.metric,
  metricLabel: rows[0]!.metric_label,
  entity: rows[0]!.entity,
  unit,
  scale: 'linear',
  rows,
});
const slide = (source: ExportSource) =>
  buildChartExport(source, defaultSettings(source), '2026-12-06').option as SandarChartOption;

describe('snapshots', () => {
  const cases: { name: string; option: () => SandarChartOption; width: number; height: number }[] =
    [
      {
        // Year ticks, values on points, lines named at their ends; the undated claim left out.
        name: 'trend-annual-mixed-kinds',
        option: () => trend(fixture('annual-mixed-kinds'), 'USD'),
        width: 800,
        height: 420,
      },
      {
        // Quarter ticks named by month only because some claims have months.
        name: 'trend-annual-and-monthly',
        option: () => trend(fixture('annual-and-monthly'), 'percent'),
        width: 800,
        height: 420,
      },
      {
        // Six series: a legend at the bottom instead of end labels.
        name: 'trend-six-entities-legend',
        option: () => trend(fixture('six-entities'), 'USD'),
        width: 800,
        height: 420,
      },
      {
        name: 'compare-kinds-short-names',
        option: () =>
          buildCompareOption(
            diffClaims(fixture('compare-base'), fixture('compare-upload')).entries,
            { metricLabel: 'GDP growth', baseName: 'baseline', otherName: 'upload 6 Dec' },
          ),
        width: 800,
        height: 360,
      },
      {
        // The slide: a note says one undated claim is left out.
        name: 'export-annual-slide',
        option: () => slide(exportSource(fixture('annual-mixed-kinds'), 'USD')),
        width: 1920,
        height: 1080,
      },
      {
        name: 'export-tile-one-undated',
        option: () => slide(exportSource(fixture('one-undated'), 'count')),
        width: 1920,
        height: 1080,
      },
    ];

  test.each(cases)('$name', async ({ name, option, width, height }) => {
    matchSnapshot(name, await render(option(), width, height));
  });

  test('rounding keeps integers and rounds decimals to one place', () => {
    expect(roundNumbers('M10.04 2.26L3 7.95')).toBe('M10 2.3L3 8');
  });
});
