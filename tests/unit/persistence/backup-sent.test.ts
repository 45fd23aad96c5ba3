// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryEngine, useStorageForTests } from '../../../src/lib/storage';
import { sendBackup } from '../../../src/islands/backup/download-backup';
import { settings } from '../../../src/stores/settings';

const progress = {
  schemaVersion: 1,
  updatedAt: '2027-03-01T10:00:00.000Z',
  data: { lessons: [{ id: 'communication', done: true, updatedAt: '2027-03-01T10:00:00.000Z' }] },
};

describe('the date of the last backup', () => {
  const file = { canShare: () => true };

  afterEach(() => vi.unstubAllGlobals());

  it('is recorded when the share sheet takes the file, and not when the reader closes it', async () => {
    useStorageForTests({ engine: createMemoryEngine({ progress }) });
    // Watched, as the "Your data" panel that shows the date watches it.
    const unbind = settings.$data.listen(() => {});
    await settings.ready();
    const before = settings.$data.get().lastBackupAt;

    vi.stubGlobal('navigator', {
      ...file,
      share: () => Promise.reject(new DOMException('Share canceled', 'AbortError')),
    });
    expect((await sendBackup()).kind).toBe('cancelled');
    await settings.flush();
    expect(settings.$data.get().lastBackupAt).toBe(before);

    vi.stubGlobal('navigator', { ...file, share: () => Promise.resolve() });
    expect((await sendBackup()).kind).toBe('shared');
    await settings.flush();
    expect(settings.$data.get().lastBackupAt).not.toBe(before);
    expect(Date.now() - Date.parse(settings.$data.get().lastBackupAt!)).toBeLessThan(60_000);
    unbind();
  });
});
