// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryEngine, useStorageForTests, type StorageEngine } from '../../src/lib/storage';
import { StorageError } from '../../src/lib/storage/errors';
import { encodeEnvelope } from '../../src/lib/documents';
import { goalsSpec, makeGoal, type Goal, type GoalsDoc } from '../../src/worksheets/goals/schema';
import { progressSpec, type ProgressDoc } from '../../src/schemas/progress';
import {
  persisted,
  SAVE_BEFORE_RELOAD,
  SAVE_DELAY_MS,
  type PersistedDocument,
} from '../../src/stores/persisted';
import { withLessonDone } from '../../src/stores/progress';

const at = (iso: string) => new Date(iso);
const mounted: (() => void)[] = [];

/** A document as an island would hold it: created, subscribed, loaded. */
async function open(engine: StorageEngine): Promise<PersistedDocument<ProgressDoc>> {
  useStorageForTests({ engine });
  const doc = persisted(progressSpec);
  mounted.push(doc.$data.listen(() => {}));
  await doc.ready();
  return doc;
}

const mark = (doc: PersistedDocument<ProgressDoc>, slug: string, iso: string, done = true) =>
  doc.update((data) => withLessonDone(data, slug, done, at(iso)));

const done = (doc: PersistedDocument<ProgressDoc>) =>
  doc.$data
    .get()
    .lessons.filter((l) => l.done)
    .map((l) => l.id)
    .sort();

beforeEach(() => {
  useStorageForTests(undefined);
});

afterEach(() => {
  mounted.splice(0).forEach((unbind) => unbind());
  vi.useRealTimers();
});

