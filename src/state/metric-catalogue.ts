/**
 * The metric catalogue (`data/metrics.csv`) as the official mapping step suggests from it, read
 * once. Plain TypeScript: the data worker suggests metrics with it, the page lists its metrics.
 */
import { parseCatalogue } from '../../scripts/extract/catalogue.ts';
import catalogueCsv from '../../data/metrics.csv?raw';
import type { CatalogueMetric } from '../lib/official/suggest.ts';

let catalogue: CatalogueMetric[] | undefined;

export function metricCatalogue(): CatalogueMetric[] {
  catalogue ??= parseCatalogue(catalogueCsv).entries.map((entry) => ({
    metric: entry.metric,
    label: entry.label,
    units: entry.units,
    phrases: entry.phrases,
  }));
  return catalogue;
}
