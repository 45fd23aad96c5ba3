import * as v from 'valibot';
import { countLists, type DocumentSpec } from '../../lib/documents';
import { today } from '../../lib/dates';
import { mergeLists } from '../../lib/records';
import type { InteractionsDoc } from '../interactions/schema';
import {
  calendarDate,
  isoInstant,
  links,
  list,
  listOf,
  listParts,
  longText,
  object,
  optionalDate,
  recordId,
  shortText,
  tombstones,
} from '../../schemas/common';

/** How important it is to reach someone now: A first, C when time allows. */
export const tiers = ['A', 'B', 'C'] as const;

/** Where the relationship stands. */
export const statuses = ['to-reach', 'contacted', 'connected'] as const;

/** How often the reader means to be in touch: a named rhythm, a custom number of days, or none yet. */
export const cadences = ['3-weeks', '2-months', '6-months', 'yearly', 'custom', 'none'] as const;

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
  /**
   * The day of the latest interaction logged with them, or null before any (schema version 3).
   * A copy of what the `interactions` log says, kept here so the tracker can show who is due
   * without reading the log: logging sets it, editing or deleting an interaction recomputes it,
   * and a tab corrects it from the log once the log has loaded.
   */
  lastInteraction: optionalDate,
  /** A phone number as the reader or their address book wrote it; may be empty (schema version 4). */
  phone: shortText,
  /** A link to their profile (LinkedIn, a personal site); may be empty (schema version 4). */
  profileUrl: shortText,
});

/** The contact list, which grows to thousands for a large network (see `largeLists`). */
const peopleList = listParts(personSchema, 20_000);

/** The `people` document, shared by the relationship map and the follow-up tracker. */
export const peopleSchema = object({
  /** People and organisations, in the reader's order. */
  people: listOf(peopleList),
  /** Deleted people (and, from older versions, deleted log entries), so an older copy in another tab cannot bring them back. */
  deleted: tombstones,
});

export type Person = v.InferOutput<typeof personSchema>;
export type Cadence = (typeof cadences)[number];
export type PeopleDoc = v.InferOutput<typeof peopleSchema>;

/** Storage description of the people document. */
export const peopleSpec: DocumentSpec<PeopleDoc> = {
  key: 'people',
  title: 'People and organizations',
  version: 4,
  schema: peopleSchema,
  initial: () => ({ people: [], deleted: {} }),
  migrations: { 1: migratePeopleV1, 2: migratePeopleV2, 3: migratePeopleV3 },
  merge: (local, stored, base) => mergeLists(local, stored, base, ['people']),
  count: (data) => countLists(data, 'people'),
  largeLists: { people: peopleList },
  // Up to version 2 the logs lived here; they now live in `interactions`.
  carryOver: {
    into: 'interactions',
    take: (data, version) => (version === 2 ? splitPeopleV2(data).log : undefined),
  },
};

/** The ways to reach a contact that version 4 added: none known yet. */
const contactDefaults = { phone: '', profileUrl: '' };

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
    ...contactDefaults,
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
    lastInteraction: null,
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

/** People version 2 split in two: the contacts (version 3) and the logs it held. */
export interface PeopleV2Split {
  /** The `people` data at version 3: contacts, each with the day of their latest interaction. */
  people: unknown;
  /** The interaction and give logs version 2 held, for the `interactions` document. */
  log: InteractionsDoc;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Splits `people` data of version 2 into contacts (version 3) and the two logs it held. Each
 * contact gets the day of its latest interaction in the log; the tombstones go to both sides,
 * since version 2 kept one set for all three lists (an id names one record, so a tombstone with
 * no record is harmless). Pure: anything it does not recognise is passed on for the schemas to
 * judge, and the logs are not checked here.
 */
export function splitPeopleV2(data: unknown): PeopleV2Split {
  if (typeof data !== 'object' || data === null) {
    return { people: data, log: { interactions: [], gives: [], deleted: {} } };
  }
  const { interactions, gives, ...rest } = data as Record<string, unknown>;
  const deleted = (rest['deleted'] ?? {}) as InteractionsDoc['deleted'];
  const last = new Map<unknown, string>();
  for (const interaction of asArray(interactions)) {
    const { personId, date } = (interaction ?? {}) as { personId?: unknown; date?: unknown };
    if (typeof date !== 'string') continue;
    const seen = last.get(personId);
    if (seen === undefined || date > seen) last.set(personId, date);
  }
  const people = Array.isArray(rest['people'])
    ? rest['people'].map((person: unknown) => {
        if (typeof person !== 'object' || person === null) return person;
        return { ...person, lastInteraction: last.get((person as { id?: unknown }).id) ?? null };
      })
    : rest['people'];
  return {
    people: { ...rest, people },
    log: {
      interactions: asArray(interactions) as InteractionsDoc['interactions'],
      gives: asArray(gives) as InteractionsDoc['gives'],
      deleted,
    },
  };
}

/**
 * Version 2 to 3: the interaction and give logs leave `people` for their own document, and
 * each contact keeps the day of its latest interaction. Pure; the logs it drops are carried
 * over to `interactions` before any version 3 is written (`carryOverLogs` in `src/stores/carry-over-logs.ts`).
 */
export function migratePeopleV2(data: unknown): unknown {
  return splitPeopleV2(data).people;
}

/**
 * Version 3 to 4: contacts gain a phone number and a profile link, empty until the reader or an
 * import fills them. Pure; anything it does not recognise is passed on for the schema to judge.
 */
export function migratePeopleV3(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const v3 = data as { people?: unknown };
  const people = Array.isArray(v3.people)
    ? v3.people.map((person: unknown) =>
        typeof person === 'object' && person !== null ? { ...contactDefaults, ...person } : person,
      )
    : v3.people;
  return { ...v3, people };
}

// Types only: a value re-exported from `interactions.ts` would bring that schema to every page
// that reads people (the goal-setting worksheet, the action plan) though only the tracker uses it.
export type { Channel, Give, Interaction } from '../interactions/schema';

// Re-exported for stores that validate single ids.
export { recordId };
