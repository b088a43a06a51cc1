import { describe, expect, test } from 'vitest';
import { describeStorage } from '../../src/lib/storage-usage.ts';

const GB = 1024 ** 3;
const MB = 1024 ** 2;

describe('describeStorage', () => {
  test.each([
    {
      figures: { usage: 12.3 * MB, quota: 2 * GB, persisted: true },
      usage: 'Sandar uses 12.3 MB of the 2.0 GB this browser allows (0.6%).',
    },
    {
      figures: { usage: 1536, quota: 100 * GB, persisted: false },
      usage: 'Sandar uses 1.5 KB of the 100.0 GB this browser allows (less than 0.1%).',
    },
    {
      figures: { usage: 0, quota: 512 * MB, persisted: false },
      usage: 'Sandar uses 0 B of the 512.0 MB this browser allows (0.0%).',
    },
    {
      figures: { usage: 450 * MB, quota: 500 * MB, persisted: true },
      usage: 'Sandar uses 450.0 MB of the 500.0 MB this browser allows (90%).',
    },
    {
      figures: { usage: 10, quota: 0, persisted: false },
      usage: 'Sandar uses 10 B of the 0 B this browser allows.',
    },
  ])('$usage', ({ figures, usage }) => {
    const input = { ...figures };
    expect(describeStorage(figures).usage).toBe(usage);
    expect(figures).toEqual(input);
  });

  test.each([
    { persisted: true, expected: /^Storage is persistent: the browser keeps it/ },
    { persisted: false, expected: /^Storage is not persistent: the browser may clear it/ },
  ])('persisted $persisted', ({ persisted, expected }) => {
    expect(describeStorage({ usage: 1, quota: GB, persisted }).persistence).toMatch(expected);
  });
});
