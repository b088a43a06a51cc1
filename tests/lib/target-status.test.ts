import { describe, expect, test } from 'vitest';
import { QUALIFIERS, emptyClaim, type Claim, type Qualifier } from '../../src/lib/claim.ts';
import {
  assessTarget,
  nearestTarget,
  periodEnd,
  reaches,
  targetStatus,
} from '../../src/lib/target-status.ts';
import { OfficialIndex, verdictFor } from '../../src/lib/official/verdict.ts';

const TODAY = '2026-12-06';
const claim = (kind: Claim['kind'], period: string, value: number, over: Partial<Claim> = {}) => ({
  ...emptyClaim(),
  metric: 'm',
  entity: 'Kazakhstan',
  unit: 'USD',
  kind,
  period,
  value,
  ...over,
});
const target = claim('target', '2026', 1e9);

describe('met counts only what the qualifier establishes', () => {
  // The actual is $1 billion in 2025, against a $1 billion target by 2026.
  const expected: Record<Qualifier, boolean> = {
    exact: true,
    more_than: true,
    at_least: true,
    approx: false,
    approaching: false,
    less_than: false,
    up_to: false,
  };
  test('every qualifier is covered', () => {
    expect(Object.keys(expected).sort()).toEqual([...QUALIFIERS].sort());
  });
  test.each(QUALIFIERS.map((q) => [q, expected[q]] as const))('%s → met %s', (qualifier, met) => {
    const actual = claim('actual', '2025', 1e9, { qualifier });
    expect(reaches(actual, target)).toBe(met);
    const input = [actual, target];
    const copy = structuredClone(input);
    expect(assessTarget(input, target, TODAY).status === 'met').toBe(met);
    expect(input).toEqual(copy);
  });

  test.each([
    ['exact', true],
    ['less_than', true],
    ['up_to', true],
    ['approx', false],
    ['approaching', false],
    ['more_than', false],
    ['at_least', false],
  ] as const)('a "keep it under 5%%" target: %s 4%% → met %s', (qualifier, met) => {
    const under = claim('target', '2026', 5, { unit: 'percent', qualifier: 'less_than' });
    const actual = claim('actual', '2025', 4, { unit: 'percent', qualifier });
    expect(assessTarget([actual, under], under, TODAY).status === 'met').toBe(met);
  });

  test.each(['target', 'forecast'] as const)('a %s at the target never meets it', (kind) => {
    const other = claim(kind, '2025', 2e9);
    expect(reaches(other, target)).toBe(false);
    expect(assessTarget([other, target], target, TODAY).status).toBe('pending');
  });

  test('an actual in another unit never meets it', () => {
    expect(reaches(claim('actual', '2025', 5e12, { unit: 'KZT' }), target)).toBe(false);
  });

  test('an actual after the deadline does not meet it in time', () => {
    const late = claim('target', '2024', 1e9);
    const result = assessTarget([claim('actual', '2025', 2e9), late], late, TODAY);
    expect(result.status).toBe('missed');
  });
});

