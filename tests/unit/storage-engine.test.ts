import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isConnectionLost,
  isQuotaError,
  StorageQuotaError,
  toStorageError,
} from '../../src/lib/storage/errors';
import { createLocalforageEngine, DATABASE } from '../../src/lib/storage/localforage-engine';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the localforage engine on IndexedDB', () => {
  it('stores and reads back structured values in the workbook database', async () => {
    const engine = await createLocalforageEngine({ drivers: ['indexeddb'] });
    expect(engine.driver).toBe('indexeddb');
    expect(engine.durable).toBe(true);
    const value = { schemaVersion: 1, updatedAt: '2027-03-01T10:00:00.000Z', data: { lessons: [] } };
    await engine.setItem('progress', value);
    expect(await engine.getItem('progress')).toEqual(value);
    expect(await engine.keys()).toEqual(['progress']);
    await engine.removeItem('progress');
    expect(await engine.getItem('progress')).toBeNull();

    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).toContain(DATABASE.name);
  });

  it('gives up opening after the timeout instead of waiting forever', async () => {
    // WebKit can leave indexedDB.open pending forever: a request that never fires an event.
    vi.spyOn(indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const started = Date.now();
    // A database name of its own: localforage reuses an open connection to a known one.
    await expect(
      createLocalforageEngine({ drivers: ['indexeddb'], timeoutMs: 200, name: 'never-opens' }),
    ).rejects.toMatchObject({
      name: 'StorageError',
      reason: 'unavailable',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reopens and retries once when the connection is lost', async () => {
    const engine = await createLocalforageEngine({ drivers: ['indexeddb'] });
    await engine.setItem('settings', { n: 1 });
    let failures = 1;
    const { transaction } = IDBDatabase.prototype as { transaction: (...args: unknown[]) => IDBTransaction };
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args) {
      if (failures-- > 0) throw new DOMException('The database connection is closing.', 'InvalidStateError');
      return transaction.apply(this, args);
    });
    expect(await engine.getItem('settings')).toEqual({ n: 1 });
    expect(failures).toBeLessThan(0);
  });

  it('writes many entries in one transaction: all of them, or none when any fails', async () => {
    const engine = await createLocalforageEngine({ drivers: ['indexeddb'] });
    await engine.setItem('goals', { n: 'old goals' });
    await engine.setItem('people', { n: 'old people' });
    await engine.setItems([
      ['goals', { n: 'new goals' }],
      ['people', null],
    ]);
    expect(await engine.getItem('goals')).toEqual({ n: 'new goals' });
    expect(await engine.getItem('people')).toBeNull();

    await engine.setItem('people', { n: 'old people' });
    const { put } = IDBObjectStore.prototype as { put: (...args: unknown[]) => IDBRequest<IDBValidKey> };
    let puts = 0;
    // The third write fails for space, as a restore of a large file can.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 3) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(
      engine.setItems([
        ['goals', { n: 'newer goals' }],
        ['people', { n: 'new people' }],
        ['interactions', { n: 'new log' }],
      ]),
    ).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await engine.getItem('goals')).toEqual({ n: 'new goals' });
    expect(await engine.getItem('people')).toEqual({ n: 'old people' });
    expect(await engine.getItem('interactions')).toBeNull();
    await Promise.all(['goals', 'people'].map((key) => engine.removeItem(key)));
  });

  it('turns a quota failure into one typed error', async () => {
    const engine = await createLocalforageEngine({ drivers: ['indexeddb'] });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await expect(engine.setItem('goals', { big: true })).rejects.toBeInstanceOf(StorageQuotaError);
  });
});

describe('storage error mapping', () => {
  it.each([
    ['Chromium/WebKit name', new DOMException('x', 'QuotaExceededError')],
    ['old Firefox name', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }],
    ['legacy code 22', { name: 'Error', code: 22, message: '' }],
    ['message only', new Error('The quota has been exceeded.')],
  ])('recognises a quota error by %s', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(toStorageError(error)).toBeInstanceOf(StorageQuotaError);
  });

  it.each([
    new Error('Connection to Indexed Database server lost. Refresh the page to try again'),
    new DOMException('closing', 'InvalidStateError'),
  ])('recognises a lost connection: %s', (error) => {
    expect(isConnectionLost(error)).toBe(true);
    expect(toStorageError(error).reason).toBe('connection-lost');
  });

  it('keeps other errors as unknown, with their message', () => {
    const mapped = toStorageError(new TypeError('boom'));
    expect(mapped.reason).toBe('unknown');
    expect(mapped.message).toMatch(/boom/);
    expect(isQuotaError(new TypeError('boom'))).toBe(false);
  });
});
