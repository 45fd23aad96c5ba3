import * as z from 'zod/mini';
import type { DocumentSpec } from '../lib/documents';
import { mergeRecords, mergeTombstones } from '../lib/records';
import { isoInstant, links, longText, recordId, shortText, tombstones } from './common';

/** How important it is to reach someone now: A first, C when time allows. */
export const tiers = ['A', 'B', 'C'] as const;

/** Where the relationship stands. */
export const statuses = ['to-reach', 'contacted', 'connected'] as const;

/**
 * One person or organisation the reader wants to know. The relationship map (lesson 2) fills
 * the fields below; the follow-up tracker (lesson 4) adds its own to the same records in a later
 * schema version, so a person identified once is the contact followed up later.
 */
export const personSchema = z.object({
  id: recordId,
  updatedAt: isoInstant,
  /** A person or an organisation (a company, a group, a community). */
  kind: z.enum(['person', 'organization']),
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
  tier: z.enum(tiers),
  /** To reach, contacted, or connected. */
  status: z.enum(statuses),
});

/** The `people` document, shared by the relationship map and the follow-up tracker. */
export const peopleSchema = z.object({
  people: z.array(personSchema).check(z.maxLength(20_000)),
  /** Deleted people, so an older copy in another tab cannot bring them back. */
  deleted: tombstones,
});

export type Person = z.infer<typeof personSchema>;
export type PeopleDoc = z.infer<typeof peopleSchema>;

/** Storage description of the people document. */
export const peopleSpec: DocumentSpec<PeopleDoc> = {
  key: 'people',
  title: 'People and organizations',
  version: 1,
  schema: peopleSchema,
  initial: () => ({ people: [], deleted: {} }),
  migrations: {},
  merge: (local, stored) => {
    const deleted = mergeTombstones(local.deleted, stored.deleted);
    return { people: mergeRecords(local.people, stored.people, deleted), deleted };
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
    ...fields,
  };
}

// Re-exported for stores that validate single ids.
export { recordId };
