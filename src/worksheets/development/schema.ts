import * as v from 'valibot';
import { countLists, type DocumentSpec } from '../../lib/documents';
import { mergeLists } from '../../lib/records';
import { isWebAddress, WEB_ADDRESS_HELP } from './web-address';
import {
  isoInstant,
  links,
  list,
  longText,
  object,
  optionalDate,
  recordId,
  shortText,
  tombstones,
} from '../../schemas/common';

/** Where the reader stands with an event. */
export const eventStatuses = ['considering', 'registered', 'attended', 'skipped'] as const;

/** Where the reader stands with a professional organisation. */
export const memberships = ['not-member', 'applying', 'member', 'lapsed'] as const;

/** How often the reader means to read a news or trend source. */
export const frequencies = ['daily', 'weekly', 'monthly'] as const;

/** Said when an event's dates are the wrong way round. */
export const END_BEFORE_START =
  'The end date is before the start date. Pick an end date on or after the start.';

/** Said when an event's start time is not hours and minutes on a 24-hour clock. */
export const START_TIME_FORMAT = 'Use a 24-hour time like 18:30, or leave it empty.';

/** `HH:MM` from 00:00 to 23:59, as a time input gives it, or empty for no time. */
const TIME_OF_DAY = /^(?:|(?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Said when a skill's progress is not a whole percentage. */
export const PROGRESS_RANGE = 'Progress is a whole percentage from 0 to 100.';

/** An event or conference the reader is considering or attending. */
export const eventSchema = v.pipe(
  object({
    id: recordId,
    updatedAt: isoInstant,
    /** The event's name, e.g. "Midwest Digital Health Summit". */
    name: shortText,
    /** First day, or null while the date is not known. */
    start: optionalDate,
    /**
     * When it starts on its first day, as `HH:MM` on a 24-hour clock in the event's own local
     * time; empty for an all-day event or an unknown time (schema version 2).
     */
    startTime: v.pipe(v.string(), v.regex(TIME_OF_DAY, START_TIME_FORMAT)),
    /** Last day for events of several days; null for a one-day event or an unknown date. */
    end: optionalDate,
    /** Where it happens: a city, a venue, or "Online". */
    place: shortText,
    /** True when it is attended online, so travel costs and time do not apply. */
    online: v.boolean(),
    /** What it costs, as the reader writes it: "$450", "free", "$450 + hotel". */
    cost: shortText,
    /** Last day to register (or to get the early-bird price); null when there is none. */
    registrationDeadline: optionalDate,
    /** Ids of the goals (goal-setting worksheet, lesson 1) this event serves. */
    goalIds: links,
    /** Ids of the people (relationship map, lesson 2) the reader wants to meet there. */
    personIds: links,
    /** Considering, registered, attended, or skipped. */
    status: v.picklist(eventStatuses),
  }),
  v.forward(
    v.check((event) => !event.start || !event.end || event.end >= event.start, END_BEFORE_START),
    ['end'],
  ),
);

/** A professional organisation the reader belongs to or is thinking of joining. */
export const organizationSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The organisation's name, e.g. "Product Analytics Guild". */
  name: shortText,
  /** Not a member, applying, member, or lapsed. */
  membership: v.picklist(memberships),
  /** When the membership renews (or the application is due); null when unknown. */
  renewal: optionalDate,
  /** How the reader will get involved: a committee, a recap to write, a session to host. */
  involvement: longText,
});

/** A news or trend source the reader follows. */
export const sourceSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The source's name, e.g. "The Digital Health Brief". */
  name: shortText,
  /** Its web address: empty, or an `http:`/`https:` URL (never `javascript:` or the like). */
  url: v.pipe(v.string(), v.maxLength(2000), v.check(isWebAddress, WEB_ADDRESS_HELP)),
  /** How often the reader means to read it. */
  frequency: v.picklist(frequencies),
});

/** A skill the reader is learning. */
export const skillSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The skill, e.g. "Experiment design". */
  name: shortText,
  /** The main resource: a course, a book, or a project. */
  resource: shortText,
  /** When the reader means to be able to show it; null while undecided. */
  target: optionalDate,
  /** How far along the reader is, as a whole percentage from 0 to 100. */
  progress: v.pipe(
    v.number(PROGRESS_RANGE),
    v.safeInteger(PROGRESS_RANGE),
    v.minValue(0, PROGRESS_RANGE),
    v.maxValue(100, PROGRESS_RANGE),
  ),
});

/** The `development` document: the professional development planner of lesson 5. */
export const developmentSchema = object({
  /** Events and conferences, in the reader's order. */
  events: list(eventSchema, 2000),
  /** Professional organisations. */
  organizations: list(organizationSchema, 2000),
  /** News and trend sources. */
  sources: list(sourceSchema, 2000),
  /** Skills to learn. */
  skills: list(skillSchema, 2000),
  /** Deleted records of any list (ids are unique across lists), so other tabs cannot bring them back. */
  deleted: tombstones,
});

export type DevEvent = v.InferOutput<typeof eventSchema>;
export type Organization = v.InferOutput<typeof organizationSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type Skill = v.InferOutput<typeof skillSchema>;
export type DevelopmentDoc = v.InferOutput<typeof developmentSchema>;

/** The four lists of the planner. */
export type DevelopmentList = 'events' | 'organizations' | 'sources' | 'skills';

/** The schema of one record of each list, to check an edit before it is kept. */
export const recordSchemas = {
  events: eventSchema,
  organizations: organizationSchema,
  sources: sourceSchema,
  skills: skillSchema,
} as const;

/** Storage description of the development document. */
export const developmentSpec: DocumentSpec<DevelopmentDoc> = {
  key: 'development',
  title: 'Development plan',
  version: 2,
  schema: developmentSchema,
  initial: () => ({ events: [], organizations: [], sources: [], skills: [], deleted: {} }),
  migrations: { 1: migrateDevelopmentV1 },
  merge: (local, stored, base) =>
    mergeLists(local, stored, base, ['events', 'organizations', 'sources', 'skills']),
  count: (data) => countLists(data, 'events', 'organizations', 'sources', 'skills'),
};

/** Blank records with sensible defaults, ready to be filled in. */
export const blankRecords = {
  events: (id: string, now: Date): DevEvent => ({
    id,
    updatedAt: now.toISOString(),
    name: '',
    start: null,
    startTime: '',
    end: null,
    place: '',
    online: false,
    cost: '',
    registrationDeadline: null,
    goalIds: [],
    personIds: [],
    status: 'considering',
  }),
  organizations: (id: string, now: Date): Organization => ({
    id,
    updatedAt: now.toISOString(),
    name: '',
    membership: 'not-member',
    renewal: null,
    involvement: '',
  }),
  sources: (id: string, now: Date): Source => ({
    id,
    updatedAt: now.toISOString(),
    name: '',
    url: '',
    frequency: 'weekly',
  }),
  skills: (id: string, now: Date): Skill => ({
    id,
    updatedAt: now.toISOString(),
    name: '',
    resource: '',
    target: null,
    progress: 0,
  }),
};

/**
 * Version 1 to 2: events gain a start time, empty (all day), since version 1 knew only days.
 * Pure; anything it does not recognise is passed on for the schema to judge.
 */
export function migrateDevelopmentV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const v1 = data as { events?: unknown };
  const events = Array.isArray(v1.events)
    ? v1.events.map((event: unknown) =>
        typeof event === 'object' && event !== null ? { startTime: '', ...event } : event,
      )
    : v1.events;
  return { ...v1, events };
}
