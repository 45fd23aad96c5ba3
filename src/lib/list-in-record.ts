import type { ListPlace } from './list-edit';
import type { VersionedRecord } from './records';

/**
 * The list `key` inside the record `parentId` of `parents` (a goal's steps). The record is what
 * two tabs merge by, so each change stamps it too: otherwise another tab's older copy would win
 * and drop the change. A delete needs no tombstone for the same reason.
 */
export function listInRecord<D, P extends VersionedRecord, C extends VersionedRecord>(
  parents: ListPlace<D, P>,
  parentId: string,
  key: keyof P & string,
): ListPlace<D, C> {
  return {
    read: (doc) => parents.read(doc)?.find((parent) => parent.id === parentId)?.[key] as C[] | undefined,
    write: (doc, list, now) =>
      parents.write(
        doc,
        (parents.read(doc) ?? []).map((parent) =>
          parent.id === parentId ? { ...parent, [key]: list, updatedAt: now.toISOString() } : parent,
        ),
        now,
      ),
  };
}
