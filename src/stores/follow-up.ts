import * as v from 'valibot';
import { today as todayHere, type CalendarDate } from '../lib/dates';
import { describeIssue } from '../lib/documents';
import { newId } from '../lib/list-edit';
import {
  giveSchema,
  interactionSchema,
  makePerson,
  personSchema,
  type Give,
  type Interaction,
  type PeopleDoc,
  type Person,
} from '../schemas/people';
import { people } from './people';
import { offerUndo } from './undo';

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
 * The document with an interaction logged. The contact's snooze ends, since the reader has just
 * been in touch, and the next due date then counts from this interaction.
 */
export function withInteraction(doc: PeopleDoc, interaction: Interaction, now: Date): EditResult {
  const parsed = v.safeParse(interactionSchema, interaction);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.issues) };
  const person = doc.people.find((candidate) => candidate.id === interaction.personId);
  if (!person) return { ok: false, error: GONE };
  const interactions = [...doc.interactions, interaction];
  if (person.snoozedUntil === null) return { ok: true, doc: { ...doc, interactions } };
  const unsnoozed = withContactPatched({ ...doc, interactions }, person.id, { snoozedUntil: null }, now);
  return unsnoozed;
}

/** The document with one interaction's fields changed, if valid. */
export function withInteractionPatched(
  doc: PeopleDoc,
  id: string,
  patch: Partial<NewInteraction>,
  now: Date,
): EditResult {
  const index = doc.interactions.findIndex((interaction) => interaction.id === id);
  const current = doc.interactions[index];
  if (!current) return { ok: false, error: 'That interaction no longer exists.' };
  const next = { ...current, ...patch, id, updatedAt: now.toISOString() };
  const parsed = v.safeParse(interactionSchema, next);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.issues) };
  const interactions = [...doc.interactions];
  interactions[index] = next;
  return { ok: true, doc: { ...doc, interactions } };
}

/** The document with a give-log entry added, if valid. */
export function withGive(doc: PeopleDoc, give: Give): EditResult {
  const parsed = v.safeParse(giveSchema, give);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.issues) };
  if (!doc.people.some((person) => person.id === give.personId)) return { ok: false, error: GONE };
  return { ok: true, doc: { ...doc, gives: [...doc.gives, give] } };
}

/** The document without one interaction or give, with a tombstone so other tabs drop it too. */
export function withLogEntryRemoved(
  doc: PeopleDoc,
  list: 'interactions' | 'gives',
  id: string,
  now: Date,
): PeopleDoc {
  const records = doc[list] as (Interaction | Give)[];
  if (!records.some((record) => record.id === id)) return doc;
  return {
    ...doc,
    [list]: records.filter((record) => record.id !== id),
    deleted: { ...doc.deleted, [id]: now.toISOString() },
  };
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
  return error ? { error } : { id };
}

/** Changes some fields of a logged interaction. */
export function updateInteraction(
  id: string,
  patch: Partial<NewInteraction>,
  now = new Date(),
): string | undefined {
  return apply((doc) => withInteractionPatched(doc, id, patch, now));
}

/** Marks an interaction's thank-you note as sent today. */
export function markThankYouSent(
  id: string,
  day: CalendarDate = todayHere(),
  now = new Date(),
): string | undefined {
  return updateInteraction(id, { thankYou: 'sent', thankYouSentOn: day }, now);
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
  const error = apply((doc) => withGive(doc, { ...fields, id, personId, updatedAt: now.toISOString() }));
  return error ? { error } : { id };
}

/** Deletes an interaction or give-log entry, and offers to undo it. */
export function deleteLogEntry(list: 'interactions' | 'gives', id: string, now = new Date()): void {
  const doc = people.$data.get();
  const record = (doc[list] as (Interaction | Give)[]).find((candidate) => candidate.id === id);
  if (!record) return;
  people.update((current) => withLogEntryRemoved(current, list, id, now));
  offerUndo(list === 'interactions' ? 'Deleted an interaction.' : 'Deleted a give-log entry.', () =>
    people.update((current) => {
      const { [id]: _gone, ...deleted } = current.deleted;
      const restored = { ...record, updatedAt: new Date().toISOString() };
      return { ...current, [list]: [...(current[list] as (Interaction | Give)[]), restored], deleted };
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
