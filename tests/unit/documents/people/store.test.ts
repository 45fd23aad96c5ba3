// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryEngine, type StorageEngine } from '../../../../src/lib/storage';
import { makePerson, peopleSpec, type PeopleDoc } from '../../../../src/documents/people/schema';

const at = (minute: number, second = 0) => new Date(Date.UTC(2027, 2, 1, 10, minute, second));
const unmount: (() => void)[] = [];

/**
 * One browser tab: its own copy of the store modules (as a separate page load has), on the
 * shared engine, subscribed and loaded the way an island holds it.
 */
async function openTab(engine: StorageEngine) {
  vi.resetModules();
  const storage = await import('../../../../src/lib/storage');
  storage.useStorageForTests({ engine });
  const store = await import('../../../../src/documents/people/store');
  const undo = await import('../../../../src/stores/undo');
  unmount.push(store.$people.listen(() => {}));
  await store.people.ready();
  const names = () => store.$people.get().people.map((p) => p.name);
  return { ...store, ...undo, names };
}

const stored = async (engine: StorageEngine) =>
  ((await engine.getItem('people')) as { data: PeopleDoc } | undefined)?.data;
const storedNames = async (engine: StorageEngine) => (await stored(engine))?.people.map((p) => p.name);

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  unmount.splice(0).forEach((stop) => stop());
});

describe('people store', () => {
  it('adds a person with blank fields and the given ones, and saves it', async () => {
    const engine = createMemoryEngine();
    const tab = await openTab(engine);
    const id = tab.personEditor.add({ name: 'Priya Raman' }, at(0));
    const orgId = tab.personEditor.add({ kind: 'organization' }, at(1));
    expect(id).not.toBe(orgId);
    expect(tab.$people.get().people).toEqual([
      expect.objectContaining({
        id,
        name: 'Priya Raman',
        kind: 'person',
        tier: 'B',
        status: 'to-reach',
        goalIds: [],
      }),
      expect.objectContaining({ id: orgId, name: '', kind: 'organization', updatedAt: at(1).toISOString() }),
    ]);
    await tab.people.flush();
    expect(await storedNames(engine)).toEqual(['Priya Raman', '']);
    expect(v.safeParse(peopleSpec.schema, await stored(engine)).success).toBe(true);
  });

  it('updates only the fields given, stamping the change on that record', async () => {
    const tab = await openTab(createMemoryEngine());
    const priya = tab.personEditor.add({ name: 'Priya' }, at(0));
    const daniel = tab.personEditor.add({ name: 'Daniel Osei' }, at(0));
    tab.personEditor.update(priya, { name: 'Priya Raman', tier: 'A', status: 'contacted' }, at(3));
    const [first, second] = tab.$people.get().people;
    expect(first).toMatchObject({ name: 'Priya Raman', tier: 'A', status: 'contacted', role: '' });
    expect(first?.updatedAt).toBe(at(3).toISOString());
    expect(second).toMatchObject({ id: daniel, updatedAt: at(0).toISOString() });
  });

  it('links and unlinks goals in the order they were ticked, without duplicates', async () => {
    const tab = await openTab(createMemoryEngine());
    const id = tab.personEditor.add({ name: 'Priya Raman' }, at(0));
    const goals = () => tab.$people.get().people[0]?.goalIds;
    tab.linkPersonToGoal(id, 'g2', true, at(1));
    tab.linkPersonToGoal(id, 'g1', true, at(2));
    tab.linkPersonToGoal(id, 'g2', true, at(3));
    expect(goals()).toEqual(['g2', 'g1']);
    expect(tab.$people.get().people[0]?.updatedAt).toBe(at(2).toISOString());
    tab.linkPersonToGoal(id, 'g2', false, at(4));
    tab.linkPersonToGoal(id, 'g9', false, at(5));
    expect(goals()).toEqual(['g1']);
    expect(tab.$people.get().people[0]?.updatedAt).toBe(at(4).toISOString());
  });

  it('moves people up and down, and not past either end', async () => {
    const tab = await openTab(createMemoryEngine());
    const [a, , c] = ['A', 'B', 'C'].map((name) => tab.personEditor.add({ name }, at(0)));
    tab.personEditor.move(c!, -1, at(1));
    expect(tab.names()).toEqual(['A', 'C', 'B']);
    tab.personEditor.move(a!, -1, at(2));
    tab.personEditor.move(c!, 1, at(3));
    tab.personEditor.move(c!, 1, at(4));
    expect(tab.names()).toEqual(['A', 'B', 'C']);
  });

  it('deletes with a tombstone and an undo offer that puts the person back in place', async () => {
    const engine = createMemoryEngine();
    const tab = await openTab(engine);
    const ids = ['Ana', 'Priya Raman', 'Bo'].map((name) => tab.personEditor.add({ name }, at(0)));
    tab.personEditor.remove(ids[1]!, at(5));
    expect(tab.names()).toEqual(['Ana', 'Bo']);
    expect(tab.$people.get().deleted).toEqual({ [ids[1]!]: at(5).toISOString() });
    expect(tab.$undo.get()?.message).toBe('Deleted “Priya Raman”.');
    await tab.people.flush();
    expect(await storedNames(engine)).toEqual(['Ana', 'Bo']);

    tab.runUndo();
    expect(tab.$undo.get()).toBeNull();
    expect(tab.names()).toEqual(['Ana', 'Priya Raman', 'Bo']);
    expect(tab.$people.get().deleted).toEqual({});
    await tab.people.flush();
    expect(await storedNames(engine)).toEqual(['Ana', 'Priya Raman', 'Bo']);
  });

  it('names an unnamed entry in the undo offer, and ignores deleting what is gone', async () => {
    const tab = await openTab(createMemoryEngine());
    const id = tab.personEditor.add({}, at(0));
    tab.personEditor.remove(id, at(1));
    expect(tab.$undo.get()?.message).toBe('Deleted “the unnamed entry”.');
    tab.clearUndo();
    tab.personEditor.remove(id, at(2));
    expect(tab.$undo.get()).toBeNull();
  });
});

