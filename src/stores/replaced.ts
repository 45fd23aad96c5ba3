import { atom, type ReadableAtom } from 'nanostores';
import type { PathStep } from '../lib/replaced-text';

/**
 * A text the reader typed in this tab that another tab's later edit of the same field replaced
 * on screen. Storage keeps the later edit; this is the reader's only remaining copy of theirs.
 */
export interface ReplacedEntry {
  /** Tells entries apart, for dismissing one. */
  id: number;
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
  /** Puts the text back as an edit of the document would; throws with the reason when it cannot. */
  restore: () => void;
}

const entries = atom<readonly ReplacedEntry[]>([]);
let lastId = 0;

/** The reader's texts replaced by another tab, oldest first, until put back or dismissed. */
export const $replaced: ReadableAtom<readonly ReplacedEntry[]> = entries;

const where = (entry: Omit<ReplacedEntry, 'id'>) => `${entry.key} ${JSON.stringify(entry.path)}`;

/** Adds replaced texts to the notice. The same text replaced again in one field is listed once. */
export function reportReplaced(found: readonly Omit<ReplacedEntry, 'id'>[]): void {
  const listed = entries.get();
  const fresh = found.filter(
    (entry) => !listed.some((old) => where(old) === where(entry) && old.text === entry.text),
  );
  if (fresh.length) entries.set([...listed, ...fresh.map((entry) => ({ ...entry, id: ++lastId }))]);
}

/** Removes an entry from the notice; the reader's text is then gone from the page. */
export function dismissReplaced(id: number): void {
  entries.set(entries.get().filter((entry) => entry.id !== id));
}

/** Forgets a document's entries, e.g. once an import or reset replaces it wholesale. */
export function forgetReplaced(key: string): void {
  if (entries.get().some((entry) => entry.key === key)) {
    entries.set(entries.get().filter((entry) => entry.key !== key));
  }
}

/**
 * Puts the reader's text back into its field, as an edit of the document (refused while it loads
 * or is read-only) that saves like any other, and removes the entry. Returns why it could not.
 */
export function putBackReplaced(id: number): string | undefined {
  const entry = entries.get().find((candidate) => candidate.id === id);
  if (!entry) return undefined;
  try {
    entry.restore();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  dismissReplaced(id);
  return undefined;
}
