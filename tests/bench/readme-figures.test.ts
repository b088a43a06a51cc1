import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  belowRecorded,
  readmeFigure,
  worseThanRecorded,
} from '../../scripts/bench/readme-figures.ts';

const TABLE = [
  '| figure | Sandar | minimal app | ratio |',
  '| --- | --- | --- | --- |',
  '| first chart, ms after navigation   | 1252 | 827 | 1.51 |',
  '| JavaScript before the first chart | 221.4 | 163.1 | 1.36 |',
].join('\n');

describe('readmeFigure', () => {
  test.each([
    ['first chart', 4, 1.51],
    ['first chart', 2, 1252],
    ['JavaScript', 2, 221.4],
  ])('%s, column %d → %d', (label, column, expected) => {
    expect(readmeFigure(TABLE, label, column)).toBe(expected);
  });

  test.each([
    ['no such row', 2],
    ['first chart', 9],
    ['figure', 2],
  ])('%s, column %d is an error naming it', (label, column) => {
    expect(() => readmeFigure(TABLE, label, column)).toThrow(`no figure for "${label}"`);
  });

  test('the README has the figures the bench checks', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readmeFigure(readme, 'first chart', 4)).toBeGreaterThan(0);
    expect(readmeFigure(readme, 'JavaScript', 2)).toBeGreaterThan(0);
    expect(readmeFigure(readme, 'extractor CPU', 2)).toBeGreaterThan(0);
  });
});

test.each([
  [1.51, 1.51, false],
  [1.73, 1.51, false],
  [1.74, 1.51, true],
  [1.2, 1.51, false],
])('%d against %d recorded: worse by more than 15%: %s', (now, recorded, worse) => {
  expect(worseThanRecorded(now, recorded)).toBe(worse);
});

test.each([
  [4.0, 4.0, false],
  [3.4, 4.0, false],
  [3.39, 4.0, true],
  [6.0, 4.0, false],
])('%d MB/s against %d recorded: below by more than 15%: %s', (now, recorded, below) => {
  expect(belowRecorded(now, recorded)).toBe(below);
});
