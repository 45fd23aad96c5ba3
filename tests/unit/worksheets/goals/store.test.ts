// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stepsForPerson } from '../../../../src/worksheets/goals/links';
import type { StorageEngine } from '../../../../src/lib/storage';
import {
  goalsSchema,
  goalsSpec,
  makeGoal,
  makeStep,
  type GoalsDoc,
} from '../../../../src/worksheets/goals/schema';
import { withRemoved, withUpdated } from '../../../../src/lib/list-edit';
import {
  benchmarkList,
  goalList,
  objectiveList,
  objectiveOf,
  stepList,
  withStepPerson,
} from '../../../../src/worksheets/goals/store';

const at = (iso: string) => new Date(iso);
const t1 = at('2027-01-10T10:00:00Z');
const t2 = at('2027-01-10T11:00:00Z');
const t3 = at('2027-01-10T12:00:00Z');
const fixture = (
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/documents/goals/v1.json'), 'utf8')) as {
    data: GoalsDoc;
  }
).data;

type Store = typeof import('../../../../src/worksheets/goals/store');
type Undo = typeof import('../../../../src/stores/undo');
let api: Store;
let undo: Undo;
let engine: StorageEngine;
let unbind: () => void;

const doc = () => api.goals.$data.get();
const goal = (id: string) => doc().goals.find((g) => g.id === id)!;

// Every test gets fresh store modules and an empty storage of its own, subscribed as an island
// would be, so no save or load of one test can land in another.
beforeEach(async () => {
  vi.resetModules();
  const storage = await import('../../../../src/lib/storage');
  engine = storage.createMemoryEngine();
  storage.useStorageForTests({ engine });
  api = await import('../../../../src/worksheets/goals/store');
  undo = await import('../../../../src/stores/undo');
  unbind = api.goals.$data.listen(() => {});
  await api.goals.ready();
});

afterEach(() => unbind());

describe('goals schema', () => {
  it('accepts Maya’s worksheet and an empty one', () => {
    expect(v.safeParse(goalsSchema, fixture).success).toBe(true);
    expect(v.safeParse(goalsSchema, goalsSpec.initial()).success).toBe(true);
  });

  it.each([
    ['a step status that does not exist', { steps: [{ ...makeStep('s', t1), status: 'later' }] }],
    ['a deadline that is not a day', { deadline: '2027-02-30' }],
    ['a target in words', { target: 'twelve' }],
    ['a negative target', { target: -1 }],
    [
      'a benchmark done as text',
      { benchmarks: [{ id: 'b', updatedAt: t1.toISOString(), text: '', due: null, done: 'yes' }] },
    ],
  ])('refuses %s', (_label, patch) => {
    const bad = { ...fixture, goals: [{ ...makeGoal('g', t1), ...patch }] };
    expect(v.safeParse(goalsSchema, bad).success).toBe(false);
  });

  it('counts goals for summaries', () => {
    expect(goalsSpec.count(fixture)).toBe(3);
  });
});

describe('objectives', () => {
  it('adds, edits and reorders', () => {
    const first = api.objectiveEditor.add({}, t1);
    const second = api.objectiveEditor.add({}, t1);
    api.objectiveEditor.update(first, { text: 'Land a product analytics role' }, t2);
    expect(doc().objectives[0]).toMatchObject({ id: first, text: 'Land a product analytics role' });
    expect(doc().objectives[0]!.updatedAt).toBe(t2.toISOString());
    api.objectiveEditor.move(second, -1, t3);
    expect(doc().objectives.map((o) => o.id)).toEqual([second, first]);
  });

  it('deletes with a tombstone, and undo puts it back in place', () => {
    const a = api.objectiveEditor.add({}, t1);
    const b = api.objectiveEditor.add({}, t1);
    api.objectiveEditor.update(a, { text: 'Become known in Columbus health tech' }, t1);
    api.objectiveEditor.remove(a, t2);
    expect(doc().objectives.map((o) => o.id)).toEqual([b]);
    expect(doc().deleted[a]).toBe(t2.toISOString());
    expect(undo.$undo.get()?.message).toBe('Deleted the objective “Become known in Columbus health tech”.');
    undo.runUndo();
    expect(doc().objectives.map((o) => o.id)).toEqual([a, b]);
    expect(doc().deleted[a]).toBeUndefined();
  });

  it('keeps a goal’s link to a deleted objective, so undo needs no repair', () => {
    const o = api.objectiveEditor.add({}, t1);
    const g = api.goalEditor.add({}, t1);
    api.goalEditor.update(g, { objectiveId: o }, t1);
    api.objectiveEditor.remove(o, t2);
    expect(goal(g).objectiveId).toBe(o);
    expect(objectiveOf(doc(), goal(g))).toBeUndefined();
    undo.runUndo();
    expect(objectiveOf(doc(), goal(g))?.id).toBe(o);
  });

  it('offers no undo when there was nothing to delete', () => {
    api.objectiveEditor.remove('nope', t1);
    expect(undo.$undo.get()).toBeNull();
  });
});

