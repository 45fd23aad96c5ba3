import type { Cadence, Give, Interaction, Person } from '../../documents/people/schema';
import { addDays, calendarDate, dateParts, daysBetween, type CalendarDate } from '../../lib/dates';
import type { ViewRule } from './sorted-view';

/** Where a contact stands with their follow-up rhythm. */
export type FollowUpState = 'ok' | 'due-soon' | 'overdue' | 'none';

/**
 * A contact is "due soon" when due today or in the six days after: the coming week, which one
 * weekly review covers. A snooze of a week therefore takes a contact off "This week".
 */
export const DUE_SOON_DAYS = 6;

/** What the reader sees for each state: words and an icon, never colour alone. */
export const stateLabels: Record<FollowUpState, { text: string; icon: string }> = {
  overdue: { text: 'Overdue', icon: '⚠' },
  'due-soon': { text: 'Due soon', icon: '◷' },
  ok: { text: 'On track', icon: '✓' },
  none: { text: 'No cadence', icon: '–' },
};

/** How each cadence is named to the reader. */
export const cadenceLabels: Record<Cadence, string> = {
  '3-weeks': 'Every 3 weeks',
  '2-months': 'Every 2 months',
  '6-months': 'Every 6 months',
  yearly: 'Once a year',
  custom: 'Custom number of days',
  none: 'No cadence yet',
};

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * `date` moved by whole months, as a person counts: March 3 plus two months is May 3, and a day
 * that the target month lacks becomes its last day (January 31 plus one month is February 28,
 * or 29 in a leap year), never a day in the month after.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = dateParts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return calendarDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The day one cadence step after `from`; null when there is no cadence. */
export function stepFrom(
  from: CalendarDate,
  cadence: Cadence,
  customDays: number | null,
): CalendarDate | null {
  switch (cadence) {
    case '3-weeks':
      return addDays(from, 21);
    case '2-months':
      return addMonths(from, 2);
    case '6-months':
      return addMonths(from, 6);
    case 'yearly':
      return addMonths(from, 12);
    case 'custom':
      return customDays && customDays > 0 ? addDays(from, customDays) : null;
    case 'none':
      return null;
  }
}

/** The latest interaction day of each contact, in one pass over the whole log. */
export function lastInteractions(interactions: readonly Interaction[]): Map<string, CalendarDate> {
  const last = new Map<string, CalendarDate>();
  for (const interaction of interactions) {
    const seen = last.get(interaction.personId);
    if (!seen || interaction.date > seen) last.set(interaction.personId, interaction.date);
  }
  return last;
}

/**
 * When the reader should next be in touch: one cadence step after the last interaction (or after
 * the day they added the contact, before any), but never before a snooze ends. Null without a
 * cadence. Dates are calendar days, so the answer is the same in every time zone.
 */
export function nextDue(
  person: Pick<Person, 'addedOn' | 'cadence' | 'cadenceDays' | 'snoozedUntil'>,
  lastInteraction: CalendarDate | undefined,
): CalendarDate | null {
  const due = stepFrom(lastInteraction ?? person.addedOn, person.cadence, person.cadenceDays);
  if (!due) return null;
  return person.snoozedUntil && person.snoozedUntil > due ? person.snoozedUntil : due;
}

/** The state of a due date on `today`: overdue after it, due soon within the coming week, else ok. */
export function followUpState(due: CalendarDate | null, today: CalendarDate): FollowUpState {
  if (!due) return 'none';
  if (due < today) return 'overdue';
  return daysBetween(today, due) <= DUE_SOON_DAYS ? 'due-soon' : 'ok';
}

/** "Due today", "Due in 3 days", "Overdue by 1 day", or "No cadence set". */
export function describeDue(due: CalendarDate | null, today: CalendarDate): string {
  if (!due) return 'No cadence set';
  const days = daysBetween(today, due);
  if (days === 0) return 'Due today';
  const count = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  return days > 0 ? `Due in ${count(days)}` : `Overdue by ${count(-days)}`;
}

/** The day a snooze of `days` from `today` ends. */
export function snoozeUntil(today: CalendarDate, days: number): CalendarDate {
  return addDays(today, Math.max(1, Math.round(days)));
}

/** A contact with its follow-up figures worked out for one day. */
export interface ContactStatus {
  person: Person;
  last: CalendarDate | undefined;
  due: CalendarDate | null;
  state: FollowUpState;
}

/** One contact's follow-up status on `today`, from the day of its latest interaction it keeps. */
export function contactStatus(person: Person, today: CalendarDate): ContactStatus {
  const last = person.lastInteraction ?? undefined;
  const due = nextDue(person, last);
  return { person, last, due, state: followUpState(due, today) };
}

