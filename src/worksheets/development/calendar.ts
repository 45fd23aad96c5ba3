import {
  createEvents,
  type DateArray,
  type DateTime,
  type DurationObject,
  type EventAttributes,
  type ReturnObject,
} from 'ics';
import { cleanText, cleanValue, refold } from '../../lib/content-line';
import { addDays, type CalendarDate } from '../../lib/dates';
import type { Deadline } from './deadlines';

/** What `makeCalendar` gives back: the file's text, or why it could not be made. */
export type CalendarResult = { ok: true; text: string } | { ok: false; error: string };

/** Calendar apps show this as the name of the calendar the events came from. */
export const CALENDAR_NAME = 'Networking development plan';

// UIDs must be unique worldwide and stable: the same item exported twice replaces itself in the
// reader's calendar instead of appearing twice. Record id + kind is stable; the suffix scopes it.
const UID_DOMAIN = 'networking-workbook';

const toDateArray = (date: CalendarDate): DateArray => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/**
 * A day and a time of day as a floating DATE-TIME (RFC 5545 §3.3.5, form 1), e.g.
 * "20270602T183000". Floating, not UTC or the reader's zone: the reader typed the time printed on
 * the event's page, which is local to the venue, and an 18:30 meetup is at 18:30 there even if the
 * reader plans it from elsewhere or travels; a zone would also need a VTIMEZONE, which ics does not
 * write. Given to ics as text, so it is written as is, not shifted through this machine's zone.
 */
const floating = (date: CalendarDate, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/**
 * When an entry starts and ends. An all-day entry runs to the day after its last day (DTEND of an
 * all-day entry is exclusive). An event with a start time lasts an hour when it has no end day,
 * the length calendar apps give a new entry, or runs to the end of its last day.
 */
function timing(
  item: Deadline,
): { start: DateTime; end: DateTime } | { start: DateTime; duration: DurationObject } {
  if (!item.time) {
    return { start: toDateArray(item.date), end: toDateArray(addDays(item.end ?? item.date, 1)) };
  }
  const start = floating(item.date, item.time);
  return item.end
    ? { start, end: floating(addDays(item.end, 1), '00:00') }
    : { start, duration: { hours: 1 } };
}

/**
 * The reminder: an hour before an entry with a start time, time to set off; otherwise 9 a.m. the
 * day before. An all-day entry starts at midnight, so 15 hours before is 9 a.m. the day before,
 * the usual "1 day before" of calendar apps: time to pack for an event, or to act on a deadline.
 * (`{ days: 1 }` would be written as the invalid duration "P1DT" by ics 3.)
 */
const trigger = (item: Deadline) => (item.time ? { hours: 1, before: true } : { hours: 15, before: true });

/**
 * TEXT escaping of RFC 5545 §3.3.11, once `cleanText` has normalised control characters. ics
 * escapes summaries and descriptions of events, but writes an alarm's description as given, so a
 * comma or semicolon there would break strict parsers.
 */
export const escapeText = (text: string) =>
  cleanText(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

/** What the reader has to do on the day, by kind, for the calendar entry's description. */
const lead: Record<Deadline['kind'], string> = {
  event: 'Event in your development plan.',
  registration: 'Registration deadline: register (or ask your employer to pay) before the end of the day.',
  renewal: 'Membership date: renew only if you used the membership this year.',
  skill: 'Skill target date: by now you meant to have something to show.',
};

/** One calendar entry for one item of the plan: all day, or timed for an event with a start time. */
const toEvent =
  (now: Date) =>
  (item: Deadline): EventAttributes => {
    // Cleaned before the checks for emptiness, so a title of only control characters gets a name.
    const title = cleanText(item.title).trim() || 'Untitled event';
    const event: EventAttributes & { timestamp: number } = {
      uid: `${item.sourceId}-${item.kind}@${UID_DOMAIN}`,
      title,
      description: [lead[item.kind], cleanText(item.detail)].filter(Boolean).join('\n'),
      ...timing(item),
      timestamp: now.getTime(),
      categories: ['Professional development'],
      transp: item.kind === 'event' ? 'OPAQUE' : 'TRANSPARENT',
      alarms: [
        {
          action: 'display' as const,
          description: escapeText(title),
          trigger: trigger(item),
        },
      ],
    };
    return event;
  };

/**
 * An iCalendar file (RFC 5545) with one entry per item, each with a display alarm: events as well
 * as deadlines (registration, renewal, skill target), since a reader who registered still needs
 * the reminder to go. Entries are all day, with the alarm at 9 a.m. the day before, except events
 * with a start time, which start then and alarm an hour before. `now` stamps the entries, so output is
 * reproducible.
 */
export function makeCalendar(deadlines: readonly Deadline[], options: { now: Date }): CalendarResult {
  if (deadlines.length === 0) {
    return {
      ok: false,
      error:
        'There are no dates to put in a calendar yet. Add a date to an event, organization or skill first.',
    };
  }
  return buildCalendar(() => deadlines.map(toEvent(options.now)), {
    productId: '-//Networking Workbook//Development plan//EN',
    calName: CALENDAR_NAME,
  });
}

/**
 * What ics writes as given but a reader typed: the UID, a TEXT value it does not escape (one
 * line, no controls at all), and the text it escapes but whose bare CRs and other control
 * characters it would let through.
 */
const cleanEvent = (event: EventAttributes): EventAttributes => ({
  ...event,
  ...(event.uid === undefined ? {} : { uid: escapeText(cleanValue(event.uid)) }),
  ...(event.title === undefined ? {} : { title: cleanText(event.title) }),
  ...(event.description === undefined ? {} : { description: cleanText(event.description) }),
  ...(event.location === undefined ? {} : { location: cleanText(event.location) }),
});

/**
 * Writes events as an iCalendar file with the ics library, turning its errors (thrown or returned)
 * into a message for the reader. Shared by every calendar download of the workbook. Events come
 * from a function so that a failure while building them is reported the same way. Values are
 * cleaned of control characters and the file refolded at 75 octets, which ics does not do.
 */
export function buildCalendar(
  events: () => EventAttributes[],
  header: { productId: string; calName: string },
): CalendarResult {
  let result: ReturnObject;
  try {
    result = createEvents(events().map(cleanEvent), header);
  } catch (error) {
    return { ok: false, error: `The calendar file could not be made: ${(error as Error).message}` };
  }
  if (result.error || !result.value) {
    return {
      ok: false,
      error: `The calendar file could not be made: ${result.error?.message ?? 'the calendar library returned nothing'}`,
    };
  }
  return { ok: true, text: refold(result.value) };
}
