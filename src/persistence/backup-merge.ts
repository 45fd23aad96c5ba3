// Restoring a backup by merging it with what this browser holds, rather than replacing it: the
// same field-by-field merge two tabs use (each spec's `merge`, tombstones included), applied to
// this device's copy and the file's. Pure; loaded with the backup code.
import type { DocumentSpec } from '../lib/documents';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Stamped {
  updatedAt: string;
}
interface Keyed extends Stamped {
  id: string;
}

const isStamped = (value: unknown): value is Stamped =>
  isObject(value) && typeof value['updatedAt'] === 'string';

const isRecordList = (value: unknown): value is Keyed[] =>
  Array.isArray(value) &&
  value.every((item) => isStamped(item) && typeof (item as { id?: unknown }).id === 'string');

const time = (stamped: Stamped) => Date.parse(stamped.updatedAt);

/**
 * The candidate that can be the copy both sides started from: stamped no later than either side
 * (a later one cannot be an ancestor), and of those the latest, the closest common ancestor.
 */
function ancestor<T extends Stamped>(here: T, there: T, candidates: readonly unknown[]): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    if (!isStamped(candidate) || time(candidate) > time(here) || time(candidate) > time(there)) continue;
    if (!best || time(candidate) > time(best)) best = candidate as T;
  }
  return best;
}

/**
 * The copy of a document that this device and the file both started from, as far as it can be
 * known: built from `candidates`, copies that a device took in from another (its last restored
 * backup, and the one the file's device last restored). Two devices share no storage, so unlike
 * two tabs they have no stored copy in common; without one, the later edit of a record wins
 * whole, and with one each side keeps the fields only it changed.
 *
 * A candidate's record counts only where both sides hold that record and it is stamped no later
 * than either: a record missing on one side was never there or was deleted (tombstones say
 * which), and must never be read as "dropped since the base", which would delete it. Fields that
 * are neither lists of records nor stamped (a view choice) get no base, so this device's stands.
 */
export function commonBase(here: unknown, there: unknown, candidates: readonly unknown[]): unknown {
  if (!isObject(here) || !isObject(there)) return undefined;
  const usable = candidates.filter(isObject);
  if (usable.length === 0) return undefined;
  // A document that is one stamped record (the action plan) merges as a record.
  if (isStamped(here) && isStamped(there)) return ancestor(here, there, usable);
  const base: Record<string, unknown> = {};
  for (const key of Object.keys(here)) {
    const mine = here[key];
    const theirs = there[key];
    if (isRecordList(mine) && isRecordList(theirs)) {
      const theirsById = new Map(theirs.map((record) => [record.id, record]));
      const lists = usable.map((candidate) => candidate[key]).filter(isRecordList);
      base[key] = mine.flatMap((record) => {
        const other = theirsById.get(record.id);
        if (!other) return [];
        const found = ancestor(
          record,
          other,
          lists.map((list) => list.find((item) => item.id === record.id)),
        );
        return found ? [found] : [];
      });
    } else if (isStamped(mine) && isStamped(theirs)) {
      const found = ancestor(
        mine,
        theirs,
        usable.map((candidate) => candidate[key]),
      );
      if (found) base[key] = found;
    }
  }
  return base;
}

/**
 * This device's copy of one document merged with the file's, as the spec merges two tabs: this
 * device is the tab whose copy is on screen, the file the other tab's write. Fields a spec does
 * not merge (a view choice) stay this device's. A spec without a merge cannot be merged.
 */
export function mergeDocument<T>(
  spec: Required<Pick<DocumentSpec<T>, 'merge'>>,
  here: T,
  there: T,
  candidates: readonly unknown[],
): T {
  return spec.merge(here, there, commonBase(here, there, candidates) as T | undefined);
}

/** What a merge does to this device's copy of a document, in records (or parts, for the rest). */
export interface MergeEffect {
  /** Records the file brings that this device does not have. */
  added: number;
  /** Records, or other parts, that the merge changes here. */
  changed: number;
  /** Records this device has that the merge removes: deleted on the other device. */
  deleted: number;
  /** Records this device has that stay as they are. */
  kept: number;
}

/** True when two JSON-like values hold the same data; a key holding `undefined` counts as absent. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameData(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((key) => o[key] !== undefined);
  const leftKeys = keys(left);
  if (leftKeys.length !== keys(right).length) return false;
  return leftKeys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}

/**
 * Compares this device's copy with the merged one, record by record in each list of records and
 * as one part for any other field. Tombstones are bookkeeping, not something the reader wrote,
 * so they are not counted.
 */
export function mergeEffect(before: unknown, after: unknown): MergeEffect {
  const effect: MergeEffect = { added: 0, changed: 0, deleted: 0, kept: 0 };
  if (!isObject(before) || !isObject(after)) return effect;
  if (isStamped(before) && isStamped(after)) {
    effect[sameData(before, after) ? 'kept' : 'changed'] = 1;
    return effect;
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'deleted') continue;
    const old = before[key];
    const now = after[key];
    if (isRecordList(old) && isRecordList(now)) {
      const oldById = new Map(old.map((record) => [record.id, record]));
      const nowIds = new Set(now.map((record) => record.id));
      for (const record of now) {
        const was = oldById.get(record.id);
        if (!was) effect.added++;
        else if (sameData(was, record)) effect.kept++;
        else effect.changed++;
      }
      effect.deleted += old.filter((record) => !nowIds.has(record.id)).length;
    } else if (!sameData(old, now)) {
      effect.changed++;
    }
  }
  return effect;
}
