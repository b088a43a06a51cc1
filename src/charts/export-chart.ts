/**
 * One chart export as data: what the chart is (its rows and view settings), what the user chose in
 * the dialog, and the laid-out option, size and file name that follow. Pure.
 */
import type { Claim } from '../lib/claim.ts';
import type { ClaimRow } from '../lib/claim-rows.ts';
import type { DiffEntry } from '../lib/diff.ts';
import { formatClaimValue, formatPeriod, periodToTime } from '../lib/format.ts';
import { sourceName } from '../lib/source-name.ts';
import { targetStatus, type OfficialOutcome } from '../lib/target-status.ts';
import { buildCompareOption, dominantUnit } from './compare-option.ts';
import { presentation } from './small-data.ts';
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
import {
  compareNotesLine,
  defaultTitles,
  exportFileName,
  notesLine,
  sourceLine,
  undatedNote,
} from './export-text.ts';
import { buildTrendOption, type Scale, type TrendDatum } from './trend-option.ts';
import {
  officialPointCount,
  officialSourceLine,
  type OfficialLine,
} from '../lib/official/chart.ts';
import { VERDICT_COLORS } from '../lib/official/verdict.ts';

/** The official lines the chart draws: none where the claims are shown as number tiles. */
function drawnOfficial(source: TrendExportSource): readonly OfficialLine[] {
  return trendPresentation(source).mode === 'tile' ? [] : (source.official ?? []);
}

/** What the official line and verdict colours mean, only where the chart shows them. */
function verdictNotes(source: TrendExportSource): string {
  const notes: string[] = [];
  if ((source.official ?? []).some((line) => line.points.length > 0))
    notes.push('grey line: official figures');
  const shown = new Set(source.verdictColors?.values() ?? []);
  if (shown.has(VERDICT_COLORS.consistent)) notes.push('green: consistent with them');
  if (shown.has(VERDICT_COLORS.overstated)) notes.push('red: overstated');
  if (shown.has(VERDICT_COLORS.understated)) notes.push('orange: understated');
  return notes.join(' · ');
}

/** The metric view's chart (or an overview card's metric) as its component knows it. */
export interface TrendExportSource {
  kind?: 'trend';
  metric: string;
  metricLabel: string;
  entity: string;
  unit: string;
  scale: Scale;
  rows: readonly ClaimRow[];
  /** The chart's size on screen, for the "as on screen" preset. */
  screen?: ExportSize;
  /** Document titles by source id, to name a source whose outlet is unknown. */
  titles?: ReadonlyMap<string, string>;
  /** Official series drawn under the claims, and claims' marker colours from their verdicts. */
  official?: readonly OfficialLine[];
  verdictColors?: ReadonlyMap<string, string>;
  /** Verdicts by claim key: a target checked against an official figure is met or missed by it */
  verdicts?: ReadonlyMap<string, OfficialOutcome>;
}

/** The comparison view's chart: one metric in two datasets. */
export interface CompareExportSource {
  kind: 'compare';
  metric: string;
  metricLabel: string;
  entries: readonly DiffEntry[];
  /** Short names for the legend ("baseline", "upload 6 Dec"); full ones for the subtitle. */
  baseName: string;
  otherName: string;
  baseFullName?: string;
  otherFullName?: string;
  screen?: ExportSize;
}

/** A chart as its component knows it: enough to rebuild its option at any size. */
export type ExportSource = TrendExportSource | CompareExportSource;

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
  if (source.kind === 'compare') {
    const { metricLabel, baseName, otherName } = source;
    return buildCompareOption(source.entries, {
      metricLabel,
      baseName,
      otherName,
      animation: false,
    });
  }
  return buildTrendOption(source.rows, {
    metricLabel: source.metricLabel,
    unit: source.unit,
    scale: source.scale,
    animation: false,
    ...(source.titles ? { titles: source.titles } : {}),
    ...(source.official ? { official: source.official } : {}),
    ...(source.verdictColors ? { verdictColors: source.verdictColors } : {}),
  });
}

/** Tile or chart, for the claims of the source's unit (see `presentation`). */
export function trendPresentation(source: TrendExportSource) {
  return presentation(
    source.rows.filter((row) => row.unit === source.unit),
    officialPointCount(source.official ?? []),
  );
}

