import type { Interaction, PeopleDoc, Person } from '../schemas/people';
import { followUpState, nextDue, type ContactStatus } from './cadence';
import type { CalendarDate } from './dates';

/** Each contact's interactions in document order, and the day of their latest one. */
export interface InteractionIndex {
  byPerson: Map<string, Interaction[]>;
  last: Map<string, CalendarDate>;
}

/** Contacts whose interactions changed between two versions of the log: some, or all of them. */
type Changed = Set<string> | 'all';

// Past this share of the log changed at once (an import, another tab's merge), one pass over the
// whole log is cheaper than patching contact by contact.
const REBUILD_SHARE = 0.25;

function buildIndex(interactions: readonly Interaction[]): InteractionIndex {
  // One lookup per interaction: this pass runs over the whole log when the tracker first shows.
  const entries = new Map<string, { list: Interaction[]; last: CalendarDate }>();
  for (const interaction of interactions) {
    const entry = entries.get(interaction.personId);
    if (!entry) entries.set(interaction.personId, { list: [interaction], last: interaction.date });
    else {
      entry.list.push(interaction);
      if (interaction.date > entry.last) entry.last = interaction.date;
    }
  }
  const byPerson = new Map<string, Interaction[]>();
  const last = new Map<string, CalendarDate>();
  for (const [personId, entry] of entries) {
    byPerson.set(personId, entry.list);
    last.set(personId, entry.last);
  }
  return { byPerson, last };
}

/** The latest day in a contact's interactions. */
const latest = (list: readonly Interaction[]) =>
  list.reduce<CalendarDate>((day, interaction) => (interaction.date > day ? interaction.date : day), '');

/**
 * The index of `next`, from the index of `previous`. Records are immutable (an edit makes a new
 * object), so the records both lists share by identity are unchanged; only the contacts of the
 * differing stretch between their common start and common end are worked out again.
 */
function updateIndex(
  previous: readonly Interaction[],
  index: InteractionIndex,
  next: readonly Interaction[],
): { index: InteractionIndex; changed: Changed } {
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && previous[start] === next[start]) start++;
  let end = 0;
  while (end < shorter - start && previous[previous.length - 1 - end] === next[next.length - 1 - end]) end++;
  const removed = previous.slice(start, previous.length - end);
  const added = next.slice(start, next.length - end);
  if (removed.length + added.length > next.length * REBUILD_SHARE + 16) {
    return { index: buildIndex(next), changed: 'all' };
  }
  const byPerson = new Map(index.byPerson);
  const last = new Map(index.last);
  const changed = new Set<string>();
  if (removed.length === 0 && end === 0) {
    // Entries added at the end, as logging one does: each goes last in its contact's list.
    for (const interaction of added) {
      const { personId, date } = interaction;
      byPerson.set(personId, [...(byPerson.get(personId) ?? []), interaction]);
      const seen = last.get(personId);
      if (!seen || date > seen) last.set(personId, date);
      changed.add(personId);
    }
    return { index: { byPerson, last }, changed };
  }
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
    if (list) {
      byPerson.set(personId, list);
      last.set(personId, latest(list));
    } else {
      byPerson.delete(personId);
      last.delete(personId);
    }
  }
  return { index: { byPerson, last }, changed };
}

/** The statuses `contactStatuses` returns, with the interaction index they were worked out from. */
export interface ContactFigures extends InteractionIndex {
  statuses: ContactStatus[];
}

/**
 * Makes a function that returns `contactStatuses(doc, today)` and each contact's interactions,
 * worked out again only for what changed since its last call: logging one interaction in a log of
 * 50,000 updates one contact, not all of them. Unchanged contacts keep the very same status
 * object, so whatever is derived from a status can be reused too. One per view of a document.
 */
export function makeContactFigures(): (
  doc: Pick<PeopleDoc, 'people' | 'interactions'>,
  today: CalendarDate,
) => ContactFigures {
  let interactions: readonly Interaction[] | undefined;
  let index: InteractionIndex = { byPerson: new Map(), last: new Map() };
  let statuses = new Map<string, ContactStatus>();
  let day: CalendarDate | undefined;
  return (doc, today) => {
    let changed: Changed = 'all';
    if (interactions && day === today) {
      const update = updateIndex(interactions, index, doc.interactions);
      index = update.index;
      changed = update.changed;
    } else {
      index = buildIndex(doc.interactions);
    }
    interactions = doc.interactions;
    day = today;
    const reuse = (person: Person) => {
      const status = changed === 'all' || changed.has(person.id) ? undefined : statuses.get(person.id);
      return status?.person === person ? status : undefined;
    };
    const list: ContactStatus[] = [];
    const next = new Map<string, ContactStatus>();
    for (const person of doc.people) {
      if (person.kind !== 'person') continue;
      let status = reuse(person);
      if (!status) {
        const seen = index.last.get(person.id);
        const due = nextDue(person, seen);
        status = { person, last: seen, due, state: followUpState(due, today) };
      }
      list.push(status);
      next.set(person.id, status);
    }
    statuses = next;
    return { ...index, statuses: list };
  };
}
