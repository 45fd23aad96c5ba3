import { newId, moveItem, removeItem, restoreItem, updateItem } from '../../lib/list-edit';
import { makePerson, type Person } from './schema';
import { people } from './document';
import { offerUndo } from '../../stores/undo';

// The relationship map's edits. The document itself lives in `people-document.ts`, which pages
// that only read people import; it is re-exported here so the map has one store.
export { $people, people } from './document';

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
