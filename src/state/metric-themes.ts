/**
 * The shipped metric catalogue's themes, bundled with the app: the same `data/metrics.csv` the
 * extractor reads, so a metric's theme is written in one place.
 */
import catalogue from '../../data/metrics.csv?raw';
import { themesFromCatalogue } from '../lib/themes.ts';

export const METRIC_THEMES = themesFromCatalogue(catalogue);
