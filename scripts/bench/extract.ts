/**
 * Extraction throughput and peak memory, whole process: generates corpora of news-like documents
 * (streamed to a temporary folder, never held in memory), runs the extract script on each as a child
 * process (and `npm run extract` on the largest), and prints MB/s and peak RSS. Two corpus sizes
 * show whether memory stays flat. The generated news runs ~3.7 claims per KB (the seeds: ~1 per
 * KB), so it is no easier than real text.
 *
 *   npm run bench -- --only extract
 *   npx tsx scripts/bench/extract.ts --sizes 10,40 --runs 3 --one-line 50   (0: none on one line)
 *
 * `--baseline FILE`: another built CLI (say main's `build/extract/cli.js`), run in turn with this
 * one on each corpus, so the two compare in one run under the same load; both then also run on the
 * seeds and each gold corpus, and the bench fails unless the two wrote the same claims.csv, byte for
 * byte, on every corpus (a speed-up must not change the output). `--check` fails when the
 * CPU throughput on the largest corpus is more than 15% below the README's figure of record: CPU
 * time, not wall time, because two cores shared with other work move the wall time far more.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { belowRecorded, readmeFigure } from './readme-figures.ts';
import { writeCsv } from '../../src/lib/csv-write.ts';
import { recordsOf } from '../extract/sources.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,40' },
    runs: { type: 'string', default: '3' },
    'generate-only': { type: 'string' },
    'one-line': { type: 'string', default: '50' },
    baseline: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
  strict: true,
});
const sizesMb = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

/** A small deterministic generator, so every run measures the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

const SUBJECTS = [
  'Kazakhstan’s IT services exports',
  'The country’s GDP',
  'Foreign direct investment',
  'Trade between Kazakhstan and China',
  'Astana Hub residents’ revenue',
  'The average monthly salary',
  'Budget revenues',
  'Investment in fixed capital',
  'Cashless payments',
  'The National Fund’s assets',
  'Grain exports',
  'Retail trade',
];
const VERBS = [
  'reached',
  'grew by',
  'exceeded',
  'approached',
  'amounted to',
  'rose to',
  'totalled',
  'surpassed',
];
const QUALIFIERS = [
  '',
  'nearly ',
  'over ',
  'about ',
  'more than ',
  'at least ',
  'up to ',
  'around ',
];
const PLACES = [
  'in Almaty',
  'in Astana',
  'nationwide',
  'in Shymkent region',
  'worldwide',
  'in Russia',
  'in Uzbekistan',
];
const NOUNS = [
  'companies',
  'students',
  'startups',
  'participants',
  'tourists',
  'jobs',
  'projects',
  'data centers',
];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

function amount(next: () => number): string {
  const n = (next() * 900 + 1).toFixed(next() < 0.5 ? 1 : 0);
  const forms = [
    `$${n} billion`,
    `${n} billion tenge`,
    `US$${n} million`,
    `₸${n} bn`,
    `${n} trln tenge`,
    `$${n} mn`,
    `KZT ${n} billion`,
    `${n}%`,
    `${(next() * 5 + 1).toFixed(1)} times`,
  ];
  return forms[Math.floor(next() * forms.length)]!;
}

const FILLER_SUBJECTS = [
  'The President',
  'The Minister of Digital Development',
  'Experts',
  'The head of state',
  'Officials',
  'The agency',
  'Participants of the forum',
  'The government',
  'Local entrepreneurs',
  'Analysts',
];
const FILLER_VERBS = [
  'emphasized',
  'noted',
  'stressed',
  'underlined',
  'recalled',
  'pointed out',
  'reiterated',
  'argued',
];
const FILLER_OBJECTS = [
  'the importance of digital transformation for all sectors of the economy',
  'that artificial intelligence must become a driver of national development',
  'the need to train qualified specialists in the regions',
  'the role of venture capital in supporting innovation',
  'that data protection remains a strategic priority for the country',
  'the potential of the Middle Corridor for regional trade',
  'the significance of public-private partnership in infrastructure',
  'that the regulatory framework should follow the best international practices',
];

/** About three sentences in four carry no figure, as in real news. */
function sentence(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const year = 2015 + Math.floor(next() * 15);
  if (next() < 0.75)
    return `${pick(FILLER_SUBJECTS)} ${pick(FILLER_VERBS)} ${pick(FILLER_OBJECTS)}.`;
  switch (Math.floor(next() * 8)) {
    case 0:
      return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(QUALIFIERS)}${amount(next)} in ${year}, the ministry said.`;
    case 1:
      return `The government aims to raise ${pick(SUBJECTS).toLowerCase()} to ${amount(next)} by ${year + 5}, according to the plan.`;
    case 2:
      return `${pick(QUALIFIERS).trim() || 'Some'} ${Math.floor(next() * 90000 + 100).toLocaleString('en-US')} ${pick(NOUNS)} were registered ${pick(PLACES)} last year.`;
    case 3:
      return `In ${pick(MONTHS)}-${pick(MONTHS)} ${year}, the indicator rose from ${(next() * 50).toFixed(1)}% to ${(next() * 50 + 50).toFixed(1)}%, compared with ${amount(next)} a year earlier.`;
    case 4:
      return `Analysts expect ${pick(SUBJECTS).toLowerCase()} to grow ${(next() * 9 + 1).toFixed(1)}-fold within ${2 + Math.floor(next() * 4)} years, while the IMF projects ${(next() * 6).toFixed(1)}% growth.`;
    case 5:
      return `The forum, held on ${pick(MONTHS)} ${1 + Math.floor(next() * 28)}, brought together delegations from ${10 + Math.floor(next() * 90)} countries and discussed the Digital Bridge ${year} agenda.`;
    case 6:
      return `Officials said ${amount(next)} (${amount(next)}) would be allocated to ${pick(NOUNS)} over the next ${2 + Math.floor(next() * 3)} years.`;
    default:
      return `President Tokayev noted that artificial intelligence is one of the key pillars of the economy and called for faster reforms.`;
  }
}

/** Writes about `megabytes` MB of documents of 2–12 KB into `dir`, one at a time, and their sources.csv. */
function generateCorpus(dir: string, megabytes: number): number {
  const next = random(megabytes * 7919);
  const target = megabytes * 1024 * 1024;
  const sources = openSync(join(dir, 'sources.csv'), 'w');
  writeSync(sources, 'file,title,outlet,url,published\n');
  let written = 0;
  for (let doc = 0; written < target; doc++) {
    const name = `doc-${String(doc).padStart(6, '0')}.txt`;
    const size = 2048 + Math.floor(next() * 10240);
    const paragraphs: string[] = [`Economic news report number ${doc}`];
    let length = 0;
    while (length < size) {
      const paragraph = Array.from({ length: 2 + Math.floor(next() * 4) }, () =>
        sentence(next),
      ).join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    if (doc % 10 === 0)
      paragraphs.push('Photo credits: Akorda', 'Comments 12', 'Очень интересно, спасибо 100 раз!');
    const text = paragraphs.join('\n\n');
    const fd = openSync(join(dir, name), 'w');
    writeSync(fd, text);
    closeSync(fd);
    written += Buffer.byteLength(text);
    const year = 2016 + Math.floor(next() * 10);
    writeSync(
      sources,
      `${name},Report ${doc},Bench Times,,${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}\n`,
    );
  }
  closeSync(sources);
  return written;
}

/**
 * Writes one document of about `megabytes` MB with no line break at all (a scraped page, PDF
 * text, a minified dump): the same sentences, joined by spaces. Sentences and paragraphs are
 * capped, so it takes about as long as a corpus of the same size.
 */
function generateOneLine(dir: string, megabytes: number): number {
  const next = random(megabytes * 104729);
  const fd = openSync(join(dir, 'one-line.txt'), 'w');
  let written = 0;
  while (written < megabytes * 1024 * 1024) {
    const chunk = Array.from({ length: 2000 }, () => sentence(next)).join(' ') + ' ';
    writeSync(fd, chunk);
    written += Buffer.byteLength(chunk);
  }
  closeSync(fd);
  return written;
}

if (values['generate-only']) {
  // for profiling: write one corpus of the first size into the given folder and stop
  const bytes = generateCorpus(resolve(values['generate-only']), sizesMb[0] ?? 10);
  console.log(`${(bytes / 1048576).toFixed(1)} MB written to ${values['generate-only']}`);
  process.exit(0);
}

/** The `extract` script of package.json: node runs the built CLI, bundling it first when stale. */
const EXTRACT_SCRIPT = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['extract']!;

/**
 * Runs the extractor on `dir` and times it: as the extract script's own command line (the whole
 * extraction: shell, node start-up, the check that the bundle is up to date, worker threads,
 * writing the CSV), through `npm run extract`, which adds npm's own start-up (about 0.25 s here),
 * or as `node --expose-gc <baseline>` for another built CLI.
 */
function timeExtraction(dir: string, out: string, through: 'script' | 'npm' | 'baseline') {
  // the catalogue named, so a baseline built elsewhere reads the same one
  const args = ['--in', dir, '--out', out, '--catalogue', CATALOGUE, '--quiet'];
  const started = process.hrtime.bigint();
  const options = {
    cwd: ROOT,
    encoding: 'utf8' as const,
    env: {
      ...process.env,
      SANDAR_EXTRACT_STATS: '1',
      PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
    },
    maxBuffer: 64 * 1024 * 1024,
  };
  const run =
    through === 'baseline'
      ? spawnSync(process.execPath, ['--expose-gc', resolve(values.baseline!), ...args], options)
      : through === 'npm' || process.platform === 'win32'
        ? spawnSync(NPM, ['run', '--silent', 'extract', '--', ...args], options)
        : spawnSync('sh', ['-c', `${EXTRACT_SCRIPT} "$@"`, 'sh', ...args], options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    console.error(run.stderr);
    throw new Error(`extract exited ${run.status} on ${dir}`);
  }
  const stats = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    documents: number;
    claims: number;
    maxRssKb: number;
    cpuMs: number;
  };
  return { seconds, stats };
}

const CATALOGUE = join(ROOT, 'data', 'metrics.csv');
/** Where the baseline writes beside `out`, so the two outputs can be compared. */
const baselineOut = (out: string) => out.replace(/\.csv$/, '-baseline.csv');
/** Corpora on which the two CLIs wrote different claims.csv files. */
const differing: string[] = [];
/** Whether the CLI and the baseline wrote the same bytes for `name`; noted in `differing` if not. */
function sameOutput(name: string, out: string): boolean {
  const same = readFileSync(out).equals(readFileSync(baselineOut(out)));
  if (!same) differing.push(name);
  return same;
}

const rows: string[] = [];
const loadAtStart = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const largest = Math.max(...sizesMb);
const runCount = Math.max(1, Number(values.runs) || 1);
const RUN_AS = { script: 'extract script', npm: 'npm run extract', baseline: 'baseline CLI' };
/** CPU MB/s of the extract script on the largest corpus: the figure `--check` compares. */
let checkedCpuMbPerS = NaN;
for (const megabytes of sizesMb) {
  const dir = mkdtempSync(join(tmpdir(), `sandar-bench-${megabytes}mb-`));
  try {
    const bytes = generateCorpus(dir, megabytes);
    const out = join(dir, 'claims.csv');
    const mib = bytes / (1024 * 1024);
    const mb = bytes / 1e6;
    const ways: Array<'script' | 'npm' | 'baseline'> =
      megabytes === largest ? ['script', 'npm'] : ['script'];
    if (values.baseline) ways.push('baseline');
    // runs in turn (ours, npm, baseline, ours, …), so a change of load hits each alike
    const byWay = new Map(ways.map((way) => [way, [] as ReturnType<typeof timeExtraction>[]]));
    for (let run = 0; run < runCount; run++)
      for (const way of ways)
        byWay.get(way)!.push(timeExtraction(dir, way === 'baseline' ? baselineOut(out) : out, way));
    if (values.baseline) sameOutput(`${megabytes} MiB`, out);
    for (const way of ways) {
      // the median run of several: one run on a 2-core machine moves by ±0.15 s
      const runs = byWay.get(way)!.sort((a, b) => a.seconds - b.seconds);
      const { seconds, stats } = runs[Math.floor(runs.length / 2)]!;
      const all = runs.map((run) => run.seconds.toFixed(2)).join(', ');
      const cpuMbPerS = mb / (stats.cpuMs / 1000);
      if (megabytes === largest && way === 'script') checkedCpuMbPerS = cpuMbPerS;
      rows.push(
        `| ${mib.toFixed(0)} MiB = ${mb.toFixed(1)} MB | ${RUN_AS[way]} | ${stats.documents} | ${stats.claims} | ${seconds.toFixed(2)} s (${all}) | ${(mb / seconds).toFixed(1)} MB/s (${(mib / seconds).toFixed(1)} MiB/s) | ${(stats.cpuMs / 1000).toFixed(2)} s | ${cpuMbPerS.toFixed(1)} MB/s | ${(stats.maxRssKb / 1024).toFixed(0)} MiB | ${(statSync(out).size / 1e6).toFixed(1)} MB |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The seeds and every gold corpus: prose written as news and releases in three languages. */
function proseCorpora(): string[] {
  const gold = join(ROOT, 'tests', 'fixtures', 'gold');
  return [
    join(ROOT, 'seeds'),
    ...readdirSync(gold)
      .map((name) => join(gold, name))
      .filter((dir) => existsSync(join(dir, 'sources.csv'))),
  ];
}

/**
 * The seeds and the gold corpora gathered into `dir` as one corpus (their files and one
 * sources.csv): per byte the extractor finds several times more to read in them than in the
 * generated news (names, places, Russian and Kazakh grammar), so their MB/s is the sober figure.
 * Returns their size in bytes.
 */
function gatherProse(dir: string): number {
  const columns = ['file', 'title', 'outlet', 'url', 'published'];
  const rows: string[][] = [];
  let bytes = 0;
  for (const corpus of proseCorpora()) {
    const [header, ...records] = recordsOf(readFileSync(join(corpus, 'sources.csv'), 'utf8'));
    const at = columns.map((column) => header!.fields.indexOf(column));
    for (const { fields } of records) {
      const row = at.map((index) => (index < 0 ? '' : (fields[index] ?? '')));
      copyFileSync(join(corpus, row[0]!), join(dir, row[0]!));
      bytes += statSync(join(dir, row[0]!)).size;
      rows.push(row);
    }
  }
  writeFileSync(join(dir, 'sources.csv'), writeCsv(columns, rows, 'file'));
  return bytes;
}

{
  const dir = mkdtempSync(join(tmpdir(), 'sandar-bench-prose-'));
  try {
    const bytes = gatherProse(dir);
    const { seconds, stats } = timeExtraction(dir, join(dir, 'claims.csv'), 'script');
    const mb = bytes / 1e6;
    const cpu = stats.cpuMs / 1000;
    rows.push(
      `| the seeds and gold corpora, ${mb.toFixed(2)} MB of prose | extract script | ${stats.documents} | ${stats.claims} | ` +
        `${seconds.toFixed(2)} s (one run) | ${(mb / seconds).toFixed(2)} MB/s | ${cpu.toFixed(2)} s | ` +
        `${(mb / cpu).toFixed(2)} MB/s | ${(stats.maxRssKb / 1024).toFixed(0)} MiB | ` +
        `${(statSync(join(dir, 'claims.csv')).size / 1e6).toFixed(1)} MB |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const oneLineMb = Number(values['one-line']);
if (oneLineMb > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'sandar-bench-one-line-'));
  try {
    const bytes = generateOneLine(dir, oneLineMb);
    const { seconds, stats } = timeExtraction(dir, join(dir, 'claims.csv'), 'script');
    const mb = bytes / 1e6;
    const size = `one document of ${(bytes / 1048576).toFixed(0)} MiB on one line`;
    const cpu = stats.cpuMs / 1000;
    const csv = statSync(join(dir, 'claims.csv')).size / 1e6;
    rows.push(
      `| ${size} | extract script | 1 | ${stats.claims} | ${seconds.toFixed(2)} s (one run) | ` +
        `${(mb / seconds).toFixed(1)} MB/s | ${cpu.toFixed(2)} s | ` +
        `${(mb / cpu).toFixed(1)} MB/s | ` +
        `${(stats.maxRssKb / 1024).toFixed(0)} MiB | ${csv.toFixed(1)} MB |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (values.baseline) {
  // the seeds and every gold corpus, extracted by both: small, but they hold the grammar's cases
  const corpora = proseCorpora();
  const dir = mkdtempSync(join(tmpdir(), 'sandar-bench-gold-'));
  try {
    for (const corpus of corpora) {
      const out = join(dir, 'claims.csv');
      timeExtraction(corpus, out, 'script');
      timeExtraction(corpus, baselineOut(out), 'baseline');
      sameOutput(corpus.slice(ROOT.length + 1), out);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    differing.length === 0
      ? `Output: the same claims.csv as the baseline's, byte for byte, on the bench corpora, the seeds and ${corpora.length - 1} gold corpora.\n`
      : `Output DIFFERS from the baseline's on: ${differing.join(', ')}\n`,
  );
  if (differing.length > 0) process.exitCode = 1;
}

console.log(
  "Extractor, whole process: wall time from start to exit of the extract script (`node --expose-gc scripts/extract/launch.js`: start-up, the check that build/extract/ is up to date, worker threads, writing the CSV); the npm row adds npm's own start-up. CPU time and peak RSS are the extractor process, all its threads. Documents are streamed in batches to one worker thread per core:\n",
);
console.log(
  `Median of ${runCount} runs each (all runs in brackets); MB = 10^6 bytes and MiB = 2^20 bytes of UTF-8 text.\n`,
);
console.log(
  '| corpus | run as | documents | claims | wall time | wall MB/s | CPU time | CPU MB/s | peak RSS | claims.csv |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(
  `\nTargets: ≥ 12 MB/s (issue 9) and ≥ 20 MB/s (issue 13) wall, whole process, on 40 MiB; peak RSS should not grow with corpus size. Load average at the start: ${loadAtStart}, at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )} on ${cpus().length} cores (wall time suffers when others share the CPU; CPU time does not).`,
);

if (values.check) {
  const recorded = readmeFigure(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'extractor CPU', 2);
  const below = belowRecorded(checkedCpuMbPerS, recorded);
  if (below) process.exitCode = 1;
  console.log(
    `check extractor CPU MB/s on ${largest} MiB: ${checkedCpuMbPerS.toFixed(1)} against README ${recorded}: ${below ? 'WORSE' : 'ok'}`,
  );
}
