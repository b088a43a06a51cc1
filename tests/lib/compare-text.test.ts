import { expect, test } from 'vitest';
import { compareText } from '../../src/lib/compare-text.ts';

test.each([
  { input: ['b', 'IT', 'a'], expected: ['a', 'b', 'IT'] },
  {
    input: ['IT services exports', 'AI startups', 'e-government services'],
    expected: ['AI startups', 'e-government services', 'IT services exports'],
  },
  { input: ['World', 'Kazakhstan', 'Astana'], expected: ['Astana', 'Kazakhstan', 'World'] },
  // Equal but for case: upper case first, so the order never depends on the input's.
  { input: ['it', 'IT', 'It'], expected: ['IT', 'It', 'it'] },
  { input: ['Almaty', 'Алматы', 'Astana'], expected: ['Almaty', 'Astana', 'Алматы'] },
  { input: ['', 'a'], expected: ['', 'a'] },
])('$input sorts as $expected, input untouched', ({ input, expected }) => {
  const before = [...input];
  expect([...input].sort(compareText)).toEqual(expected);
  expect(input).toEqual(before);
});
