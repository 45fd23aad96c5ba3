import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_HEAD_BYTES,
  MAX_BACKUP_BYTES,
  looksLikeBackup,
  backupFileName,
  makeBackup,
  planImport,
  serializeBackup,
  type Backup,
  type ImportPlan,
} from '../../../src/persistence/backup-file';
import { encodeEnvelope, type DocumentSpec, type Envelope } from '../../../src/lib/documents';
import { readFileSync } from 'node:fs';
import { topList, withRemoved } from '../../../src/lib/list-edit';
import { goalsSpec, type GoalsDoc } from '../../../src/worksheets/goals/schema';
import { interactionsSpec, type InteractionsDoc } from '../../../src/documents/interactions/schema';
import { migratePeopleV3, peopleSpec, type PeopleDoc } from '../../../src/documents/people/schema';
import { fixtureData } from '../../support/workbook-fixtures';
import { developmentSpec, migrateDevelopmentV1 } from '../../../src/worksheets/development/schema';
import { progressSpec, type ProgressDoc } from '../../../src/schemas/progress';
import { settingsSpec, type SettingsDoc } from '../../../src/schemas/settings';

// A fixed pair of documents, so these stories stay true as worksheets add their own documents.
const documentSpecs = [progressSpec, settingsSpec] as DocumentSpec<unknown>[];

// A reader who has worked through part of the workbook and once downloaded a backup.
const progress: ProgressDoc = {
  lessons: [
    { id: 'clear-goals', done: true, updatedAt: '2027-02-27T18:04:11.120Z' },
    { id: 'elevator-pitch', done: true, updatedAt: '2027-03-01T07:45:00.000Z' },
    { id: 'follow-up', done: false, updatedAt: '2027-03-03T21:12:09.500Z' },
  ],
};
const settings: SettingsDoc = { lastBackupAt: '2027-02-20T12:00:00.000Z', mapGroupBy: 'status' };
const exportTime = new Date('2027-03-04T09:30:00.000Z');

const envelopes = (): Record<string, Envelope> => ({
  progress: encodeEnvelope(progressSpec, progress, new Date('2027-03-03T21:12:09.500Z')),
  settings: encodeEnvelope(settingsSpec, settings, new Date('2027-02-20T12:00:00.000Z')),
});

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Plans an import of `text` against the real documents, measuring the text like a File would. */
const plan = (text: string, current: Record<string, unknown> = {}) =>
  planImport(text, bytes(text), documentSpecs, current);

/** A valid backup as a plain object, ready to be damaged by a test. */
const validBackup = (): Backup => JSON.parse(serializeBackup(makeBackup(envelopes(), exportTime))) as Backup;

/**
 * Adds an own property named `key`. Plain assignment cannot do this for `__proto__` (it would set
 * the prototype), but JSON.parse produces exactly such own properties from a file.
 */
function withOwnKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

function expectOk(result: ImportPlan): Extract<ImportPlan, { ok: true }> {
  if (!result.ok) throw new Error(`expected a plan, got: ${result.error}`);
  return result;
}

function expectError(result: ImportPlan): string {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

describe('makeBackup and backupFileName', () => {
  it('records the format, the time and each document’s schema version', () => {
    const backup = makeBackup(envelopes(), exportTime);
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: 2,
      exportedAt: '2027-03-04T09:30:00.000Z',
      schemaVersions: { progress: 1, settings: 2 },
    });
    expect(Object.keys(backup.documents)).toEqual(['progress', 'settings']);
    expect(backup).not.toHaveProperty('quarantine');
  });

  it('keeps quarantined raw values so nothing is lost', () => {
    const quarantine = { 'quarantine:progress:2027-03-02T10:00:00.000Z': '{"lessons": "oops"' };
    expect(makeBackup(envelopes(), exportTime, quarantine).quarantine).toEqual(quarantine);
  });

  it('is written as indented JSON that a person can read', () => {
    expect(serializeBackup(makeBackup({}, exportTime))).toMatchInlineSnapshot(`
      "{
        "format": "networking-workbook-backup",
        "formatVersion": 2,
        "exportedAt": "2027-03-04T09:30:00.000Z",
        "schemaVersions": {},
        "documents": {}
      }
      "
    `);
  });

  it('names the file after the reader’s local date', () => {
    expect(backupFileName(new Date(2027, 2, 4, 23, 59))).toBe('networking-workbook-backup-2027-03-04.json');
    expect(backupFileName(new Date(2027, 11, 31, 0, 0))).toBe('networking-workbook-backup-2027-12-31.json');
  });
});

