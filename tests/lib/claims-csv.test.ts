import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { parseClaimsCsv, unescapeFormula } from '../../src/lib/claims-csv.ts';
import { formatProblem } from '../../src/lib/csv-problem.ts';
import { serializeClaimsCsv } from '../../src/lib/csv-write.ts';

const claim = (overrides: Partial<Claim>): Claim => ({
  ...emptyClaim(),
  metric: 'm',
  entity: 'Kazakhstan',
  ...overrides,
});

describe('parseClaimsCsv', () => {
  test.each([
    ['metric,entity,period,value,unit\nm,Kazakhstan,2024,5,USD\n', {}, [5]],
    ['\uFEFFMETRIC,Entity,period,Value,unit\r\nm,Kazakhstan,2024,"1,234",count\r\n', {}, [1234]],
    [
      'metric;entity;period;value;unit\nm;Kazakhstan;2024;3,5;percent\n',
      { delimiter: ';', decimalComma: true },
      [3.5],
    ],
  ] as const)('%j reads values %j', (text, options, values) => {
    const parsed = parseClaimsCsv(text, options);
    expect(parsed.problems).toEqual([]);
    expect(parsed.claims.map((c) => c.value)).toEqual(values);
  });

  test.each([
    [
      'metric,entity,period,value,unit\nm,Kazakhstan,2024,1,2x,USD\n',
      'row 2: has 6 fields where the header has 5',
    ],
    [
      'metric,entity,period,value\nm,Kazakhstan,2024,1\n',
      'row 1, column "unit": "" required column is missing',
    ],
    ['', 'row 1: the file has no header row'],
    [
      'metric,entity,period,value,unit,prototype\nm,Kazakhstan,2024,1,count,x\n',
      'row 1, column "prototype": "prototype" is not allowed as a column name',
    ],
    ['metric,entity,period,value,unit\nm,,2024,1,count\n', 'row 2, column "entity": "" is empty'],
    [
      'metric,entity,period,value,unit,Source_Date\nm,K,2024,1,count,yesterday\n',
      'row 2, column "Source_Date": "yesterday" is not a date (YYYY-MM-DD)',
    ],
    [
      'metric,entity,period,value,unit,source_date\nm,K,2024,1,count,2025-02-30\n',
      'row 2, column "source_date": "2025-02-30" is not a day in the calendar (February 2025 has 28 days)',
    ],
    [
      'metric,entity,period,value,unit,quote_start\nm,K,2024,1,count,-1\n',
      'row 2, column "quote_start": "-1" is not a character offset',
    ],
    [
      'metric,entity,period,value,unit,quote_end\nm,K,2024,1,count,x\n',
      'row 2, column "quote_end": "x" is not a number',
    ],
    [
      'metric,entity,period,value,unit\nm,K,2024,,count\n',
      'row 2, column "value": "" is empty; a number is required',
    ],
  ])('%j → %j', (text, message) => {
    expect(parseClaimsCsv(text).problems.map((p) => formatProblem(p))).toContain(message);
  });

  test('every column lands in its field, written in any case and order', () => {
    const text =
      'RELATED_ID,quote_end,quote_start,quote,source_url,source_outlet,source_date,source_id,' +
      'kind,qualifier,unit_label,unit,value,period,entity,metric_source,metric_label,metric,id\n' +
      "r1,9,2,q,https://x.org,'=Out,2025-01-15,doc,target,approx,firms,KZT,-3.5,2024-06,E," +
      'phrase,Label,m,c1\n';
    const parsed = parseClaimsCsv(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.claims).toEqual([
      {
        id: 'c1',
        metric: 'm',
        metric_label: 'Label',
        metric_source: 'phrase',
        entity: 'E',
        period: '2024-06',
        value: -3.5,
        unit: 'KZT',
        unit_label: 'firms',
        qualifier: 'approx',
        kind: 'target',
        source_id: 'doc',
        source_date: '2025-01-15',
        source_outlet: '=Out',
        source_url: 'https://x.org',
        quote: 'q',
        quote_start: 2,
        quote_end: 9,
        related_id: 'r1',
      },
    ]);
  });

  test('row numbers count blank lines as a spreadsheet does', () => {
    const parsed = parseClaimsCsv('metric,entity,period,value,unit\n\nm,Kazakhstan,2024,1,count\n');
    expect(parsed.rows).toEqual([3]);
    expect(parsed.rowCount).toBe(1);
  });

  test('serialize then parse gives the same claims', () => {
    const claims = [
      claim({
        id: 'a',
        value: 4.8e12,
        unit: 'USD',
        period: '2024',
        quote: 'He said "4.8 trillion", twice.\nNew line.',
        quote_start: 3,
        quote_end: 9,
      }),
      claim({
        id: 'b',
        value: -0.25,
        unit: 'percent',
        kind: 'target',
        qualifier: 'approx',
        metric_label: 'Label',
      }),
    ];
    const parsed = parseClaimsCsv(serializeClaimsCsv(claims));
    expect(parsed.problems).toEqual([]);
    expect(parsed.claims).toEqual(
      claims.map((c) => ({ ...c, metric_label: c.metric_label || c.metric })),
    );
  });
});

