// The only module that imports localforage (see DESIGN.md, "one door to storage"). Built from its
// source without the WebSQL driver or the Promise polyfill (integrations/localforage-without-websql.ts):
// browsers that have IndexedDB have Promise and no longer have WebSQL, and every worksheet page
// loads this chunk on its first read.
import localforage from 'localforage/src/localforage.js';
import { createMemoryEngine, type DriverName, type OpenedStorage, type StorageEngine } from './engine';
import { StorageError, isConnectionLost, toStorageError } from './errors';

const STASH_PREFIX = 'networking-workbook:unsaved:';

/**
 * A synchronous emergency copy in localStorage, used only while a page closes with a save still
 * pending. localStorage writes complete before the page goes; IndexedDB writes may not.
 */
export function createStash(getStorage: () => Storage | undefined) {
  const store = () => {
    try {
      return getStorage();
    } catch {
      return undefined; // blocked storage throws on access
    }
  };
  return {
    stash(key: string, value: unknown): boolean {
      try {
        store()?.setItem(STASH_PREFIX + key, JSON.stringify(value));
        return store() !== undefined;
      } catch {
        return false;
      }
    },
    unstash(key: string): unknown {
      try {
        const text = store()?.getItem(STASH_PREFIX + key);
        return text ? (JSON.parse(text) as unknown) : null;
      } catch {
        return null;
      }
    },
    clearStash(key: string): void {
      try {
        store()?.removeItem(STASH_PREFIX + key);
      } catch {
        // Nothing to clear where storage is blocked.
      }
    },
  };
}

/** Database and object store names; changing them would strand every reader's data. */
export const DATABASE = { name: 'networking-workbook', storeName: 'documents' } as const;

/** How long opening may take before we stop waiting (WebKit can leave `open` pending forever). */
export const OPEN_TIMEOUT_MS = 4000;

const driverNames: Record<string, DriverName> = {
  [localforage.INDEXEDDB]: 'indexeddb',
  [localforage.LOCALSTORAGE]: 'localstorage',
};

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StorageError('unavailable', `${what} did not answer within ${ms / 1000} s.`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function open(name: string, drivers: string[], timeoutMs: number): Promise<LocalForage> {
  const instance = localforage.createInstance({ ...DATABASE, name, driver: drivers });
  await withTimeout(instance.ready(), timeoutMs, 'The browser’s database');
  return instance;
}

/**
 * Opens the reader's database: IndexedDB first, then localStorage. Throws a StorageError when
 * neither works, so the caller can fall back to memory and say so.
 */
export async function createLocalforageEngine(
  options: { drivers?: ('indexeddb' | 'localstorage')[]; timeoutMs?: number; name?: string } = {},
): Promise<StorageEngine> {
  const drivers = (options.drivers ?? ['indexeddb', 'localstorage']).map((name) =>
    name === 'indexeddb' ? localforage.INDEXEDDB : localforage.LOCALSTORAGE,
  );
  const timeoutMs = options.timeoutMs ?? OPEN_TIMEOUT_MS;
  const name = options.name ?? DATABASE.name;
  let instance: LocalForage;
  try {
    instance = await open(name, drivers, timeoutMs);
  } catch (error) {
    throw new StorageError('unavailable', 'This browser offers no storage the workbook can use.', {
      cause: error,
    });
  }
  const driver = driverNames[instance.driver() ?? ''] ?? 'localstorage';

  /** Runs an operation, reopening once if the connection was lost under it. */
  async function run<T>(operation: (db: LocalForage) => Promise<T>): Promise<T> {
    try {
      return await operation(instance);
    } catch (error) {
      if (!isConnectionLost(error)) throw toStorageError(error);
      try {
        instance = await open(name, drivers, timeoutMs);
        return await operation(instance);
      } catch (retryError) {
        throw toStorageError(retryError);
      }
    }
  }

  return {
    driver,
    durable: true,
    ...createStash(() => globalThis.localStorage),
    getItem: (key) => run((db) => db.getItem<unknown>(key)),
    setItem: async (key, value) => {
      await run((db) => db.setItem(key, value));
      if (driver === 'indexeddb') markUsed();
    },
    setItems: async (entries) => {
      // Fetched on use: only a restore, or taking in what the stand-in kept, writes many at once.
      const { putAll, putEach } = await import('./write-all');
      await run((db) => (driver === 'indexeddb' ? putAll(db, entries) : putEach(db, entries)));
      if (driver === 'indexeddb') markUsed();
    },
    removeItem: (key) => run((db) => db.removeItem(key)),
    keys: () => run((db) => db.keys()),
  };
}

// localStorage stands in for IndexedDB when the database will not open. The stand-in keeps its
// copies under localforage's own prefix for this database, where the localStorage driver has
// always put them, so answers a browser without IndexedDB kept there are taken in the same way.
const standInPrefix = (name: string) => `${name}/${DATABASE.storeName}/`;
// Set in localStorage on the first write to IndexedDB: when the database later fails to open,
// it tells "the saved answers are in there and cannot be read" from "there were none".
export const USED_MARK = 'networking-workbook:indexeddb-used';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const local = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked storage throws on access
  }
};

function markUsed(): void {
  try {
    // Read each time (a cheap, synchronous read): the reader may clear localStorage alone.
    if (local()?.getItem(USED_MARK) !== '1') local()?.setItem(USED_MARK, '1');
  } catch {
    // Without localStorage there is no stand-in either, so nothing needs to know.
  }
}

/** True when localStorage holds copies written while IndexedDB was closed. */
function hasStandInCopies(name: string): boolean {
  const storage = local();
  if (!storage) return false;
  for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(standInPrefix(name))) return true;
  return false;
}

/**
 * Opens the reader's storage for the page: IndexedDB, with anything written to the localStorage
 * stand-in meanwhile merged back first (so every page and every backup sees it); else the
 * stand-in, saying whether saved answers are out of reach; else memory, saying why.
 */
export async function openReaderStorage({ name }: { name?: string } = {}): Promise<OpenedStorage> {
  name ??= DATABASE.name;
  let reason: StorageError;
  try {
    const engine = await createLocalforageEngine({ drivers: ['indexeddb'], name });
    if (hasStandInCopies(name)) {
      const { takeInStandIn } = await import('./write-all');
      await takeInStandIn(engine, () => createLocalforageEngine({ drivers: ['localstorage'], name }));
    }
    return { engine };
  } catch (error) {
    // The browser's own words are the useful part: "Internal error opening backing store", say.
    const cause = error instanceof StorageError && error.cause instanceof Error ? error.cause : error;
    // localforage's own "No available storage method found." tells a reader nothing; leave it out.
    const said = /No available storage method/i.test(describe(cause)) ? '' : ` (${describe(cause)})`;
    reason = new StorageError('unavailable', `The browser’s database would not open${said}.`, {
      cause: error,
    });
  }
  try {
    const engine = await createLocalforageEngine({ drivers: ['localstorage'], name });
    return { engine, standIn: { reason, unread: local()?.getItem(USED_MARK) === '1' } };
  } catch (error) {
    return {
      engine: createMemoryEngine(),
      fallbackReason: new StorageError(
        'unavailable',
        'This browser offers no storage the workbook can use.',
        {
          cause: error,
        },
      ),
      ...(typeof indexedDB === 'undefined' ? {} : { standIn: { reason, unread: true } }),
    };
  }
}
