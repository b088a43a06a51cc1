/**
 * `npm run extract`: runs the extractor as esbuild bundled it into `build/extract/`, in this
 * process (one Node start-up). It bundles first only when the bundle is missing or older than a
 * file it was built from (`build/extract/inputs.json` lists them, from esbuild's metafile), this
 * file or package.json: bundling took 0.3-1 s on two busy cores, a run on 40 MB about 3 s.
 * Plain JavaScript, so Node runs it without a build step of its own.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'build', 'extract');
const INPUTS = join(OUT, 'inputs.json');
/** What decides the bundle besides its inputs: how it is built, and the dependencies' versions. */
const BUILD_FILES = ['scripts/extract/launch.js', 'package.json', 'package-lock.json'];

/** Whether every file the bundle was built from is older than it (false when it was never built). */
function isFresh() {
  let built;
  let inputs;
  try {
    built = statSync(INPUTS).mtimeMs;
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  for (const input of [...inputs, ...BUILD_FILES]) {
    let modified;
    try {
      modified = statSync(join(ROOT, input)).mtimeMs;
    } catch {
      return false; // a file it was built from is gone: build again, and let esbuild say why
    }
    if (modified >= built) return false;
  }
  return true;
}

/**
 * Bundles the CLI and its worker. Each file is written beside its place and renamed into it, the
 * list of inputs last, so a run that starts meanwhile never loads half a file.
 */
async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['scripts/extract/cli.ts', 'scripts/extract/worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: OUT,
    external: ['pdfjs-dist', 'mammoth', 'linkedom'],
    logLevel: 'warning',
    metafile: true,
    write: false,
  });
  mkdirSync(OUT, { recursive: true });
  const replace = (path, contents) => {
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, contents);
    renameSync(temp, path);
  };
  for (const file of result.outputFiles) replace(file.path, file.contents);
  replace(INPUTS, JSON.stringify(Object.keys(result.metafile.inputs)));
}

if (!isFresh()) await bundle();
await import(pathToFileURL(join(OUT, 'cli.js')).href);
