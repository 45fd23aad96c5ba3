// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planImport, serializeBackup, makeBackup } from '../../../src/persistence/backup-file';
import { createMemoryEngine, useStorageForTests, type StorageEngine } from '../../../src/lib/storage';
import { StorageError } from '../../../src/lib/storage/errors';
import { documentSpecs } from '../../../src/documents';
import { progressSpec } from '../../../src/schemas/progress';
import { applyImport, exportBackup } from '../../../src/persistence/backup';
import { persisted } from '../../../src/persistence/document-store';
import { withLessonDone } from '../../../src/stores/progress';
import { resetData } from '../../../src/stores/reset';
import { settings } from '../../../src/stores/settings';

const progressEnvelope = (ids: string[]) => ({
  schemaVersion: 1,
  updatedAt: '2027-03-01T10:00:00.000Z',
  data: { lessons: ids.map((id) => ({ id, done: true, updatedAt: '2027-03-01T10:00:00.000Z' })) },
});
const settingsEnvelope = (at: string | null) => ({
  schemaVersion: 1,
  updatedAt: '2027-03-01T10:00:00.000Z',
  data: { lastBackupAt: at },
});

/**
 * A storage engine whose writes fail on the given write numbers (1-based), like IndexedDB: a
 * single write fails alone, and a write of many entries fails whole, writing none of them.
 */
function failingEngine(initial: Record<string, unknown>, failOn: Set<number>): StorageEngine {
  const engine = createMemoryEngine(initial);
  let writes = 0;
  const quota = () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
  return {
    ...engine,
    setItem: (key, value) => (failOn.has(++writes) ? quota() : engine.setItem(key, value)),
    setItems: (entries) => {
      const numbers = entries.map(() => ++writes);
      return numbers.some((n) => failOn.has(n)) ? quota() : engine.setItems(entries);
    },
  };
}

async function snapshot(engine: StorageEngine) {
  const result: Record<string, unknown> = {};
  for (const key of (await engine.keys()).sort()) result[key] = await engine.getItem(key);
  return result;
}

const incoming = () => {
  const backup = makeBackup(
    {
      progress: progressEnvelope(['follow-up', 'conclusion']),
      settings: settingsEnvelope('2027-04-01T08:00:00.000Z'),
    },
    new Date('2027-04-01T08:00:00Z'),
  );
  const text = serializeBackup(backup);
  const plan = planImport(text, text.length, documentSpecs, {
    progress: progressEnvelope(['communication']).data,
    settings: settingsEnvelope(null).data,
  });
  if (!plan.ok) throw new Error(plan.error);
  return plan.documents;
};

beforeEach(() => useStorageForTests(undefined));

describe('applyImport', () => {
  it('writes every document of the plan', async () => {
    const engine = createMemoryEngine({ progress: progressEnvelope(['communication']) });
    useStorageForTests({ engine });
    await applyImport(incoming(), new Date('2027-04-02T08:00:00Z'));
    const stored = (await engine.getItem('progress')) as { data: { lessons: { id: string }[] } };
    expect(stored.data.lessons.map((l) => l.id)).toEqual(['follow-up', 'conclusion']);
    expect(await engine.getItem('settings')).toMatchObject({
      data: { lastBackupAt: '2027-04-01T08:00:00.000Z' },
    });
  });

  it('changes nothing when any write of the import fails, whichever it is', async () => {
    // The plan writes two documents (calls 1 and 2); calls after a failure are the rollback.
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 2 }),
        async (failures) => {
          const initial = { progress: progressEnvelope(['communication']), 'quarantine:x': '{broken' };
          const engine = failingEngine(initial, new Set(failures));
          useStorageForTests({ engine });
          const before = await snapshot(engine);
          await expect(applyImport(incoming())).rejects.toThrow(/^Nothing was imported: /);
          expect(await snapshot(engine)).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  });
});

it('refuses a restore the browser has no room for before writing anything, naming both sizes', async () => {
  const engine = createMemoryEngine({ progress: progressEnvelope(['communication']) });
  useStorageForTests({ engine });
  const setItems = vi.spyOn(engine, 'setItems');
  vi.stubGlobal('navigator', {
    storage: { estimate: () => Promise.resolve({ quota: 1_000_000, usage: 999_900 }) },
  });
  try {
    await expect(applyImport(incoming())).rejects.toThrow(
      /^Nothing was imported: this backup needs about [\d.]+ B and the browser has 100 B left for this site\./,
    );
  } finally {
    vi.unstubAllGlobals();
  }
  expect(setItems).not.toHaveBeenCalled();
});

