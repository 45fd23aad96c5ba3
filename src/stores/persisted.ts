import { atom, onMount, onNotify, type ReadableAtom } from 'nanostores';
import {
  decodeEnvelope,
  mayDeferCheck,
  encodeEnvelope,
  isStoredCopy,
  openEnvelope,
  type DocumentSpec,
} from '../lib/documents';
import type { CheckUnit } from '../lib/schema-check';

// Checking a large document in parts is needed only once a reader has thousands of records, so it
// loads then, and pages stay light for everyone else. Kept once loaded: awaiting an import, even
// of a loaded module, lets other tasks run first, and a large document read alongside would then
// be unpacked before this one is shown.
let checker: typeof import('../lib/schema-check') | undefined;
const schemaCheck = async () => (checker ??= await import('../lib/schema-check'));
import { openStorage, toStorageError, type OpenedStorage } from '../lib/storage';
import { askForPersistence } from './storage-health';

/** Where a document is in its life, as the save indicator and islands see it. */
export interface DocumentStatus {
  /** `loading` until the first read completes; nothing is written before that. */
  phase: 'loading' | 'ready' | 'error';
  /** `saved`: storage holds what is on screen; `pending`/`saving`: a write is due or under way. */
  save: 'saved' | 'pending' | 'saving' | 'failed';
  /** True when edits are refused, e.g. the stored data comes from a newer version. */
  readOnly: boolean;
  /** False when data lives only in memory for this visit. */
  durable: boolean;
  /** What went wrong and what to do, in the reader's words. */
  problem?: string;
  /** Set when unreadable stored data was moved aside instead of being replaced. */
  quarantinedAs?: string;
  /**
   * True while a large stored copy, shown as soon as its shape was checked, is still being
   * checked record by record. Edits are allowed; their save waits until the check passes.
   */
  checking?: boolean;
}

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

// User Timing entries let the storage benchmark (and a reader's devtools) see load and save times.
const mark = (name: string) => globalThis.performance?.mark?.(name);
const measure = (name: string, start: string) => {
  try {
    globalThis.performance?.measure?.(name, start);
  } catch {
    // The start mark can be missing (cleared, or an edit made before load); nothing to report.
  }
};

/** Saves wait this long after the last edit, so typing does not write on every keystroke. */
export const SAVE_DELAY_MS = 250;
const CHANNEL = 'networking-workbook';
// Reads of large documents (`PersistedOptions.large`) queue here, one after another.
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
    detail?.waitUntil?.(Promise.all(registry.get().map((doc) => doc.flush())));
  });
}

type Message =
  { type: 'saved'; key: string; updatedAt: string; from: string } | { type: 'replaced'; keys: string[] };

/**
 * Tells every open copy of these documents, in this tab and others, that storage was replaced
 * wholesale (an import or a reset), so they drop their state and read it again.
 */
export async function reloadEverywhere(keys: readonly string[]): Promise<void> {
  const affected = registry.get().filter((doc) => keys.includes(doc.spec.key));
  await Promise.all(affected.map((doc) => doc.reload()));
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'replaced', keys: [...keys] } satisfies Message);
  channel.close();
}

