/** Why a read or write failed, in words a reader can act on. */
export type StorageFailure = 'quota' | 'unavailable' | 'connection-lost' | 'unknown';

/** A storage error with a reason the save indicator can explain. */
export class StorageError extends Error {
  constructor(
    readonly reason: StorageFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** The browser refused a write because the site's storage is full. */
export class StorageQuotaError extends StorageError {
  constructor(cause?: unknown) {
    super('quota', 'The browser’s storage for this site is full.', { cause });
    this.name = 'StorageQuotaError';
  }
}

const errorName = (error: unknown) =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
const errorMessage = (error: unknown) =>
  typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
const errorCode = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;

/**
 * Every browser's way of saying "storage is full": Chromium and WebKit throw
 * `QuotaExceededError` (legacy code 22), older Firefox `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
 */
export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  const code = errorCode(error);
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014 ||
    /quota/i.test(errorMessage(error))
  );
}

/**
 * Errors after which reopening the database helps: Safari drops the IndexedDB connection when
 * a tab sleeps ("Connection to Indexed Database server lost. Refresh the page to try again"),
 * and a closing database throws InvalidStateError.
 */
export function isConnectionLost(error: unknown): boolean {
  return (
    errorName(error) === 'InvalidStateError' ||
    /Connection to Indexed Database server lost|database connection is closing/i.test(errorMessage(error))
  );
}

/** Maps anything a driver throws to a StorageError, keeping the original as `cause`. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageQuotaError(error);
  if (isConnectionLost(error)) {
    return new StorageError('connection-lost', 'The connection to the browser’s database was lost.', {
      cause: error,
    });
  }
  return new StorageError('unknown', `The browser could not save: ${errorMessage(error)}`, { cause: error });
}
