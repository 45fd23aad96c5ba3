import type { CalendarDate } from '../lib/dates';
import type { Channel } from '../schemas/people';
import { warnOnLeave } from './persisted';

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

// Kept for this tab in sessionStorage: a draft outlives closing the contact, opening another and
// reloading the page, and goes with the tab, as unsent form text does. It is not a document:
// nothing is logged until the reader saves it.
const KEY = 'networking-workbook:log-drafts';
let drafts: Record<string, LogDraft> | undefined;

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

function read(): Record<string, LogDraft> {
  if (drafts) return drafts;
  // Keyed by contact id: no prototype, so an id such as `constructor` finds no draft it never had.
  drafts = Object.create(null) as Record<string, LogDraft>;
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    for (const [id, draft] of Object.entries(stored)) if (isDraft(draft)) drafts[id] = draft;
  } catch {
    // No session storage, or unreadable text in it: drafts live in this page only.
  }
  return drafts;
}

/** The unsaved draft for a contact, if there is one. */
export function logDraft(personId: string): LogDraft | undefined {
  return read()[personId];
}

/** Keeps a contact's draft, or forgets it (`undefined`: logged, or emptied). */
export function keepLogDraft(personId: string, draft: LogDraft | undefined): void {
  const all = read();
  if (draft && hasText(draft)) all[personId] = draft;
  else delete all[personId];
  try {
    sessionStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Full or blocked: the draft still lives in this page, and the warning below still guards it.
  }
  warnOnLeave(all, Object.keys(all).length > 0);
}
