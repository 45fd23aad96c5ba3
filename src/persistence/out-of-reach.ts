// What the reader is told, and can do, when their stored answers are out of reach: the database
// would not open, or a read failed. Fetched only then, so other pages do not carry the words.
import { openStorage, toStorageError, type OpenedStorage } from '../lib/storage';
import type { DocumentStatus } from './document-core';

/** What trying again needs of each document on the page (see `PersistedDocument`). */
interface Retryable {
  readonly $status: { get(): DocumentStatus };
  flush(): Promise<void>;
  reload(): Promise<void>;
}

/** What the reader is told when a stored document could not be read at all. */
export const unreachable = (title: string, error: unknown): string =>
  `Your saved ${title.toLowerCase()} could not be read: ${toStorageError(error).message} Nothing was changed or deleted; it is still in this browser. Try again, or reload the page.`;

/**
 * What the reader is told while their saved answers are out of reach, by how the page stores
 * what they type meanwhile; undefined when nothing was lost from view and the store is durable.
 */
export function openedProblem({ fallbackReason, standIn }: OpenedStorage): string | undefined {
  const before = standIn?.unread
    ? `Your saved answers could not be read: ${standIn.reason.message} They are untouched in this browser. `
    : '';
  if (fallbackReason) {
    return `Not saved: ${before}This browser is not letting the site store data (private browsing or blocked storage). What you type stays only until this tab closes; download a copy to keep it.`;
  }
  if (!before) return undefined;
  return `${before}What you type now is kept in this browser’s local storage, and added to your saved answers once they can be read again. Try again in a moment, or after restarting the browser.`;
}

/**
 * Tries again to reach stored answers that could not be read. Edits on the page are written
 * first. When the database would not open, the page is loaded afresh once they are: localforage
 * keeps a failed open's state for the life of the page, and what the stand-in holds is taken in
 * by the next page's open. Otherwise each document that could not read its stored copy reads it
 * again. A document whose edits could not be written stays as it is, so nothing is dropped.
 */
export async function retryReading(documents: readonly Retryable[]): Promise<void> {
  await Promise.all(documents.map((doc) => doc.flush()));
  const written = (doc: Retryable) => doc.$status.get().save === 'saved';
  if ((await openStorage()).standIn) {
    if (documents.every(written)) location.reload();
    return;
  }
  await Promise.all(
    documents.filter((doc) => doc.$status.get().unread && written(doc)).map((doc) => doc.reload()),
  );
}
