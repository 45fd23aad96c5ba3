// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFER_CHECK_FROM, decodeEnvelope } from '../../src/lib/documents';
import { createMemoryEngine, useStorageForTests, type StorageEngine } from '../../src/lib/storage';
import {
  interactionsSpec,
  type Interaction,
  type InteractionsDoc,
} from '../../src/documents/interactions/schema';
import { persisted, type PersistedDocument } from '../../src/stores/persisted';
import { makeInteraction } from '../support/interactions';

// Set by a test to make the background check fail as it does when its code cannot be fetched.
let checkFails = false;
vi.mock('../../src/lib/schema-check', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/schema-check')>();
  return {
    ...real,
    checkInSlices: (...args: Parameters<typeof real.checkInSlices>) =>
      checkFails
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : real.checkInSlices(...args),
  };
});

// A network large enough that its stored copy is shown before all of it is checked.
const now = new Date('2027-03-01T10:00:00Z');
const interaction = (i: number): Interaction =>
  makeInteraction(
    { id: `i-${i}`, personId: `p-${i % 5}`, date: '2027-02-01', talkedAbout: 'Plans for the quarter' },
    now,
  );
const network = (): InteractionsDoc => ({
  interactions: Array.from({ length: DEFER_CHECK_FROM + 500 }, (_, i) => interaction(i)),
  gives: [],
  deleted: {},
});
const envelope = (data: unknown) => ({
  schemaVersion: interactionsSpec.version,
  updatedAt: now.toISOString(),
  data,
});

/** The stored network with one record deep inside it damaged: its shape still looks right. */
function damaged() {
  const data = network() as unknown as { interactions: Record<string, unknown>[] };
  data.interactions[1200]!['date'] = '2027-02-30';
  return envelope(data);
}

const mounted: (() => void)[] = [];
const opened: PersistedDocument<InteractionsDoc>[] = [];

async function open(engine: StorageEngine): Promise<PersistedDocument<InteractionsDoc>> {
  useStorageForTests({ engine });
  const doc = persisted(interactionsSpec);
  opened.push(doc);
  mounted.push(doc.$data.listen(() => {}));
  await doc.ready();
  return doc;
}

/** Records, for every write to the document's own key, whether its check was still running. */
function watchWrites(engine: StorageEngine) {
  const writes: { checking: boolean | undefined }[] = [];
  const real = engine.setItem.bind(engine);
  vi.spyOn(engine, 'setItem').mockImplementation((key, value) => {
    if (key === 'interactions') writes.push({ checking: opened.at(-1)?.$status.get().checking });
    return real(key, value);
  });
  return writes;
}

const addEntry = (doc: PersistedDocument<InteractionsDoc>, id: string) =>
  doc.update((data) => ({ ...data, interactions: [...data.interactions, { ...interaction(0), id }] }));

beforeEach(() => useStorageForTests(undefined));
afterEach(() => {
  mounted.splice(0).forEach((unbind) => unbind());
  opened.splice(0);
  vi.restoreAllMocks();
  checkFails = false;
});

