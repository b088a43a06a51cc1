import { describe, expect, test } from 'vitest';
import { codeAt, isSpace, skipSpaces } from '../../scripts/extract/chars.ts';

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
    // one assertion over the list of disagreements: 65,536 `expect` calls took over 5 s under load
    const disagreeing: string[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code)))
        disagreeing.push(`U+${code.toString(16)}`);
    expect(disagreeing).toEqual([]);
    expect(isSpace(-1)).toBe(false);
  });

  test.each([
    { text: 'a  \u00a0\tb', at: 1, next: 5 },
    { text: 'ab', at: 0, next: 0 },
    { text: 'a   ', at: 1, next: 4 },
  ])('skipSpaces($text, $at) is $next', ({ text, at, next }) => {
    expect(skipSpaces(text, at)).toBe(next);
  });
});
