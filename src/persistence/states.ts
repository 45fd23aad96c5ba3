// Where a persisted document is in its life, as one value changed by one pure function. The store
// and its writing half send events; neither sets a flag of its own, so every combination the
// document can be in is one written here.

/**
 * The named states of a document:
 * - `loading`: the first read (or a reload's) is under way; edits are refused.
 * - `checking`: a large stored copy is on screen while its records are checked in slices; edits
 *   are taken, and their save waits until the check passes.
 * - `ready`: storage holds what is on screen, or an edit waits for its save (`unsaved`).
 * - `saving`: a write is under way.
 * - `failed`: a write failed (or cannot happen: memory only); the edit stays on screen.
 * - `read-only`: stored data from a newer version, or stored answers out of reach; edits refused.
 * - `quarantined`: an unreadable stored copy was moved aside; the page starts afresh.
 */
export type Status = 'loading' | 'checking' | 'ready' | 'saving' | 'failed' | 'read-only' | 'quarantined';

/** A document's state: its status and the facts that outlive a single status. */
export interface DocumentState {
  readonly status: Status;
  /** Edits on screen that storage does not hold yet. */
  readonly unsaved: boolean;
  /**
   * Storage may still hold a copy of an older version that `carryOver` must see before it is
   * written over: such a write always reads storage first, even when urgent.
   */
  readonly upgrading: boolean;
  /** A closing page's stash was taken in on load: the next good write clears it. */
  readonly stashTaken: boolean;
  /** For `read-only`: a newer version wrote the data, or the stored answers could not be read. */
  readonly cause?: 'newer' | 'unreachable';
}

/** What happens to a document; `next` says what state each leads to. */
export type DocumentEvent =
  /** A read starts: on first use, or on a reload that drops everything on screen. */
  | { type: 'load' }
  /**
   * The read succeeded. `deferred`: records are still to check. `upgrading`: an older version
   * was read that `carryOver` must see. `stashTaken`: a closing page's edit was taken in.
   * `memoryOnly`: nothing can be stored. Both of the first two leave data to save at once.
   */
  | { type: 'loaded'; deferred: boolean; upgrading: boolean; stashTaken: boolean; memoryOnly: boolean }
  /** Storage holds a newer version's data: on load, or (with an unsaved edit) on a save. */
  | { type: 'newer' }
  /** The stored copy could not be read at all, or what was read could not be kept aside. */
  | { type: 'unreachable' }
  /** Unreadable data was moved aside; edits made on it went with it. */
  | { type: 'quarantined' }
  /** The reader changed the data. */
  | { type: 'edit' }
  /** A deferred check passed. */
  | { type: 'checked' }
  /** A deferred check could not run (its code did not arrive): nothing may be written. */
  | { type: 'check-unavailable' }
  /** A write starts with what is on screen. */
  | { type: 'write' }
  /** That write landed. */
  | { type: 'written' }
  /** That write failed. */
  | { type: 'write-failed' };

/** A document before its first read. */
export const initialState: DocumentState = {
  status: 'loading',
  unsaved: false,
  upgrading: false,
  stashTaken: false,
};

/** True in the states where the reader's edits are taken. */
export const takesEdits = (state: DocumentState): boolean =>
  state.status !== 'loading' && state.status !== 'read-only';

/**
 * The state `event` leads to from `state`. Events that cannot happen in a state (an edit while
 * loading, a write landing after a reload) leave it as it is.
 */
export function next(state: DocumentState, event: DocumentEvent): DocumentState {
  switch (event.type) {
    case 'load':
      return initialState;
    case 'loaded': {
      if (state.status !== 'loading') return state;
      const unsaved = event.upgrading || event.stashTaken;
      const status = event.memoryOnly ? 'failed' : event.deferred ? 'checking' : 'ready';
      return { ...state, status, unsaved, upgrading: event.upgrading, stashTaken: event.stashTaken };
    }
    case 'newer':
      // Found by a write, the edit it was writing is still unsaved; found on load, there is none.
      return { ...state, status: 'read-only', cause: 'newer', unsaved: state.status !== 'loading' };
    case 'unreachable':
      return { ...initialState, status: 'read-only', cause: 'unreachable' };
    case 'quarantined':
      return { ...state, status: 'quarantined', unsaved: false, upgrading: false };
    case 'edit':
      if (!takesEdits(state)) return state;
      return { ...state, status: state.status === 'checking' ? 'checking' : 'ready', unsaved: true };
    case 'checked':
      return state.status === 'checking' ? { ...state, status: 'ready' } : state;
    case 'check-unavailable':
      // Every write waits for the check, so none can happen: each attempt ends here.
      return takesEdits(state) ? { ...state, status: 'failed' } : state;
    case 'write':
      return takesEdits(state) && state.status !== 'checking'
        ? { ...state, status: 'saving', unsaved: false }
        : state;
    case 'written':
      // An edit made during the write is still unsaved, and its own save follows.
      if (!takesEdits(state)) return state;
      return { ...state, status: 'ready', upgrading: false, stashTaken: false };
    case 'write-failed':
      return takesEdits(state) ? { ...state, status: 'failed', unsaved: true } : state;
  }
}

/** How a state shows in `DocumentStatus`: the fields islands and the save indicator read. */
export interface StatusView {
  state: Status;
  phase: 'loading' | 'ready' | 'error';
  save: 'saved' | 'pending' | 'saving' | 'failed';
  readOnly: boolean;
  checking: boolean;
}

/** What `DocumentStatus` says of a state. */
export function view(state: DocumentState): StatusView {
  const { status, unsaved } = state;
  const save =
    status === 'saving'
      ? 'saving'
      : status === 'failed' || (status === 'read-only' && unsaved)
        ? 'failed'
        : unsaved && status !== 'loading'
          ? 'pending'
          : 'saved';
  return {
    state: status,
    phase:
      status === 'loading'
        ? 'loading'
        : status === 'read-only' && state.cause === 'unreachable'
          ? 'error'
          : 'ready',
    save,
    readOnly: status === 'read-only',
    checking: status === 'checking',
  };
}