describe('planImport: a round trip', () => {
  it('gives back exactly the data that was exported, for every document', () => {
    const text = serializeBackup(makeBackup(envelopes(), exportTime));
    const result = expectOk(plan(text));

    expect(result.exportedAt).toBe('2027-03-04T09:30:00.000Z');
    expect(result.missing).toEqual([]);
    expect(result.documents.map((document) => document.key)).toEqual(documentSpecs.map((spec) => spec.key));
    const data = Object.fromEntries(result.documents.map((document) => [document.key, document.data]));
    expect(data).toEqual({ progress, settings });
    expect(result.documents[0]).toMatchObject({
      title: 'Lesson progress',
      updatedAt: '2027-03-03T21:12:09.500Z',
      schemaVersion: 1,
      incomingCount: 2,
      currentCount: 0,
      change: 'add',
    });
  });

  it('ignores the quarantine section: it is kept in the file but never imported', () => {
    const text = serializeBackup(makeBackup(envelopes(), exportTime, { 'quarantine:settings:x': 42 }));
    const result = expectOk(plan(text));
    expect(result.documents.map((document) => document.key)).toEqual(['progress', 'settings']);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(plan(`\uFEFF${serializeBackup(makeBackup(envelopes(), exportTime))}`).ok).toBe(true);
  });
});

