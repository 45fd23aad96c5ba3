import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactStatuses,
  groupByPerson,
  lastInteractions,
} from '../../../../src/worksheets/follow-up/cadence';
import {
  makeContactFigures,
  makeInteractionIndex,
} from '../../../../src/worksheets/follow-up/contact-statuses';
import { withLastInteractionsFrom } from '../../../../src/documents/interactions/last-interaction';
import { makeInteraction } from '../../../support/interactions';
import {
  cadences,
  makePerson,
  type Interaction,
  type PeopleDoc,
  type Person,
} from '../../../../src/documents/people/schema';

const now = new Date('2027-03-01T12:00:00Z');
const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const day = fc
  .integer({ min: 0, max: 400 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const person = (id: string, cadence: Person['cadence'] = '3-weeks', kind: Person['kind'] = 'person') =>
  makePerson(id, now, { name: id, addedOn: '2026-01-01', cadence, kind });
let serial = 0;
const interaction = (personId: string, date: string): Interaction =>
  makeInteraction({ id: `i-${serial++}`, personId, date }, now);

/** Contacts and their log, as the tracker holds them in two documents. */
type Doc = { people: PeopleDoc['people']; interactions: Interaction[] };

/** The contacts with each one's last interaction day kept in step with the log, as the store does. */
const dated = (doc: Doc) =>
  withLastInteractionsFrom(doc.people, lastInteractions(doc.interactions), now) ?? doc.people;

/** Edits the tracker and other tabs make: each returns new arrays and new objects for what changed. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('log' as const), who: fc.constantFrom(...ids), date: day }),
  fc.record({ op: fc.constant('insert' as const), who: fc.constantFrom(...ids), date: day, at: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('redate' as const), at: fc.nat(), date: day, who: fc.constantFrom(...ids) }),
  fc.record({
    op: fc.constant('cadence' as const),
    who: fc.constantFrom(...ids),
    cadence: fc.constantFrom(...cadences),
  }),
  fc.record({ op: fc.constant('snooze' as const), who: fc.constantFrom(...ids), date: fc.option(day) }),
  fc.record({ op: fc.constant('drop-person' as const), who: fc.constantFrom(...ids) }),
  fc.record({ op: fc.constant('add-person' as const), who: fc.constantFrom(...ids) }),
  fc.record({
    op: fc.constant('merge' as const),
    who: fc.constantFrom(...ids),
    dates: fc.array(day, { maxLength: 40 }),
  }),
  fc.record({ op: fc.constant('today' as const), date: day }),
);

type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function step(doc: Doc, change: Edit): Doc {
  const list = doc.interactions;
  const at = 'at' in change ? change.at % Math.max(1, list.length) : 0;
  switch (change.op) {
    case 'log':
      return { ...doc, interactions: [...list, interaction(change.who, change.date)] };
    case 'insert':
      return {
        ...doc,
        interactions: [...list.slice(0, at), interaction(change.who, change.date), ...list.slice(at)],
      };
    case 'remove':
      return { ...doc, interactions: list.filter((_, i) => i !== at) };
    case 'redate':
      return list[at]
        ? {
            ...doc,
            interactions: list.map((x, i) =>
              i === at ? { ...x, date: change.date, personId: change.who } : x,
            ),
          }
        : doc;
    case 'cadence':
      return {
        ...doc,
        people: doc.people.map((p) => (p.id === change.who ? { ...p, cadence: change.cadence } : p)),
      };
    case 'snooze':
      return {
        ...doc,
        people: doc.people.map((p) => (p.id === change.who ? { ...p, snoozedUntil: change.date } : p)),
      };
    case 'drop-person':
      return { ...doc, people: doc.people.filter((p) => p.id !== change.who) };
    case 'add-person':
      return doc.people.some((p) => p.id === change.who)
        ? doc
        : { ...doc, people: [...doc.people, person(change.who)] };
    case 'merge':
      // Another tab's records arrive in the middle of the log, many at once.
      return {
        ...doc,
        interactions: [
          ...list.slice(0, 1),
          ...change.dates.map((date) => interaction(change.who, date)),
          ...list.slice(1),
        ],
      };
    case 'today':
      return doc;
  }
}

describe('makeContactFigures', () => {
  it('always equals the full recomputation, whatever the edits in between', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), day), { maxLength: 30 }),
        fc.array(edit, { maxLength: 25 }),
        day,
        (start, edits, firstDay) => {
          const figures = makeContactFigures();
          const index = makeInteractionIndex();
          let doc: Doc = {
            people: [
              ...ids.map((id, i) => person(id, cadences[i % cadences.length])),
              person('org', 'yearly', 'organization'),
            ],
            interactions: start.map(([who, date]) => interaction(who, date)),
          };
          let today = firstDay;
          for (const change of [{ op: 'today' as const, date: firstDay }, ...edits]) {
            doc = step(doc, change);
            if (change.op === 'today') today = change.date;
            doc = { ...doc, people: dated(doc) };
            expect(figures(doc.people, today)).toEqual(contactStatuses(doc.people, today));
            const result = index(doc.interactions);
            expect(result.byPerson).toEqual(groupByPerson(doc.interactions));
          }
        },
      ),
    );
  });

  it('works out again only the contact whose interaction was logged', () => {
    const figures = makeContactFigures();
    const index = makeInteractionIndex();
    const doc: Doc = { people: ids.map((id) => person(id)), interactions: [interaction('p1', '2027-01-05')] };
    const first = { ...doc, people: dated(doc) };
    const before = figures(first.people, '2027-03-01');
    const beforeIndex = index(first.interactions);
    const next = { ...first, interactions: [...first.interactions, interaction('p2', '2027-02-20')] };
    const after = figures(dated(next), '2027-03-01');
    const changed = after.filter((status, i) => status !== before[i]);
    expect(changed.map((status) => [status.person.id, status.last, status.due])).toEqual([
      ['p2', '2027-02-20', '2027-03-13'],
    ]);
    expect(index(next.interactions).byPerson.get('p1')).toBe(beforeIndex.byPerson.get('p1'));
  });
});
