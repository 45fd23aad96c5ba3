// The state a persisted document's two halves share: its reading half (`document-store.ts`) and its
// writing half (`document-writer.ts`, fetched on the first edit). Both import it; neither imports
// the other's values, so the two form no cycle.
import type { WritableAtom } from 'nanostores';
import type { DocumentSpec } from '../lib/documents';
import { toStorageError, type OpenedStorage } from '../lib/storage';
import type { DocumentEvent, DocumentState, StatusView } from './states';
import type { TabChannel } from './tab-sync';

// Checking a large document in parts is needed only once a reader has thousands of records, so it
// loads then, and pages stay light for everyone else. Kept once loaded: awaiting an import, even
// of a loaded module, lets other tasks run first, and a large document read alongside would then
// be unpacked before this one is shown.
let checker: typeof import('./record-check') | undefined;
/** The large-document checker, fetched on first need and kept. */
export const schemaCheck = async () => (checker ??= await import('./record-check'));
/** The checker if it is here already, to use without awaiting (see above). */
export const loadedSchemaCheck = () => checker;

/**
 * Where a document is in its life, as the save indicator and islands see it: its state (see
 * `states.ts`, from which `state`, `phase`, `save`, `readOnly` and `checking` are derived) and
 * what the reader is told about it.
 */
export interface DocumentStatus extends StatusView {
  /** False when data lives only in memory for this visit. */
  durable: boolean;
  /** What went wrong and what to do, in the reader's words. */
  problem?: string;
  /** Set when unreadable stored data was moved aside instead of being replaced. */
  quarantinedAs?: string;
  /**
   * True when answers saved before could not be read (the database would not open, or a read
   * failed): they are untouched, and trying again may reach them.
   */
  unread?: boolean;
}

/** What the reader is told about a document, beside its state. */
export type StatusNotes = Partial<Pick<DocumentStatus, 'durable' | 'problem' | 'quarantinedAs' | 'unread'>>;

// User Timing entries let the storage benchmark (and a reader's devtools) see load and save times.
/** Sets a User Timing mark. */
export const mark = (name: string) => globalThis.performance?.mark?.(name);
/** Records a User Timing measure from `start` to now. */
export const measure = (name: string, start: string) => {
  try {
    globalThis.performance?.measure?.(name, start);
  } catch {
    // The start mark can be missing (cleared, or an edit made before load); nothing to report.
  }
};

/** Why a read or save failed and what to do, in the reader's words. */
export const explain = (error: unknown): string => {
  const failure = toStorageError(error);
  switch (failure.reason) {
    case 'quota':
      return 'Not saved: this browser’s storage for the site is full. Download a copy of your answers, then free some space.';
    case 'connection-lost':
      return 'Not saved: the browser closed its database. Your text is still here; reload the page, then check it is saved.';
    default:
      return `Not saved: ${failure.message} Your text is still on this page; download a copy to keep it.`;
  }
};

/** A stored copy of an older schema version, as `carryOver` receives it. */
export interface OlderCopy {
  schemaVersion: number;
  /** The stored data, as that version wrote it (not migrated). */
  data: unknown;
}

/** What a document may need beyond its spec. */
export interface PersistedOptions {
  /**
   * Hands data that a migration drops (migrations are pure, so they cannot write it anywhere)
   * to another document. Runs before every write over a stored copy of an older version, with
   * that copy; the write goes ahead only once it resolves, so when it throws, the save fails
   * like any other and the older copy stays as it was, to be carried over again. It must
   * therefore be idempotent. A document that has it also writes its upgraded form right after
   * loading an older copy, so the one-off upgrade happens on the first visit.
   */
  carryOver?: (older: OlderCopy) => Promise<void>;
}

/**
 * The state of one persisted document, shared by its reading half (here) and its writing half
 * (`document-writer.ts`), which is fetched later and so cannot close over this function's variables.
 */
export interface DocumentCore<T> {
  readonly spec: DocumentSpec<T>;
  readonly options: PersistedOptions;
  readonly $data: WritableAtom<T>;
  readonly $status: WritableAtom<DocumentStatus>;
  /** Identifies this copy of the document in broadcasts, so it ignores its own messages. */
  readonly instanceId: string;
  storage?: OpenedStorage;
  /** updatedAt of the stored copy this tab's data is based on. */
  lastSeen?: string;
  /**
   * The data of that stored copy, so a merge can tell this tab's edits from another tab's:
   * two tabs that changed different fields of one record both keep their change.
   */
  base?: T;
  /**
   * The copy this tab last took from storage or another tab (on load and when adopting or merging
   * another tab's write), unlike `base` not moved by this tab's own writes: what the screen shows
   * beyond it is the reader's typing here, which another tab's copy may replace.
   */
  before?: T;
  /** Where the document is in its life; changed only by `send`. */
  state: DocumentState;
  /** What stays said after every save while it holds, such as saved answers out of reach. */
  lastingProblem?: string;
  /**
   * The background check of a stored copy adopted before all its records were checked. Every
   * write and refresh waits for it; `generation` tells it the document was reloaded meanwhile.
   */
  check?: Promise<void>;
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  channel?: TabChannel;
  /** Sets data that comes from storage, without scheduling a save of it. */
  adopt(this: void, data: T): void;
  /** Applies an edit as the reader's own (`PersistedDocument.update`): checked, then saved. */
  update(this: void, edit: (current: T) => T): void;
  /** Moves the document to the state `event` leads to (`next` in `states.ts`). */
  send(this: void, event: DocumentEvent, notes?: StatusNotes): void;
  /** Changes what the reader is told, leaving the state as it is. */
  setStatus(this: void, notes: StatusNotes): void;
  /** Warns before the page closes while a save is pending. */
  setPending(this: void, pending: boolean): void;
}
