/**
 * Calendar dates as `YYYY-MM-DD` strings. Deadlines are days in the reader's life, not instants,
 * so they are stored without a time zone and compared as text (which sorts correctly).
 */
export type CalendarDate = string;

// The tracker works out due dates for thousands of contacts on every load, so these helpers read
// the digits directly instead of parsing a timestamp string or formatting an ISO instant.
const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Year, month (1–12) and day of a calendar date. */
export const dateParts = (date: CalendarDate): [number, number, number] => [
  +date.slice(0, 4),
  +date.slice(5, 7),
  +date.slice(8, 10),
];

/** The calendar date of a year, month (1–12) and day. */
export const calendarDate = (year: number, month: number, day: number): CalendarDate =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Days since 1970-01-01. `setUTCFullYear`, unlike `Date.UTC`, keeps years 0–99 as written. */
const dayNumber = (date: CalendarDate) => {
  const [year, month, day] = dateParts(date);
  return new Date(0).setUTCFullYear(year, month - 1, day) / DAY_MS;
};

/** Today's date where the reader is. */
export function today(now = new Date()): CalendarDate {
  return calendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** `date` moved by a number of days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date((dayNumber(date) + days) * DAY_MS);
  return calendarDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

// Written out by hand, in the site's language: the first Intl.DateTimeFormat a page builds loads
// the locale's calendar data, about 7 ms of the plan's first draw on a phone-speed CPU. The unit
// tests check every word against Intl's en-US format.
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date for people, e.g. "Wed, Mar 31, 2027", or with a time of day "Wed, Mar 31, 2027 at 18:30". */
export function formatDate(date: CalendarDate, time?: string): string {
  const [year, month, day] = dateParts(date);
  // 1970-01-01, day 0, was a Thursday.
  const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7;
  return `${weekdays[weekday]}, ${months[month - 1]} ${day}, ${year}${time ? ` at ${time}` : ''}`;
}

/**
 * A moment for people, in the reader's own time zone, e.g. "Thu, Mar 4, 2027 at 09:30": when a
 * backup or a version was made. Written like `formatDate`, without Intl's locale data.
 */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  return formatDate(today(at), `${pad(at.getHours())}:${pad(at.getMinutes())}`);
}