describe('planImport: files it refuses, and what it tells the reader', () => {
  /** Serializes a valid backup after `change` has damaged it. */
  const damaged = (change: (backup: Backup & Record<string, unknown>) => void) => {
    const backup = validBackup() as Backup & Record<string, unknown>;
    change(backup);
    return JSON.stringify(backup);
  };
  const progressData = (backup: Backup) => backup.documents.progress!.data as Record<string, unknown>;

  it.each<[string, string, RegExp]>([
    ['an empty file', '', /^This file is empty\./],
    ['a file of blank lines', '\n\n  \n', /^This file is empty\./],
    ['plain text', 'hello', /is not a workbook backup: it is not JSON \(Unexpected token 'h'/],
    ['a truncated file', '{"format": "networking-workbook-backup",', /it is not JSON \(/],
    ['a JSON list', '[]', /it holds a list rather than a backup/],
    ['JSON null', 'null', /it holds null rather than a backup/],
    ['a JSON number', '42', /it holds a number rather than a backup/],
    ['a JSON string', '"backup"', /it holds a piece of text rather than a backup/],
    [
      'another program’s JSON',
      JSON.stringify({ format: 'contacts-export', documents: {} }),
      /it has no "format": "networking-workbook-backup" field\./,
    ],
    [
      'a backup without its format field',
      damaged((backup) => delete (backup as Partial<Backup>).format),
      /it has no "format": "networking-workbook-backup" field\./,
    ],
    [
      'a backup from a newer page',
      damaged((backup) => (backup.formatVersion = 3)),
      /made by a newer version of the workbook \(backup format 3\)\. Reload the page to update/,
    ],
    [
      'a format version written as text',
      damaged((backup) => (backup.formatVersion = '1' as unknown as number)),
      /"formatVersion" should be a whole number such as 1, but it is "1"/,
    ],
    [
      'a missing format version',
      damaged((backup) => delete (backup as Partial<Backup>).formatVersion),
      /"formatVersion" should be a whole number such as 1, but it is missing/,
    ],
    [
      'format version 0',
      damaged((backup) => (backup.formatVersion = 0)),
      /"formatVersion" should be a whole number/,
    ],
    [
      'a __proto__ key at the top level',
      damaged((backup) => withOwnKey(backup, '__proto__', { polluted: true })),
      /contains a key named "__proto__" \(at the top level\), which a backup never has\. Nothing was imported\./,
    ],
    [
      'a __proto__ key inside the progress data',
      damaged((backup) => withOwnKey(progressData(backup), '__proto__', { polluted: true })),
      /contains a key named "__proto__" \(at documents\.progress\.data\)/,
    ],
    [
      'a constructor key inside a lesson record',
      damaged((backup) =>
        withOwnKey((progressData(backup).lessons as object[])[1]!, 'constructor', { prototype: {} }),
      ),
      /a key named "constructor" \(at documents\.progress\.data\.lessons\.1\)/,
    ],
    [
      'a prototype key in the schema versions',
      damaged((backup) => withOwnKey(backup.schemaVersions, 'prototype', 1)),
      /a key named "prototype" \(at schemaVersions\)/,
    ],
    [
      'an export time that is not a date',
      damaged((backup) => (backup.exportedAt = 'last Tuesday')),
      /"exportedAt" should be the date and time it was made, but it is "last Tuesday"/,
    ],
    [
      'an export time that is a number',
      damaged((backup) => (backup.exportedAt = 1_804_000_000_000 as unknown as string)),
      /"exportedAt" should be the date and time it was made, but it is 1804000000000/,
    ],
    [
      'a backup without documents',
      damaged((backup) => delete (backup as Partial<Backup>).documents),
      /has no "documents" section/,
    ],
    [
      'documents as a list',
      damaged((backup) => (backup.documents = [] as unknown as Backup['documents'])),
      /has no "documents" section/,
    ],
    [
      'a document this page does not know',
      damaged((backup) => (backup.documents.contacts = backup.documents.settings!)),
      /a document named "contacts" that this version of the workbook does not know; it may come from a newer version/,
    ],
    [
      'a document named like an Object method',
      damaged((backup) => withOwnKey(backup.documents, 'toString', backup.documents.settings)),
      /a document named "toString" that this version of the workbook does not know/,
    ],
    [
      'a lesson marked done with text',
      damaged((backup) => ((progressData(backup).lessons as Record<string, unknown>[])[0]!.done = 'yes')),
      /“Lesson progress” in this file is damaged: lessons\.0\.done: .+\. Nothing was imported\./,
    ],
    [
      'an envelope with a bad date',
      damaged((backup) => (backup.documents.settings!.updatedAt = '2027-13-45')),
      /“Settings” in this file is damaged: the stored document has no valid date\./,
    ],
    [
      'an envelope without a schema version',
      damaged((backup) => delete (backup.documents.progress as Partial<Envelope>).schemaVersion),
      /“Lesson progress” in this file is damaged: the stored document has no valid schema version/,
    ],
    [
      'a document that is null',
      damaged((backup) => (backup.documents.settings = null as unknown as Envelope)),
      /“Settings” in this file has no data\./,
    ],
    [
      'a document stored as JSON text rather than an object',
      damaged((backup) => (backup.documents.settings = JSON.stringify(backup.documents.settings) as never)),
      /“Settings” in this file is damaged: it is not a saved document\./,
    ],
  ])('refuses %s', (_label, text, message) => {
    expect(expectError(plan(text))).toMatch(message);
  });

  // The reason says what was expected and what was found; the path is what lets the reader (or a
  // helper) find the damage.
  it('explains damaged data in full', () => {
    const text = damaged(
      (backup) => ((progressData(backup).lessons as Record<string, unknown>[])[0]!.done = 'yes'),
    );
    expect(expectError(plan(text))).toMatchInlineSnapshot(
      `"“Lesson progress” in this file is damaged: lessons.0.done: Invalid type: Expected boolean but received \"yes\". Nothing was imported."`,
    );
  });

  it('does not let a __proto__ key reach any prototype', () => {
    const text = damaged((backup) => withOwnKey(progressData(backup), '__proto__', { polluted: true }));
    plan(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file larger than any backup the workbook can write, by its size alone', () => {
    const valid = serializeBackup(makeBackup(envelopes(), exportTime));
    const error = expectError(planImport(valid, MAX_BACKUP_BYTES + 1, documentSpecs, {}));
    expect(error).toBe(
      'This file is 1.5 GB; a workbook backup is at most 1.5 GB. Choose the backup file you downloaded from this page.',
    );
    expect(expectError(planImport('{}', 2.1 * 1024 ** 3, documentSpecs, {}))).toMatch(
      /^This file is 2\.1 GB;/,
    );
    expect(expectError(planImport('{}', Infinity, documentSpecs, {}))).toMatch(/larger than 1\.5 GB/);
  });

  it('accepts a file of the largest size a backup can have', () => {
    const valid = serializeBackup(makeBackup(envelopes(), exportTime));
    expect(planImport(valid, MAX_BACKUP_BYTES, documentSpecs, {}).ok).toBe(true);
  });

  // The size a large network's backup had when a 5 MB limit refused it.
  it('accepts a 25.8 MB file', () => {
    const valid = serializeBackup(makeBackup(envelopes(), exportTime));
    expect(planImport(valid, 25.8 * 1024 * 1024, documentSpecs, {}).ok).toBe(true);
  });

  it('tells a file that may be a backup by its first bytes', () => {
    expect(
      looksLikeBackup(serializeBackup(makeBackup(envelopes(), exportTime)).slice(0, BACKUP_HEAD_BYTES)),
    ).toBe(true);
    expect(looksLikeBackup('\uFEFF  \n{"format"')).toBe(true);
    expect(looksLikeBackup('\u0000\u0000\u0000 ftypisom')).toBe(false);
    expect(looksLikeBackup('[1, 2]')).toBe(false);
  });
});

describe('planImport: what an import would change', () => {
  const text = serializeBackup(makeBackup(envelopes(), exportTime));
  const changes = (result: ImportPlan) =>
    Object.fromEntries(expectOk(result).documents.map((document) => [document.key, document.change]));

  it('adds documents the reader does not have yet, including ones still at their empty state', () => {
    expect(changes(plan(text, {}))).toEqual({ progress: 'add', settings: 'add' });
    expect(
      changes(
        plan(text, { progress: { lessons: [] }, settings: { lastBackupAt: null, mapGroupBy: 'status' } }),
      ),
    ).toEqual({
      progress: 'add',
      settings: 'add',
    });
  });

  it('replaces documents that differ, and reports both counts', () => {
    const current = {
      progress: { lessons: [{ id: 'clear-goals', done: true, updatedAt: '2027-03-05T08:00:00.000Z' }] },
      settings: { lastBackupAt: '2027-03-05T08:00:00.000Z', mapGroupBy: 'status' },
    };
    const result = expectOk(plan(text, current));
    expect(changes(result)).toEqual({ progress: 'replace', settings: 'replace' });
    expect(result.documents[0]).toMatchObject({ incomingCount: 2, currentCount: 1 });
  });

  it('marks documents that already match as unchanged, whatever their key order', () => {
    const reordered = {
      progress: { lessons: progress.lessons.map(({ updatedAt, done, id }) => ({ updatedAt, done, id })) },
      settings: { ...settings },
    };
    expect(changes(plan(text, reordered))).toEqual({ progress: 'unchanged', settings: 'unchanged' });
  });

  it('calls an empty document over no document unchanged, since importing it changes nothing', () => {
    const empty = serializeBackup(
      makeBackup(
        { settings: encodeEnvelope(settingsSpec, { lastBackupAt: null, mapGroupBy: 'status' }, exportTime) },
        exportTime,
      ),
    );
    expect(changes(plan(empty, {}))).toEqual({ settings: 'unchanged' });
  });

  it('lists known documents the file lacks; they are left as they are', () => {
    const onlyProgress = serializeBackup(makeBackup({ progress: envelopes().progress! }, exportTime));
    const result = expectOk(plan(onlyProgress, { settings }));
    expect(result.documents.map((document) => document.key)).toEqual(['progress']);
    expect(result.missing).toEqual(['Settings']);
  });

  it('plans nothing for a backup of a fresh workbook', () => {
    const result = expectOk(plan(serializeBackup(makeBackup({}, exportTime))));
    expect(result.documents).toEqual([]);
    expect(result.missing).toEqual(['Lesson progress', 'Settings']);
  });
});

describe('planImport: documents from an older schema', () => {
  // Version 1 kept notes as one block of text; version 2 keeps a list with one entry per line.
  const notesSchema = v.object({ notes: v.array(v.object({ text: v.string() })) });
  type NotesDoc = v.InferOutput<typeof notesSchema>;
  const notesSpec: DocumentSpec<NotesDoc> = {
    key: 'notes',
    title: 'Notes',
    version: 2,
    schema: notesSchema,
    initial: () => ({ notes: [] }),
    migrations: {
      1: (v1) => ({ notes: (v1 as { text: string }).text.split('\n').map((text) => ({ text })) }),
    },
    count: (data) => data.notes.length,
  };
  const specs = [notesSpec] as DocumentSpec<unknown>[];
  const v1Backup = (data: unknown) =>
    serializeBackup(
      makeBackup({ notes: { schemaVersion: 1, updatedAt: '2026-11-02T10:00:00.000Z', data } }, exportTime),
    );

  it('migrates a version 1 document and reports it at version 2', () => {
    const text = v1Backup({ text: 'Ask Dana about the meetup\nThank Ravi for the intro' });
    const result = expectOk(planImport(text, bytes(text), specs, {}));
    expect(result.documents).toEqual([
      {
        key: 'notes',
        title: 'Notes',
        data: { notes: [{ text: 'Ask Dana about the meetup' }, { text: 'Thank Ravi for the intro' }] },
        updatedAt: '2026-11-02T10:00:00.000Z',
        schemaVersion: 2,
        incomingCount: 2,
        currentCount: 0,
        change: 'add',
        bases: [],
        // No merge of its own: merging into nothing takes the file's copy.
        merge: {
          data: { notes: [{ text: 'Ask Dana about the meetup' }, { text: 'Thank Ravi for the intro' }] },
          effect: { added: 0, changed: 1, deleted: 0, kept: 0 },
          writes: true,
        },
      },
    ]);
  });

  it('refuses a document its migration cannot upgrade, naming the document', () => {
    const text = v1Backup({ body: 'no text field' });
    expect(expectError(planImport(text, bytes(text), specs, {}))).toMatch(
      /^“Notes” in this file is damaged: it could not be upgraded \(/,
    );
  });
});

describe('planImport: a backup whose people still hold the logs (people version 2)', () => {
  const specs = [interactionsSpec, peopleSpec] as DocumentSpec<unknown>[];
  const fixture = (key: string, version: number) =>
    JSON.parse(readFileSync(`tests/fixtures/documents/${key}/v${version}.json`, 'utf8')) as Envelope;
  const backupOf = (documents: Record<string, Envelope>) =>
    serializeBackup(makeBackup(documents, exportTime));

  it('yields both documents, the logs moved out of people with nothing lost', () => {
    const text = backupOf({ people: fixture('people', 2) });
    const result = expectOk(planImport(text, bytes(text), specs, {}));
    expect(result.missing).toEqual([]);
    expect(result.documents.map((doc) => [doc.key, doc.schemaVersion])).toEqual([
      ['interactions', 1],
      ['people', 4],
    ]);
    expect(result.documents[0]!.data).toEqual(fixture('interactions', 1).data);
    expect(result.documents[1]!.data).toEqual(migratePeopleV3(fixture('people', 3).data));
  });

  it('merges the moved logs by id with the logs the file also holds', () => {
    const log = fixture('interactions', 1).data as InteractionsDoc;
    const edited = {
      ...log.interactions[0]!,
      talkedAbout: 'Edited later',
      updatedAt: '2027-05-01T00:00:00.000Z',
    };
    const text = backupOf({
      people: fixture('people', 2),
      interactions: {
        schemaVersion: 1,
        updatedAt: '2027-05-01T00:00:00.000Z',
        data: { ...log, interactions: [edited], gives: [] },
      },
    });
    const [logs] = expectOk(planImport(text, bytes(text), specs, {})).documents;
    expect(logs!.data).toEqual({ ...log, interactions: [edited] });
  });

  it('refuses the file, naming people, when the logs inside it are damaged', () => {
    const people = fixture('people', 2) as Envelope<{ interactions: { date: string }[] }>;
    people.data.interactions[0]!.date = '2027-02-30';
    const text = backupOf({ people });
    expect(expectError(planImport(text, bytes(text), specs, {}))).toMatch(
      /^“People and organizations” in this file is damaged: interactions\.0\.date: That day does not exist\./,
    );
  });
});

describe('planImport: a development plan with event start times', () => {
  const specs = [developmentSpec] as DocumentSpec<unknown>[];
  const fixture = (version: number) =>
    JSON.parse(readFileSync(`tests/fixtures/documents/development/v${version}.json`, 'utf8')) as Envelope;
  const restored = (envelope: Envelope) => {
    const text = serializeBackup(makeBackup({ development: envelope }, exportTime));
    const result = expectOk(planImport(text, bytes(text), specs, {}));
    expect(result.documents.map((doc) => [doc.key, doc.schemaVersion])).toEqual([['development', 2]]);
    return result.documents[0]!.data;
  };

  it('restores the start times a backup holds', () => {
    expect(restored(fixture(2))).toEqual(fixture(2).data);
  });

  it('restores an older backup with its events all day', () => {
    expect(restored(fixture(1))).toEqual(migrateDevelopmentV1(fixture(1).data));
  });
});

describe('planImport: any input at all', () => {
  const specsByKey = new Map(documentSpecs.map((spec) => [spec.key, spec]));

  /** Whatever comes back must be a refusal or a plan holding only valid, known documents. */
  function expectSafe(result: ImportPlan) {
    if (!result.ok) {
      expect(typeof result.error).toBe('string');
      expect(result.error.length).toBeGreaterThan(0);
      return;
    }
    for (const document of result.documents) {
      const spec = specsByKey.get(document.key);
      expect(spec).toBeDefined();
      // A document from a newer version is left out, never written: there is no data to check.
      if (document.change === 'newer-in-file') continue;
      expect(v.safeParse(spec!.schema, document.data).success).toBe(true);
    }
  }

  it('never throws on arbitrary text or JSON', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(texts, fc.oneof(fc.nat(), fc.double()), (text, byteLength) => {
        expectSafe(planImport(text, byteLength, documentSpecs, {}));
      }),
      { numRuns: 300 },
    );
  });

  /** Every path to a value inside a valid backup, e.g. ['documents', 'progress', 'data', 'lessons', 0]. */
  function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [];
    const entries = Array.isArray(value)
      ? value.map((item, index) => [index, item] as const)
      : Object.entries(value);
    return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
  }

  const REMOVE = Symbol('remove');
  const paths = pathsOf(validBackup());

  /** Replaces (or removes) the value at `path` in a copy of a valid backup. */
  function mutate(backup: unknown, path: (string | number)[], value: unknown) {
    let parent = backup as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
      const next = parent[key];
      if (typeof next !== 'object' || next === null) return; // an earlier mutation cut this branch off
      parent = next as Record<string | number, unknown>;
    }
    const last = path[path.length - 1]!;
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }

  it('never throws on a valid backup damaged at random places, and imports only valid data', () => {
    const mutation = fc.record({
      path: fc.constantFrom(...paths),
      value: fc.oneof(fc.anything(), fc.constant(REMOVE)),
    });
    let imported = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const backup = validBackup();
        for (const { path, value } of mutations) mutate(backup, path, value);
        const text = JSON.stringify(backup);
        const result = planImport(text, bytes(text), documentSpecs, { progress, settings });
        expectSafe(result);
        if (result.ok) imported++;
      }),
      { numRuns: 300 },
    );
    // Some damage is harmless (a changed schemaVersions entry, `done` flipped to another boolean),
    // so some runs must reach the plan; otherwise this property would only test the refusals.
    expect(imported).toBeGreaterThan(0);
  });
});

