/** Text written into a regular expression matches as written, table-driven. */
import { describe, expect, test } from 'vitest';
import { escapeRegExp } from '../../scripts/extract/escape.ts';

describe('escapeRegExp', () => {
  test.each([
    ['S&P 500 (index)', 'S&P 500 (index)', 'S&P 500 index'],
    ['Astana Hub.', 'Astana Hub.', 'Astana Hubs'],
    ['C++', 'C++', 'CCC'],
    ['[1|2]$', '[1|2]$', '1'],
    ['на', 'на', 'н'],
  ])('%s matches %s and not %s', (written, same, other) => {
    const pattern = new RegExp(`^${escapeRegExp(written)}$`, 'u');
    expect(pattern.test(same)).toBe(true);
    expect(pattern.test(other)).toBe(false);
  });
});
