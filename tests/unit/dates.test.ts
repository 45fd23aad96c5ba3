import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDate,
  dateParts,
  daysBetween,
  formatDate,
  formatInstant,
  today,
} from '../../src/lib/dates';

// The slow, obviously right way: through an ISO instant at midnight UTC.
const reference = {
  addDays: (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10),
  daysBetween: (from: string, to: string) =>
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000),
};

const dates = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9000-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar date arithmetic', () => {
  it('moves across month ends, leap days and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-11-26', '2026-11-19')).toBe(-7);
  });

  it('keeps years before 100 as written', () => {
    expect(addDays('0050-01-31', 1)).toBe('0050-02-01');
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
  });

  it('agrees with arithmetic on ISO instants for any date and offset', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        expect(addDays(date, days)).toBe(reference.addDays(date, days));
      }),
    );
    fc.assert(
      fc.property(dates, dates, (from, to) => {
        expect(daysBetween(from, to)).toBe(reference.daysBetween(from, to));
      }),
    );
  });

  it('reads and writes the parts of a date', () => {
    expect(dateParts('2026-03-09')).toEqual([2026, 3, 9]);
    expect(calendarDate(2026, 3, 9)).toBe('2026-03-09');
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('formatDate', () => {
  it('writes the day for people, in the site’s language', () => {
    expect(formatDate('2027-03-31')).toBe('Wed, Mar 31, 2027');
    expect(formatDate('2024-02-29')).toBe('Thu, Feb 29, 2024');
    expect(formatDate('1969-12-31')).toBe('Wed, Dec 31, 1969');
  });

  it('adds a time of day when there is one', () => {
    expect(formatDate('2027-03-31', '18:30')).toBe('Wed, Mar 31, 2027 at 18:30');
    expect(formatDate('2027-03-31', '')).toBe('Wed, Mar 31, 2027');
  });

  it('gives exactly the words of Intl’s en-US format, on any day', () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(dates, (date) => {
        expect(formatDate(date)).toBe(intl.format(new Date(`${date}T00:00:00Z`)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatInstant', () => {
  it('gives the day and the time on the reader’s clock', () => {
    const at = new Date(2027, 2, 4, 9, 5);
    expect(formatInstant(at.toISOString())).toBe('Thu, Mar 4, 2027 at 09:05');
    expect(formatInstant(new Date(2027, 11, 31, 23, 59).toISOString())).toBe('Fri, Dec 31, 2027 at 23:59');
  });
});
