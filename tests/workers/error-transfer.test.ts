import { describe, expect, test } from 'vitest';
import { DatasetNotFoundError, StorageQuotaError } from '../../src/db/types.ts';
import { rebuildError, transferError } from '../../src/workers/error-transfer.ts';

describe('errors across the worker boundary', () => {
  test.each([
    [new StorageQuotaError('"big.csv"'), StorageQuotaError],
    [new DatasetNotFoundError('x'), Error],
    [new TypeError('bad'), Error],
  ])('%s keeps its message and name', (error, type) => {
    // structuredClone is what postMessage does to the transferred form.
    const rebuilt = rebuildError(structuredClone(transferError(error)));
    expect(rebuilt).toBeInstanceOf(type);
    expect(rebuilt.message).toBe(error.message);
    expect(rebuilt.name).toBe(error.name);
  });

  test('the quota message tells the user nothing was saved', () => {
    const rebuilt = rebuildError(transferError(new StorageQuotaError('"big.csv"')));
    expect(rebuilt.message).toBe(
      'Not enough storage space to save "big.csv"; nothing was saved. Free some space (delete a dataset) and try again.',
    );
  });

  test('a thrown non-error becomes an error with its text', () => {
    expect(rebuildError(transferError('plain'))).toMatchObject({ name: 'Error', message: 'plain' });
  });
});
