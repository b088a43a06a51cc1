/** The shipped corpus's document titles, to name a source whose outlet is unknown. */
import csv from '/seeds/sources.csv?raw';
import { parseSourceTitles } from '../lib/source-name.ts';

export const SOURCE_TITLES: ReadonlyMap<string, string> = parseSourceTitles(csv);
