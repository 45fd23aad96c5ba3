import { byText } from '../../lib/text-order';
import type { DevelopmentDoc } from './schema';
import { daysBetween, formatDate, type CalendarDate } from '../../lib/dates';

/** What a dated item is: an event's days, or a deadline before which the reader must act. */
export type DeadlineKind = 'event' | 'registration' | 'renewal' | 'skill';

/** One date in the reader's development plan. */
export interface Deadline {
  /** The day it happens or falls due (an event's first day). */
  date: CalendarDate;
  /** When an event starts on `date`, as `HH:MM` (24-hour); absent for all-day items. */
  time?: string;
  /** An event's last day when it lasts several days; absent otherwise. */
  end?: CalendarDate;
  kind: DeadlineKind;
  /** What to put in a calendar or a list, e.g. "Register for Midwest Digital Health Summit". */
  title: string;
  /** One line of context: place and cost, involvement, resource and progress. */
  detail: string;
  /** Id of the record it comes from; with `kind`, identifies the item across exports. */
  sourceId: string;
  /** Days from today to `date` (negative while a multi-day event is under way). */
  daysAway: number;
  /** True when it is within the next two weeks (or under way): time to act. */
  soon: boolean;
}

/** Items this many days away or fewer count as "soon". */
export const SOON_DAYS = 14;

export interface DeadlineOptions {
  /** Keep items whose day has passed; by default only today and later are listed. */
  includePast?: boolean;
}

const named = (name: string, fallback: string) => name.trim() || fallback;
const joined = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join(' · ');

/**
 * Every dated item of the plan, sorted by date then title. Skipped events and finished skills are
 * left out, and so is the registration deadline of an event already registered for or attended:
 * none of them asks anything of the reader any more.
 */
export function upcomingDeadlines(
  doc: DevelopmentDoc,
  today: CalendarDate,
  options: DeadlineOptions = {},
): Deadline[] {
  const items: Omit<Deadline, 'daysAway' | 'soon'>[] = [];
  for (const event of doc.events) {
    if (event.status === 'skipped') continue;
    const name = named(event.name, 'Untitled event');
    const first = event.start ?? event.end;
    if (first) {
      const last = event.end && event.end > first ? event.end : undefined;
      items.push({
        date: first,
        ...(event.startTime ? { time: event.startTime } : {}),
        ...(last ? { end: last } : {}),
        kind: 'event',
        title: name,
        detail: joined(event.online ? 'Online' : event.place, event.cost),
        sourceId: event.id,
      });
    }
    if (event.registrationDeadline && event.status === 'considering') {
      items.push({
        date: event.registrationDeadline,
        kind: 'registration',
        title: `Register for ${name}`,
        detail: joined(
          event.cost,
          event.start ? `event starts ${formatDate(event.start, event.startTime)}` : '',
        ),
        sourceId: event.id,
      });
    }
  }
  for (const organization of doc.organizations) {
    if (!organization.renewal) continue;
    const name = named(organization.name, 'an unnamed organization');
    items.push({
      date: organization.renewal,
      kind: 'renewal',
      title:
        organization.membership === 'member' || organization.membership === 'lapsed'
          ? `Renew membership: ${name}`
          : `Membership date: ${name}`,
      detail: organization.involvement.split('\n')[0] ?? '',
      sourceId: organization.id,
    });
  }
  for (const skill of doc.skills) {
    if (!skill.target || skill.progress >= 100) continue;
    items.push({
      date: skill.target,
      kind: 'skill',
      title: `Skill target: ${named(skill.name, 'an unnamed skill')}`,
      detail: joined(skill.resource, `${skill.progress}% done`),
      sourceId: skill.id,
    });
  }
  return items
    .map((item) => {
      const daysAway = daysBetween(today, item.date);
      const daysToEnd = daysBetween(today, item.end ?? item.date);
      return { ...item, daysAway, soon: daysToEnd >= 0 && daysAway <= SOON_DAYS };
    })
    .filter((item) => options.includePast || daysBetween(today, item.end ?? item.date) >= 0)
    .sort((a, b) => (a.date === b.date ? byText(a.title, b.title) : a.date < b.date ? -1 : 1));
}

/** How far away a date is, in words: "today", "tomorrow", "in 5 days", "started 2 days ago". */
export function describeDaysAway(deadline: Pick<Deadline, 'daysAway'>): string {
  const days = deadline.daysAway;
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  if (days === -1) return 'yesterday';
  return `${-days} days ago`;
}