describe('goals', () => {
  it('adds a blank goal and edits its fields', () => {
    const g = api.goalEditor.add({}, t1);
    expect(goal(g)).toMatchObject({ text: '', target: null, deadline: null, benchmarks: [], steps: [] });
    api.goalEditor.update(
      g,
      { text: 'Meet 12 analysts', metric: 'conversations', target: 12, deadline: '2027-06-30' },
      t2,
    );
    expect(goal(g)).toMatchObject({ target: 12, deadline: '2027-06-30', updatedAt: t2.toISOString() });
  });

  it('reorders', () => {
    const a = api.goalEditor.add({}, t1);
    const b = api.goalEditor.add({}, t1);
    api.goalEditor.move(a, 1, t2);
    expect(doc().goals.map((g) => g.id)).toEqual([b, a]);
    api.goalEditor.move(a, 1, t2); // already last
    expect(doc().goals.map((g) => g.id)).toEqual([b, a]);
  });

  it('deletes with its benchmarks and steps, and undo brings them all back', () => {
    const g = api.goalEditor.add({}, t1);
    api.goalEditor.update(g, { text: 'Publish a case study of the portal analysis' }, t1);
    api.benchmarkEditor(g).add({}, t1);
    api.stepEditor(g).add({}, t1);
    api.goalEditor.remove(g, t2);
    expect(doc().goals).toEqual([]);
    expect(undo.$undo.get()?.message).toBe('Deleted the goal “Publish a case study of the portal analysis”.');
    undo.runUndo();
    expect(goal(g).benchmarks).toHaveLength(1);
    expect(goal(g).steps).toHaveLength(1);
    expect(doc().deleted[g]).toBeUndefined();
  });

  it('names a blank goal in the undo message, and shortens a long one', () => {
    const blank = api.goalEditor.add({}, t1);
    api.goalEditor.remove(blank, t2);
    expect(undo.$undo.get()?.message).toBe('Deleted the goal (no text yet).');
    const long = api.goalEditor.add({}, t1);
    api.goalEditor.update(long, { text: 'Hold '.padEnd(100, 'x') }, t1);
    api.goalEditor.remove(long, t2);
    expect(undo.$undo.get()?.message).toMatch(/^Deleted the goal “Hold x+…”\.$/);
    expect(undo.$undo.get()!.message.length).toBeLessThan(90);
  });
});

