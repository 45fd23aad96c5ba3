import { atom, type ReadableAtom } from 'nanostores';
import type { PathStep } from '../lib/replaced-text';

/**
 * A text the reader typed in this tab that another tab's later edit of the same field replaced
 * on screen. Storage keeps the later edit; this is the reader's only remaining copy of theirs.
 * Entries are made, actions included, by the writing half of persisted documents
 * (document-writer.ts), which is fetched on demand; every page with a save indicator loads this
 * module, so it holds no more than the list.
 */
export interface ReplacedEntry {
  /** Storage key of the document, e.g. `goals`. */
  key: string;
  /** The document's name as the reader knows it, e.g. "Goals and action plan". */
  title: string;
  /** Where the field is in the document. */
  path: readonly PathStep[];
  /** The field in words, e.g. `the metric of “Meet product analysts”`. */
  field: string;
  /** What the reader had typed. */
  text: string;
  /** False when another tab deleted the record that held it: there is no field to put it into. */
  canPutBack: boolean;
  /** ISO time it was replaced. */
  at: string;
  /**
   * Puts the text back into its field as an edit of the document (refused while it loads or is
   * read-only) that saves like any other, and removes the entry. Returns why it could not.
   */
  putBack(this: void): string | undefined;
  /** Removes the entry; the reader's text is then gone from the page. */
  dismiss(this: void): void;
}

/** The list behind `$replaced`; only the writing half of persisted documents changes it. */
export const replacedEntries = atom<readonly ReplacedEntry[]>([]);

/** The reader's texts replaced by another tab, oldest first, until put back or dismissed. */
export const $replaced: ReadableAtom<readonly ReplacedEntry[]> = replacedEntries;

/** Forgets a document's entries, e.g. once an import or reset replaces it wholesale. */
export function forgetReplaced(key: string): void {
  const kept = replacedEntries.get().filter((entry) => entry.key !== key);
  if (kept.length < replacedEntries.get().length) replacedEntries.set(kept);
}
