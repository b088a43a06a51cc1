import { expect, test } from 'vitest';
import { uniqueNames } from '../../src/export/export-image.ts';

test.each([
  { names: [], expected: [] },
  {
    names: ['a-x-2026-11-22.png', 'b-x-2026-11-22.png'],
    expected: ['a-x-2026-11-22.png', 'b-x-2026-11-22.png'],
  },
  {
    names: ['a-x-2026-11-22.png', 'a-x-2026-11-22.png', 'a-x-2026-11-22.png'],
    expected: ['a-x-2026-11-22.png', 'a-x-2026-11-22-2.png', 'a-x-2026-11-22-3.png'],
  },
])('uniqueNames keeps every file of a zip: $names', ({ names, expected }) => {
  const before = [...names];
  expect(uniqueNames(names)).toEqual(expected);
  expect(names).toEqual(before);
});
