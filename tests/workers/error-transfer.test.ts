import { expose, wrap } from 'comlink';
import { afterAll, describe, expect, test } from 'vitest';
import { DatasetNotFoundError, StorageQuotaError } from '../../src/db/types.ts';
import { rebuildError } from '../../src/workers/error-transfer.ts';

/** Errors as the worker throws them, made on its side of the channel. */
const ERRORS = {
  quota: () => new StorageQuotaError('"big.csv"'),
  notFound: () => new DatasetNotFoundError('x'),
  type: () => new TypeError('bad'),
};
type ErrorName = keyof typeof ERRORS;

// Comlink over a real MessageChannel, as between the page and the data worker.
const { port1, port2 } = new MessageChannel();
expose(
  {
    fail(name: ErrorName) {
      throw ERRORS[name]();
    },
  },
  port1 as unknown as Parameters<typeof expose>[1],
);
const remote = wrap<{ fail(name: ErrorName): void }>(
  port2 as unknown as Parameters<typeof wrap>[0],
);
afterAll(() => {
  port1.close();
  port2.close();
});

/** What the page gets when the worker throws error `name`, after `rebuildError`. */
async function thrownAcross(name: ErrorName): Promise<Error> {
  try {
    await remote.fail(name);
  } catch (caught) {
    return rebuildError(caught as Error);
  }
  throw new Error('the call did not fail');
}

describe('errors across the worker boundary', () => {
  test.each([
    ['quota', StorageQuotaError],
    ['notFound', Error],
    ['type', Error],
  ] as const)('%s keeps its message and name', async (name, type) => {
    const error = ERRORS[name]();
    const rebuilt = await thrownAcross(name);
    expect(rebuilt).toBeInstanceOf(type);
    expect(rebuilt.message).toBe(error.message);
    expect(rebuilt.name).toBe(error.name);
  });

  test('the quota message tells the user nothing was saved', async () => {
    const rebuilt = await thrownAcross('quota');
    expect(rebuilt.message).toBe(
      'Not enough storage space to save "big.csv"; nothing was saved. Free some space (delete a dataset) and try again.',
    );
  });
});
