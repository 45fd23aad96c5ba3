// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryEngine, useStorageForTests, type StorageEngine } from '../../../../src/lib/storage';
import {
  blankRecords,
  developmentSpec,
  END_BEFORE_START,
  START_TIME_FORMAT,
  type DevelopmentDoc,
} from '../../../../src/worksheets/development/schema';
import { withAdded, withMoved, withRemoved, withRestored } from '../../../../src/lib/list-edit';
import { planList, toggledLink, withPatched } from '../../../../src/worksheets/development/store';
import { persisted, type PersistedDocument } from '../../../../src/persistence/document-store';

const at = (iso: string) => new Date(iso);
const empty = (): DevelopmentDoc => developmentSpec.initial();
const mounted: (() => void)[] = [];

/** A plan with one event (Aug 19–20) and one source, made at 10:00. */
function plan(): DevelopmentDoc {
  const t = at('2027-04-12T10:00:00Z');
  let doc = withAdded(empty(), planList('events'), {
    ...blankRecords.events('summit', t),
    name: 'Midwest Digital Health Summit',
    start: '2027-08-19',
    end: '2027-08-20',
  });
  doc = withAdded(doc, planList('sources'), {
    ...blankRecords.sources('brief', t),
    name: 'The Digital Health Brief',
  });
  return doc;
}

const patched = (result: ReturnType<typeof withPatched>) => {
  if (!result.ok) throw new Error(result.error);
  return result.doc;
};

/** A tab's copy of the plan: created, subscribed, loaded, as an island holds it. */
async function openTab(engine: StorageEngine): Promise<PersistedDocument<DevelopmentDoc>> {
  useStorageForTests({ engine });
  const doc = persisted(developmentSpec);
  mounted.push(doc.$data.listen(() => {}));
  await doc.ready();
  return doc;
}

const stored = async (engine: StorageEngine) =>
  ((await engine.getItem('development')) as { data: DevelopmentDoc }).data;

beforeEach(() => useStorageForTests(undefined));
afterEach(() => {
  mounted.splice(0).forEach((unbind) => unbind());
});

