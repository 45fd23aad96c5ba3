// The half of a persisted document that writes: saving edits (merged with other tabs' writes),
// adopting another tab's save, moving unreadable data aside and finishing the check of a large
// copy. Fetched on a document's first edit (or when storage needs one of these), so a page that
// only shows saved answers never downloads it. State lives on the `DocumentCore` that
// `document-store.ts` owns and hands in.
import { decodeEnvelope, encodeEnvelope, isStoredCopy, openEnvelope } from '../lib/documents';
import { describeField, putBack, replacedTexts, type PathStep } from '../lib/replaced-text';
import type { CheckUnit } from './record-check';
import { explain, measure, mark, schemaCheck, type DocumentCore } from './document-core';
import { askForPersistence } from './persistence-request';
import { replacedEntries, type ReplacedEntry } from './replaced';
import { takesEdits } from './states';

/** What the reader is told when stored data could not be read and was kept aside. */
export const unreadable = (title: string, reason: string, withEdits = false) =>
  `Your saved ${title.toLowerCase()} could not be read (${reason}). It has been kept aside, not deleted,${
    withEdits ? ' with the changes you made since opening the page,' : ''
  } and is included when you export from “Your data”.`;

/** Never replaces data we cannot read: keeps it under its own key, and returns that key. */
export async function quarantine<T>(core: DocumentCore<T>, raw: unknown, edits?: T): Promise<string> {
  const { spec } = core;
  const engine = core.storage!.engine;
  const quarantinedAs = `quarantine:${spec.key}:${new Date().toISOString()}`;
  await engine.setItem(quarantinedAs, raw);
  if (edits !== undefined) {
    await engine.setItem(`${quarantinedAs}:unsaved-edits`, encodeEnvelope(spec, edits, new Date()));
  }
  await engine.removeItem(spec.key);
  return quarantinedAs;
}

/**
 * Finishes checking a stored copy that is already on screen, a slice at a time so the page
 * stays responsive. When a record fails, the stored copy is quarantined exactly as on a failed
 * load, with the reason the full check gives; edits the reader made on it meanwhile are kept
 * aside with it (never written over the document), and the document starts afresh.
 */
export async function checkLater<T>(
  core: DocumentCore<T>,
  raw: unknown,
  remaining: CheckUnit[],
  started: number,
): Promise<void> {
  const { spec } = core;
  const current = () => core.generation === started;
  mark(`${spec.key}:verify-start`);
  const { checkInSlices } = await schemaCheck();
  const passed = await checkInSlices(remaining, { cancelled: () => !current() });
  if (!current()) return;
  measure(`${spec.key}:verify`, `${spec.key}:verify-start`);
  const decoded = passed ? undefined : decodeEnvelope(spec, raw);
  if (!decoded || decoded.kind === 'ok') {
    core.send({ type: 'checked' });
    return;
  }
  const edits = core.state.unsaved ? core.$data.get() : undefined;
  clearTimeout(core.timer);
  core.setPending(false);
  core.lastSeen = core.base = core.before = undefined;
  core.adopt(spec.initial());
  try {
    const reason = decoded.kind === 'invalid' ? decoded.reason : 'it changed format while open';
    const quarantinedAs = await quarantine(core, raw, edits);
    core.send({ type: 'quarantined' }, { quarantinedAs, problem: unreadable(spec.title, reason, !!edits) });
  } catch (error) {
    core.send({ type: 'unreachable' }, { problem: explain(error) });
  }
}

/**
 * Writes this tab's data. Normally it first reads the stored copy and merges another tab's
 * newer write. When the page is being hidden or closed (`urgent`) it writes at once: the
 * browser may stop the page after the next event, and other tabs' writes have already been
 * merged in as their broadcasts arrived.
 */
