// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryEngine } from '../../../../src/lib/storage';
import { statements } from '../../../../src/worksheets/communication/self-check';
import { communicationSpec, type CommunicationDoc } from '../../../../src/worksheets/communication/schema';
import {
  presenceRecord,
  withPresence,
  withRating,
  withTakeSaved,
} from '../../../../src/worksheets/communication/store';

const at = (iso: string) => new Date(iso);
const t1 = at('2027-01-26T20:00:00Z');
const t2 = at('2027-02-12T20:00:00Z');
const mounted: (() => void)[] = [];
afterEach(() => {
  mounted.splice(0).forEach((unbind) => unbind());
});

const rateAll = (doc: CommunicationDoc, rating: number, now: Date) =>
  statements.reduce((current, statement) => {
    const result = withRating(current, statement.id, rating, now);
    if (!result.ok) throw new Error(result.error);
    return result.doc;
  }, doc);

describe('self-check takes (pure transforms)', () => {
  it('refuses a rating outside 1 to 5 and a take with unrated statements', () => {
    const doc = communicationSpec.initial();
    expect(withRating(doc, 'paraphrase', 0, t1)).toEqual({
      ok: false,
      error: 'A rating is a whole number from 1 (rarely) to 5 (almost always).',
    });
    const partial = withRating(doc, 'paraphrase', 3, t1);
    if (!partial.ok) throw new Error(partial.error);
    expect(withTakeSaved(partial.doc, 'a', '2027-01-26', t1)).toEqual({
      ok: false,
      error: `Rate every statement first: ${statements.length - 1} statements are not rated yet.`,
    });
  });

  it('saves a complete take with its day and starts a fresh draft', () => {
    const result = withTakeSaved(rateAll(communicationSpec.initial(), 3, t1), 'a', '2027-01-26', t1);
    if (!result.ok) throw new Error(result.error);
    expect(result.doc.takes).toHaveLength(1);
    expect(result.doc.takes[0]).toMatchObject({ id: 'a', takenOn: '2027-01-26' });
    expect(Object.keys(result.doc.takes[0]!.ratings)).toHaveLength(statements.length);
    expect(result.doc.draft.ratings).toEqual({});
  });
});

describe('the online presence checklist (pure transforms)', () => {
  it('stores an item once touched, and merges items by their own time', () => {
    const doc = communicationSpec.initial();
    expect(presenceRecord(doc, 'photo')).toMatchObject({ done: false, note: '' });
    const local = withPresence(doc, 'photo', { done: true }, t1);
    const stored = withPresence(
      withPresence(doc, 'photo', { note: 'Saturday' }, t2),
      'headline',
      { done: true },
      t2,
    );
    const merged = communicationSpec.merge!(local, stored);
    expect(merged.presence.map((item) => [item.id, item.done, item.note])).toEqual([
      ['photo', false, 'Saturday'],
      ['headline', true, ''],
    ]);
  });
});

describe('the communication store', () => {
  it('saves takes, plans and checklist edits, and undoes deletes and the summary copy', async () => {
    const engine = createMemoryEngine();
    vi.resetModules();
    (await import('../../../../src/lib/storage')).useStorageForTests({ engine });
    const store = await import('../../../../src/worksheets/communication/store');
    const { $undo, runUndo } = await import('../../../../src/stores/undo');
    mounted.push(store.communication.$data.listen(() => {}));
    await store.communication.ready();

    for (const statement of statements) expect(store.rateStatement(statement.id, 2, t1)).toBeUndefined();
    expect(store.rateStatement('paraphrase', 9)).toMatch(/1 \(rarely\) to 5/);
    expect(store.saveTake('2027-01-26', t1)).toBeUndefined();
    expect(store.saveTake('2027-02-12', t2)).toMatch(/not rated yet/);

    const planId = store.planEditor.add();
    expect(store.planEditor.update(planId, { who: 'Priya Raman', date: '2027-02-18' })).toBeUndefined();
    expect(store.planEditor.update(planId, { date: '2027-02-30' })).toBe('That day does not exist.');

    store.setPresenceDone('headline', true);
    store.setPresenceNote('summary', 'My own draft');
    store.useWrittenSummary('I turn patient data into product decisions.');
    expect(presenceRecord(store.$communication.get(), 'summary').note).toBe(
      'I turn patient data into product decisions.',
    );
    runUndo();
    expect(presenceRecord(store.$communication.get(), 'summary').note).toBe('My own draft');
    // Edited after copying, the note would lose the new words to an undo: the offer goes.
    store.useWrittenSummary('I turn patient data into product decisions.');
    store.setPresenceDone('photo', true);
    expect($undo.get()?.message).toBe('Copied your written summary into the summary note.');
    store.setPresenceNote('summary', 'I turn patient data into product decisions, fast.');
    expect($undo.get()).toBeNull();
    store.setPresenceNote('summary', 'My own draft');

    await store.communication.flush();
    const saved = ((await engine.getItem('communication')) as { data: CommunicationDoc }).data;
    expect(saved.takes).toHaveLength(1);
    expect(saved.plans[0]).toMatchObject({ who: 'Priya Raman', date: '2027-02-18' });
    expect(saved.presence.find((item) => item.id === 'headline')?.done).toBe(true);

    store.deleteFrom('plans', planId, 'the plan for Priya Raman');
    expect($undo.get()?.message).toBe('Deleted the plan for Priya Raman.');
    expect(store.$communication.get().plans).toEqual([]);
    runUndo();
    expect(store.$communication.get().plans.map((plan) => plan.id)).toEqual([planId]);
  });
});
