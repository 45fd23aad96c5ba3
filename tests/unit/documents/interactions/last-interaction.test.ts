// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastInteractions } from '../../../../src/worksheets/follow-up/cadence';
import {
  laterDay,
  latestOf,
  withLastInteractionsFrom,
} from '../../../../src/documents/interactions/last-interaction';
import { createMemoryEngine, type StorageEngine } from '../../../../src/lib/storage';
import type { InteractionsDoc } from '../../../../src/documents/interactions/schema';
import { makePerson, migratePeopleV3, type PeopleDoc } from '../../../../src/documents/people/schema';
import { withAdded, withChecked, withRemoved } from '../../../../src/lib/list-edit';
import {
  interactionCheck,
  logList,
  withInteraction,
  withLastInteractionRecomputed,
} from '../../../../src/worksheets/follow-up/store';
import { makeInteraction } from '../../../support/interactions';

const at = (minute: number) => new Date(Date.UTC(2027, 2, 1, 10, minute));
const ids = ['p0', 'p1', 'p2'];
const day = fc
  .integer({ min: 0, max: 200 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const fixture = (key: string, version: number) =>
  JSON.parse(readFileSync(`tests/fixtures/documents/${key}/v${version}.json`, 'utf8')) as {
    schemaVersion: number;
    updatedAt: string;
    data: unknown;
  };

describe('the last interaction day a contact keeps', () => {
  it('takes the later of two days', () => {
    expect(laterDay(null, '2027-03-01')).toBe('2027-03-01');
    expect(laterDay('2027-03-02', '2027-03-01')).toBe('2027-03-02');
    expect(laterDay('2027-03-02', null)).toBe('2027-03-02');
  });

  it('picks a contact’s latest interaction, the first logged of a day that has several', () => {
    const one = (id: string, date: string) => makeInteraction({ id, personId: 'p0', date }, at(0));
    expect(latestOf([])).toBeUndefined();
    const log = [
      one('a', '2027-03-01'),
      one('b', '2027-03-09'),
      one('c', '2027-03-09'),
      one('d', '2027-02-01'),
    ];
    expect(latestOf(log)?.id).toBe('b');
  });

  it('always equals the log’s latest day, whatever is logged, redated or deleted (property)', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('log' as const), who: fc.constantFrom(...ids), date: day }),
      fc.record({ op: fc.constant('redate' as const), at: fc.nat(), date: day }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let doc: PeopleDoc = { people: ids.map((id) => makePerson(id, at(0), { name: id })), deleted: {} };
        let log: InteractionsDoc = { interactions: [], gives: [], deleted: {} };
        edits.forEach((change, n) => {
          const now = at(n + 1);
          const target =
            log.interactions[('at' in change ? change.at : 0) % Math.max(1, log.interactions.length)];
          if (change.op === 'log') {
            const entry = makeInteraction({ id: `i-${n}`, personId: change.who, date: change.date }, now);
            const result = withInteraction(doc, entry, now);
            if (!result.ok) throw new Error(result.error);
            doc = result.doc;
            log = withAdded(log, logList('interactions'), entry);
          } else if (target && change.op === 'redate') {
            const interactions = logList('interactions');
            const result = withChecked(
              log,
              interactions,
              target.id,
              { date: change.date },
              now,
              interactionCheck,
            );
            if (!result.ok) throw new Error(result.error);
            log = result.doc;
            doc = withLastInteractionRecomputed(doc, log, target.personId, now);
          } else if (target && change.op === 'delete') {
            log = withRemoved(log, logList('interactions'), target.id, now).doc;
            doc = withLastInteractionRecomputed(doc, log, target.personId, now);
          }
          const latest = lastInteractions(log.interactions);
          for (const person of doc.people) expect(person.lastInteraction).toBe(latest.get(person.id) ?? null);
        });
      }),
    );
  });

  it('is corrected from the log in one pass, and a second pass changes nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(day), { minLength: ids.length, maxLength: ids.length }),
        fc.array(fc.tuple(fc.constantFrom(...ids), day), { maxLength: 20 }),
        (stored, entries) => {
          const people = ids.map((id, i) =>
            makePerson(id, at(0), { name: id, lastInteraction: stored[i] ?? null }),
          );
          const log = entries.map(([personId, date], i) =>
            makeInteraction({ id: `i-${i}`, personId, date }, at(0)),
          );
          const latest = lastInteractions(log);
          const corrected = withLastInteractionsFrom(people, latest, at(5)) ?? people;
          for (const person of corrected) expect(person.lastInteraction).toBe(latest.get(person.id) ?? null);
          // Only the contacts that differed change, with a newer time so the correction wins a merge.
          corrected.forEach((person, i) => {
            if (person === people[i]) return;
            expect(people[i]!.lastInteraction).not.toBe(person.lastInteraction);
            expect(person.updatedAt).toBe(at(5).toISOString());
          });
          expect(withLastInteractionsFrom(corrected, latest, at(6))).toBeUndefined();
        },
      ),
    );
  });
});

const unmount: (() => void)[] = [];
afterEach(() => unmount.splice(0).forEach((stop) => stop()));

