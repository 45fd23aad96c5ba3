import * as v from 'valibot';
import type { DocumentSpec } from '../lib/documents';
import { today } from '../lib/dates';
import { mergeRecords, mergeTombstones } from '../lib/records';
import {
  calendarDate,
  isoInstant,
  links,
  list,
  longText,
  object,
  optionalDate,
  recordId,
  shortText,
  tombstones,
} from './common';

/** How important it is to reach someone now: A first, C when time allows. */
export const tiers = ['A', 'B', 'C'] as const;

/** Where the relationship stands. */
export const statuses = ['to-reach', 'contacted', 'connected'] as const;

/** How often the reader means to be in touch: a named rhythm, a custom number of days, or none yet. */
export const cadences = ['3-weeks', '2-months', '6-months', 'yearly', 'custom', 'none'] as const;

/** How an interaction happened. */
export const channels = ['in-person', 'call', 'email', 'message', 'event'] as const;

/** Whether an interaction calls for a thank-you note, and whether it went out. */
export const thankYouStates = ['not-needed', 'to-send', 'sent'] as const;

/** What kind of help changed hands; `ask` is the reader asking, the rest are the reader giving. */
export const giveKinds = ['introduction', 'article', 'help', 'other', 'ask'] as const;

/** The longest custom cadence, in days: about three years. */
export const MAX_CADENCE_DAYS = 1100;

/** Said when a custom cadence is not a whole number of days in range. */
export const CADENCE_DAYS_RANGE = `A custom cadence is a whole number of days from 1 to ${MAX_CADENCE_DAYS}.`;

/** A tag such as "target company": short, so tags stay useful as filters. */
const tag = v.pipe(v.string(), v.minLength(1), v.maxLength(60));

/**
 * One person or organisation the reader wants to know. The relationship map (lesson 2) fills
 * the first group of fields; the follow-up tracker (lesson 4) adds the second group (schema
 * version 2), so a person identified once is the contact followed up later.
 */
export const personSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** A person or an organisation (a company, a group, a community). */
  kind: v.picklist(['person', 'organization']),
  /** Full name, or the organisation's name. */
  name: shortText,
  /** Their role or title, e.g. "Senior product analyst". */
  role: shortText,
  /** Where they work, or the organisation a group belongs to. */
  organization: shortText,
  /** Why they matter to the reader's goals, in a sentence. */
  why: longText,
  /** Ids of the goals (from the goal-setting worksheet) this person helps with. */
  goalIds: links,
  /** Shared interests: topics, causes, hobbies. */
  sharedInterests: longText,
  /** Shared background: schools, former employers, places, paths. */
  sharedBackground: longText,
  /** People both know, who could introduce the reader. */
  mutualConnections: longText,
  /** The opportunity or way to connect: an event, an introduction, a comment on their work. */
  opportunity: longText,
  /** A, B or C: who to reach first. */
  tier: v.picklist(tiers),
  /** To reach, contacted, or connected. */
  status: v.picklist(statuses),
  /** The day the reader added them: the cadence counts from here until a first interaction. */
  addedOn: calendarDate,
  /** How and where they met, e.g. "Columbus Health Data Meetup, introduced by Marcus". */
  metHow: shortText,
  /** Email address, used to spot the same person imported twice; may be empty. */
  email: shortText,
  /** The reader's own labels, e.g. "target company", "mentor"; used to filter. */
  tags: list(tag, 30),
  /** Anything else worth remembering about them. */
  notes: longText,
  /** How often to follow up. */
  cadence: v.picklist(cadences),
  /** Days between follow-ups when `cadence` is `custom`; null otherwise. */
  cadenceDays: v.nullable(
    v.pipe(
      v.number(CADENCE_DAYS_RANGE),
      v.safeInteger(CADENCE_DAYS_RANGE),
      v.minValue(1, CADENCE_DAYS_RANGE),
      v.maxValue(MAX_CADENCE_DAYS, CADENCE_DAYS_RANGE),
    ),
  ),
  /** Not due before this day, whatever the cadence says; null when not snoozed. */
  snoozedUntil: optionalDate,
});

/**
 * One conversation or message with a contact. Kept in a top-level list keyed by `personId`
 * rather than inside the person, so a large log merges record by record across tabs and logging
 * one entry does not rewrite the person.
 */
