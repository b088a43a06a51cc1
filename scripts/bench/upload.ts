/**
 * Upload benchmark: in headless Chromium against the built app, feeds a generated claims CSV of
 * 100,000 rows (~20 MB) and one of 1,000,000 rows through the real file input, imports it and
 * waits for the comparison with the baseline to be on screen. Prints the time from file to
 * stored and compared (without the moment the bench takes to click Import), its parts, the
 * longest main-thread task (PerformanceObserver 'longtask'), and how often progress moved.
 *
 * `--verbose` also lists every long task with its phase. `--against DIR` times another build of
 * the app too (`vite build --mode test --outDir DIR` in another checkout), its runs alternating
 * with this one's, and prints the ratio of their medians: on a shared machine, the way to say
 * whether a change made uploads faster. `--cpu` also traces each run and prints the CPU time of
 * the page's threads while reading and from Import to the comparison (thread-cpu.ts): under load
 * the wall clock mostly times the other work, thread time far less.
 *
 * Targets (issue 13, upload-targets.ts): 100k rows ≤ 1.0 s with no main-thread task over 50 ms;
 * 1M rows ≤ 15 s with progress shown throughout.
 *
 *   npx tsx scripts/bench/upload.ts [--rows 100000,1000000] [--runs 3] [--no-build] [--verbose]
 *     [--against DIR]
 */
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuiltApp, type ServedApp } from './serve-app.ts';
import { uploadVerdict } from './upload-targets.ts';
import { threadCpu, type ThreadTimes, type TraceEvent } from './thread-cpu.ts';
import { launchBrowser } from '../../tests/e2e/browser.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000,1000000' },
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    against: { type: 'string' },
    cpu: { type: 'boolean', default: false },
  },
  strict: true,
});
const sizes = values.rows
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

const OUT_DIR = 'bench-output/upload-dist';

const HEADER =
  'id,metric,metric_label,entity,period,value,unit,unit_label,qualifier,kind,source_id,source_date,source_outlet,source_url,quote,quote_start,quote_end,related_id\n';
const ENTITIES = [
  'Kazakhstan',
  'Astana Hub',
  'Almaty',
  'World',
  'China',
  'Uzbekistan',
  'Kyrgyzstan',
  'Russia',
];
const UNITS = ['USD', 'KZT', 'percent', 'count'];

/** Writes `rows` claims of ~200 bytes each; deterministic, so runs compare. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(HEADER);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const metric = `metric_${i % 250}`;
    const entity = ENTITIES[Math.floor(i / 250) % ENTITIES.length]!;
    const year = 1900 + (Math.floor(i / 2000) % 125);
    const month = String((Math.floor(i / 2000 / 125) % 12) + 1).padStart(2, '0');
    const unit = UNITS[i % UNITS.length]!;
    const value = ((i * 7919) % 1_000_003) * 1.5;
    buffer +=
      `c${i},${metric},Metric ${i % 250},${entity},${year}-${month},${value},${unit},,exact,actual,doc_${i % 97},2025-01-15,` +
      `Example outlet,https://example.org/a/${i % 97},"Metric ${i % 250} for ${entity} was ${value} in ${year}, officials said.",${i % 500},${(i % 500) + 6},\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

interface Figures {
  rows: number;
  megabytes: number;
  readMs: number;
  storeMs: number;
  compareMs: number;
  totalMs: number;
  longestTaskMs: number;
  longTasks: number;
  progressUpdates: number;
  longestProgressGapMs: number;
  stored: number;
  taskList: string;
  /** With `--cpu`: CPU time of the page's threads while reading, and from Import to compared. */
  cpu?: { read: ThreadTimes; after: ThreadTimes };
}

/** The median run by total time, with the longest task of all runs (the worst a user met). */
function medianOf(all: Figures[]): Figures {
  const sorted = [...all].sort((a, b) => a.totalMs - b.totalMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, longestTaskMs: Math.max(...all.map((r) => r.longestTaskMs)) };
}

