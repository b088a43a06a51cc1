/**
 * What the charts and exports need from official figures: a grey line per entity, a colour per
 * claim from its verdict, and a line crediting the official tables drawn.
 */
import type { OfficialIndex, Verdict } from './verdict.ts';
import { VERDICT_COLORS } from './verdict.ts';

export interface OfficialLine {
  entity: string;
  points: { period: string; value: number }[];
  /** "World Bank, World Development Indicators: GDP (current US$), downloaded 2026-07-02 (version 2)". */
  credit: string[];
}

/** How many official points a chart of these lines draws. */
export function officialPointCount(lines: readonly OfficialLine[]): number {
  return lines.reduce((sum, line) => sum + line.points.length, 0);
}

/**
 * @example officialLines(index, 'gdp', ['Kazakhstan'], 'USD') // [{ entity: 'Kazakhstan', points: [{ period: '2010', value: 1.48e11 }, …], credit: [...] }]
 */
export function officialLines(
  index: OfficialIndex,
  metric: string,
  entities: readonly string[],
  unit: string,
): OfficialLine[] {
  const lines: OfficialLine[] = [];
  for (const entity of entities) {
    const series = index.series(metric, entity, unit);
    if (series.length === 0) continue;
    const credit = new Set(
      series.map(
        ({ source, value }) =>
          `${source.source || source.name}: ${value.indicator}, downloaded ${source.downloaded}` +
          (source.vintage > 1 ? ` (version ${source.vintage})` : ''),
      ),
    );
    lines.push({
      entity,
      points: series.map(({ value }) => ({ period: value.period, value: value.value })),
      credit: [...credit],
    });
  }
  return lines;
}

/**
 * The export's credit for the official figures drawn.
 * @example officialSourceLine(lines) // 'Official figures: World Bank, World Development Indicators: GDP (current US$), downloaded 2026-07-02'
 */
export function officialSourceLine(lines: readonly OfficialLine[]): string {
  const credit = [...new Set(lines.flatMap((line) => line.credit))];
  return credit.length > 0 ? `Official figures: ${credit.join('; ')}` : '';
}

/** Marker colours of claims whose verdict compares them with an official figure. */
export function verdictColors(
  verdicts: ReadonlyMap<string, Verdict>,
  keys: Iterable<string>,
): Map<string, string> {
  const colors = new Map<string, string>();
  for (const key of keys) {
    const status = verdicts.get(key)?.status;
    if (status === 'consistent' || status === 'overstated' || status === 'understated')
      colors.set(key, VERDICT_COLORS[status]);
  }
  return colors;
}
