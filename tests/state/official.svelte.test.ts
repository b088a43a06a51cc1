/**
 * OfficialData with the real memory store: what is read, how often, and the verdicts it gives,
 * including what the version known on a claim's date said.
 */
import { describe, expect, test } from 'vitest';
import type { ClaimStore } from '../../src/db/index.ts';
import { createMemoryStore } from '../../src/db/memory-store.ts';
import { emptyClaim } from '../../src/lib/claim.ts';
import { keyClaims } from '../../src/lib/claim-rows.ts';
import { OfficialData } from '../../src/state/official.svelte.ts';

const gdp = (value: number) => ({
  metric: 'gdp',
  entity: 'Kazakhstan',
  period: '2024',
  value,
  unit: 'USD',
  indicator: 'GDP (current US$)',
});
const table = (downloaded: string) => ({
  name: 'WDI GDP',
  source: 'World Bank, World Development Indicators',
  fileName: 'API_NY.GDP.MKTP.CD.csv',
  downloaded,
  tableKey: 'wdi#NY.GDP.MKTP.CD',
});
const rows = keyClaims([
  {
    ...emptyClaim(),
    id: 'c1',
    metric: 'gdp',
    entity: 'Kazakhstan',
    period: '2024',
    value: 3e11,
    unit: 'USD',
    qualifier: 'more_than',
    source_date: '2025-01-05',
  },
]);

/** The store, counting the versions read. */
function counted(store: ClaimStore) {
  const reads: string[] = [];
  const eachSeries = store.official.eachSeries.bind(store.official);
  store.official.eachSeries = (id, visit, only) => {
    reads.push(`${id}: ${[...(only ?? ['every series'])].join(', ').replace('\u0000', ' ')}`);
    return eachSeries(id, visit, only);
  };
  return reads;
}

describe('OfficialData', () => {
  test('refreshes asked for together read each version once; an unchanged store is not re-read', async () => {
    const store = createMemoryStore();
    const reads = counted(store);
    // Another country's series is stored too: the claims speak of Kazakhstan only.
    const saved = await store.official.save(table('2024-07-01'), [
      gdp(3.1e11),
      { ...gdp(9e10), entity: 'Uzbekistan' },
    ]);
    const data = new OfficialData(() => rows);
    await Promise.all([data.refresh(store), data.refresh(store), data.refresh(store)]);
    expect(reads).toEqual([`${saved.id}: gdp Kazakhstan`]);
    expect(data.index.lastPeriod('gdp', 'Uzbekistan')).toBe('');
    const index = data.index;
    await data.refresh(store);
    expect(data.index).toBe(index);
    expect(data.verdicts.get(rows[0]!.key)?.status).toBe('consistent');
  });

  test('a revised version decides; the explanation says what the one known then gave', async () => {
    const store = createMemoryStore();
    await store.official.save(table('2024-07-01'), [gdp(3.1e11)]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await store.official.save(table('2025-07-01'), [gdp(2.5e11)]);
    const data = new OfficialData(() => rows);
    await data.refresh(store);
    const verdict = data.verdicts.get(rows[0]!.key)!;
    expect(verdict.status).toBe('overstated');
    expect(verdict.official?.source.vintage).toBe(2);
    expect(verdict.asOf).toMatchObject({ status: 'consistent', source: { vintage: 1 } });
    expect(verdict.explanation).toMatch(
      /When the claim was made \(2025-01-05\), the version known was version 1 \(downloaded 2024-07-01\), which gave \$310 billion: consistent\.$/,
    );
  });
});
