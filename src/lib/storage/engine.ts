import type { StorageError } from './errors';

/** Which mechanism holds the reader's data, from most to least durable. */
export type DriverName = 'indexeddb' | 'localstorage' | 'memory';

/**
 * The small async interface every storage backend offers. Values are plain JSON-compatible
 * data; backends may clone them (IndexedDB does), so callers never rely on identity.
 */
export interface StorageEngine {
  /** The backend in use, shown on the "Your data" page. */
  readonly driver: DriverName;
  /** True when the data will survive closing the tab. */
  readonly durable: boolean;
  getItem(key: string): Promise<unknown>;
  setItem(key: string, value: unknown): Promise<void>;
  /**
   * Writes every entry or none of them, even when the page closes during the write: a restore
   * replaces many documents, and a mix of old and new would be worse than either.
   */
  setItems(entries: readonly (readonly [string, unknown])[]): Promise<void>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /**
   * Keeps a copy synchronously, for the moment a page is closing: an asynchronous write started
   * then may never finish, a synchronous one does. Returns false when there is nowhere to put it.
   */
  stash(key: string, value: unknown): boolean;
  /** The copy kept by `stash`, or null. */
  unstash(key: string): unknown;
  /** Forgets the stashed copy once the real write has landed. */
  clearStash(key: string): void;
}

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

/**
 * Keeps data in memory only: used by unit tests, and as the last resort when the browser
 * offers no storage at all (the reader is told that nothing outlives the visit).
 */
export function createMemoryEngine(initial: Record<string, unknown> = {}): StorageEngine {
  const items = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]));
  const stashed = new Map<string, unknown>();
  return {
    stash: (key, value) => {
      stashed.set(key, structuredClone(value));
      return true;
    },
    unstash: (key) => (stashed.has(key) ? structuredClone(stashed.get(key)) : null),
    clearStash: (key) => {
      stashed.delete(key);
    },
    driver: 'memory',
    durable: false,
    getItem: (key) => Promise.resolve(items.has(key) ? structuredClone(items.get(key)) : null),
    setItem: (key, value) => {
      items.set(key, structuredClone(value));
      return Promise.resolve();
    },
    setItems: (entries) => {
      const copies = entries.map(([key, value]) => [key, structuredClone(value)] as const);
      for (const [key, value] of copies) items.set(key, value);
      return Promise.resolve();
    },
    removeItem: (key) => {
      items.delete(key);
      return Promise.resolve();
    },
    keys: () => Promise.resolve([...items.keys()]),
  };
}
