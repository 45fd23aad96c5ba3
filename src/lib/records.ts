/** A list entry that can be edited in two tabs at once: stable id, own modification time. */
export interface VersionedRecord extends Stamped {
  id: string;
}

/** When each deleted record was deleted, so a deletion in one tab is not undone by another. */
export type Tombstones = Record<string, string>;

/**
 * When the record `id` was deleted, if it was. An own key only: an id such as `constructor` must
 * not find what every object inherits.
 */
export const deletedAt = (tombstones: Tombstones, id: string): string | undefined =>
  Object.hasOwn(tombstones, id) ? tombstones[id] : undefined;

const newer = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** Anything stamped with the time of its last change, such as a record or the base pitch. */
export interface Stamped {
  /** ISO time of the last change. */
  updatedAt: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRecordList = (value: unknown): value is VersionedRecord[] =>
  Array.isArray(value) &&
  value.every(
    (item) => isObject(item) && typeof item['id'] === 'string' && typeof item['updatedAt'] === 'string',
  );

/** True when two stored values hold the same data (stored data is plain JSON). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const other = b as Record<string, unknown>;
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => same((a as Record<string, unknown>)[key], other[key]))
  );
}

/**
 * One value that both copies may have changed since `base`, the stored copy they both started
 * from. A change made in one copy only is kept; where both changed it, lists of records merge
 * record by record, objects field by field, and anything else takes the later copy's value.
 */
function mergeValue(later: unknown, earlier: unknown, base: unknown): unknown {
  if (same(earlier, base)) return later;
  if (same(later, base)) return earlier;
  if (isRecordList(later) && isRecordList(earlier) && isRecordList(base)) {
    return mergeRecords(later, earlier, {}, base);
  }
  if (isObject(later) && isObject(earlier) && isObject(base)) {
    // Built from entries, which define each key as data: a key `__proto__` stays a plain key.
    const keys = new Set([...Object.keys(later), ...Object.keys(earlier)]);
    return Object.fromEntries(
      [...keys].map((key) => [key, mergeValue(later[key], earlier[key], base[key])] as const),
    );
  }
  return later;
}

/**
 * Merges two copies of one record. Without `base` the later edit wins whole. With it (the
 * stored copy both tabs started from) a copy that did not change the record gives way to the
 * one that did, and when both changed it each keeps the fields only it changed: one tab's new
 * goal text and another's new metric both survive. A field both changed takes the later edit.
 */
export function mergeRecord<T extends Stamped>(local: T, stored: T, base?: T): T {
  const storedIsLater = newer(stored.updatedAt, local.updatedAt);
  if (!base) return storedIsLater ? stored : local;
  if (stored.updatedAt === base.updatedAt) return local;
  if (local.updatedAt === base.updatedAt) return stored;
  return (storedIsLater ? mergeValue(stored, local, base) : mergeValue(local, stored, base)) as T;
}

/**
 * Union of two tombstone sets, keeping the later deletion time. The result has no prototype, so
 * that a record whose id is `__proto__` gets a tombstone like any other.
 */
export function mergeTombstones(a: Tombstones = {}, b: Tombstones = {}): Tombstones {
  const merged = Object.assign(Object.create(null) as Tombstones, a);
  for (const [id, at] of Object.entries(b)) {
    const existing = deletedAt(merged, id);
    if (!existing || newer(at, existing)) merged[id] = at;
  }
  return merged;
}

/**
 * Merges two copies of a list record by record: each id's two copies merge as `mergeRecord`
 * does, a record deleted after its last edit stays deleted, and a record edited after its
 * deletion comes back. With `base`, the stored list both copies started from, a record that one
 * copy dropped and the other left as it was is a deletion too, which lists inside a record need
 * since they keep no tombstones. Order follows `local`, with records only `stored` has inserted
 * after their stored predecessor, so both tabs' additions keep a sensible place.
 */
export function mergeRecords<T extends VersionedRecord>(
  local: readonly T[],
  stored: readonly T[],
  tombstones: Tombstones = {},
  base?: readonly T[],
): T[] {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const localIds = new Set(local.map((record) => record.id));
  const baseById = new Map(base?.map((record) => [record.id, record]));
  const alive = (record: T) => {
    const deleted = deletedAt(tombstones, record.id);
    if (deleted && !newer(record.updatedAt, deleted)) return false;
    const was = baseById.get(record.id);
    const inBoth = localIds.has(record.id) && storedById.has(record.id);
    return inBoth || !was || record.updatedAt !== was.updatedAt;
  };
  const latest = (record: T): T => {
    const other = storedById.get(record.id);
    return other ? mergeRecord(record, other, baseById.get(record.id)) : record;
  };
  // Each record only `stored` has goes right after its predecessor in `stored`, which is either
  // in `local` or itself such a record; so they form runs, each hanging after one record (or
  // the front). Collected first and emitted in one pass: linear, where inserting one by one
  // searched the whole list for each record another tab added.
  const FRONT = Symbol('front');
  const after = new Map<string | typeof FRONT, T[]>();
  stored.forEach((record, index) => {
    if (localIds.has(record.id)) return;
    const key = index === 0 ? FRONT : stored[index - 1]!.id;
    const run = after.get(key);
    // Later records hung after the same one go before earlier ones, as repeated insertion did.
    if (run) run.unshift(record);
    else after.set(key, [record]);
  });
  const result: T[] = [];
  const emit = (start: T[] | undefined) => {
    const pending = start ? [...start].reverse() : [];
    while (pending.length) {
      const record = pending.pop()!;
      result.push(record);
      const run = after.get(record.id);
      if (run) {
        after.delete(record.id); // runs follow the first copy of an id only
        for (let i = run.length - 1; i >= 0; i--) pending.push(run[i]!);
      }
    }
  };
  emit(after.get(FRONT));
  for (const record of local) {
    result.push(latest(record));
    const run = after.get(record.id);
    after.delete(record.id);
    emit(run);
  }
  return result.filter(alive);
}

/**
 * Merges two copies of a document made of lists of records: the tombstones first (their union,
 * the later time winning), then each list in `keys` record by record against them. Any other
 * field is taken from `local`; a spec merges those itself.
 */
export function mergeLists<D extends object, K extends keyof D & string>(
  local: D,
  stored: D,
  base: D | undefined,
  keys: readonly K[],
): D {
  const tombstonesOf = (doc: D) => (doc as { deleted?: Tombstones }).deleted;
  const deleted = mergeTombstones(tombstonesOf(local), tombstonesOf(stored));
  const merged = { ...local } as Record<string, unknown>;
  for (const key of keys) {
    merged[key] = mergeRecords(
      local[key] as readonly VersionedRecord[],
      stored[key] as readonly VersionedRecord[],
      deleted,
      base?.[key] as readonly VersionedRecord[] | undefined,
    );
  }
  if ('deleted' in local || 'deleted' in stored) merged['deleted'] = deleted;
  return merged as D;
}
