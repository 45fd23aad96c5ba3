// @vitest-environment jsdom
// A browser-like page: documents only load where `import.meta.env.SSR` is false.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryEngine, useStorageForTests, type StorageEngine } from '../../../../src/lib/storage';
import { pitchSpec, type PitchDoc } from '../../../../src/worksheets/pitch/schema';
import {
  ALREADY_SAVED,
  NOTHING_TO_SAVE,
  withChosen,
  withPace,
  withPart,
  withRebuilt,
  withRun,
  withText,
  withVariantAdded,
  withVariantPatched,
  withVersionRestored,
  withVersionSaved,
} from '../../../../src/worksheets/pitch/store';
import { topList, withRemoved, withRestored } from '../../../../src/lib/list-edit';
import { persisted, type PersistedDocument } from '../../../../src/persistence/document-store';

const at = (iso: string) => new Date(iso);
const t0 = at('2027-02-01T19:00:00Z');
const t1 = at('2027-02-01T19:05:00Z');
const t2 = at('2027-02-01T19:10:00Z');
const mounted: (() => void)[] = [];

const ok = (result: { ok: true; doc: PitchDoc } | { ok: false; error: string }) => {
  if (!result.ok) throw new Error(result.error);
  return result.doc;
};

/** A pitch with two prompts answered, made at t0. */
function drafted(): PitchDoc {
  let doc = withPart(pitchSpec.initial(), 'who', "I'm a data analyst at Lakemont Health", t0);
  doc = withPart(doc, 'ask', 'Who should I be talking to?', t0);
  return doc;
}

beforeEach(() => useStorageForTests(undefined));
afterEach(() => {
  mounted.splice(0).forEach((unbind) => unbind());
});

describe('building the pitch (pure transforms)', () => {
  it('assembles the text live from the prompts', () => {
    const doc = drafted();
    expect(doc.base.text).toBe("I'm a data analyst at Lakemont Health. Who should I be talking to?");
    expect(doc.base.edited).toBe(false);
    expect(doc.base.updatedAt).toBe(t0.toISOString());
  });

  it('keeps hand edits when a prompt changes, until the reader rebuilds', () => {
    const edited = withText(drafted(), 'My own words.', t1);
    expect(edited.base.edited).toBe(true);
    const afterPrompt = withPart(edited, 'hook', '40 percent quit at one screen', t2);
    expect(afterPrompt.base.text).toBe('My own words.');
    expect(afterPrompt.base.hook).toBe('40 percent quit at one screen');
    const rebuilt = withRebuilt(afterPrompt, t2);
    expect(rebuilt.base).toMatchObject({
      edited: false,
      text: "40 percent quit at one screen. I'm a data analyst at Lakemont Health. Who should I be talking to?",
    });
  });

  it('counts text edited back to the assembled pitch as not edited', () => {
    const doc = drafted();
    expect(withText(withText(doc, 'x', t1), doc.base.text, t2).base.edited).toBe(false);
  });

  it('refuses a pace outside 80 to 220 and changes nothing', () => {
    expect(withPace(drafted(), 300, t1)).toEqual({
      ok: false,
      error: 'Pace is a whole number of words a minute from 80 to 220.',
    });
    expect(ok(withPace(drafted(), 150, t1)).base.wpm).toBe(150);
  });
});

