/**
 * Reads `sources.csv` (file,title,outlet,url,published): what is known about each document.
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
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const records = parsed.data;
  const header = (records[0] ?? []).map((cell) => cell.trim().toLowerCase());
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
  const structural = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined)
      structural.set(
        error.row,
        error.code === 'MissingQuotes' || error.code === 'InvalidQuotes'
          ? 'has a quote that is not closed'
          : error.message,
      );
  }
  // PapaParse counts records; a quoted field may span lines, so track the line each record starts on
  let line = 1;
  const lineOf: number[] = [];
  for (const record of records) {
    lineOf.push(line);
    line += 1 + record.join(',').split('\n').length - 1;
  }
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    const where = `line ${lineOf[r] ?? r + 1}`;
    if (record.length === 1 && record[0]!.trim() === '') continue;
    const reason = structural.get(r);
    if (reason) {
      problems.push(`${where}: ${reason}; the line is ignored`);
      continue;
    }
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
        `${where}: ${file} has no published date; relative periods ("last year") are left empty unless the text dates itself`,
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
    });
  }
  return { sources, problems };
}
