import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * A fresh copy of the request and of the answer it records: the request is made once per page,
 * so each case loads the modules anew, as a new page would.
 */
async function freshPage(storage: Partial<StorageManager> | undefined) {
  vi.resetModules();
  vi.stubGlobal('navigator', { storage });
  const { askForPersistence } = await import('../../../src/persistence/persistence-request');
  const { $persistenceAnswer } = await import('../../../src/persistence/storage-health');
  return { askForPersistence, $persistenceAnswer };
}

afterEach(() => vi.unstubAllGlobals());

describe('askForPersistence', () => {
  it('records "granted" without asking again when the browser already keeps the data', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const page = await freshPage({ persisted: () => Promise.resolve(true), persist });
    expect(page.$persistenceAnswer.get()).toBe('not-asked');
    await page.askForPersistence();
    expect(page.$persistenceAnswer.get()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it.each([
    [true, 'granted'],
    [false, 'denied'],
  ] as const)('asks, and records the browser answering %s as "%s"', async (answer, recorded) => {
    const page = await freshPage({
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(answer),
    });
    await page.askForPersistence();
    expect(page.$persistenceAnswer.get()).toBe(recorded);
  });

  it('records "unsupported" when the browser has no such request or refuses to answer', async () => {
    const without = await freshPage(undefined);
    await without.askForPersistence();
    expect(without.$persistenceAnswer.get()).toBe('unsupported');

    const refusing = await freshPage({
      persisted: () => Promise.reject(new DOMException('private mode', 'SecurityError')),
      persist: () => Promise.resolve(true),
    });
    await refusing.askForPersistence();
    expect(refusing.$persistenceAnswer.get()).toBe('unsupported');
  });

  it('asks once per page, however many saves follow', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const page = await freshPage({ persisted: () => Promise.resolve(false), persist });
    await Promise.all([page.askForPersistence(), page.askForPersistence()]);
    await page.askForPersistence();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