describe('audience variants', () => {
  it('start from the base text with the audience’s name and length', () => {
    const doc = withVariantAdded(drafted(), 'recruiter', 'v1', t1);
    expect(doc.variants[0]).toEqual({
      id: 'v1',
      updatedAt: t1.toISOString(),
      audience: 'recruiter',
      label: 'Recruiter',
      text: drafted().base.text,
      targetSeconds: 30,
    });
    expect(withVariantAdded(drafted(), 'custom', 'v2', t1).variants[0]).toMatchObject({
      label: '',
      targetSeconds: 60,
    });
    expect(withVariantAdded(drafted(), 'written', 'v3', t1).variants[0]?.targetSeconds).toBe(90);
  });

  it('are edited on their own, with invalid lengths refused', () => {
    const doc = withVariantAdded(drafted(), 'peer', 'v1', t1);
    const changed = ok(withVariantPatched(doc, 'v1', { text: 'Hi, I work on patient data too.' }, t2));
    expect(changed.variants[0]?.text).toBe('Hi, I work on patient data too.');
    expect(changed.base.text).toBe(doc.base.text);
    expect(withVariantPatched(doc, 'v1', { targetSeconds: 5 }, t2)).toEqual({
      ok: false,
      error: 'A target length is a whole number of seconds from 10 to 300.',
    });
    expect(withVariantPatched(doc, 'nope', { text: 'x' }, t2).ok).toBe(false);
  });

  it('can be chosen, deleted and restored', () => {
    let doc = withChosen(withVariantAdded(drafted(), 'peer', 'v1', t1), 'v1', t1);
    expect(doc).toMatchObject({ chosenVariantId: 'v1', chosenAt: t1.toISOString() });
    const removed = withRemoved(doc, topList<PitchDoc, 'variants'>('variants'), 'v1', t2);
    expect(removed.doc.variants).toEqual([]);
    expect(removed.doc.deleted).toHaveProperty('v1');
    doc = withRestored(removed.doc, topList<PitchDoc, 'variants'>('variants'), removed.removed!, t2);
    expect(doc.variants.map((v) => v.id)).toEqual(['v1']);
    expect(doc.deleted).not.toHaveProperty('v1');
  });
});

describe('versions', () => {
  it('save snapshots, refusing an empty or unchanged text', () => {
    expect(withVersionSaved(pitchSpec.initial(), 'a', '', t1)).toEqual({ ok: false, error: NOTHING_TO_SAVE });
    const saved = ok(withVersionSaved(drafted(), 'a', 'first', t1));
    expect(saved.versions).toEqual([
      {
        id: 'a',
        updatedAt: t1.toISOString(),
        savedAt: t1.toISOString(),
        note: 'first',
        text: drafted().base.text,
      },
    ]);
    expect(withVersionSaved(saved, 'b', '', t2)).toEqual({ ok: false, error: ALREADY_SAVED });
  });

  it('restore an earlier text after saving the current one, so nothing is lost', () => {
    const first = ok(withVersionSaved(drafted(), 'a', '', t1));
    const changed = withText(first, 'A newer pitch.', t1);
    const restored = ok(withVersionRestored(changed, 'a', 'snap', t2));
    expect(restored.base.text).toBe(drafted().base.text);
    expect(restored.base.edited).toBe(false);
    expect(restored.versions.map((v) => [v.id, v.text])).toEqual([
      ['a', drafted().base.text],
      ['snap', 'A newer pitch.'],
    ]);
    expect(restored.versions[1]?.note).toMatch(/^Before restoring the version of/);
    // Restoring again when the current text is already saved adds no duplicate.
    expect(ok(withVersionRestored(restored, 'snap', 'snap2', t2)).versions).toHaveLength(2);
    expect(withVersionRestored(changed, 'missing', 'x', t2).ok).toBe(false);
  });
});

