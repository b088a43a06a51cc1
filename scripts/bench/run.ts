/**
 * `npm run bench`: runs each benchmark in its own process, so peak memory and timings of one
 * do not leak into the next, and prints their figures. Each benchmark prints its own table.
 * `--check` makes the dashboard and extract benches fail when their figures are more than 15%
 * worse than the README's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** In the order they run; `--only NAME` runs one. */
const BENCHMARKS = ['extract', 'dashboard', 'export', 'upload', 'official', 'documents'] as const;

const { values } = parseArgs({
  options: { only: { type: 'string' }, check: { type: 'boolean', default: false } },
  strict: true,
});
/** Flags each benchmark takes from `npm run bench`. */
const FLAGS: Partial<Record<(typeof BENCHMARKS)[number], string[]>> = {
  dashboard: values.check ? ['--check'] : [],
  extract: values.check ? ['--check'] : [],
};
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
  const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...(FLAGS[name] ?? [])], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed++;
    console.error(`${name} benchmark failed (exit ${result.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
