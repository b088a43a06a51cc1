import { describe, expect, test } from 'vitest';
import {
  buildChartExport,
  defaultSettings,
  plottedCompareClaims,
  plottedRows,
  sourceEntity,
  type ExportSource,
} from '../../src/charts/export-chart.ts';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { keyClaims } from '../../src/lib/claim-rows.ts';
import { diffClaims } from '../../src/lib/diff.ts';

const claim = (patch: Partial<Claim>): Claim => ({
  ...emptyClaim(),
  metric: 'it_services_exports',
  metric_label: 'IT services exports',
  entity: 'Kazakhstan',
  unit: 'USD',
  ...patch,
});

const rows = keyClaims([
  claim({
    id: 'a',
    period: '2023',
    value: 5e8,
    kind: 'forecast',
    source_outlet: 'Daryo',
    source_date: '2023-09-01',
  }),
  claim({
    id: 'b',
    period: '2025',
    value: 1e9,
    qualifier: 'approx',
    source_outlet: 'Qazinform',
    source_date: '2026-01-05',
  }),
  claim({
    id: 'd',
    period: '2024',
    value: 7e8,
    source_outlet: 'Kursiv',
    source_date: '2024-12-01',
  }),
  // No period: never plotted, and the notes say it is left out.
  claim({ id: 'e', period: '', value: 9e8, source_outlet: 'Kursiv', source_date: '2025-01-01' }),
  // Another unit: not drawn, so neither its source nor its marker is explained.
  claim({
    id: 'c',
    period: '2022',
    value: 5,
    unit: 'multiple',
    qualifier: 'more_than',
    source_outlet: 'Kursiv',
    source_date: '2023-02-01',
  }),
]);
const trend: ExportSource = {
  metric: 'it_services_exports',
  metricLabel: 'IT services exports',
  entity: 'Kazakhstan',
  unit: 'USD',
  scale: 'linear',
  rows,
};

describe('a trend chart', () => {
  test('source and notes cover only the plotted claims', () => {
    expect(plottedRows(trend).map((row) => row.id)).toEqual(['a', 'b', 'd']);
    expect(defaultSettings(trend)).toEqual({
      format: 'png',
      preset: '16:9',
      scale: 2,
      background: 'white',
      title: 'IT services exports',
      subtitle: 'Kazakhstan · USD ($) · 2023–2025',
      legend: true,
      showSource: true,
      source: 'Sources: Daryo, 1 Sep 2023; Kursiv, 1 Dec 2024; Qazinform, 5 Jan 2026',
      showNotes: true,
      notes:
        '≈ approximately · filled dots, solid line: actual · hollow diamonds, dotted line: forecast · 1 claim with no period stated is left out',
    });
  });

  test.each([
    { preset: '16:9', screen: undefined, size: { width: 1920, height: 1080 } },
    { preset: 'square', screen: undefined, size: { width: 1080, height: 1080 } },
    { preset: 'screen', screen: { width: 1100, height: 420 }, size: { width: 1100, height: 420 } },
  ] as const)('the $preset preset sets the size and the file name', ({ preset, screen, size }) => {
    const result = buildChartExport(
      { ...trend, screen },
      { ...defaultSettings(trend), preset, format: 'svg' },
      '2026-11-22',
    );
    expect(result.size).toEqual(size);
    expect(result.fileName).toBe('it_services_exports-kazakhstan-2026-11-22.svg');
  });

  test('unticked source and notes lines are left out even when their text stays', () => {
    const { option } = buildChartExport(
      trend,
      { ...defaultSettings(trend), showSource: false, showNotes: false },
      '2026-11-22',
    );
    const texts = (option.graphic as { style: { text: string } }[]).map((g) => g.style.text);
    expect(texts).toEqual(['IT services exports', 'Kazakhstan · USD ($) · 2023–2025']);
  });
});

describe('small data: a number tile instead of a chart', () => {
  const one = keyClaims([
    claim({
      id: 'u',
      metric: 'students',
      metric_label: 'Students',
      period: '',
      value: 650000,
      unit: 'count',
      unit_label: 'students',
      qualifier: 'more_than',
      source_id: 'doc-7',
      source_date: '2026-01-05',
    }),
  ]);
  const tile: ExportSource = {
    metric: 'students',
    metricLabel: 'Students',
    entity: 'Kazakhstan',
    unit: 'count',
    scale: 'linear',
    rows: one,
    titles: new Map([['doc-7', 'An interview']]),
  };

  test('draws the value as written with its period, kind and source, and no axes or series', () => {
    const settings = defaultSettings(tile);
    expect(settings.notes).toBe('');
    expect(settings.source).toBe('Source: An interview, 5 Jan 2026');
    const { option } = buildChartExport(tile, settings, '2026-12-06');
    expect(option.series).toEqual([]);
    expect(option.xAxis).toEqual([]);
    const texts = (option.graphic as { style: { text: string } }[]).map((g) => g.style.text);
    expect(texts).toEqual([
      'Students',
      'Kazakhstan · students',
      'Source: An interview, 5 Jan 2026',
      '> 650,000 students',
      'Kazakhstan · no period stated · actual · An interview',
    ]);
  });

  test('a target gets its status, with the numbers behind it', () => {
    const withTarget: ExportSource = {
      ...trend,
      rows: keyClaims([
        claim({ id: 'x', period: '2025', value: 1e9, qualifier: 'approaching' }),
        claim({ id: 'y', period: '2026', value: 1e9, kind: 'target' }),
      ]),
    };
    const { option } = buildChartExport(withTarget, defaultSettings(withTarget), '2026-12-06');
    const texts = (option.graphic as { style: { text: string } }[]).map((g) => g.style.text);
    expect(texts).toContain('≈< $1 billion');
    expect(texts.find((text) => text.startsWith('Pending: '))).toContain('does not reach');
  });
});

describe('a comparison chart', () => {
  const base = [
    claim({ period: '2024', value: 8e8, source_outlet: 'Kursiv', source_date: '2024-05-01' }),
  ];
  const other = [
    claim({ period: '2024', value: 9e8, source_outlet: 'Kursiv', source_date: '2024-06-01' }),
    claim({
      entity: 'Uzbekistan',
      period: '2024',
      value: 3e8,
      source_outlet: 'Gazeta',
      source_date: '2024-07-01',
    }),
  ];
  const entries = diffClaims(base, other).entries;
  const compare: ExportSource = {
    kind: 'compare',
    metric: 'it_services_exports',
    metricLabel: 'IT services exports',
    entries,
    baseName: 'baseline',
    otherName: 'june.csv',
  };

  test('prefills from both datasets and names both sides', () => {
    expect(plottedCompareClaims(compare)).toHaveLength(3);
    expect(sourceEntity(compare)).toBe('all');
    expect(defaultSettings(compare)).toMatchObject({
      title: 'IT services exports',
      subtitle: 'baseline against june.csv · Kazakhstan, Uzbekistan · USD ($) · 2024',
      source: 'Sources: Kursiv, 1 May, 1 Jun 2024; Gazeta, 1 Jul 2024',
      notes: 'faint grey: baseline · blue: june.csv · red ring: changed or removed',
    });
  });

  test('lays the comparison out like any chart, without its on-screen title', () => {
    const { option, fileName } = buildChartExport(compare, defaultSettings(compare), '2026-11-22');
    expect(fileName).toBe('it_services_exports-all-2026-11-22.png');
    expect((option as { title?: unknown }).title).toBeUndefined();
    expect((option.series as { name: string }[]).map((s) => s.name)).toContain('Changed');
  });
});
