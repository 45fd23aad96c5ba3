import { afterEach, describe, expect, it } from 'vitest';
import { topList } from '../../src/lib/list-edit';
import type { Tombstones } from '../../src/lib/records';
import { listEditor } from '../../src/stores/edit';
import { quoted } from '../../src/worksheets/goals/store';
import { $undo, clearUndo, runUndo } from '../../src/stores/undo';

type Item = { id: string; updatedAt: string; text: string };
type Doc = { items: Item[]; deleted: Tombstones };

const at = (minute: number) => new Date(Date.UTC(2027, 0, 1, 10, minute));

/** A document held in memory, edited the way a persisted one is. */
function memoryDocument(initial: Doc) {
  let data = initial;
  return { update: (edit: (doc: Doc) => Doc) => void (data = edit(data)), get: () => data };
}

afterEach(() => clearUndo());

describe('listEditor', () => {
  const setup = () => {
    const document = memoryDocument({ items: [], deleted: {} });
    const seen: string[] = [];
    const editor = listEditor(document, topList<Doc, 'items'>('items'), {
      make: (id, now) => ({ id, updatedAt: now.toISOString(), text: '' }),
      check: (next) => (next.text === 'bad' ? { ok: false, error: 'Not that.' } : { ok: true, doc: next }),
      deleted: (item) => `Deleted ${quoted(item.text, 'an empty item')}.`,
      scope: 'items',
      after: (_doc, item) => seen.push(item.id),
    });
    return { document, editor, seen, texts: () => document.get().items.map((item) => item.text) };
  };

  it('adds blank records with the given fields, and refuses an edit its check refuses', () => {
    const { document, editor, texts } = setup();
    const a = editor.add({ text: 'one' }, at(1));
    editor.add({}, at(1));
    expect(texts()).toEqual(['one', '']);
    expect(editor.update(a, { text: 'bad' }, at(2))).toBe('Not that.');
    expect(document.get().items[0]).toMatchObject({ text: 'one', updatedAt: at(1).toISOString() });
    expect(editor.update(a, { text: 'uno' }, at(2))).toBeUndefined();
    expect(editor.update('gone', { text: 'x' })).toMatch(/no longer exists/);
    expect(texts()).toEqual(['uno', '']);
  });

  it('deletes with a tombstone, offers undo in its scope, and undo restores at the same position', () => {
    const { document, editor, seen, texts } = setup();
    const ids = ['first', 'second', 'third'].map((text) => editor.add({ text }, at(1)));
    editor.remove(ids[1]!, at(3));
    expect(texts()).toEqual(['first', 'third']);
    expect(document.get().deleted[ids[1]!]).toBe(at(3).toISOString());
    expect($undo.get()).toMatchObject({ message: 'Deleted “second”.', scope: 'items' });
    runUndo();
    expect(texts()).toEqual(['first', 'second', 'third']);
    expect(document.get().deleted).toEqual({});
    expect(seen).toEqual([ids[1], ids[1]]);
  });

  it('takes the island’s words for the undo message, and offers nothing when nothing was deleted', () => {
    const { editor } = setup();
    const id = editor.add({}, at(1));
    editor.remove('nope');
    expect($undo.get()).toBeNull();
    editor.remove(id, at(2), 'Deleted the plan for Priya.');
    expect($undo.get()?.message).toBe('Deleted the plan for Priya.');
  });

  it('moves and restores on request', () => {
    const { editor, texts } = setup();
    const a = editor.add({ text: 'a' }, at(1));
    editor.add({ text: 'b' }, at(1));
    editor.move(a, 1, at(2));
    expect(texts()).toEqual(['b', 'a']);
    editor.restore({ item: { id: 'c', updatedAt: at(0).toISOString(), text: 'c' }, index: 0 }, at(3));
    expect(texts()).toEqual(['c', 'b', 'a']);
  });
});
