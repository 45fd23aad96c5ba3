import { describe, expect, it } from 'vitest';
import {
  GONE,
  topList,
  withAdded,
  withChecked,
  withMoved,
  withRemoved,
  withRestored,
  withUpdated,
} from '../../src/lib/list-edit';
import { listInRecord } from '../../src/lib/list-in-record';
import { mergeLists, type Tombstones } from '../../src/lib/records';

type Item = { id: string; updatedAt: string; text: string };
type Parent = Item & { items: Item[] };
type Doc = { notes: Item[]; parents: Parent[]; deleted: Tombstones };

const at = (minute: number) => new Date(Date.UTC(2027, 0, 1, 10, minute));
const item = (id: string, minute = 0, text = id): Item => ({ id, updatedAt: at(minute).toISOString(), text });
const notes = topList<Doc, 'notes'>('notes');
const parents = topList<Doc, 'parents'>('parents');
const inParent = listInRecord<Doc, Parent, Item>(parents, 'p', 'items');
const doc = (): Doc => ({
  notes: [item('a'), item('b'), item('c')],
  parents: [{ ...item('p'), items: [item('x'), item('y')] }],
  deleted: {},
});
const ids = (list: readonly { id: string }[]) => list.map((record) => record.id);

describe('list edits at the top of a document', () => {
  it('adds at the end, updates with a stamp, and moves within bounds', () => {
    let next = withAdded(doc(), notes, item('d', 1));
    expect(ids(next.notes)).toEqual(['a', 'b', 'c', 'd']);
    next = withUpdated(next, notes, 'b', { text: 'B' }, at(2));
    expect(next.notes[1]).toEqual({ id: 'b', text: 'B', updatedAt: at(2).toISOString() });
    next = withMoved(next, notes, 'a', -1, at(3));
    expect(ids(next.notes)).toEqual(['a', 'b', 'c', 'd']);
    next = withMoved(next, notes, 'a', 1, at(3));
    expect(ids(next.notes)).toEqual(['b', 'a', 'c', 'd']);
    expect(next.notes[1]!.updatedAt).toBe(at(3).toISOString());
  });

  it('deletes with a tombstone, and undo puts the record back at the same position', () => {
    const { doc: without, removed } = withRemoved(doc(), notes, 'b', at(5));
    expect(ids(without.notes)).toEqual(['a', 'c']);
    expect(without.deleted).toEqual({ b: at(5).toISOString() });
    expect(removed).toEqual({ item: item('b'), index: 1 });
    const back = withRestored(without, notes, removed!, at(6));
    expect(ids(back.notes)).toEqual(['a', 'b', 'c']);
    expect(back.notes[1]!.updatedAt).toBe(at(6).toISOString());
    expect(back.deleted).toEqual({});
  });

  it('restores at the end when the list has shrunk below the old position', () => {
    const { doc: without, removed } = withRemoved(doc(), notes, 'c', at(5));
    const shorter = withRemoved(without, notes, 'b', at(5)).doc;
    expect(ids(withRestored(shorter, notes, removed!, at(6)).notes)).toEqual(['a', 'c']);
  });

  it('leaves the document as it was when the record is not there', () => {
    const before = doc();
    expect(withRemoved(before, notes, 'nope', at(5))).toEqual({ doc: before });
    expect(withChecked(before, notes, 'nope', { text: 'x' }, at(5))).toEqual({ ok: false, error: GONE });
  });

  it('keeps a checked edit, adjusted, or refuses it and changes nothing', () => {
    const check = (next: Item) =>
      next.text.length > 3
        ? ({ ok: false, error: 'Too long.' } as const)
        : ({ ok: true, doc: { ...next, text: next.text.toUpperCase() } } as const);
    const kept = withChecked(doc(), notes, 'a', { text: 'abc' }, at(1), check);
    expect(kept.ok && kept.doc.notes[0]).toEqual({ id: 'a', text: 'ABC', updatedAt: at(1).toISOString() });
    expect(withChecked(doc(), notes, 'a', { text: 'abcd' }, at(1), check, 'Gone.')).toEqual({
      ok: false,
      error: 'Too long.',
    });
    expect(withChecked(doc(), notes, 'z', { text: 'a' }, at(1), check, 'Gone.')).toEqual({
      ok: false,
      error: 'Gone.',
    });
  });
});

