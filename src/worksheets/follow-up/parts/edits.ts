import type * as FollowUp from '../store';

/** The tracker's edits: adding, changing, logging, snoozing, importing. */
export type Edits = typeof FollowUp;

/**
 * Fetches the tracker's edits. The list and "This week" only read the documents, so the code that
 * changes them comes with the first edit (or with a contact's details), not with the page.
 */
export const loadEdits = (): Promise<Edits> => import('../store');

/** Starts fetching the edits when the reader heads for a button that makes one; a failure shows on use. */
export const preloadEdits = (): void => void loadEdits().catch(() => undefined);
