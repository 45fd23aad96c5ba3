import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  contactStatuses,
  describeDue,
  dueThisWeek,
  followUpState,
  followUpsDue,
  lastInteractions,
  nextDue,
  stepFrom,
  thankYouDueByDefault,
  thankYousDue,
  unsentThankYous,
} from '../../../../src/worksheets/follow-up/cadence';
import { addDays, daysBetween, today } from '../../../../src/lib/dates';
import { calendarDate } from '../../../../src/schemas/common';
import { makePerson, type Interaction } from '../../../../src/documents/people/schema';
import { makeInteraction } from '../../../support/interactions';

const now = new Date('2027-03-01T12:00:00Z');
const person = (id: string, fields: Parameters<typeof makePerson>[2] = {}) =>
  makePerson(id, now, { name: id, addedOn: '2027-01-01', ...fields });
const interaction = (personId: string, date: string, fields: Partial<Interaction> = {}): Interaction =>
  makeInteraction({ id: `${personId}-${date}`, personId, date, ...fields }, now);

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('addMonths', () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(addMonths('2027-03-03', 2)).toBe('2027-05-03');
    expect(addMonths('2027-11-15', 2)).toBe('2028-01-15');
    expect(addMonths('2027-03-15', -3)).toBe('2026-12-15');
  });

  it('clamps month ends to the last day of a shorter month, leap years included', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', 2)).toBe('2027-05-31');
    expect(addMonths('2027-10-31', 2)).toBe('2027-12-31');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('takes a leap day to February 28 in a year without one', () => {
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2024-02-29', 12 * 4)).toBe('2028-02-29');
  });

  it('always lands in the right month, never later in the month than the start (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -240, max: 240 }), (start, months) => {
        const result = addMonths(start, months);
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        expect(rd).toBeLessThanOrEqual(d);
        expect(new Date(`${result}T00:00:00Z`).toISOString().slice(0, 10)).toBe(result);
      }),
    );
  });
});

describe('nextDue', () => {
  it('counts from the day the contact was added until there is an interaction', () => {
    expect(nextDue(person('a', { cadence: '3-weeks' }), undefined)).toBe('2027-01-22');
    expect(nextDue(person('a', { cadence: '2-months' }), '2027-03-03')).toBe('2027-05-03');
    expect(nextDue(person('a', { cadence: '6-months' }), '2027-08-31')).toBe('2028-02-29');
    expect(nextDue(person('a', { cadence: 'yearly' }), '2027-12-01')).toBe('2028-12-01');
    expect(nextDue(person('a', { cadence: 'custom', cadenceDays: 30 }), '2027-02-15')).toBe('2027-03-17');
  });

  it('has no due date without a cadence', () => {
    expect(nextDue(person('a', { cadence: 'none' }), '2027-01-01')).toBeNull();
    expect(nextDue(person('a', { cadence: 'custom', cadenceDays: null }), '2027-01-01')).toBeNull();
  });

  it('waits for a snooze that ends later, and ignores one that ended earlier', () => {
    const snoozed = person('a', { cadence: '3-weeks', snoozedUntil: '2027-02-10' });
    expect(nextDue(snoozed, '2027-01-01')).toBe('2027-02-10');
    expect(nextDue({ ...snoozed, snoozedUntil: '2027-01-05' }, '2027-01-01')).toBe('2027-01-22');
  });

  it('is never before the last interaction and moves with it (property)', () => {
    const cadence = fc.constantFrom('3-weeks', '2-months', '6-months', 'yearly', 'custom' as const);
    fc.assert(
      fc.property(day, day, cadence, fc.integer({ min: 1, max: 1100 }), (first, second, every, days) => {
        const p = person('a', { cadence: every, cadenceDays: every === 'custom' ? days : null });
        const [early, late] = first <= second ? [first, second] : [second, first];
        const dueEarly = nextDue(p, early)!;
        const dueLate = nextDue(p, late)!;
        expect(dueEarly > early).toBe(true);
        expect(dueLate >= dueEarly).toBe(true);
      }),
    );
  });
});

describe('states', () => {
  it('is overdue after the due day, due soon in the coming week (today and six days), ok beyond', () => {
    expect(followUpState('2027-03-01', '2027-03-02')).toBe('overdue');
    expect(followUpState('2027-03-02', '2027-03-02')).toBe('due-soon');
    expect(followUpState('2027-03-08', '2027-03-02')).toBe('due-soon');
    expect(followUpState('2027-03-09', '2027-03-02')).toBe('ok');
    expect(followUpState(null, '2027-03-02')).toBe('none');
  });

  it('describes the due date in words', () => {
    expect(describeDue('2027-03-02', '2027-03-02')).toBe('Due today');
    expect(describeDue('2027-03-03', '2027-03-02')).toBe('Due in 1 day');
    expect(describeDue('2027-02-28', '2027-03-02')).toBe('Overdue by 2 days');
    expect(describeDue(null, '2027-03-02')).toBe('No cadence set');
  });

  it('counts days across a daylight-saving change as whole days', () => {
    // March 14, 2027 is the US spring-forward day; calendar dates have no hours to lose.
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
    expect(addDays('2027-11-06', 1)).toBe('2027-11-07');
    expect(stepFrom('2027-03-01', '3-weeks', null)).toBe('2027-03-22');
  });

  it("takes today from the reader's own calendar, not UTC", () => {
    // 11 p.m. in Columbus on March 1 is already March 2 in UTC.
    const late = new Date(2027, 2, 1, 23, 30);
    expect(today(late)).toBe('2027-03-01');
  });
});

