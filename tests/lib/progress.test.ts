import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import {
  assessProgress,
  describeProgress,
  effectivePeriod,
  latestActual,
  nearestTarget,
} from '../../src/lib/progress.ts';

function claim(
  kind: Claim['kind'],
  period: string,
  value: number,
  extra: Partial<Claim> = {},
): Claim {
  return {
    ...emptyClaim(),
    id: `${kind}-${period}-${value}`,
    metric: 'm',
    entity: 'Kazakhstan',
    unit: 'USD',
    kind,
    period,
    value,
    ...extra,
  };
}

describe('latestActual', () => {
  test.each([
    {
      name: 'latest period wins',
      claims: [claim('actual', '2022', 1), claim('actual', '2024', 2), claim('target', '2026', 9)],
      expected: 'actual-2024-2',
    },
    {
      name: 'same period: the most recently published',
      claims: [
        claim('actual', '2024', 1, { source_date: '2025-01-01' }),
        claim('actual', '2024', 2, { source_date: '2024-06-01' }),
      ],
      expected: 'actual-2024-1',
    },
    {
      name: 'no period: publication date',
      claims: [claim('actual', '', 3, { source_date: '2025-08-11' }), claim('actual', '2024', 2)],
      expected: 'actual--3',
    },
    { name: 'none', claims: [claim('target', '2026', 9)], expected: undefined },
  ])('$name', ({ claims, expected }) => {
    const input = structuredClone(claims);
    expect(latestActual(claims)?.id).toBe(expected);
    expect(claims).toEqual(input);
  });
});

test('nearestTarget: the earliest target not before the latest actual, else the latest due one', () => {
  const targets = [
    claim('target', '2023', 5e8),
    claim('target', '2026', 1e9),
    claim('target', '2030', 2e9),
  ];
  expect(nearestTarget(targets, claim('actual', '2025', 9e8))?.period).toBe('2026');
  expect(nearestTarget(targets, claim('actual', '2022', 1e8))?.period).toBe('2023');
  expect(nearestTarget(targets, claim('actual', '2031', 1e8))?.period).toBe('2030');
  expect(nearestTarget(targets, undefined)?.period).toBe('2023');
  expect(effectivePeriod({ period: '', source_date: '2025-08-11' })).toBe('2025-08-11');
});

describe('assessProgress', () => {
  test.each([
    {
      name: 'met',
      claims: [claim('actual', '2025', 1e9, { qualifier: 'approx' }), claim('target', '2026', 1e9)],
      status: 'met',
      text: 'target met',
    },
    {
      name: 'approaching the target level is not reaching it',
      claims: [
        claim('actual', '2025', 1e9, { qualifier: 'approaching' }),
        claim('target', '2025', 1e9),
      ],
      status: 'missed',
      text: 'target missed',
    },
    {
      name: 'behind: needs +41% a year',
      claims: [claim('actual', '2024', 5e8), claim('target', '2026', 1e9)],
      status: 'behind',
      text: 'needs +41% a year',
    },
    {
      name: 'on track: recent growth beats what is needed',
      claims: [
        claim('actual', '2023', 2e8),
        claim('actual', '2024', 5e8),
        claim('target', '2026', 1e9),
      ],
      status: 'on_track',
      text: 'on track: growing +150% a year, needs +41% a year',
    },
    {
      name: 'behind: recent growth too slow',
      claims: [
        claim('actual', '2023', 4.9e8),
        claim('actual', '2024', 5e8),
        claim('target', '2026', 1e9),
      ],
      status: 'behind',
      text: 'needs +41% a year',
    },
    {
      name: 'missed',
      claims: [claim('actual', '2024', 4e8), claim('target', '2023', 5e8)],
      status: 'missed',
      text: 'target missed',
    },
    {
      name: 'downward target met',
      claims: [
        claim('actual', '2024', 4, { unit: 'percent' }),
        claim('target', '2025', 5, { unit: 'percent', qualifier: 'less_than' }),
      ],
      status: 'met',
      text: 'target met',
    },
    {
      name: 'no target',
      claims: [claim('actual', '2024', 4)],
      status: 'no_target',
      text: 'no target',
    },
    {
      name: 'no actual',
      claims: [claim('target', '2026', 1e9)],
      status: 'no_actual',
      text: 'no actual figure yet',
    },
    {
      name: 'units differ',
      claims: [claim('actual', '2024', 4), claim('target', '2026', 1e9, { unit: 'KZT' })],
      status: 'not_comparable',
      text: 'target in another unit',
    },
  ])('$name', ({ claims, status, text }) => {
    const progress = assessProgress(claims);
    expect(progress.status).toBe(status);
    expect(describeProgress(progress)).toBe(text);
  });

  test('reports the yearly growth still needed as a fraction', () => {
    const progress = assessProgress([claim('actual', '2024', 5e8), claim('target', '2026', 1e9)]);
    expect(progress.requiredGrowth).toBeCloseTo(Math.SQRT2 - 1, 6);
    expect(progress.yearsLeft).toBe(2);
  });
});
