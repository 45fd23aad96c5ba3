// Writing many entries at once, for the storage engine (localforage-engine.ts), which fetches
// this on first use: a restore, or taking in what the localStorage stand-in kept.
import type { StorageEngine } from './engine';
import { StorageError } from './errors';

/**
 * Merges what the localStorage stand-in kept into IndexedDB (see merge-back.ts, which needs
 * every schema and so loads only now). A failed merge leaves the stand-in's copies where they
 * are, for the next page to take in; the page shows the saved answers meanwhile.
 */
export async function takeInStandIn(primary: StorageEngine, openStandIn: () => Promise<StorageEngine>) {
  try {
    const { mergeBack } = await import('./merge-back');
    await mergeBack(primary, await openStandIn());
  } catch {
    // Nothing lost: the stand-in keeps its copies until a merge succeeds.
  }
}

/** What localforage keeps of an open IndexedDB database; not part of its typings. */
interface OpenDatabase {
  _dbInfo?: { db?: IDBDatabase; storeName?: string };
}

/**
 * Writes every entry in one IndexedDB transaction, which the browser commits whole or not at
 * all: a quota error on the third write, or the tab closing mid-way, leaves everything as it
 * was. localforage writes one key per transaction, so this goes to the database it opened.
 * `null` is stored as `undefined`, as localforage does, so reads give back the same value.
 */
export function putAll(
  instance: LocalForage,
  entries: readonly (readonly [string, unknown])[],
): Promise<void> {
  const { db, storeName } = (instance as unknown as OpenDatabase)._dbInfo ?? {};
  if (!db || !storeName) return Promise.reject(new StorageError('unavailable', 'The database is not open.'));
  return new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(storeName, 'readwrite', { durability: 'strict' });
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('The browser cancelled the write.'));
    try {
      const store = transaction.objectStore(storeName);
      for (const [key, value] of entries) store.put(value ?? undefined, key);
    } catch (error) {
      transaction.abort();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * The same for localStorage, which has no transactions: each previous value is put back when a
 * write fails. Used only while IndexedDB is closed, when nothing as large as a restore runs.
 */
export async function putEach(
  instance: LocalForage,
  entries: readonly (readonly [string, unknown])[],
): Promise<void> {
  const before = await Promise.all(entries.map(([key]) => instance.getItem<unknown>(key)));
  let written = 0;
  try {
    for (const [key, value] of entries) {
      await instance.setItem(key, value);
      written++;
    }
  } catch (error) {
    for (let i = 0; i < written; i++) {
      const [key] = entries[i]!;
      await (before[i] === null ? instance.removeItem(key) : instance.setItem(key, before[i])).catch(
        () => {},
      );
    }
    throw error;
  }
}
