import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/lib/claim.ts';
import {
  groupBySeries,
  type OfficialSource,
  type OfficialValue,
} from '../../../src/lib/official/official.ts';
import {
  OfficialIndex,
  roundingTolerance,
  significantDigits,
  verdictFor,
  verdictsFor,
} from '../../../src/lib/official/verdict.ts';

const source = (over: Partial<OfficialSource> = {}): OfficialSource => ({
  id: 'wdi-1',
  name: 'WDI GDP',
  source: 'World Bank, World Development Indicators',
  fileName: 'API_NY.GDP.csv',
  downloaded: '2026-07-02',
  tableKey: 'wdi#gdp',
  vintage: 1,
  createdAt: 1,
  shipped: false,
  ...over,
});
const value = (over: Partial<OfficialValue>): OfficialValue => ({
  metric: 'gdp',
  entity: 'Kazakhstan',
  period: '2024',
  value: 3e11,
  unit: 'USD',
  indicator: 'GDP (current US$)',
  ...over,
});
const indexOf = (...values: OfficialValue[]) => new OfficialIndex([{ source: source(), values }]);

type C = Pick<
  Claim,
  'metric' | 'entity' | 'period' | 'value' | 'unit' | 'unit_label' | 'qualifier' | 'kind'
>;
const claim = (over: Partial<C>): C => ({
  metric: 'gdp',
  entity: 'Kazakhstan',
  period: '2024',
  value: 3e11,
  unit: 'USD',
  unit_label: '',
  qualifier: 'exact',
  kind: 'actual',
  ...over,
});

describe('significant digits and rounding', () => {
  it.each([
    [3e11, 1, 0.05],
    [1e9, 1, 0.05],
    [1.23e9, 3, 0.005],
    [15000, 2, 0.05 / Math.sqrt(10)],
    [6.5, 2, 0.05 / Math.sqrt(10)],
    [0.25, 2, 0.05 / Math.sqrt(10)],
  ])('%d: %i digits, ±%d', (v, digits, tolerance) => {
    expect(significantDigits(v)).toBe(digits);
    expect(roundingTolerance(v)).toBeCloseTo(tolerance, 12);
  });
});

describe('verdictFor: every qualifier', () => {
  // Official figure 300 bn; the claim's value and qualifier vary.
  const index = indexOf(value({ value: 3e11 }));
  it.each([
    ['more_than', 2.9e11, 'consistent'],
    ['more_than', 3e11, 'consistent'],
    ['more_than', 3.1e11, 'overstated'],
    ['at_least', 3e11, 'consistent'],
    ['at_least', 3.01e11, 'overstated'],
    ['less_than', 3.1e11, 'consistent'],
    ['less_than', 3e11, 'consistent'],
    ['less_than', 2.9e11, 'understated'],
    ['up_to', 2.99e11, 'understated'],
    ['approaching', 3.1e11, 'consistent'],
    ['approaching', 2.9e11, 'understated'],
    ['approx', 3.15e11, 'consistent'],
    ['approx', 2.85e11, 'consistent'],
    ['approx', 3.16e11, 'overstated'],
    ['approx', 2.84e11, 'understated'],
    // "$300 bn", one digit: ±5%.
    ['exact', 3e11, 'consistent'],
    ['exact', 3.2e11, 'overstated'],
    ['exact', 2.8e11, 'understated'],
    // "$310 bn", two digits: ±1.58%.
    ['exact', 3.1e11, 'overstated'],
    // "$301.2 bn", four digits: ±0.16%.
    ['exact', 3.012e11, 'overstated'],
    ['exact', 3.004e11, 'consistent'],
  ] as const)('%s %d against 300 bn → %s', (qualifier, v, status) => {
    expect(verdictFor(claim({ qualifier, value: v }), index).status).toBe(status);
  });

  it('"$1 bn" holds within ±5%, "$1.23 bn" within ±0.5%', () => {
    const billion = indexOf(value({ value: 1.04e9 }));
    expect(verdictFor(claim({ value: 1e9 }), billion).status).toBe('consistent');
    expect(verdictFor(claim({ value: 1e9 }), indexOf(value({ value: 1.06e9 }))).status).toBe(
      'understated',
    );
    expect(verdictFor(claim({ value: 1.23e9 }), indexOf(value({ value: 1.236e9 }))).status).toBe(
      'consistent',
    );
    expect(verdictFor(claim({ value: 1.23e9 }), indexOf(value({ value: 1.237e9 }))).status).toBe(
      'understated',
    );
  });

  it('"≈" takes another tolerance when asked', () => {
    const c = claim({ qualifier: 'approx', value: 3.2e11 });
    expect(verdictFor(c, index).status).toBe('overstated');
    expect(verdictFor(c, index, { approxTolerance: 0.1 }).status).toBe('consistent');
  });

  it('gives the gap in absolute and relative terms, and explains itself', () => {
    const verdict = verdictFor(claim({ qualifier: 'more_than', value: 3.3e11 }), index);
    expect(verdict.gap).toBeCloseTo(3e10);
    expect(verdict.relativeGap).toBeCloseTo(0.1);
    expect(verdict.rule).toBe(
      '“>” holds when the official figure is at or above the claimed value',
    );
    expect(verdict.explanation).toBe(
      'Official 2024: $300 billion (World Bank, World Development Indicators, “GDP (current US$)” ' +
        '(API_NY.GDP.csv, downloaded 2026-07-02, version 1)). Claimed > $330 billion: $30 billion ' +
        '(10%) above the official figure. Rule: “>” holds when the official figure is at or above ' +
        'the claimed value. Verdict: overstated.',
    );
  });
});