describe('exportBackup and resetData', () => {
  it('exports documents and kept-aside copies, and reset removes them', async () => {
    const engine = createMemoryEngine({
      progress: progressEnvelope(['communication']),
      'quarantine:progress:2027-01-01T00:00:00.000Z': '{"broken',
    });
    useStorageForTests({ engine });
    const { fileName, text } = await exportBackup(new Date('2027-04-01T08:00:00Z'));
    expect(fileName).toMatch(/^networking-workbook-backup-2027-04-0[12]\.json$/);
    const backup = JSON.parse(text) as {
      documents: Record<string, unknown>;
      quarantine: Record<string, unknown>;
    };
    expect(Object.keys(backup.documents)).toEqual(['progress']);
    expect(backup.quarantine).toEqual({ 'quarantine:progress:2027-01-01T00:00:00.000Z': '{"broken' });

    await resetData(['progress']);
    expect(await engine.keys()).toContain('quarantine:progress:2027-01-01T00:00:00.000Z');
    await resetData('all');
    expect(await engine.keys()).toEqual([]);
  });
});

describe('exportBackup and applyImport with a document from a newer version', () => {
  const newerSettings = { schemaVersion: 9, updatedAt: '2027-03-02T08:00:00.000Z', data: { theme: 'dusk' } };

  it('backs up everything, the newer document as it is stored, and restore leaves it in place', async () => {
    const engine = createMemoryEngine({
      progress: progressEnvelope(['communication']),
      settings: newerSettings,
    });
    useStorageForTests({ engine });
    await settings.reload(); // read-only here, as on a page of this version
    const { text } = await exportBackup(new Date('2027-04-01T08:00:00Z'));
    const backup = JSON.parse(text) as { documents: Record<string, unknown> };
    expect(backup.documents).toEqual({
      progress: progressEnvelope(['communication']),
      settings: newerSettings,
    });

    const plan = planImport(text, text.length, documentSpecs, {}, ['settings']);
    if (!plan.ok) throw new Error(plan.error);
    await applyImport(plan.documents, new Date('2027-04-02T08:00:00Z'));
    expect(await engine.getItem('settings')).toEqual(newerSettings);
  });
});

describe('kept-aside copies through a backup', () => {
  it('carries a binary value kept aside, and a restore brings it back as it was', async () => {
    const key = 'quarantine:goals:2027-03-01T10:00:00.000Z';
    const bytes = new Uint8Array([7, 0, 255, 42]);
    useStorageForTests({ engine: createMemoryEngine({ [key]: bytes.buffer }) });
    const { text } = await exportBackup(new Date('2027-04-01T08:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      quarantine: { [key]: { $kept: 'ArrayBuffer', base64: 'BwD/Kg==' } },
    });

    const engine = createMemoryEngine();
    useStorageForTests({ engine });
    const plan = planImport(text, text.length, documentSpecs, {});
    if (!plan.ok) throw new Error(plan.error);
    await applyImport(plan.documents, new Date('2027-04-02T08:00:00Z'), plan.keptAside);
    const restored = await engine.getItem(key);
    // By its tag: the storage stand-in clones values into another realm, as a browser's does not.
    expect(Object.prototype.toString.call(restored)).toBe('[object ArrayBuffer]');
    expect([...new Uint8Array(restored as ArrayBuffer)]).toEqual([7, 0, 255, 42]);
  });
});

describe('exportBackup when saving fails', () => {
  const mounted: (() => void)[] = [];
  afterEach(() => mounted.splice(0).forEach((unbind) => unbind()));

  /** Progress as a lesson page holds it, with one lesson marked done on screen. */
  async function markedOnScreen() {
    const doc = persisted(progressSpec);
    mounted.push(doc.$data.listen(() => {}));
    await doc.ready();
    doc.update((data) => withLessonDone(data, 'follow-up', true, new Date('2027-03-01T10:00:00Z')));
    return doc;
  }
  const lessonsIn = (text: string) =>
    (
      JSON.parse(text) as { documents: { progress?: { data: { lessons: { id: string }[] } } } }
    ).documents.progress?.data.lessons.map((lesson) => lesson.id);

  it('takes a document this page could not save from the screen, when storage is full', async () => {
    const engine = createMemoryEngine({ progress: progressEnvelope(['communication']) });
    useStorageForTests({ engine });
    vi.spyOn(engine, 'setItem').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const doc = await markedOnScreen();
    const { text } = await exportBackup(new Date('2027-04-01T08:00:00Z'));
    expect(doc.$status.get().save).toBe('failed');
    expect(lessonsIn(text)).toEqual(['communication', 'follow-up']);
  });

  it('takes it from the screen when the browser keeps nothing at all', async () => {
    useStorageForTests({
      engine: createMemoryEngine(),
      fallbackReason: new StorageError('unavailable', 'This browser offers no storage the workbook can use.'),
    });
    await markedOnScreen();
    const { text } = await exportBackup(new Date('2027-04-01T08:00:00Z'));
    expect(lessonsIn(text)).toEqual(['follow-up']);
  });
});

