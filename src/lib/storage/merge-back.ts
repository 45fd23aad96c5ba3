// Fetched only when localStorage holds copies written while IndexedDB would not open: it needs
// every document's schema, which a page that never met a closed database should not download.
import { documentSpecs } from '../../documents';
import { decodeEnvelope, encodeEnvelope, type DocumentSpec } from '../documents';
import type { StorageEngine } from './engine';

/**
 * One stand-in copy combined with what IndexedDB holds under the same key: the entries to write
 * there. The stand-in started from an empty document (the saved answers were out of reach), so
 * its empty start is the merge's base: whatever it did not change gives way to the saved copy,
 * and whatever it added or changed is kept. A copy that cannot be merged (unreadable, of a newer
 * version, or beside a saved copy that is) is kept aside under its own key, never dropped.
 */
export function mergeStandIn<T>(
  spec: DocumentSpec<T>,
  standInRaw: unknown,
  storedRaw: unknown,
  now: Date,
): [string, unknown][] {
  const standIn = decodeEnvelope(spec, standInRaw);
  const stored = decodeEnvelope(spec, storedRaw);
  const aside: [string, unknown] = [`quarantine:${spec.key}:${now.toISOString()}:stand-in`, standInRaw];
  if (standIn.kind === 'empty') return [];
  if (standIn.kind !== 'ok' || (stored.kind !== 'ok' && stored.kind !== 'empty')) return [aside];
  // An older copy's data that a later version keeps elsewhere is not carried over from here.
  const keep: [string, unknown][] = standIn.migratedFrom !== undefined && spec.carryOver ? [aside] : [];
  if (stored.kind === 'empty') return [...keep, [spec.key, encodeEnvelope(spec, standIn.data, now)]];
  if (!spec.merge) return [aside];
  const merged = spec.merge(standIn.data, stored.data, spec.initial());
  return [...keep, [spec.key, encodeEnvelope(spec, merged, now, stored.updatedAt)]];
}

/**
 * Moves everything the localStorage stand-in holds into IndexedDB, in one transaction, then
 * clears the stand-in. Runs while no other tab does (Web Locks), so two pages opening at once
 * do not both merge. Kept-aside copies move as they are. Returns the keys it took in.
 */
export async function mergeBack(
  primary: StorageEngine,
  standIn: StorageEngine,
  now = new Date(),
): Promise<string[]> {
  const run = async () => {
    const keys = await standIn.keys();
    const entries: [string, unknown][] = [];
    for (const key of keys) {
      const raw = await standIn.getItem(key);
      const spec = documentSpecs.find((candidate) => candidate.key === key);
      if (spec) entries.push(...mergeStandIn(spec, raw, await primary.getItem(key), now));
      else entries.push([(await primary.getItem(key)) === null ? key : `${key}:stand-in`, raw]);
    }
    await primary.setItems(entries);
    for (const key of keys) await standIn.removeItem(key);
    return keys;
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request('networking-workbook:merge-back', run) : run();
}
