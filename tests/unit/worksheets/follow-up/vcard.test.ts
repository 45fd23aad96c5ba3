import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contactStatuses } from '../../../../src/worksheets/follow-up/cadence';
import { makeFollowUpCalendar } from '../../../../src/worksheets/follow-up/calendar';
import { escapeVCardText, splitName, toVCard, toVCards } from '../../../../src/worksheets/follow-up/vcard';
import { makePerson } from '../../../../src/documents/people/schema';

const now = new Date('2027-03-01T12:00:00Z');
const elise = makePerson('p-elise', now, {
  name: 'Elise Warren',
  role: 'Product analytics lead',
  organization: 'Clearpath Health; Columbus',
  email: 'elise@clearpath.example',
  tags: ['health-tech', 'target, company'],
  metHow: 'Meetup, March 3',
  notes: 'Small clinics\\slow tests\nResults review in April',
  cadence: '3-weeks',
  addedOn: '2027-02-01',
});

describe('vCard 4.0', () => {
  it('escapes backslashes, commas and newlines, and semicolons in compound values (RFC 6350 §3.4)', () => {
    expect(escapeVCardText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c;d\\ne\\nf');
    expect(escapeVCardText('a;b', true)).toBe('a\\;b');
  });

  it('writes a card with the contact’s fields', () => {
    expect(toVCard(elise).split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Elise Warren',
      'N:Warren;Elise;;;',
      'ORG:Clearpath Health\\; Columbus',
      'TITLE:Product analytics lead',
      'EMAIL;TYPE=work:elise@clearpath.example',
      'CATEGORIES:health-tech,target\\, company',
      'NOTE:How we met: Meetup\\, March 3\\nSmall clinics\\\\slow tests\\nResults revie',
      ' w in April',
      'UID:urn:uuid:p-elise',
      'REV:20270301T120000Z',
      'END:VCARD',
    ]);
  });

  it('is read back by a vCard parser (ical.js)', () => {
    const text = toVCards([elise, makePerson('o', now, { kind: 'organization', name: 'Guild' })]);
    const cards = ICAL.parse(text) as unknown[];
    const first = new ICAL.Component(cards[0] as unknown[]);
    expect(first.getFirstPropertyValue('fn')).toBe('Elise Warren');
    expect(first.getFirstPropertyValue('note')).toBe(
      'How we met: Meetup, March 3\nSmall clinics\\slow tests\nResults review in April',
    );
    expect(first.getFirstPropertyValue('org')).toBe('Clearpath Health; Columbus');
    const second = new ICAL.Component(cards[1] as unknown[]);
    expect(second.getFirstPropertyValue('kind')).toBe('org');
  });
});