describe('list edits inside a record', () => {
  it('stamps the record holding the list and leaves no tombstone', () => {
    const next = withUpdated(doc(), inParent, 'y', { text: 'Y' }, at(4));
    expect(next.parents[0]!.items[1]!.text).toBe('Y');
    expect(next.parents[0]!.updatedAt).toBe(at(4).toISOString());
    const { doc: without, removed } = withRemoved(next, inParent, 'x', at(5));
    expect(ids(without.parents[0]!.items)).toEqual(['y']);
    expect(without.deleted).toEqual({});
    expect(without.parents[0]!.updatedAt).toBe(at(5).toISOString());
    expect(ids(withRestored(without, inParent, removed!, at(6)).parents[0]!.items)).toEqual(['x', 'y']);
  });

  it('changes nothing once the record holding the list is gone', () => {
    const { doc: without, removed } = withRemoved(doc(), inParent, 'x', at(5));
    const noParent = withRemoved(without, parents, 'p', at(6)).doc;
    expect(withRestored(noParent, inParent, removed!, at(7))).toBe(noParent);
    expect(withAdded(noParent, inParent, item('z', 7))).toBe(noParent);
    expect(withChecked(noParent, inParent, 'y', { text: 'Y' }, at(7)).ok).toBe(false);
  });
});

describe('mergeLists', () => {
  const merge = (local: Doc, stored: Doc, base?: Doc) =>
    mergeLists(local, stored, base, ['notes', 'parents']);

  it('keeps both tabs’ new records, in each list', () => {
    const base = doc();
    const local = withAdded(base, notes, item('local', 1));
    const stored = withAdded(withAdded(base, notes, item('stored', 2)), parents, {
      ...item('q', 2),
      items: [],
    });
    const merged = merge(local, stored, base);
    // The other tab's record goes after its predecessor there, so before this tab's new one.
    expect(ids(merged.notes)).toEqual(['a', 'b', 'c', 'stored', 'local']);
    expect(ids(merged.parents)).toEqual(['p', 'q']);
  });

  it('respects a tombstone from either copy against an older record', () => {
    const base = doc();
    const { doc: local } = withRemoved(base, notes, 'b', at(5));
    for (const merged of [merge(local, base, base), merge(base, local, base), merge(local, base)]) {
      expect(ids(merged.notes)).toEqual(['a', 'c']);
      expect(merged.deleted['b']).toBe(at(5).toISOString());
    }
  });

  it('brings back a record edited after its deletion, and keeps the later tombstone', () => {
    const { doc: local } = withRemoved(doc(), notes, 'b', at(5));
    const stored = withUpdated(doc(), notes, 'b', { text: 'later' }, at(6));
    stored.deleted = { b: at(1).toISOString() };
    const merged = merge(local, stored);
    expect(merged.notes.find((note) => note.id === 'b')?.text).toBe('later');
    expect(merged.deleted['b']).toBe(at(5).toISOString());
  });

  it('leaves fields that are not lists to the local copy, and adds no tombstones where there are none', () => {
    type Plain = { lessons: Item[]; title: string };
    const local: Plain = { lessons: [item('l1')], title: 'local' };
    const stored: Plain = { lessons: [item('l2')], title: 'stored' };
    const merged = mergeLists(local, stored, undefined, ['lessons']);
    expect(merged).toEqual({ lessons: [item('l2'), item('l1')], title: 'local' });
    expect(merged).not.toHaveProperty('deleted');
  });
});
