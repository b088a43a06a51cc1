/**
 * The shipped claims as the app receives them: `data/claims.csv` read and validated once, at build
 * time (`shippedClaimsFromCsv` in claims-csv.ts, run in Node by a Vite plugin in vite.config.ts),
 * so a first visit fetches them as JSON and needs neither PapaParse nor the validator before its
 * first chart. The CSV stays the source of truth; uploads are read in the browser by the same
 * parser. Only types are imported here: this module is on the first screen.
 */
import type { Claim } from './claim.ts';
import type { CsvProblem } from './csv-problem.ts';

export interface ShippedClaims {
  /** `contentHash` of the CSV text: the baseline is stored again only when it changes. */
  hash: string;
  fileName: string;
  claims: Claim[];
  /** What the CSV's validation found, as an upload of it would list it. */
  problems: CsvProblem[];
}

/**
 * Checks the shape of fetched shipped claims, naming the file when it is not what the build wrote.
 *
 * @example readShippedClaims({ hash: 'h1-9', fileName: 'claims.csv', claims: [], problems: [] }, url)
 * // the same object; readShippedClaims('<html>…', url) throws "… is not the shipped claims …"
 */
export function readShippedClaims(json: unknown, url: string): ShippedClaims {
  const shipped = json as Partial<ShippedClaims> | null;
  if (
    !shipped ||
    typeof shipped.hash !== 'string' ||
    typeof shipped.fileName !== 'string' ||
    !Array.isArray(shipped.claims) ||
    !Array.isArray(shipped.problems)
  )
    throw new Error(`${url} is not the shipped claims the build writes (hash, claims, problems)`);
  return shipped as ShippedClaims;
}
