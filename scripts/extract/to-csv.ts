/**
 * The claims CSV written in pieces, so the CLI can stream one document's claims at a time: the
 * header once, then each document's rows, exactly as `serializeClaimsCsv` writes them all at once. Pure.
 */
import type { Claim } from '../../src/lib/claim.ts';
import { serializeClaimsCsv } from '../../src/lib/claims-csv.ts';

/** The header line, with its newline. */
export function claimsCsvHeader(): string {
  const full = serializeClaimsCsv([]);
  return full.slice(0, full.indexOf('\n') + 1);
}

/**
 * The rows of `claims`, without the header; `claimsCsvHeader() + claimsCsvRows(a) + claimsCsvRows(b)`
 * equals `serializeClaimsCsv([...a, ...b])`.
 */
export function claimsCsvRows(claims: readonly Claim[]): string {
  if (claims.length === 0) return '';
  const full = serializeClaimsCsv(claims);
  return full.slice(full.indexOf('\n') + 1);
}
