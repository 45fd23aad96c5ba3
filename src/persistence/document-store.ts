import { atom, onMount, onNotify, type ReadableAtom } from 'nanostores';
import { decodeEnvelope, mayDeferCheck, type DocumentSpec } from '../lib/documents';
import { openStorage } from '../lib/storage';
import {
  explain,
  loadedSchemaCheck,
  mark,
  measure,
  schemaCheck,
  type DocumentCore,
  type DocumentStatus,
  type PersistedOptions,
} from './document-core';
import { stashNow, takeStash } from './closing-stash';
import { forgetReplaced } from './replaced';
import { initialState, next, takesEdits, view } from './states';
import { joinTabs } from './tab-sync';

export type { DocumentStatus, OlderCopy, PersistedOptions } from './document-core';
export { explain } from './document-core';

// What the reader is told when stored answers are out of reach, fetched only then.
const outOfReach = () => import('./out-of-reach');

/** Tries again to read stored answers that were out of reach (see `out-of-reach.ts`). */
export const retryReading = () => outOfReach().then((words) => words.retryReading(registry.get()));

// The writing half (document-writer.ts) is fetched on a document's first edit: a page that only
// shows saved answers never needs it. A failed fetch is forgotten, so the next save asks again.
let saver: Promise<typeof import('./document-writer')> | undefined;
const saveHalf = () =>
  (saver ??= import('./document-writer').catch((error: unknown) => {
    saver = undefined;
    throw error;
  }));

/** A nanostores-backed document that loads on first use and saves itself after edits. */
export interface PersistedDocument<T> {
  readonly spec: DocumentSpec<T>;
  readonly $data: ReadableAtom<T>;
  readonly $status: ReadableAtom<DocumentStatus>;
  /** Applies an edit. Throws while loading or read-only, so no edit races the first read. */
  update(edit: (current: T) => T): void;
  /** Writes any pending edit now. */
  flush(): Promise<void>;
  /** Resolves once the first read has completed (loads the document if nobody has yet). */
  ready(): Promise<void>;
  /** Drops local state and reads storage again, e.g. after an import or reset. */
  reload(): Promise<void>;
}

/** Saves wait this long after the last edit, so typing does not write on every keystroke. */
export const SAVE_DELAY_MS = 250;
// Reads of large documents (specs with `largeLists`) queue here, one after another.
let largeReads: Promise<void> = Promise.resolve();
const registry = atom<PersistedDocument<unknown>[]>([]);

/** Every persisted document created on this page, for the save indicator and backups. */
export const $documents: ReadableAtom<PersistedDocument<unknown>[]> = registry;

/**
 * Event the "new version" prompt (UpdatePrompt.astro, an inline script that cannot import this
 * module) dispatches before it reloads the page: every document on the page writes its pending
 * edits, and the prompt reloads only once `detail.waitUntil`'s promises have settled well.
 */
export const SAVE_BEFORE_RELOAD = 'workbook:save-before-reload';

if (!import.meta.env.SSR && typeof window !== 'undefined') {
  window.addEventListener(SAVE_BEFORE_RELOAD, (event) => {
    const detail = (event as CustomEvent<{ waitUntil?: (promise: Promise<unknown>) => void }>).detail;
    detail?.waitUntil?.(
      Promise.all(
        registry.get().map(async (doc) => {
          await doc.flush();
          // A failed save settles like any other; reloading now would drop what it holds. A
          // read-only document cannot write here, and asks for this reload: closing the page
          // stashes its edit for the reloaded one to take in.
          const status = doc.$status.get();
          if (status.save === 'failed' && !status.readOnly)
            throw new Error(status.problem ?? `${doc.spec.title} is not saved.`);
        }),
      ),
    );
  });
}

const leavingLoses = new Set<object>();
const warnBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();

/**
 * Asks before the page closes while `owner` (a document with a pending save, a draft form) holds
 * text that is not stored yet. The handler is registered only while someone does: a permanent
 * one keeps the page out of the back/forward cache.
 */
export function warnOnLeave(owner: object, unsaved: boolean): void {
  if (typeof window === 'undefined') return;
  if (unsaved) leavingLoses.add(owner);
  else leavingLoses.delete(owner);
  if (leavingLoses.size) window.addEventListener('beforeunload', warnBeforeUnload);
  else window.removeEventListener('beforeunload', warnBeforeUnload);
}

/**
 * Creates a persisted document. Creating it does nothing; it loads when the first island
 * subscribes (never at module load, since pages render on the server), and saves after edits:
 * debounced, flushed when the page is hidden or closed, merged with other tabs' writes.
 */
