import * as v from 'valibot';
import { countLists, type DocumentSpec } from '../../lib/documents';
import { presenceItems } from '../online-presence/presence';
import { mergeLists, mergeRecord } from '../../lib/records';
import {
  calendarDate,
  isoInstant,
  list,
  longText,
  object,
  optionalDate,
  record,
  recordId,
  shortText,
  tombstones,
} from '../../schemas/common';

/** Said when a rating is not a whole number from 1 to 5. */
export const RATING_RANGE = 'A rating is a whole number from 1 (rarely) to 5 (almost always).';

/** Ratings of the self-check's statements: statement id to 1–5. */
export const ratingsSchema = record(
  v.pipe(v.string(), v.maxLength(64)),
  v.pipe(
    v.number(RATING_RANGE),
    v.safeInteger(RATING_RANGE),
    v.minValue(1, RATING_RANGE),
    v.maxValue(5, RATING_RANGE),
  ),
);

/** One completed self-check, kept so a re-take can show what changed. */
export const takeSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The day the reader took it. */
  takenOn: calendarDate,
  /** The ratings given. */
  ratings: ratingsSchema,
});

/** The self-check being filled in, before it is saved as a take. */
export const draftSchema = object({
  updatedAt: isoInstant,
  /** Ratings given so far. */
  ratings: ratingsSchema,
});

/** A plan for one upcoming conversation. */
export const planSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** A person from the relationship map (lesson 2), or null when written in `who`. */
  personId: v.nullable(recordId),
  /** Whom the conversation is with, in the reader's words (used when no person is picked). */
  who: shortText,
  /** The context: when, where, how long, how the reader is connected. */
  context: longText,
  /** Open questions to ask. */
  questions: longText,
  /** What to listen for: a problem they mention, a name, how they describe their team. */
  listenFor: longText,
  /** How to adapt: level of detail, formality, pace. */
  adapt: longText,
  /** The day of the conversation, or null while not fixed. */
  date: optionalDate,
});

/** One item of the online presence checklist. Stored only once touched; the id is the item's name. */
export const presenceSchema = object({
  id: v.picklist(presenceItems),
  updatedAt: isoInstant,
  /** True once the item meets the lesson's standard. */
  done: v.boolean(),
  /** The reader's note: the new headline, the summary text, what to change. */
  note: longText,
});

/**
 * The `communication` document: the listening and style self-check, the conversation plans, and
 * the online presence checklist of lesson 3. The checklist lives here rather than under a key of
 * its own: it is a handful of records of the same lesson, merges record by record like the rest,
 * and one document per lesson keeps the backup summary and the design's key list short.
 */
export const communicationSchema = object({
  /** Completed self-checks, oldest first. */
  takes: list(takeSchema, 500),
  /** The self-check in progress. */
  draft: draftSchema,
  /** Conversation plans, in the reader's order. */
  plans: list(planSchema, 2000),
  /** Checklist items the reader has touched. */
  presence: list(presenceSchema, presenceItems.length),
  /** Deleted takes and plans, so other tabs cannot bring them back. */
  deleted: tombstones,
});

export type Take = v.InferOutput<typeof takeSchema>;
export type ConversationPlan = v.InferOutput<typeof planSchema>;
export type PresenceRecord = v.InferOutput<typeof presenceSchema>;
export type CommunicationDoc = v.InferOutput<typeof communicationSchema>;

/** Storage description of the communication document. */
export const communicationSpec: DocumentSpec<CommunicationDoc> = {
  key: 'communication',
  title: 'Communication',
  version: 1,
  schema: communicationSchema,
  initial: () => ({
    takes: [],
    draft: { updatedAt: '1970-01-01T00:00:00.000Z', ratings: {} },
    plans: [],
    presence: [],
    deleted: {},
  }),
  migrations: {},
  merge: (local, stored, base) => ({
    // Checklist items are never deleted, so no tombstone names one; the draft is one record.
    ...mergeLists(local, stored, base, ['takes', 'plans', 'presence']),
    draft: mergeRecord(local.draft, stored.draft, base?.draft),
  }),
  count: (data) => countLists(data, 'takes', 'plans', 'presence'),
};

/** A blank conversation plan, ready to be filled in. */
export function blankPlan(id: string, now: Date): ConversationPlan {
  return {
    id,
    updatedAt: now.toISOString(),
    personId: null,
    who: '',
    context: '',
    questions: '',
    listenFor: '',
    adapt: '',
    date: null,
  };
}
