import type { Interaction, Person } from '../../documents/people/schema';
import { contactStatus, type ContactStatus } from './cadence';
import type { CalendarDate } from '../../lib/dates';

/** Each contact's interactions in document order. (Their latest day is kept on the contact.) */
export interface InteractionIndex {
  byPerson: Map<string, Interaction[]>;
}

// Past this share of the log changed at once (an import, another tab's merge), one pass over the
// whole log is cheaper than patching contact by contact.
const REBUILD_SHARE = 0.25;

function buildIndex(interactions: readonly Interaction[]): InteractionIndex {
  // One lookup per interaction: this pass runs over the whole log when the tracker first shows it.
  const byPerson = new Map<string, Interaction[]>();
  for (const interaction of interactions) {
    const list = byPerson.get(interaction.personId);
    if (list) list.push(interaction);
    else byPerson.set(interaction.personId, [interaction]);
  }
  return { byPerson };
}

/**
 * The index of `next`, from the index of `previous`. Records are immutable (an edit makes a new
 * object), so the records both lists share by identity are unchanged; only the contacts of the
 * differing stretch between their common start and common end are worked out again.
 */
function updateIndex(
  previous: readonly Interaction[],
  index: InteractionIndex,
  next: readonly Interaction[],
): InteractionIndex {
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && previous[start] === next[start]) start++;
  let end = 0;
  while (end < shorter - start && previous[previous.length - 1 - end] === next[next.length - 1 - end]) end++;
  const removed = previous.slice(start, previous.length - end);
  const added = next.slice(start, next.length - end);
  if (removed.length + added.length > next.length * REBUILD_SHARE + 16) {
    return buildIndex(next);
  }
  const byPerson = new Map(index.byPerson);
  if (removed.length === 0 && end === 0) {
    // Entries added at the end, as logging one does: each goes last in its contact's list.
    for (const interaction of added) {
      const { personId } = interaction;
      byPerson.set(personId, [...(byPerson.get(personId) ?? []), interaction]);
    }
    return { byPerson };
  }
  const changed = new Set<string>();
  for (const interaction of [...removed, ...added]) changed.add(interaction.personId);
  // Their lists again, in document order, from one pass that only compares ids.
  const lists = new Map<string, Interaction[]>();
  for (const interaction of next) {
    if (!changed.has(interaction.personId)) continue;
    const list = lists.get(interaction.personId);
    if (list) list.push(interaction);
    else lists.set(interaction.personId, [interaction]);
  }
  for (const personId of changed) {
    const list = lists.get(personId);
    if (list) byPerson.set(personId, list);
    else byPerson.delete(personId);
  }
  return { byPerson };
}

/**
 * Makes a function that returns `contactStatuses(people, today)`, worked out again only for the
 * contacts that changed since its last call: logging one interaction updates one contact, not
 * all of them. Unchanged contacts keep the very same status object, so whatever is derived from
 * a status can be reused too. One per view of a document.
 */
export function makeContactFigures(): (people: readonly Person[], today: CalendarDate) => ContactStatus[] {
  let statuses = new Map<string, ContactStatus>();
  let day: CalendarDate | undefined;
  return (people, today) => {
    const reuse = day === today;
    day = today;
    const list: ContactStatus[] = [];
    const next = new Map<string, ContactStatus>();
    for (const person of people) {
      if (person.kind !== 'person') continue;
      const previous = reuse ? statuses.get(person.id) : undefined;
      // Records are immutable: the same object means the same contact, the same day, the same status.
      const status = previous?.person === person ? previous : contactStatus(person, today);
      list.push(status);
      next.set(person.id, status);
    }
    statuses = next;
    return list;
  };
}

/**
 * Makes a function that returns each contact's interactions (in log order), worked out again only
 * for the stretch of the log that changed since its last call.
 */
export function makeInteractionIndex(): (interactions: readonly Interaction[]) => InteractionIndex {
  let previous: readonly Interaction[] | undefined;
  let index: InteractionIndex = { byPerson: new Map() };
  return (interactions) => {
    if (previous === interactions) return index;
    index = previous ? updateIndex(previous, index, interactions) : buildIndex(interactions);
    previous = interactions;
    return index;
  };
}