export function persisted<T>(spec: DocumentSpec<T>, options: PersistedOptions = {}): PersistedDocument<T> {
  let adopting = false; // set while data comes from storage, so it is not saved straight back
  let writing: Promise<void> | undefined;
  let loading: Promise<void> | undefined;

  const fresh = (): DocumentStatus => ({ ...view(initialState), durable: true });
  const core: DocumentCore<T> = {
    spec,
    options,
    $data: atom<T>(spec.initial()),
    $status: atom<DocumentStatus>(fresh()),
    instanceId: Math.random().toString(36).slice(2),
    state: initialState,
    generation: 0,
    adopt(data) {
      adopting = true;
      try {
        $data.set(data);
      } finally {
        adopting = false;
      }
    },
    update(edit) {
      const { state } = core;
      if (state.status === 'loading') throw new Error(`${spec.title} is still loading.`);
      if (!takesEdits(state)) throw new Error($status.get().problem ?? `${spec.title} is read-only.`);
      $data.set(edit($data.get()));
    },
    send(event, notes) {
      core.state = next(core.state, event);
      $status.set({ ...$status.get(), ...notes, ...view(core.state) });
    },
    setStatus: (notes) => $status.set({ ...$status.get(), ...notes }),
    setPending: (pending) => warnOnLeave($status, pending),
  };
  const { $data, $status, send } = core;
  const currentLoad = (): Promise<void> | undefined => loading;

  async function read() {
    const storage = (core.storage ??= await openStorage());
    const engine = storage.engine;
    let raw: unknown;
    if (spec.largeLists) {
      // One large read at a time, in the order asked: the browser unpacks a stored value on the
      // page's main thread as it hands it over, and a 15 MB log unpacked while the contacts are
      // being checked would hold up their first render by a tenth of a second. The next read is
      // asked for as soon as this one's value has arrived, so it overlaps this one's check and
      // render rather than following them.
      const reading = largeReads.then(() => engine.getItem(spec.key));
      largeReads = reading.then(
        () => undefined,
        () => undefined,
      );
      raw = await reading;
    } else raw = await engine.getItem(spec.key);
    measure(`${spec.key}:read`, `${spec.key}:load-start`);
    mark(`${spec.key}:check-start`);
    const decoded = mayDeferCheck(spec, raw)
      ? (loadedSchemaCheck() ?? (await schemaCheck())).decodeShape(spec, raw)
      : decodeEnvelope(spec, raw);
    measure(`${spec.key}:check`, `${spec.key}:check-start`);
    return { raw, decoded };
  }

  async function load(): Promise<void> {
    mark(`${spec.key}:load-start`);
    // A document with large lists: the code that checks it in parts loads along with the read,
    // so showing it waits for neither.
    if (spec.largeLists) void schemaCheck().catch(() => {}); // read() reports a failure to load it
    try {
      const { raw, decoded } = await read();
      const storage = core.storage!;
      const durable = storage.engine.durable;
      // Said on every save too, while it holds (see `lastingProblem`).
      const problem = (core.lastingProblem =
        storage.standIn || storage.fallbackReason ? (await outOfReach()).openedProblem(storage) : undefined);
      const unread = storage.standIn?.unread ? { unread: true } : {};
      if (decoded.kind === 'newer') {
        send(
          { type: 'newer' },
          {
            durable,
            problem: `Read-only: your ${spec.title.toLowerCase()} was saved by a newer version of the workbook (format ${decoded.version}). Reload the page to get the latest version; nothing here will change it.`,
          },
        );
        return;
      }
      if (decoded.kind === 'invalid') {
        const half = await saveHalf();
        const quarantinedAs = await half.quarantine(core, raw);
        send(
          { type: 'quarantined' },
          { durable, quarantinedAs, problem: half.unreadable(spec.title, decoded.reason) },
        );
        return;
      }
      const stored = decoded.kind === 'empty' ? undefined : decoded;
      if (stored) {
        core.adopt(stored.data);
        core.lastSeen = stored.updatedAt;
        core.base = core.before = stored.data;
      }
      if (decoded.kind === 'unchecked') {
        const started = core.generation;
        core.check = saveHalf().then((half) => half.checkLater(core, raw, decoded.remaining, started));
        // A check that cannot run shows on the first save, which it refuses (see `write`).
        core.check.catch(() => {});
      }
      const stashTaken = takeStash(core, stored);
      // An older copy is written over once ready, so the upgrade happens on this visit.
      const upgrading = decoded.kind === 'ok' && decoded.migratedFrom !== undefined && !!options.carryOver;
      send(
        {
          type: 'loaded',
          deferred: decoded.kind === 'unchecked',
          upgrading,
          stashTaken,
          memoryOnly: !!storage.fallbackReason,
        },
        { durable, ...unread, ...(problem ? { problem } : {}) },
      );
      measure(`${spec.key}:load`, `${spec.key}:load-start`);
      if (core.state.unsaved) void save();
    } catch (error) {
      const problem = await outOfReach().then(
        (words) => words.unreachable(spec.title, error),
        () => explain(error),
      );
      send({ type: 'unreachable' }, { unread: true, problem });
    }
  }

  function save(urgent = false): Promise<void> {
    clearTimeout(core.timer);
    core.timer = undefined;
    writing = (writing ?? Promise.resolve()).then(() =>
      saveHalf().then(
        (half) => half.write(core, urgent),
        (error: unknown) => {
          // The writing code could not be fetched (offline before the site was cached): the edit
          // stays on screen and pending, and the reader is told.
          if (!core.state.unsaved) return;
          send(
            { type: 'write-failed' },
            {
              problem: `Not saved: the part of the workbook that saves could not be downloaded (${
                error instanceof Error ? error.message : String(error)
              }). Your text is still on this page; check your connection, and your next change saves it.`,
            },
          );
        },
      ),
    );
    return writing;
  }

  /** Adopts a newer stored copy written by another tab (see `refresh` in document-writer.ts). */
  const refresh = () =>
    saveHalf().then(
      (half) => half.refresh(core),
      () => {}, // nothing adopted; the next save merges with storage anyway
    );

  const onHide = () => {
    if (document.visibilityState === 'hidden') {
      stashNow(core);
      void save(true);
    } else void refresh();
  };
  const onPageHide = () => {
    stashNow(core);
    void save(true);
  };
  const onFocus = () => void refresh();

  function start() {
    registry.set([...registry.get(), doc as PersistedDocument<unknown>]);
    loading = load();
    core.channel = joinTabs(spec.key, core.instanceId, {
      saved: () => void refresh(),
      replaced: () => void doc.reload(),
    });
    if (typeof window !== 'undefined') {
      document.addEventListener('visibilitychange', onHide);
      window.addEventListener('pagehide', onPageHide);
      window.addEventListener('focus', onFocus);
    }
  }

  function stop() {
    void save();
    registry.set(registry.get().filter((entry) => entry !== (doc as PersistedDocument<unknown>)));
    core.channel?.close();
    core.channel = undefined;
    if (typeof window !== 'undefined') {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('focus', onFocus);
    }
  }

  const doc: PersistedDocument<T> = {
    spec,
    $data,
    $status,
    update: core.update,
    flush: () => save(),
    async ready() {
      if (loading) return loading;
      // Subscribing mounts the document, which starts the load; stay subscribed until it is done.
      const unbind = $data.listen(() => {});
      try {
        await currentLoad();
      } finally {
        unbind();
      }
    },
    async reload() {
      core.generation++;
      core.check = undefined;
      clearTimeout(core.timer);
      core.setPending(false);
      core.lastSeen = core.base = core.before = undefined;
      forgetReplaced(spec.key); // their fields may hold other text now, or be gone
      core.adopt(spec.initial());
      $status.set(fresh());
      send({ type: 'load' });
      loading = load();
      await loading;
    },
  };

  // Watching the status (a worksheet waiting for "ready") keeps the data mounted too, so it loads.
  onMount($status, () => $data.listen(() => {}));

  onMount($data, () => {
    // Islands also render on the server, where there is no reader storage: stay 'loading' there
    // and let the browser load the real data after hydration.
    if (import.meta.env.SSR) return;
    start();
    return stop;
  });

  // Saving is a reaction to changes, not part of each action. A notify hook rather than a
  // listener, so that creating a document does not mount (and load) it.
  onNotify($data, () => {
    if (adopting) return;
    const { storage } = core;
    if (!takesEdits(core.state) || !storage || storage.fallbackReason) return;
    if (!core.state.unsaved) {
      mark(`${spec.key}:edit`);
      void saveHalf().catch(() => {}); // fetched during the delay below; a failure shows on save
    }
    send({ type: 'edit' });
    core.setPending(true);
    clearTimeout(core.timer);
    core.timer = setTimeout(() => void save(), SAVE_DELAY_MS);
  });

  return doc;
}
