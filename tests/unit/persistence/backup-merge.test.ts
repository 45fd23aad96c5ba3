import { describe, expect, it } from 'vitest';
import { encodeEnvelope, type DocumentSpec } from '../../../src/lib/documents';
import { commonBase, mergeEffect } from '../../../src/persistence/backup-merge';
import {
  makeBackup,
  planImport,
  serializeBackup,
  writesDocument,
} from '../../../src/persistence/backup-file';
import { peopleSpec, type PeopleDoc, type Person } from '../../../src/documents/people/schema';
import { fixtureData } from '../../support/workbook-fixtures';

// Two devices that started from the same backup: the laptop's people, restored on the phone.
const shared = fixtureData<PeopleDoc>('people', peopleSpec.version);
const priya = shared.people[0]!;
const marcus = shared.people[1]!;
const at = (time: string) => `2027-05-${time}.000Z`;
const edit = (person: Person, time: string, change: Partial<Person>): Person => ({
  ...person,
  ...change,
  updatedAt: at(time),
});
const specs = [peopleSpec] as DocumentSpec<unknown>[];

/** A backup file of `people` made at `time`, carrying `base` as the device's last restored copy. */
function file(people: PeopleDoc, time: string, base?: PeopleDoc): string {
  const envelope = (doc: PeopleDoc) => encodeEnvelope(peopleSpec, doc, new Date(at(time)));
  const backup = makeBackup(
    { people: envelope(people) },
    new Date(at(time)),
    undefined,
    base ? { people: envelope(base) } : undefined,
  );
  return serializeBackup(backup);
}

function plannedPeople(text: string, here: PeopleDoc, lastRestored?: PeopleDoc) {
  const plan = planImport(
    text,
    text.length,
    specs,
    { people: here },
    [],
    lastRestored ? { people: lastRestored } : {},
  );
  if (!plan.ok) throw new Error(plan.error);
  return plan.documents[0]!;
}

// The laptop changed Priya's notes and deleted Marcus; the phone changed Priya's tier and added Sam.
const sam = { ...marcus, id: 'p-sam', name: 'Sam Okafor', updatedAt: at('02T09:00:00') };
const laptop: PeopleDoc = {
  people: [edit(priya, '03T10:00:00', { notes: 'Moved to the Chicago office' })],
  deleted: { ...shared.deleted, [marcus.id]: at('03T11:00:00') },
};
const phone: PeopleDoc = {
  people: [edit(priya, '04T08:00:00', { tier: 'B' }), marcus, sam],
  deleted: shared.deleted,
};

describe('restoring by merging', () => {
  it('keeps both devices’ edits to one contact when the phone knows the copy both started from', () => {
    const planned = plannedPeople(file(laptop, '05T12:00:00'), phone, shared);
    const merged = planned.merge!.data as PeopleDoc;
    expect(merged.people.map((person) => person.id)).toEqual([priya.id, sam.id]);
    expect(merged.people[0]).toMatchObject({ notes: 'Moved to the Chicago office', tier: 'B' });
    expect(merged.deleted[marcus.id]).toBe(at('03T11:00:00'));
    expect(planned.merge!.effect).toEqual({ added: 0, changed: 1, deleted: 1, kept: 1 });
    expect(writesDocument(planned, 'merge')).toBe(true);
  });

  it('takes the starting copy from the file when the other device restored it last', () => {
    // Laptop → phone → laptop: the phone's file carries the laptop's copy it restored.
    const planned = plannedPeople(file(phone, '05T12:00:00', shared), laptop);
    const merged = planned.merge!.data as PeopleDoc;
    expect(merged.people.map((person) => person.id)).toEqual([priya.id, sam.id]);
    expect(merged.people[0]).toMatchObject({ notes: 'Moved to the Chicago office', tier: 'B' });
    expect(planned.merge!.effect).toEqual({ added: 1, changed: 1, deleted: 0, kept: 0 });
  });

  it('without a starting copy, the later edit of a record wins whole and nothing else is lost', () => {
    const planned = plannedPeople(file(laptop, '05T12:00:00'), phone);
    const merged = planned.merge!.data as PeopleDoc;
    expect(merged.people.find((person) => person.id === priya.id)).toMatchObject({
      tier: 'B',
      notes: priya.notes,
    });
    expect(merged.people.map((person) => person.id)).toContain(sam.id);
  });

  it('leaves this device as it is when the file holds nothing newer, and replace still replaces', () => {
    const planned = plannedPeople(file(shared, '05T12:00:00'), phone, shared);
    expect(planned.merge!.data).toEqual(phone);
    expect(writesDocument(planned, 'merge')).toBe(false);
    expect(writesDocument(planned, 'replace')).toBe(true);
  });

  it('never reads a record missing on one side as deleted there, whatever the starting copies say', () => {
    // A starting copy from a third device holds Sam; the laptop never had Sam and kept no tombstone.
    const base = commonBase(laptop, phone, [{ ...shared, people: [...shared.people, sam] }]) as PeopleDoc;
    expect(base.people.map((person) => person.id)).toEqual([priya.id]);
  });

  it('ignores a starting copy stamped after either side: it cannot be where both began', () => {
    const later = { ...shared, people: [edit(priya, '09T00:00:00', { notes: 'from the future' })] };
    expect((commonBase(laptop, phone, [later]) as PeopleDoc).people).toEqual([]);
  });

  it('counts what a merge adds, changes, deletes and keeps, leaving tombstones out', () => {
    expect(mergeEffect(phone, laptop)).toEqual({ added: 0, changed: 1, deleted: 2, kept: 0 });
    expect(
      mergeEffect({ text: 'a', updatedAt: at('01T00:00:00') }, { text: 'b', updatedAt: at('02T00:00:00') }),
    ).toEqual({
      added: 0,
      changed: 1,
      deleted: 0,
      kept: 0,
    });
  });
});
