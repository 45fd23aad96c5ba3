// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contactStatuses, thankYousDue } from '../../../../src/worksheets/follow-up/cadence';
import { decodeEnvelope } from '../../../../src/lib/documents';
import { createMemoryEngine, type StorageEngine } from '../../../../src/lib/storage';
import { interactionsSchema, type InteractionsDoc } from '../../../../src/documents/interactions/schema';
import {
  makePerson,
  migratePeopleV1,
  migratePeopleV2,
  migratePeopleV3,
  peopleSchema,
  peopleSpec,
  splitPeopleV2,
  type PeopleDoc,
  type Person,
} from '../../../../src/documents/people/schema';
import { withImport } from '../../../../src/worksheets/follow-up/store';

const at = (minute: number) => new Date(Date.UTC(2027, 2, 1, 10, minute));
const unmount: (() => void)[] = [];
const fixture = (version: number) =>
  JSON.parse(readFileSync(`tests/fixtures/documents/people/v${version}.json`, 'utf8')) as {
    schemaVersion: number;
    updatedAt: string;
    data: unknown;
  };

const logFixture = () =>
  JSON.parse(readFileSync('tests/fixtures/documents/interactions/v1.json', 'utf8')) as {
    schemaVersion: number;
    updatedAt: string;
    data: InteractionsDoc;
  };

/** A tab with the tracker open: contacts and logs loaded, as the island reads them. */
async function openTab(engine: StorageEngine) {
  vi.resetModules();
  const storage = await import('../../../../src/lib/storage');
  storage.useStorageForTests({ engine });
  const store = await import('../../../../src/documents/people/store');
  const logs = await import('../../../../src/documents/interactions/document');
  const followUp = await import('../../../../src/worksheets/follow-up/store');
  const undo = await import('../../../../src/stores/undo');
  unmount.push(
    store.$people.listen(() => {}),
    logs.$interactions.listen(() => {}),
  );
  await Promise.all([store.people.ready(), logs.interactions.ready()]);
  const flush = async () => {
    await logs.interactions.flush();
    await store.people.flush();
  };
  return {
    ...store,
    ...logs,
    ...followUp,
    ...undo,
    flush,
    doc: () => store.$people.get(),
    log: () => logs.$interactions.get(),
  };
}

const stored = async (engine: StorageEngine) =>
  ((await engine.getItem('people')) as { data: PeopleDoc }).data;
const storedLog = async (engine: StorageEngine) =>
  ((await engine.getItem('interactions')) as { data: InteractionsDoc }).data;
const visit = {
  date: '2027-03-03',
  channel: 'in-person' as const,
  talkedAbout: 'App engagement',
  theyShared: 'Small clinics',
  promised: 'An article',
  thankYou: 'to-send' as const,
  thankYouSentOn: null,
};

beforeEach(() => vi.resetModules());
afterEach(() => unmount.splice(0).forEach((stop) => stop()));

