import { topList, withUpdated } from '../../lib/list-edit';
import { listEditor } from '../../stores/edit';
import { makePerson, type PeopleDoc } from './schema';
import { people } from './document';

// The relationship map's edits. The document itself lives in `document.ts`, which pages that
// only read people import; it is re-exported here so the map has one store.
export { $people, people } from './document';

const personList = topList<PeopleDoc, 'people'>('people');

/**
 * The people (and organisations) of the map: added blank, edited, moved, deleted with undo.
 * Their interactions and gives stay in their own document (hidden while the person is gone), so
 * undo brings all back.
 */
export const personEditor = listEditor(people, personList, {
  make: makePerson,
  deleted: (person) => `Deleted “${person.name || 'the unnamed entry'}”.`,
});

/**
 * Links a person to a goal, or unlinks them. New links go after the existing ones, so the order
 * the reader ticked them is kept.
 */
export function linkPersonToGoal(id: string, goalId: string, linked: boolean, now = new Date()): void {
  people.update((doc) => {
    const person = doc.people.find((candidate) => candidate.id === id);
    if (!person || person.goalIds.includes(goalId) === linked) return doc;
    const goalIds = linked ? [...person.goalIds, goalId] : person.goalIds.filter((g) => g !== goalId);
    return withUpdated(doc, personList, id, { goalIds }, now);
  });
}
