import * as v from 'valibot';
import { today as todayHere, type CalendarDate } from '../../lib/dates';
import { describeIssue } from '../../lib/documents';
import {
  laterDay,
  latestInteraction,
  withLastInteractionsFrom,
} from '../../documents/interactions/last-interaction';
import { newId } from '../../lib/list-edit';
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

/** The fields of a contact the tracker edits. */
export type ContactPatch = Partial<Omit<Person, 'id' | 'updatedAt'>>;

/** What the reader fills in to log an interaction. */
export type NewInteraction = Omit<Interaction, 'id' | 'updatedAt' | 'personId'>;

/** What the reader fills in for a give-log entry. */
export type NewGive = Omit<Give, 'id' | 'updatedAt' | 'personId'>;

/** An edit that was kept (with the new document), or refused with the reason in the reader's words. */
export type EditResult = { ok: true; doc: PeopleDoc } | { ok: false; error: string };

/** A contact to add from an import, or an existing one to update with imported fields. */
export interface ImportPlan {
  add: ContactPatch[];
  merge: { id: string; patch: ContactPatch }[];
}

const GONE = 'That contact no longer exists; it may have been deleted in another tab.';

const firstIssue = (issues: readonly v.BaseIssue<unknown>[]) => issues[0]?.message ?? describeIssue(issues);

/**
 * The document with one contact's fields changed, if the result is valid: a custom cadence of
 * zero days or a tag of 200 characters is refused with a message and changes nothing.
 */
export function withContactPatched(doc: PeopleDoc, id: string, patch: ContactPatch, now: Date): EditResult {
  const index = doc.people.findIndex((person) => person.id === id);
  const current = doc.people[index];
  if (!current) return { ok: false, error: GONE };
  const next = { ...current, ...patch, id, updatedAt: now.toISOString() };
  const parsed = v.safeParse(personSchema, next);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.issues) };
  const list = [...doc.people];
  list[index] = next;
  return { ok: true, doc: { ...doc, people: list } };
}

/**
 * The contacts with an interaction logged: its contact's last interaction becomes the later of
 * the two days, and its snooze ends, since the reader has just been in touch; the next due date
 * then counts from the latest interaction. The interaction itself goes to the log (`withLogged`).
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

/** The log with one more entry at its end. */
export function withLogged(
  log: InteractionsDoc,
  list: 'interactions' | 'gives',
  entry: Interaction | Give,
): InteractionsDoc {
  return { ...log, [list]: [...(log[list] as (Interaction | Give)[]), entry] };
}

/** The log with one interaction's fields changed, if valid. */
export function withInteractionPatched(
  log: InteractionsDoc,
  id: string,
  patch: Partial<NewInteraction>,
  now: Date,
): { ok: true; log: InteractionsDoc; personId: string } | { ok: false; error: string } {
  const index = log.interactions.findIndex((interaction) => interaction.id === id);
  const current = log.interactions[index];
  if (!current) return { ok: false, error: 'That interaction no longer exists.' };
  const next = { ...current, ...patch, id, updatedAt: now.toISOString() };
  const parsed = v.safeParse(interactionSchema, next);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.issues) };
  const interactions = [...log.interactions];
  interactions[index] = next;
  return { ok: true, log: { ...log, interactions }, personId: current.personId };
}

/** A give-log entry, checked; the reason when it is refused. */
export function checkGive(doc: PeopleDoc, give: Give): string | undefined {
  const parsed = v.safeParse(giveSchema, give);
  if (!parsed.success) return firstIssue(parsed.issues);
  if (!doc.people.some((person) => person.id === give.personId)) return GONE;
  return undefined;
}

/** The log without one interaction or give, with a tombstone so other tabs drop it too. */
export function withLogEntryRemoved(
  log: InteractionsDoc,
  list: 'interactions' | 'gives',
  id: string,
  now: Date,
): InteractionsDoc {
  const records = log[list] as (Interaction | Give)[];
  if (!records.some((record) => record.id === id)) return log;
  return {
    ...log,
    [list]: records.filter((record) => record.id !== id),
    deleted: { ...log.deleted, [id]: now.toISOString() },
  };
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

/** Runs a checked edit on the stored document; returns the refusal, if any, and changes nothing then. */
function apply(edit: (doc: PeopleDoc) => EditResult): string | undefined {
  let error: string | undefined;
  people.update((doc) => {
    const result = edit(doc);
    if (result.ok) return result.doc;
    error = result.error;
    return doc;
  });
  return error;
}

/** Changes some fields of a contact; returns why when the change is refused. */
export function updateContact(id: string, patch: ContactPatch, now = new Date()): string | undefined {
  return apply((doc) => withContactPatched(doc, id, patch, now));
}

/** Logs an interaction with a contact; returns its id, or the reason it was refused. */
export function logInteraction(
  personId: string,
  fields: NewInteraction,
  now = new Date(),
): { id: string } | { error: string } {
  const id = newId();
  const interaction: Interaction = { ...fields, id, personId, updatedAt: now.toISOString() };
  const error = apply((doc) => withInteraction(doc, interaction, now));
  if (error) return { error };
  editLog((log) => withLogged(log, 'interactions', interaction));
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
  let error: string | undefined;
  editLog((log) => {
    const result = withInteractionPatched(log, id, patch, now);
    if (!result.ok) {
      error = result.error;
      return log;
    }
    if (patch.date !== undefined) recomputeLast(result.log, result.personId, now);
    return result.log;
  });
  return error;
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
  return updateContact(id, { snoozedUntil: until }, now);
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
  editLog((log) => withLogged(log, 'gives', give));
  return { id };
}

/** Deletes an interaction or give-log entry, and offers to undo it. */
export function deleteLogEntry(list: 'interactions' | 'gives', id: string, now = new Date()): void {
  const records = interactions.$data.get()[list] as (Interaction | Give)[];
  const record = records.find((candidate) => candidate.id === id);
  if (!record) return;
  // The contact's last interaction may have been the deleted one, or may be it again after undo.
  const withLast = (log: InteractionsDoc, at: Date) => {
    if (list === 'interactions') recomputeLast(log, record.personId, at);
    return log;
  };
  editLog((current) => withLast(withLogEntryRemoved(current, list, id, now), now));
  offerUndo(list === 'interactions' ? 'Deleted an interaction.' : 'Deleted a give-log entry.', () =>
    editLog((current) => {
      const { [id]: _gone, ...deleted } = current.deleted;
      const at = new Date();
      return withLast(
        { ...withLogged(current, list, { ...record, updatedAt: at.toISOString() }), deleted },
        at,
      );
    }),
  );
}

/** Applies a checked import in one step; returns why when it was refused (nothing changes then). */
export function applyImport(plan: ImportPlan, now = new Date()): string | undefined {
  return apply((doc) => withImport(doc, plan, now));
}

/** Adds a contact from the tracker and returns its id, so the island can focus its name field. */
export function addContact(fields: ContactPatch = {}, now = new Date()): string {
  const id = newId();
  people.update((doc) => ({
    ...doc,
    people: [...doc.people, makePerson(id, now, { cadence: '2-months', ...fields })],
  }));
  return id;
}