describe('texts met again are read as the first time', () => {
  const header = 'metric,metric_label,entity,period,value,unit,kind,qualifier,source_date\n';
  test.each([
    {
      name: 'valid texts repeated, with and without spaces',
      rows: [
        'm,,KZ,2024,1,USD,,,',
        "m,'=L,KZ, 2024 ,2,USD ,target,approx,2025-01-15",
        'm,,KZ,2024,3,USD,,,',
      ],
      problems: [],
    },
    {
      name: 'the same cells in consecutive rows, spaces and formula guard included',
      rows: [
        "m,'=L,KZ, 2024 ,1,USD ,target,approx,2025-01-15",
        "m,'=L,KZ, 2024 ,2,USD ,target,approx,2025-01-15",
        'm,,KZ,2024,3,USD,,,',
        'm,,KZ,2024,4,USD,,,',
      ],
      problems: [],
    },
    {
      name: 'a bad text repeated is named in every row',
      rows: ['m,,KZ,2024-13,1,USD,,,', 'm,,KZ,2024-13,2,USD,,,', 'm,,KZ,2024,3,usd,,,'],
      problems: ['row 2, column "period"', 'row 3, column "period"', 'row 4, column "unit"'],
    },
    {
      name: 'a text valid in one column is still checked in another',
      rows: ['2024,,KZ,2024,1,USD,,,2024', 'm,,KZ,2024,1,USD,,,actual'],
      problems: ['row 3, column "source_date"'],
    },
  ])('$name', ({ rows, problems }) => {
    const text = header + rows.join('\n') + '\n';
    const once = parseClaimsCsv(text);
    // Each row alone, with a fresh validator: nothing read before it.
    const alone = rows.map((row) => parseClaimsCsv(header + row + '\n'));
    expect(once.claims).toEqual(alone.flatMap((parsed) => parsed.claims));
    expect(once.problems.map((p) => `row ${p.row}, column "${p.column}"`)).toEqual(problems);
    expect(once.problems.map((p) => p.reason)).toEqual(
      alone.flatMap((parsed) => parsed.problems.map((p) => p.reason)),
    );
  });

  test('past 20,000 distinct texts in a column, the rest are read cell by cell, the same', () => {
    const rows = Array.from({ length: 20_050 }, (_, i) => `m${i},,KZ,2024,${i},USD,,,`);
    rows.push('m20049,,KZ,2024,1,USD,,,', 'm5,,KZ,2024,2,USD,,,');
    const parsed = parseClaimsCsv(header + rows.join('\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.claims.slice(-3).map((c) => [c.metric, c.metric_label, c.value])).toEqual([
      ['m20049', 'm20049', 20049],
      ['m20049', 'm20049', 1],
      ['m5', 'm5', 2],
    ]);
  });
});

describe('unescapeFormula', () => {
  test.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["''=x", "'=x"],
    ["'-5%", '-5%'],
    ["'plain", "'plain"],
    ['=raw', '=raw'],
  ])('%j → %j', (input, expected) => {
    expect(unescapeFormula(input)).toBe(expected);
  });
});
