import { describe, expect, it } from 'vitest';
import { contactStatuses } from '../../src/lib/cadence';
import {
  emptyQuery,
  filterOptions,
  indexContacts,
  parseTags,
  queryContacts,
} from '../../src/lib/contact-query';
import { makePerson } from '../../src/schemas/people';

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
const contacts = indexContacts(contactStatuses({ people, interactions: [] }, '2027-03-10'));
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

  it('reads tags from a comma list without blanks or repeats', () => {
    expect(parseTags(' mentor, ,Peer; peer , hiring   manager ')).toEqual([
      'mentor',
      'Peer',
      'hiring manager',
    ]);
  });
});
