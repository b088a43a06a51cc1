import { describe, expect, test } from 'vitest';
import { parseSources } from '../../scripts/extract/sources.ts';

const HEADER = 'file,title,outlet,url,published\n';

describe('parseSources', () => {
  test('reads each line as a document’s metadata', () => {
    const { sources, problems } = parseSources(
      `${HEADER}a.txt,"Title, with comma",Daryo,https://x.uz/1,2023-09-01\n`,
    );
    expect(problems).toEqual([]);
    expect(sources.get('a.txt')).toEqual({
      id: 'a',
      title: 'Title, with comma',
      outlet: 'Daryo',
      url: 'https://x.uz/1',
      published: '2023-09-01',
    });
  });

  test.each([
    {
      line: 'b.txt,T,O,,2023-13-01',
      problem: 'line 2: "2023-13-01" in column "published" is not a date (YYYY-MM-DD)',
    },
    {
      line: 'b.txt,T,O,',
      problem: 'line 2: has 4 fields where the header has 5; the line is ignored',
    },
    { line: ',T,O,,2023-01-01', problem: 'line 2: column "file" is empty; the line is ignored' },
    { line: 'b.txt,T,O,,', problem: 'line 2: b.txt has no published date' },
  ])('a bad line is reported with its number: $problem', ({ line, problem }) => {
    const { sources, problems } = parseSources(`${HEADER}${line}\nc.txt,C,O,,2024-01-01\n`);
    expect(problems[0]).toContain(problem);
    expect(sources.get('c.txt')?.published).toBe('2024-01-01');
  });

  test('a file without a "file" column is reported', () => {
    expect(parseSources('name,date\na,b').problems[0]).toMatch(/line 1: no "file" column/);
  });
});
