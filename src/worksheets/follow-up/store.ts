import * as v from 'valibot';
import { today as todayHere, type CalendarDate } from '../../lib/dates';
import { describeIssue } from '../../lib/documents';
import {
  laterDay,
  latestInteraction,
  withLastInteractionsFrom,
} from '../../documents/interactions/last-interaction';
import { newId, topList, withAdded, withChecked, type EditResult as Result } from '../../lib/list-edit';
import { giveSchema, interactionSchema, type InteractionsDoc } from '../../documents/interactions/schema';
import {
  makePerson,
  personSchema,
  type Give,
  type Interaction,
  type PeopleDoc,
  type Person,
} from '../../documents/people/schema';
import { editLog, interactions } from '../../documents/interactions/document';
import '../../documents/interactions/last-interaction-sync';
import { people } from '../../documents/people/document';
import { offerUndo } from '../../stores/undo';
import { applyEdit, listEditor, parsedBy } from '../../stores/edit';

/** The fields of a contact the tracker edits. */
export type ContactPatch = Partial<Omit<Person, 'id' | 'updatedAt'>>;

/** What the reader fills in to log an interaction. */
export type NewInteraction = Omit<Interaction, 'id' | 'updatedAt' | 'personId'>;

/** What the reader fills in for a give-log entry. */
export type NewGive = Omit<Give, 'id' | 'updatedAt' | 'personId'>;

/** An edit of the contacts that was kept (with the new document), or refused with the reason. */
export type EditResult = Result<PeopleDoc>;

/** A contact to add from an import, or an existing one to update with imported fields. */
export interface ImportPlan {
  add: ContactPatch[];
  merge: { id: string; patch: ContactPatch }[];
}

const GONE = 'That contact no longer exists; it may have been deleted in another tab.';
const LOG_GONE = 'That interaction no longer exists.';

const firstIssue = (issues: readonly v.BaseIssue<unknown>[]) => issues[0]?.message ?? describeIssue(issues);

/** Where the contacts and the two logs sit in their documents. */
const contactList = topList<PeopleDoc, 'people'>('people');
export const logList = <L extends 'interactions' | 'gives'>(list: L) => topList<InteractionsDoc, L>(list);

const contactCheck = parsedBy<Person>(personSchema);
/** Checks an edit of a logged interaction. */
export const interactionCheck = parsedBy<Interaction>(interactionSchema);

/**
 * The document with one contact's fields changed, if the result is valid: a custom cadence of
 * zero days or a tag of 200 characters is refused with a message and changes nothing.
 */
const withContactPatched = (doc: PeopleDoc, id: string, patch: ContactPatch, now: Date): EditResult =>
  withChecked(doc, contactList, id, patch, now, contactCheck, GONE);

/** The contacts as the tracker edits them: added with its cadence, edited only when valid. */
export const contactEditor = listEditor(people, contactList, {
  make: (id, now) => makePerson(id, now, { cadence: '2-months' }),
  check: contactCheck,
  gone: GONE,
});

/**
 * The contacts with an interaction logged: its contact's last interaction becomes the later of
 * the two days, and its snooze ends, since the reader has just been in touch; the next due date
 * then counts from the latest interaction. The interaction itself goes to the log (`withAdded`).
 */
export function withInteraction(doc: PeopleDoc, interaction: Interaction, now: Date): EditResult {
  const parsed = v.safeParse(interactionSchema, interaction);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.issues) };
  const person = doc.people.find((candidate) => candidate.id === interaction.personId);
  if (!person) return { ok: false, error: GONE };
  const lastInteraction = laterDay(person.lastInteraction, interaction.date);
  if (person.snoozedUntil === null && lastInteraction === person.lastInteraction) return { ok: true, doc };
  return withContactPatched(doc, person.id, { snoozedUntil: null, lastInteraction }, now);
}

/** A give-log entry, checked; the reason when it is refused. */
export function checkGive(doc: PeopleDoc, give: Give): string | undefined {
  const parsed = v.safeParse(giveSchema, give);
  if (!parsed.success) return firstIssue(parsed.issues);
  if (!doc.people.some((person) => person.id === give.personId)) return GONE;
  return undefined;
}

/**
 * The contacts with one contact's last interaction worked out again from the log, after an
 * interaction of theirs was edited or deleted (the latest may have moved earlier).
 */
export function withLastInteractionRecomputed(
  doc: PeopleDoc,
  log: InteractionsDoc,
  personId: string,
  now: Date,
): PeopleDoc {
  const day = latestInteraction(log.interactions, personId);
  const latest = new Map(day === null ? [] : [[personId, day]]);
  const list = withLastInteractionsFrom(doc.people, latest, now, new Set([personId]));
  return list ? { ...doc, people: list } : doc;
}

/**
 * The document with an import applied: new contacts appended, merged ones updated. The whole
 * plan is checked first; if any record would be invalid nothing changes, so an import is never
 * half applied.
 */