export async function write<T>(core: DocumentCore<T>, urgent = false): Promise<void> {
  const { spec, storage } = core;
  try {
    // Nothing is written over a stored copy before it has been checked in full.
    if (core.check) await core.check;
  } catch (error) {
    // The check could not run (its code could not be fetched): nothing is written, and the
    // reader is told; the edit stays pending, so closing the page stashes it.
    core.send({ type: 'check-unavailable' }, { problem: explain(error) });
    return;
  }
  // Read-only: nothing here may change what storage holds (a newer version's copy, or one out of reach).
  if (!core.state.unsaved || !takesEdits(core.state) || !storage) return;
  if (storage.fallbackReason) return; // memory only: the status already says so
  const { upgrading } = core.state;
  if (upgrading) urgent = false;
  core.send({ type: 'write' });
  try {
    const envelope = await (urgent
      ? store(core, core.$data.get(), core.lastSeen)
      : exclusively(spec.key, () => mergeAndStore(core)));
    if (!envelope) return;
    measure(`${spec.key}:edit-to-write`, `${spec.key}:edit`);
    if (upgrading) measure(`${spec.key}:upgrade`, `${spec.key}:load-start`);
    clearStash(core);
    core.channel?.announceSaved(envelope.updatedAt);
    if (core.state.unsaved) {
      core.send({ type: 'written' }); // edited during the write: the scheduled save will follow
      return;
    }
    // What was kept aside, or is out of reach, stays said after every save.
    const problem = core.$status.get().quarantinedAs ? {} : { problem: core.lastingProblem };
    core.send({ type: 'written' }, problem);
    core.setPending(false);
    void askForPersistence();
  } catch (error) {
    core.send({ type: 'write-failed' }, { problem: explain(error) });
  }
}

/** Writes `data` as the stored copy, stamped after `after`, and remembers it as this tab's base. */
async function store<T>(core: DocumentCore<T>, data: T, after: string | undefined) {
  const envelope = encodeEnvelope(core.spec, data, new Date(), after);
  await core.storage!.engine.setItem(core.spec.key, envelope);
  core.lastSeen = envelope.updatedAt;
  core.base = data;
  return envelope;
}

/**
 * Reads the stored copy, merges another tab's write since this tab last read or wrote, and
 * writes the result. Resolves to nothing, having written nothing, when storage holds a newer
 * version of the workbook's format.
 */
async function mergeAndStore<T>(core: DocumentCore<T>) {
  const { spec, options } = core;
  const raw = await core.storage!.engine.getItem(spec.key);
  // Taken after the read, so that text typed while it ran is merged too, not replaced.
  let data = core.$data.get();
  let after = core.lastSeen;
  // Unchanged since this tab last read or wrote it: nothing to merge, nothing to check.
  const current = isStoredCopy(spec, raw, core.lastSeen)
    ? { kind: 'same' as const }
    : decodeEnvelope(spec, raw);
  if (current.kind === 'newer') {
    // Still unsaved: closing or reloading the page stashes it, and the newer version takes it in.
    core.send(
      { type: 'newer' },
      {
        problem: `Not saved: another tab saved your ${spec.title.toLowerCase()} with a newer version of the workbook. Reload this page.`,
      },
    );
    return undefined;
  }
  if (current.kind === 'ok' && current.updatedAt !== core.lastSeen) {
    // Another tab wrote since we last read: keep both tabs' edits.
    const mine = data;
    data = spec.merge ? spec.merge(data, current.data, core.base) : data;
    core.adopt(data);
    tellReplaced(core, mine, data);
    core.before = current.data;
  }
  if (current.kind === 'ok') after = current.updatedAt;
  const opened = options.carryOver && current.kind === 'ok' ? openEnvelope(raw) : undefined;
  if (opened?.kind === 'envelope' && opened.schemaVersion < spec.version) {
    await options.carryOver!(opened);
  }
  return store(core, data, after);
}

const without = (gone: ReplacedEntry) =>
  replacedEntries.set(replacedEntries.get().filter((entry) => entry !== gone));