describe('a large stored document, shown before it is checked in full', () => {
  it('is on screen once its shape is checked, and the check finishes in the background', async () => {
    const engine = createMemoryEngine({ interactions: envelope(network()) });
    const doc = await open(engine);
    expect(doc.$status.get()).toMatchObject({ phase: 'ready', checking: true });
    expect(doc.$data.get().interactions).toHaveLength(DEFER_CHECK_FROM + 500);
    await vi.waitFor(() => expect(doc.$status.get().checking).toBe(false));
    expect(doc.$status.get().problem).toBeUndefined();
  });

  it('accepts edits at once, and saves them only after the check has passed', async () => {
    const engine = createMemoryEngine({ interactions: envelope(network()) });
    const writes = watchWrites(engine);
    const doc = await open(engine);
    expect(doc.$status.get().checking).toBe(true);
    addEntry(doc, 'p-new');
    await doc.flush();
    expect(writes).toEqual([{ checking: false }]);
    const stored = (await engine.getItem('interactions')) as { data: InteractionsDoc };
    expect(stored.data.interactions.map((entry) => entry.id)).toContain('p-new');
  });

  it('says so when the check cannot run, writes nothing, and keeps the edit pending', async () => {
    checkFails = true;
    const engine = createMemoryEngine({ interactions: envelope(network()) });
    const writes = watchWrites(engine);
    const doc = await open(engine);
    addEntry(doc, 'p-new');
    // Each save settles with the failure shown, rather than leaving "Saving…" and stopping later saves.
    for (let attempt = 0; attempt < 2; attempt++) {
      await doc.flush();
      expect(doc.$status.get()).toMatchObject({ save: 'failed' });
      expect(doc.$status.get().problem).toMatch(/^Not saved: .*Failed to fetch/);
    }
    expect(writes).toEqual([]);
    expect(doc.$data.get().interactions.map((entry) => entry.id)).toContain('p-new');
  });

  it('quarantines a copy that fails, with the reason a full check gives, exactly as on load', async () => {
    const corrupt = damaged();
    const engine = createMemoryEngine({ interactions: corrupt });
    const writes = watchWrites(engine);
    const doc = await open(engine);
    expect(doc.$data.get().interactions).toHaveLength(DEFER_CHECK_FROM + 500);
    await vi.waitFor(() => expect(doc.$status.get().quarantinedAs).toBeDefined());

    const status = doc.$status.get();
    const reason = (decodeEnvelope(interactionsSpec, corrupt) as { reason: string }).reason;
    expect(reason).toBe('interactions.1200.date: That day does not exist.');
    expect(status.problem).toBe(
      `Your saved interactions and give log could not be read (${reason}). It has been kept aside, not deleted, and is included when you export from “Your data”.`,
    );
    expect(status).toMatchObject({ phase: 'ready', checking: false, readOnly: false });
    expect(await engine.getItem(status.quarantinedAs!)).toEqual(corrupt);
    expect(await engine.getItem('interactions')).toBeNull();
    expect(doc.$data.get()).toEqual(interactionsSpec.initial());
    expect(writes).toEqual([]);

    // New work is saved normally; the quarantined copy stays.
    addEntry(doc, 'p-after');
    await doc.flush();
    expect(writes).toEqual([{ checking: false }]);
    expect(await engine.getItem(status.quarantinedAs!)).toEqual(corrupt);
  });

  it('never writes an edit made on a copy that then fails, and keeps it aside with the copy', async () => {
    const corrupt = damaged();
    const engine = createMemoryEngine({ interactions: corrupt });
    const writes = watchWrites(engine);
    const doc = await open(engine);
    addEntry(doc, 'p-meanwhile');
    await doc.flush();

    expect(writes).toEqual([]);
    const status = doc.$status.get();
    expect(status.quarantinedAs).toBeDefined();
    expect(status.problem).toMatch(
      /kept aside, not deleted, with the changes you made since opening the page,/,
    );
    expect(await engine.getItem(status.quarantinedAs!)).toEqual(corrupt);
    const edits = (await engine.getItem(`${status.quarantinedAs!}:unsaved-edits`)) as {
      data: InteractionsDoc;
    };
    expect(edits.data.interactions.map((entry) => entry.id)).toContain('p-meanwhile');
    expect(await engine.getItem('interactions')).toBeNull();
    expect(doc.$status.get().save).toBe('saved');
  });

  it('stops checking a copy that was replaced by a reload', async () => {
    const engine = createMemoryEngine({ interactions: damaged() });
    const doc = await open(engine);
    await engine.setItem('interactions', envelope(network()));
    await doc.reload();
    await vi.waitFor(() => expect(doc.$status.get().checking).toBe(false));
    expect(doc.$status.get().quarantinedAs).toBeUndefined();
    expect((await engine.keys()).filter((key) => key.startsWith('quarantine:'))).toEqual([]);
  });
});