describe('people in two tabs', () => {
  it('keeps people added in different tabs', async () => {
    const engine = createMemoryEngine();
    const tabA = await openTab(engine);
    const tabB = await openTab(engine);
    tabA.personEditor.add({ name: 'Priya Raman' }, at(0));
    tabB.personEditor.add({ name: 'Daniel Osei' }, at(0, 1));
    await tabA.people.flush();
    await tabB.people.flush();
    expect((await storedNames(engine))?.sort()).toEqual(['Daniel Osei', 'Priya Raman']);
    await vi.waitFor(() => expect(tabA.names().sort()).toEqual(['Daniel Osei', 'Priya Raman']));
    expect(tabB.names().sort()).toEqual(['Daniel Osei', 'Priya Raman']);
  });

  it('keeps a deletion when another tab saves its older copy of the list', async () => {
    const engine = createMemoryEngine();
    const tabA = await openTab(engine);
    const priya = tabA.personEditor.add({ name: 'Priya Raman' }, at(0));
    const daniel = tabA.personEditor.add({ name: 'Daniel Osei' }, at(0));
    await tabA.people.flush();
    const tabB = await openTab(engine);
    expect(tabB.names()).toEqual(['Priya Raman', 'Daniel Osei']);

    // Tab B edits Daniel while tab A deletes Priya; B still holds Priya when it saves.
    tabB.personEditor.update(daniel, { role: 'Data lead' }, at(2));
    tabA.personEditor.remove(priya, at(3));
    await tabA.people.flush();
    await tabB.people.flush();

    const data = await stored(engine);
    expect(data?.people.map((p) => [p.name, p.role])).toEqual([['Daniel Osei', 'Data lead']]);
    expect(data?.deleted).toEqual({ [priya]: at(3).toISOString() });
    expect(tabB.names()).toEqual(['Daniel Osei']);
  });

  it('merges a stale copy without reviving a deleted person, and an undo brings them back everywhere', async () => {
    const old: PeopleDoc = { people: [makePerson('p1', at(0), { name: 'Priya Raman' })], deleted: {} };
    const newer: PeopleDoc = { people: [], deleted: { p1: at(5).toISOString() } };
    for (const [local, other] of [
      [old, newer],
      [newer, old],
    ]) {
      expect(peopleSpec.merge!(local!, other!)).toEqual({
        people: [],
        deleted: { p1: at(5).toISOString() },
      });
    }

    const engine = createMemoryEngine();
    const tabA = await openTab(engine);
    const tabB = await openTab(engine);
    const id = tabA.personEditor.add({ name: 'Priya Raman' }, at(0));
    await tabA.people.flush();
    await vi.waitFor(() => expect(tabB.names()).toEqual(['Priya Raman']));
    tabB.personEditor.remove(id, at(1));
    await tabB.people.flush();
    await vi.waitFor(() => expect(tabA.names()).toEqual([]));
    tabB.runUndo();
    await tabB.people.flush();
    await vi.waitFor(() => expect(tabA.names()).toEqual(['Priya Raman']));
    expect((await stored(engine))?.deleted).toEqual({});
  });
});
