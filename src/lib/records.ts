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
  const result: T[] = local.map((record) => {
    const other = storedById.get(record.id);
    return other && newer(other.updatedAt, record.updatedAt) ? other : record;
  });
  stored.forEach((record, index) => {
    if (localIds.has(record.id)) return;
    const before = stored[index - 1];
    const at = before ? result.findIndex((r) => r.id === before.id) + 1 : 0;
    result.splice(at, 0, record);
  });
  return result.filter(alive);
}
