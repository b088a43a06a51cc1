import { describe, expect, test } from 'vitest';
import { LruCache } from '../../src/lib/lru-cache.ts';

type Step = ['set', string, number] | ['delete', string];

describe('LruCache', () => {
  test.each<{ name: string; capacity: number; steps: Step[]; kept: Record<string, number> }>([
    {
      name: 'keeps what fits',
      capacity: 3,
      steps: [
        ['set', 'a', 1],
        ['set', 'b', 2],
      ],
      kept: { a: 1, b: 2 },
    },
    {
      name: 'drops the oldest beyond the capacity',
      capacity: 2,
      steps: [
        ['set', 'a', 1],
        ['set', 'b', 2],
        ['set', 'c', 3],
      ],
      kept: { b: 2, c: 3 },
    },
    {
      name: 'storing again makes an entry the newest',
      capacity: 2,
      steps: [
        ['set', 'a', 1],
        ['set', 'b', 2],
        ['set', 'a', 10],
        ['set', 'c', 3],
      ],
      kept: { a: 10, c: 3 },
    },
    {
      name: 'a deleted entry is gone and frees its place',
      capacity: 2,
      steps: [
        ['set', 'a', 1],
        ['set', 'b', 2],
        ['delete', 'a'],
        ['set', 'c', 3],
      ],
      kept: { b: 2, c: 3 },
    },
  ])('$name', ({ capacity, steps, kept }) => {
    const cache = new LruCache<string, number>(capacity);
    for (const step of steps) {
      if (step[0] === 'set') cache.set(step[1], step[2]);
      else cache.delete(step[1]);
    }
    expect(cache.size).toBe(Object.keys(kept).length);
    for (const key of ['a', 'b', 'c']) expect(cache.get(key)).toBe(kept[key]);
  });

  test('reading does not refresh an entry', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('a')).toBeUndefined();
  });

  test.each([0, -1, 1.5, Number.NaN])('refuses capacity %d', (capacity) => {
    expect(() => new LruCache(capacity)).toThrow(/not a positive whole number/);
  });
});