describe('follow-up calendar', () => {
  it('has one all-day reminder per follow-up with a 9 a.m. alarm, overdue ones moved to today', () => {
    const people = [
      elise,
      makePerson('p-priya', now, { name: 'Priya, Raman', cadence: '2-months', addedOn: '2027-01-01' }),
    ];
    const statuses = contactStatuses(people, '2027-03-10');
    const result = makeFollowUpCalendar(statuses, { now, today: '2027-03-10' });
    if (!result.ok) throw new Error(result.error);
    const calendar = new ICAL.Component(ICAL.parse(result.text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const alarm = vevent.getFirstSubcomponent('valarm')!;
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        allDay: event.startDate.isDate,
        trigger: String(alarm.getFirstPropertyValue('trigger')),
        alarm: alarm.getFirstPropertyValue('description'),
      };
    });
    expect(events).toEqual([
      {
        uid: 'p-elise-follow-up@networking-workbook',
        summary: 'Follow up with Elise Warren',
        start: '2027-03-10',
        allDay: true,
        trigger: 'PT9H',
        alarm: 'Follow up with Elise Warren',
      },
      {
        uid: 'p-priya-follow-up@networking-workbook',
        summary: 'Follow up with Priya, Raman',
        start: '2027-03-10',
        allDay: true,
        trigger: 'PT9H',
        alarm: 'Follow up with Priya, Raman',
      },
    ]);
  });

  it('says a custom cadence in days, reminds of thank-you notes by their send-by day, and folds at 75 octets', () => {
    const zoe = makePerson('p-zoe', now, {
      name: 'Zoë García-Núñez de la Cruz Montenegro y Villalobos-Ruiz',
      organization: 'Clínica Universitaria de Navarra, Departamento de Análisis de Datos',
      cadence: 'custom',
      cadenceDays: 45,
      addedOn: '2027-02-01',
    });
    const interaction = {
      id: 'i-1',
      updatedAt: now.toISOString(),
      personId: 'p-zoe',
      date: '2027-03-09',
      channel: 'call' as const,
      talkedAbout: '',
      theyShared: '',
      promised: '',
      thankYou: 'to-send' as const,
      thankYouSentOn: null,
    };
    const result = makeFollowUpCalendar(contactStatuses([zoe], '2027-03-09'), {
      now,
      today: '2027-03-09',
      thankYous: [{ interaction, person: zoe, sendBy: '2027-03-10' }],
    });
    if (!result.ok) throw new Error(result.error);
    const octets = (line: string) => new TextEncoder().encode(line).length;
    expect(Math.max(...result.text.split('\r\n').map(octets))).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(result.text) as unknown[]);
    const [thanks, followUp] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(thanks!.summary).toBe(`Send thank-you to ${zoe.name}`);
    expect(thanks!.startDate.toString()).toBe('2027-03-10');
    expect(thanks!.uid).toBe('i-1-thank-you@networking-workbook');
    expect(followUp!.startDate.toString()).toBe('2027-03-18');
    expect(followUp!.description).toContain('Every 45 days.');
    expect(followUp!.description).toContain(
      'Clínica Universitaria de Navarra, Departamento de Análisis de Datos',
    );
  });

  it('refuses an empty list with a message', () => {
    const result = makeFollowUpCalendar([], { now, today: '2027-03-10' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('Give a contact a cadence');
  });
});

describe('N from a full name', () => {
  it('splits given, family, prefix and suffix as an address book would', () => {
    const n = (name: string) => {
      const { family, given, prefix, suffix } = splitName(name);
      return [family, given, prefix, suffix];
    };
    expect(n('Marcus Webb, PhD')).toEqual(['Webb', 'Marcus', '', 'PhD']);
    expect(n('Björn Lindqvist, Jr.')).toEqual(['Lindqvist', 'Björn', '', 'Jr.']);
    expect(n('Helen Okafor, MD, MBA')).toEqual(['Okafor', 'Helen', '', 'MD, MBA']);
    expect(n('Dr. Aisha Bello')).toEqual(['Bello', 'Aisha', 'Dr.', '']);
    expect(n('Ana Lima 🌿')).toEqual(['Lima', 'Ana', '', '']);
    expect(n('Mary Ann Smith')).toEqual(['Smith', 'Mary Ann', '', '']);
    expect(n('Osei, Daniel')).toEqual(['Osei', 'Daniel', '', '']);
    expect(n('Madonna')).toEqual(['', 'Madonna', '', '']);
  });

  it('writes N, TEL and URL that an independent parser reads back', () => {
    const person = makePerson('p-marcus', now, {
      name: 'Marcus Webb, PhD 🎓',
      phone: '+1 (614) 555-0107',
      profileUrl: 'https://www.linkedin.com/in/marcus-webb-example',
    });
    const card = new ICAL.Component(ICAL.parse(toVCard(person)) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe('Marcus Webb, PhD 🎓');
    expect(card.getFirstPropertyValue('n')).toEqual(['Webb', 'Marcus', '', '', 'PhD']);
    expect(card.getFirstPropertyValue('tel')).toBe('+1 (614) 555-0107');
    expect(card.getFirstPropertyValue('url')).toBe('https://www.linkedin.com/in/marcus-webb-example');
    // A profile "URL" with spaces is not one, and is left out rather than written broken.
    expect(toVCard({ ...person, profileUrl: 'my site' })).not.toContain('URL:');
  });
});