describe('persisted documents', () => {
  it('saves an edit and reads it back in a new page', async () => {
    const engine = createMemoryEngine();
    const first = await open(engine);
    mark(first, 'follow-up', '2027-03-01T10:00:00Z');
    await first.flush();

    const stored = (await engine.getItem('progress')) as { schemaVersion: number; updatedAt: string };
    expect(stored.schemaVersion).toBe(1);
    expect(Date.parse(stored.updatedAt)).not.toBeNaN();

    const again = await open(engine);
    expect(done(again)).toEqual(['follow-up']);
    expect(again.$status.get()).toMatchObject({ phase: 'ready', save: 'saved' });
  });

  it('checks the stored copy again only when another tab has written since', async () => {
    const engine = createMemoryEngine();
    useStorageForTests({ engine });
    // Every check of the document runs the schema's `~run`, whichever valibot function calls it.
    const schemaRun = vi.spyOn(progressSpec.schema, '~run');
    const first = await open(engine);
    const second = await open(engine);
    schemaRun.mockClear();

    // The stored copy is still the one this tab read: saving it twice checks nothing again.
    mark(first, 'follow-up', '2027-03-01T10:00:00Z');
    await first.flush();
    mark(first, 'communication', '2027-03-01T10:01:00Z');
    await first.flush();
    expect(schemaRun).not.toHaveBeenCalled();

    // The other tab's copy is out of date: it checks the stored one, merges, and keeps both edits.
    mark(second, 'conclusion', '2027-03-01T10:02:00Z');
    await second.flush();
    expect(schemaRun).toHaveBeenCalledTimes(1);
    expect(done(second)).toEqual(['communication', 'conclusion', 'follow-up']);
    schemaRun.mockRestore();
  });

  it('refuses edits and writes nothing until the first read completes', async () => {
    let release!: () => void;
    const engine = createMemoryEngine();
    const setItem = vi.fn((key: string, value: unknown) => engine.setItem(key, value));
    const slow: StorageEngine = {
      ...engine,
      getItem: async (key) => {
        await new Promise<void>((resolve) => (release = resolve));
        return engine.getItem(key);
      },
      setItem,
    };
    useStorageForTests({ engine: slow });
    const doc = persisted(progressSpec);
    mounted.push(doc.$data.listen(() => {}));
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    expect(doc.$status.get().phase).toBe('loading');
    expect(() => mark(doc, 'communication', '2027-03-01T10:00:00Z')).toThrow(/still loading/);
    release();
    await doc.ready();
    expect(setItem).not.toHaveBeenCalled();
  });

  it('debounces: many quick edits make one write, shortly after the last', async () => {
    const engine = createMemoryEngine();
    const doc = await open(engine);
    const setItem = vi.spyOn(engine, 'setItem');
    vi.useFakeTimers();
    for (const [i, slug] of ['a', 'b', 'c', 'd'].entries()) {
      mark(doc, slug, `2027-03-01T10:00:0${i}Z`);
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 50);
    }
    expect(setItem).not.toHaveBeenCalled();
    expect(doc.$status.get().save).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    vi.useRealTimers();
    await doc.flush();
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(doc.$status.get().save).toBe('saved');
    expect(SAVE_DELAY_MS).toBeLessThanOrEqual(300);
  });

  it('moves unreadable data aside, says so, and never deletes it', async () => {
    for (const corrupt of [
      '{"schemaVersion":1,',
      { schemaVersion: 1, updatedAt: '2027-01-01T00:00:00Z', data: { lessons: [{ id: 'x', done: 'yes' }] } },
    ]) {
      const engine = createMemoryEngine({ progress: corrupt });
      const doc = await open(engine);
      const status = doc.$status.get();
      expect(status.phase).toBe('ready');
      expect(status.problem).toMatch(/could not be read .* kept aside, not deleted/);
      expect(status.quarantinedAs).toMatch(/^quarantine:progress:/);
      expect(await engine.getItem(status.quarantinedAs!)).toEqual(corrupt);
      expect(doc.$data.get()).toEqual({ lessons: [] });
      // New work is saved normally; the quarantined copy stays.
      mark(doc, 'conclusion', '2027-03-02T09:00:00Z');
      await doc.flush();
      expect(await engine.getItem(status.quarantinedAs!)).toEqual(corrupt);
    }
  });

  it('leaves data from a newer version untouched and goes read-only', async () => {
    const future = { schemaVersion: 9, updatedAt: '2027-05-01T00:00:00Z', data: { whatever: true } };
    const engine = createMemoryEngine({ progress: future });
    const setItem = vi.spyOn(engine, 'setItem');
    const doc = await open(engine);
    expect(doc.$status.get()).toMatchObject({ readOnly: true });
    expect(doc.$status.get().problem).toMatch(/newer version of the workbook/);
    expect(() => mark(doc, 'follow-up', '2027-03-01T10:00:00Z')).toThrow(/newer version/);
    await doc.flush();
    expect(setItem).not.toHaveBeenCalled();
    expect(await engine.getItem('progress')).toEqual(future);
  });

  it('keeps an edit that another tab’s newer version refused, so the reload it asks for carries it over', async () => {
    const engine = createMemoryEngine();
    const doc = await open(engine);
    mark(doc, 'follow-up', '2027-03-01T10:00:00Z');
    // A tab running a newer release writes its format first.
    const future = { schemaVersion: 9, updatedAt: new Date().toISOString(), data: { lessons: [] } };
    await engine.setItem('progress', future);
    await doc.flush();
    expect(doc.$status.get()).toMatchObject({ readOnly: true, save: 'failed' });
    expect(doc.$status.get().problem).toMatch(/newer version of the workbook\. Reload this page/);
    expect(await engine.getItem('progress')).toEqual(future);
    window.dispatchEvent(new Event('pagehide'));
    const stash = engine.unstash('progress') as { data: ProgressDoc } | null;
    expect(stash?.data.lessons.map((lesson) => lesson.id)).toEqual(['follow-up']);
  });

  it('keeps the page when asked to save before an update reload and a save fails', async () => {
    const engine = createMemoryEngine();
    const doc = await open(engine);
    const setItem = vi
      .spyOn(engine, 'setItem')
      .mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    mark(doc, 'follow-up', '2027-03-01T10:00:00Z');
    // What the "new version" prompt does before it reloads.
    const asked = () => {
      const waits: Promise<unknown>[] = [];
      window.dispatchEvent(
        new CustomEvent(SAVE_BEFORE_RELOAD, {
          detail: { waitUntil: (wait: Promise<unknown>) => waits.push(wait) },
        }),
      );
      return Promise.all(waits);
    };
    await expect(asked()).rejects.toThrow(/storage for the site is full/);
    setItem.mockRestore();
    await expect(asked()).resolves.toBeDefined();
    expect(doc.$status.get().save).toBe('saved');
  });

  it('reports a full disk, keeps the edit, and saves it once space is back', async () => {
    const engine = createMemoryEngine();
    const doc = await open(engine);
    let full = true;
    const real = engine.setItem.bind(engine);
    vi.spyOn(engine, 'setItem').mockImplementation((key, value) =>
      full ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : real(key, value),
    );
    mark(doc, 'communication', '2027-03-01T10:00:00Z');
    await doc.flush();
    expect(doc.$status.get()).toMatchObject({ save: 'failed' });
    expect(doc.$status.get().problem).toMatch(/storage for the site is full/);
    expect(done(doc)).toEqual(['communication']);

    full = false;
    await doc.flush();
    expect(doc.$status.get()).toMatchObject({ save: 'saved' });
    expect(doc.$status.get().problem).toBeUndefined();
    expect(((await engine.getItem('progress')) as { data: ProgressDoc }).data.lessons).toHaveLength(1);
  });

  it('keeps both tabs’ edits to different records', async () => {
    const engine = createMemoryEngine();
    const tabA = await open(engine);
    const tabB = await open(engine);
    mark(tabA, 'communication', '2027-03-01T10:00:00Z');
    mark(tabB, 'follow-up', '2027-03-01T10:00:01Z');
    await tabA.flush();
    await tabB.flush();
    const stored = ((await engine.getItem('progress')) as { data: ProgressDoc }).data;
    expect(stored.lessons.map((l) => l.id).sort()).toEqual(['communication', 'follow-up']);
    expect(done(tabB)).toEqual(['communication', 'follow-up']);
  });

  it('lets the later edit of the same record win, whichever tab saves last', async () => {
    const engine = createMemoryEngine();
    const tabA = await open(engine);
    const tabB = await open(engine);
    mark(tabB, 'communication', '2027-03-01T10:00:05Z', false); // later: unmarked
    mark(tabA, 'communication', '2027-03-01T10:00:00Z', true); // earlier, saved last
    await tabB.flush();
    await tabA.flush();
    const stored = ((await engine.getItem('progress')) as { data: ProgressDoc }).data;
    expect(stored.lessons).toEqual([
      { id: 'communication', done: false, updatedAt: '2027-03-01T10:00:05.000Z' },
    ]);
  });

  it('updates another open tab live through BroadcastChannel', async () => {
    const engine = createMemoryEngine();
    const tabA = await open(engine);
    const tabB = await open(engine);
    mark(tabA, 'conclusion', '2027-03-01T10:00:00Z');
    await tabA.flush();
    await vi.waitFor(() => expect(done(tabB)).toEqual(['conclusion']));
  });

  it('keeps an edit made as the page closes, even if the database write never finishes', async () => {
    const engine = createMemoryEngine();
    const closing = await open(engine);
    // The closing page's database write is cut off and never lands.
    const setItem = vi.spyOn(engine, 'setItem').mockImplementationOnce(() => new Promise<void>(() => {}));
    mark(closing, 'follow-up', '2027-03-01T10:00:00Z');
    window.dispatchEvent(new Event('pagehide'));
    expect(await engine.getItem('progress')).toBeNull();
    setItem.mockRestore();

    // The next page finds the stashed copy, adopts it and saves it for real.
    const next = await open(engine);
    expect(done(next)).toEqual(['follow-up']);
    await vi.waitFor(async () =>
      expect(((await engine.getItem('progress')) as { data: ProgressDoc } | null)?.data.lessons).toHaveLength(
        1,
      ),
    );
    expect(engine.unstash('progress')).toBeNull();
  });

  it('takes in a stash older than what was saved since, losing nothing from either', async () => {
    const engine = createMemoryEngine();
    const first = await open(engine);
    mark(first, 'follow-up', '2027-03-01T10:00:00Z');
    await first.flush();
    engine.stash('progress', {
      schemaVersion: 1,
      updatedAt: '2000-01-01T00:00:00.000Z',
      data: { lessons: [{ id: 'communication', done: true, updatedAt: '2000-01-01T00:00:00.000Z' }] },
    });
    const next = await open(engine);
    expect(done(next)).toEqual(['communication', 'follow-up']);
    // Saved for real, then forgotten.
    await vi.waitFor(() => expect(engine.unstash('progress')).toBeNull());
    expect(((await engine.getItem('progress')) as { data: ProgressDoc }).data.lessons).toHaveLength(2);
  });

  it('leaves a closing tab’s stash to the next page when another open tab saves', async () => {
    const engine = createMemoryEngine();
    const closing = await open(engine);
    const other = await open(engine);
    // The closing tab's database write never lands; its edit is only in the stash.
    const setItem = vi.spyOn(engine, 'setItem').mockImplementationOnce(() => new Promise<void>(() => {}));
    mark(closing, 'follow-up', '2027-03-01T10:00:00Z');
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(setItem).toHaveBeenCalled());
    setItem.mockRestore();
    // The other tab saves later, without that edit, and must not clear the stash that holds it.
    mark(other, 'communication', '2027-03-01T10:01:00Z');
    await other.flush();
    expect(engine.unstash('progress')).not.toBeNull();
    const next = await open(engine);
    expect(done(next)).toEqual(['communication', 'follow-up']);
  });

  it('reload() drops local state and reads storage again', async () => {
    const engine = createMemoryEngine();
    const doc = await open(engine);
    mark(doc, 'a', '2027-03-01T10:00:00Z');
    await doc.flush();
    await engine.removeItem('progress');
    await doc.reload();
    expect(doc.$data.get()).toEqual({ lessons: [] });
  });
});

