import { describe, expect, test } from 'vitest';
import { detectDelimiter } from '../../../src/lib/upload/delimiter.ts';

describe('detectDelimiter', () => {
  test.each([
    ['metric,entity,period,value,unit\nm,e,2024,"1,5",count', ','],
    ['metric;entity;period;value;unit\nm;e;2024;3,5;percent', ';'],
    ['metric\tentity\tperiod\tvalue\tunit\n', '\t'],
    ['"a;b",c,d\n', ','], // a delimiter inside quotes does not count
    ['metric\n1\n', ','], // one column: the comma by default
    ['metric;entity,period;value\n', ';'],
  ])('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});
