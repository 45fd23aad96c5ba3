import type { Tombstones, VersionedRecord } from './records';

/** A new record id: random, so two tabs never make the same one. */
export function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/** What a delete removed, so it can be undone. */
export interface Removed<T> {
  item: T;
  index: number;
}

/** An edit that was kept (with the new document), or refused with the reason in the reader's words. */
export type EditResult<T> = { ok: true; doc: T } | { ok: false; error: string };

/** The fields of a record a reader edits; its id and time are the editor's business. */
export type Patch<T> = Partial<Omit<T, 'id' | 'updatedAt'>>;

/**
 * Where one list of records sits in a document: how to read it, how to write it back, and where
 * its deletions are kept. Every edit of every list goes through one of these, so add, update,
 * move, delete and undo are written once for all of them.
 */
export interface ListPlace<D, T extends VersionedRecord> {
  /** The list, or undefined when the record holding it is gone (a goal deleted in another tab). */
  read(doc: D): readonly T[] | undefined;
  /** The document with the list replaced (and its tombstones, when given). */
  write(doc: D, list: T[], now: Date, deleted?: Tombstones): D;
  /** The document's tombstones; absent for a list inside a record, whose own time carries a delete. */
  deleted?(doc: D): Tombstones;
}

/** The keys of `D` that hold lists of records. */
export type ListKey<D> = {
  [K in keyof D]-?: D[K] extends readonly VersionedRecord[] ? K : never;
}[keyof D] &
  string;

/** The record type of the list under `K`. */
export type ItemOf<D, K extends keyof D> = D[K] extends readonly (infer T)[] ? T : never;

/** A list at the top of a document, whose deletions go to the document's `deleted`. */
export function topList<D extends { deleted?: Tombstones }, K extends ListKey<D>>(
  key: K,
): ListPlace<D, ItemOf<D, K> & VersionedRecord> {
  type T = ItemOf<D, K> & VersionedRecord;
  return {
    read: (doc) => doc[key] as unknown as readonly T[],
    write: (doc, list, _now, deleted) => ({ ...doc, [key]: list, ...(deleted ? { deleted } : {}) }),
    deleted: (doc) => doc.deleted ?? {},
  };
}

/** The document with a record added at the end of a list. */
export function withAdded<D, T extends VersionedRecord>(
  doc: D,
  place: ListPlace<D, T>,
  record: T,
  now = new Date(record.updatedAt),
): D {
  const list = place.read(doc);
  return list ? place.write(doc, [...list, record], now) : doc;
}

/** The document with some fields of one record changed and stamped, unchecked. */
export function withUpdated<D, T extends VersionedRecord>(
  doc: D,
  place: ListPlace<D, T>,
  id: string,
  patch: Patch<T>,
  now: Date,
): D {
  const result = withChecked(doc, place, id, patch, now);
  return result.ok ? result.doc : doc;
}

/** Checks a changed record: the record to keep (perhaps adjusted), or why it is refused. */
export type RecordCheck<T> = (next: T, current: T, patch: Patch<T>) => EditResult<T>;

/** Said when the record being edited has gone, unless a list says it in its own words. */
export const GONE = 'That entry no longer exists; it may have been deleted in another tab.';

/**
 * The document with some fields of one record changed, if `check` accepts the result. A refused
 * edit changes nothing, so stored data always passes the schema and is never quarantined.
 */
export function withChecked<D, T extends VersionedRecord>(
  doc: D,
  place: ListPlace<D, T>,
  id: string,
  patch: Patch<T>,
  now: Date,
  check: RecordCheck<T> = (next) => ({ ok: true, doc: next }),
  gone = GONE,
): EditResult<D> {
  const list = place.read(doc);
  const current = list?.find((record) => record.id === id);
  if (!list || !current) return { ok: false, error: gone };
  const checked = check({ ...current, ...patch, id, updatedAt: now.toISOString() }, current, patch);
  if (!checked.ok) return checked;
  return {
    ok: true,
    doc: place.write(
      doc,
      list.map((record) => (record.id === id ? checked.doc : record)),
      now,
    ),
  };
}

/** The document with one record moved up (`-1`) or down (`+1`) its list. */
export function withMoved<D, T extends VersionedRecord>(
  doc: D,
  place: ListPlace<D, T>,
  id: string,
  delta: -1 | 1,
  now: Date,
): D {
  const list = place.read(doc);
  const index = list?.findIndex((item) => item.id === id) ?? -1;
  const target = index + delta;
  if (!list || index < 0 || target < 0 || target >= list.length) return doc;
  const next = [...list];
  const [item] = next.splice(index, 1);
  // The move counts as an edit of the record, so the new order wins over an older copy's.
  next.splice(target, 0, { ...item!, updatedAt: now.toISOString() });
  return place.write(doc, next, now);
}

/** The document without one record of a list, its tombstone, and what is needed to undo. */
export function withRemoved<D, T extends VersionedRecord>(
  doc: D,
  place: ListPlace<D, T>,
  id: string,
  now: Date,
): { doc: D; removed?: Removed<T> } {
  const list = place.read(doc);
  const index = list?.findIndex((record) => record.id === id) ?? -1;
  if (!list || index < 0) return { doc };
  // A computed key defines an own property, so even an id `__proto__` gets its tombstone.
  const deleted = place.deleted && { ...place.deleted(doc), [id]: now.toISOString() };
  const next = list.filter((record) => record.id !== id);
  return { doc: place.write(doc, next, now, deleted), removed: { item: list[index]!, index } };
}

/**
 * The document with a deleted record back where it was; its new time outranks the tombstone in
 * other tabs. Nothing changes when the record holding the list has gone meanwhile.
 */
export function withRestored<D, T extends VersionedRecord>(
  doc: D,
  place: ListPlace<D, T>,
  removed: Removed<T>,
  now: Date,
): D {
  const list = place.read(doc);
  if (!list) return doc;
  const next = [...list];
  // Its new time outranks the tombstone in other tabs.
  next.splice(Math.min(removed.index, next.length), 0, { ...removed.item, updatedAt: now.toISOString() });
  let deleted: Tombstones | undefined;
  if (place.deleted) {
    const { [removed.item.id]: _gone, ...rest } = place.deleted(doc);
    deleted = rest;
  }
  return place.write(doc, next, now, deleted);
}
