// The copy of unsaved edits a closing page keeps synchronously (the engine's localStorage stash),
// in case its last write does not finish, and how the next page takes it back.
import { decodeEnvelope, encodeEnvelope } from '../lib/documents';
import type { DocumentCore } from './document-core';

/** Keeps a synchronous copy of unsaved edits while the page is going away. */
export function stashNow<T>(core: DocumentCore<T>): void {
  const { storage, spec } = core;
  // A write under way counts as unsaved too: the page may go before it lands.
  if (!(core.state.unsaved || core.state.status === 'saving') || !storage || storage.fallbackReason) return;
  // Signed, so that another tab's save does not clear it (see `clearStash`).
  const stash = {
    ...encodeEnvelope(spec, core.$data.get(), new Date(), core.lastSeen),
    stashedBy: core.instanceId,
  };
  storage.engine.stash(spec.key, stash);
}

/**
 * Takes back an edit that a closing page stashed because its save might not finish, and says
 * whether there was one to take. It is merged into what storage holds (`stored`), however old:
 * another tab may have saved since without it. Merging a stash whose edit did land changes nothing.
 */
export function takeStash<T>(core: DocumentCore<T>, stored: { data: T } | undefined): boolean {
  const { spec } = core;
  const engine = core.storage!.engine;
  const stash = engine.unstash(spec.key);
  const stashed = decodeEnvelope(spec, stash);
  if (stashed.kind === 'invalid') {
    // Edits made on a copy that turned out unreadable: kept aside like it, never dropped.
    void engine
      .setItem(`quarantine:${spec.key}:${new Date().toISOString()}:unsaved-edits`, stash)
      .then(() => engine.clearStash(spec.key))
      .catch(() => {}); // the stash stays, and is offered again on the next load
    return false;
  }
  if (stashed.kind !== 'ok') {
    engine.clearStash(spec.key);
    return false;
  }
  core.adopt(stored && spec.merge ? spec.merge(stashed.data, stored.data) : stashed.data);
  return true;
}
