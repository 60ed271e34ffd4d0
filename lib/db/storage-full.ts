import Dexie from 'dexie';

/** Thrown when the disk is full: the transaction rolled back and nothing was written. */
export class StorageFullError extends Error {
  constructor() {
    super('storage-full');
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return (
    e?.name === 'QuotaExceededError' ||
    e?.inner?.name === 'QuotaExceededError' ||
    e?.name === Dexie.errnames.QuotaExceeded
  );
}

/** Runs a write; a full disk becomes StorageFullError (the transaction rolled back: nothing was written). */
export async function orStorageFull<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError() : error;
  }
}