/** A tab with the tracker open on `engine`. */
async function openTab(engine: StorageEngine) {
  vi.resetModules();
  const storage = await import('../../../../src/lib/storage');
  storage.useStorageForTests({ engine });
  const people = await import('../../../../src/documents/people/store');
  const logs = await import('../../../../src/documents/interactions/document');
  const followUp = await import('../../../../src/worksheets/follow-up/store');
  const carryOver = await import('../../../../src/documents/interactions/carry-over');
  unmount.push(
    people.$people.listen(() => {}),
    logs.$interactions.listen(() => {}),
  );
  await Promise.all([people.people.ready(), logs.interactions.ready()]);
  return { ...people, ...logs, ...followUp, ...carryOver };
}

/** Records the keys written, in order, and can make writes of one key fail. */
function watch(engine: StorageEngine, failing?: string) {
  const writes: string[] = [];
  const setItem = engine.setItem.bind(engine);
  engine.setItem = async (key, value) => {
    if (key === failing) throw new Error('The disk is unplugged.');
    writes.push(key);
    return setItem(key, value);
  };
  return writes;
}

const storedData = async <T>(engine: StorageEngine, key: string) =>
  (await engine.getItem(key)) as { schemaVersion: number; data: T } | null;

describe('carrying the logs over from people version 2', () => {
  it('writes the logs first, then people of the current version, on the first visit', async () => {
    const engine = createMemoryEngine({ people: fixture('people', 2) });
    const writes = watch(engine);
    const tab = await openTab(engine);
    await vi.waitFor(async () => expect((await storedData(engine, 'people'))?.schemaVersion).toBe(4));
    expect(writes).toEqual(['interactions', 'people']);
    expect((await storedData(engine, 'interactions'))!.data).toEqual(fixture('interactions', 1).data);
    expect((await storedData(engine, 'people'))!.data).toEqual(migratePeopleV3(fixture('people', 3).data));
    expect(tab.people.$status.get()).toMatchObject({ save: 'saved', problem: undefined });
  });

  it('is idempotent: run again, it merges by id and loses nothing newer', async () => {
    const log = fixture('interactions', 1).data as InteractionsDoc;
    const edited = {
      ...log.interactions[0]!,
      talkedAbout: 'Edited later',
      updatedAt: '2027-05-01T00:00:00.000Z',
    };
    const other = makeInteraction({ id: 'i-new', personId: 'p-marcus', date: '2027-05-01' }, at(0));
    // A visit that stored the logs, then closed before writing people version 3, then an edit.
    const engine = createMemoryEngine({
      people: fixture('people', 2),
      interactions: {
        schemaVersion: 1,
        updatedAt: '2027-05-01T00:00:00.000Z',
        data: { ...log, interactions: [edited, other] },
      },
    });
    const tab = await openTab(engine);
    await vi.waitFor(async () => expect((await storedData(engine, 'people'))?.schemaVersion).toBe(4));
    const stored = (await storedData<InteractionsDoc>(engine, 'interactions'))!.data;
    expect(stored.interactions).toEqual([edited, other]);
    expect(stored.gives).toEqual(log.gives);
    await tab.carryOverLogs(fixture('people', 2));
    expect((await storedData<InteractionsDoc>(engine, 'interactions'))!.data).toEqual(stored);
  });

  it('leaves people version 2 untouched and says so when the logs cannot be written', async () => {
    const original = fixture('people', 2);
    const engine = createMemoryEngine({ people: original });
    watch(engine, 'interactions');
    const tab = await openTab(engine);
    await vi.waitFor(() => expect(tab.people.$status.get().save).toBe('failed'));
    expect(tab.people.$status.get().problem).toMatch(/^Not saved: .*The disk is unplugged/);
    expect(tab.interactions.$status.get().save).toBe('failed');
    expect(await engine.getItem('people')).toEqual(original);
    expect(await engine.getItem('interactions')).toBeNull();
  });
});

describe('reconciling with the log', () => {
  it('corrects a contact whose logged day lost a merge to another tab’s edit', async () => {
    const engine = createMemoryEngine();
    const tabA = await openTab(engine);
    const id = tabA.contactEditor.add({ name: 'Elise', addedOn: '2027-01-01' }, at(0));
    await tabA.people.flush();
    const tabB = await openTab(engine);
    tabA.logInteraction(
      id,
      { ...makeInteraction({ id: 'x', personId: id, date: '2027-03-01' }, at(1)) },
      at(1),
    );
    // Tab B has not seen the log entry: its later contact edit wins the merge, day and all.
    tabB.contactEditor.update(id, { notes: 'Prefers mornings' }, at(2));
    await tabA.interactions.flush();
    await tabA.people.flush();
    await tabB.people.flush();
    const tabC = await openTab(engine);
    await vi.waitFor(async () => {
      const stored = (await storedData<PeopleDoc>(engine, 'people'))!.data.people[0]!;
      expect([stored.notes, stored.lastInteraction]).toEqual(['Prefers mornings', '2027-03-01']);
    });
    expect(tabC.$people.get().people[0]!.lastInteraction).toBe('2027-03-01');
  });
});
