/** The shipped corpus's document titles, to name a source whose outlet is unknown. */
// seeds/sources.csv, read at build time (vite.config.ts, `readAtBuild`): [file, title] pairs.
import titles from '/seeds/sources.csv?source-titles';

export const SOURCE_TITLES: ReadonlyMap<string, string> = new Map(titles);
