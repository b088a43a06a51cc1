import { describe, expect, test } from 'vitest';
import {
  buildExportOption,
  estimateLines,
  exportMetrics,
  exportSize,
  PALETTES,
  type ExportLayoutInput,
} from '../../src/charts/export-layout.ts';
import type { SandarChartOption } from '../../src/charts/echarts-setup.ts';

const base: SandarChartOption = {
  animation: true,
  grid: { left: 16, right: 32, top: 56, bottom: 16 },
  legend: { top: 0 },
  tooltip: { trigger: 'item' },
  xAxis: { type: 'time' },
  yAxis: { type: 'value', name: 'USD ($)' },
  series: [
    {
      type: 'line',
      name: 'Kazakhstan · actual',
      symbolSize: 9,
      lineStyle: { width: 2.5 },
      itemStyle: { borderWidth: 1 },
      label: { color: '#111827', fontSize: 13 },
      data: [
        { value: [0, 1] },
        { value: [1, 2], itemStyle: { borderColor: '#dc2626', borderWidth: 3 } },
      ],
    },
    {
      type: 'line',
      name: 'Kazakhstan · target',
      color: '#2563eb',
      symbol: 'emptyCircle',
      symbolSize: 11,
      lineStyle: { width: 1.5, type: 'dashed' },
      itemStyle: { color: '#2563eb', borderWidth: 2 },
      data: [[2, 3]],
    },
  ],
};

const input = (patch: Partial<ExportLayoutInput> = {}): ExportLayoutInput => ({
  width: 1920,
  height: 1080,
  background: 'white',
  title: 'IT services exports',
  subtitle: 'Kazakhstan · USD ($) · 2023–2026',
  legend: true,
  source: 'Sources: Kursiv, 1 Sep 2023; The Astana Times, 5 Jan 2026',
  notes: '≈ approximately · hollow dots, dashed line: target',
  ...patch,
});

type Text = {
  type: string;
  top?: number;
  bottom?: number;
  left?: number;
  style: { text: string; fontSize: number; fill: string; width: number };
};
const texts = (option: ReturnType<typeof buildExportOption>) =>
  (option.graphic as Text[]).map((g) => g.style.text);

describe('exportSize', () => {
  test.each([
    { preset: '16:9', expected: { width: 1920, height: 1080 } },
    { preset: '4:3', expected: { width: 1600, height: 1200 } },
    { preset: 'square', expected: { width: 1080, height: 1080 } },
    {
      preset: 'screen',
      screen: { width: 812.4, height: 400.6 },
      expected: { width: 812, height: 401 },
    },
    { preset: 'screen', screen: { width: 0, height: 0 }, expected: { width: 960, height: 540 } },
  ] as const)('$preset', ({ preset, expected, ...rest }) => {
    expect(exportSize(preset, 'screen' in rest ? rest.screen : undefined)).toEqual(expected);
  });
});

describe('exportMetrics scale with the image', () => {
  test.each([
    {
      size: { width: 1920, height: 1080 },
      expected: {
        margin: 72,
        title: 52,
        subtitle: 32,
        legend: 26,
        axis: 26,
        label: 30,
        footer: 22,
        marks: 1.8,
      },
    },
    {
      size: { width: 1600, height: 1200 },
      expected: {
        margin: 69,
        title: 50,
        subtitle: 31,
        legend: 25,
        axis: 25,
        label: 29,
        footer: 21,
        marks: 1.73,
      },
    },
    {
      size: { width: 1080, height: 1080 },
      expected: {
        margin: 54,
        title: 39,
        subtitle: 24,
        legend: 20,
        axis: 20,
        label: 23,
        footer: 17,
        marks: 1.35,
      },
    },
    {
      size: { width: 480, height: 270 },
      expected: {
        margin: 18,
        title: 16,
        subtitle: 12,
        legend: 11,
        axis: 11,
        label: 12,
        footer: 10,
        marks: 1,
      },
    },
  ])('$size.width×$size.height', ({ size, expected }) => {
    expect(exportMetrics(size)).toEqual(expected);
  });
});

test.each([
  { text: '', size: 20, width: 1000, expected: 0 },
  { text: 'short', size: 20, width: 1000, expected: 1 },
  { text: 'word '.repeat(40).trim(), size: 20, width: 550, expected: 4 },
  { text: 'line one\nline two', size: 20, width: 1000, expected: 2 },
])('estimateLines($text.length chars at $width px)', ({ text, size, width, expected }) => {
  expect(estimateLines(text, size, width)).toBe(expected);
});

