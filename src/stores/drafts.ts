import { warnOnLeave } from '../persistence/document-store';

/** Unsaved form text kept for this tab, one draft per record (a contact, a pitch version). */
export interface DraftShelf<T> {
  /** The draft kept for `id`, if there is one. */
  get(id: string): T | undefined;
  /** Keeps the draft for `id`, or forgets it (`undefined`: submitted, or emptied of text). */
  keep(id: string, draft: T | undefined): void;
}

/**
 * A shelf of drafts kept in sessionStorage under `key`. A draft outlives closing its form,
 * opening another record and reloading the page, and goes with the tab, as unsent form text
 * does; it is not a document, and nothing is stored in one until the reader submits it. While
 * any draft holds text (`hasText`) the page asks before it closes. `isDraft` checks what is read
 * back: a malformed entry is dropped, the others kept.
 */
export function makeDraftShelf<T>(
  key: string,
  isDraft: (value: unknown) => value is T,
  hasText: (draft: T) => boolean,
): DraftShelf<T> {
  let drafts: Record<string, T> | undefined;
  const read = (): Record<string, T> => {
    if (drafts) return drafts;
    // Keyed by record id: no prototype, so an id such as `constructor` finds no draft it never had.
    drafts = Object.create(null) as Record<string, T>;
    try {
      const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      for (const [id, draft] of Object.entries(stored)) if (isDraft(draft)) drafts[id] = draft;
    } catch {
      // No session storage, or unreadable text in it: drafts live in this page only.
    }
    return drafts;
  };
  return {
    get: (id) => read()[id],
    keep(id, draft) {
      const all = read();
      if (draft && hasText(draft)) all[id] = draft;
      else delete all[id];
      try {
        sessionStorage.setItem(key, JSON.stringify(all));
      } catch {
        // Full or blocked: the draft still lives in this page, and the warning below still guards it.
      }
      warnOnLeave(all, Object.keys(all).length > 0);
    },
  };
}
