import { describe, expect, test } from 'vitest';
import {
  AUTHOR_KEY,
  CorrectionAuthor,
  cleanAuthor,
} from '../../src/state/correction-author.svelte.ts';

/** A real Map behind the two Storage methods the class uses. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

describe('cleanAuthor', () => {
  test.each([
    ['Aigerim', 'Aigerim'],
    ['  Aigerim\n Nurlanovna\t', 'Aigerim Nurlanovna'],
    ['', ''],
    ['x'.repeat(100), 'x'.repeat(80)],
  ])('%j → %j', (input, expected) => {
    expect(cleanAuthor(input)).toBe(expected);
  });
});

describe('CorrectionAuthor', () => {
  test('asked once: a name given is remembered for the next visit, and can be changed', () => {
    const storage = memoryStorage();
    const first = new CorrectionAuthor(storage);
    expect(first.name).toBe('');
    first.set('  Aigerim ');
    expect(first.name).toBe('Aigerim');
    expect(storage.map.get(AUTHOR_KEY)).toBe('Aigerim');
    const nextVisit = new CorrectionAuthor(storage);
    expect(nextVisit.name).toBe('Aigerim');
    nextVisit.set('Daniyar');
    expect(new CorrectionAuthor(storage).name).toBe('Daniyar');
  });

  test('storage refused: the name is kept for the page, nothing throws', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const author = new CorrectionAuthor(refusing);
    expect(author.name).toBe('');
    author.set('Aigerim');
    expect(author.name).toBe('Aigerim');
    expect(new CorrectionAuthor(undefined).name).toBe('');
  });
});
