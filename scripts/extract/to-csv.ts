/**
 * The claims CSV written in pieces, so the CLI can stream one document's claims at a time: the
 * header once, then each document's rows, exactly as `serializeClaimsCsv` writes them all at once. Pure.
 */
import { CLAIM_COLUMNS, type Claim } from '../../src/lib/claim.ts';
import { serializeClaimsCsv } from '../../src/lib/claims-csv.ts';

/** The header line, with its newline. */
export function claimsCsvHeader(): string {
  const full = serializeClaimsCsv([]);
  return full.slice(0, full.indexOf('\n') + 1);
}

/** What makes PapaParse (as `serializeClaimsCsv` calls it) quote a field: a delimiter, quote, line break or byte-order mark. */
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;

/** One field as `Papa.unparse` writes it with its default options. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (!NEEDS_QUOTES.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The rows of `claims`, without the header; `claimsCsvHeader() + claimsCsvRows(a) + claimsCsvRows(b)`
 * equals `serializeClaimsCsv([...a, ...b])`. Written directly rather than through PapaParse (same
 * quoting rules, checked by the tests), which took a tenth of the extractor's time.
 */
export function claimsCsvRows(claims: readonly Claim[]): string {
  let out = '';
  // the claims of one sentence repeat its quote, source and often metric: each column remembers its
  // last value and how it was written, which spares re-scanning a 150-character quote for every claim
  const lastValues: Array<Claim[keyof Claim] | undefined> = [];
  const lastFields: string[] = [];
  for (const claim of claims) {
    let line = '';
    for (let c = 0; c < CLAIM_COLUMNS.length; c++) {
      if (c > 0) line += ',';
      const value = claim[CLAIM_COLUMNS[c]!];
      if (value !== lastValues[c]) {
        lastValues[c] = value;
        lastFields[c] = field(value);
      }
      line += lastFields[c]!;
    }
    out += line + '\n';
  }
  return out;
}
