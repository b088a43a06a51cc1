/**
 * The words around an exported chart: default title and subtitle, the source line naming the
 * documents behind the plotted points, the notes line explaining the markers drawn, and the file name.
 * Pure, so tests read them as data.
 */
import type { Claim } from '../lib/claim.ts';
import { findConflicts, type ClaimRow } from '../lib/claim-rows.ts';
import { QUALIFIER_SYMBOLS, QUALIFIER_WORDS, formatPeriod, unitName } from '../lib/format.ts';
import { effectivePeriod } from '../lib/progress.ts';
import type { Qualifier } from '../lib/claim.ts';

/** Qualifiers in the order the notes line explains them (the order of the on-screen legend note). */
const NOTED_QUALIFIERS: readonly Qualifier[] = [
  'more_than',
  'at_least',
  'approx',
  'approaching',
  'less_than',
  'up_to',
];

/**
 * @example defaultTitles([{ metric_label: 'IT services exports', entity: 'Kazakhstan', unit: 'USD', period: '2023', … }])
 *   // { title: 'IT services exports', subtitle: 'Kazakhstan · USD ($) · 2023' }
 */
export function defaultTitles(
  rows: readonly Pick<
    Claim,
    'metric' | 'metric_label' | 'entity' | 'unit' | 'unit_label' | 'period' | 'source_date'
  >[],
  fallback: { metricLabel?: string; unit?: string } = {},
): { title: string; subtitle: string } {
  const first = rows[0];
  const title = fallback.metricLabel || first?.metric_label || first?.metric || 'Chart';
  const entities = [...new Set(rows.map((row) => row.entity).filter(Boolean))];
  const unit = fallback.unit ?? first?.unit ?? '';
  const years = rows
    .map((row) => effectivePeriod(row).slice(0, 4))
    .filter(Boolean)
    .sort();
  const span =
    years.length === 0 ? '' : years[0] === years.at(-1) ? years[0]! : `${years[0]}–${years.at(-1)}`;
  const parts = [
    entities.length > 3
      ? `${entities.slice(0, 3).join(', ')} and ${entities.length - 3} more`
      : entities.join(', '),
    unit ? unitName(unit, rows.find((row) => row.unit === unit)?.unit_label ?? '') : '',
    span,
  ];
  return { title, subtitle: parts.filter(Boolean).join(' · ') };
}

/**
 * Publication dates, oldest first, with each year written once.
 * @example datesText(['2019-01-10', '2019-02-11', '2020-03']) // '10 Jan, 11 Feb 2019, Mar 2020'
 */
export function datesText(dates: readonly string[]): string {
  const byYear = new Map<string, string[]>();
  for (const date of [...new Set(dates)].sort()) {
    const year = date.slice(0, 4);
    const withinYear = formatPeriod(date).replace(/\s*\d{4}$/, '');
    const list = byYear.get(year) ?? [];
    if (withinYear) list.push(withinYear);
    byYear.set(year, list);
  }
  return [...byYear]
    .map(([year, parts]) => (parts.length > 0 ? `${parts.join(', ')} ${year}` : year))
    .join(', ');
}

/**
 * The documents behind the points: each outlet once (in order of its first document) with the
 * dates of its documents, so a chart drawn from many articles still fits a line or two.
 * @example sourceLine([{ source_outlet: 'Kursiv', source_date: '2024-03-01' }]) // 'Source: Kursiv, 1 Mar 2024'
 */
export function sourceLine(
  rows: readonly Pick<Claim, 'source_outlet' | 'source_id' | 'source_date'>[],
): string {
  const outlets = new Map<string, Set<string>>();
  const sorted = [...rows].sort((a, b) =>
    a.source_date < b.source_date ? -1 : a.source_date > b.source_date ? 1 : 0,
  );
  for (const row of sorted) {
    const name = row.source_outlet.trim() || row.source_id.trim() || 'unknown source';
    const dates = outlets.get(name) ?? new Set<string>();
    dates.add(row.source_date);
    outlets.set(name, dates);
  }
  if (outlets.size === 0) return '';
  const documents = [...outlets.values()].reduce((sum, dates) => sum + dates.size, 0);
  const parts = [...outlets].map(([name, dates]) => {
    const known = [...dates].filter(Boolean);
    return known.length > 0 ? `${name}, ${datesText(known)}` : name;
  });
  return `${documents === 1 ? 'Source' : 'Sources'}: ${parts.join('; ')}`;
}

/**
 * Explains only the markers the chart shows: qualifiers on points, hollow targets, forecasts, conflicts.
 * @example notesLine([{ qualifier: 'more_than', kind: 'actual' }, { qualifier: 'exact', kind: 'target' }])
 *   // '> more than · hollow dots, dashed line: target'
 */
export function notesLine(rows: readonly ClaimRow[]): string {
  const notes: string[] = [];
  const qualifiers = new Set(rows.map((row) => row.qualifier));
  for (const qualifier of NOTED_QUALIFIERS) {
    if (qualifiers.has(qualifier))
      notes.push(`${QUALIFIER_SYMBOLS[qualifier]} ${QUALIFIER_WORDS[qualifier]}`);
  }
  const kinds = new Set(rows.map((row) => row.kind));
  if (kinds.has('actual') && kinds.size > 1) notes.push('filled dots, solid line: actual');
  if (kinds.has('target')) notes.push('hollow dots, dashed line: target');
  if (kinds.has('forecast')) notes.push('hollow diamonds, dotted line: forecast');
  if (findConflicts(rows).size > 0)
    notes.push('! and red ring: claims that disagree for the same period');
  return notes.join(' · ');
}

/**
 * The comparison chart's markers (see `buildCompareOption`).
 * @example compareNotesLine('baseline', 'new.csv') // 'faint grey: baseline · blue: new.csv · red ring: changed or removed'
 */
export function compareNotesLine(baseName: string, otherName: string): string {
  return `faint grey: ${baseName} · blue: ${otherName} · red ring: changed or removed`;
}

/** A file-name part: ASCII letters, digits, `_` and `-` only, at most 60 characters. */
export function safeFileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * @example exportFileName('it_services_exports', 'Kazakhstan', '2026-11-22', 'png')
 *   // 'it_services_exports-kazakhstan-2026-11-22.png'
 */
export function exportFileName(
  metric: string,
  entity: string,
  isoDate: string,
  extension: 'png' | 'svg',
): string {
  const parts = [
    safeFileNamePart(metric) || 'chart',
    safeFileNamePart(entity) || 'all',
    isoDate.slice(0, 10),
  ];
  return `${parts.join('-')}.${extension}`;
}

/** Today's date as the user's calendar reads it, `yyyy-mm-dd`. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
