import { atom, type ReadableAtom } from 'nanostores';
import { openStorage, type DriverName } from '../lib/storage';

/** What the browser tells us about how safe the reader's data is. */
export interface StorageHealth {
  driver: DriverName;
  /** True when IndexedDB or localStorage holds the data; false when it lives in memory only. */
  durable: boolean;
  /** `navigator.storage.persisted()`: whether the browser promised not to evict the data. */
  persisted: boolean | 'unsupported';
  /** Bytes used and available, from `navigator.storage.estimate()`, when the browser says. */
  usage?: number;
  quota?: number;
  /** Why the data is not durable, when it is not. */
  problem?: string;
}

/** What the browser answered to the request for persistent storage, or why it was not asked. */
export type PersistenceAnswer = 'not-asked' | 'granted' | 'denied' | 'unsupported';

const persistence = atom<PersistenceAnswer>('not-asked');

/**
 * The answer to the request for persistent storage made after the reader's first save
 * (`persistence-request.ts`), shown on the "Your data" page.
 */
export const $persistenceAnswer: ReadableAtom<PersistenceAnswer> = persistence;

/** Records the browser's answer; only the request itself gives one. */
export const recordPersistenceAnswer = (answer: PersistenceAnswer) => persistence.set(answer);

/** Reads the storage facts shown on the "Your data" page. */
export async function readStorageHealth(): Promise<StorageHealth> {
  const { engine, fallbackReason } = await openStorage();
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  let persisted: StorageHealth['persisted'] = 'unsupported';
  let usage: number | undefined;
  let quota: number | undefined;
  try {
    if (storage?.persisted) persisted = await storage.persisted();
    if (storage?.estimate) ({ usage, quota } = await storage.estimate());
  } catch {
    // Some browsers refuse these in private modes; the page shows "unknown" instead.
  }
  return {
    driver: engine.driver,
    durable: engine.durable,
    persisted,
    ...(usage === undefined ? {} : { usage }),
    ...(quota === undefined ? {} : { quota }),
    ...(fallbackReason ? { problem: fallbackReason.message } : {}),
  };
}