async function main(): Promise<void> {
  // A test build: the comparison's end is the `sandar:compare-ready` test hook.
  const builds: { name: string; server: ServedApp }[] = [
    { name: 'this build', server: await serveBuiltApp(OUT_DIR, values['no-build'], 'test') },
  ];
  if (values.against && !existsSync(join(values.against, 'index.html')))
    throw new Error(`--against ${values.against}: no built app there (vite build --mode test)`);
  if (values.against)
    builds.push({ name: values.against, server: await serveBuiltApp(values.against, true) });
  const browser = await launchBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'sandar-upload-bench-'));
  const results: { build: string; figures: Figures }[] = [];
  try {
    for (const rows of sizes) {
      const path = join(dir, `claims-${rows}.csv`);
      await writeCsv(path, rows);
      // The machine is shared: several runs of the smaller file, the median printed. One of 1M.
      const runs = rows <= 100_000 ? Math.max(1, Number(values.runs)) : 1;
      const all = builds.map(() => [] as Figures[]);
      // Alternating, so a stretch of load elsewhere slows both builds alike.
      for (let i = 0; i < runs; i++)
        for (const [b, build] of builds.entries())
          all[b]!.push(await run(browser, build.server.baseUrl, path, rows));
      // Each run against the other build's run beside it: under a load that comes and goes, the
      // median of these ratios moves less than the ratio of the medians.
      if (builds.length > 1 && runs > 1) {
        const paired = all[0]!.map((run, i) => run.totalMs / all[1]![i]!.totalMs);
        const sorted = [...paired].sort((a, b) => a - b);
        console.log(
          `${rows} rows, total of each run / its pair's: ${paired.map((r) => r.toFixed(2)).join(', ')}` +
            `; median ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(2)}`,
        );
        if (values.cpu) {
          const cpuRatios = all[0]!.map((run, i) => cpuTotal(run) / cpuTotal(all[1]![i]!));
          console.log(
            `${rows} rows, CPU of each run / its pair's: ${cpuRatios.map((r) => r.toFixed(2)).join(', ')}` +
              `; median ${median(cpuRatios).toFixed(2)}`,
          );
        }
      }
      for (const [b, build] of builds.entries()) {
        const mine = all[b]!;
        if (runs > 1)
          console.log(
            `${rows} rows, ${build.name}, ${runs} runs, ` +
              `total: ${mine.map((r) => ms(r.totalMs)).join(', ')}; ` +
              `longest tasks: ${mine.map((r) => ms(r.longestTaskMs)).join(', ')}; ` +
              `median of each part: read+validate ${ms(median(mine.map((r) => r.readMs)))}, ` +
              `store ${ms(median(mine.map((r) => r.storeMs)))}, ` +
              `compare ${ms(median(mine.map((r) => r.compareMs)))}`,
          );
        if (values.cpu) console.log(cpuLine(rows, build.name, mine));
        results.push({ build: build.name, figures: medianOf(mine) });
      }
    }
  } finally {
    await browser.close();
    for (const build of builds) await build.server.close();
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(
    '\nUpload: file → stored → compared with the baseline (headless Chromium, built app)',
  );
  console.log(
    `Load average when done: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')} on ${cpus().length} cores (other work slows every figure)`,
  );
  console.log('(median run; longest task: the worst of all runs)');
  console.log(
    '| build | rows | MB | read+validate | store | compare | total | longest task | tasks >50 ms ' +
      '| progress moves while reading+storing (longest still) | target |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const { build, figures: r } of results) {
    const { target, met } = uploadVerdict(r);
    console.log(
      `| ${build} | ${r.rows.toLocaleString('en')} | ${r.megabytes.toFixed(1)} ` +
        `| ${ms(r.readMs)} | ${ms(r.storeMs)} | ${ms(r.compareMs)} | ${ms(r.totalMs)} | ` +
        `${ms(r.longestTaskMs)} | ${r.longTasks} | ${r.progressUpdates} (${ms(r.longestProgressGapMs)}) | ${target}: ${met ? 'met' : 'NOT met'} |`,
    );
  }
  if (builds.length > 1)
    for (const rows of sizes) {
      const [mine, theirs] = builds.map(
        (build) => results.find((r) => r.build === build.name && r.figures.rows === rows)!.figures,
      );
      const ratio = (key: 'readMs' | 'storeMs' | 'compareMs' | 'totalMs') =>
        (mine![key] / theirs![key]).toFixed(2);
      console.log(
        `${rows.toLocaleString('en')} rows, this build / ${values.against}: ` +
          `total ${ratio('totalMs')} (read+validate ${ratio('readMs')}, ` +
          `store ${ratio('storeMs')}, compare ${ratio('compareMs')})`,
      );
    }
}

const ms = (value: number) => `${Math.round(value)} ms`;
/** All the page's threads, reading and after Import. */
const cpuTotal = (run: Figures) =>
  run.cpu
    ? [run.cpu.read, run.cpu.after].reduce(
        (sum, t) => sum + t.main + t.worker + t.pool + t.other,
        0,
      )
    : Number.NaN;

/** The median CPU time of each thread kind in each span, over a build's runs. */
function cpuLine(rows: number, build: string, runs: Figures[]): string {
  const part = (span: 'read' | 'after') =>
    (['worker', 'main', 'pool', 'other'] as const)
      .map((kind) => `${kind} ${ms(median(runs.map((r) => r.cpu?.[span][kind] ?? Number.NaN)))}`)
      .join(', ');
  return (
    `${rows} rows, ${build}, CPU (median of each): reading: ${part('read')}; ` +
    `Import to compared: ${part('after')}; all ${ms(median(runs.map(cpuTotal)))}`
  );
}
/** The middle value (the lower of the two middle ones for an even count). */
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

