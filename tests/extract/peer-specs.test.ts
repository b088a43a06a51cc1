/**
 * Peer suites (../shared/peer-specs: Microsoft Recognizers-Text and quantulum3 test data) over the
 * number grammar. Printed: the pass rate of every suite over all its cases. Held to pass: the subset
 * in scope for claims about an economy, as news writes them:
 * - currency: amounts in USD, EUR, GBP, CNY, JPY, KZT, RUB with digits, signs, codes in capitals and
 *   scale words (not cents/pence, "15 dollars 50", lower-case codes, or "MUSD"-style accounting codes);
 * - number: digits with thousands separators, decimals, scale words and simple number words (not
 *   fractions, lakh/crore, exponents, IP addresses, European decimal commas or "nought");
 * - percent: "N%", "N percent", "N percentage" (not the "percent of N" search-query form);
 * - range: one qualifier before one number ("more than thirty", "up to 700", "below 170");
 * - ordinal: "1st", "the first"… give no quantity;
 * - quantulum3: sentences whose quantities are all currencies or percentages; errors.json must not crash.
 * Dimensions (lengths, weights) are out of scope: measured only.
 */
import { describe, expect, test } from 'vitest';
import { PEER_SPECS, peerSpecsPresent, runPeerSpecs, type CaseResult } from './peer-specs.ts';

describe('peer suites over the number grammar', () => {
  test('the peer suites are present beside the repository', () => {
    expect(peerSpecsPresent(), `peer suites not found at ${PEER_SPECS}: clone the repository with shared/ beside it (../shared/peer-specs)`).toBe(true);
  });

  const results: CaseResult[] = peerSpecsPresent() ? runPeerSpecs() : [];
  const suites = [...new Set(results.map((r) => r.suite))];

  test('pass rates over everything (printed)', () => {
    const rate = (list: CaseResult[]) => (list.length === 0 ? '  n/a' : `${((100 * list.filter((r) => r.pass).length) / list.length).toFixed(1)}%`);
    const lines = suites.map((suite) => {
      const all = results.filter((r) => r.suite === suite);
      const held = all.filter((r) => r.inScope);
      return `${suite.padEnd(20)} all ${String(all.filter((r) => r.pass).length).padStart(3)}/${String(all.length).padEnd(3)} ${rate(all).padStart(6)}   held ${held.filter((r) => r.pass).length}/${held.length}`;
    });
    lines.push(`${'total'.padEnd(20)} all ${results.filter((r) => r.pass).length}/${results.length} ${rate(results)}   held ${results.filter((r) => r.inScope && r.pass).length}/${results.filter((r) => r.inScope).length}`);
    console.log(`── peer suites (${PEER_SPECS})\n${lines.join('\n')}`);
    expect(results.length).toBeGreaterThan(700);
  });

  test('every case in scope passes', () => {
    const held = results.filter((r) => r.inScope);
    expect(held.length).toBeGreaterThan(150);
    const failures = held.filter((r) => !r.pass).map((r) => `${r.suite}: ${JSON.stringify(r.input.slice(0, 100))} — ${r.why}`);
    expect(failures).toEqual([]);
  });
});
