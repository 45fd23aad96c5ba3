import * as v from 'valibot';
import { addDays, daysBetween } from '../../lib/dates';
import { describeIssue } from '../../lib/documents';
import { moveItem, newId, removeItem, restoreItem, updateItem, type Removed } from '../../lib/list-edit';
import type { VersionedRecord } from '../../lib/records';
import { checkWebAddress } from './web-address';
import {
  blankRecords,
  recordSchemas,
  type DevelopmentDoc,
  type DevelopmentList,
  type DevEvent,
} from './schema';
import { development } from './document';
import { offerUndo } from '../../stores/undo';

// The development planner's edits. The document itself lives in `development-document.ts`, which
// pages that only read the plan import; it is re-exported here so the planner has one store.
export { $development, development } from './document';

/** One record of a list of the plan. */
export type RecordOf<L extends DevelopmentList> = DevelopmentDoc[L][number];

/** The fields of a record the reader can change. */
export type PatchOf<L extends DevelopmentList> = Partial<Omit<RecordOf<L>, 'id' | 'updatedAt'>>;

/** An edit that was kept (with the new document), or refused with the reason in the reader's words. */
export type EditResult = { ok: true; doc: DevelopmentDoc } | { ok: false; error: string };

/** What each list's records are called in messages such as “Deleted the event …”. */
export const recordNouns: Record<DevelopmentList, string> = {
  events: 'event',
  organizations: 'organization',
  sources: 'source',
  skills: 'skill',
};

// The four lists hold different record types; these casts let one set of transforms serve them all.
const listOf = (doc: DevelopmentDoc, list: DevelopmentList) => doc[list] as VersionedRecord[];
const withList = (
  doc: DevelopmentDoc,
  list: DevelopmentList,
  records: VersionedRecord[],
): DevelopmentDoc => ({
  ...doc,
  [list]: records,
});

/** The plan with a record added at the end of its list. */
export function withAdded<L extends DevelopmentList>(
  doc: DevelopmentDoc,
  list: L,
  record: RecordOf<L>,
): DevelopmentDoc {
  return withList(doc, list, [...listOf(doc, list), record]);
}

/**
 * Moving an event's start past its end moves the end along, keeping the event's length, as
 * calendar apps do: the reader is rescheduling, not making an event that ends before it starts.
 */
function followStart(event: DevEvent, patch: PatchOf<'events'>): PatchOf<'events'> {
  if (!('start' in patch) || 'end' in patch || !patch.start || !event.end || event.end >= patch.start)
    return patch;
  const end = event.start ? addDays(event.end, daysBetween(event.start, patch.start)) : patch.start;
  return { ...patch, end };
}

/**
 * The plan with some fields of one record changed, if the result is valid. An invalid edit (an
 * end before the start, a `javascript:` address, progress over 100) is refused with a message
 * and changes nothing, so stored data always passes the schema and is never quarantined.
 */
export function withPatched<L extends DevelopmentList>(
  doc: DevelopmentDoc,
  list: L,
  id: string,
  patch: PatchOf<L>,
  now: Date,
): EditResult {
  const current = listOf(doc, list).find((record) => record.id === id) as RecordOf<L> | undefined;
  if (!current)
    return { ok: false, error: 'That entry no longer exists; it may have been deleted in another tab.' };
  let change = patch as Record<string, unknown>;
  if (list === 'events') change = followStart(current as DevEvent, patch);
  if (list === 'sources' && typeof change['url'] === 'string') {
    const checked = checkWebAddress(change['url']);
    if (!checked.ok) return { ok: false, error: checked.error };
    change = { ...change, url: checked.url };
  }
  const next = { ...current, ...change, id, updatedAt: now.toISOString() };
  const parsed = v.safeParse(recordSchemas[list], next);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, error: issue?.message ?? describeIssue(parsed.issues) };
  }
  return { ok: true, doc: withList(doc, list, updateItem(listOf(doc, list), id, change, now)) };
}

/** The plan with a record moved up (`-1`) or down (`+1`) its list. */
export function withMoved(
  doc: DevelopmentDoc,
  list: DevelopmentList,
  id: string,
  delta: -1 | 1,
  now: Date,
): DevelopmentDoc {
  return withList(doc, list, moveItem(listOf(doc, list), id, delta, now));
}

