import { describe, expect, it } from 'vitest';
import { describeDaysAway, upcomingDeadlines } from '../../../../src/worksheets/development/deadlines';
import { blankRecords, type DevelopmentDoc } from '../../../../src/worksheets/development/schema';

const now = new Date('2027-04-12T10:00:00Z');
const event = (id: string, fields: Partial<DevelopmentDoc['events'][number]>) => ({
  ...blankRecords.events(id, now),
  ...fields,
});
const organization = (id: string, fields: Partial<DevelopmentDoc['organizations'][number]>) => ({
  ...blankRecords.organizations(id, now),
  ...fields,
});
const skill = (id: string, fields: Partial<DevelopmentDoc['skills'][number]>) => ({
  ...blankRecords.skills(id, now),
  ...fields,
});
const plan = (fields: Partial<DevelopmentDoc>): DevelopmentDoc => ({
  events: [],
  organizations: [],
  sources: [],
  skills: [],
  deleted: {},
  ...fields,
});

/** Maya's plan from lesson 5, as it stands in mid-April 2027. */
const maya = plan({
  events: [
    event('summit', {
      name: 'Midwest Digital Health Summit',
      start: '2027-08-19',
      end: '2027-08-20',
      place: 'Chicago',
      cost: '$450',
      registrationDeadline: '2027-06-15',
    }),
    event('meetup', {
      name: 'Columbus Health Data Meetup',
      start: '2027-04-20',
      cost: 'free',
      status: 'registered',
    }),
  ],
  organizations: [
    organization('guild', {
      name: 'Product Analytics Guild',
      membership: 'member',
      renewal: '2028-02-08',
      involvement: 'Write the May recap\nCo-host in the fall',
    }),
  ],
  skills: [
    skill('experiments', {
      name: 'Experiment design',
      resource: 'A book',
      target: '2027-06-30',
      progress: 40,
    }),
  ],
});

