// @vitest-environment jsdom
// localforage as the site builds it (integrations/localforage-without-websql.ts, also in Vitest's
// config): WebSQL is a driver that is never supported, localStorage, fetched on first use, still
// serves as the fallback, and the IndexedDB driver keeps only the methods the engine calls.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import localforage from 'localforage/src/localforage.js';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT_METHODS, trimIndexedDBDriver } from '../../integrations/localforage-without-websql';
import { createLocalforageEngine } from '../../src/lib/storage/localforage-engine';

describe('localforage without WebSQL', () => {
  it('has a WebSQL driver that is never supported and never runs', async () => {
    expect(localforage.supports(localforage.WEBSQL)).toBe(false);
    const webSQL = (await localforage.getDriver(localforage.WEBSQL)) as unknown as {
      getItem: (key: string) => Promise<unknown>;
    };
    await expect(webSQL.getItem('progress')).rejects.toThrow('WebSQL is not available in this build.');
  });

  it('falls back to localStorage, which stores and reads back structured values', async () => {
    const engine = await createLocalforageEngine({ drivers: ['localstorage'], name: 'fallback-test' });
    expect(engine.driver).toBe('localstorage');
    const value = { schemaVersion: 1, updatedAt: '2027-03-01T10:00:00.000Z', data: { lessons: [] } };
    await engine.setItem('progress', value);
    expect(await engine.getItem('progress')).toEqual(value);
    expect(await engine.keys()).toEqual(['progress']);
    expect(Object.keys(localStorage).some((key) => key.startsWith('fallback-test/'))).toBe(true);
    await engine.removeItem('progress');
    expect(await engine.getItem('progress')).toBeNull();
  });

  it('still hands out its serializer, fetched when asked for', async () => {
    const serializer = await localforage.getSerializer();
    const text = await new Promise<string>((resolve, reject) =>
      serializer.serialize(new Uint8Array([1, 2, 3]), (result, error) =>
        error ? reject(new Error(String(error))) : resolve(result),
      ),
    );
    const back: unknown = serializer.deserialize(text);
    expect(back).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('keeps the IndexedDB methods the engine calls, and refuses the left-out ones in words', async () => {
    const db = localforage.createInstance({ name: 'trimmed-driver', driver: localforage.INDEXEDDB });
    await db.setItem('progress', { lessons: ['goals'] });
    expect(db.driver()).toBe(localforage.INDEXEDDB);
    expect(await db.getItem('progress')).toEqual({ lessons: ['goals'] });
    expect(await db.keys()).toEqual(['progress']);
    await db.removeItem('progress');
    expect(await db.getItem('progress')).toBeNull();
    await expect(db.iterate(() => undefined)).rejects.toThrow(
      'localforage.iterate() is left out of the workbook: its storage engine never calls it.',
    );
    await expect(db.clear()).rejects.toThrow('localforage.clear() is left out');
    await expect(db.length()).rejects.toThrow('localforage.length() is left out');
  });
});

describe('trimming the IndexedDB driver', () => {
  const source = readFileSync('node_modules/localforage/src/drivers/indexeddb.js', 'utf8');

  it('points exactly the left-out methods away from their code, keeping every line in place', () => {
    const trimmed = trimIndexedDBDriver(source);
    for (const name of LEFT_OUT_METHODS) expect(trimmed).toContain(`${name}: leftOut('${name}')`);
    for (const name of ['_initStorage', 'getItem', 'setItem', 'removeItem', 'keys'])
      expect(trimmed).toContain(`${name}: ${name}`);
    const before = source.split('\n');
    const after = trimmed.split('\n').slice(0, before.length);
    const changed = before.filter((line, index) => line !== after[index]).map((line) => line.trim());
    expect(changed).toEqual(
      LEFT_OUT_METHODS.map((name) => `${name}: ${name},`.replace('dropInstance,', 'dropInstance')),
    );
  });

  it('refuses a driver that does not read as expected, rather than trimming nothing', () => {
    expect(() => trimIndexedDBDriver('export default {};')).toThrow('IndexedDB driver object was not found');
    expect(() => trimIndexedDBDriver(source.replace('    iterate: iterate,\n', ''))).toThrow(
      'has no `iterate: iterate` entry',
    );
  });
});
