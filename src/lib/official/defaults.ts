/**
 * What the mapping step starts from: the publisher named after the layout, each indicator's
 * metric, unit and scale suggested, or taken from the mapping remembered for the layout.
 */
import type { Shape } from './layout.ts';
import type { IndicatorChoice, LayoutMapping } from './official.ts';
import type { IndicatorSummary } from './read-table.ts';
import { suggestMetric, type CatalogueMetric } from './suggest.ts';

const PUBLISHERS: Partial<Record<Shape, string>> = {
  wdi: 'World Bank, World Development Indicators',
  weo: 'IMF, World Economic Outlook',
  bureau: 'Bureau of National Statistics',
};

/**
 * @example defaultSource('wdi', 'API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv') // 'World Bank, World Development Indicators'
 * @example defaultSource('long', 'figures.csv') // 'figures.csv'
 */
export function defaultSource(shape: Shape, fileName: string): string {
  return PUBLISHERS[shape] ?? fileName;
}

/**
 * One choice per indicator: the remembered one where the layout was mapped before, else the
 * suggestion from the catalogue with the unit and scale read from the indicator's words.
 */
export function defaultChoices(
  indicators: readonly IndicatorSummary[],
  catalogue: readonly CatalogueMetric[],
  remembered?: Pick<LayoutMapping, 'indicators'>,
): IndicatorChoice[] {
  const before = new Map(remembered?.indicators.map((c) => [c.key, c]));
  return indicators.map((indicator) => {
    const known = before.get(indicator.key);
    if (known) return { ...known };
    const suggestion = suggestMetric(indicator, catalogue);
    return {
      key: indicator.key,
      metric: suggestion?.metric ?? '',
      unit: indicator.reading.unit,
      scale: indicator.reading.scale,
    };
  });
}

/**
 * The suggested choices (`defaultChoices` without a remembered mapping, as the data worker
 * makes them) with the remembered mapping's choice taking the place of each indicator it has.
 * @example withRemembered([gdp], { indicators: [{ ...gdp, metric: '' }] })[0].metric // ''
 */
export function withRemembered(
  suggested: readonly IndicatorChoice[],
  remembered?: Pick<LayoutMapping, 'indicators'>,
): IndicatorChoice[] {
  const before = new Map(remembered?.indicators.map((c) => [c.key, c]));
  return suggested.map((choice) => ({ ...(before.get(choice.key) ?? choice) }));
}
