import { describe, expect, it } from 'vitest';
import { uploadVerdict } from '../../scripts/bench/upload-targets.ts';

describe('uploadVerdict', () => {
  const SMALL = '≤ 1.0 s, no task > 50 ms';
  const BIG = '≤ 15 s, progress throughout';
  it.each([
    { run: { rows: 100_000, totalMs: 1000, longestTaskMs: 50 }, target: SMALL, met: true },
    { run: { rows: 100_000, totalMs: 1001, longestTaskMs: 10 }, target: SMALL, met: false },
    { run: { rows: 100_000, totalMs: 600, longestTaskMs: 51 }, target: SMALL, met: false },
    { run: { rows: 10_000, totalMs: 200, longestTaskMs: 0 }, target: SMALL, met: true },
    { run: { rows: 1_000_000, totalMs: 15_000, longestTaskMs: 400 }, target: BIG, met: true },
    { run: { rows: 1_000_000, totalMs: 15_001, longestTaskMs: 0 }, target: BIG, met: false },
  ])(
    '$run.rows rows in $run.totalMs ms, longest task $run.longestTaskMs ms',
    ({ run, ...want }) => {
      expect(uploadVerdict(run)).toEqual(want);
    },
  );
});
