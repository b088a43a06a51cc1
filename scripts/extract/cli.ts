/**
 * `npm run extract`: reads the documents of a folder laid out like `seeds/` (*.txt + sources.csv) one
 * at a time and writes their claims to a CSV, atomically.
 *
 *   npm run extract                                  # seeds/ → data/claims.csv
 *   npm run extract -- --in DIR --out FILE [--catalogue data/metrics.csv]
 *
 * Warnings and errors name the file (and line); a bad document is skipped and the rest still
 * extracted. Exit code 0 when the output was written, 1 when nothing could be written, 2 for bad flags.
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SourceMeta } from './extract.ts';
import { extractClaims } from './extract.ts';
import { AtomicWriter, REPO_ROOT, isDirectory, listDocuments, loadCatalogue, readDocument, readSources, DEFAULT_CATALOGUE } from './io.ts';
import { claimsCsvHeader, claimsCsvRows } from './to-csv.ts';

function main(): number {
  let values: { in?: string; out?: string; catalogue?: string; quiet?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        catalogue: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`extract: ${(error as Error).message}\nusage: npm run extract -- [--in DIR] [--out FILE] [--catalogue FILE] [--quiet]`);
    return 2;
  }
  if (values.help) {
    console.log('usage: npm run extract -- [--in DIR] [--out FILE] [--catalogue FILE] [--quiet]\n  defaults: --in seeds --out data/claims.csv --catalogue data/metrics.csv');
    return 0;
  }
  const inDir = resolve(values.in ?? join(REPO_ROOT, 'seeds'));
  const outFile = resolve(values.out ?? join(REPO_ROOT, 'data', 'claims.csv'));
  const show = (path: string) => relative(process.cwd(), path) || path;
  const warn = (message: string) => console.error(`warning: ${message}`);
  const fail = (message: string) => console.error(`error: ${message}`);

  if (!isDirectory(inDir)) {
    fail(`${show(inDir)} is not a folder; nothing written`);
    return 1;
  }
  let catalogue;
  try {
    catalogue = loadCatalogue(values.catalogue ? resolve(values.catalogue) : DEFAULT_CATALOGUE);
  } catch (error) {
    fail(`${(error as Error).message}; nothing written`);
    return 1;
  }
  for (const problem of catalogue.problems) warn(`${show(values.catalogue ?? DEFAULT_CATALOGUE)}, ${problem}`);

  const sourcesPath = join(inDir, 'sources.csv');
  const sources = readSources(inDir);
  if (!sources) warn(`${show(sourcesPath)} not found: document dates are unknown, so relative periods ("last year") are left empty`);
  for (const problem of sources?.problems ?? []) warn(`${show(sourcesPath)}, ${problem}`);

  const files = listDocuments(inDir);
  if (files.length === 0) warn(`${show(inDir)} has no .txt documents`);
  const listed = new Set(files);
  for (const file of sources?.sources.keys() ?? []) {
    if (!listed.has(file)) warn(`${show(sourcesPath)} lists ${file}, which is not in ${show(inDir)}`);
  }

  let writer: AtomicWriter;
  try {
    writer = new AtomicWriter(outFile);
  } catch (error) {
    fail(`${show(outFile)} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing written`);
    return 1;
  }
  let claimCount = 0;
  let documentCount = 0;
  let skipped = 0;
  let bytes = 0;
  try {
    writer.write(claimsCsvHeader());
    for (const file of files) {
      const path = join(inDir, file);
      const read = readDocument(path);
      if (!read.ok) {
        fail(`${show(path)} ${read.reason}; skipped`);
        skipped++;
        continue;
      }
      let meta: SourceMeta | undefined = sources?.sources.get(file);
      if (!meta) {
        if (sources) warn(`${file} has no line in ${show(sourcesPath)}: its date is unknown, so relative periods are left empty`);
        meta = { id: file.replace(/\.txt$/i, ''), title: '', outlet: '', url: '', published: '' };
      }
      const claims = extractClaims(read.text, meta, catalogue);
      writer.write(claimsCsvRows(claims));
      claimCount += claims.length;
      documentCount++;
      bytes += read.text.length;
    }
    writer.commit();
  } catch (error) {
    writer.abort();
    fail(`${show(outFile)} could not be written (${(error as Error).message}); the previous file is unchanged`);
    return 1;
  }
  if (!values.quiet) {
    console.error(`${claimCount} claims from ${documentCount} document${documentCount === 1 ? '' : 's'}${skipped ? ` (${skipped} skipped)` : ''} → ${show(outFile)}`);
  }
  if (process.env['SANDAR_EXTRACT_STATS']) {
    // read by scripts/bench/extract.ts: whole-process figures, measured here where they are exact
    const usage = process.resourceUsage();
    console.log(JSON.stringify({ documents: documentCount, claims: claimCount, characters: bytes, maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  }
  return 0;
}

process.exitCode = main();
