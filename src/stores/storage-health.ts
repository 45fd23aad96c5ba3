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

const persistence = atom<'not-asked' | 'granted' | 'denied' | 'unsupported'>('not-asked');

/** The answer to the request for persistent storage made after the reader's first save. */
export const $persistenceAnswer: ReadableAtom<'not-asked' | 'granted' | 'denied' | 'unsupported'> =
  persistence;

let asked = false;

/**
 * Asks the browser once per page to keep the data even under storage pressure. Asked only after
 * the reader has saved something real, because browsers weigh engagement when they answer.
 */
export async function askForPersistence(): Promise<void> {
  if (asked) return;
  asked = true;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) {
    persistence.set('unsupported');
    return;
  }
  try {
    if (await storage.persisted()) {
      persistence.set('granted');
      return;
    }
    persistence.set((await storage.persist()) ? 'granted' : 'denied');
  } catch {
    persistence.set('unsupported');
  }
}

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
