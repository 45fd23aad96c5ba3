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