describe('status from the data and the date', () => {
  test.each([
    {
      name: 'IT services exports "approached" $1 billion in 2025: pending, not met',
      claims: [claim('actual', '2025', 1e9, { qualifier: 'approaching' }), target],
      status: 'pending',
      explanation:
        'Pending: the latest actual, ≈< $1 billion (2025), does not reach the target $1 billion by 2026 (“≈<” does not establish that it was reached); it needs +0% a year, and there is only one actual figure, so no recent growth rate to compare with.',
    },
    {
      name: 'met by an exact actual',
      claims: [claim('actual', '2025', 1.2e9), target],
      status: 'met',
      explanation: 'Met: the actual $1.2 billion (2025) reaches the target $1 billion by 2026.',
    },
    {
      name: 'deadline passed without reaching it',
      claims: [claim('actual', '2024', 5e8), claim('target', '2025', 1e9)],
      status: 'missed',
      explanation:
        'Missed: the deadline has passed and the latest actual by then, $500 million (2024), does not reach the target $1 billion by 2025.',
    },
    {
      name: 'deadline passed with no actual',
      claims: [claim('target', '2025', 1e9)],
      status: 'missed',
      explanation:
        'Missed: the deadline has passed with no actual figure reaching the target $1 billion by 2025.',
    },
    {
      name: 'on track: grew faster than needed',
      claims: [
        claim('actual', '2023', 4e8),
        claim('actual', '2025', 8e8),
        claim('target', '2027', 1e9),
      ],
      status: 'on_track',
      label: 'on track: needs +12% a year, grew +41% a year',
    },
    {
      name: 'off track: grew slower than needed',
      claims: [
        claim('actual', '2023', 4e8),
        claim('actual', '2025', 4.4e8),
        claim('target', '2027', 1e9),
      ],
      status: 'off_track',
      label: 'off track: needs +51% a year, grew +4.9% a year',
    },
    {
      name: 'no actual yet',
      claims: [claim('target', '2030', 1e9)],
      status: 'pending',
      explanation: 'Pending: no actual figure yet to set against the target $1 billion by 2030.',
    },
    {
      name: 'a target with no deadline is never missed',
      claims: [
        claim('actual', '2025', 2, { unit: 'count' }),
        claim('target', '', 3, { unit: 'count', qualifier: 'at_least' }),
      ],
      status: 'pending',
    },
  ])('$name', ({ claims, status, explanation, label }) => {
    const result = targetStatus(claims, TODAY)!;
    expect(result.status).toBe(status);
    if (explanation) expect(result.explanation).toBe(explanation);
    if (label) expect(result.label).toBe(label);
  });

  test('no target, no status', () => {
    expect(targetStatus([claim('actual', '2025', 1)], TODAY)).toBeUndefined();
  });

  test('the nearest target is the earliest still ahead, else the latest already due', () => {
    const t2024 = claim('target', '2024', 1);
    const t2030 = claim('target', '2030', 2);
    const t2028 = claim('target', '2028', 3);
    expect(nearestTarget([t2030, t2024, t2028], TODAY)).toBe(t2028);
    expect(nearestTarget([t2024], TODAY)).toBe(t2024);
  });

  test.each([
    ['2026', 2027],
    ['2026-07', 2026.5 + 1 / 12],
  ])('periodEnd(%s) = %s', (period, end) => {
    expect(periodEnd(period)).toBeCloseTo(end, 9);
  });
});

describe('a target whose period has an official figure is met or missed by it', () => {
  const source = {
    id: 'wdi-1',
    name: 'WDI GDP',
    source: 'World Bank, World Development Indicators',
    fileName: 'API_NY.GDP.csv',
    downloaded: '2026-07-02',
    tableKey: 'wdi#gdp',
    vintage: 1,
    createdAt: 1,
    shipped: false,
  };
  const official = (value: number) =>
    new OfficialIndex([
      {
        source,
        values: [
          { metric: 'm', entity: 'Kazakhstan', period: '2024', value, unit: 'USD', indicator: 'm' },
        ],
      },
    ]);
  const due = claim('target', '2024', 1e9, { qualifier: 'at_least' });
  // A claimed actual says the target was reached; the official figure decides all the same.
  const claimedMet = claim('actual', '2024', 1.2e9, { qualifier: 'exact' });

  test.each([
    { name: 'official figure above the target: met', value: 1.1e9, claims: [due], status: 'met' },
    {
      name: 'official figure below: missed, though a claim says it was reached',
      value: 0.8e9,
      claims: [claimedMet, due],
      status: 'missed',
    },
    {
      name: 'official figure at the target: met',
      value: 1e9,
      claims: [due],
      status: 'met',
    },
  ])('$name', ({ value, claims, status }) => {
    const index = official(value);
    const result = targetStatus(claims, TODAY, (t) => verdictFor(t, index))!;
    expect(result.status).toBe(status);
    expect(result.official).toBe(true);
    expect(result.label).toBe(`target ${status} (official figure)`);
    expect(result.explanation).toMatch(
      new RegExp(
        `^${status === 'met' ? 'Met' : 'Missed'} by the official figure\\. Official 2024: `,
      ),
    );
    expect(result.explanation).toContain('World Bank, World Development Indicators');
  });

  test.each([
    ['no official figure for the period', official(1.1e9), claim('target', '2023', 1e9)],
    ['a target ahead, not yet reported', official(1.1e9), claim('target', '2030', 1e9)],
    [
      'the official figure in another unit',
      official(1.1e9),
      claim('target', '2024', 1e9, { unit: 'KZT' }),
    ],
  ])('%s: the claims decide, as before', (_, index, target) => {
    const claims = [claim('actual', '2022', 2e9, { unit: target.unit }), target];
    const withOfficial = targetStatus(claims, TODAY, (t) => verdictFor(t, index))!;
    expect(withOfficial).toEqual(targetStatus(claims, TODAY));
    expect(withOfficial.official).toBeUndefined();
  });
});
