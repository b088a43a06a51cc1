import { describe, expect, test } from 'vitest';
import { parseSourceTitles } from '../../src/lib/source-titles.ts';

describe('parseSourceTitles', () => {
  test.each([
    ['file,title\na.txt,A report\n', [['a', 'A report']]],
    ['\uFEFFfile,title,outlet\r\nb.TXT, Spaced title ,Daryo\r\n', [['b', 'Spaced title']]],
    ['file,title\nc.txt,\n,No file\n\n', []],
    ['file,title\n"d, e.txt","Quoted, with comma"\n', [['d, e', 'Quoted, with comma']]],
  ])('%j gives %j', (csv, titles) => {
    expect([...parseSourceTitles(csv)]).toEqual(titles);
  });
});
