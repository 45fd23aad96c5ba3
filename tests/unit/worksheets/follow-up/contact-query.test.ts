import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactStatuses } from '../../../../src/worksheets/follow-up/cadence';
import {
  emptyQuery,
  filterOptions,
  indexContacts,
  parseTags,
  queryContacts,
} from '../../../../src/worksheets/follow-up/contact-query';
import { makePerson } from '../../../../src/documents/people/schema';

const now = new Date('2027-03-01T12:00:00Z');
const people = [
  makePerson('e', now, {
    name: 'Elise Warren',
    organization: 'Clearpath Health',
    tags: ['health-tech', 'Target company'],
    cadence: '3-weeks',
    addedOn: '2027-02-01',
    notes: 'Small-sample experiments',
  }),
  makePerson('p', now, {
    name: 'Priya Raman',
    organization: 'Mendwell',
    tags: ['peer'],
    cadence: '2-months',
    addedOn: '2027-01-01',
  }),
  makePerson('d', now, {
    name: 'Daniel Osei',
    organization: 'Orrin Health',
    tags: ['target company'],
    cadence: 'yearly',
    addedOn: '2027-01-01',
    email: 'daniel@orrin.example',
  }),
  makePerson('m', now, {
    name: 'marcus Feld',
    organization: '',
    tags: [],
    cadence: 'none',
    addedOn: '2027-01-01',
  }),
];
const contacts = indexContacts(contactStatuses(people, '2027-03-10'));
const names = (query: Partial<typeof emptyQuery>) =>
  queryContacts(contacts, { ...emptyQuery, ...query }).map((c) => c.person.name);

describe('queryContacts', () => {
  it('finds every word anywhere, in any case', () => {
    expect(names({ text: 'HEALTH' })).toEqual(['Elise Warren', 'Daniel Osei']);
    expect(names({ text: 'sample elise' })).toEqual(['Elise Warren']);
    expect(names({ text: 'orrin.example' })).toEqual(['Daniel Osei']);
    expect(names({ text: 'nobody' })).toEqual([]);
  });

  it('filters by tag, state and organisation, ignoring case', () => {
    expect(names({ tag: 'TARGET COMPANY', sort: 'name' })).toEqual(['Daniel Osei', 'Elise Warren']);
    expect(names({ state: 'overdue' })).toEqual(['Elise Warren', 'Priya Raman']);
    expect(names({ state: 'none' })).toEqual(['marcus Feld']);
    expect(names({ organization: 'mendwell' })).toEqual(['Priya Raman']);
  });

  it('sorts by due date, name, organisation (blank last) or last contact', () => {
    expect(names({})).toEqual(['Elise Warren', 'Priya Raman', 'Daniel Osei', 'marcus Feld']);
    expect(names({ sort: 'name' })).toEqual(['Daniel Osei', 'Elise Warren', 'marcus Feld', 'Priya Raman']);
    expect(names({ sort: 'organization' })).toEqual([
      'Elise Warren',
      'Priya Raman',
      'Daniel Osei',
      'marcus Feld',
    ]);
  });

  it('offers each tag and organisation once for the filter menus', () => {
    expect(filterOptions(contacts)).toEqual({
      tags: ['health-tech', 'peer', 'target company'],
      organizations: ['Clearpath Health', 'Mendwell', 'Orrin Health'],
    });
  });

  it('names each option by the spelling seen last, whatever the mix of cases and spaces', () => {
    const spelling = fc.constantFrom('Peer', 'peer', 'PEER', ' Mendwell', 'Mendwell', 'mendwell ', '', ' ');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(spelling.filter((s) => s.trim() !== '')), spelling)), (rows) => {
        const statuses = contactStatuses(
          rows.map(([tags, organization], i) => makePerson(`c${i}`, now, { tags, organization })),
          '2027-03-01',
        );
        // The rule by its definition: every contact's spellings lower-cased in turn, the last one kept.
        const tags = new Map<string, string>();
        const organizations = new Map<string, string>();
        for (const { person } of statuses) {
          for (const tag of person.tags) tags.set(tag.toLocaleLowerCase(), tag);
          if (person.organization.trim())
            organizations.set(person.organization.toLocaleLowerCase(), person.organization.trim());
        }
        const sorted = (values: Map<string, string>) =>
          [...values.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
        expect(filterOptions(statuses)).toEqual({ tags: sorted(tags), organizations: sorted(organizations) });
      }),
    );
  });

  it('reads tags from a comma list without blanks or repeats', () => {
    expect(parseTags(' mentor, ,Peer; peer , hiring   manager ')).toEqual([
      'mentor',
      'Peer',
      'hiring manager',
    ]);
  });
});
