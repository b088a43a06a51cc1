/**
 * Reads `sources.csv` (file,title,outlet,url,published, and optionally entity: whom the document is
 * about): what is known about each document.
 * Pure: the caller reads the file. A bad line is reported with its line number and left out, so the
 * document it names is still extracted (with its date unknown).
 */
import Papa from 'papaparse';
import type { SourceMeta } from './extract.ts';

export const SOURCE_COLUMNS = ['file', 'title', 'outlet', 'url', 'published'] as const;

export interface ParsedSources {
  /** By file name ("000_x.txt"). */
  sources: Map<string, SourceMeta>;
  /** Messages that name the line: `line 3: "2023-13-01" in column "published" is not a date (YYYY-MM-DD)`. */
  problems: string[];
}

const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * @example parseSources('file,title,outlet,url,published\na.txt,A,Daryo,,2023-09-01').sources.get('a.txt')!.published // '2023-09-01'
 */
export function parseSources(text: string): ParsedSources {
  const sources = new Map<string, SourceMeta>();
  const problems: string[] = [];
  const records = recordsOf(text.replace(/^\uFEFF/, ''));
  const header = (records[0]?.fields ?? []).map((cell) => cell.trim().toLowerCase());
  if (header.length === 0 || header.every((cell) => cell === '')) {
    return {
      sources,
      problems: ['line 1: the file has no header (expected file,title,outlet,url,published)'],
    };
  }
  const index = (name: string) => header.indexOf(name);
  if (index('file') < 0) {
    return {
      sources,
      problems: [`line 1: no "file" column (expected ${SOURCE_COLUMNS.join(',')})`],
    };
  }
  for (const { line, fields: record, unclosed } of records.slice(1)) {
    const where = `line ${line}`;
    if (unclosed) {
      problems.push(
        `${where}: has a quote that is not closed; ` +
          'the line is ignored and the lines after it are read',
      );
      continue;
    }
    if (record.length === 1 && record[0]!.trim() === '') continue;
    if (record.length !== header.length) {
      problems.push(
        `${where}: has ${record.length} fields where the header has ${header.length}; the line is ignored`,
      );
      continue;
    }
    const cell = (name: string) => (index(name) >= 0 ? (record[index(name)] ?? '').trim() : '');
    const file = cell('file');
    if (file === '') {
      problems.push(`${where}: column "file" is empty; the line is ignored`);
      continue;
    }
    let published = cell('published');
    if (published === '') {
      problems.push(
        `${where}: ${file} has no published date; relative periods ("last year") are read against the latest year the text reports on`,
      );
    } else if (!ISO_DATE.test(published)) {
      problems.push(
        `${where}: "${published}" in column "published" is not a date (YYYY-MM-DD); the date of ${file} is taken as unknown`,
      );
      published = '';
    }
    if (sources.has(file)) {
      problems.push(`${where}: ${file} is listed twice; the first line is used`);
      continue;
    }
    sources.set(file, {
      id: file.replace(/\.(txt|html?|xhtml|pdf|docx)$/i, ''),
      title: cell('title'),
      outlet: cell('outlet'),
      url: cell('url'),
      published,
      ...(cell('entity') ? { entity: cell('entity') } : {}),
    });
  }
  return { sources, problems };
}

interface SourceRecord {
  /** The line the record starts on, from 1. */
  line: number;
  fields: string[];
  /** The line opens a quote that no later line closes into a record: it is left out on its own. */
  unclosed?: boolean;
}

/** How many more lines a quoted field may span (a title with a line break); more: a stray quote. */
const MAX_CONTINUATION_LINES = 4;

/**
 * The records of a CSV text, one per line, with line-level recovery: a line whose quotes do not
 * balance continues onto the next lines only when that closes the quote into a well-formed record
 * (at most `MAX_CONTINUATION_LINES`); otherwise it alone is marked unclosed, and reading goes on at
 * the next line. A whole-file parser reads everything after a stray quote as one field.
 *
 * @example recordsOf('a,b\n"x,y\nc,d').map((r) => r.unclosed ?? false) // [false, true, false]
 */
export function recordsOf(text: string): SourceRecord[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  const records: SourceRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = lines[i]!;
    let fields = balanced(joined) ? parseRecord(joined) : null;
    let last = i;
    for (
      let more = 1;
      !fields && more <= MAX_CONTINUATION_LINES && i + more < lines.length;
      more++
    ) {
      joined += '\n' + lines[i + more]!;
      if (balanced(joined)) {
        // a record across lines must also have the header's fields, or the quote was a stray one
        fields = parseRecord(joined);
        if (fields && fields.length !== records[0]?.fields.length) fields = null;
        last = i + more;
        break;
      }
    }
    if (fields) {
      records.push({ line: i + 1, fields });
      i = last;
    } else records.push({ line: i + 1, fields: [], unclosed: true });
  }
  return records;
}

/** An even number of quotes: every quoted field closes ("" inside one counts twice). */
function balanced(line: string): boolean {
  let quotes = 0;
  for (let at = line.indexOf('"'); at >= 0; at = line.indexOf('"', at + 1)) quotes++;
  return quotes % 2 === 0;
}

/** The fields of one record, or null when PapaParse finds it malformed. */
function parseRecord(record: string): string[] | null {
  const parsed = Papa.parse<string[]>(record, { newline: '\n' });
  if (parsed.errors.some((error) => error.type === 'Quotes') || parsed.data.length !== 1)
    return record === '' ? [''] : null;
  return parsed.data[0]!;
}