describe('restoring by merging, and locked backups', () => {
  const lesson = (id: string, done: boolean, time: string) => ({ id, done, updatedAt: time });
  const progressOf = (lessons: ReturnType<typeof lesson>[], time: string) => ({
    schemaVersion: 1,
    updatedAt: time,
    data: { lessons },
  });

  it('merges record by record under the document’s lock, keeps the file as the next starting copy, and exports it', async () => {
    const here = progressOf(
      [lesson('communication', true, '2027-04-01T08:00:00.000Z')],
      '2027-04-01T08:00:00.000Z',
    );
    const engine = createMemoryEngine({ progress: here });
    useStorageForTests({ engine });
    const text = serializeBackup(
      makeBackup(
        {
          progress: progressOf(
            [lesson('follow-up', true, '2027-04-02T08:00:00.000Z')],
            '2027-04-02T08:00:00.000Z',
          ),
        },
        new Date('2027-04-02T08:00:00Z'),
      ),
    );
    const { prepareImport } = await import('../../../src/persistence/backup');
    const plan = await prepareImport(new Blob([text]));
    if (!plan.ok) throw new Error(plan.error);
    const planned = plan.documents.find((doc) => doc.key === 'progress')!;
    expect(planned.merge?.effect).toEqual({ added: 1, changed: 0, deleted: 0, kept: 1 });
    // Another tab saves a lesson between the check and the writing: the merge includes it.
    await engine.setItem(
      'progress',
      progressOf(
        [
          lesson('communication', true, '2027-04-01T08:00:00.000Z'),
          lesson('conclusion', true, '2027-04-03T08:00:00.000Z'),
        ],
        '2027-04-03T08:00:00.000Z',
      ),
    );
    const requested: string[] = [];
    vi.stubGlobal('navigator', {
      locks: { request: (name: string, task: () => Promise<unknown>) => (requested.push(name), task()) },
    });
    try {
      await applyImport(plan.documents, new Date('2027-04-04T08:00:00Z'), [], 'merge');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(requested).toContain('networking-workbook:progress');
    const stored = (await engine.getItem('progress')) as { data: { lessons: { id: string }[] } };
    expect(stored.data.lessons.map((l) => l.id).sort()).toEqual(['communication', 'conclusion', 'follow-up']);
    expect(await engine.getItem('last-restored')).toMatchObject({
      documents: { progress: { data: { lessons: [{ id: 'follow-up' }] } } },
    });
    const exported = JSON.parse((await exportBackup(new Date('2027-04-05T08:00:00Z'))).text) as {
      base: unknown;
    };
    expect(exported.base).toMatchObject({ progress: { data: { lessons: [{ id: 'follow-up' }] } } });
    // Deleting a document deletes its copy in the last restored backup too.
    await resetData(['progress']);
    expect(await engine.getItem('last-restored')).toEqual({ documents: {} });
  });

  it('asks for the passphrase of a locked backup, refuses a wrong one, and opens with the right one', async () => {
    const engine = createMemoryEngine({
      progress: progressOf(
        [lesson('communication', true, '2027-04-01T08:00:00.000Z')],
        '2027-04-01T08:00:00.000Z',
      ),
    });
    useStorageForTests({ engine });
    const { text, fileName } = await exportBackup(new Date('2027-04-05T08:00:00Z'), 'a long passphrase');
    expect(fileName).toMatch(/-locked\.json$/);
    expect(text).not.toContain('communication');
    const { prepareImport } = await import('../../../src/persistence/backup');
    const before = await snapshot(engine);
    expect(await prepareImport(new Blob([text]))).toMatchObject({ ok: false, locked: true });
    const wrong = await prepareImport(new Blob([text]), undefined, 'a wrong passphrase');
    expect(wrong).toMatchObject({ ok: false, locked: true });
    expect(!wrong.ok && wrong.error).toMatch(/does not open/);
    expect(await snapshot(engine)).toEqual(before);
    const right = await prepareImport(new Blob([text]), undefined, 'a long passphrase');
    expect(right.ok && right.documents.map((doc) => doc.key)).toContain('progress');
  });
});