/**
 * Every contact's follow-up status on `today`, in the document's order. People only, not
 * organisations. Needs the contacts alone: each keeps the day of its latest interaction.
 */
export function contactStatuses(people: readonly Person[], today: CalendarDate): ContactStatus[] {
  return people.filter((person) => person.kind === 'person').map((person) => contactStatus(person, today));
}

// The same order as `localeCompare`, without setting up a collation on every call: sorting
// thousands of due contacts by name took tens of milliseconds. Made on the first tie, not when
// the module loads: building a collator loads the locale's collation data (about 12 ms of the
// plan's first draw on a phone-speed CPU), and most pages never compare two names.
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);

/** Earliest due first; ties by name, so the order is stable. */
const byDue = (a: ContactStatus, b: ContactStatus) => {
  const due = a.due ?? '9999';
  const other = b.due ?? '9999';
  // Due dates are `YYYY-MM-DD` (or the 9999 sentinel): plain comparison orders them correctly.
  return due < other ? -1 : due > other ? 1 : byName(a.person.name, b.person.name);
};

/** Which contacts "this week" lists (overdue or due in the coming week), and in what order. */
export const dueThisWeekRule: ViewRule<ContactStatus> = {
  keep: (status) => status.state === 'overdue' || status.state === 'due-soon',
  compare: byDue,
};

/** The "this week" list: contacts overdue or due in the coming week, most overdue first. */
export function dueThisWeek(statuses: readonly ContactStatus[]): ContactStatus[] {
  return statuses.filter(dueThisWeekRule.keep).sort(dueThisWeekRule.compare);
}

/**
 * Follow-ups due from now to `days` ahead, overdue ones included, earliest first. For the action
 * plan and the calendar export.
 */
export function followUpsDue(people: readonly Person[], today: CalendarDate, days: number): ContactStatus[] {
  const until = addDays(today, days);
  return contactStatuses(people, today)
    .filter((status) => status.due !== null && status.due <= until)
    .sort(byDue);
}

/** A thank-you note still to send, with the day it should go out by. */
export interface UnsentThankYou {
  interaction: Interaction;
  person: Person;
  sendBy: CalendarDate;
}

/** The day a thank-you note should go out: within 24 hours, so by the day after the meeting. */
export const thankYouSendBy = (meeting: CalendarDate): CalendarDate => addDays(meeting, 1);

/**
 * Whether logging an interaction on `date` should start with "a thank-you note is due" ticked: yes
 * for one within the last two days (or still to come), when a note can still go out in time; no
 * for older ones, so that backfilling past conversations does not pile up late notes.
 */
export function thankYouDueByDefault(date: CalendarDate, today: CalendarDate): boolean {
  return daysBetween(date, today) <= 2;
}

/** Thank-you notes marked "to send" for contacts still in the list, earliest send-by first. */
export function unsentThankYous(
  people: readonly Person[],
  interactions: readonly Interaction[],
): UnsentThankYou[] {
  // Few notes wait at any time: find them first, so a large log with none costs one pass, not a
  // lookup table of every contact on each edit.
  const toSend = interactions.filter((interaction) => interaction.thankYou === 'to-send');
  if (toSend.length === 0) return [];
  const byId = new Map(people.map((person) => [person.id, person]));
  const result: UnsentThankYou[] = [];
  for (const interaction of toSend) {
    const person = byId.get(interaction.personId);
    if (person) result.push({ interaction, person, sendBy: thankYouSendBy(interaction.date) });
  }
  return result.sort((a, b) => a.sendBy.localeCompare(b.sendBy));
}

/** A thank-you note on "This week": late once its send-by day has passed. */
export interface DueThankYou extends UnsentThankYou {
  late: boolean;
}

/**
 * The thank-you notes "This week" lists: those still to send by the end of the coming week (the
 * same week as follow-ups due soon), late ones first. A note is due the day after its meeting, so
 * a note logged today is due tomorrow and belongs here at once.
 */
export function thankYousDue(
  people: readonly Person[],
  interactions: readonly Interaction[],
  today: CalendarDate,
): DueThankYou[] {
  const until = addDays(today, DUE_SOON_DAYS);
  return unsentThankYous(people, interactions)
    .filter((note) => note.sendBy <= until)
    .map((note) => ({ ...note, late: note.sendBy < today }));
}

/** Interactions and gives grouped by contact id, built once per change of the document. */
export function groupByPerson<T extends Interaction | Give>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const list = groups.get(record.personId);
    if (list) list.push(record);
    else groups.set(record.personId, [record]);
  }
  return groups;
}
