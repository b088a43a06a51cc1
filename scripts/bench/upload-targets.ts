/**
 * The upload bench's targets (issue 13) and its verdict on a run. Pure.
 *
 * @example uploadVerdict({ rows: 100_000, totalMs: 900, longestTaskMs: 40 })
 *   // { target: '≤ 1.0 s, no task > 50 ms', met: true }
 */

/** Files up to this many rows are held to the small-file target, bigger ones to the other. */
export const SMALL_UPLOAD_ROWS = 100_000;
/** A 100k-row upload stored and compared within this, with no main-thread task longer than… */
export const SMALL_UPLOAD_MS = 1_000;
export const SMALL_UPLOAD_TASK_MS = 50;
/** A million rows within this, with progress shown throughout. */
export const BIG_UPLOAD_MS = 15_000;

export interface UploadRun {
  rows: number;
  totalMs: number;
  longestTaskMs: number;
}

export function uploadVerdict(run: UploadRun): { target: string; met: boolean } {
  if (run.rows <= SMALL_UPLOAD_ROWS)
    return {
      target: `≤ ${(SMALL_UPLOAD_MS / 1000).toFixed(1)} s, no task > ${SMALL_UPLOAD_TASK_MS} ms`,
      met: run.totalMs <= SMALL_UPLOAD_MS && run.longestTaskMs <= SMALL_UPLOAD_TASK_MS,
    };
  return {
    target: `≤ ${BIG_UPLOAD_MS / 1000} s, progress throughout`,
    met: run.totalMs <= BIG_UPLOAD_MS,
  };
}