export function withImport(doc: PeopleDoc, plan: ImportPlan, now: Date, makeId = newId): EditResult {
  let next: PeopleDoc = doc;
  for (const { id, patch } of plan.merge) {
    const result = withContactPatched(next, id, patch, now);
    if (!result.ok) return result;
    next = result.doc;
  }
  const added: Person[] = [];
  for (const [index, fields] of plan.add.entries()) {
    const person = makePerson(makeId(), now, fields);
    const parsed = v.safeParse(personSchema, person);
    if (!parsed.success)
      return { ok: false, error: `New contact ${index + 1}: ${describeIssue(parsed.issues)}` };
    added.push(person);
  }
  return { ok: true, doc: { ...next, people: [...next.people, ...added] } };
}

/** Logs an interaction with a contact; returns its id, or the reason it was refused. */
export function logInteraction(
  personId: string,
  fields: NewInteraction,
  now = new Date(),
): { id: string } | { error: string } {
  const id = newId();
  const interaction: Interaction = { ...fields, id, personId, updatedAt: now.toISOString() };
  const error = applyEdit(people, (doc) => withInteraction(doc, interaction, now));
  if (error) return { error };
  editLog((log) => withAdded(log, logList('interactions'), interaction));
  return { id };
}

/** Brings a contact's last interaction in line with the log after one of theirs changed. */
function recomputeLast(log: InteractionsDoc, personId: string, now: Date) {
  people.update((doc) => withLastInteractionRecomputed(doc, log, personId, now));
}

/** Changes some fields of a logged interaction. */
export function updateInteraction(
  id: string,
  patch: Partial<NewInteraction>,
  now = new Date(),
): string | undefined {
  return applyEdit({ update: editLog }, (log) => {
    const result = withChecked(log, logList('interactions'), id, patch, now, interactionCheck, LOG_GONE);
    const personId = log.interactions.find((interaction) => interaction.id === id)?.personId;
    if (result.ok && personId && patch.date !== undefined) recomputeLast(result.doc, personId, now);
    return result;
  });
}

/**
 * Offers to put a logged interaction back as it was when the reader began editing it (`before`),
 * if the edit changed it; undoing also moves the contact's due date back.
 */
export function offerUndoInteractionEdit(before: Interaction): void {
  const fieldsOf = ({ id: _id, personId: _person, updatedAt: _at, ...fields }: Interaction) => fields;
  const after = interactions.$data.get().interactions.find((interaction) => interaction.id === before.id);
  if (!after || JSON.stringify(fieldsOf(after)) === JSON.stringify(fieldsOf(before))) return;
  offerUndo('Changed an interaction.', () => void updateInteraction(before.id, fieldsOf(before)));
}

/** Marks an interaction's thank-you note as sent today. */
export function markThankYouSent(
  id: string,
  day: CalendarDate = todayHere(),
  now = new Date(),
): string | undefined {
  return updateInteraction(id, { thankYou: 'sent', thankYouSentOn: day }, now);
}

/**
 * Marks an interaction's thank-you note as not needed (a quick hello, an old meeting), which takes
 * it off the notes due, and offers to undo it.
 */
export function dismissThankYou(id: string, now = new Date()): string | undefined {
  const interaction = interactions.$data.get().interactions.find((candidate) => candidate.id === id);
  const error = updateInteraction(id, { thankYou: 'not-needed' }, now);
  if (error || !interaction) return error;
  const name = people.$data
    .get()
    .people.find((person) => person.id === interaction.personId)
    ?.name.trim();
  offerUndo(`No thank-you note needed for ${name || 'this contact'}.`, () =>
    updateInteraction(id, { thankYou: interaction.thankYou }),
  );
  return undefined;
}

/** Snoozes a contact: not due before `until`. */
export function snoozeContact(id: string, until: CalendarDate, now = new Date()): string | undefined {
  return contactEditor.update(id, { snoozedUntil: until }, now);
}

/** Adds a give-log entry; returns its id, or the reason it was refused. */
export function addGive(
  personId: string,
  fields: NewGive,
  now = new Date(),
): { id: string } | { error: string } {
  const id = newId();
  const give: Give = { ...fields, id, personId, updatedAt: now.toISOString() };
  const error = checkGive(people.$data.get(), give);
  if (error) return { error };
  editLog((log) => withAdded(log, logList('gives'), give));
  return { id };
}

// The logs are edited through `editLog`, so an entry deleted while they load is not lost. A
// contact's last interaction may have been the deleted one, or may be it again after undo.
const logEditors = {
  interactions: listEditor({ update: editLog }, logList('interactions'), {
    deleted: () => 'Deleted an interaction.',
    after: (log, record, now) => recomputeLast(log, record.personId, now),
  }),
  gives: listEditor({ update: editLog }, logList('gives'), { deleted: () => 'Deleted a give-log entry.' }),
};

/** Deletes an interaction or give-log entry, and offers to undo it; undo puts it back in place. */
export function deleteLogEntry(list: 'interactions' | 'gives', id: string, now = new Date()): void {
  logEditors[list].remove(id, now);
}

/** Applies a checked import in one step; returns why when it was refused (nothing changes then). */
export function applyImport(plan: ImportPlan, now = new Date()): string | undefined {
  return applyEdit(people, (doc) => withImport(doc, plan, now));
}
