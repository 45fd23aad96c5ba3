import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { makeCalendar, type CalendarResult } from '../../src/worksheets/development/calendar';
import { contactStatuses } from '../../src/worksheets/follow-up/cadence';
import type { Deadline } from '../../src/worksheets/development/deadlines';
import { makeFollowUpCalendar } from '../../src/worksheets/follow-up/calendar';
import { toVCards } from '../../src/worksheets/follow-up/vcard';
import { makePerson } from '../../src/documents/people/schema';

const now = new Date('2027-03-01T12:00:00Z');
const today = '2027-03-10';

/** Pieces a hostile or unlucky reader could paste: line breaks, controls, escapes, any script. */
const hostile = fc.constantFrom(
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\0',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\\',
  '\\n',
  ',',
  ';',
  ':',
  ' ',
  'é',
  '日本',
  '😀',
  '👩‍👩‍👧',
  '\uD83D',
  'END:VCARD',
  'BEGIN:VEVENT',
  'X-INJECTED:1',
);
const text = fc
  .array(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 30 })), {
    maxLength: 24,
  })
  .map((pieces) => pieces.join(''));

/**
 * The documented normalisation, written out character by character: CRLF and CR become LF,
 * other control characters (C0, DEL, C1) go, a lone surrogate becomes U+FFFD; tabs stay.
 */
function normalised(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 13) {
      out += '\n';
      if (value.charCodeAt(i + 1) === 10) i++;
    } else if (code === 9 || code === 10) out += value[i];
    else if (code < 32 || (code >= 0x7f && code <= 0x9f)) continue;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += value.slice(i, ++i + 1);
      else out += '\uFFFD';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\uFFFD';
    else out += value[i];
  }
  return out;
}
/** A one-line value (an id): the same, with line breaks and tabs removed as well. */
const oneLine = (value: string) => normalised(value).replace(/[\t\n]/g, '');

/** Cards read back by ical.js, which gives one card alone rather than a list of one. */
function readCards(file: string) {
  const parsed = ICAL.parse(file) as unknown[];
  const cards = Array.isArray(parsed[0]) ? parsed : [parsed];
  return cards.map((card) => new ICAL.Component(card as unknown[]));
}

