import type { CalendarDate } from '../lib/dates';
import type { Channel } from '../schemas/people';
import { createDrafts } from './drafts';

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
}

// Kept for this tab, each contact's draft under its id (see `createDrafts`).
const hasText = (draft: LogDraft) =>
  Boolean(draft.talkedAbout.trim() || draft.theyShared.trim() || draft.promised.trim());

const isDraft = (value: unknown): value is LogDraft => {
  const draft = value as Partial<LogDraft> | null;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    (draft.date === null || typeof draft.date === 'string') &&
    typeof draft.channel === 'string' &&
    typeof draft.talkedAbout === 'string' &&
    typeof draft.theyShared === 'string' &&
    typeof draft.promised === 'string' &&
    typeof draft.thankYou === 'boolean'
  );
};

const drafts = createDrafts('networking-workbook:log-drafts', isDraft, hasText);

/** The unsaved draft for a contact, if there is one. */
export function logDraft(personId: string): LogDraft | undefined {
  return drafts.get(personId);
}

/** Keeps a contact's draft, or forgets it (`undefined`: logged, or emptied). */
export function keepLogDraft(personId: string, draft: LogDraft | undefined): void {
  drafts.keep(personId, draft);
}
