import type { Interaction, Person } from '../people/schema';
import type { CalendarDate } from '../../lib/dates';

/** The later of two days; null is before any day. */
export function laterDay(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

/** The day of one contact's latest interaction in the log, or null when there is none. */
export function latestInteraction(
  interactions: readonly Interaction[],
  personId: string,
): CalendarDate | null {
  let latest: CalendarDate | null = null;
  for (const interaction of interactions) {
    if (interaction.personId === personId && (latest === null || interaction.date > latest)) {
      latest = interaction.date;
    }
  }
  return latest;
}

/** The latest of some interactions (the first logged, of several on one day), or undefined for none. */
export function latestOf(interactions: readonly Interaction[]): Interaction | undefined {
  let latest: Interaction | undefined;
  for (const interaction of interactions) if (!latest || interaction.date > latest.date) latest = interaction;
  return latest;
}

/**
 * The contacts with each one's `lastInteraction` set to what the log says (`latest`: the day of
 * each contact's latest interaction, as `lastInteractions` in `cadence.ts` computes it), or
 * undefined when every contact already agrees. Only `ids` are looked at when given. A corrected
 * contact gets `now` as its change time, so the correction wins a merge with an older copy.
 *
 * Converges: a contact is changed only when it differs from the log, and a second pass over the
 * result changes nothing, so two tabs reading the same log never correct each other back and forth.
 */
export function withLastInteractionsFrom(
  people: readonly Person[],
  latest: ReadonlyMap<string, CalendarDate>,
  now: Date,
  ids?: ReadonlySet<string>,
): Person[] | undefined {
  let changed = false;
  const updatedAt = now.toISOString();
  const result = people.map((person) => {
    if (ids && !ids.has(person.id)) return person;
    const day = latest.get(person.id) ?? null;
    if (person.lastInteraction === day) return person;
    changed = true;
    return { ...person, lastInteraction: day, updatedAt };
  });
  return changed ? result : undefined;
}
