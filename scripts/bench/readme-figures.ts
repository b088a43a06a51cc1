/**
 * The figures of record in the README, for `npm run bench -- --check`. Pure.
 */

/** How much worse than the README a figure may get before `--check` fails. */
export const TOLERANCE = 0.15;

/**
 * The number in `column` (1-based, as the cells between pipes) of the README table row whose
 * first cell starts with `label`.
 *
 * @example readmeFigure('| first chart, ms | 1252 | 827 | 1.51 |', 'first chart', 4) // 1.51
 */
export function readmeFigure(readme: string, label: string, column: number): number {
  const row = readme.split('\n').find((line) => line.startsWith(`| ${label}`));
  const value = Number(row?.split('|')[column]?.trim() || Number.NaN);
  if (!Number.isFinite(value))
    throw new Error(`README.md has no figure for "${label}" in column ${column}`);
  return value;
}

/** Whether `now` is more than `TOLERANCE` below `recorded`, for a figure where more is better (MB/s). */
export function belowRecorded(now: number, recorded: number): boolean {
  return now < recorded * (1 - TOLERANCE);
}

/** Whether `now` is more than `TOLERANCE` worse than `recorded`, for a figure where less is better. */
export function worseThanRecorded(now: number, recorded: number): boolean {
  return now > recorded * (1 + TOLERANCE);
}
