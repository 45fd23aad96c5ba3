// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope } from '../../src/lib/documents';
import { createMemoryEngine, useStorageForTests, type StorageEngine } from '../../src/lib/storage';
import { goalsSpec, makeGoal, type Goal, type GoalsDoc } from '../../src/worksheets/goals/schema';
import { persisted, type PersistedDocument } from '../../src/stores/persisted';
import { $replaced } from '../../src/stores/replaced';

const start = new Date('2027-03-01T10:00:00Z');
const startingGoals: GoalsDoc = {
  objectives: [],
  goals: [makeGoal('g', start, { text: 'Meet product analysts', metric: 'calls' })],
  deleted: {},
};
const mounted: (() => void)[] = [];

/** A tab holding the goals worksheet, as its island would: created, subscribed, loaded. */
async function openTab(engine: StorageEngine) {
  useStorageForTests({ engine });
  const doc = persisted(goalsSpec);
  mounted.push(doc.$data.listen(() => {}));
  await doc.ready();
  return doc;
}

/** Types into the goal's field, stamped `iso`, as the worksheet's edit does. */
const type = (doc: PersistedDocument<GoalsDoc>, fields: Partial<Goal>, iso: string) =>
  doc.update((data) => ({
    ...data,
    goals: data.goals.map((goal) => ({ ...goal, ...fields, updatedAt: iso })),
  }));
const shown = (doc: PersistedDocument<GoalsDoc>) => doc.$data.get().goals[0];
const stored = async (engine: StorageEngine) =>
  ((await engine.getItem('goals')) as { data: GoalsDoc }).data.goals[0];
const twoTabs = async () => {
  const engine = createMemoryEngine({ goals: encodeEnvelope(goalsSpec, startingGoals, start) });
  return { engine, tabA: await openTab(engine), tabB: await openTab(engine) };
};

afterEach(() => {
  mounted.splice(0).forEach((unbind) => unbind());
  $replaced.get().forEach((entry) => entry.dismiss());
  useStorageForTests(undefined);
});

describe('text replaced by another tab', () => {
  it('offers back a saved text that another tab’s later edit replaced on screen', async () => {
    const { engine, tabA, tabB } = await twoTabs();
    type(tabA, { metric: 'coffee chats' }, '2027-03-01T10:01:00.000Z');
    await tabA.flush();
    await vi.waitFor(() => expect(shown(tabB)?.metric).toBe('coffee chats'));
    expect($replaced.get()).toEqual([]);

    type(tabB, { metric: 'intro calls' }, '2027-03-01T10:02:00.000Z');
    await tabB.flush();
    await vi.waitFor(() => expect(shown(tabA)?.metric).toBe('intro calls'));
    expect((await stored(engine))?.metric).toBe('intro calls');
    expect($replaced.get()).toMatchObject([
      {
        key: 'goals',
        title: 'Goals and action plan',
        field: 'the metric of “Meet product analysts”',
        text: 'coffee chats',
        canPutBack: true,
      },
    ]);

    // Put back is an edit of tab A's document: shown at once, saved, and the later edit in storage.
    expect($replaced.get()[0]!.putBack()).toBeUndefined();
    expect($replaced.get().filter((entry) => entry.text === 'coffee chats')).toEqual([]);
    expect(shown(tabA)?.metric).toBe('coffee chats');
    await tabA.flush();
    expect((await stored(engine))?.metric).toBe('coffee chats');
    // Tab B's text is now the one replaced, and B is told in turn.
    await vi.waitFor(() => expect(shown(tabB)?.metric).toBe('coffee chats'));
    expect($replaced.get()).toMatchObject([{ text: 'intro calls' }]);
  });

  it('offers back unsaved text that a merge with another tab’s later edit replaced', async () => {
    const { engine, tabA, tabB } = await twoTabs();
    type(tabA, { text: 'Meet 12 product analysts' }, '2027-03-01T10:01:00.000Z');
    type(tabB, { text: 'Meet 20 product analysts' }, '2027-03-01T10:01:05.000Z');
    await tabB.flush();
    // Tab A still has its edit pending when B's save arrives, and merges: the later edit wins.
    await vi.waitFor(() => expect(shown(tabA)?.text).toBe('Meet 20 product analysts'));
    await tabA.flush();
    expect((await stored(engine))?.text).toBe('Meet 20 product analysts');
    expect($replaced.get()).toMatchObject([
      { field: 'the text of one of your goals', text: 'Meet 12 product analysts' },
    ]);
  });

  it('says nothing when the tabs changed different fields, or the other tab’s text lost', async () => {
    const { engine, tabA, tabB } = await twoTabs();
    type(tabA, { text: 'Meet 12 product analysts' }, '2027-03-01T10:01:00.000Z');
    type(tabB, { metric: 'coffee chats' }, '2027-03-01T10:01:05.000Z');
    await tabA.flush();
    await tabB.flush();
    await vi.waitFor(() => expect(shown(tabA)?.metric).toBe('coffee chats'));
    expect(shown(tabB)?.text).toBe('Meet 12 product analysts');
    expect($replaced.get()).toEqual([]);

    // The earlier edit, saved last, loses in storage: the later one was on screen all along.
    type(tabB, { metric: 'intro calls' }, '2027-03-01T10:03:00.000Z');
    type(tabA, { metric: 'walks' }, '2027-03-01T10:02:00.000Z');
    await tabB.flush();
    await tabA.flush();
    expect((await stored(engine))?.metric).toBe('intro calls');
    expect($replaced.get()).toMatchObject([{ text: 'walks' }]);
  });

  it('puts back only through a normal edit: refused, and kept on offer, while read-only', async () => {
    const { engine, tabA, tabB } = await twoTabs();
    type(tabA, { metric: 'coffee chats' }, '2027-03-01T10:01:00.000Z');
    type(tabB, { metric: 'intro calls' }, '2027-03-01T10:01:05.000Z');
    await tabB.flush();
    await vi.waitFor(() => expect($replaced.get()).toHaveLength(1));
    // A tab running a newer release of the workbook writes its format: this copy turns read-only.
    await engine.setItem('goals', { schemaVersion: 9, updatedAt: new Date().toISOString(), data: {} });
    await tabA.flush();
    const [entry] = $replaced.get();
    expect(entry!.putBack()).toMatch(/newer version of the workbook/);
    expect($replaced.get()).toEqual([entry]);
  });

  it('forgets a document’s replaced texts when it is read again wholesale', async () => {
    const { tabA, tabB } = await twoTabs();
    type(tabA, { metric: 'coffee chats' }, '2027-03-01T10:01:00.000Z');
    type(tabB, { metric: 'intro calls' }, '2027-03-01T10:01:05.000Z');
    await tabB.flush();
    await vi.waitFor(() => expect($replaced.get()).toHaveLength(1));
    await tabA.reload();
    expect($replaced.get()).toEqual([]);
  });
});
