import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../../src/worksheets/development/calendar';
import type { Deadline } from '../../../../src/worksheets/development/deadlines';

const now = new Date('2027-04-12T10:00:00Z');
const item = (
  fields: Partial<Deadline> & Pick<Deadline, 'date' | 'kind' | 'title' | 'sourceId'>,
): Deadline => ({
  detail: '',
  daysAway: 10,
  soon: true,
  ...fields,
});

const deadlines: Deadline[] = [
  item({
    date: '2027-06-15',
    kind: 'registration',
    title: 'Register for Midwest Digital Health Summit',
    detail: '$450 · event starts Thu, Aug 19, 2027',
    sourceId: 'e-summit',
  }),
  item({
    date: '2027-08-19',
    end: '2027-08-20',
    kind: 'event',
    title: 'Midwest Digital Health Summit',
    detail: 'Chicago · $450',
    sourceId: 'e-summit',
  }),
  item({ date: '2027-12-31', kind: 'skill', title: 'Skill target: Experiment design', sourceId: 'k-exp' }),
];

const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

/** Parses the file as a calendar app would, and returns its entries in a comparable form. */
function entries(text: string) {
  const calendar = parse(text);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
        action: alarm.getFirstPropertyValue('action'),
        trigger: String(alarm.getFirstPropertyValue('trigger')),
        description: alarm.getFirstPropertyValue('description'),
      })),
    };
  });
}

const made = (list: readonly Deadline[]) => {
  const result = makeCalendar(list, { now });
  if (!result.ok) throw new Error(result.error);
  return result.text;
};

describe('makeCalendar', () => {
  it('writes one all-day entry per item, with dates, summaries and stable UIDs', () => {
    expect(entries(made(deadlines))).toEqual([
      {
        uid: 'e-summit-registration@networking-workbook',
        summary: 'Register for Midwest Digital Health Summit',
        description:
          'Registration deadline: register (or ask your employer to pay) before the end of the day.\n$450 · event starts Thu, Aug 19, 2027',
        start: '2027-06-15',
        end: '2027-06-16',
        allDay: true,
        alarms: [
          {
            action: 'DISPLAY',
            trigger: '-PT15H',
            description: 'Register for Midwest Digital Health Summit',
          },
        ],
      },
      {
        uid: 'e-summit-event@networking-workbook',
        summary: 'Midwest Digital Health Summit',
        description: 'Event in your development plan.\nChicago · $450',
        start: '2027-08-19',
        // DTEND is exclusive: the two-day summit ends the day after its last day.
        end: '2027-08-21',
        allDay: true,
        alarms: [{ action: 'DISPLAY', trigger: '-PT15H', description: 'Midwest Digital Health Summit' }],
      },
      {
        uid: 'k-exp-skill@networking-workbook',
        summary: 'Skill target: Experiment design',
        description: 'Skill target date: by now you meant to have something to show.',
        start: '2027-12-31',
        // A year's last day ends on the next year's first.
        end: '2028-01-01',
        allDay: true,
        alarms: [{ action: 'DISPLAY', trigger: '-PT15H', description: 'Skill target: Experiment design' }],
      },
    ]);
  });

  describe('an event with a start time', () => {
    const meetup = item({
      date: '2027-06-02',
      time: '18:30',
      kind: 'event',
      title: 'Columbus Health Data Meetup, June',
      detail: 'Downtown Columbus · free',
      sourceId: 'e-meetup',
    });
    const vevent = (text: string) => parse(text).getFirstSubcomponent('vevent')!;

    it('starts at that time in floating local time, lasts an hour, and alarms an hour before', () => {
      const text = made([meetup]);
      // Floating: no zone, no Z, so 18:30 stays 18:30 wherever the calendar is.
      expect(text).toContain('\r\nDTSTART:20270602T183000\r\n');
      const start = vevent(text).getFirstPropertyValue('dtstart') as ICAL.Time;
      expect([start.isDate, start.hour, start.minute, start.zone?.tzid]).toEqual([false, 18, 30, 'floating']);
      const [entry] = entries(text);
      expect(entry).toMatchObject({
        uid: 'e-meetup-event@networking-workbook',
        summary: 'Columbus Health Data Meetup, June',
        start: '2027-06-02T18:30:00',
        end: '2027-06-02T19:30:00',
        allDay: false,
        alarms: [{ action: 'DISPLAY', trigger: '-PT1H', description: 'Columbus Health Data Meetup, June' }],
      });
      expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    });

    it('runs to the end of its last day when it lasts several days', () => {
      const [entry] = entries(made([{ ...meetup, date: '2027-08-19', end: '2027-08-20', time: '08:00' }]));
      expect(entry).toMatchObject({
        start: '2027-08-19T08:00:00',
        end: '2027-08-21T00:00:00',
        allDay: false,
        alarms: [{ trigger: '-PT1H' }],
      });
    });

    it('keeps the other entries all day, with their alarm the day before', () => {
      const list = [meetup, ...deadlines];
      const all = entries(made(list));
      expect(all.map((entry) => [entry.start, entry.allDay, entry.alarms[0]?.trigger])).toEqual([
        ['2027-06-02T18:30:00', false, '-PT1H'],
        ['2027-06-15', true, '-PT15H'],
        ['2027-08-19', true, '-PT15H'],
        ['2027-12-31', true, '-PT15H'],
      ]);
    });
  });

  it('gives the same UIDs on a second export, so a re-import updates instead of duplicating', () => {
    const uids = (text: string) => entries(text).map((entry) => entry.uid);
    const later = makeCalendar(
      deadlines.map((d) => ({ ...d, title: `${d.title} (renamed)` })),
      { now: new Date('2027-05-01T00:00:00Z') },
    );
    expect(later.ok && uids(later.text)).toEqual(uids(made(deadlines)));
    expect(new Set(uids(made(deadlines))).size).toBe(3);
  });

  it('escapes what the reader wrote: commas, semicolons, backslashes, newlines and non-ASCII survive', () => {
    const title = 'Café “Ünïcode”, Zürich; 東京 meetup \\ notes';
    const detail = 'Line one, with commas; and semicolons\nLine two — €50 😀 '.repeat(4).trim();
    const text = made([item({ date: '2027-05-01', kind: 'renewal', title, detail, sourceId: 'o,1;x' })]);
    const [entry] = entries(text);
    expect(entry?.summary).toBe(title);
    expect(entry?.description).toBe(
      `Membership date: renew only if you used the membership this year.\n${detail}`,
    );
    expect(entry?.alarms[0]?.description).toBe(title);
    // Lines are folded at 75 octets and end in CRLF, as RFC 5545 requires.
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('stamps entries with the given time', () => {
    const calendar = parse(made(deadlines));
    const stamps = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('dtstamp')));
    expect(new Set(stamps)).toEqual(new Set(['2027-04-12T10:00:00Z']));
  });

  it('names the calendar and its producer', () => {
    const calendar = parse(made(deadlines));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Networking development plan');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Networking Workbook//Development plan//EN');
  });

  it('refuses an empty plan with a message', () => {
    expect(makeCalendar([], { now })).toEqual({
      ok: false,
      error: expect.stringMatching(/no dates to put in a calendar/) as unknown,
    });
  });

  it('reports a failure of the calendar library as a message, not an exception', () => {
    const result = makeCalendar([item({ date: '2027-13-45', kind: 'skill', title: 'x', sourceId: 'k' })], {
      now,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^The calendar file could not be made: /);
  });
});