/** The plan without a record, with a tombstone for it and what is needed to undo. */
export function withRemoved(
  doc: DevelopmentDoc,
  list: DevelopmentList,
  id: string,
  now: Date,
): { doc: DevelopmentDoc; removed?: Removed<VersionedRecord> } {
  const result = removeItem(listOf(doc, list), doc.deleted, id, now);
  return {
    doc: { ...withList(doc, list, result.list), deleted: result.deleted },
    ...(result.removed ? { removed: result.removed } : {}),
  };
}

/** The plan with a deleted record back in its place; the new time outranks the tombstone elsewhere. */
export function withRestored(
  doc: DevelopmentDoc,
  list: DevelopmentList,
  removed: Removed<VersionedRecord>,
  now: Date,
): DevelopmentDoc {
  const result = restoreItem(listOf(doc, list), doc.deleted, removed, now);
  return { ...withList(doc, list, result.list), deleted: result.deleted };
}

/** A list of linked ids with one id added (`on`) or removed, keeping the reader's order. */
export function toggledLink(ids: readonly string[], id: string, on: boolean): string[] {
  if (on) return ids.includes(id) ? [...ids] : [...ids, id];
  return ids.filter((existing) => existing !== id);
}

/** Adds a blank record to a list and returns its id, so the island can focus its first field. */
export function addRecord(list: DevelopmentList, now = new Date()): string {
  const id = newId();
  development.update((doc) => withAdded(doc, list, blankRecords[list](id, now)));
  return id;
}

/** Changes some fields of a record; returns why when the change is refused (nothing changes then). */
export function updateRecord<L extends DevelopmentList>(
  list: L,
  id: string,
  patch: PatchOf<L>,
  now = new Date(),
): string | undefined {
  let error: string | undefined;
  development.update((doc) => {
    const result = withPatched(doc, list, id, patch, now);
    if (result.ok) return result.doc;
    error = result.error;
    return doc;
  });
  return error;
}

/** Links an event to a person or a goal (`field` names which), or unlinks it. */
function setEventLink(
  eventId: string,
  field: 'personIds' | 'goalIds',
  id: string,
  on: boolean,
  now: Date,
): void {
  const event = development.$data.get().events.find((candidate) => candidate.id === eventId);
  if (!event) return;
  updateRecord('events', eventId, { [field]: toggledLink(event[field], id, on) }, now);
}

/** Marks a person as someone to meet at an event, or not. */
export function setEventPerson(eventId: string, personId: string, on: boolean, now = new Date()): void {
  setEventLink(eventId, 'personIds', personId, on, now);
}

/** Marks a goal (lesson 1) as one the event serves, or not. */
export function setEventGoal(eventId: string, goalId: string, on: boolean, now = new Date()): void {
  setEventLink(eventId, 'goalIds', goalId, on, now);
}

/**
 * Sets a skill's progress. An empty field changes nothing (the reader is replacing the number);
 * anything but a whole number from 0 to 100 is refused with a message.
 */
export function setSkillProgress(id: string, progress: number | null, now = new Date()): string | undefined {
  if (progress === null) return undefined;
  return updateRecord('skills', id, { progress }, now);
}

/** Moves a record up or down its list. */
export function moveRecord(list: DevelopmentList, id: string, delta: -1 | 1, now = new Date()): void {
  development.update((doc) => withMoved(doc, list, id, delta, now));
}

/** Deletes a record, and offers to undo it. */
export function deleteRecord(list: DevelopmentList, id: string, now = new Date()): void {
  let removed: Removed<VersionedRecord> | undefined;
  development.update((doc) => {
    const result = withRemoved(doc, list, id, now);
    removed = result.removed;
    return result.doc;
  });
  if (!removed) return;
  const gone = removed;
  const name = (gone.item as { name?: string }).name?.trim();
  const noun = recordNouns[list];
  offerUndo(name ? `Deleted the ${noun} “${name}”.` : `Deleted an unnamed ${noun}.`, () =>
    development.update((doc) => withRestored(doc, list, gone, new Date())),
  );
}