async function run(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  baseUrl: string,
  path: string,
  rows: number,
): Promise<Figures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.stack ?? error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console error: ${message.text()}`);
  });
  // tsx compiles with keepNames, which wraps functions in `__name(...)`; the page needs it too.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.addInitScript(() => {
    const state = { tasks: [] as { start: number; duration: number }[], progress: [] as number[] };
    (window as unknown as { __bench: typeof state }).__bench = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Every time the progress bar moves, note when: "progress shown throughout".
    new MutationObserver((mutations) => {
      if (
        mutations.some(
          (m) =>
            m.target instanceof HTMLProgressElement ||
            (m.target as Element).querySelector?.('progress'),
        )
      ) {
        state.progress.push(performance.now());
      }
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['value'],
      childList: true,
    });
  });
  await page.goto(`${baseUrl}?view=datasets`);
  const input = page.getByTestId('upload-input');
  await input.waitFor({ state: 'attached' });
  if (values.cpu)
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await input.setInputFiles(path);
  const importButton = page.getByTestId('upload-import');
  await importButton.waitFor({ timeout: 120_000 });
  await importButton.click();
  await page
    .waitForFunction(
      () => performance.getEntriesByName('sandar:compare-ready').length > 0,
      undefined,
      {
        timeout: 120_000,
      },
    )
    .catch(async (error: unknown) => {
      const said = await page.locator('[role="alert"]').allTextContents();
      throw new Error(`No comparison after 120 s; the page says: ${JSON.stringify(said)}`, {
        cause: error,
      });
    });
  const figures = await page.evaluate(() => {
    const mark = (name: string) =>
      performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? Number.NaN;
    const start = mark('sandar:upload-start');
    const read = mark('sandar:upload-read');
    const importStart = mark('sandar:import-start');
    const stored = mark('sandar:upload-stored');
    const ready = mark('sandar:compare-ready');
    const bench = (
      window as unknown as {
        __bench: { tasks: { start: number; duration: number }[]; progress: number[] };
      }
    ).__bench;
    // Tasks while the page worked, not while it waited for the bench to click Import.
    const working = bench.tasks.filter(
      (t) =>
        (t.start + t.duration >= start && t.start <= read) ||
        (t.start + t.duration >= importStart && t.start <= ready),
    );
    // Progress moves while reading and while storing; the longest stretch without a move, per phase.
    const gapsIn = (from: number, to: number) => {
      const moves = bench.progress.filter((t) => t >= from && t <= to);
      return {
        count: moves.length,
        longest: Math.max(
          0,
          ...moves.map((t, i) => t - (moves[i - 1] ?? from)),
          to - (moves.at(-1) ?? from),
        ),
      };
    };
    const reading = gapsIn(start, read);
    const storing = gapsIn(importStart, stored);
    const phase = (t: number) =>
      t < read ? 'read' : t < importStart ? 'idle' : t < stored ? 'store' : 'compare';
    const taskList = working
      .map((t) => `${phase(t.start)}+${Math.round(t.start - start)}:${Math.round(t.duration)}`)
      .join(' ');
    return {
      taskList,
      readMs: read - start,
      storeMs: stored - importStart,
      compareMs: ready - stored,
      totalMs: read - start + (ready - importStart),
      longestTaskMs: Math.max(0, ...working.map((t) => t.duration)),
      longTasks: working.length,
      progressUpdates: reading.count + storing.count,
      longestProgressGapMs: Math.max(reading.longest, storing.longest),
      stored: Number(
        document.querySelector('[data-testid="count-added"]')?.textContent?.replace(/,/g, '') ??
          Number.NaN,
      ),
    };
  });
  let cpu: Figures['cpu'];
  if (values.cpu) {
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const times = threadCpu(trace.traceEvents, [
      { name: 'read', from: 'sandar:upload-start', to: 'sandar:upload-read' },
      { name: 'after', from: 'sandar:import-start', to: 'sandar:compare-ready' },
    ]);
    cpu = { read: times.read!, after: times.after! };
  }
  await context.close();
  if (values.verbose)
    console.log(`${rows} rows, long tasks (phase+start:duration ms): ${figures.taskList}`);
  if (!Number.isFinite(figures.totalMs))
    throw new Error(`A mark is missing: ${JSON.stringify(figures)}`);
  return { rows, megabytes: statSync(path).size / 1024 / 1024, ...figures, cpu };
}

await main();