const explain = (error: unknown): string => {
  const failure = toStorageError(error);
  switch (failure.reason) {
    case 'quota':
      return 'Not saved: this browser’s storage for the site is full. Export your data from “Your data”, then free some space.';
    case 'connection-lost':
      return 'Not saved: the browser closed its database. Your text is still here; reload the page, then check it is saved.';
    default:
      return `Not saved: ${failure.message} Your text is still on this page; export it from “Your data” to keep a copy.`;
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
  /**
   * True for a document that grows to thousands of records for a large network: the code that
   * checks such a document in parts starts loading along with the read, so that showing it
   * waits for neither.
   */
  large?: boolean;
}

/**
 * Creates a persisted document. Creating it does nothing; it loads when the first island
 * subscribes (never at module load, since pages render on the server), and saves after edits:
 * debounced, flushed when the page is hidden or closed, merged with other tabs' writes.
 */
export function persisted<T>(spec: DocumentSpec<T>, options: PersistedOptions = {}): PersistedDocument<T> {
  const $data = atom<T>(spec.initial());
  const $status = atom<DocumentStatus>({ phase: 'loading', save: 'saved', readOnly: false, durable: true });
  let storage: OpenedStorage | undefined;
  let lastSeen: string | undefined; // updatedAt of the stored copy this tab's data is based on
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let loading: Promise<void> | undefined;
  let channel: BroadcastChannel | undefined;
  // Identifies this copy of the document in broadcasts, so it ignores its own messages.
  const instanceId = Math.random().toString(36).slice(2);
  let adopting = false; // set while data comes from storage, so it is not saved straight back
  let recovered = false; // a stashed edit was taken back on load and still needs saving
  // The background check of a stored copy adopted before all its records were checked. Every
  // write and refresh waits for it; `generation` tells it the document was reloaded meanwhile.
  let checking: Promise<void> | undefined;
  let generation = 0;
  // Set while storage may still hold a copy of an older version that `carryOver` must see
  // before it is written over: such a write always reads storage first, even when urgent.
  let upgrading = false;

  const adopt = (data: T) => {
    adopting = true;
    try {
      $data.set(data);
    } finally {
      adopting = false;
    }
  };

  const currentLoad = (): Promise<void> | undefined => loading;
  const setStatus = (change: Partial<DocumentStatus>) => $status.set({ ...$status.get(), ...change });

  const warnBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
  };
  const setPending = (pending: boolean) => {
    if (typeof window === 'undefined') return;
    // Registered only while a save is pending: a permanent handler disables the back/forward cache.
    if (pending) window.addEventListener('beforeunload', warnBeforeUnload);
    else window.removeEventListener('beforeunload', warnBeforeUnload);
  };

  async function read() {
    storage ??= await openStorage();
    const engine = storage.engine;
    let raw: unknown;
    if (options.large) {
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
      ? (checker ?? (await schemaCheck())).decodeShape(spec, raw)
      : decodeEnvelope(spec, raw);
    measure(`${spec.key}:check`, `${spec.key}:check-start`);
    return { raw, decoded };
  }

  /**
   * Takes back an edit that a closing page stashed because its save might not finish: when the
   * stash is newer than what storage holds, it is merged in and saved properly.
   */
  function recoverStash(stored: { data: T; updatedAt: string } | undefined) {
    const stash = storage!.engine.unstash(spec.key);
    const stashed = decodeEnvelope(spec, stash);
    if (stashed.kind === 'invalid') {
      // Edits made on a copy that turned out unreadable: kept aside like it, never dropped.
      void storage!.engine
        .setItem(`quarantine:${spec.key}:${new Date().toISOString()}:unsaved-edits`, stash)
        .then(() => storage!.engine.clearStash(spec.key))
        .catch(() => {}); // the stash stays, and is offered again on the next load
      return;
    }
    if (stashed.kind !== 'ok') {
      storage!.engine.clearStash(spec.key);
      return;
    }
    if (stored && Date.parse(stashed.updatedAt) <= Date.parse(stored.updatedAt)) {
      storage!.engine.clearStash(spec.key);
      return;
    }
    adopt(stored && spec.merge ? spec.merge(stashed.data, stored.data) : stashed.data);
    recovered = true;
  }

  /** Keeps a synchronous copy of unsaved edits while the page is going away. */
  function stashNow() {
    // A write under way counts as unsaved too: the page may go before it lands.
    if (!(dirty || $status.get().save === 'saving') || !storage || storage.fallbackReason) return;
    storage.engine.stash(spec.key, encodeEnvelope(spec, $data.get(), new Date(), lastSeen));
  }

  async function load(): Promise<void> {
    mark(`${spec.key}:load-start`);
    if (options.large) void schemaCheck().catch(() => {}); // read() reports a failure to load it
    try {
      const { raw, decoded } = await read();
      const durable = storage!.engine.durable;
      const problem = storage!.fallbackReason
        ? 'Not saved: this browser is not letting the site store data (private browsing or blocked storage). What you type stays only until this tab closes; export it from “Your data” to keep it.'
        : undefined;
      if (decoded.kind === 'ok' || decoded.kind === 'empty' || decoded.kind === 'unchecked') {
        if (decoded.kind !== 'empty') {
          adopt(decoded.data);
          lastSeen = decoded.updatedAt;
          if (decoded.kind === 'ok' && decoded.migratedFrom !== undefined && options.carryOver) {
            upgrading = true;
            recovered = true; // written below, once ready, so the upgrade happens on this visit
          }
        }
        if (decoded.kind === 'unchecked') {
          checking = checkLater(raw, decoded.remaining, generation);
          setStatus({ checking: true });
        }
        recoverStash(decoded.kind === 'empty' ? undefined : decoded);
      } else if (decoded.kind === 'newer') {
        setStatus({
          phase: 'ready',
          readOnly: true,
          durable,
          problem: `Read-only: your ${spec.title.toLowerCase()} was saved by a newer version of the workbook (format ${decoded.version}). Reload the page to get the latest version; nothing here will change it.`,
        });
        return;
      } else if (decoded.kind === 'invalid') {
        const quarantinedAs = await quarantine(raw);
        setStatus({ phase: 'ready', durable, quarantinedAs, problem: unreadable(decoded.reason) });
        return;
      }
      setStatus({ phase: 'ready', durable, ...(problem ? { problem, save: 'failed' as const } : {}) });
      measure(`${spec.key}:load`, `${spec.key}:load-start`);
      if (recovered) {
        recovered = false;
        dirty = true;
        setStatus({ save: 'pending' });
        void save();
      }
    } catch (error) {
      setStatus({ phase: 'error', readOnly: true, problem: explain(error) });
    }
  }

  const unreadable = (reason: string, withEdits = false) =>
    `Your saved ${spec.title.toLowerCase()} could not be read (${reason}). It has been kept aside, not deleted,${
      withEdits ? ' with the changes you made since opening the page,' : ''
    } and is included when you export from “Your data”.`;

  /** Never replaces data we cannot read: keeps it under its own key, and returns that key. */
  async function quarantine(raw: unknown, edits?: T): Promise<string> {
    const quarantinedAs = `quarantine:${spec.key}:${new Date().toISOString()}`;
    await storage!.engine.setItem(quarantinedAs, raw);
    if (edits !== undefined) {
      await storage!.engine.setItem(
        `${quarantinedAs}:unsaved-edits`,
        encodeEnvelope(spec, edits, new Date()),
      );
    }
    await storage!.engine.removeItem(spec.key);
    return quarantinedAs;
  }

  /**
   * Finishes checking a stored copy that is already on screen, a slice at a time so the page
   * stays responsive. When a record fails, the stored copy is quarantined exactly as on a failed
   * load, with the reason the full check gives; edits the reader made on it meanwhile are kept
   * aside with it (never written over the document), and the document starts afresh.
   */
  async function checkLater(raw: unknown, remaining: CheckUnit[], started: number): Promise<void> {
    const current = () => generation === started;
    mark(`${spec.key}:verify-start`);
    const { checkInSlices } = await schemaCheck();
    const passed = await checkInSlices(remaining, { cancelled: () => !current() });
    if (!current()) return;
    measure(`${spec.key}:verify`, `${spec.key}:verify-start`);
    const decoded = passed ? undefined : decodeEnvelope(spec, raw);
    if (!decoded || decoded.kind === 'ok') {
      setStatus({ checking: false });
      return;
    }
    const edits = dirty || recovered ? $data.get() : undefined;
    clearTimeout(timer);
    dirty = false;
    recovered = false;
    setPending(false);
    lastSeen = undefined;
    adopt(spec.initial());
    try {
      const reason = decoded.kind === 'invalid' ? decoded.reason : 'it changed format while open';
      const quarantinedAs = await quarantine(raw, edits);
      setStatus({ checking: false, save: 'saved', quarantinedAs, problem: unreadable(reason, !!edits) });
    } catch (error) {
      setStatus({ checking: false, phase: 'error', readOnly: true, problem: explain(error) });
    }
  }

  /**
   * Writes this tab's data. Normally it first reads the stored copy and merges another tab's
   * newer write. When the page is being hidden or closed (`urgent`) it writes at once: the
   * browser may stop the page after the next event, and other tabs' writes have already been
   * merged in as their broadcasts arrived.
   */
  async function write(urgent = false): Promise<void> {
    // Nothing is written over a stored copy before it has been checked in full.
    if (checking) await checking;
    if (!dirty || !storage) return;
    if (storage.fallbackReason) return; // memory only: the status already says so
    if (upgrading) urgent = false;
    dirty = false;
    setStatus({ save: 'saving' });
    try {
      let data = $data.get();
      let after = lastSeen;
      if (!urgent) {
        const raw = await storage.engine.getItem(spec.key);
        // Unchanged since this tab last read or wrote it: nothing to merge, nothing to check.
        const current = isStoredCopy(spec, raw, lastSeen)
          ? { kind: 'same' as const }
          : decodeEnvelope(spec, raw);
        if (current.kind === 'newer') {
          setStatus({
            readOnly: true,
            save: 'failed',
            problem: `Not saved: another tab saved your ${spec.title.toLowerCase()} with a newer version of the workbook. Reload this page.`,
          });
          return;
        }
        if (current.kind === 'ok' && current.updatedAt !== lastSeen) {
          // Another tab wrote since we last read: keep both tabs' edits.
          data = spec.merge ? spec.merge(data, current.data) : data;
          adopt(data);
        }
        if (current.kind === 'ok') after = current.updatedAt;
        const opened = options.carryOver && current.kind === 'ok' ? openEnvelope(raw) : undefined;
        if (opened?.kind === 'envelope' && opened.schemaVersion < spec.version) {
          await options.carryOver!(opened);
        }
      }
      const envelope = encodeEnvelope(spec, data, new Date(), after);
      await storage.engine.setItem(spec.key, envelope);
      measure(`${spec.key}:edit-to-write`, `${spec.key}:edit`);
      lastSeen = envelope.updatedAt;
      if (upgrading) measure(`${spec.key}:upgrade`, `${spec.key}:load-start`);
      upgrading = false;
      storage.engine.clearStash(spec.key);
      channel?.postMessage({
        type: 'saved',
        key: spec.key,
        updatedAt: envelope.updatedAt,
        from: instanceId,
      } satisfies Message);
      if (dirty) return; // edited during the write: the scheduled save will follow
      setStatus({ save: 'saved', ...($status.get().quarantinedAs ? {} : { problem: undefined }) });
      setPending(false);
      void askForPersistence();
    } catch (error) {
      dirty = true;
      setStatus({ save: 'failed', problem: explain(error) });
    }
  }

  function save(urgent = false): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    writing = (writing ?? Promise.resolve()).then(() => write(urgent));
    return writing;
  }

  /** Adopts a newer stored copy written by another tab, merging if this tab has unsaved edits. */
  async function refresh(): Promise<void> {
    if (checking) await checking;
    if ($status.get().phase !== 'ready' || !storage) return;
    try {
      const raw = await storage.engine.getItem(spec.key);
      if (isStoredCopy(spec, raw, lastSeen)) return;
      const decoded = decodeEnvelope(spec, raw);
      if (decoded.kind !== 'ok' || decoded.updatedAt === lastSeen) return;
      if (lastSeen && Date.parse(decoded.updatedAt) < Date.parse(lastSeen)) return;
      // With unsaved edits the merged copy still needs saving, which the pending save does.
      adopt(dirty && spec.merge ? spec.merge($data.get(), decoded.data) : dirty ? $data.get() : decoded.data);
      lastSeen = decoded.updatedAt;
    } catch {
      // A failed refresh changes nothing; the next save merges with storage anyway.
    }
  }

  const onHide = () => {
    if (document.visibilityState === 'hidden') {
      stashNow();
      void save(true);
    } else void refresh();
  };
  const onPageHide = () => {
    stashNow();
    void save(true);
  };
  const onFocus = () => void refresh();

  function start() {
    registry.set([...registry.get(), doc as PersistedDocument<unknown>]);
    loading = load();
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = ({ data: message }: MessageEvent<Message>) => {
        if (message.type === 'replaced' && message.keys.includes(spec.key)) void doc.reload();
        else if (message.type === 'saved' && message.key === spec.key && message.from !== instanceId) {
          void refresh();
        }
      };
    }
    if (typeof window !== 'undefined') {
      document.addEventListener('visibilitychange', onHide);
      window.addEventListener('pagehide', onPageHide);
      window.addEventListener('focus', onFocus);
    }
  }

  function stop() {
    void save();
    registry.set(registry.get().filter((entry) => entry !== (doc as PersistedDocument<unknown>)));
    channel?.close();
    channel = undefined;
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
    update(edit) {
      const status = $status.get();
      if (status.phase !== 'ready') throw new Error(`${spec.title} is still loading.`);
      if (status.readOnly) throw new Error(status.problem ?? `${spec.title} is read-only.`);
      $data.set(edit($data.get()));
    },
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
      generation++;
      checking = undefined;
      upgrading = false;
      clearTimeout(timer);
      dirty = false;
      setPending(false);
      lastSeen = undefined;
      adopt(spec.initial());
      $status.set({ phase: 'loading', save: 'saved', readOnly: false, durable: true });
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
    if ($status.get().phase !== 'ready' || $status.get().readOnly || !storage) return;
    if (storage.fallbackReason) return;
    if (!dirty) mark(`${spec.key}:edit`);
    dirty = true;
    setStatus({ save: 'pending' });
    setPending(true);
    clearTimeout(timer);
    timer = setTimeout(() => void save(), SAVE_DELAY_MS);
  });

  return doc;
}