describe('people schema versions', () => {
  it('migrates version 1 purely: follow-up fields added, nothing else touched', () => {
    const v1 = fixture(1).data as { people: Record<string, unknown>[] };
    const copy = structuredClone(v1);
    const v2 = migratePeopleV1(v1) as { people: Person[]; interactions: unknown[]; gives: unknown[] };
    expect(v1).toEqual(copy);
    expect(v2.interactions).toEqual([]);
    expect(v2.gives).toEqual([]);
    expect(v2.people[0]).toMatchObject({
      name: 'Priya Raman',
      tier: 'A',
      addedOn: '2027-02-10',
      cadence: 'none',
      tags: [],
      snoozedUntil: null,
    });
    expect(v.safeParse(peopleSchema, migratePeopleV3(migratePeopleV2(v2))).success).toBe(true);
  });

  it('migrates version 2 purely: the logs leave, each contact keeps its latest interaction day', () => {
    const v2 = fixture(2).data;
    const copy = structuredClone(v2);
    expect(migratePeopleV2(v2)).toEqual(fixture(3).data);
    expect(v2).toEqual(copy);
    const decoded = decodeEnvelope(peopleSpec, fixture(2));
    expect(decoded).toMatchObject({ kind: 'ok', migratedFrom: 2, data: fixture(3).data });
  });

  it('migrates version 3 purely: each contact gains an empty phone and profile link, nothing else', () => {
    const v3 = fixture(3).data as PeopleDoc;
    const copy = structuredClone(v3);
    const v4 = migratePeopleV3(v3) as PeopleDoc;
    expect(v3).toEqual(copy);
    expect(v4.deleted).toEqual(v3.deleted);
    expect(v4.people.map((person) => [person.phone, person.profileUrl])).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(v4.people.map(({ phone: _p, profileUrl: _u, ...rest }) => rest)).toEqual(v3.people);
    expect(v.safeParse(peopleSchema, v4).success).toBe(true);
    // The version 4 fixture is version 3 with the two fields, here filled in.
    const current = fixture(4).data as PeopleDoc;
    expect(v.safeParse(peopleSchema, current).success).toBe(true);
    expect(current.people.map(({ phone: _p, profileUrl: _u, ...rest }) => rest)).toEqual(v3.people);
    expect(decodeEnvelope(peopleSpec, fixture(3))).toMatchObject({ kind: 'ok', migratedFrom: 3, data: v4 });
    expect(migratePeopleV3(null)).toBeNull();
  });

  it('splits version 2 into contacts and the logs, losing nothing', () => {
    const v2 = fixture(2).data as { interactions: unknown[]; gives: unknown[]; deleted: object };
    const { people, log } = splitPeopleV2(v2);
    expect(people).toEqual(fixture(3).data);
    expect(log).toEqual(logFixture().data);
    expect(log.interactions).toEqual(v2.interactions);
    expect(log.gives).toEqual(v2.gives);
    expect(log.deleted).toEqual(v2.deleted);
    // The latest day wins, whatever the order of the log; a contact with none gets null.
    const later = { ...log.interactions[0]!, id: 'i-2', date: '2027-04-01' };
    const earlier = { ...log.interactions[0]!, id: 'i-3', date: '2027-01-01' };
    const split = splitPeopleV2({ ...v2, interactions: [later, ...log.interactions, earlier] });
    expect((split.people as PeopleDoc).people.map((p) => p.lastInteraction)).toEqual(['2027-04-01', null]);
    expect(splitPeopleV2(null).people).toBeNull();
  });

  it('refuses bad follow-up data with a precise reason', () => {
    const data = fixture(4).data as PeopleDoc;
    const log = logFixture().data;
    const bad = (change: (doc: PeopleDoc, log: InteractionsDoc) => void) => {
      const copy = structuredClone(data);
      const logCopy = structuredClone(log);
      change(copy, logCopy);
      const result = v.safeParse(peopleSchema, copy);
      const logResult = v.safeParse(interactionsSchema, logCopy);
      if (!result.success) return result.issues[0].message;
      return logResult.success ? 'valid' : logResult.issues[0].message;
    };
    expect(bad((doc) => (doc.people[1]!.cadenceDays = 0))).toBe(
      'A custom cadence is a whole number of days from 1 to 1100.',
    );
    expect(bad((doc) => (doc.people[0]!.lastInteraction = '2027-02-30'))).toBe('That day does not exist.');
    expect(bad((_, log) => (log.interactions[0]!.date = '2027-02-30'))).toBe('That day does not exist.');
    expect(bad((_, log) => ((log.interactions[0] as { channel: string }).channel = 'fax'))).not.toBe('valid');
    expect(bad((doc) => (doc.people[0]!.tags = ['']))).not.toBe('valid');
  });
});

