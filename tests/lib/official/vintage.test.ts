import { describe, expect, it } from 'vitest';
import type { OfficialSource } from '../../../src/lib/official/official.ts';
import { currentVintages, versionsOf, vintageAsOf } from '../../../src/lib/official/vintage.ts';

const source = (id: string, over: Partial<OfficialSource>): OfficialSource => ({
  id,
  name: id,
  source: '',
  fileName: '',
  downloaded: '2025-01-01',
  tableKey: 'wdi#gdp',
  vintage: 1,
  createdAt: 1,
  shipped: false,
  ...over,
});

const wdi1 = source('wdi1', { vintage: 1, createdAt: 10, downloaded: '2024-07-01' });
const wdi2 = source('wdi2', { vintage: 2, createdAt: 30, downloaded: '2025-07-01' });
const weo1 = source('weo1', { tableKey: 'weo#gdp', createdAt: 20, downloaded: '2025-04-20' });
const shipped = source('shipped', { tableKey: 'wdi#ship', createdAt: 40, shipped: true });

describe('currentVintages', () => {
  it.each([
    [
      'the newest version of each table, newest stored first, shipped last',
      {},
      ['wdi2', 'weo1', 'shipped'],
    ],
    [
      'an older version where the user chose it',
      { 'wdi#gdp': 'wdi1' },
      ['weo1', 'wdi1', 'shipped'],
    ],
    [
      'the newest where the chosen id is gone',
      { 'wdi#gdp': 'deleted' },
      ['wdi2', 'weo1', 'shipped'],
    ],
  ])('%s', (_, chosen, ids) => {
    const all = [wdi1, shipped, weo1, wdi2];
    const before = all.map((s) => s.id);
    expect(currentVintages(all, chosen).map((s) => s.id)).toEqual(ids);
    expect(all.map((s) => s.id)).toEqual(before);
  });
});

describe('vintageAsOf', () => {
  it.each([
    ['2024-06-30', undefined],
    ['2024-07-01', 'wdi1'],
    ['2025-01-05', 'wdi1'],
    ['2025-07-01', 'wdi2'],
    ['2026-01-01', 'wdi2'],
  ])('on %s: %s', (date, id) => expect(vintageAsOf([wdi2, wdi1], date)?.id).toBe(id));
});

describe('versionsOf', () => {
  it('lists one table’s versions newest first', () => {
    expect(versionsOf([wdi1, weo1, wdi2], 'wdi#gdp').map((s) => s.id)).toEqual(['wdi2', 'wdi1']);
  });
});
