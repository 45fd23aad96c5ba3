import { warnOnLeave } from './persisted';

/** Unsaved form text of one kind, one draft per form (a contact's log, the pitch's version note). */
export interface Drafts<T> {
  /** The unsaved draft of a form, if there is one. */
  get(id: string): T | undefined;
  /** Keeps a form's draft, or forgets it (`undefined`: saved, or emptied). */
  keep(id: string, draft: T | undefined): void;
}

/**
 * Drafts kept for this tab in sessionStorage under `key`: a draft outlives closing its form and
 * reloading the page, and goes with the tab, as unsent form text does. While any draft holds
 * text, leaving the page asks first. Drafts are not documents: nothing is saved until the reader
 * saves it. Stored drafts that fail `isDraft` are ignored.
 */
export function createDrafts<T>(
  key: string,
  isDraft: (value: unknown) => value is T,
  hasText: (draft: T) => boolean,
): Drafts<T> {
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
      if (draft !== undefined && hasText(draft)) all[id] = draft;
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
