/**
 * One chart export as data: what the chart is (its rows and view settings), what the user chose in
 * the dialog, and the laid-out option, size and file name that follow. Pure.
 */
import type { ClaimRow } from '../lib/claim-rows.ts';
import {
  EXPORT_PRESETS,
  buildExportOption,
  exportSize,
  type ExportBackground,
  type ExportChartOption,
  type ExportPreset,
  type ExportScale,
  type ExportSize,
} from './export-layout.ts';
import { defaultTitles, exportFileName, notesLine, sourceLine } from './export-text.ts';
import { buildTrendOption, type Scale, type TrendDatum } from './trend-option.ts';

/** A chart as its component knows it: enough to rebuild its option at any size. */
export interface ExportSource {
  metric: string;
  metricLabel: string;
  entity: string;
  unit: string;
  scale: Scale;
  rows: readonly ClaimRow[];
  /** The chart's size on screen, for the "as on screen" preset. */
  screen?: ExportSize;
}

export type ExportFormat = 'png' | 'svg';

export interface ExportSettings {
  format: ExportFormat;
  preset: ExportPreset;
  scale: ExportScale;
  background: ExportBackground;
  title: string;
  subtitle: string;
  legend: boolean;
  showSource: boolean;
  source: string;
  showNotes: boolean;
  notes: string;
}

export const PRESET_CHOICES: readonly { value: ExportPreset; label: string }[] = [
  ...(Object.keys(EXPORT_PRESETS) as (keyof typeof EXPORT_PRESETS)[]).map((value) => ({
    value,
    label: EXPORT_PRESETS[value].label,
  })),
  { value: 'screen', label: 'As on screen' },
];

/** The on-screen option of a source, without animation. */
export function sourceOption(source: ExportSource) {
  return buildTrendOption(source.rows, {
    metricLabel: source.metricLabel,
    unit: source.unit,
    scale: source.scale,
    animation: false,
  });
}

/** The claims behind the points the chart draws (not those it filters out, e.g. another unit). */
export function plottedRows(source: ExportSource, option = sourceOption(source)): ClaimRow[] {
  const series = Array.isArray(option.series)
    ? option.series
    : option.series
      ? [option.series]
      : [];
  const keys = new Set<string>();
  for (const entry of series) {
    for (const item of ((entry as { data?: unknown[] }).data ?? []) as unknown[]) {
      const key = (item as Partial<TrendDatum> | null)?.claimKey;
      if (typeof key === 'string') keys.add(key);
    }
  }
  return source.rows.filter((row) => keys.has(row.key));
}

/** What the dialog opens with: a 16:9 PNG at 2× on white, every line prefilled from the plotted claims. */
export function defaultSettings(source: ExportSource): ExportSettings {
  const rows = plottedRows(source);
  const titles = defaultTitles(rows, { metricLabel: source.metricLabel, unit: source.unit });
  return {
    format: 'png',
    preset: '16:9',
    scale: 2,
    background: 'white',
    title: titles.title,
    subtitle: titles.subtitle,
    legend: true,
    showSource: true,
    source: sourceLine(rows),
    showNotes: true,
    notes: notesLine(rows),
  };
}

export interface ChartExport {
  option: ExportChartOption;
  size: ExportSize;
  fileName: string;
}

/** @param isoDate the day of the export, `yyyy-mm-dd`, for the file name. */
export function buildChartExport(
  source: ExportSource,
  settings: ExportSettings,
  isoDate: string,
): ChartExport {
  const size = exportSize(settings.preset, source.screen);
  const option = buildExportOption(sourceOption(source), {
    ...size,
    background: settings.background,
    title: settings.title.trim(),
    subtitle: settings.subtitle.trim(),
    legend: settings.legend,
    source: settings.showSource ? settings.source.trim() : '',
    notes: settings.showNotes ? settings.notes.trim() : '',
  });
  return {
    option,
    size,
    fileName: exportFileName(source.metric, source.entity, isoDate, settings.format),
  };
}
