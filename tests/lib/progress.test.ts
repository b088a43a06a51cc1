import { describe, expect, test } from 'vitest';
import { emptyClaim, type Claim } from '../../src/lib/claim.ts';
import { effectivePeriod, latestActual } from '../../src/lib/progress.ts';

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

test("effectivePeriod: the claim's own period, else its publication date", () => {
  expect(effectivePeriod({ period: '2024', source_date: '2025-08-11' })).toBe('2024');
  expect(effectivePeriod({ period: '', source_date: '2025-08-11' })).toBe('2025-08-11');
});
