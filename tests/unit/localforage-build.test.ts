// @vitest-environment jsdom
// localforage as the site builds it (integrations/localforage-without-websql.ts, also in Vitest's
// config): WebSQL is a driver that is never supported, and localStorage, fetched on first use, still
// serves as the fallback.
import localforage from 'localforage/src/localforage.js';
import { describe, expect, it } from 'vitest';
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
});