/**
 * Offers the reader, in the page's notice, each text they typed here that `next` (another tab's
 * copy, or this tab's merged with it) has just replaced on screen. Putting one back is an edit
 * like the reader's own, so it is refused while the document loads or is read-only, and saved.
 * The same text replaced again in the same field is offered once.
 */
function tellReplaced<T>(core: DocumentCore<T>, mine: T, next: T): void {
  const { spec } = core;
  const at = new Date().toISOString();
  const listed = replacedEntries.get();
  const where = (path: readonly PathStep[]) => JSON.stringify([spec.key, path]);
  const fresh = replacedTexts(mine, next, core.before)
    .filter(
      ({ path, mine: text }) => !listed.some((old) => old.text === text && where(old.path) === where(path)),
    )
    .map(({ path, mine: text, next: now }): ReplacedEntry => {
      const entry: ReplacedEntry = {
        key: spec.key,
        title: spec.title,
        path,
        field: describeField(mine, path),
        text,
        canPutBack: now !== undefined,
        at,
        putBack: () => {
          try {
            core.update((current) => {
              const restored = putBack(current, path, text, new Date());
              if (restored === undefined) throw new Error('That field is no longer in your worksheet.');
              return restored;
            });
          } catch (error) {
            return error instanceof Error ? error.message : String(error);
          }
          without(entry);
          return undefined;
        },
        dismiss: () => without(entry),
      };
      return entry;
    });
  if (fresh.length) replacedEntries.set([...listed, ...fresh]);
}

/** Adopts a newer stored copy written by another tab, merging if this tab has unsaved edits. */
export async function refresh<T>(core: DocumentCore<T>): Promise<void> {
  const { spec, storage } = core;
  try {
    if (core.check) await core.check;
    if (core.$status.get().phase !== 'ready' || !storage) return;
    const raw = await storage.engine.getItem(spec.key);
    if (isStoredCopy(spec, raw, core.lastSeen)) return;
    const decoded = decodeEnvelope(spec, raw);
    if (decoded.kind !== 'ok' || decoded.updatedAt === core.lastSeen) return;
    if (core.lastSeen && Date.parse(decoded.updatedAt) < Date.parse(core.lastSeen)) return;
    // With unsaved edits the merged copy still needs saving, which the pending save does. Edits
    // being written count as unsaved: the screen must not drop them until their write lands.
    const mine = core.$data.get();
    const unsaved = core.state.unsaved || core.state.status === 'saving';
    const next =
      unsaved && spec.merge ? spec.merge(mine, decoded.data, core.base) : unsaved ? mine : decoded.data;
    core.adopt(next);
    // Saved text is replaced too: this tab's write landed, then another tab's later edit came.
    tellReplaced(core, mine, next);
    core.lastSeen = decoded.updatedAt;
    core.base = core.before = decoded.data;
  } catch {
    // A failed refresh changes nothing; the next save merges with storage anyway.
  }
}

// Only a write needs these two, so they load with the writer rather than on every page.

/**
 * Runs a read-merge-write of one document while no other tab runs one of the same document
 * (Web Locks), so two tabs saving at the same instant cannot each read the copy before the
 * other's write and then write over it. Where the browser has no Web Locks it runs at once.
 */
export function exclusively<R>(key: string, task: () => Promise<R>): Promise<R> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(`networking-workbook:${key}`, task) : task();
}

/**
 * Forgets the closing-page stash once what it kept is stored: this tab's own, or one this tab
 * took in on load (`stashTaken`). Another tab's stash holds an edit this write may not include
 * (its own write never landed), so it stays for the next page load to take in.
 */
export function clearStash<T>(core: DocumentCore<T>): void {
  const { engine } = core.storage!;
  const stash = () => engine.unstash(core.spec.key) as { stashedBy?: unknown } | null;
  if (core.state.stashTaken || stash()?.stashedBy === core.instanceId) engine.clearStash(core.spec.key);
}
