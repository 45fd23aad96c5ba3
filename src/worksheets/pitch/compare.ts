import { diffWords } from 'diff';

/**
 * Word-by-word comparison of two pitch texts. This module pulls in jsdiff, so islands load it
 * with `await import()` only when the reader asks to compare.
 */

/** One stretch of a comparison: words both texts share, or words only the newer or older has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** How `newer` differs from `older`, word by word, with whitespace changes ignored. */
export function compareTexts(older: string, newer: string): DiffPart[] {
  return diffWords(older, newer).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** The comparison summed up in words: "3 words added, 2 removed", or "No changes". */
export function summarizeDiff(parts: readonly DiffPart[]): string {
  const count = (kind: DiffPart['kind']) =>
    parts
      .filter((part) => part.kind === kind)
      .reduce((sum, part) => sum + (part.text.match(/\S+/g)?.length ?? 0), 0);
  const added = count('added');
  const removed = count('removed');
  if (added === 0 && removed === 0) return 'No changes.';
  const words = (n: number) => `${n} ${n === 1 ? 'word' : 'words'}`;
  return `${words(added)} added, ${words(removed)} removed.`;
}