describe('benchmarks', () => {
  it('adds, edits, marks done and reorders, stamping the goal each time', () => {
    const g = api.goalEditor.add({}, t1);
    const a = api.benchmarkEditor(g).add({}, t1);
    const b = api.benchmarkEditor(g).add({}, t1);
    api.benchmarkEditor(g).update(a, { text: '4 conversations held', due: '2027-03-15' }, t2);
    expect(goal(g).benchmarks[0]).toMatchObject({ text: '4 conversations held', due: '2027-03-15' });
    expect(goal(g).updatedAt).toBe(t2.toISOString());
    api.benchmarkEditor(g).update(a, { done: true }, t3);
    expect(goal(g).benchmarks[0]!.done).toBe(true);
    expect(goal(g).updatedAt).toBe(t3.toISOString());
    api.benchmarkEditor(g).move(b, -1, t3);
    expect(goal(g).benchmarks.map((x) => x.id)).toEqual([b, a]);
  });

  it('deletes and undoes', () => {
    const g = api.goalEditor.add({}, t1);
    const a = api.benchmarkEditor(g).add({}, t1);
    api.benchmarkEditor(g).update(a, { text: 'Case study published' }, t1);
    api.benchmarkEditor(g).remove(a, t2);
    expect(goal(g).benchmarks).toEqual([]);
    expect(undo.$undo.get()?.message).toBe('Deleted the benchmark “Case study published”.');
    undo.runUndo();
    expect(goal(g).benchmarks.map((x) => x.id)).toEqual([a]);
  });

  it('undo does nothing once the goal itself is gone', () => {
    const g = api.goalEditor.add({}, t1);
    const a = api.benchmarkEditor(g).add({}, t1);
    api.benchmarkEditor(g).remove(a, t2);
    const undoBenchmark = undo.$undo.get()!.undo;
    api.goalEditor.remove(g, t3);
    undoBenchmark();
    expect(doc().goals).toEqual([]);
  });
});

describe('steps', () => {
  it('adds, edits, sets status and reorders', () => {
    const g = api.goalEditor.add({}, t1);
    const a = api.stepEditor(g).add({}, t1);
    const b = api.stepEditor(g).add({}, t1);
    expect(goal(g).steps[0]).toMatchObject({ status: 'todo', personIds: [], due: null });
    api.stepEditor(g).update(a, { text: 'Email Daniel to ask for coffee', due: '2027-01-14' }, t2);
    api.stepEditor(g).update(a, { status: 'doing' }, t2);
    expect(goal(g).steps[0]).toMatchObject({ text: 'Email Daniel to ask for coffee', status: 'doing' });
    api.stepEditor(g).update(a, { status: 'done' }, t3);
    expect(goal(g).steps[0]!.status).toBe('done');
    expect(goal(g).updatedAt).toBe(t3.toISOString());
    api.stepEditor(g).move(a, 1, t3);
    expect(goal(g).steps.map((s) => s.id)).toEqual([b, a]);
  });

  it('links and unlinks people, never twice', () => {
    const g = api.goalEditor.add({}, t1);
    const s = api.stepEditor(g).add({}, t1);
    api.setStepPerson(g, s, 'p-daniel', true, t2);
    api.setStepPerson(g, s, 'p-priya', true, t2);
    api.setStepPerson(g, s, 'p-daniel', true, t2);
    expect(goal(g).steps[0]!.personIds).toEqual(['p-daniel', 'p-priya']);
    api.setStepPerson(g, s, 'p-daniel', false, t3);
    expect(goal(g).steps[0]!.personIds).toEqual(['p-priya']);
  });

  it('leaves the document untouched when a link changes nothing', () => {
    expect(withStepPerson(fixture, 'g-conversations', 's-daniel', 'p-daniel', true, t3)).toBe(fixture);
    expect(withStepPerson(fixture, 'g-missing', 's-daniel', 'p-daniel', false, t3)).toBe(fixture);
  });

  it('deletes and undoes', () => {
    const g = api.goalEditor.add({}, t1);
    const s = api.stepEditor(g).add({}, t1);
    api.stepEditor(g).update(s, { text: 'Attend the Columbus Health Data Meetup' }, t1);
    api.stepEditor(g).remove(s, t2);
    expect(goal(g).steps).toEqual([]);
    expect(undo.$undo.get()?.message).toBe('Deleted the step “Attend the Columbus Health Data Meetup”.');
    undo.runUndo();
    expect(goal(g).steps[0]!.text).toBe('Attend the Columbus Health Data Meetup');
  });
});