export const interactionSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The contact this interaction was with. */
  personId: recordId,
  /** The day it happened. */
  date: calendarDate,
  /** In person, call, email, message, or event. */
  channel: v.picklist(channels),
  /** What the two of you talked about. */
  talkedAbout: longText,
  /** What they shared: news, problems, plans, advice. */
  theyShared: longText,
  /** What the reader promised to do. */
  promised: longText,
  /** Whether a thank-you note is due for it, or was sent. */
  thankYou: v.picklist(thankYouStates),
  /** The day the thank-you note went out; null until then. */
  thankYouSentOn: optionalDate,
});

/** One entry of the give log: something the reader gave a contact, or asked of them. */
export const giveSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The contact given to, or asked. */
  personId: recordId,
  /** The day it happened. */
  date: calendarDate,
  /** Introduction, article, help, other give, or an ask. */
  kind: v.picklist(giveKinds),
  /** What exactly, e.g. "Introduced Priya to Marcus for May speakers". */
  note: longText,
});

/** The `people` document, shared by the relationship map and the follow-up tracker. */
export const peopleSchema = object({
  /** People and organisations, in the reader's order. */
  people: list(personSchema, 20_000),
  /** Every logged interaction with any contact, in no particular order. */
  interactions: list(interactionSchema, 200_000),
  /** The give log (gives and asks) of every contact. */
  gives: list(giveSchema, 100_000),
  /** Deleted records of any list (ids are unique), so an older copy in another tab cannot bring them back. */
  deleted: tombstones,
});

export type Person = v.InferOutput<typeof personSchema>;
export type Interaction = v.InferOutput<typeof interactionSchema>;
export type Give = v.InferOutput<typeof giveSchema>;
export type Cadence = (typeof cadences)[number];
export type Channel = (typeof channels)[number];
export type PeopleDoc = v.InferOutput<typeof peopleSchema>;

/** Storage description of the people document. */
export const peopleSpec: DocumentSpec<PeopleDoc> = {
  key: 'people',
  title: 'People and organizations',
  version: 2,
  schema: peopleSchema,
  initial: () => ({ people: [], interactions: [], gives: [], deleted: {} }),
  migrations: { 1: migratePeopleV1 },
  merge: (local, stored) => {
    const deleted = mergeTombstones(local.deleted, stored.deleted);
    return {
      people: mergeRecords(local.people, stored.people, deleted),
      interactions: mergeRecords(local.interactions, stored.interactions, deleted),
      gives: mergeRecords(local.gives, stored.gives, deleted),
      deleted,
    };
  },
  count: (data) => data.people.length,
};

/** A blank person record with sensible defaults, ready to be filled in. */
export function makePerson(id: string, now: Date, fields: Partial<Person> = {}): Person {
  return {
    id,
    updatedAt: now.toISOString(),
    kind: 'person',
    name: '',
    role: '',
    organization: '',
    why: '',
    goalIds: [],
    sharedInterests: '',
    sharedBackground: '',
    mutualConnections: '',
    opportunity: '',
    tier: 'B',
    status: 'to-reach',
    // The reader's own calendar day, not UTC's: a contact added at 9 p.m. in Columbus is added that day.
    ...followUpDefaults(today(now)),
    ...fields,
  };
}

/** The follow-up fields of a person who has none yet, counting their cadence from `addedOn`. */
function followUpDefaults(addedOn: string) {
  return {
    addedOn,
    metHow: '',
    email: '',
    tags: [] as string[],
    notes: '',
    cadence: 'none' as Cadence,
    cadenceDays: null,
    snoozedUntil: null,
  };
}

/**
 * Version 1 to 2: people gain the follow-up fields (no cadence yet, added on the day of their
 * last change, the best date version 1 knows), and the document gains empty interaction and give
 * logs. Pure; anything it does not recognise is passed on for the schema to judge.
 */
export function migratePeopleV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const v1 = data as { people?: unknown };
  const people = Array.isArray(v1.people)
    ? v1.people.map((person: unknown) => {
        if (typeof person !== 'object' || person === null) return person;
        const updatedAt = (person as { updatedAt?: unknown }).updatedAt;
        const day = typeof updatedAt === 'string' ? updatedAt.slice(0, 10) : '';
        return { ...followUpDefaults(day), ...person };
      })
    : v1.people;
  return { ...v1, people, interactions: [], gives: [] };
}

// Re-exported for stores that validate single ids.
export { recordId };