describe('two tabs editing one record', () => {
  const start = new Date('2027-03-01T10:00:00Z');
  const startingGoals: GoalsDoc = {
    objectives: [],
    goals: [makeGoal('g', start, { text: 'Meet product analysts' })],
    deleted: {},
  };
  const openGoals = async (engine: StorageEngine) => {
    useStorageForTests({ engine });
    const doc = persisted(goalsSpec);
    mounted.push(doc.$data.listen(() => {}));
    await doc.ready();
    return doc;
  };
  const edit = (doc: PersistedDocument<GoalsDoc>, fields: Partial<Goal>, iso: string) =>
    doc.update((data) => ({
      ...data,
      goals: data.goals.map((goal) => ({ ...goal, ...fields, updatedAt: iso })),
    }));
  const storedGoal = async (engine: StorageEngine) =>
    ((await engine.getItem('goals')) as { data: GoalsDoc }).data.goals[0];

  it('keeps both tabs’ changes to different fields of the same goal', async () => {
    const engine = createMemoryEngine({ goals: encodeEnvelope(goalsSpec, startingGoals, start) });
    const tabA = await openGoals(engine);
    const tabB = await openGoals(engine);
    edit(tabA, { text: 'Meet 12 product analysts' }, '2027-03-01T10:01:00.000Z');
    edit(tabB, { metric: 'conversations held' }, '2027-03-01T10:01:01.000Z');
    await tabA.flush();
    await tabB.flush();
    expect(await storedGoal(engine)).toMatchObject({
      text: 'Meet 12 product analysts',
      metric: 'conversations held',
    });
    // Tab A, which saved first, shows tab B's change too once B's save is broadcast.
    await vi.waitFor(() => expect(tabA.$data.get().goals[0]?.metric).toBe('conversations held'));
    expect(tabA.$data.get().goals[0]?.text).toBe('Meet 12 product analysts');
  });

  it('takes turns when two tabs save at the same instant, so neither writes over the other', async () => {
    // Web Locks as the browser grants them: one holder per name at a time, in the order asked.
    const queues = new Map<string, Promise<unknown>>();
    const request = vi.fn((name: string, task: () => Promise<unknown>) => {
      const turn = (queues.get(name) ?? Promise.resolve()).then(task);
      queues.set(
        name,
        turn.catch(() => {}),
      );
      return turn;
    });
    Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
    try {
      const memory = createMemoryEngine({ goals: encodeEnvelope(goalsSpec, startingGoals, start) });
      // Every read waits a moment, long enough for the other tab's save to start meanwhile.
      const engine: StorageEngine = {
        ...memory,
        getItem: async (key) => {
          const value = await memory.getItem(key);
          await new Promise((resolve) => setTimeout(resolve, 5));
          return value;
        },
      };
      const tabA = await openGoals(engine);
      const tabB = await openGoals(engine);
      edit(tabA, { text: 'Meet 12 product analysts' }, '2027-03-01T10:01:00.000Z');
      edit(tabB, { metric: 'conversations held' }, '2027-03-01T10:01:01.000Z');
      await Promise.all([tabA.flush(), tabB.flush()]);
      expect(request).toHaveBeenCalledWith('networking-workbook:goals', expect.any(Function));
      expect(await storedGoal(engine)).toMatchObject({
        text: 'Meet 12 product analysts',
        metric: 'conversations held',
      });
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
  });
});

describe('storage fallbacks', () => {
  it('works in memory when the browser has no storage, and says it is not saving', async () => {
    useStorageForTests({
      engine: createMemoryEngine(),
      fallbackReason: new StorageError('unavailable', 'This browser offers no storage the workbook can use.'),
    });
    const doc = persisted(progressSpec);
    mounted.push(doc.$data.listen(() => {}));
    await doc.ready();
    mark(doc, 'follow-up', '2027-03-01T10:00:00Z');
    expect(done(doc)).toEqual(['follow-up']);
    expect(doc.$status.get()).toMatchObject({ phase: 'ready', save: 'failed' });
    expect(doc.$status.get().problem).toMatch(/Not saved: .* stays only until this tab closes/);
  });
});
