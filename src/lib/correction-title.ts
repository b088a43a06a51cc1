/**
 * The "corrected" mark's hover text, kept apart from `corrections.ts` (and its CSV parser) so the
 * table can show it without loading the corrections code.
 */
import type { Claim } from './claim.ts';
import type { Correction } from './corrections.ts';
import { formatClaimValue } from './format.ts';

/**
 * What the "corrected" mark says on hover: who corrected the claim and when (the last
 * correction), and the original as stored.
 * @example correctionTitle(original, { author: 'Aigerim', createdAt: Date.UTC(2025, 2, 1), … })
 * // 'Corrected by Aigerim on 2025-03-01; originally $1 billion, 2025'
 */
export function correctionTitle(original: Claim, latest: Correction | undefined): string {
  const who = latest?.author ? ` by ${latest.author}` : '';
  const when = latest ? ` on ${new Date(latest.createdAt).toISOString().slice(0, 10)}` : '';
  return `Corrected${who}${when}; originally ${formatClaimValue(original)}, ${original.period || 'no period'}`;
}
