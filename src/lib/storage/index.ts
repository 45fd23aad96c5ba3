import { createMemoryEngine, type OpenedStorage } from './engine';
import { StorageError } from './errors';

export type { DriverName, OpenedStorage, StorageEngine } from './engine';
export { createMemoryEngine } from './engine';
export { StorageError, StorageQuotaError, isQuotaError, isConnectionLost, toStorageError } from './errors';

let opening: Promise<OpenedStorage> | undefined;

/**
 * Opens storage once per page, on first use (never at module load: pages render on the server).
 * When the browser offers no storage, work continues in memory and the reason is reported.
 */
export function openStorage(): Promise<OpenedStorage> {
  opening ??= import('./localforage-engine')
    .then(({ openReaderStorage }) => openReaderStorage())
    .catch((error: unknown): OpenedStorage => ({
      engine: createMemoryEngine(),
      fallbackReason:
        error instanceof StorageError
          ? error
          : new StorageError('unavailable', 'This browser offers no storage.', { cause: error }),
    }));
  return opening;
}

/** Replaces the engine, for unit tests and benchmarks. */
export function useStorageForTests(storage: OpenedStorage | undefined): void {
  opening = storage ? Promise.resolve(storage) : undefined;
}