describe('upcomingDeadlines', () => {
  it('lists every dated item of Maya’s plan in date order, with what each one is', () => {
    expect(
      upcomingDeadlines(maya, '2027-04-12').map(({ date, end, kind, title, detail, soon }) => ({
        date,
        end,
        kind,
        title,
        detail,
        soon,
      })),
    ).toEqual([
      {
        date: '2027-04-20',
        end: undefined,
        kind: 'event',
        title: 'Columbus Health Data Meetup',
        detail: 'free',
        soon: true,
      },
      {
        date: '2027-06-15',
        end: undefined,
        kind: 'registration',
        title: 'Register for Midwest Digital Health Summit',
        detail: '$450 · event starts Thu, Aug 19, 2027',
        soon: false,
      },
      {
        date: '2027-06-30',
        end: undefined,
        kind: 'skill',
        title: 'Skill target: Experiment design',
        detail: 'A book · 40% done',
        soon: false,
      },
      {
        date: '2027-08-19',
        end: '2027-08-20',
        kind: 'event',
        title: 'Midwest Digital Health Summit',
        detail: 'Chicago · $450',
        soon: false,
      },
      {
        date: '2028-02-08',
        end: undefined,
        kind: 'renewal',
        title: 'Renew membership: Product Analytics Guild',
        detail: 'Write the May recap',
        soon: false,
      },
    ]);
  });

  // Each row: what is in the plan, which day it is, and the titles (with "soon" marked by *).
  it.each([
    ['an empty plan', plan({}), '2027-04-12', {}, []],
    [
      'undated records',
      plan({ events: [event('e', { name: 'Someday' })], skills: [skill('k', {})] }),
      '2027-04-12',
      {},
      [],
    ],
    [
      'a past event, by default',
      plan({ events: [event('e', { name: 'Old', start: '2027-04-01' })] }),
      '2027-04-12',
      {},
      [],
    ],
    [
      'a past event, when asked for',
      plan({ events: [event('e', { name: 'Old', start: '2027-04-01' })] }),
      '2027-04-12',
      { includePast: true },
      ['Old'],
    ],
    [
      'an event under way (started, not ended) as soon',
      plan({ events: [event('e', { name: 'Summit', start: '2027-04-11', end: '2027-04-13' })] }),
      '2027-04-12',
      {},
      ['Summit*'],
    ],
    [
      'today and the 14th day as soon, the 15th not',
      plan({
        skills: [
          skill('a', { name: 'A', target: '2027-04-12' }),
          skill('b', { name: 'B', target: '2027-04-26' }),
          skill('c', { name: 'C', target: '2027-04-27' }),
        ],
      }),
      '2027-04-12',
      {},
      ['Skill target: A*', 'Skill target: B*', 'Skill target: C'],
    ],
    [
      'items on the same day by title',
      plan({
        events: [
          event('z', { name: 'Zeta', start: '2027-05-01' }),
          event('a', { name: 'Alpha', start: '2027-05-01' }),
        ],
      }),
      '2027-04-12',
      {},
      ['Alpha', 'Zeta'],
    ],
    [
      'an event with only an end date, on that day',
      plan({ events: [event('e', { name: 'Only end', end: '2027-05-01' })] }),
      '2027-04-12',
      {},
      ['Only end'],
    ],
    [
      'nothing from a skipped event',
      plan({
        events: [
          event('e', {
            name: 'Nope',
            start: '2027-05-01',
            registrationDeadline: '2027-04-20',
            status: 'skipped',
          }),
        ],
      }),
      '2027-04-12',
      {},
      [],
    ],
    [
      'no registration deadline once registered',
      plan({
        events: [
          event('e', {
            name: 'Booked',
            start: '2027-05-01',
            registrationDeadline: '2027-04-20',
            status: 'registered',
          }),
        ],
      }),
      '2027-04-12',
      {},
      ['Booked'],
    ],
    [
      'no target for a finished skill',
      plan({ skills: [skill('k', { name: 'Done', target: '2027-05-01', progress: 100 })] }),
      '2027-04-12',
      {},
      [],
    ],
    [
      'unnamed records with a placeholder',
      plan({
        events: [event('e', { start: '2027-05-01', registrationDeadline: '2027-04-30' })],
        organizations: [organization('o', { renewal: '2027-05-02', membership: 'applying' })],
      }),
      '2027-04-12',
      {},
      ['Register for Untitled event', 'Untitled event', 'Membership date: an unnamed organization'],
    ],
  ])('lists %s', (_label, doc, today, options, expected) => {
    expect(upcomingDeadlines(doc, today, options).map((d) => `${d.title}${d.soon ? '*' : ''}`)).toEqual(
      expected,
    );
  });

  it('keeps the source record’s id, so exports can name each item stably', () => {
    expect(upcomingDeadlines(maya, '2027-04-12').map((d) => `${d.sourceId}/${d.kind}`)).toEqual([
      'meetup/event',
      'summit/registration',
      'experiments/skill',
      'summit/event',
      'guild/renewal',
    ]);
  });

  it('gives an event’s start time to its day only, and names it in the registration reminder', () => {
    const doc = plan({
      events: [
        event('summit', {
          name: 'Summit',
          start: '2027-08-19',
          startTime: '08:30',
          end: '2027-08-20',
          registrationDeadline: '2027-06-15',
        }),
        event('meetup', { name: 'Meetup', start: '2027-06-02' }),
      ],
    });
    expect(upcomingDeadlines(doc, '2027-04-12').map((d) => [d.kind, d.date, d.time, d.end])).toEqual([
      ['event', '2027-06-02', undefined, undefined],
      ['registration', '2027-06-15', undefined, undefined],
      ['event', '2027-08-19', '08:30', '2027-08-20'],
    ]);
    expect(upcomingDeadlines(doc, '2027-04-12')[1]!.detail).toBe('event starts Thu, Aug 19, 2027 at 08:30');
  });
});

describe('describeDaysAway', () => {
  it.each([
    [0, 'today'],
    [1, 'tomorrow'],
    [9, 'in 9 days'],
    [-1, 'yesterday'],
    [-3, '3 days ago'],
  ])('says %i days as “%s”', (daysAway, words) => {
    expect(describeDaysAway({ daysAway })).toBe(words);
  });
});
