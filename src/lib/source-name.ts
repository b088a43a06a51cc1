/**
 * Naming a claim's source as a reader knows it: the outlet, else the document's title, never a
 * file id. Titles come from the corpus's `sources.csv` (`parseSourceTitles`, read at build time).
 */
import type { Claim } from './claim.ts';

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
