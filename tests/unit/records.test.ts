import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecord, mergeRecords, mergeTombstones } from '../../src/lib/records';

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

/** A contact as two tabs might hold it: some text fields, a list of tags and a nested list. */
interface Contact {
  id: string;
  updatedAt: string;
  name: string;
  company: string;
  notes: string;
  tags: string[];
  steps: { id: string; updatedAt: string; text: string }[];
}
const minute = (m: number) => new Date(Date.UTC(2027, 2, 1, 10, m)).toISOString();
const contact = (fields: Partial<Contact> = {}): Contact => ({
  id: 'p',
  updatedAt: minute(0),
  name: 'Daniel Osei',
  company: 'Northwind',
  notes: '',
  tags: ['analytics'],
  steps: [
    { id: 's1', updatedAt: minute(0), text: 'Email Daniel' },
    { id: 's2', updatedAt: minute(0), text: 'Send the case study' },
  ],
  ...fields,
});

describe('mergeRecord with the copy both tabs started from', () => {
  const base = contact();

  it('keeps each tab’s change when they changed different fields', () => {
    const local = contact({ updatedAt: minute(2), notes: 'Met at the analytics meetup' });
    const stored = contact({ updatedAt: minute(1), company: 'Contoso' });
    for (const merged of [mergeRecord(local, stored, base), mergeRecord(stored, local, base)]) {
      expect(merged).toEqual(
        contact({ updatedAt: minute(2), notes: 'Met at the analytics meetup', company: 'Contoso' }),
      );
    }
  });

  it('lets the later edit win a field both tabs changed', () => {
    const local = contact({ updatedAt: minute(1), company: 'Contoso' });
    const stored = contact({ updatedAt: minute(2), company: 'Fabrikam' });
    expect(mergeRecord(local, stored, base).company).toBe('Fabrikam');
    expect(mergeRecord(stored, local, base).company).toBe('Fabrikam');
  });

  it('takes the changed copy whole when the other did not change the record', () => {
    const edited = contact({ updatedAt: minute(1), company: 'Contoso' });
    expect(mergeRecord(base, edited, base)).toBe(edited);
    expect(mergeRecord(edited, base, base)).toBe(edited);
  });

  it('without that copy, lets the later edit win whole, as before', () => {
    const local = contact({ updatedAt: minute(2), notes: 'Met at the analytics meetup' });
    const stored = contact({ updatedAt: minute(1), company: 'Contoso' });
    expect(mergeRecord(local, stored)).toBe(local);
    expect(mergeRecord(stored, local)).toBe(local);
  });

  it('merges a list inside the record step by step, deletions included', () => {
    const [s1, s2] = base.steps as [Contact['steps'][0], Contact['steps'][0]];
    // One tab edits step 1 and adds step 3; the other deletes step 2.
    const local = contact({
      updatedAt: minute(1),
      steps: [
        { ...s1, updatedAt: minute(1), text: 'Email Daniel on Monday' },
        s2,
        { id: 's3', updatedAt: minute(1), text: 'Thank him' },
      ],
    });
    const stored = contact({ updatedAt: minute(2), steps: [s1] });
    for (const merged of [mergeRecord(local, stored, base), mergeRecord(stored, local, base)]) {
      expect(merged.steps.map((step) => step.text)).toEqual(['Email Daniel on Monday', 'Thank him']);
    }
  });

  it('keeps a step edited in one tab although the other deleted it, as for any record', () => {
    const [s1, s2] = base.steps as [Contact['steps'][0], Contact['steps'][0]];
    const local = contact({
      updatedAt: minute(2),
      steps: [s1, { ...s2, updatedAt: minute(2), text: 'Send the deck' }],
    });
    const stored = contact({ updatedAt: minute(1), steps: [s1] });
    expect(mergeRecord(local, stored, base).steps.map((step) => step.text)).toEqual([
      'Email Daniel',
      'Send the deck',
    ]);
  });

  it('keeps every change either tab made to fields the other left alone, whatever the times', () => {
    const fields = ['name', 'company', 'notes'] as const;
    const edits = fc.record({
      time: fc.integer({ min: 1, max: 59 }),
      fields: fc.subarray([...fields], { minLength: 1 }),
      tag: fc.boolean(),
    });
    fc.assert(
      fc.property(edits, edits, (a, b) => {
        fc.pre(a.time !== b.time);
        const bFields = b.fields.filter((field) => !a.fields.includes(field));
        fc.pre(bFields.length > 0);
        const edit = (tab: string, time: number, changed: readonly (typeof fields)[number][], tag: boolean) =>
          contact({
            updatedAt: minute(time),
            ...Object.fromEntries(changed.map((field) => [field, `${field} from ${tab}`])),
            ...(tag ? { tags: ['analytics', tab] } : {}),
          });
        const local = edit('local', a.time, a.fields, a.tag);
        const stored = edit('stored', b.time, bFields, b.tag && !a.tag);
        const merged = mergeRecord(local, stored, base);
        expect(mergeRecord(stored, local, base)).toEqual(merged);
        for (const field of a.fields) expect(merged[field]).toBe(`${field} from local`);
        for (const field of bFields) expect(merged[field]).toBe(`${field} from stored`);
        expect(merged.updatedAt).toBe(minute(Math.max(a.time, b.time)));
        expect(merged.tags).toEqual(
          a.tag ? ['analytics', 'local'] : b.tag ? ['analytics', 'stored'] : ['analytics'],
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('mergeRecords with the list both tabs started from', () => {
  const base = [rec('a', 0), rec('b', 0)];

  it('merges a record both tabs edited field by field, and keeps the rest', () => {
    const start = [contact(), contact({ id: 'q', name: 'Sofia Alvarez' })];
    const local = [contact({ updatedAt: minute(2), notes: 'Met at the meetup' }), start[1]!];
    const stored = [contact({ updatedAt: minute(1), company: 'Contoso' }), start[1]!];
    expect(mergeRecords(local, stored, {}, start)).toEqual([
      contact({ updatedAt: minute(2), notes: 'Met at the meetup', company: 'Contoso' }),
      start[1],
    ]);
  });

  it('treats a record one copy dropped and the other left alone as deleted, even without tombstones', () => {
    expect(mergeRecords([rec('a', 0)], base, {}, base).map((r) => r.id)).toEqual(['a']);
    expect(mergeRecords(base, [rec('b', 0)], {}, base).map((r) => r.id)).toEqual(['b']);
    // A record added since is new, not deleted.
    expect(mergeRecords(base, [...base, rec('c', 1)], {}, base).map((r) => r.id)).toEqual(['a', 'b', 'c']);
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

describe('ids named like what every object inherits', () => {
  it('keeps a record whose id is "constructor" when nothing deleted it', () => {
    const merged = mergeRecords([rec('constructor', 1)], [rec('toString', 2)], {});
    expect(merged.map((record) => record.id).sort()).toEqual(['constructor', 'toString']);
  });

  it('keeps the tombstone of a record whose id is "__proto__" as an ordinary entry', () => {
    const own = Object.defineProperty({}, '__proto__', { value: '2027-04-02T00:00:00Z', enumerable: true });
    const merged = mergeTombstones(own, { a: '2027-01-01T00:00:00Z' });
    expect(Object.keys(merged).sort()).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(merged, '__proto__')?.value).toBe('2027-04-02T00:00:00Z');
    expect(mergeRecords([rec('__proto__', 0)], [], merged)).toEqual([]);
  });
});
