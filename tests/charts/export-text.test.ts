import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import type { ClaimRow } from '../../src/lib/claim-rows.ts';
import {
  datesText,
  defaultTitles,
  exportFileName,
  localIsoDate,
  notesLine,
  safeFileNamePart,
  sourceLine,
} from '../../src/charts/export-text.ts';

const row = (patch: Partial<Claim>, key = patch.id ?? 'k'): ClaimRow => ({
  ...emptyClaim(),
  metric: 'it_services_exports',
  metric_label: 'IT services exports',
  entity: 'Kazakhstan',
  unit: 'USD',
  ...patch,
  key,
});

describe('sourceLine', () => {
  test.each([
    { name: 'no rows', rows: [], expected: '' },
    {
      name: 'one document',
      rows: [row({ source_outlet: 'Kursiv', source_date: '2024-03-01' })],
      expected: 'Source: Kursiv, 1 Mar 2024',
    },
    {
      name: 'each document once, oldest first',
      rows: [
        row({ source_outlet: 'The Astana Times', source_date: '2026-01-05' }),
        row({ source_outlet: 'Kursiv', source_date: '2023-09-01' }),
        row({ source_outlet: 'The Astana Times', source_date: '2026-01-05' }),
      ],
      expected: 'Sources: Kursiv, 1 Sep 2023; The Astana Times, 5 Jan 2026',
    },
    {
      name: 'an outlet once, with its dates, each year written once',
      rows: [
        row({ source_outlet: 'Kursiv', source_date: '2019-02-11' }),
        row({ source_outlet: 'Daryo', source_date: '2018-05-01' }),
        row({ source_outlet: 'Kursiv', source_date: '2019-01-10' }),
        row({ source_outlet: 'Kursiv', source_date: '2020-03' }),
        row({ source_outlet: 'Kursiv', source_date: '2019-01-10' }),
      ],
      expected: 'Sources: Daryo, 1 May 2018; Kursiv, 10 Jan, 11 Feb 2019, Mar 2020',
    },
    {
      name: 'without an outlet, the title names the document, never its file id',
      rows: [row({ source_id: '002_c1', source_date: '2023-09-01' }), row({})],
      expected: 'Sources: unknown source; A speech at a forum, 1 Sep 2023',
    },
    {
      name: 'with neither outlet nor title, "unknown source"',
      rows: [row({ source_id: '999_x', source_date: '2023-09-01' })],
      expected: 'Source: unknown source, 1 Sep 2023',
    },
  ])('$name', ({ rows, expected }) => {
    const before = structuredClone(rows);
    expect(sourceLine(rows, new Map([['002_c1', 'A speech at a forum']]))).toBe(expected);
    expect(rows).toEqual(before);
  });
});

test.each([
  { dates: [], expected: '' },
  { dates: ['2024'], expected: '2024' },
  { dates: ['2024-06-30', '2024-06', '2023-01-02'], expected: '2 Jan 2023, Jun, 30 Jun 2024' },
])('datesText($dates)', ({ dates, expected }) => {
  expect(datesText(dates)).toBe(expected);
});

describe('notesLine explains only the markers present', () => {
  test.each([
    { name: 'exact actuals only', rows: [row({ kind: 'actual' })], expected: '' },
    {
      name: 'qualifiers in the legend order',
      rows: [row({ qualifier: 'approx' }), row({ qualifier: 'more_than' })],
      expected: '> more than · ≈ approximately',
    },
    {
      name: 'actual with target and forecast',
      rows: [
        row({ kind: 'actual', qualifier: 'approx' }),
        row({ kind: 'target' }),
        row({ kind: 'forecast' }),
      ],
      expected:
        '≈ approximately · filled dots, solid line: actual · hollow dots, dashed line: target · hollow diamonds, dotted line: forecast',
    },
    {
      name: 'target alone',
      rows: [row({ kind: 'target', qualifier: 'up_to' })],
      expected: '≤ up to · hollow dots, dashed line: target',
    },
    {
      name: 'conflicting claims',
      rows: [
        row({ id: 'a', period: '2024', value: 1 }),
        row({ id: 'b', period: '2024', value: 2 }),
      ],
      expected: '! and red ring: claims that disagree for the same period',
    },
  ])('$name', ({ rows, expected }) => {
    expect(notesLine(rows)).toBe(expected);
  });
});

describe('defaultTitles', () => {
  test.each([
    {
      name: 'metric, entity, unit and span',
      rows: [row({ period: '2023' }), row({ period: '2026', kind: 'target' })],
      expected: { title: 'IT services exports', subtitle: 'Kazakhstan · USD ($) · 2023–2026' },
    },
    {
      name: 'a count names what it counts; no year where no period (never the publication year)',
      rows: [
        row({
          metric_label: 'Startups',
          entity: 'Astana Hub',
          unit: 'count',
          unit_label: 'companies',
          source_date: '2026-01-05',
        }),
      ],
      expected: { title: 'Startups', subtitle: 'Astana Hub · companies' },
    },
    {
      name: 'many entities are shortened',
      rows: ['A', 'B', 'C', 'D', 'E'].map((entity) =>
        row({ entity, period: '2020', unit: 'percent' }),
      ),
      expected: { title: 'IT services exports', subtitle: 'A, B, C and 2 more · percent · 2020' },
    },
    { name: 'no rows', rows: [], expected: { title: 'Chart', subtitle: '' } },
  ])('$name', ({ rows, expected }) => {
    expect(defaultTitles(rows)).toEqual(expected);
  });
});

describe('file names', () => {
  test.each([
    {
      metric: 'it_services_exports',
      entity: 'Kazakhstan',
      expected: 'it_services_exports-kazakhstan-2026-11-22.png',
    },
    { metric: 'startups', entity: 'Astana Hub', expected: 'startups-astana-hub-2026-11-22.png' },
    {
      metric: 'x',
      entity: '<img src=x onerror=alert(1)>',
      expected: 'x-img-src-x-onerror-alert-1-2026-11-22.png',
    },
    {
      metric: '../../etc/passwd',
      entity: 'Türkiye / Алматы',
      expected: 'etc-passwd-turkiye-2026-11-22.png',
    },
    { metric: '', entity: '', expected: 'chart-all-2026-11-22.png' },
  ])('$metric / $entity', ({ metric, entity, expected }) => {
    const name = exportFileName(metric, entity, '2026-11-22', 'png');
    expect(name).toBe(expected);
    expect(name).toMatch(/^[a-z0-9_-]+-\d{4}-\d{2}-\d{2}\.png$/);
  });

  test('parts are capped at 60 characters', () => {
    expect(safeFileNamePart('a'.repeat(100))).toHaveLength(60);
  });

  test('the date is the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
