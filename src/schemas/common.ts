import * as z from 'zod/mini';
import { englishIssue } from './messages';

// zod/mini ships without messages ("Invalid input"); readers importing a damaged backup deserve
// to be told what was expected, so every schema words its issues in English (see messages.ts).
z.config({ localeError: englishIssue });

/** An ISO 8601 instant such as `2027-03-04T09:30:00.000Z`: when a record last changed. */
export const isoInstant = z.iso.datetime({ offset: true });

/** A record's stable identifier: never reused, never shown to the reader. */
export const recordId = z.string().check(z.minLength(1), z.maxLength(64));

/** A calendar date `YYYY-MM-DD`, with no time or zone: deadlines are days, not instants. */
export const calendarDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-03-31.'),
  // Arithmetic rather than a Date object: a large contact log holds tens of thousands of dates,
  // all checked on every load.
  z.refine((value) => {
    const y = Number(value.slice(0, 4));
    const m = Number(value.slice(5, 7));
    const d = Number(value.slice(8, 10));
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
    return m >= 1 && m <= 12 && d >= 1 && d <= days;
  }, 'That day does not exist.'),
);

/** A date the reader may leave empty. */
export const optionalDate = z.nullable(calendarDate);

/** A one-line answer; generous, but bounded so a paste cannot fill the reader's storage. */
export const shortText = z.string().check(z.maxLength(300));

/** A paragraph-sized answer. */
export const longText = z.string().check(z.maxLength(5000));

/** Ids of records in another list (goals, people), in the order the reader linked them. */
export const links = z.array(recordId).check(z.maxLength(200));

/** When each deleted record was deleted, so another tab's older copy does not bring it back. */
export const tombstones = z.record(z.string(), isoInstant);
