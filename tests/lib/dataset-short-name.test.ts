import { expect, test } from 'vitest';
import { shortDatasetName, type NamedDataset } from '../../src/lib/dataset-short-name.ts';

const at = (iso: string) => Date.parse(iso);
const baseline: NamedDataset = {
  id: 'baseline',
  kind: 'baseline',
  createdAt: at('2026-12-01T09:00:00Z'),
};
const one: NamedDataset = { id: 'u1', kind: 'upload', createdAt: at('2026-12-06T14:05:00Z') };
const sameDay: NamedDataset = { id: 'u2', kind: 'upload', createdAt: at('2026-12-06T16:30:00Z') };
const sameMinute: NamedDataset = {
  id: 'u3',
  kind: 'upload',
  createdAt: at('2026-12-06T16:30:20Z'),
};
const otherDay: NamedDataset = { id: 'u4', kind: 'upload', createdAt: at('2026-11-30T08:00:00Z') };

test.each([
  { name: 'the baseline', dataset: baseline, all: [baseline, one], expected: 'baseline' },
  {
    name: 'an upload alone on its day',
    dataset: one,
    all: [baseline, one, otherDay],
    expected: 'upload 6 Dec',
  },
  {
    name: 'two uploads on a day get their time',
    dataset: one,
    all: [one, sameDay],
    expected: 'upload 6 Dec 14:05',
  },
  {
    name: 'two in one minute are numbered',
    dataset: sameMinute,
    all: [one, sameDay, sameMinute],
    expected: 'upload 6 Dec 16:30 (2)',
  },
])('$name → $expected', ({ dataset, all, expected }) => {
  const copy = structuredClone(all);
  expect(shortDatasetName(dataset, all)).toBe(expected);
  expect(all).toEqual(copy);
});
