import * as v from 'valibot';
import { countLists, type DocumentSpec } from '../../lib/documents';
import { mergeLists } from '../../lib/records';
import {
  calendarDate,
  isoInstant,
  listOf,
  listParts,
  longText,
  object,
  optionalDate,
  recordId,
  tombstones,
} from '../../schemas/common';

/** How an interaction happened. */
export const channels = ['in-person', 'call', 'email', 'message', 'event'] as const;

/** Whether an interaction calls for a thank-you note, and whether it went out. */
export const thankYouStates = ['not-needed', 'to-send', 'sent'] as const;

/** What kind of help changed hands; `ask` is the reader asking, the rest are the reader giving. */
export const giveKinds = ['introduction', 'article', 'help', 'other', 'ask'] as const;

/**
 * One conversation or message with a contact. Kept in a list keyed by `personId` rather than
 * inside the person, so a large log merges record by record across tabs and logging one entry
 * does not rewrite the person.
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

/**
 * The `interactions` document: every contact's interaction log and give log. It is kept apart
 * from `people` (since people schema version 3) because it is ten times larger: the tracker
 * shows contacts and who is due from `people` alone, and reads this in parallel.
 */
/** The two logs, which grow to tens of thousands of entries (see `largeLists`). */
const logLists = {
  interactions: listParts(interactionSchema, 200_000),
  gives: listParts(giveSchema, 100_000),
};

export const interactionsSchema = object({
  /** Every logged interaction with any contact, in no particular order. */
  interactions: listOf(logLists.interactions),
  /** The give log (gives and asks) of every contact. */
  gives: listOf(logLists.gives),
  /** Deleted entries of either list (ids are unique), so an older copy in another tab cannot bring them back. */
  deleted: tombstones,
});

export type Interaction = v.InferOutput<typeof interactionSchema>;
export type Give = v.InferOutput<typeof giveSchema>;
export type Channel = (typeof channels)[number];
export type InteractionsDoc = v.InferOutput<typeof interactionsSchema>;

/** Both logs merged record by record, each with the union of the two copies' tombstones. */
export function mergeLogs(
  local: InteractionsDoc,
  stored: InteractionsDoc,
  base?: InteractionsDoc,
): InteractionsDoc {
  return mergeLists(local, stored, base, ['interactions', 'gives']);
}

/** Storage description of the interactions document. */
export const interactionsSpec: DocumentSpec<InteractionsDoc> = {
  key: 'interactions',
  title: 'Interactions and give log',
  version: 1,
  schema: interactionsSchema,
  initial: () => ({ interactions: [], gives: [], deleted: {} }),
  migrations: {},
  merge: mergeLogs,
  count: (data) => countLists(data, 'interactions'),
  largeLists: logLists,
};
