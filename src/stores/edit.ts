import { removeItem, restoreItem, type Removed } from '../lib/list-edit';
import type { Tombstones, VersionedRecord } from '../lib/records';
import type { PersistedDocument } from '../persistence/document-store';
import { offerUndo } from './undo';

/** An edit that was kept (with the new document), or refused with the reason in the reader's words. */
export type EditResult<T> = { ok: true; doc: T } | { ok: false; error: string };

/**
 * Applies an edit that may be refused; returns the reason when it is (the document is then left
 * as it was), so an island can show it beside the field.
 */
export function applyEdit<T>(
  document: PersistedDocument<T>,
  edit: (current: T) => EditResult<T>,
): string | undefined {
  let error: string | undefined;
  document.update((current) => {
    const result = edit(current);
    if (result.ok) return result.doc;
    error = result.error;
    return current;
  });
  return error;
}

/** A document holding lists of records and one set of tombstones for all of them. */
type ListDoc<L extends string> = { deleted: Tombstones } & { [K in L]: readonly VersionedRecord[] };

/** The document without one record of a list, a tombstone for it, and what is needed to undo. */
export function withoutRecord<D extends ListDoc<L>, L extends string>(
  doc: D,
  list: L,
  id: string,
  now: Date,
): { doc: D; removed?: Removed<VersionedRecord> } {
  const result = removeItem(doc[list], doc.deleted, id, now);
  return {
    doc: { ...doc, [list]: result.list, deleted: result.deleted },
    ...(result.removed ? { removed: result.removed } : {}),
  };
}

/** The document with a deleted record back in its place; its new time outranks the tombstone elsewhere. */
export function withRecordBack<D extends ListDoc<L>, L extends string>(
  doc: D,
  list: L,
  removed: Removed<VersionedRecord>,
  now: Date,
): D {
  const result = restoreItem(doc[list], doc.deleted, removed, now);
  return { ...doc, [list]: result.list, deleted: result.deleted };
}

/** Deletes a record of a list and offers to undo it with `message`, in the document's own undo bar. */
export function deleteWithUndo<D extends ListDoc<L>, L extends string>(
  document: PersistedDocument<D>,
  list: L,
  id: string,
  message: string,
  now = new Date(),
): void {
  let removed: Removed<VersionedRecord> | undefined;
  document.update((doc) => {
    const result = withoutRecord(doc, list, id, now);
    removed = result.removed;
    return result.doc;
  });
  if (!removed) return;
  const gone = removed;
  offerUndo(
    message,
    () => document.update((doc) => withRecordBack(doc, list, gone, new Date())),
    document.spec.key,
  );
}
