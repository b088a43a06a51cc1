/**
 * The extractor's command line, run as a user runs it (a child process), over fixture folders:
 * bad input gets a message naming the file (and line), the rest is still extracted, the output is
 * written atomically, and the exit code is non-zero only when nothing could be written.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SOURCE_CLI = join(ROOT, 'scripts/extract/cli.ts');
const BUILT_CLI = join(ROOT, 'build/extract/cli.js');
const FIXTURES = join(ROOT, 'tests/fixtures/extract');
const work = mkdtempSync(join(tmpdir(), 'sandar-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// what `npm run extract` runs: the bundle, built first when missing or stale; `--help` builds it here and stops
const build = spawnSync(
  process.platform === 'win32' ? 'npm.cmd' : 'npm',
  ['run', '--silent', 'extract', '--', '--help'],
  { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
);
if (build.status !== 0 || !build.stdout.includes('usage: npm run extract'))
  throw new Error(`npm run extract -- --help failed: ${build.stderr}`);

function run(...args: string[]) {
  return runWith([BUILT_CLI], args);
}

/** The TypeScript source run directly with tsx, as a developer may: its worker threads load tsx themselves. */
function runSource(...args: string[]) {
  return runWith(['--import', 'tsx', SOURCE_CLI], args);
}

function runWith(command: string[], args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [...command, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
    env,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('npm run extract', () => {
  test('runs the bundle it built before without building it again', { timeout: 60_000 }, () => {
    const built = statSync(BUILT_CLI).mtimeMs;
    const again = spawnSync(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      ['run', '--silent', 'extract', '--', '--help'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(again.stdout).toContain('usage: npm run extract');
    expect(statSync(BUILT_CLI).mtimeMs).toBe(built);
  });

  test(
    'regenerating data/claims.csv from seeds/ gives the committed file byte for byte',
    { timeout: 60_000 },
    () => {
      const out = join(work, 'seeds-claims.csv');
      const { status, stderr } = run('--out', out);
      expect(status, stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'data/claims.csv'), 'utf8'));
    },
  );

  test('the committed data/claims.csv is a valid claims file the app can read', () => {
    const parsed = parseClaimsCsv(readFileSync(join(ROOT, 'data/claims.csv'), 'utf8'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.claims.length).toBeGreaterThan(20);
    const seeds = new Map(
      readdirSync(join(ROOT, 'seeds'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(ROOT, 'seeds', f), 'utf8')]),
    );
    for (const claim of parsed.claims) {
      const text = seeds.get(claim.source_id)!;
      expect(claim.quote).toContain(text.slice(claim.quote_start!, claim.quote_end!));
      expect(text).toContain(claim.quote);
    }
  });

  describe('a folder with bad documents and a bad sources.csv', () => {
    const out = join(work, 'mixed.csv');
    const result = run('--in', join(FIXTURES, 'mixed-corpus'), '--out', out);

    test('exits 0 and writes the claims of the good documents', () => {
      expect(result.status, result.stderr).toBe(0);
      const parsed = parseClaimsCsv(readFileSync(out, 'utf8'));
      expect(parsed.problems).toEqual([]);
      expect([...new Set(parsed.claims.map((c) => c.source_id))].sort()).toEqual([
        'bad-date',
        'dated',
        'unlisted',
      ]);
    });

    test.each([
      { what: 'an empty file', message: /empty\.txt is empty; skipped/ },
      { what: 'a file of white space', message: /blank\.txt has no text/ },
      { what: 'a binary file', message: /binary\.txt is binary/ },
      {
        what: 'UTF-16 text without a byte-order mark',
        message: /utf16\.txt is UTF-16 text \(LE, no byte-order mark\); save it as UTF-8; skipped/,
      },
      {
        what: 'text that is not UTF-8',
        message: /latin1\.txt is not UTF-8 text \(invalid byte 0xe9 at byte \d+\)/,
      },
      {
        what: 'a malformed sources.csv line',
        message: /sources\.csv, line 4: has a quote that is not closed/,
      },
      {
        what: 'a date that is not ISO',
        message: /sources\.csv, line 3: "01\/03\/2024" in column "published" is not a date/,
      },
      { what: 'a document without a line', message: /unlisted\.txt has no line in .*sources\.csv/ },
    ])('names the file for $what', ({ message }) => {
      expect(result.stderr).toMatch(message);
    });

    test('a document without a date keeps relative periods empty; a dated one resolves them', () => {
      const claims = parseClaimsCsv(readFileSync(out, 'utf8')).claims;
      const unlisted = claims.find((c) => c.source_id === 'unlisted' && c.unit === 'USD')!;
      expect(unlisted.period).toBe('');
      const dated = claims.find((c) => c.source_id === 'dated' && c.unit === 'USD')!;
      expect([dated.period, dated.source_outlet, dated.source_url]).toEqual([
        '2023',
        'Daryo',
        'https://example.org/dated',
      ]);
    });
  });

  test(
    'worker threads (--jobs 2) write the same file and the same messages as one thread',
    { timeout: 120_000 },
    () => {
      // a batch is 32 documents: copies of the mixed fixture (bad files included) spread over several batches
      const dir = join(work, 'many');
      const fixture = join(FIXTURES, 'mixed-corpus');
      const sources = readFileSync(join(fixture, 'sources.csv'), 'utf8').split('\n');
      const lines = [sources[0]!];
      for (let copy = 0; copy < 12; copy++) {
        for (const name of readdirSync(fixture).filter((f) => f.endsWith('.txt'))) {
          cpSync(join(fixture, name), join(dir, `${String(copy).padStart(2, '0')}-${name}`));
        }
        for (const line of sources.slice(1))
          if (line.trim())
            lines.push(line.replace(/^([^,]+\.txt)/, `${String(copy).padStart(2, '0')}-$1`));
      }
      writeFileSync(join(dir, 'sources.csv'), lines.join('\n') + '\n');
      const one = run('--in', dir, '--out', join(work, 'one.csv'), '--jobs', '1');
      const two = run('--in', dir, '--out', join(work, 'two.csv'), '--jobs', '2');
      expect(one.status, one.stderr).toBe(0);
      expect(two.status, two.stderr).toBe(0);
      expect(readFileSync(join(work, 'two.csv'), 'utf8')).toBe(
        readFileSync(join(work, 'one.csv'), 'utf8'),
      );
      expect(two.stderr.replace('two.csv', 'one.csv')).toBe(one.stderr);
      expect(one.stderr).toMatch(/11-unlisted\.txt has no line/);
      expect(
        parseClaimsCsv(readFileSync(join(work, 'one.csv'), 'utf8')).claims.length,
      ).toBeGreaterThan(12);
      const fromSource = runSource('--in', dir, '--out', join(work, 'source.csv'), '--jobs', '2');
      expect(fromSource.status, fromSource.stderr).toBe(0);
      expect(readFileSync(join(work, 'source.csv'), 'utf8')).toBe(
        readFileSync(join(work, 'one.csv'), 'utf8'),
      );
    },
  );

  test('--jobs must be a whole number', { timeout: 60_000 }, () => {
    const { status, stderr } = run('--jobs', 'two');
    expect(status).toBe(2);
    expect(stderr).toMatch(/--jobs "two" is not a whole number/);
  });

  // each of these starts a node process; on a busy machine that takes seconds
  test('a folder without sources.csv still works, with a warning', { timeout: 60_000 }, () => {
    const out = join(work, 'no-sources.csv');
    const { status, stderr } = run('--in', join(FIXTURES, 'no-sources'), '--out', out);
    expect(status).toBe(0);
    expect(stderr).toMatch(/sources\.csv not found/);
    const claims = parseClaimsCsv(readFileSync(out, 'utf8')).claims;
    // undated: "last year" is read against the latest year the text reports on (2024)
    expect(claims.map((c) => [c.value, c.period])).toEqual([
      [5.1, '2024'],
      [4.8, '2023'],
    ]);
  });

  test(
    'when nothing can be written: exit 1, and the previous file is left as it was',
    { timeout: 60_000 },
    () => {
      const out = join(work, 'kept.csv');
      writeFileSync(out, 'previous content\n');
      const missing = run('--in', join(work, 'no-such-folder'), '--out', out);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/no-such-folder is not a folder; nothing written/);
      const unwritable = run(
        '--in',
        join(FIXTURES, 'no-sources'),
        '--out',
        join(work, 'no-such-dir', 'x.csv'),
      );
      expect(unwritable.status).toBe(1);
      expect(unwritable.stderr).toMatch(/x\.csv cannot be written/);
      expect(readFileSync(out, 'utf8')).toBe('previous content\n');
    },
  );

  test(
    'offsets index the text as read from the file, byte-order mark included',
    { timeout: 60_000 },
    () => {
      const dir = join(work, 'bom');
      cpSync(join(FIXTURES, 'no-sources'), dir, { recursive: true });
      const text = '\uFEFFExports grew by 16% in 2024.\r\nImports fell by 3% in 2024.';
      writeFileSync(join(dir, 'report.txt'), text);
      const out = join(dir, 'claims.csv');
      expect(run('--in', dir, '--out', out).status).toBe(0);
      const claims = parseClaimsCsv(readFileSync(out, 'utf8')).claims;
      const fromFile = readFileSync(join(dir, 'report.txt'), 'utf8');
      expect(claims.map((c) => fromFile.slice(c.quote_start!, c.quote_end!))).toEqual([
        '16%',
        '3%',
      ]);
    },
  );

  test(
    'the output is replaced by rename: no temporary file is left beside it',
    { timeout: 60_000 },
    () => {
      const dir = join(work, 'atomic');
      cpSync(join(FIXTURES, 'no-sources'), dir, { recursive: true });
      const out = join(dir, 'claims.csv');
      expect(run('--in', dir, '--out', out).status).toBe(0);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(existsSync(out)).toBe(true);
    },
  );

  test('unknown flags are refused (parseArgs strict) with exit 2', { timeout: 60_000 }, () => {
    const { status, stderr } = run('--input', 'seeds');
    expect(status).toBe(2);
    expect(stderr).toMatch(/Unknown option '--input'/);
  });

  describe('a 50 MB document on one line among ordinary documents', () => {
    const dir = join(work, 'huge');
    const big = join(dir, 'one-line.txt');
    const out = join(dir, 'claims.csv');
    const MB = 1024 * 1024;
    cpSync(join(FIXTURES, 'mixed-corpus'), dir, { recursive: true });
    cpSync(join(FIXTURES, 'no-sources', 'report.txt'), join(dir, 'report.txt'));
    // news-like sentences with figures, and stretches with no full stop at all, never a line break
    const pieces = [
      'Kazakhstan’s IT services exports reached $N million in 2024, the ministry said. ',
      'The government expects the digital sector to keep growing as new programmes start. ',
      'Officials met investors in Astana to discuss data centres, connectivity and training, ',
      'The share of cashless payments rose to N% last year; retail trade grew by N%, ',
      'investment in fixed capital amounted to N billion tenge and ',
      'budget revenues exceeded N trillion tenge while grain exports ',
    ];
    const fd = openSync(big, 'w');
    for (let written = 0, n = 0; written < 50 * MB;) {
      let chunk = '';
      while (chunk.length < MB) chunk += pieces[n % pieces.length]!.replace('N', String(n++ % 97));
      writeSync(fd, chunk);
      written += chunk.length;
    }
    closeSync(fd);

    test(
      'a run killed midway (SIGKILL) leaves the previous output as it was',
      { timeout: 600_000 },
      async () => {
        writeFileSync(out, 'previous content\n');
        const child = spawn(process.execPath, [BUILT_CLI, '--in', dir, '--out', out]);
        const exited = new Promise<unknown>((done) => child.on('exit', done));
        // the temporary file appears once the documents are being read
        while (!readdirSync(dir).some((f) => f.endsWith('.tmp')))
          await new Promise((wait) => setTimeout(wait, 20));
        child.kill('SIGKILL');
        await exited;
        expect(readFileSync(out, 'utf8')).toBe('previous content\n');
        // what it left is removed by the next run (below)
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
      },
    );

    test(
      'a run removes the temporary files that killed runs left behind',
      { timeout: 600_000 },
      () => {
        const small = join(work, 'stale');
        cpSync(join(FIXTURES, 'no-sources'), small, { recursive: true });
        // process ids that no process has: 2^31 - 2 is above any pid_max
        writeFileSync(join(small, '.claims.csv.2147483646.tmp'), 'half written');
        writeFileSync(join(small, 'notes.tmp'), 'not ours');
        expect(run('--in', small, '--out', join(small, 'claims.csv')).status).toBe(0);
        expect(readdirSync(small).filter((f) => f.endsWith('.tmp'))).toEqual(['notes.tmp']);
      },
    );

    test(
      'is extracted in bounded time and memory, and every other document still comes out',
      { timeout: 600_000 },
      () => {
        const env = { ...process.env, SANDAR_EXTRACT_STATS: '1' };
        const result = runWith([BUILT_CLI], ['--in', dir, '--out', out], env);
        expect(result.status, result.stderr).toBe(0);
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        const stats = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
          maxRssKb: number;
        };
        // the document is held as one string (100 MB: it has a ’, so two bytes a character) and
        // read a part at a time; all its claims and their CSV at once took 2.3 GB
        expect(stats.maxRssKb / 1024).toBeLessThan(800);
        const claims = parseClaimsCsv(readFileSync(out, 'utf8')).claims;
        const fromBig = claims.filter((c) => c.source_id === 'one-line');
        expect(fromBig.length).toBeGreaterThan(100_000);
        const text = readFileSync(big, 'utf8');
        for (const claim of fromBig.filter((_, i) => i % 997 === 0)) {
          expect(claim.quote.length).toBeLessThanOrEqual(1000);
          expect(text.slice(claim.quote_start!, claim.quote_end!)).not.toBe('');
          expect(claim.quote).toContain(text.slice(claim.quote_start!, claim.quote_end!));
        }
        // the ordinary documents give what they give without it
        rmSync(big);
        const alone = join(work, 'huge-alone.csv');
        expect(run('--in', dir, '--out', alone).status).toBe(0);
        expect(claims.filter((c) => c.source_id !== 'one-line')).toEqual(
          parseClaimsCsv(readFileSync(alone, 'utf8')).claims,
        );
      },
    );

    test(
      'a document too large to read is named and skipped, the rest written',
      { timeout: 600_000 },
      () => {
        // a sparse file: its size is 300 MB, its blocks on disk none
        const huge = join(dir, 'too-large.txt');
        writeFileSync(huge, '');
        truncateSync(huge, 300 * MB);
        const result = run('--in', dir, '--out', out);
        rmSync(huge);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stderr).toMatch(
          /too-large\.txt is 300 MB; documents over 256 MB are not read .*; skipped/,
        );
        const ids = new Set(
          parseClaimsCsv(readFileSync(out, 'utf8')).claims.map((c) => c.source_id),
        );
        expect([...ids].sort()).toEqual(['bad-date', 'dated', 'report', 'unlisted']);
      },
    );
  });
});