describe('planImport: record ids', () => {
  const withGoals = [goalsSpec, peopleSpec] as DocumentSpec<unknown>[];
  const goalsFixture = () => fixtureData<GoalsDoc>('goals');
  const fileWith = (key: string, data: unknown) => {
    const spec = withGoals.find((candidate) => candidate.key === key)!;
    return serializeBackup(makeBackup({ [key]: encodeEnvelope(spec, data, exportTime) }, exportTime));
  };
  const planWith = (text: string) => planImport(text, bytes(text), withGoals, {});

  it('refuses two goals sharing an id, naming the list, the record and the id', () => {
    const data = goalsFixture();
    data.goals[2] = { ...data.goals[2]!, id: data.goals[0]!.id };
    expect(expectError(planWith(fileWith('goals', data)))).toBe(
      '“Goals and action plan” in this file is damaged: goals.2: its id "g-conversations" is also the id of record 0; each record needs an id of its own. Nothing was imported.',
    );
  });

  it('refuses two steps of one goal sharing an id', () => {
    const data = goalsFixture();
    const goal = data.goals[0]!;
    goal.steps = [goal.steps[0]!, { ...goal.steps[0]!, text: 'A second step, same id' }];
    expect(expectError(planWith(fileWith('goals', data)))).toMatch(
      /goals\.0\.steps\.1: its id ".+" is also the id of record 0/,
    );
  });

  it('restores the reader’s own backup after a contact with the id "__proto__" was deleted', () => {
    const people = fixtureData<PeopleDoc>('people', 4);
    const contact = { ...people.people[0]!, id: '__proto__' };
    const imported = expectOk(planWith(fileWith('people', { ...people, people: [contact] })));
    const data = imported.documents[0]!.data as PeopleDoc;
    // Deleting it, as the relationship map does, then backing up what was stored.
    const afterDelete = withRemoved(data, topList<PeopleDoc, 'people'>('people'), '__proto__', exportTime);
    const stored = JSON.parse(
      JSON.stringify({ people: afterDelete.doc.people, deleted: afterDelete.doc.deleted }),
    ) as unknown;
    const restored = expectOk(planWith(fileWith('people', stored)));
    const deleted = (restored.documents[0]!.data as PeopleDoc).deleted;
    expect(Object.getOwnPropertyDescriptor(deleted, '__proto__')?.value).toBe(exportTime.toISOString());
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });
});

describe('planImport: documents saved by a newer version', () => {
  const newerSettings = { schemaVersion: 7, updatedAt: '2027-03-02T08:00:00.000Z', data: { theme: 'dusk' } };
  const fileWithNewerSettings = () =>
    serializeBackup(makeBackup({ ...envelopes(), settings: newerSettings }, exportTime));

  it('restores the rest and leaves a newer document in the file out, saying so', () => {
    const result = expectOk(plan(fileWithNewerSettings()));
    expect(result.documents.map((doc) => [doc.key, doc.change, doc.incomingCount])).toEqual([
      ['progress', 'add', 2],
      ['settings', 'newer-in-file', null],
    ]);
  });

  it('never replaces a document this browser holds from a newer version', () => {
    const text = serializeBackup(makeBackup(envelopes(), exportTime));
    const result = expectOk(planImport(text, bytes(text), documentSpecs, {}, ['settings']));
    expect(result.documents.map((doc) => [doc.key, doc.change, doc.currentCount])).toEqual([
      ['progress', 'add', 0],
      ['settings', 'newer-here', null],
    ]);
  });
});