describe('practice runs and merging', () => {
  it('log the run with its start, length to a tenth, and the target', () => {
    const doc = withRun(drafted(), 'r1', at('2027-02-03T07:49:00Z'), 57.46, t1);
    expect(doc.runs[0]).toEqual({
      id: 'r1',
      updatedAt: t1.toISOString(),
      startedAt: '2027-02-03T07:49:00.000Z',
      seconds: 57.5,
      targetSeconds: 60,
    });
  });

  it('merge: the newer base pitch and choice win whole, lists merge by record', () => {
    const local = withVariantAdded(withText(drafted(), 'Local text.', t1), 'peer', 'vl', t1);
    const stored = withChosen(
      withVariantAdded(withText(drafted(), 'Stored text.', t2), 'recruiter', 'vs', t2),
      'vs',
      t2,
    );
    const merged = pitchSpec.merge!(local, stored);
    expect(merged.base.text).toBe('Stored text.');
    expect(merged.variants.map((v) => v.id).sort()).toEqual(['vl', 'vs']);
    expect(merged.chosenVariantId).toBe('vs');
    expect(pitchSpec.merge!(stored, local).chosenVariantId).toBe('vs');
  });

  it('merge from a shared start: each tab’s prompt survives, and the text follows both', () => {
    const start = drafted();
    const local = withPart(start, 'hook', 'I turn hospital data into fewer readmissions', t1);
    const stored = withPart(start, 'proof', 'Last year my dashboard cut readmissions by 8%', t2);
    for (const merged of [pitchSpec.merge!(local, stored, start), pitchSpec.merge!(stored, local, start)]) {
      expect(merged.base.hook).toBe('I turn hospital data into fewer readmissions');
      expect(merged.base.proof).toBe('Last year my dashboard cut readmissions by 8%');
      expect(merged.base.text).toBe(
        "I turn hospital data into fewer readmissions. I'm a data analyst at Lakemont Health. " +
          'Last year my dashboard cut readmissions by 8%. Who should I be talking to?',
      );
      expect(merged.base.edited).toBe(false);
    }
  });

  it('merge from a shared start: text written by hand wins over text the other tab assembled', () => {
    const start = drafted();
    const local = withText(start, 'My own words, said my way.', t1);
    const stored = withPart(start, 'hook', 'I turn hospital data into fewer readmissions', t2);
    for (const merged of [pitchSpec.merge!(local, stored, start), pitchSpec.merge!(stored, local, start)]) {
      expect(merged.base.text).toBe('My own words, said my way.');
      expect(merged.base.edited).toBe(true);
      expect(merged.base.hook).toBe('I turn hospital data into fewer readmissions');
    }
  });
});

