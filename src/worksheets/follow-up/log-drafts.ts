import type { CalendarDate } from '../../lib/dates';
import type { Channel, Give } from '../../documents/people/schema';
import { makeDraftShelf } from '../../stores/drafts';

/** What the reader has typed into a contact's "Log an interaction" form and not yet saved. */
export interface LogDraft {
  /** The day of the interaction, or null while cleared. */
  date: CalendarDate | null;
  channel: Channel;
  talkedAbout: string;
  theyShared: string;
  promised: string;
  /** Whether a thank-you note is due. */
  thankYou: boolean;
  /** True once the reader has set `thankYou` themselves: a change of date then leaves it alone. */
  thankYouSet?: boolean;
}

/** What the reader has typed into a contact's give-log form and not yet added. */
export interface GiveDraft {
  /** The day it happened, or null while cleared. */
  date: CalendarDate | null;
  kind: Give['kind'];
  /** The "Details" text. */
  note: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isDay = (value: unknown) => value === null || typeof value === 'string';

const interactionDrafts = makeDraftShelf<LogDraft>(
  'networking-workbook:log-drafts',
  (value): value is LogDraft =>
    isRecord(value) &&
    isDay(value['date']) &&
    typeof value['channel'] === 'string' &&
    typeof value['talkedAbout'] === 'string' &&
    typeof value['theyShared'] === 'string' &&
    typeof value['promised'] === 'string' &&
    typeof value['thankYou'] === 'boolean',
  (draft) => Boolean(draft.talkedAbout.trim() || draft.theyShared.trim() || draft.promised.trim()),
);

const giveDrafts = makeDraftShelf<GiveDraft>(
  'networking-workbook:give-drafts',
  (value): value is GiveDraft =>
    isRecord(value) &&
    isDay(value['date']) &&
    typeof value['kind'] === 'string' &&
    typeof value['note'] === 'string',
  (draft) => Boolean(draft.note.trim()),
);

/** The unsaved interaction draft for a contact, if there is one. */
export const logDraft = (personId: string): LogDraft | undefined => interactionDrafts.get(personId);

/** Keeps a contact's interaction draft, or forgets it (`undefined`: logged, or emptied). */
export const keepLogDraft = (personId: string, draft: LogDraft | undefined): void =>
  interactionDrafts.keep(personId, draft);

/** The unsaved give-log draft for a contact, if there is one. */
export const giveDraft = (personId: string): GiveDraft | undefined => giveDrafts.get(personId);

/** Keeps a contact's give-log draft, or forgets it (`undefined`: added, or emptied). */
export const keepGiveDraft = (personId: string, draft: GiveDraft | undefined): void =>
  giveDrafts.keep(personId, draft);

/** A thank-you note the reader has edited and not yet marked sent, with what it was drafted from. */
export interface NoteDraft {
  tone: string;
  signature: string;
  /** The note as the reader left it. */
  text: string;
  /** The note as last drafted from the log: while `text` is still that, there is nothing to keep. */
  drafted: string;
}

const noteDrafts = makeDraftShelf<NoteDraft>(
  'networking-workbook:thank-you-drafts',
  (value): value is NoteDraft =>
    isRecord(value) &&
    ['tone', 'signature', 'text', 'drafted'].every((key) => typeof value[key] === 'string'),
  (draft) => draft.text !== draft.drafted,
);

/** The edited thank-you note of an interaction, if there is one. */
export const noteDraft = (interactionId: string): NoteDraft | undefined => noteDrafts.get(interactionId);

/** Keeps an interaction's edited thank-you note, or forgets it (`undefined`: sent, or not edited). */
export const keepNoteDraft = (interactionId: string, draft: NoteDraft | undefined): void =>
  noteDrafts.keep(interactionId, draft);
