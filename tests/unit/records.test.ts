import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecords, mergeTombstones } from '../../src/lib/records';

const rec = (id: string, minute: number, note = id) => ({
  id,
  note,
  updatedAt: new Date(Date.UTC(2027, 2, 1, 10, minute)).toISOString(),
});

describe('mergeRecords', () => {
  it('keeps records added in either copy', () => {
    const merged = mergeRecords([rec('a', 0), rec('b', 1)], [rec('a', 0), rec('c', 2)]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('takes the later edit of a record, from either side', () => {
    expect(mergeRecords([rec('a', 5, 'local')], [rec('a', 1, 'stored')])[0]?.note).toBe('local');
    expect(mergeRecords([rec('a', 1, 'local')], [rec('a', 5, 'stored')])[0]?.note).toBe('stored');
  });

  it('keeps a deletion made after the last edit, and undoes one made before it', () => {
    const deletedAt = new Date(Date.UTC(2027, 2, 1, 10, 3)).toISOString();
    expect(mergeRecords([], [rec('a', 1)], { a: deletedAt })).toEqual([]);
    expect(mergeRecords([], [rec('a', 4)], { a: deletedAt }).map((r) => r.id)).toEqual(['a']);
  });

  it('is order-independent in content: merging either way gives the same records', () => {
    const records = fc.array(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minute: fc.integer({ min: 0, max: 59 }) }),
      { maxLength: 8 },
    );
    const unique = (list: { id: string; minute: number }[]) => [
      ...new Map(list.map((r) => [r.id, rec(r.id, r.minute, `${r.id}${r.minute}`)])).values(),
    ];
    fc.assert(
      fc.property(records, records, (left, right) => {
        const [l, r] = [unique(left), unique(right)];
        const sort = (list: ReturnType<typeof rec>[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
        const ab = sort(mergeRecords(l, r));
        const ba = sort(mergeRecords(r, l));
        expect(ab.map((x) => x.id)).toEqual(ba.map((x) => x.id));
        // Every id from either side survives exactly once, at its latest time.
        const ids = new Set([...l, ...r].map((x) => x.id));
        expect(ab).toHaveLength(ids.size);
        for (const record of ab) {
          const latest = Math.max(
            ...[...l, ...r].filter((x) => x.id === record.id).map((x) => Date.parse(x.updatedAt)),
          );
          expect(Date.parse(record.updatedAt)).toBe(latest);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** The merge by its definition: each record only `stored` has is inserted after its stored predecessor. */
function mergeOneByOne<T extends { id: string; updatedAt: string }>(
  local: T[],
  stored: T[],
  tombstones: Record<string, string>,
) {
  const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);
  const localIds = new Set(local.map((record) => record.id));
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const result = local.map((record) => {
    const other = storedById.get(record.id);
    return other && later(other.updatedAt, record.updatedAt) ? other : record;
  });
  stored.forEach((record, index) => {
    if (localIds.has(record.id)) return;
    const before = stored[index - 1];
    result.splice(before ? result.findIndex((r) => r.id === before.id) + 1 : 0, 0, record);
  });
  return result.filter((record) => !tombstones[record.id] || later(record.updatedAt, tombstones[record.id]!));
}

describe('mergeRecords with many records', () => {
  // Ids are unique within a list (every record gets a fresh one); each copy is a list of its own.
  const list = fc.uniqueArray(
    fc.record({ id: fc.constantFrom(...'abcdefghijklmnop'), minute: fc.integer({ min: 0, max: 59 }) }),
    { maxLength: 16, selector: (record) => record.id },
  );
  const records = (items: { id: string; minute: number }[]) =>
    items.map((r) => rec(r.id, r.minute, `${r.id}${r.minute}`));

  it('gives the same list, in the same order, as inserting the other copy’s records one by one', () => {
    fc.assert(
      fc.property(
        list,
        list,
        fc.dictionary(fc.constantFrom(...'abcdefghijklmnop'), fc.integer({ min: 0, max: 59 })),
        (l, r, deleted) => {
          const tombstones = Object.fromEntries(
            Object.entries(deleted).map(([id, minute]) => [id, rec(id, minute).updatedAt]),
          );
          const [local, stored] = [records(l), records(r)];
          expect(mergeRecords(local, stored, tombstones)).toEqual(mergeOneByOne(local, stored, tombstones));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('merges thousands of records another tab added in one pass', () => {
    const local = Array.from({ length: 50_000 }, (_, i) => rec(`l${i}`, 0));
    const added = Array.from({ length: 20_000 }, (_, i) => rec(`s${i}`, 1));
    // The other tab's copy: every local record, with its additions spread between them.
    const stored = local.flatMap((record, i) =>
      i % 5 === 0 ? [record, ...added.slice((i / 5) * 2, (i / 5) * 2 + 2)] : [record],
    );
    const merged = mergeRecords(local, stored);
    expect(merged).toHaveLength(70_000);
    expect(merged.map((record) => record.id)).toEqual(stored.map((record) => record.id));
  });
});

describe('mergeTombstones', () => {
  it('unites both sets and keeps the later time', () => {
    expect(
      mergeTombstones(
        { a: '2027-01-01T00:00:00Z', b: '2027-01-02T00:00:00Z' },
        { b: '2027-01-03T00:00:00Z', c: '2027-01-01T00:00:00Z' },
      ),
    ).toEqual({ a: '2027-01-01T00:00:00Z', b: '2027-01-03T00:00:00Z', c: '2027-01-01T00:00:00Z' });
  });
});
