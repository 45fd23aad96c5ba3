import type { EventAttributes } from 'ics';
import { buildCalendar, escapeText, type CalendarResult } from '../development/calendar';
import { cadenceLabels, type ContactStatus, type UnsentThankYou } from './cadence';
import { cleanText } from '../../lib/content-line';
import { addDays, type CalendarDate } from '../../lib/dates';

/** Calendar apps show this as the name of the calendar the reminders came from. */
export const FOLLOW_UP_CALENDAR_NAME = 'Networking follow-ups';

const toDateArray = (date: CalendarDate): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/** A cadence as the reminder says it: "Every 2 months", or "Every 45 days" for a custom one. */
const cadenceText = ({ cadence, cadenceDays }: ContactStatus['person']) =>
  cadence === 'custom' && cadenceDays
    ? `Every ${cadenceDays} ${cadenceDays === 1 ? 'day' : 'days'}`
    : cadenceLabels[cadence];

// All-day entries start at midnight; 9 hours after is 9 a.m. on the day.
const alarmAtNine = (text: string) => [
  { action: 'display' as const, description: escapeText(text), trigger: { hours: 9, before: false } },
];

/**
 * An iCalendar file with one all-day reminder per follow-up, and one per thank-you note still to
 * send ("Send thank-you to …" on its send-by day), each with an alarm at 9 a.m. on the day.
 * Overdue ones are placed on `today`, since a reminder in the past never rings. The UID is the
 * contact's (or the interaction's) id, so importing a newer export moves the reminder instead of
 * adding one.
 */
export function makeFollowUpCalendar(
  followUps: readonly ContactStatus[],
  options: { now: Date; today: CalendarDate; thankYous?: readonly UnsentThankYou[] },
): CalendarResult {
  const due = followUps.filter((status) => status.due !== null);
  const thanks = options.thankYous ?? [];
  if (due.length === 0 && thanks.length === 0) {
    return {
      ok: false,
      error:
        'No follow-ups are coming up. Give a contact a cadence first, and their next follow-up appears here.',
    };
  }
  const toEvent = ({ person, due: date, last }: ContactStatus): EventAttributes => {
    const day = date! < options.today ? options.today : date!;
    // Cleaned before trimming, so a name of only control characters counts as none.
    const who = cleanText(person.name).trim() || 'a contact';
    const details = [
      [person.role, person.organization]
        .map(cleanText)
        .filter((part) => part.trim())
        .join(', '),
      `${cadenceText(person)}.`,
      last ? `Last in touch: ${last}.` : 'No interaction logged yet.',
      'Bring something useful: an article, congratulations, an introduction, or news of how their advice worked out.',
    ].filter(Boolean);
    return {
      uid: `${person.id}-follow-up@networking-workbook`,
      title: `Follow up with ${who}`,
      description: details.join('\n'),
      start: toDateArray(day),
      end: toDateArray(addDays(day, 1)),
      timestamp: options.now.getTime(),
      categories: ['Networking follow-up'],
      transp: 'TRANSPARENT',
      alarms: alarmAtNine(`Follow up with ${who}`),
    } as EventAttributes;
  };
  const toThanks = ({ interaction, person, sendBy }: UnsentThankYou): EventAttributes => {
    const day = sendBy < options.today ? options.today : sendBy;
    const who = cleanText(person.name).trim() || 'a contact';
    return {
      uid: `${interaction.id}-thank-you@networking-workbook`,
      title: `Send thank-you to ${who}`,
      description: `For your conversation on ${interaction.date}; send it by ${sendBy}, within a day.`,
      start: toDateArray(day),
      end: toDateArray(addDays(day, 1)),
      timestamp: options.now.getTime(),
      categories: ['Networking follow-up'],
      transp: 'TRANSPARENT',
      alarms: alarmAtNine(`Send thank-you to ${who}`),
    } as EventAttributes;
  };
  return buildCalendar(() => [...thanks.map(toThanks), ...due.map(toEvent)], {
    productId: '-//Networking Workbook//Follow-ups//EN',
    calName: FOLLOW_UP_CALENDAR_NAME,
  });
}
