import { describe, expect, test } from 'vitest';
import { normalizeLineEndings } from '../../../src/lib/upload/line-endings.ts';

describe('normalizeLineEndings', () => {
  test.each([
    { name: 'LF stays', input: 'a\nb\n', expected: 'a\nb\n' },
    { name: 'CRLF', input: 'a\r\nb\r\n', expected: 'a\nb\n' },
    { name: 'old Mac CR', input: 'a\rb\r', expected: 'a\nb\n' },
    { name: 'mixed: CRLF, LF, CR, CRLF', input: 'h\r\n1\n2\r3\r\n', expected: 'h\n1\n2\n3\n' },
    { name: 'CR CR LF is two breaks', input: 'a\r\r\nb', expected: 'a\n\nb' },
    { name: 'inside a quoted field', input: '"x\r\ny"\r\n', expected: '"x\ny"\n' },
    { name: 'no line break', input: 'abc', expected: 'abc' },
  ])('$name', ({ input, expected }) => {
    expect(normalizeLineEndings(input)).toBe(expected);
  });
});
