/**
 * The corpus's document titles, from its `sources.csv` (file,title,outlet,url,published). Read at
 * build time (vite.config.ts), so PapaParse stays off the first screen.
 */
import Papa from 'papaparse';

/**
 * Document titles by source id (the file name without `.txt`); lines without a title are skipped.
 * @example parseSourceTitles('file,title\na.txt,A report\n') // Map { 'a' => 'A report' }
 */
export function parseSourceTitles(csv: string): Map<string, string> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const titles = new Map<string, string>();
  for (const row of parsed.data) {
    const file = (row.file ?? '').trim();
    const title = (row.title ?? '').trim();
    if (file && title) titles.set(file.replace(/\.txt$/i, ''), title);
  }
  return titles;
}
