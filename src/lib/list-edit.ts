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

/** The list with one record changed and stamped with the time of the change. */
export function updateItem<T extends VersionedRecord>(
  list: readonly T[],
  id: string,
  patch: Partial<T>,
  now: Date,
): T[] {
  return list.map((item) =>
    item.id === id ? { ...item, ...patch, id, updatedAt: now.toISOString() } : item,
  );
}

/** The list without one record, a tombstone for it, and what is needed to undo. */
export function removeItem<T extends VersionedRecord>(
  list: readonly T[],
  deleted: Tombstones,
  id: string,
  now: Date,
): { list: T[]; deleted: Tombstones; removed?: Removed<T> } {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return { list: [...list], deleted };
  return {
    list: list.filter((item) => item.id !== id),
    deleted: { ...deleted, [id]: now.toISOString() },
    removed: { item: list[index]!, index },
  };
}

/** Puts a deleted record back where it was; its new time outranks the tombstone in other tabs. */
export function restoreItem<T extends VersionedRecord>(
  list: readonly T[],
  deleted: Tombstones,
  removed: Removed<T>,
  now: Date,
): { list: T[]; deleted: Tombstones } {
  const { [removed.item.id]: _gone, ...rest } = deleted;
  const next = [...list];
  next.splice(Math.min(removed.index, next.length), 0, { ...removed.item, updatedAt: now.toISOString() });
  return { list: next, deleted: rest };
}

/** The list with one record moved up (`-1`) or down (`+1`); unchanged at either end. */
export function moveItem<T extends VersionedRecord>(
  list: readonly T[],
  id: string,
  delta: -1 | 1,
  now: Date,
): T[] {
  const index = list.findIndex((item) => item.id === id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  // The move counts as an edit of the record, so the new order wins over an older copy's.
  next.splice(target, 0, { ...item!, updatedAt: now.toISOString() });
  return next;
}
