/**
 * Naming a claim's source as a reader knows it: the outlet, else the document's title, never a
 * file id. Titles come from the corpus's `sources.csv` (file,title,outlet,url,published).
 */
import Papa from 'papaparse';
import type { Claim } from './claim.ts';

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

/**
 * @example sourceName({ source_outlet: 'Daryo', source_id: 'x' }) // 'Daryo'
 * @example sourceName({ source_outlet: '', source_id: 'x' }, new Map([['x', 'A speech']])) // 'A speech'
 * @example sourceName({ source_outlet: '', source_id: 'x' }) // 'unknown source'
 */
export function sourceName(
  claim: Pick<Claim, 'source_outlet' | 'source_id'>,
  titles?: ReadonlyMap<string, string>,
): string {
  return claim.source_outlet.trim() || titles?.get(claim.source_id)?.trim() || 'unknown source';
}