describe('buildExportOption', () => {
  test('puts title, subtitle, source and notes as text in that order, within the margins', () => {
    const option = buildExportOption(base, input());
    expect(texts(option)).toEqual([
      'IT services exports',
      'Kazakhstan · USD ($) · 2023–2026',
      '≈ approximately · hollow dots, dashed line: target',
      'Sources: Kursiv, 1 Sep 2023; The Astana Times, 5 Jan 2026',
    ]);
    const [title, subtitle, notes, source] = option.graphic as Text[];
    expect(title).toMatchObject({ left: 72, top: 72, style: { fontSize: 52, width: 1920 - 144 } });
    expect(subtitle!.top).toBeGreaterThan(72 + 52);
    expect(notes).toMatchObject({ bottom: 72, style: { fontSize: 22 } });
    expect(source!.bottom).toBeGreaterThan(72 + 22);
  });

  test('the legend sits under the subtitle and the plot between header and footer', () => {
    const option = buildExportOption(base, input());
    const [, subtitle, , source] = option.graphic as Text[];
    const legend = option.legend as {
      show: boolean;
      top: number;
      left: number;
      textStyle: { fontSize: number };
    };
    const grid = option.grid as { top: number; bottom: number; left: number };
    expect(legend).toMatchObject({ show: true, left: 72, textStyle: { fontSize: 26 } });
    expect(legend.top).toBeGreaterThan(subtitle!.top!);
    expect(grid.top).toBeGreaterThan(legend.top + 26);
    expect(grid.bottom).toBeGreaterThan(source!.bottom!);
    expect(grid.top + grid.bottom).toBeLessThan(1080 / 2);
  });

  test('empty lines are left out and the plot grows into their room', () => {
    const full = buildExportOption(base, input());
    const bare = buildExportOption(
      base,
      input({ title: '', subtitle: '', source: '', notes: '', legend: false }),
    );
    expect(bare.graphic).toEqual([]);
    expect((bare.legend as { show: boolean }).show).toBe(false);
    expect((bare.grid as { top: number }).top).toBeLessThan((full.grid as { top: number }).top);
    expect((bare.grid as { bottom: number }).bottom).toBeLessThan(
      (full.grid as { bottom: number }).bottom,
    );
  });

  test('a long source line wraps and pushes the plot up', () => {
    const long =
      'Sources: ' + Array.from({ length: 30 }, (_, i) => `Outlet ${i}, 1 Jan 2024`).join('; ');
    const one = buildExportOption(base, input({ notes: '' }));
    const many = buildExportOption(base, input({ notes: '', source: long }));
    expect(
      (many.grid as { bottom: number }).bottom - (one.grid as { bottom: number }).bottom,
    ).toBeGreaterThan(2 * 22);
  });

  test.each([
    { background: 'white', backgroundColor: '#ffffff', text: '#111827' },
    { background: 'transparent', backgroundColor: 'transparent', text: '#111827' },
    { background: 'dark', backgroundColor: '#0f172a', text: '#f8fafc' },
  ] as const)(
    '$background background recolours text, axes and point labels',
    ({ background, backgroundColor, text }) => {
      const option = buildExportOption(base, input({ background }));
      expect(option.backgroundColor).toBe(backgroundColor);
      expect((option.graphic as Text[])[0]!.style.fill).toBe(text);
      const yAxis = (
        option.yAxis as {
          axisLabel: { color: string };
          axisLine: { lineStyle: { color: string } };
          splitLine: { lineStyle: { color: string } };
        }[]
      )[0]!;
      expect(yAxis.axisLabel.color).toBe(PALETTES[background].muted);
      expect(yAxis.axisLine.lineStyle.color).toBe(PALETTES[background].axis);
      expect(yAxis.splitLine.lineStyle.color).toBe(PALETTES[background].grid);
      expect((option.series as { label: { color: string } }[])[0]!.label.color).toBe(text);
      expect((option.legend as { textStyle: { color: string } }).textStyle.color).toBe(text);
      // Hollow targets are outlines filled with the background, not ECharts' white.
      expect((option.series as { symbol: string; itemStyle: object }[])[1]).toMatchObject({
        symbol: 'circle',
        itemStyle: {
          color: PALETTES[background].background,
          borderColor: background === 'dark' ? '#60a5fa' : '#2563eb',
        },
      });
    },
  );

  test('marks are scaled for the size; no tooltip, no animation; the input is not changed', () => {
    const before = structuredClone({ ...base, tooltip: undefined });
    const option = buildExportOption(base, input());
    const [actual, target] = option.series as {
      symbolSize: number;
      lineStyle: { width: number; type?: string };
      data: unknown[];
      label: { fontSize: number };
    }[];
    expect(actual).toMatchObject({
      symbolSize: 16.2,
      lineStyle: { width: 4.5 },
      label: { fontSize: 30 },
    });
    expect(actual!.data[1]).toEqual({
      value: [1, 2],
      itemStyle: { borderColor: '#dc2626', borderWidth: 5.4 },
    });
    expect(target).toMatchObject({
      symbolSize: 19.8,
      lineStyle: { width: 2.7, type: 'dashed' },
      itemStyle: { borderWidth: 3.6 },
    });
    expect(option.tooltip).toBeUndefined();
    expect(option.animation).toBe(false);
    expect({ ...base, tooltip: undefined }).toEqual(before);
  });

  test('text is kept as given (ECharts draws it as text, never HTML)', () => {
    const title = 'Exports <img src=x onerror=alert(1)> & more';
    expect(texts(buildExportOption(base, input({ title })))[0]).toBe(title);
  });
});

test('a dark background lightens the chart colours it knows and keeps the others', () => {
  const option = buildExportOption(
    {
      series: [
        {
          type: 'line',
          name: 'a',
          color: '#2563eb',
          lineStyle: { color: '#2563eb' },
          itemStyle: { color: '#2563eb' },
          data: [{ value: [0, 1], itemStyle: { borderColor: '#dc2626', borderWidth: 3 } }],
        },
        {
          type: 'line',
          name: 'b',
          color: '#123456',
          symbol: 'emptyCircle',
          itemStyle: { color: '#123456' },
          data: [],
        },
      ],
    },
    input({ background: 'dark' }),
  );
  const [a, b] = option.series as unknown[];
  expect(a).toMatchObject({
    color: '#60a5fa',
    lineStyle: { color: '#60a5fa' },
    itemStyle: { color: '#60a5fa' },
    data: [{ itemStyle: { borderColor: '#f87171' } }],
  });
  expect(b).toMatchObject({
    color: '#123456',
    itemStyle: { color: '#0f172a', borderColor: '#123456' },
  });
  const white = buildExportOption(
    { series: [{ type: 'line', name: 'a', color: '#2563eb', data: [] }] },
    input(),
  );
  expect((white.series as { color: string }[])[0]!.color).toBe('#2563eb');
});
