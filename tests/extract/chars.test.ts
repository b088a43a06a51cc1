import { describe, expect, test } from 'vitest';
import { codeAt, isSpace } from '../../scripts/extract/chars.ts';

describe('codeAt and isSpace', () => {
  test.each([
    { text: 'ab', index: 1, code: 98 },
    { text: 'ab', index: 2, code: -1 },
    { text: 'ab', index: -1, code: -1 },
    { text: '', index: 0, code: -1 },
  ])('codeAt($text, $index) is $code', ({ text, index, code }) => {
    expect(codeAt(text, index)).toBe(code);
  });

  test('isSpace matches \\s for every code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpace(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)));
    expect(isSpace(-1)).toBe(false);
  });
});