/** The claims behind the points the chart draws (not those it filters out, e.g. another unit). */
export function plottedRows(source: TrendExportSource, option = sourceOption(source)): ClaimRow[] {
  const shown = trendPresentation(source);
  if (shown.mode === 'tile') return shown.tile;
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

/** The claims of both datasets the comparison chart draws: the chart's unit, with a period. */
export function plottedCompareClaims(source: CompareExportSource): Claim[] {
  const unit = dominantUnit(source.entries);
  return source.entries
    .flatMap((entry) => [entry.before, entry.after])
    .filter(
      (claim): claim is Claim =>
        claim !== null && claim.unit === unit && Number.isFinite(periodToTime(claim.period)),
    );
}

/** The entity part of the file name: the one entity drawn, or "all". */
export function sourceEntity(source: ExportSource): string {
  if (source.kind !== 'compare') return source.entity;
  const entities = new Set(source.entries.map((entry) => entry.entity));
  return entities.size === 1 ? [...entities][0]! : 'all';
}

/** What the dialog opens with: a 16:9 PNG at 2× on white, every line prefilled from the plotted claims. */
export function defaultSettings(source: ExportSource): ExportSettings {
  const rows = source.kind === 'compare' ? plottedCompareClaims(source) : plottedRows(source);
  const unit = source.kind === 'compare' ? dominantUnit(source.entries) : source.unit;
  const titles = defaultTitles(rows, { metricLabel: source.metricLabel, unit });
  if (source.kind === 'compare')
    titles.subtitle = [
      `${source.baseFullName ?? source.baseName} against ${source.otherFullName ?? source.otherName}`,
      titles.subtitle,
    ].join(' · ');
  return {
    format: 'png',
    preset: '16:9',
    scale: 2,
    background: 'white',
    title: titles.title,
    subtitle: titles.subtitle,
    legend: true,
    showSource: true,
    source:
      source.kind === 'compare'
        ? sourceLine(rows)
        : [sourceLine(rows, source.titles), officialSourceLine(drawnOfficial(source))]
            .filter(Boolean)
            .join('. '),
    showNotes: true,
    notes:
      source.kind === 'compare'
        ? compareNotesLine(source.baseName, source.otherName, new Set(rows.map((row) => row.kind)))
        : [
            trendPresentation(source).mode === 'tile' ? '' : notesLine(rows as ClaimRow[]),
            trendPresentation(source).mode === 'tile' ? '' : verdictNotes(source),
            undatedNote(trendPresentation(source).unplaced.length),
          ]
            .filter(Boolean)
            .join(' · '),
  };
}

/**
 * A small-data export's tile: each value as written, with its period, kind and source, and where
 * there is a target its status with the numbers behind it.
 */
export function tileContent(
  source: TrendExportSource,
  today: string,
): NonNullable<Parameters<typeof buildExportOption>[1]['tile']> | undefined {
  const shown = trendPresentation(source);
  if (shown.mode !== 'tile') return undefined;
  const values = shown.tile.map((row) => ({
    value: formatClaimValue(row),
    meta: [
      row.entity,
      row.period ? formatPeriod(row.period) : 'no period stated',
      row.kind,
      sourceName(row, source.titles),
    ].join(' · '),
  }));
  const status = targetStatus(
    source.rows.filter((row) => row.unit === source.unit && row.entity === source.entity),
    today,
    (target) => source.verdicts?.get(target.key),
  );
  return status ? { values, status: status.explanation } : { values };
}

export interface ChartExport {
  option: ExportChartOption;
  size: ExportSize;
  fileName: string;
}

function tileFor(source: TrendExportSource, isoDate: string) {
  const tile = tileContent(source, isoDate.slice(0, 10));
  return tile ? { tile } : {};
}

/** @param isoDate the day of the export, `yyyy-mm-dd`, for the file name. */
export function buildChartExport(
  source: ExportSource,
  settings: ExportSettings,
  isoDate: string,
): ChartExport {
  const size = exportSize(settings.preset, source.screen);
  const tile = source.kind === 'compare' ? {} : tileFor(source, isoDate);
  // A tile draws no axes and no series: only its numbers.
  const base = tile.tile ? { animation: false } : sourceOption(source);
  const option = buildExportOption(base, {
    ...size,
    background: settings.background,
    title: settings.title.trim(),
    subtitle: settings.subtitle.trim(),
    legend: settings.legend,
    source: settings.showSource ? settings.source.trim() : '',
    notes: settings.showNotes ? settings.notes.trim() : '',
    ...tile,
  });
  return {
    option,
    size,
    fileName: exportFileName(source.metric, sourceEntity(source), isoDate, settings.format),
  };
}
