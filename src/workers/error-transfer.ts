import { StorageQuotaError } from '../db/types.ts';

/** An error as it crosses the worker boundary: structured clone keeps neither class nor prototype. */
export interface TransferredError {
  name: string;
  message: string;
}

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