describe('merging two tabs', () => {
  const merge = goalsSpec.merge!;

  it('keeps a deleted goal deleted against an older copy that still has it', () => {
    const older = fixture;
    const { doc: local } = withRemoved(fixture, goalList, 'g-referrals', at('2027-01-15T09:00:00Z'));
    for (const merged of [merge(local, older), merge(older, local)]) {
      expect(merged.goals.map((g) => g.id)).toEqual(['g-conversations', 'g-case-study']);
      expect(merged.deleted['g-referrals']).toBe('2027-01-15T09:00:00.000Z');
    }
  });

  it('keeps a deleted objective deleted against an older copy', () => {
    const { doc: local } = withRemoved(fixture, objectiveList, 'o-known', at('2027-01-15T09:00:00Z'));
    expect(merge(fixture, local).objectives.map((o) => o.id)).toEqual(['o-role']);
  });

  it('brings back a goal edited in another tab after this tab deleted it', () => {
    const { doc: local } = withRemoved(fixture, goalList, 'g-referrals', at('2027-01-15T09:00:00Z'));
    const stored = withUpdated(fixture, goalList, 'g-referrals', { target: 4 }, at('2027-01-15T10:00:00Z'));
    expect(merge(local, stored).goals.find((g) => g.id === 'g-referrals')?.target).toBe(4);
  });

  it('keeps a step edit from one tab and a goal edit from the other', () => {
    const stepTab = withUpdated(
      fixture,
      stepList('g-conversations'),
      's-priya',
      { status: 'doing' },
      at('2027-01-20T09:00:00Z'),
    );
    const goalTab = withUpdated(fixture, goalList, 'g-case-study', { target: 6 }, at('2027-01-20T10:00:00Z'));
    const merged = merge(stepTab, goalTab);
    expect(merged.goals[0]!.steps[1]!.status).toBe('doing');
    expect(merged.goals[1]!.target).toBe(6);
  });

  it('lets the later edit inside the same goal win', () => {
    const earlier = withUpdated(
      fixture,
      benchmarkList('g-conversations'),
      'b-4',
      { done: true },
      at('2027-03-10T10:00:00Z'),
    );
    const later = withUpdated(
      fixture,
      benchmarkList('g-conversations'),
      'b-8',
      { text: '8 conversations held, 2 with hiring managers' },
      at('2027-03-11T10:00:00Z'),
    );
    const merged = merge(earlier, later);
    expect(merged.goals[0]!.benchmarks[1]!.text).toMatch(/hiring managers/);
  });

  it('survives a save against an older stored copy', async () => {
    await engine.setItem('goals', {
      schemaVersion: 1,
      updatedAt: '2027-01-14T19:05:00.000Z',
      data: fixture,
    });
    await api.goals.reload();
    api.goalEditor.remove('g-case-study', at('2027-01-20T10:00:00Z'));
    // Another tab, still holding the old copy, saves after an edit of its own.
    await engine.setItem('goals', {
      schemaVersion: 1,
      updatedAt: '2027-01-20T10:00:01.000Z',
      data: withUpdated(fixture, goalList, 'g-referrals', { target: 4 }, at('2027-01-20T10:00:01Z')),
    });
    await api.goals.flush();
    const stored = (await engine.getItem('goals')) as { data: GoalsDoc };
    expect(stored.data.goals.map((g) => g.id)).toEqual(['g-conversations', 'g-referrals']);
    expect(stored.data.goals[1]!.target).toBe(4);
  });
});

describe('stepsForPerson', () => {
  it('lists every step that names a person, with its goal', () => {
    expect(
      stepsForPerson(fixture, 'p-daniel').map(({ goalText, stepText }) => ({ goalText, stepText })),
    ).toEqual([
      {
        goalText: expect.stringMatching(/^Hold informational conversations/) as string,
        stepText: 'Message Daniel Osei to ask for a 30-minute coffee',
      },
      {
        goalText: expect.stringMatching(/^Hold informational conversations/) as string,
        stepText: 'Ask Priya Raman for a 20-minute call, through an introduction from Daniel',
      },
    ]);
    expect(stepsForPerson(fixture, 'p-priya')).toHaveLength(1);
    expect(stepsForPerson(fixture, 'p-nobody')).toEqual([]);
  });
});
