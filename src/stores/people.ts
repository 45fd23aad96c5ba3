import { describeIssue } from '../lib/documents';
import { newId, moveItem, removeItem, restoreItem, updateItem } from '../lib/list-edit';
import { interactionsSchema, mergeLogs } from '../schemas/interactions';
import { makePerson, peopleSpec, type Person } from '../schemas/people';
import { interactions } from './interactions';
import { persisted, type OlderCopy } from './persisted';
import { offerUndo } from './undo';

/**
 * Moves the interaction and give logs that `people` held up to version 2 into the `interactions`
 * document, merged by id with what it holds, and resolves only once that is stored. `persisted`
 * runs it before each write over a stored `people` of an older version, so no version 3 `people`
 * (which no longer holds the logs) is written before the logs are safe. If the page closes
 * between the two writes, `people` is still version 2 on the next visit and this runs again;
 * merging by id makes that harmless. When the logs cannot be stored, it throws, the `people`
 * save fails visibly, and the version 2 copy stays as it was.
 */
export async function carryOverLogs(older: OlderCopy): Promise<void> {
  const log = peopleSpec.carryOver!.take(older.data, older.schemaVersion);
  if (log === undefined) return; // version 1 had no logs
  const parsed = interactionsSchema.safeParse(log);
  if (!parsed.success) {
    throw new Error(
      `the interactions stored with your contacts could not be read (${describeIssue(parsed.error.issues)}), so they were left where they are.`,
    );
  }
  await interactions.ready();
  interactions.update((current) => mergeLogs(current, parsed.data));
  await interactions.flush();
  const status = interactions.$status.get();
  if (status.save === 'failed') {
    throw new Error(
      `your interactions could not be moved to their own record first (${status.problem ?? 'unknown'}).`,
    );
  }
}

/** The reader's people and organisations, stored under `people`. */
export const people = persisted(peopleSpec, { carryOver: carryOverLogs, large: true });

/** The people document as islands read it. */
export const $people = people.$data;

/** Adds a person (or organisation) and returns its id, so the island can focus its first field. */
export function addPerson(fields: Partial<Person> = {}, now = new Date()): string {
  const id = newId();
  people.update((doc) => ({ ...doc, people: [...doc.people, makePerson(id, now, fields)] }));
  return id;
}

/** Changes some fields of a person. */
export function updatePerson(
  id: string,
  patch: Partial<Omit<Person, 'id' | 'updatedAt'>>,
  now = new Date(),
): void {
  people.update((doc) => ({
    ...doc,
    people: updateItem<Person>(doc.people, id, patch, now),
  }));
}

/**
 * Links a person to a goal, or unlinks them. New links go after the existing ones, so the order
 * the reader ticked them is kept.
 */
export function linkPersonToGoal(id: string, goalId: string, linked: boolean, now = new Date()): void {
  people.update((doc) => ({
    ...doc,
    people: doc.people.map((person) => {
      if (person.id !== id || person.goalIds.includes(goalId) === linked) return person;
      const goalIds = linked ? [...person.goalIds, goalId] : person.goalIds.filter((g) => g !== goalId);
      return { ...person, goalIds, updatedAt: now.toISOString() };
    }),
  }));
}

/** Moves a person up or down the list. */
export function movePerson(id: string, delta: -1 | 1, now = new Date()): void {
  people.update((doc) => ({ ...doc, people: moveItem(doc.people, id, delta, now) }));
}

/** Deletes a person, and offers to undo it. */
export function deletePerson(id: string, now = new Date()): void {
  let removedName = '';
  let undo: (() => void) | undefined;
  people.update((doc) => {
    const result = removeItem(doc.people, doc.deleted, id, now);
    if (result.removed) {
      const removed = result.removed;
      removedName = removed.item.name || 'the unnamed entry';
      undo = () =>
        people.update((current) => {
          const restored = restoreItem(current.people, current.deleted, removed, new Date());
          return { ...current, people: restored.list, deleted: restored.deleted };
        });
    }
    // Their interactions and gives stay in their own document (hidden while the person is gone),
    // so undo brings all back.
    return { ...doc, people: result.list, deleted: result.deleted };
  });
  if (undo) offerUndo(`Deleted “${removedName}”.`, undo);
}
