/** A list entry that can be edited in two tabs at once: stable id, own modification time. */
export interface VersionedRecord {
  id: string;
  /** ISO time of the record's last change. */
  updatedAt: string;
}

/** When each deleted record was deleted, so a deletion in one tab is not undone by another. */
export type Tombstones = Record<string, string>;

const newer = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** Union of two tombstone sets, keeping the later deletion time. */
export function mergeTombstones(a: Tombstones = {}, b: Tombstones = {}): Tombstones {
  const merged: Tombstones = { ...a };
  for (const [id, at] of Object.entries(b)) {
    const existing = merged[id];
    if (!existing || newer(at, existing)) merged[id] = at;
  }
  return merged;
}

/**
 * Merges two copies of a list record by record: for each id the later `updatedAt` wins, a
 * record deleted after its last edit stays deleted, and a record edited after its deletion
 * comes back. Order follows `local`, with records only `stored` has inserted after their
 * stored predecessor, so both tabs' additions keep a sensible place.
 */
export function mergeRecords<T extends VersionedRecord>(
  local: readonly T[],
  stored: readonly T[],
  tombstones: Tombstones = {},
): T[] {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const localIds = new Set(local.map((record) => record.id));
  const alive = (record: T) => {
    const deletedAt = tombstones[record.id];
    return !deletedAt || newer(record.updatedAt, deletedAt);
  };
  const latest = (record: T): T => {
    const other = storedById.get(record.id);
    return other && newer(other.updatedAt, record.updatedAt) ? other : record;
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
