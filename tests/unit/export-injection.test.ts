import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../src/worksheets/development/calendar';
import { contactStatuses } from '../../src/worksheets/follow-up/cadence';
import type { Deadline } from '../../src/worksheets/development/deadlines';
import { makeFollowUpCalendar } from '../../src/worksheets/follow-up/calendar';
import { toVCards } from '../../src/worksheets/follow-up/vcard';
import { makePerson } from '../../src/documents/people/schema';

const now = new Date('2027-03-01T12:00:00Z');
const octets = (line: string) => new TextEncoder().encode(line).length;

/** Lines as a strict reader sees them: any CR or LF ends one, as in many calendar and address-book apps. */
const physicalLines = (text: string) => text.split(/\r\n|\r|\n/);

/** Every line break in the file is CRLF: no bare CR or LF that a reader could take for a new line. */
const onlyCrlf = (text: string) => !/\r(?!\n)|(?<!\r)\n/.test(text);

const contacts = (overrides: Parameters<typeof makePerson>[2][]) =>
  overrides.map((fields, i) =>
    makePerson(`p-${i}`, now, { cadence: '3-weeks', addedOn: '2027-02-01', ...fields }),
  );

describe('vCard export of hostile text', () => {
  it('keeps a name holding bare CRs inside its own card', () => {
    const people = contacts([
      { name: 'Ada Lovelace' },
      { name: '\rEND:VCARD\rBEGIN:VCARD\rFN:Injected' },
      { name: 'Grace Hopper' },
    ]);
    const text = toVCards(people);
    expect(onlyCrlf(text)).toBe(true);
    expect(physicalLines(text).filter((line) => line === 'BEGIN:VCARD')).toHaveLength(3);
    const cards = (ICAL.parse(text) as unknown[]).map((card) => new ICAL.Component(card as unknown[]));
    expect(cards.map((card) => card.getFirstPropertyValue('fn'))).toEqual([
      'Ada Lovelace',
      'END:VCARD\nBEGIN:VCARD\nFN:Injected',
      'Grace Hopper',
    ]);
  });

  it('gives six cards for six contacts when a record id holds CR LF', () => {
    const people = contacts(Array.from({ length: 6 }, (_, i) => ({ name: `Contact ${i}` })));
    people[3] = { ...people[3]!, id: 'x\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Injected' };
    const text = toVCards(people);
    expect(onlyCrlf(text)).toBe(true);
    expect(physicalLines(text).filter((line) => line === 'BEGIN:VCARD')).toHaveLength(6);
    const cards = (ICAL.parse(text) as unknown[]).map((card) => new ICAL.Component(card as unknown[]));
    expect(cards).toHaveLength(6);
    expect(cards[3]!.getFirstPropertyValue('uid')).toBe('urn:uuid:xEND%3AVCARDBEGIN%3AVCARDFN%3AInjected');
  });

  it('escapes a backslash that ends a tag, so the comma after it still separates tags', () => {
    const [person] = contacts([{ name: 'Ada', tags: ['C:\\', 'b'] }]);
    expect(toVCards([person!]).split('\r\n')).toContain('CATEGORIES:C:\\\\,b');
  });

  it('drops NUL, DEL and other control characters from every field', () => {
    const [person] = contacts([
      {
        name: 'Nul\u0000 Del\u007f',
        role: 'Lead\u001b[31m',
        email: 'a\u0008@b.example',
        tags: ['t\u0007ag'],
      },
    ]);
    const text = toVCards([person!]);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe('Nul Del');
    expect(card.getFirstPropertyValue('title')).toBe('Lead[31m');
    expect(card.getFirstPropertyValue('email')).toBe('a@b.example');
  });
});

const deadline = (fields: Partial<Deadline>): Deadline => ({
  date: '2027-05-01',
  kind: 'skill',
  title: 'Skill target: SQL',
  detail: '',
  sourceId: 'k-1',
  daysAway: 10,
  soon: true,
  ...fields,
});

const calendarText = (result: { ok: true; text: string } | { ok: false; error: string }) => {
  if (!result.ok) throw new Error(result.error);
  return result.text;
};

describe('development calendar of hostile text', () => {
  it('keeps a summary holding bare CRs in one SUMMARY property', () => {
    const title = 'Meetup\rX-INJECTED:yes\rURL:http://evil.example';
    const text = calendarText(makeCalendar([deadline({ title })], { now }));
    expect(onlyCrlf(text)).toBe(true);
    expect(physicalLines(text).some((line) => /^(X-INJECTED|URL)[:;]/.test(line))).toBe(false);
    const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe('Meetup\nX-INJECTED:yes\nURL:http://evil.example');
    expect(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe(
      'Meetup\nX-INJECTED:yes\nURL:http://evil.example',
    );
  });

  it('keeps a record id holding CR LF out of the UID line', () => {
    const sourceId = 'k\r\nEND:VEVENT\r\nBEGIN:VEVENT';
    const text = calendarText(makeCalendar([deadline({ sourceId }), deadline({ sourceId: 'k-2' })], { now }));
    expect(onlyCrlf(text)).toBe(true);
    expect(physicalLines(text).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe('kEND:VEVENTBEGIN:VEVENT-skill@networking-workbook');
  });

  it('folds at 75 octets, not 75 characters, without splitting a character', () => {
    const title = `Skill target: ${'日本語の勉強会'.repeat(8)} 😀😀😀😀😀😀😀😀😀😀`;
    const detail = 'Zürich · €50 · '.repeat(12);
    const text = calendarText(makeCalendar([deadline({ title, detail })], { now }));
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    // A fold between the two halves of a character would show as U+FFFD once decoded.
    expect(text).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe(title);
  });
});

describe('follow-up calendar of hostile text', () => {
  it('keeps a name holding bare CRs in the reminder’s summary', () => {
    const people = contacts([{ name: 'Priya\rX-INJECTED:yes\rURL:http://evil.example' }]);
    const text = calendarText(
      makeFollowUpCalendar(contactStatuses(people, '2027-03-10'), { now, today: '2027-03-10' }),
    );
    expect(onlyCrlf(text)).toBe(true);
    expect(physicalLines(text).some((line) => /^(X-INJECTED|URL)[:;]/.test(line))).toBe(false);
    const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe(
      'Follow up with Priya\nX-INJECTED:yes\nURL:http://evil.example',
    );
  });

  it('folds a long name in any script at 75 octets', () => {
    const people = contacts([
      { name: 'Александра Константиновна Преображенская-Рождественская', role: '🧑‍💻'.repeat(20) },
    ]);
    const text = calendarText(
      makeFollowUpCalendar(contactStatuses(people, '2027-03-10'), { now, today: '2027-03-10' }),
    );
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});