describe('verdictFor: kinds, units, missing figures', () => {
  const index = indexOf(
    value({ period: '2023', value: 2.6e11 }),
    value({ period: '2024', value: 2.9e11 }),
    value({ metric: 'gdp', period: '2024', value: 1.4e14, unit: 'KZT' }),
  );
  it.each([
    // A target met, one missed, and one whose period has not been reported.
    [{ kind: 'target', period: '2024', value: 2.8e11 }, 'consistent', 'met'],
    [{ kind: 'target', period: '2024', value: 3e11 }, 'consistent', 'met'], // within ±5% rounding
    [{ kind: 'target', period: '2024', value: 4e11 }, 'overstated', 'missed'],
    [
      { kind: 'target', period: '2024', value: 3e11, qualifier: 'at_least' },
      'overstated',
      'missed',
    ],
    [{ kind: 'target', period: '2030', value: 4e11 }, 'not_comparable', undefined],
    [{ kind: 'forecast', period: '2023', value: 2.6e11 }, 'consistent', 'came_true'],
    [{ kind: 'forecast', period: '2023', value: 2e11 }, 'understated', 'did_not_come_true'],
    [{ kind: 'forecast', period: '2026', value: 2e11 }, 'not_comparable', undefined],
    [{ kind: 'actual', period: '2025' }, 'no_official', undefined],
    [{ kind: 'actual', period: '' }, 'no_official', undefined],
    [{ entity: 'Uzbekistan' }, 'no_official', undefined],
    [{ unit: 'EUR' }, 'not_comparable', undefined],
    [{ unit: 'KZT', value: 1.4e14 }, 'consistent', undefined],
    [
      { metric: 'gdp_growth', unit: 'percent', kind: 'forecast', period: '2026' },
      'not_comparable',
      undefined,
    ],
  ] as const)('%j → %s %s', (over, status, outcome) => {
    const verdict = verdictFor(claim(over as Partial<C>), index);
    expect(verdict.status).toBe(status);
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.explanation).not.toBe('');
  });

  it('says why a future target is not comparable and why units differ', () => {
    expect(verdictFor(claim({ kind: 'target', period: '2030' }), index).explanation).toBe(
      'A target for 2030, a period the official figures do not cover yet (the official gdp for Kazakhstan ends in 2024).',
    );
    expect(verdictFor(claim({ unit: 'EUR' }), index).explanation).toMatch(
      /^Units differ: the claim is in EUR, the official figure \(\$290 billion, World Bank/,
    );
  });
});