describe('editing the plan (pure transforms)', () => {
  it('changes a field and stamps the record', () => {
    const doc = patched(
      withPatched(plan(), 'events', 'summit', { place: 'Chicago' }, at('2027-04-12T11:00:00Z')),
    );
    expect(doc.events[0]).toMatchObject({ place: 'Chicago', updatedAt: '2027-04-12T11:00:00.000Z' });
  });

  it('refuses an end before the start, and changes nothing', () => {
    const before = plan();
    const result = withPatched(before, 'events', 'summit', { end: '2027-08-18' }, at('2027-04-12T11:00:00Z'));
    expect(result).toEqual({ ok: false, error: END_BEFORE_START });
    expect(before.events[0]?.end).toBe('2027-08-20');
  });

  it('moves the end along when the start moves past it, keeping the event’s length', () => {
    const doc = patched(
      withPatched(plan(), 'events', 'summit', { start: '2027-09-01' }, at('2027-04-12T11:00:00Z')),
    );
    expect(doc.events[0]).toMatchObject({ start: '2027-09-01', end: '2027-09-02' });
  });

  it.each([
    ['javascript:alert(document.cookie)', /starts with https:\/\//],
    ['data:text/html,hi', /starts with https:\/\//],
    ['www.example.com', /starts with https:\/\//],
  ])('refuses the source address %s', (url, message) => {
    const result = withPatched(plan(), 'sources', 'brief', { url }, at('2027-04-12T11:00:00Z'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('keeps a web address, trimmed', () => {
    const doc = patched(
      withPatched(
        plan(),
        'sources',
        'brief',
        { url: ' https://example.com/brief ' },
        at('2027-04-12T11:00:00Z'),
      ),
    );
    expect(doc.sources[0]?.url).toBe('https://example.com/brief');
  });

  it('refuses an edit of a record that is gone', () => {
    expect(withPatched(plan(), 'skills', 'nope', { name: 'x' }, at('2027-04-12T11:00:00Z'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no longer exists/) as unknown,
    });
  });

  it('moves, deletes with a tombstone, and restores in place', () => {
    const t = at('2027-04-12T11:00:00Z');
    let doc = withAdded(plan(), planList('events'), blankRecords.events('meetup', t));
    doc = withMoved(doc, planList('events'), 'meetup', -1, t);
    expect(doc.events.map((e) => e.id)).toEqual(['meetup', 'summit']);
    const { doc: without, removed } = withRemoved(
      doc,
      planList('events'),
      'meetup',
      at('2027-04-12T12:00:00Z'),
    );
    expect(without.events.map((e) => e.id)).toEqual(['summit']);
    expect(without.deleted).toEqual({ meetup: '2027-04-12T12:00:00.000Z' });
    const back = withRestored(without, planList('events'), removed!, at('2027-04-12T12:01:00Z'));
    expect(back.events.map((e) => e.id)).toEqual(['meetup', 'summit']);
    expect(back.deleted).toEqual({});
  });

  it('toggles linked people without duplicates, keeping order', () => {
    expect(toggledLink(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggledLink(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggledLink(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

describe('merging two copies', () => {
  it('keeps both tabs’ edits to different records of different lists', () => {
    const base = plan();
    const local = patched(
      withPatched(base, 'events', 'summit', { cost: '$450' }, at('2027-04-12T11:00:00Z')),
    );
    const other = patched(
      withPatched(base, 'sources', 'brief', { frequency: 'daily' }, at('2027-04-12T11:01:00Z')),
    );
    const merged = developmentSpec.merge!(local, other);
    expect(merged.events[0]?.cost).toBe('$450');
    expect(merged.sources[0]?.frequency).toBe('daily');
  });

  it('keeps one tab’s start time and another tab’s place on the same event', () => {
    const base = plan();
    const local = patched(
      withPatched(base, 'events', 'summit', { startTime: '08:30' }, at('2027-04-12T11:00:00Z')),
    );
    const other = patched(
      withPatched(base, 'events', 'summit', { place: 'Chicago' }, at('2027-04-12T11:01:00Z')),
    );
    for (const merged of [
      developmentSpec.merge!(local, other, base),
      developmentSpec.merge!(other, local, base),
    ]) {
      expect(merged.events[0]).toMatchObject({ startTime: '08:30', place: 'Chicago' });
    }
  });

  it('refuses a start time that is not HH:MM, and changes nothing', () => {
    const base = plan();
    const result = withPatched(base, 'events', 'summit', { startTime: '25:00' }, at('2027-04-12T11:00:00Z'));
    expect(result).toMatchObject({ ok: false, error: START_TIME_FORMAT });
    expect(base.events[0]?.startTime).toBe('');
  });

  it('keeps a delete when the other copy is older', () => {
    const base = plan();
    const { doc: local } = withRemoved(base, planList('events'), 'summit', at('2027-04-12T11:00:00Z'));
    expect(developmentSpec.merge!(local, base).events).toEqual([]);
    expect(developmentSpec.merge!(base, local).events).toEqual([]);
  });
});

describe('the development store', () => {
  it('saves actions, refuses bad edits, and undoes a delete', async () => {
    const engine = createMemoryEngine();
    // The store starts loading as soon as its module is imported, so import it after choosing storage.
    vi.resetModules();
    (await import('../../../../src/lib/storage')).useStorageForTests({ engine });
    const { planEditors, development, setEventLink, setSkillProgress } =
      await import('../../../../src/worksheets/development/store');
    const { $undo, runUndo } = await import('../../../../src/stores/undo');
    mounted.push(development.$data.listen(() => {}));
    await development.ready();

    const eventId = planEditors.events.add();
    expect(planEditors.events.update(eventId, { name: 'Summit', start: '2027-08-19' })).toBeUndefined();
    expect(planEditors.events.update(eventId, { end: '2027-08-01' })).toBe(END_BEFORE_START);
    setEventLink(eventId, 'personIds', 'p-priya', true);
    setEventLink(eventId, 'goalIds', 'g-conversations', true);
    setEventLink(eventId, 'goalIds', 'g-referrals', true);
    setEventLink(eventId, 'goalIds', 'g-conversations', false);
    // Ticking a goal twice (a second tab, a double click) links it once.
    setEventLink(eventId, 'goalIds', 'g-referrals', true);
    const skillId = planEditors.skills.add();
    expect(setSkillProgress(skillId, 40)).toBeUndefined();
    expect(setSkillProgress(skillId, 140)).toMatch(/0 to 100/);
    expect(setSkillProgress(skillId, null)).toBeUndefined();
    const sourceId = planEditors.sources.add();
    expect(planEditors.sources.update(sourceId, { url: 'javascript:alert(1)' })).toMatch(/https:\/\//);
    await development.flush();

    const saved = await stored(engine);
    expect(saved.events[0]).toMatchObject({
      name: 'Summit',
      start: '2027-08-19',
      end: null,
      personIds: ['p-priya'],
      goalIds: ['g-referrals'],
    });
    expect(saved.skills[0]?.progress).toBe(40);
    expect(saved.sources[0]?.url).toBe('');

    planEditors.events.remove(eventId);
    expect($undo.get()?.message).toBe('Deleted the event “Summit”.');
    expect(development.$data.get().events).toEqual([]);
    runUndo();
    expect(development.$data.get().events.map((e) => e.id)).toEqual([eventId]);
    planEditors.skills.remove(skillId);
    expect($undo.get()?.message).toBe('Deleted an unnamed skill.');
  });

  it('keeps both tabs’ additions when they save one after the other', async () => {
    const engine = createMemoryEngine();
    const tabA = await openTab(engine);
    const tabB = await openTab(engine);
    const t = at('2027-04-12T10:00:00Z');
    tabA.update((doc) =>
      withAdded(doc, planList('events'), { ...blankRecords.events('a', t), name: 'Meetup' }),
    );
    tabB.update((doc) => withAdded(doc, planList('skills'), { ...blankRecords.skills('b', t), name: 'SQL' }));
    await tabA.flush();
    await tabB.flush();
    const saved = await stored(engine);
    expect(saved.events.map((e) => e.name)).toEqual(['Meetup']);
    expect(saved.skills.map((s) => s.name)).toEqual(['SQL']);
  });

  it('does not let an older copy in another tab bring a deleted record back', async () => {
    const engine = createMemoryEngine();
    const tabA = await openTab(engine);
    const t = at('2027-04-12T10:00:00Z');
    tabA.update((doc) =>
      withAdded(doc, planList('organizations'), { ...blankRecords.organizations('guild', t), name: 'Guild' }),
    );
    await tabA.flush();
    const tabB = await openTab(engine); // loads the copy with the guild in it
    tabA.update(
      (doc) => withRemoved(doc, planList('organizations'), 'guild', at('2027-04-12T10:05:00Z')).doc,
    );
    await tabA.flush();
    // Tab B edits something else from its older copy, then saves.
    tabB.update((doc) => withAdded(doc, planList('skills'), { ...blankRecords.skills('k', t), name: 'dbt' }));
    await tabB.flush();
    const saved = await stored(engine);
    expect(saved.organizations).toEqual([]);
    expect(saved.deleted).toHaveProperty('guild');
    expect(saved.skills.map((s) => s.name)).toEqual(['dbt']);
  });
});
