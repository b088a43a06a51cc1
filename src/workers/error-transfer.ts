import { StorageQuotaError } from '../db/types.ts';

/**
 * An error as it comes back from the worker: Comlink sends its name and message (a structured
 * clone keeps neither class nor prototype) and rebuilds a plain Error from them.
 */
export interface TransferredError {
  name: string;
  message: string;
}

/** The error as the extraction worker (not a Comlink one) posts it back. */
export function transferError(error: unknown): TransferredError {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** Rebuilds a transferred error; the quota error keeps its type, so the page can tell it apart. */
export function rebuildError(error: TransferredError): Error {
  if (error.name === 'StorageQuotaError') {
    const quota = new StorageQuotaError('the dataset');
    quota.message = error.message;
    return quota;
  }
  return Object.assign(new Error(error.message), { name: error.name });
}
