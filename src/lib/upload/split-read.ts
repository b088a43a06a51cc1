/**
 * A big upload read in two parts at once, one a core (the data worker and its helper): where to
 * cut the text, and how to join what the two reads found into what one read would have. Pure.
 */
import type { CsvProblem } from '../csv-problem.ts';
import { isBlankRecord } from '../claims-csv.ts';
import type { PartRead, ReadSummary } from './read-claims.ts';

/** Texts shorter than this are read in one part: a helper worker costs more than it saves. */
export const SPLIT_MIN_CHARS = 2 * 1024 * 1024;

export interface TwoParts {
  /** The text up to the cut, header included, without the line break the cut is at. */
  first: string;
  /** The rest: data rows only, read with `header`. */
  second: string;
  header: string[];
}

/**
 * Cuts `text` at the first line break at or after `share` of it that is outside quotes (an even
 * number of `"` before it), so that each part holds whole rows. Null when there is no such line
 * break, the text is short, or `preview` (the first records, as the sniffer parsed them) shows
 * no complete header. A quote in the middle of an unquoted cell (`5"`, which the CSV reader takes
 * as it is) can make the count wrong: the first part's read then reports an unclosed quote, and
 * the caller reads the whole text again in one part (`partsAgree`).
 *
 * @example splitForTwo('a,b\n1,"x\n"\n2,y\n', [['a', 'b'], ['1', 'x\n']], 0.5, 0)
 *   // { first: 'a,b\n1,"x\n"', second: '2,y\n', header: ['a', 'b'] }
 */
export function splitForTwo(
  text: string,
  preview: readonly (readonly string[])[],
  share = 0.5,
  minChars = SPLIT_MIN_CHARS,
): TwoParts | null {
  if (text.length < minChars) return null;
  const headerIndex = preview.findIndex((record) => !isBlankRecord(record));
  // The header is whole only if the sniffer's slice went on past it.
  if (headerIndex < 0 || headerIndex + 1 >= preview.length) return null;
  const at = Math.floor(text.length * share);
  let inQuotes = false;
  for (let q = text.indexOf('"'); q !== -1 && q < at; q = text.indexOf('"', q + 1))
    inQuotes = !inQuotes;
  let from = at;
  for (;;) {
    const newline = text.indexOf('\n', from);
    if (newline === -1) return null;
    const quote = text.indexOf('"', from);
    if (quote !== -1 && quote < newline) {
      inQuotes = !inQuotes;
      from = quote + 1;
      continue;
    }
    if (!inQuotes) {
      const second = text.slice(newline + 1);
      if (second === '') return null;
      return { first: text.slice(0, newline), second, header: [...preview[headerIndex]!] };
    }
    from = newline + 1;
  }
}

/**
 * Whether the two reads can be joined: the first part ended outside quotes, as the cut assumed.
 * Where its reader found an unclosed quote, the cut may have fallen inside a quoted cell.
 */
export function partsAgree(first: PartRead): boolean {
  return first.tokenizerErrors === 0;
}

/**
 * What one read of the whole text would have found: the counts added up, the second part's rows
 * numbered after the first part's records, and at most `maxListed` problems listed in row order.
 */
export function joinParts(
  first: { read: PartRead; problems: readonly CsvProblem[] },
  second: { read: PartRead; problems: readonly CsvProblem[] },
  maxListed: number,
): { summary: ReadSummary; problems: CsvProblem[] } {
  const a = first.read.summary;
  const b = second.read.summary;
  const problems = first.problems.slice(0, maxListed);
  const offset = first.read.records;
  for (const problem of second.problems) {
    if (problems.length >= maxListed) break;
    problems.push({ ...problem, row: problem.row + offset });
  }
  return {
    summary: {
      rowCount: a.rowCount + b.rowCount,
      validCount: a.validCount + b.validCount,
      invalidRowCount: a.invalidRowCount + b.invalidRowCount,
      problemCount: a.problemCount + b.problemCount,
      headerFailed: a.headerFailed || b.headerFailed,
      columns: a.columns,
    },
    problems,
  };
}
