/**
 * `npm run eval:peers -- --specs DIR`: grades the number grammar against the public test suites of
 * two other number extractors (Microsoft Recognizers-Text and quantulum3), kept outside the
 * repository. Prints the pass rate of every suite over all its cases, and exits non-zero when a
 * case in scope for claims about an economy fails (the scope is described in `peer-specs.ts`).
 * Opt-in, so that `npm test` needs nothing beside the repository.
 */
import { parseArgs } from 'node:util';
import { peerSpecsPresent, runPeerSpecs, type CaseResult } from './peer-specs.ts';

const { values } = parseArgs({
  strict: true,
  options: { specs: { type: 'string', default: process.env.SANDAR_PEER_SPECS ?? '' } },
});
const folder = values.specs;
if (!folder || !peerSpecsPresent(folder)) {
  console.error(
    `eval:peers: no peer suites at "${folder}". Point it at a folder holding recognizers-text/ and ` +
      'quantulum3/: npm run eval:peers -- --specs PATH (or set SANDAR_PEER_SPECS).',
  );
  process.exit(2);
}

const results = runPeerSpecs(folder);
const rate = (list: CaseResult[]) =>
  list.length === 0
    ? '  n/a'
    : `${((100 * list.filter((r) => r.pass).length) / list.length).toFixed(1)}%`;
const line = (name: string, all: CaseResult[]) => {
  const held = all.filter((r) => r.inScope);
  const passed = all.filter((r) => r.pass).length;
  return `${name.padEnd(20)} all ${String(passed).padStart(3)}/${String(all.length).padEnd(3)} ${rate(all).padStart(6)}   in scope ${held.filter((r) => r.pass).length}/${held.length}`;
};
const suites = [...new Set(results.map((r) => r.suite))];
console.log(`peer suites in ${folder}`);
for (const suite of suites)
  console.log(
    line(
      suite,
      results.filter((r) => r.suite === suite),
    ),
  );
console.log(line('total', results));

const failures = results.filter((r) => r.inScope && !r.pass);
for (const f of failures)
  console.log(`FAIL ${f.suite}: ${JSON.stringify(f.input.slice(0, 100))} — ${f.why}`);
process.exit(failures.length === 0 ? 0 : 1);
