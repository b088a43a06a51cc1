/**
 * `npm run bench`: runs each benchmark in its own process, so peak memory and timings of one
 * do not leak into the next, and prints their figures. Each benchmark prints its own table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** In the order they run; `--only NAME` runs one. */
const BENCHMARKS = ['extract', 'dashboard', 'export', 'upload', 'documents'] as const;

const { values } = parseArgs({ options: { only: { type: 'string' } }, strict: true });
const selected = values.only ? BENCHMARKS.filter((name) => name === values.only) : BENCHMARKS;
if (selected.length === 0) {
  console.error(`Unknown benchmark "${values.only}". Known: ${BENCHMARKS.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of selected) {
  const file = `scripts/bench/${name}.ts`;
  if (!existsSync(file)) {
    console.log(`\n## ${name}: not written yet (${file})`);
    continue;
  }
  console.log(`\n## ${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`${name} benchmark failed (exit ${result.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
