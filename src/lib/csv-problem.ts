/**
 * A problem found in a CSV, and how it is said: kept apart from the parser (claims-csv.ts), so
 * code that only shows problems does not load PapaParse.
 */

/** One problem in a CSV, located so a person can find and fix it. */
export interface CsvProblem {
  /** 1-based line-of-record number as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** Column name as written in the file; empty for problems with the whole row or file. */
  column: string;
  value: string;
  reason: string;
}

export function formatProblem(problem: CsvProblem, fileName?: string): string {
  const where = [fileName, `row ${problem.row}`, problem.column ? `column "${problem.column}"` : '']
    .filter(Boolean)
    .join(', ');
  const shown = problem.value.length > 60 ? `${problem.value.slice(0, 57)}…` : problem.value;
  return problem.value === '' && problem.column === ''
    ? `${where}: ${problem.reason}`
    : `${where}: "${shown}" ${problem.reason}`;
}