describe('selectors', () => {
  const log = [
    interaction('elise', '2027-02-01'),
    interaction('elise', '2027-02-20', { thankYou: 'to-send' }),
    interaction('priya', '2027-01-01', { thankYou: 'to-send' }),
    interaction('ghost', '2027-01-01', { thankYou: 'to-send' }),
  ];
  // Each contact keeps the day of its latest interaction, as the store maintains it.
  const latest = lastInteractions(log);
  const people = [
    person('elise', { cadence: '3-weeks' }),
    person('priya', { cadence: '2-months' }),
    person('marcus', { cadence: 'none' }),
    makePerson('org', now, {
      kind: 'organization',
      name: 'Guild',
      cadence: 'yearly',
      addedOn: '2020-01-01',
    }),
  ].map((person) => ({ ...person, lastInteraction: latest.get(person.id) ?? null }));

  it('works out each person from the latest interaction, leaving organisations out', () => {
    const statuses = contactStatuses(people, '2027-03-10');
    expect(statuses.map((s) => [s.person.id, s.last, s.due, s.state])).toEqual([
      ['elise', '2027-02-20', '2027-03-13', 'due-soon'],
      ['priya', '2027-01-01', '2027-03-01', 'overdue'],
      ['marcus', undefined, null, 'none'],
    ]);
  });

  it('lists this week with the most overdue first', () => {
    expect(dueThisWeek(contactStatuses(people, '2027-03-10')).map((s) => s.person.id)).toEqual([
      'priya',
      'elise',
    ]);
    expect(dueThisWeek(contactStatuses(people, '2027-02-01'))).toEqual([]);
  });

  it('gives the action plan the follow-ups of the next days, overdue included', () => {
    expect(followUpsDue(people, '2027-02-20', 30).map((s) => s.person.id)).toEqual(['priya', 'elise']);
    expect(followUpsDue(people, '2027-02-20', 5).map((s) => s.person.id)).toEqual([]);
  });

  it('lists unsent thank-you notes of existing contacts with their send-by day', () => {
    expect(unsentThankYous(people, log).map((u) => [u.person.id, u.sendBy])).toEqual([
      ['priya', '2027-01-02'],
      ['elise', '2027-02-21'],
    ]);
  });
});

describe('thankYousDue', () => {
  const people = [person('elise'), person('priya'), person('jonah')];
  const log = [
    interaction('elise', '2027-03-09', { thankYou: 'to-send' }),
    interaction('priya', '2027-03-01', { thankYou: 'to-send' }),
    interaction('jonah', '2027-03-09', { thankYou: 'not-needed' }),
    interaction('jonah', '2027-03-08', { thankYou: 'sent', thankYouSentOn: '2027-03-08' }),
    interaction('elise', '2027-03-20', { thankYou: 'to-send' }),
    interaction('ghost', '2027-03-09', { thankYou: 'to-send' }),
  ];

  it('lists the notes to send by the end of the coming week, late ones first, with their send-by day', () => {
    expect(
      thankYousDue(people, log, '2027-03-10').map((due) => [due.person.id, due.sendBy, due.late]),
    ).toEqual([
      ['priya', '2027-03-02', true],
      ['elise', '2027-03-10', false],
    ]);
  });

  it('takes a note due tomorrow, and one to send six days from now', () => {
    expect(thankYousDue(people, log, '2027-03-09').map((due) => due.sendBy)).toEqual([
      '2027-03-02',
      '2027-03-10',
    ]);
    expect(thankYousDue(people, log, '2027-03-15').map((due) => due.sendBy)).toContain('2027-03-21');
  });

  it('leaves out notes sent, not needed, or to contacts no longer kept', () => {
    const ids = thankYousDue(people, log, '2027-03-10').map((due) => due.interaction.id);
    expect(ids).not.toContain('jonah-2027-03-09');
    expect(ids).not.toContain('ghost-2027-03-09');
  });
});

describe('calendar dates in stored documents', () => {
  it('accept exactly the days that exist, leap days included (property)', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
          const date = new Date(0);
          date.setUTCFullYear(y, m - 1, d);
          const exists =
            date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(v.safeParse(calendarDate, text).success).toBe(exists);
        },
      ),
    );
    expect(v.safeParse(calendarDate, '2028-02-29').success).toBe(true);
    expect(v.safeParse(calendarDate, '2027-02-29').success).toBe(false);
    expect(v.safeParse(calendarDate, '2100-02-29').success).toBe(false);
  });
});

describe('thankYouDueByDefault', () => {
  it('ticks the note for an interaction of the last two days or to come, not for an older one', () => {
    const day = '2027-03-01';
    expect(thankYouDueByDefault('2027-03-05', day)).toBe(true);
    expect(thankYouDueByDefault(day, day)).toBe(true);
    expect(thankYouDueByDefault('2027-02-28', day)).toBe(true);
    expect(thankYouDueByDefault('2027-02-27', day)).toBe(true);
    expect(thankYouDueByDefault('2027-02-26', day)).toBe(false);
    expect(thankYouDueByDefault('2026-03-01', day)).toBe(false);
  });
});
