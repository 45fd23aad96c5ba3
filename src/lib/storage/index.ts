import { createMemoryEngine, type StorageEngine } from './engine';
import { StorageError } from './errors';

export type { DriverName, StorageEngine } from './engine';
export { createMemoryEngine } from './engine';
export { StorageError, StorageQuotaError, isQuotaError, isConnectionLost, toStorageError } from './errors';

/** The engine in use, and why it is not durable when it fell back to memory. */
export interface OpenedStorage {
  engine: StorageEngine;
  /** Set when the browser's storage could not be opened and data lives only for this visit. */
  fallbackReason?: StorageError;
  /**
   * Set when IndexedDB would not open. `reason` says why; `unread` is true when it holds answers
   * saved before, now out of reach (untouched, and shown again once it opens). Unless memory is
   * all there is, localStorage stands in meanwhile and what it holds is merged back then.
   */
  standIn?: { reason: StorageError; unread: boolean };
}

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