describe('follow-up store', () => {
  it('logs an interaction: the next due date counts from it and a snooze ends', async () => {
    const engine = createMemoryEngine();
    const tab = await openTab(engine);
    const id = tab.contactEditor.add(
      { name: 'Elise Warren', cadence: '3-weeks', addedOn: '2027-01-01' },
      at(0),
    );
    expect(tab.snoozeContact(id, '2027-04-30', at(1))).toBeUndefined();
    expect(contactStatuses(tab.doc().people, '2027-03-01')[0]!.due).toBe('2027-04-30');
    const logged = tab.logInteraction(id, visit, at(2));
    expect(logged).toHaveProperty('id');
    const status = contactStatuses(tab.doc().people, '2027-03-04')[0]!;
    expect([status.last, status.due, status.person.snoozedUntil]).toEqual(['2027-03-03', '2027-03-24', null]);
    await tab.flush();
    expect((await storedLog(engine)).interactions).toHaveLength(1);
    expect((await stored(engine)).people[0]!.lastInteraction).toBe('2027-03-03');
  });

  it('refuses invalid edits with a message and changes nothing', async () => {
    const tab = await openTab(createMemoryEngine());
    const id = tab.contactEditor.add({ name: 'Priya' }, at(0));
    const before = tab.doc();
    expect(tab.contactEditor.update(id, { cadence: 'custom', cadenceDays: 0 }, at(1))).toBe(
      'A custom cadence is a whole number of days from 1 to 1100.',
    );
    expect(tab.logInteraction(id, { ...visit, date: '2027-13-01' }, at(1))).toEqual({
      error: 'That day does not exist.',
    });
    expect(JSON.stringify(tab.logInteraction('gone', visit, at(1)))).toContain('no longer exists');
    expect(tab.doc()).toBe(before);
  });

  it('marks a thank-you note sent, and keeps gives and asks', async () => {
    const tab = await openTab(createMemoryEngine());
    const id = tab.contactEditor.add({ name: 'Elise' }, at(0));
    const logged = tab.logInteraction(id, visit, at(1)) as { id: string };
    tab.markThankYouSent(logged.id, '2027-03-04', at(2));
    expect(tab.log().interactions[0]).toMatchObject({ thankYou: 'sent', thankYouSentOn: '2027-03-04' });
    tab.addGive(id, { date: '2027-03-04', kind: 'article', note: 'Small-sample article' }, at(3));
    expect(tab.log().gives.map((g) => g.kind)).toEqual(['article']);
    tab.deleteLogEntry('gives', tab.log().gives[0]!.id, at(4));
    expect(tab.log().gives).toEqual([]);
    tab.runUndo();
    expect(tab.log().gives.map((g) => g.note)).toEqual(['Small-sample article']);
  });

  it('marks a thank-you note not needed, off the due notes until undone, and keeps it so after a reload', async () => {
    const engine = createMemoryEngine();
    const tab = await openTab(engine);
    const id = tab.contactEditor.add({ name: 'Elise Warren' }, at(0));
    const logged = tab.logInteraction(id, visit, at(1)) as { id: string };
    const due = () => thankYousDue(tab.doc().people, tab.log().interactions, '2027-03-04');
    expect(due()).toHaveLength(1);
    expect(tab.dismissThankYou(logged.id, at(2))).toBeUndefined();
    expect(tab.log().interactions[0]).toMatchObject({ thankYou: 'not-needed', thankYouSentOn: null });
    expect(due()).toEqual([]);
    expect(tab.$undo.get()?.message).toBe('No thank-you note needed for Elise Warren.');
    tab.runUndo();
    expect(tab.log().interactions[0]!.thankYou).toBe('to-send');
    expect(due()).toHaveLength(1);
    tab.dismissThankYou(logged.id, at(3));
    await tab.flush();
    expect((await storedLog(engine)).interactions[0]!.thankYou).toBe('not-needed');
    expect(tab.dismissThankYou('gone', at(4))).toBe('That interaction no longer exists.');
  });

  it('keeps interactions logged in two tabs, and a deleted person’s log comes back with undo', async () => {
    const engine = createMemoryEngine();
    const tabA = await openTab(engine);
    const id = tabA.contactEditor.add({ name: 'Elise' }, at(0));
    await tabA.flush();
    const tabB = await openTab(engine);
    tabA.logInteraction(id, { ...visit, date: '2027-03-01' }, at(1));
    tabB.logInteraction(id, { ...visit, date: '2027-03-02' }, at(2));
    await tabA.flush();
    await tabB.flush();
    expect((await storedLog(engine)).interactions.map((i) => i.date).sort()).toEqual([
      '2027-03-01',
      '2027-03-02',
    ]);
    expect((await stored(engine)).people[0]!.lastInteraction).toBe('2027-03-02');
    tabB.personEditor.remove(id, at(3));
    expect(tabB.log().interactions).toHaveLength(2);
    tabB.runUndo();
    expect(tabB.doc().people.map((p) => p.name)).toEqual(['Elise']);
  });

  it('applies an import all at once or not at all', () => {
    const doc: PeopleDoc = { people: [makePerson('p1', at(0), { name: 'Elise' })], deleted: {} };
    let n = 0;
    const ids = () => `new-${++n}`;
    const ok = withImport(
      doc,
      { add: [{ name: 'Priya' }], merge: [{ id: 'p1', patch: { role: 'Lead' } }] },
      at(1),
      ids,
    );
    expect(ok.ok && ok.doc.people.map((p) => [p.name, p.role])).toEqual([
      ['Elise', 'Lead'],
      ['Priya', ''],
    ]);
    const bad = withImport(
      doc,
      { add: [{ name: 'Priya' }, { name: 'x'.repeat(400) }], merge: [] },
      at(1),
      ids,
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^New contact 2: name/);
  });
});