/** The file is CRLF throughout, and every physical line is at most 75 octets. */
function expectWellFormed(file: string) {
  expect(file).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  for (const line of file.split('\r\n'))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

// A few seconds alone, but several times that on a loaded machine: each fuzz test gets a minute.
const fuzzTime = { timeout: 60_000 };

/** A calendar's entries read back by ical.js, once the file is checked to be well formed. */
function readEvents(result: CalendarResult) {
  if (!result.ok) throw new Error(result.error);
  expectWellFormed(result.text);
  return new ICAL.Component(ICAL.parse(result.text) as unknown[]).getAllSubcomponents('vevent');
}

describe('exports keep every field a reader typed, whatever it holds', () => {
  it('vCard: one card per contact, with the same text, read back by ical.js', fuzzTime, () => {
    const person = fc.record({
      id: text.filter((id) => oneLine(id) !== ''),
      kind: fc.constantFrom('person' as const, 'organization' as const),
      name: text,
      role: text,
      organization: text,
      email: text,
      metHow: text,
      notes: text,
      // ical.js takes `\\,` (an escaped backslash, then the separator) for an escaped comma, as
      // parsers that look one character back do; export-injection checks that case on the raw line.
      tags: fc.array(
        text.filter((tag) => tag !== '' && !normalised(tag).endsWith('\\')),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 5 }), (fields) => {
        const people = fields.map(({ id, ...rest }) => makePerson(id, now, rest));
        const file = toVCards(people);
        expectWellFormed(file);
        const cards = readCards(file);
        expect(cards).toHaveLength(people.length);
        cards.forEach((card, i) => {
          const person = people[i]!;
          const field = (value: string) => normalised(value).trim();
          const optional = (value: string) => field(value) || null;
          expect(card.getFirstPropertyValue('fn')).toBe(field(person.name) || 'Unnamed contact');
          expect(card.getFirstPropertyValue('org')).toBe(optional(person.organization));
          expect(card.getFirstPropertyValue('title')).toBe(optional(person.role));
          expect(card.getFirstPropertyValue('email')).toBe(optional(person.email));
          const tags = person.tags.map(normalised).filter(Boolean);
          expect(card.getFirstProperty('categories')?.getValues() ?? []).toEqual(tags);
          const metHow = field(person.metHow);
          const note = [metHow && `How we met: ${metHow}`, field(person.notes)].filter(Boolean).join('\n');
          expect(card.getFirstPropertyValue('note')).toBe(note || null);
          expect(card.getFirstPropertyValue('uid')).toBe(
            `urn:uuid:${encodeURIComponent(oneLine(person.id))}`,
          );
        });
      }),
      { numRuns: 300 },
    );
  });

  // The ics library validates every event with yup, about 10 ms each here: fewer runs.
  it('development calendar: one entry per date, with the same text, read back by ical.js', fuzzTime, () => {
    const deadline = fc.record({
      kind: fc.constantFrom('event' as const, 'registration' as const, 'renewal' as const, 'skill' as const),
      title: text,
      detail: text,
      sourceId: text,
    });
    fc.assert(
      fc.property(fc.array(deadline, { minLength: 1, maxLength: 5 }), (fields) => {
        const items: Deadline[] = fields.map((item) => ({
          ...item,
          date: '2027-05-01',
          daysAway: 51,
          soon: false,
        }));
        const events = readEvents(makeCalendar(items, { now }));
        expect(events).toHaveLength(items.length);
        events.forEach((vevent, i) => {
          const item = items[i]!;
          const summary = normalised(item.title).trim() || 'Untitled event';
          expect(vevent.getFirstPropertyValue('summary')).toBe(summary);
          // The first line says what kind of date it is; the reader's detail follows.
          const description = String(vevent.getFirstPropertyValue('description'));
          const lead = description.split('\n')[0]!;
          expect(description).toBe(normalised(item.detail) ? `${lead}\n${normalised(item.detail)}` : lead);
          expect(vevent.getFirstPropertyValue('uid')).toBe(
            `${oneLine(item.sourceId)}-${item.kind}@networking-workbook`,
          );
          // Every entry, events too, has an alarm that names it.
          const alarm = vevent.getFirstSubcomponent('valarm');
          expect(alarm?.getFirstPropertyValue('description') ?? null).toBe(summary);
        });
      }),
      { numRuns: 150 },
    );
  });

  it(
    'follow-up calendar: one reminder per contact, with the same text, read back by ical.js',
    fuzzTime,
    () => {
      const contact = fc.record({ id: text, name: text, role: text, organization: text });
      fc.assert(
        fc.property(fc.array(contact, { minLength: 1, maxLength: 5 }), (fields) => {
          const people = fields.map(({ id, ...rest }) =>
            makePerson(id, now, { ...rest, cadence: '3-weeks', addedOn: '2027-02-01' }),
          );
          const events = readEvents(makeFollowUpCalendar(contactStatuses(people, today), { now, today }));
          expect(events).toHaveLength(people.length);
          events.forEach((vevent, i) => {
            const person = people[i]!;
            const who = normalised(person.name).trim() || 'a contact';
            expect(vevent.getFirstPropertyValue('summary')).toBe(`Follow up with ${who}`);
            expect(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe(
              `Follow up with ${who}`,
            );
            const where = [person.role, person.organization].map(normalised).filter((part) => part.trim());
            const description = String(vevent.getFirstPropertyValue('description'));
            if (where.length > 0) expect(description.startsWith(`${where.join(', ')}\n`)).toBe(true);
            expect(vevent.getFirstPropertyValue('uid')).toBe(
              `${oneLine(person.id)}-follow-up@networking-workbook`,
            );
          });
        }),
        { numRuns: 150 },
      );
    },
  );
});
