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

describe('parseSources: line-level recovery', () => {
  const lines = (...rows: string[]) => HEADER + rows.join('\n') + '\n';
  test.each([
    {
      name: 'an unclosed quote on line 3 costs line 3 only',
      text: lines(
        'a.txt,A,O,,2024-01-01',
        '"b.txt,B,O,,2024-01-02',
        'c.txt,C,O,,2024-01-03',
        'd.txt,"D, quoted",O,,2024-01-04',
        'e.txt,E,O,,2024-01-05',
      ),
      files: ['a.txt', 'c.txt', 'd.txt', 'e.txt'],
      problems: [
        'line 3: has a quote that is not closed; the line is ignored and the lines after it are read',
      ],
    },
    {
      name: 'a quote opened inside a field, never closed',
      text: lines('a.txt,"A title,O,,2024-01-01', 'b.txt,B,O,,2024-01-02'),
      files: ['b.txt'],
      problems: [
        'line 2: has a quote that is not closed; the line is ignored and the lines after it are read',
      ],
    },
    {
      name: 'two broken lines in a row are two problems',
      text: lines('"a.txt,A,O,,2024-01-01', 'b.txt,"B,O,,2024-01-02', 'c.txt,C,O,,2024-01-03'),
      files: ['c.txt'],
      problems: [
        'line 2: has a quote that is not closed; the line is ignored and the lines after it are read',
        'line 3: has a quote that is not closed; the line is ignored and the lines after it are read',
      ],
    },
    {
      name: 'a quoted title with a line break is one record, and later lines keep their numbers',
      text: lines('a.txt,"Two-line\ntitle",O,,2024-01-01', 'b.txt,B,O,,2024-13-02'),
      files: ['a.txt', 'b.txt'],
      problems: [
        'line 4: "2024-13-02" in column "published" is not a date (YYYY-MM-DD); the date of b.txt is taken as unknown',
      ],
    },
    {
      name: 'Windows line endings',
      text: lines(
        'a.txt,A,O,,2024-01-01',
        '"b.txt,B,O,,2024-01-02',
        'c.txt,C,O,,2024-01-03',
      ).replaceAll('\n', '\r\n'),
      files: ['a.txt', 'c.txt'],
      problems: [
        'line 3: has a quote that is not closed; the line is ignored and the lines after it are read',
      ],
    },
  ])('$name', ({ text, files, problems }) => {
    const parsed = parseSources(text);
    expect([...parsed.sources.keys()]).toEqual(files);
    expect(parsed.problems).toEqual(problems);
  });

  test('a title spanning lines keeps its line break', () => {
    const parsed = parseSources(`${HEADER}a.txt,"Two-line\ntitle",O,,2024-01-01\n`);
    expect(parsed.sources.get('a.txt')?.title).toBe('Two-line\ntitle');
  });
});
