import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { DB_NAME, hasStoredData } from '../../src/db/stored.ts';

/** A real (in-memory) IndexedDB holding the named, empty databases. */
async function factoryWith(names: string[]): Promise<IDBFactory> {
  const factory = new IDBFactory();
  for (const name of names)
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(name);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  return factory;
}

describe('hasStoredData', () => {
  test.each([
    { name: 'a first visit: no database', databases: [], expected: false },
    { name: "another app's database only", databases: ['other-app'], expected: false },
    { name: "Sandar's database (an earlier visit)", databases: [DB_NAME], expected: true },
  ])('$name: $expected', async ({ databases, expected }) => {
    expect(await hasStoredData(await factoryWith(databases))).toBe(expected);
  });

  test('without IndexedDB nothing can be stored', async () => {
    expect(await hasStoredData(undefined)).toBe(false);
  });

  test('a browser that cannot list its databases counts as holding some', async () => {
    const unlisted = Object.assign(new IDBFactory(), { databases: undefined });
    const failing = Object.assign(new IDBFactory(), {
      databases: () => Promise.reject(new Error('denied')),
    });
    expect(await hasStoredData(unlisted as unknown as IDBFactory)).toBe(true);
    expect(await hasStoredData(failing as unknown as IDBFactory)).toBe(true);
  });
});
