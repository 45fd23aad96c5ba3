import { newId, topList } from '../../lib/list-edit';
import { unrated } from './self-check';
import type { PresenceItem } from '../online-presence/presence';
import {
  blankPlan,
  planSchema,
  RATING_RANGE,
  type CommunicationDoc,
  type ConversationPlan,
  type PresenceRecord,
  type Take,
} from './schema';
import { communication } from './document';
import { applyEdit, listEditor, parsedBy, type EditResult, type Patch } from '../../stores/edit';
import { offerUndoWhileUnchanged } from '../../stores/undo';

// The document itself lives in `communication-document.ts`, which the action plan imports alone;
// it is re-exported here so the lesson's worksheets have one store.
export { communication } from './document';

/** The communication document as islands read it. */
export const $communication = communication.$data;

/** An edit that was kept (with the new document), or refused with the reason in the reader's words. */
export type CommunicationResult = EditResult<CommunicationDoc>;

/** The fields of a plan the reader can change. */
export type PlanPatch = Patch<ConversationPlan>;

/** The self-check in progress with one statement rated, if the rating is 1 to 5. */
export function withRating(
  doc: CommunicationDoc,
  statementId: string,
  rating: number,
  now: Date,
): CommunicationResult {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { ok: false, error: RATING_RANGE };
  return {
    ok: true,
    doc: {
      ...doc,
      draft: { updatedAt: now.toISOString(), ratings: { ...doc.draft.ratings, [statementId]: rating } },
    },
  };
}

/**
 * The document with the self-check in progress saved as a take on `day`, and a fresh draft for
 * the next re-take. Refused while a statement is unrated, so takes always compare like with like.
 */
export function withTakeSaved(
  doc: CommunicationDoc,
  id: string,
  day: string,
  now: Date,
): CommunicationResult {
  const missing = unrated(doc.draft.ratings).length;
  if (missing > 0)
    return {
      ok: false,
      error: `Rate every statement first: ${missing} ${missing === 1 ? 'statement is' : 'statements are'} not rated yet.`,
    };
  const take: Take = { id, updatedAt: now.toISOString(), takenOn: day, ratings: { ...doc.draft.ratings } };
  return {
    ok: true,
    doc: { ...doc, takes: [...doc.takes, take], draft: { updatedAt: now.toISOString(), ratings: {} } },
  };
}

/** The lists whose records can be deleted and restored. */
export type CommunicationList = 'takes' | 'plans';

/** The self-check takes: deleted with undo. */
const takeEditor = listEditor(communication, topList<CommunicationDoc, 'takes'>('takes'), {
  scope: 'communication',
});

/** The conversation plans: added blank, edited when the result is valid, moved, deleted with undo. */
export const planEditor = listEditor(communication, topList<CommunicationDoc, 'plans'>('plans'), {
  make: blankPlan,
  check: parsedBy<ConversationPlan>(planSchema),
  gone: 'That plan no longer exists; it may have been deleted in another tab.',
  scope: 'communication',
});

/** One checklist item as stored, or a blank one when the reader has not touched it. */
export function presenceRecord(doc: CommunicationDoc, item: PresenceItem): PresenceRecord {
  return (
    doc.presence.find((record) => record.id === item) ?? {
      id: item,
      updatedAt: '1970-01-01T00:00:00.000Z',
      done: false,
      note: '',
    }
  );
}

/** The document with a checklist item changed (and stored, if it was not yet). */
export function withPresence(
  doc: CommunicationDoc,
  item: PresenceItem,
  patch: Partial<Pick<PresenceRecord, 'done' | 'note'>>,
  now: Date,
): CommunicationDoc {
  const next = { ...presenceRecord(doc, item), ...patch, updatedAt: now.toISOString() };
  const exists = doc.presence.some((record) => record.id === item);
  return {
    ...doc,
    presence: exists
      ? doc.presence.map((record) => (record.id === item ? next : record))
      : [...doc.presence, next],
  };
}

// Actions.

/** Rates one statement of the self-check in progress. */
export function rateStatement(statementId: string, rating: number, now = new Date()): string | undefined {
  return applyEdit(communication, (doc) => withRating(doc, statementId, rating, now));
}

/** Saves the self-check in progress as a take dated `day`; returns why when it is refused. */
export function saveTake(day: string, now = new Date()): string | undefined {
  return applyEdit(communication, (doc) => withTakeSaved(doc, newId(), day, now));
}

/** Deletes a take or plan, and offers to undo it. */
export function deleteFrom(list: CommunicationList, id: string, description: string, now = new Date()): void {
  (list === 'plans' ? planEditor : takeEditor).remove(id, now, `Deleted ${description}.`);
}

/** Ticks a checklist item done or not. */
export function setPresenceDone(item: PresenceItem, done: boolean, now = new Date()): void {
  communication.update((doc) => withPresence(doc, item, { done }, now));
}

/** Changes a checklist item's note. */
export function setPresenceNote(item: PresenceItem, note: string, now = new Date()): void {
  communication.update((doc) => withPresence(doc, item, { note }, now));
}

/** Copies the written summary into the summary item's note, and offers to undo. */
export function useWrittenSummary(text: string, now = new Date()): void {
  const before = presenceRecord(communication.$data.get(), 'summary').note;
  communication.update((doc) => withPresence(doc, 'summary', { note: text.slice(0, 5000) }, now));
  offerUndoWhileUnchanged(
    'Copied your written summary into the summary note.',
    () => communication.update((doc) => withPresence(doc, 'summary', { note: before }, new Date())),
    'presence',
    communication.$data,
    (doc) => presenceRecord(doc, 'summary').note,
  );
}