describe('OfficialIndex', () => {
  it('prefers the first table given for the same figure and unit', () => {
    const upload = { source: source({ id: 'up', vintage: 2 }), values: [value({ value: 2.9e11 })] };
    const shipped = {
      source: source({ id: 'ship', shipped: true }),
      values: [value({ value: 2.8e11 })],
    };
    const index = new OfficialIndex([upload, shipped]);
    expect(index.figures('gdp', 'Kazakhstan', '2024')).toHaveLength(1);
    expect(index.figures('gdp', 'Kazakhstan', '2024')[0]!.source.id).toBe('up');
    expect(index.size).toBe(1);
  });
  it('reads the same figures from values grouped by series as from flat ones', () => {
    const values = [
      value({ period: '2023', value: 1 }),
      value({ entity: 'Uzbekistan', value: 2 }),
      value({ period: '2024', value: 3 }),
    ];
    const flat = new OfficialIndex([{ source: source(), values }]);
    const grouped = new OfficialIndex([{ source: source(), series: groupBySeries(values) }]);
    for (const index of [flat, grouped]) {
      expect(index.figures('gdp', 'Kazakhstan', '2024').map((f) => f.value.value)).toEqual([3]);
      expect(index.figures('gdp', 'Uzbekistan', '2024').map((f) => f.value.value)).toEqual([2]);
      expect(index.lastPeriod('gdp', 'Kazakhstan')).toBe('2024');
      expect(index.figures('gdp', 'Kazakhstan', '2022')).toEqual([]);
      expect(index.size).toBe(3);
    }
    expect(groupBySeries(values).map((s) => s.map((v) => v.value))).toEqual([[1, 3], [2]]);
  });
  it('gives a series oldest first in one unit', () => {
    const index = indexOf(
      value({ period: '2024', value: 3 }),
      value({ period: '2022', value: 1 }),
      value({ period: '2023', value: 2, unit: 'KZT' }),
    );
    expect(index.series('gdp', 'Kazakhstan', 'USD').map((f) => f.value.period)).toEqual([
      '2022',
      '2024',
    ]);
  });
  it('verdictsFor keys verdicts as the claims are keyed, without changing them', () => {
    const claims = [
      { ...claim({}), key: 'a' },
      { ...claim({ period: '1999' }), key: 'b' },
    ];
    const before = JSON.stringify(claims);
    const verdicts = verdictsFor(claims, indexOf(value({})));
    expect([...verdicts.keys()]).toEqual(['a', 'b']);
    expect(verdicts.get('a')!.status).toBe('consistent');
    expect(JSON.stringify(claims)).toBe(before);
  });
});

describe('what was known when the claim was made', () => {
  // Two downloads of one table: the GDP was revised from $310 to $250 billion.
  const v1 = source({ id: 'v1', vintage: 1, downloaded: '2024-07-01', createdAt: 1 });
  const v2 = source({ id: 'v2', vintage: 2, downloaded: '2025-07-01', createdAt: 2 });
  const index1 = new OfficialIndex([{ source: v1, values: [value({ value: 3.1e11 })] }]);
  const index2 = new OfficialIndex([{ source: v2, values: [value({ value: 2.5e11 })] }]);
  const vintages = {
    versions: (key: string) => (key === 'wdi#gdp' ? [v2, v1] : []),
    indexOf: (id: string) => ({ v1: index1, v2: index2 })[id],
  };
  const claimed = claim({ value: 3e11, qualifier: 'more_than' });

  it.each([
    {
      name: 'dated while version 1 was the newest: version 2 decides, version 1 is told',
      date: '2025-01-05',
      asOf: 'v1',
      said: / When the claim was made \(2025-01-05\), the version known was version 1 \(downloaded 2024-07-01\), which gave \$310 billion: consistent\.$/,
    },
    { name: 'dated after version 2 was downloaded: nothing to add', date: '2025-08-01' },
    { name: 'dated before any version was downloaded: nothing to add', date: '2024-01-01' },
    { name: 'undated: nothing to add', date: '' },
  ])('$name', ({ date, asOf, said }) => {
    const claims = [{ ...claimed, key: 'k', source_date: date }];
    const verdict = verdictsFor(claims, index2, {}, vintages).get('k')!;
    expect(verdict.status).toBe('overstated');
    expect(verdict.official?.source.id).toBe('v2');
    expect(verdict.asOf?.source.id).toBe(asOf);
    if (said) {
      expect(verdict.asOf?.status).toBe('consistent');
      expect(verdict.explanation).toMatch(said);
    } else expect(verdict.explanation).not.toMatch(/When the claim was made/);
  });

  it('says when the version known then had no figure for the period', () => {
    const empty = new OfficialIndex([{ source: v1, values: [value({ period: '2020' })] }]);
    const verdict = verdictsFor(
      [{ ...claimed, key: 'k', source_date: '2025-01-05' }],
      index2,
      {},
      { ...vintages, indexOf: (id) => (id === 'v1' ? empty : undefined) },
    ).get('k')!;
    expect(verdict.asOf?.status).toBe('no_official');
    expect(verdict.explanation).toMatch(/version 1 \(downloaded 2024-07-01\), which had no figure/);
  });
});
