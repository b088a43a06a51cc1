/**
 * Groups metrics by theme for the overview. Each metric's theme is the `theme` column of the
 * metric catalogue (`data/metrics.csv`), the registry the extractor reads its phrases from; a
 * metric the catalogue does not list is "Other".
 */
import Papa from 'papaparse';

export const THEMES = [
  'Economy',
  'IT sector',
  'AI',
  'Education',
  'Digital government',
  'Other',
] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(text: string): text is Theme {
  return (THEMES as readonly string[]).includes(text);
}

/**
 * Each metric's theme from the text of a metric catalogue; lines starting with `#` are notes.
 * Throws on a row whose theme is not one of `THEMES`, naming its row.
 *
 * @example themesFromCatalogue('metric,label,units,entity,phrases,theme\ngdp,GDP,,,GDP,Economy\n')
 *   // Map { 'gdp' => 'Economy' }
 */
export function themesFromCatalogue(text: string): ReadonlyMap<string, Theme> {
  const records = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = (records[0] ?? []).map((name) => name.trim());
  const metricAt = header.indexOf('metric');
  const themeAt = header.indexOf('theme');
  if (metricAt < 0 || themeAt < 0)
    throw new Error('metric catalogue, row 1: needs a "metric" and a "theme" column');
  const themes = new Map<string, Theme>();
  records.forEach((record, index) => {
    const metric = record[metricAt]?.trim() ?? '';
    if (index === 0 || metric === '' || metric.startsWith('#')) return;
    const theme = record[themeAt]?.trim() ?? '';
    if (!isTheme(theme))
      throw new Error(
        `metric catalogue, row ${index + 1}, column "theme": "${theme}" is not one of ${THEMES.join(', ')}`,
      );
    themes.set(metric, theme);
  });
  return themes;
}

/**
 * @example themeOf('gdp', new Map([['gdp', 'Economy']])) // 'Economy'
 * @example themeOf('wheat_harvest', new Map()) // 'Other'
 */
export function themeOf(metric: string, themes: ReadonlyMap<string, Theme>): Theme {
  return themes.get(metric) ?? 'Other';
}
