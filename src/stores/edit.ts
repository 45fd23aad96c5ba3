import * as v from 'valibot';
import {
  newId,
  withAdded,
  withChecked,
  withMoved,
  withRemoved,
  withRestored,
  type EditResult,
  type ListPlace,
  type Patch,
  type RecordCheck,
  type Removed,
} from '../lib/list-edit';
import type { VersionedRecord } from '../lib/records';
import { offerUndo } from './undo';

export type { EditResult, Patch } from '../lib/list-edit';

/** What an editor changes: a persisted document, or anything that applies an edit to one. */
export interface Editable<D> {
  update(edit: (current: D) => D): unknown;
}

/**
 * Applies an edit that may be refused; returns the reason when it is (the document is then left
 * as it was), so an island can show it beside the field.
 */
export function applyEdit<T>(document: Editable<T>, edit: (current: T) => EditResult<T>): string | undefined {
  let error: string | undefined;
  document.update((current) => {
    const result = edit(current);
    if (result.ok) return result.doc;
    error = result.error;
    return current;
  });
  return error;
}

/** A record check that accepts what `schema` accepts, and refuses with its first message. */
export function parsedBy<T>(schema: v.GenericSchema<unknown, unknown>): RecordCheck<T> {
  return (next) => {
    const parsed = v.safeParse(schema, next);
    // A failed parse has at least one issue; the first says what to fix.
    return parsed.success ? { ok: true, doc: next } : { ok: false, error: parsed.issues[0].message };
  };
}

/** How one list is edited: its blank record, its rules, and how a delete is announced. */
export interface ListOptions<T, D = unknown> {
  /** A blank record, for `add` (which a list without one does not offer). */
  make?: (id: string, now: Date) => T;
  /** Checks an edit before it is kept; without one every edit is kept. */
  check?: RecordCheck<T>;
  /** Said when the record being edited has gone. */
  gone?: string;
  /** The undo bar's message after `record` is deleted, unless `remove` is given one. */
  deleted?: (record: T) => string;
  /** Which undo bar shows the offer, on a page of several worksheets. */
  scope?: string;
  /** Runs inside each delete and undo with the new document, to keep what depends on it in line. */
  after?: (doc: D, record: T, now: Date) => void;
}

/** Add, update, move, delete with undo, and restore, for one list of one document. */
export interface ListEditor<T> {
  /** Adds a blank record (with `fields`) at the end; returns its id, so the island can focus it. */
  add(fields?: Partial<T>, now?: Date): string;
  /** Changes some fields of a record; returns why when the change is refused (nothing changes then). */
  update(id: string, patch: Patch<T>, now?: Date): string | undefined;
  /** Moves a record up (`-1`) or down (`+1`). */
  move(id: string, delta: -1 | 1, now?: Date): void;
  /** Deletes a record, and offers to undo it (with `message`, when the island words it). */
  remove(id: string, now?: Date, message?: string): void;
  /** Puts a deleted record back where it was. */
  restore(removed: Removed<T>, now?: Date): void;
}

/** The editing actions of the list at `place` in `document`. */
export function listEditor<D, T extends VersionedRecord>(
  document: Editable<D>,
  place: ListPlace<D, T>,
  options: ListOptions<T, D>,
): ListEditor<T> {
  const restore = (removed: Removed<T>, now = new Date()) =>
    document.update((doc) => {
      const next = withRestored(doc, place, removed, now);
      if (next !== doc) options.after?.(next, removed.item, now);
      return next;
    });
  return {
    add(fields = {}, now = new Date()) {
      const id = newId();
      // Only lists with a blank record are added to this way; the others make their own.
      document.update((doc) => withAdded(doc, place, { ...options.make!(id, now), ...fields, id }, now));
      return id;
    },
    update: (id, patch, now = new Date()) =>
      applyEdit(document, (doc) => withChecked(doc, place, id, patch, now, options.check, options.gone)),
    move(id, delta, now = new Date()) {
      document.update((doc) => withMoved(doc, place, id, delta, now));
    },
    remove(id, now = new Date(), message) {
      let removed: Removed<T> | undefined;
      document.update((doc) => {
        const result = withRemoved(doc, place, id, now);
        removed = result.removed;
        if (removed) options.after?.(result.doc, removed.item, now);
        return result.doc;
      });
      if (!removed) return;
      const gone = removed;
      offerUndo(message ?? options.deleted!(gone.item), () => restore(gone), options.scope);
    },
    restore,
  };
}
