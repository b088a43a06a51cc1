/**
 * The extractor's only contact with the file system: reading the catalogue, `sources.csv` and the
 * documents (one at a time), and writing the claims CSV atomically (a temporary file renamed into place).
 */
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseCatalogue, type MetricCatalogue } from './catalogue.ts';
import { recogniseBytes } from '../../src/lib/upload/magic.ts';
import { parseSources, type ParsedSources } from './sources.ts';

/** The repository root (two levels above this file). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const DEFAULT_CATALOGUE = join(REPO_ROOT, 'data', 'metrics.csv');

/** Reads a metric catalogue file (default `data/metrics.csv`). Throws, naming the file, when it cannot be read. */
export function loadCatalogue(path: string = DEFAULT_CATALOGUE): MetricCatalogue {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `${path}: the metric catalogue cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return parseCatalogue(text);
}

/** The catalogue in `data/metrics.csv`. */
export function loadDefaultCatalogue(): MetricCatalogue {
  return loadCatalogue(DEFAULT_CATALOGUE);
}

/** `dir/sources.csv`, or null when the folder has none. */
export function readSources(dir: string): ParsedSources | null {
  const path = join(dir, 'sources.csv');
  if (!existsSync(path)) return null;
  return parseSources(readFileSync(path, 'utf8'));
}

/**
 * The documents of `dir` (`.txt`, and `.html`, `.pdf`, `.docx`), sorted by name so every run reads
 * them in the same order.
 */
export function listDocuments(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(txt|html?|xhtml|pdf|docx)$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** A file's bytes (a PDF, a Word file, a saved page), or why they cannot be read. */
export function readBytes(
  path: string,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  try {
    const bytes = readFileSync(path);
    return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  } catch (error) {
    return {
      ok: false,
      reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
}

/** A small text file (a corrections CSV), named in the error when it cannot be read. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

export type DocumentRead = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The largest document read, in bytes: far above any article or report, and well below the longest
 * string V8 can hold (about 512 M characters), past which reading would fail with a less helpful
 * message.
 */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

// the byte-order mark is kept, so offsets index the text exactly as readFileSync(path, 'utf8') gives it
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * One document's text, or why it cannot be read: empty, binary, or not UTF-8.
 * A byte-order mark, if any, stays the text's first character, as `readFileSync(path, 'utf8')` reads it.
 */
export function readDocument(path: string): DocumentRead {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_DOCUMENT_BYTES)
      return {
        ok: false,
        reason:
          `is ${megabytes(size)}; documents over ${megabytes(MAX_DOCUMENT_BYTES)} ` +
          'are not read (split it into smaller files)',
      };
    bytes = readFileSync(path);
  } catch (error) {
    return {
      ok: false,
      reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
  if (bytes.length === 0) return { ok: false, reason: 'is empty' };
  const kind = recogniseBytes(bytes);
  if (kind.kind === 'binary') return { ok: false, reason: `is ${kind.what}, not text` };
  const utf16 =
    kind.kind !== 'text'
      ? `${kind.kind === 'utf-16le' ? 'LE' : 'BE'}, no byte-order mark`
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'LE, with a byte-order mark'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'BE, with a byte-order mark'
          : '';
  if (utf16) return { ok: false, reason: `is UTF-16 text (${utf16}); save it as UTF-8` };
  if (bytes.includes(0))
    return { ok: false, reason: 'is binary (it contains NUL bytes), not text' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      reason: `is not UTF-8 text (invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at byte ${at}); save it as UTF-8`,
    };
  }
  if (text.trim() === '') return { ok: false, reason: 'has no text (only white space)' };
  let control = 0;
  for (let i = 0; i < Math.min(text.length, 4096); i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  if (control > 8) return { ok: false, reason: 'looks binary (many control characters), not text' };
  return { ok: true, text };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need;
  }
  return 0;
}

/**
 * Writes a file atomically: chunks go to a temporary file beside it, which replaces the target only
 * once complete, so a reader never sees it half-written. `abort()` removes the temporary file.
 */
export class AtomicWriter {
  readonly path: string;
  private readonly temp: string;
  private fd: number | null;
  /** Chunks gathered into one string and written 64 KB at a time: one system call per document was measurable. */
  private pending = '';

  constructor(path: string) {
    this.path = path;
    this.temp = join(dirname(path), `${tempPrefix(path)}${process.pid}.tmp`);
    this.fd = openSync(this.temp, 'w');
    removeStaleTemps(path);
  }

  /** Text is gathered and written 64 KB at a time; bytes (already UTF-8) are written as they are, after any pending text. */
  write(chunk: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.path}: already closed`);
    if (typeof chunk !== 'string') {
      this.flush();
      writeSync(this.fd, chunk);
      return;
    }
    this.pending += chunk;
    if (this.pending.length >= 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.fd === null || this.pending === '') return;
    writeSync(this.fd, this.pending);
    this.pending = '';
  }

  commit(): void {
    if (this.fd === null) return;
    this.flush();
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.temp, this.path);
  }

  abort(): void {
    this.pending = '';
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temp, { force: true });
  }
}

/** `.claims.csv.`: how the names of the temporary files beside `path` start (the pid follows). */
function tempPrefix(path: string): string {
  return `.${basename(path)}.`;
}

/**
 * Removes the temporary files that runs killed midway (SIGKILL, a power cut) left beside `path`:
 * those whose process is gone. A run still writing keeps its own.
 */
export function removeStaleTemps(path: string): string[] {
  const prefix = tempPrefix(path);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(prefix.length, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    rmSync(join(dirname(path), name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The size of a file in bytes, or 0 when it cannot be read. */
export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
