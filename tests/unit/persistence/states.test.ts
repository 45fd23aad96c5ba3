import { describe, expect, it } from 'vitest';
import {
  initialState,
  next,
  takesEdits,
  view,
  type DocumentEvent,
  type DocumentState,
} from '../../../src/persistence/states';

const loaded = (facts: Partial<Extract<DocumentEvent, { type: 'loaded' }>> = {}): DocumentEvent => ({
  type: 'loaded',
  deferred: false,
  upgrading: false,
  stashTaken: false,
  memoryOnly: false,
  ...facts,
});
const run = (...events: DocumentEvent[]): DocumentState => events.reduce(next, initialState);

describe('a document’s states', () => {
  it('loads, then is ready with nothing to save', () => {
    expect(view(initialState)).toEqual({
      state: 'loading',
      phase: 'loading',
      save: 'saved',
      readOnly: false,
      checking: false,
    });
    expect(run(loaded())).toMatchObject({ status: 'ready', unsaved: false });
    expect(view(run(loaded()))).toMatchObject({ phase: 'ready', save: 'saved', readOnly: false });
  });

  it('refuses edits while loading and read-only, and takes them otherwise', () => {
    expect(takesEdits(initialState)).toBe(false);
    expect(run({ type: 'edit' })).toEqual(initialState);
    expect(takesEdits(run({ type: 'newer' }))).toBe(false);
    expect(takesEdits(run({ type: 'unreachable' }))).toBe(false);
    for (const state of [run(loaded()), run(loaded({ deferred: true })), run({ type: 'quarantined' })]) {
      expect(takesEdits(state)).toBe(true);
    }
  });

  it('goes ready ⇄ saving, and keeps an edit made during a write unsaved after it', () => {
    const edited = run(loaded(), { type: 'edit' });
    expect(view(edited)).toMatchObject({ state: 'ready', save: 'pending' });
    const saving = next(edited, { type: 'write' });
    expect(view(saving)).toMatchObject({ state: 'saving', save: 'saving' });
    expect(view(next(saving, { type: 'written' }))).toMatchObject({ state: 'ready', save: 'saved' });
    const typedMeanwhile = next(saving, { type: 'edit' });
    expect(next(typedMeanwhile, { type: 'written' })).toMatchObject({ status: 'ready', unsaved: true });
  });

  it('keeps a failed write’s edit pending until a write lands', () => {
    const failed = run(loaded(), { type: 'edit' }, { type: 'write' }, { type: 'write-failed' });
    expect(failed).toMatchObject({ status: 'failed', unsaved: true });
    expect(view(failed).save).toBe('failed');
    expect(next(failed, { type: 'edit' })).toMatchObject({ status: 'ready', unsaved: true });
    expect(
      run(
        loaded(),
        { type: 'edit' },
        { type: 'write' },
        { type: 'write-failed' },
        { type: 'write' },
        { type: 'written' },
      ),
    ).toMatchObject({ status: 'ready', unsaved: false });
  });

  it('checks a large copy with edits taken, writes none before the check passes', () => {
    const checking = run(loaded({ deferred: true }), { type: 'edit' });
    expect(view(checking)).toMatchObject({
      state: 'checking',
      checking: true,
      save: 'pending',
      phase: 'ready',
    });
    expect(next(checking, { type: 'write' })).toBe(checking);
    expect(next(checking, { type: 'checked' })).toMatchObject({ status: 'ready', unsaved: true });
    expect(next(checking, { type: 'check-unavailable' })).toMatchObject({ status: 'failed', unsaved: true });
    expect(view(next(checking, { type: 'quarantined' }))).toMatchObject({
      state: 'quarantined',
      save: 'saved',
      checking: false,
    });
  });

  it('saves at once what loading took in: a closing page’s stash or an older version to upgrade', () => {
    expect(run(loaded({ stashTaken: true }))).toMatchObject({ unsaved: true, stashTaken: true });
    expect(run(loaded({ upgrading: true }))).toMatchObject({ unsaved: true, upgrading: true });
    const written = run(
      loaded({ upgrading: true, stashTaken: true }),
      { type: 'write' },
      { type: 'written' },
    );
    expect(written).toMatchObject({ status: 'ready', unsaved: false, upgrading: false, stashTaken: false });
  });

  it('is read-only on a newer version: on load with nothing unsaved, on a write with its edit kept', () => {
    expect(view(run({ type: 'newer' }))).toMatchObject({ readOnly: true, save: 'saved', phase: 'ready' });
    const refused = run(loaded(), { type: 'edit' }, { type: 'write' }, { type: 'newer' });
    expect(refused).toMatchObject({ status: 'read-only', cause: 'newer', unsaved: true });
    expect(view(refused)).toMatchObject({ readOnly: true, save: 'failed' });
    // Nothing written from there, and a late answer to an earlier write changes nothing.
    expect(next(refused, { type: 'write' })).toBe(refused);
    expect(next(refused, { type: 'written' })).toBe(refused);
  });

  it('is read-only in error when the stored copy is out of reach', () => {
    expect(view(run({ type: 'unreachable' }))).toMatchObject({
      state: 'read-only',
      phase: 'error',
      readOnly: true,
    });
  });

  it('fails at once with memory only, and a reload starts afresh from any state', () => {
    expect(view(run(loaded({ memoryOnly: true })))).toMatchObject({ state: 'failed', save: 'failed' });
    expect(run(loaded(), { type: 'edit' }, { type: 'load' })).toEqual(initialState);
    expect(run({ type: 'newer' }, { type: 'load' })).toEqual(initialState);
    // A read that finishes after the document left `loading` is not taken for a new load.
    const ready = run(loaded());
    expect(next(ready, loaded({ stashTaken: true }))).toBe(ready);
  });
});