describe('the pitch store', () => {
  const stored = async (engine: StorageEngine) =>
    ((await engine.getItem('pitch')) as { data: PitchDoc }).data;

  it('keeps a version note typed and not saved across a reload, until the version is saved', async () => {
    sessionStorage.clear();
    const engine = createMemoryEngine();
    /** The store as a freshly loaded page has it: its drafts come from session storage. */
    const freshPage = async () => {
      vi.resetModules();
      (await import('../../../../src/lib/storage')).useStorageForTests({ engine });
      const store = await import('../../../../src/worksheets/pitch/store');
      mounted.push(store.pitch.$data.listen(() => {}));
      await store.pitch.ready();
      return store;
    };
    const page = await freshPage();
    const add = vi.spyOn(window, 'addEventListener');
    page.setText('I am Maya, an analyst.');
    page.keepVersionNote('after the coffee with Daniel');
    expect(add).toHaveBeenCalledWith('beforeunload', expect.any(Function));
    await page.pitch.flush();

    const reloaded = await freshPage();
    expect(reloaded.versionNoteDraft()).toBe('after the coffee with Daniel');
    expect(reloaded.saveVersion(reloaded.versionNoteDraft())).toBeUndefined();
    expect(reloaded.$pitch.get().versions.at(-1)?.note).toBe('after the coffee with Daniel');
    expect(reloaded.versionNoteDraft()).toBe('');
    // A refused save (nothing new to save) keeps the note typed for it.
    reloaded.keepVersionNote('second try');
    expect(reloaded.saveVersion(reloaded.versionNoteDraft())).toBe(ALREADY_SAVED);
    expect(reloaded.versionNoteDraft()).toBe('second try');
    reloaded.keepVersionNote('');
    expect((await freshPage()).versionNoteDraft()).toBe('');
    add.mockRestore();
  });

  it('saves actions, times practice from timestamps, and undoes deletes and restores', async () => {
    const engine = createMemoryEngine();
    vi.resetModules();
    (await import('../../../../src/lib/storage')).useStorageForTests({ engine });
    const store = await import('../../../../src/worksheets/pitch/store');
    const { $undo, runUndo } = await import('../../../../src/stores/undo');
    mounted.push(store.pitch.$data.listen(() => {}));
    await store.pitch.ready();

    store.setPart('who', 'I am Maya');
    store.setTarget(30);
    expect(store.setPace(10)).toMatch(/80 to 220/);
    expect(store.saveVersion()).toBeUndefined();
    store.setText('I am Maya, an analyst.');
    const variantId = store.addVariant('informal');
    expect(store.pitchEditors.variants.update(variantId, { text: 'Maya is an analyst.' })).toBeUndefined();
    store.chooseVariant(variantId);

    store.startPractice(1_000_000);
    expect(store.$practiceStartedAt.get()).toBe(1_000_000);
    expect(store.stopPractice(1_028_400)).toEqual({ seconds: 28.4, logged: true });
    expect(store.stopPractice(1_050_000)).toBeNull();
    // An accidental start, stopped after a few seconds, is not a run.
    store.startPractice(1_060_000);
    expect(store.stopPractice(1_063_600)).toEqual({ seconds: 3.6, logged: false });
    expect(store.$practiceStartedAt.get()).toBeNull();

    await store.pitch.flush();
    const saved = await stored(engine);
    expect(saved.base).toMatchObject({
      text: 'I am Maya, an analyst.',
      edited: true,
      targetSeconds: 30,
      wpm: 130,
    });
    expect(saved.runs.map((run) => [run.seconds, run.targetSeconds])).toEqual([[28.4, 30]]);
    expect(saved.chosenVariantId).toBe(variantId);

    expect(store.restoreVersion(saved.versions[0]!.id)).toBeUndefined();
    expect(store.$pitch.get().base.text).toBe('I am Maya.');
    expect($undo.get()?.message).toBe('Restored an earlier version of your pitch.');
    runUndo();
    expect(store.$pitch.get().base.text).toBe('I am Maya, an analyst.');

    store.rebuildFromPrompts();
    expect(store.$pitch.get().base.text).toBe('I am Maya.');
    runUndo();
    expect(store.$pitch.get().base.text).toBe('I am Maya, an analyst.');

    // Once the reader rewords the rebuilt or restored text, undoing would throw the new words
    // away: the offer is withdrawn, while other edits leave it standing.
    store.rebuildFromPrompts();
    store.setTarget(60);
    expect($undo.get()?.message).toBe('Rebuilt your pitch from the prompts.');
    store.setText('I am Maya, and I turn patient data into decisions.');
    expect($undo.get()).toBeNull();
    expect(store.restoreVersion(saved.versions[0]!.id)).toBeUndefined();
    store.setText('I am Maya, reworded.');
    expect($undo.get()).toBeNull();
    expect(store.$pitch.get().base.text).toBe('I am Maya, reworded.');

    store.deleteFrom('variants', variantId, '“Informal introduction”');
    expect($undo.get()?.message).toBe('Deleted the variant “Informal introduction”.');
    expect(store.$pitch.get().variants).toEqual([]);
    runUndo();
    expect(store.$pitch.get().variants.map((v) => v.id)).toEqual([variantId]);
  });

  it('keeps both tabs’ variants when they save one after the other', async () => {
    const engine = createMemoryEngine();
    const open = async (): Promise<PersistedDocument<PitchDoc>> => {
      useStorageForTests({ engine });
      const doc = persisted(pitchSpec);
      mounted.push(doc.$data.listen(() => {}));
      await doc.ready();
      return doc;
    };
    const tabA = await open();
    const tabB = await open();
    tabA.update((doc) => withVariantAdded(doc, 'peer', 'a', t1));
    tabB.update((doc) => withVariantAdded(doc, 'recruiter', 'b', t1));
    await tabA.flush();
    await tabB.flush();
    expect((await stored(engine)).variants.map((v) => v.id).sort()).toEqual(['a', 'b']);
  });
});
