import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  decodeEnvelope,
  encodeEnvelope,
  isStoredCopy,
  migrate,
  type DocumentSpec,
} from '../../src/lib/documents';
import { documentSpecs } from '../../src/documents';
import { progressSchema } from '../../src/schemas/progress';
import { settingsSchema } from '../../src/schemas/settings';

// A document that went through two shape changes, to exercise the migration chain.
const v3 = v.object({ people: v.array(v.object({ name: v.string(), tier: v.number() })) });
const peopleSpec: DocumentSpec<v.InferOutput<typeof v3>> = {
  key: 'people-test',
  title: 'People',
  version: 3,
  schema: v3,
  initial: () => ({ people: [] }),
  migrations: {
    1: (data) => ({ people: (data as { names: string[] }).names.map((name) => ({ name })) }),
    2: (data) => ({
      people: (data as { people: { name: string }[] }).people.map((p) => ({ ...p, tier: 2 })),
    }),
  },
  count: (data) => data.people.length,
};
const wrap = (schemaVersion: number, data: unknown) => ({
  schemaVersion,
  updatedAt: '2027-03-01T10:00:00.000Z',
  data,
});

describe('isStoredCopy', () => {
  const stamp = '2027-03-01T10:00:00.000Z';

  it('knows the copy a tab last read or wrote by its version and stamp', () => {
    expect(isStoredCopy(peopleSpec, wrap(3, { people: [] }), stamp)).toBe(true);
  });

  it('treats any other stamp, an older version, text, or nothing seen yet as a different copy', () => {
    expect(isStoredCopy(peopleSpec, wrap(3, { people: [] }), '2027-03-01T10:00:00.001Z')).toBe(false);
    expect(isStoredCopy(peopleSpec, wrap(2, { people: [] }), stamp)).toBe(false);
    expect(isStoredCopy(peopleSpec, JSON.stringify(wrap(3, { people: [] })), stamp)).toBe(false);
    expect(isStoredCopy(peopleSpec, wrap(3, { people: [] }), undefined)).toBe(false);
    expect(isStoredCopy(peopleSpec, null, stamp)).toBe(false);
  });
});

describe('decodeEnvelope', () => {
  it('reads a current document', () => {
    expect(decodeEnvelope(peopleSpec, wrap(3, { people: [{ name: 'Ada', tier: 1 }] }))).toEqual({
      kind: 'ok',
      data: { people: [{ name: 'Ada', tier: 1 }] },
      updatedAt: '2027-03-01T10:00:00.000Z',
    });
  });

  it('upgrades an old document through every step', () => {
    expect(decodeEnvelope(peopleSpec, wrap(1, { names: ['Ada'] }))).toMatchObject({
      kind: 'ok',
      data: { people: [{ name: 'Ada', tier: 2 }] },
      migratedFrom: 1,
    });
  });

  it('accepts a document stored as JSON text', () => {
    expect(decodeEnvelope(peopleSpec, JSON.stringify(wrap(3, { people: [] }))).kind).toBe('ok');
  });

  it.each([
    ['nothing stored', null, 'empty'],
    ['a newer version', wrap(4, {}), 'newer'],
    ['broken JSON text', '{"schemaVersion":', 'invalid'],
    ['a bare array', [], 'invalid'],
    ['no version', { updatedAt: '2027-03-01T10:00:00Z', data: {} }, 'invalid'],
    ['a version of zero', wrap(0, {}), 'invalid'],
    ['no date', { schemaVersion: 3, data: { people: [] } }, 'invalid'],
    ['data of the wrong shape', wrap(3, { people: [{ name: 7, tier: 1 }] }), 'invalid'],
    ['an old version that cannot be upgraded', wrap(1, { people: 'x' }), 'invalid'],
  ])('classifies %s', (_label, raw, kind) => {
    expect(decodeEnvelope(peopleSpec, raw).kind).toBe(kind);
  });

  it('names the field that is wrong', () => {
    const decoded = decodeEnvelope(peopleSpec, wrap(3, { people: [{ name: 'Ada', tier: 'one' }] }));
    expect(decoded.kind).toBe('invalid');
    expect(decoded.kind === 'invalid' && decoded.reason).toMatch(
      /^people\.0\.tier: Invalid type: Expected number but received "one"$/,
    );
  });
});

describe('migrate', () => {
  it('refuses a version with no migration step', () => {
    expect(() => migrate({ ...peopleSpec, migrations: { 2: (d) => d } }, {}, 1)).toThrow(/version 1 to 2/);
  });
});

describe('encodeEnvelope', () => {
  it('stamps the current version and a time after the previous write, even if the clock went back', () => {
    const envelope = encodeEnvelope(
      peopleSpec,
      { people: [] },
      new Date('2027-03-01T09:00:00Z'),
      '2027-03-01T10:00:00.000Z',
    );
    expect(envelope.schemaVersion).toBe(3);
    expect(envelope.updatedAt).toBe('2027-03-01T10:00:00.001Z');
  });
});

describe('stored documents', () => {
  it('have unique keys and a migration for every older version', () => {
    expect(new Set(documentSpecs.map((spec) => spec.key)).size).toBe(documentSpecs.length);
    for (const spec of documentSpecs) {
      for (let version = 1; version < spec.version; version++)
        expect(spec.migrations[version]).toBeTypeOf('function');
      expect(v.safeParse(spec.schema, spec.initial()).success).toBe(true);
    }
  });

  // Every version a reader may still have stored must keep loading: one fixture per document
  // and version in tests/fixtures/documents/<key>/v<N>.json, upgraded and validated here.
  const fixtures = join(process.cwd(), 'tests/fixtures/documents');
  for (const spec of documentSpecs) {
    it(`loads every stored version of "${spec.key}"`, () => {
      const files = readdirSync(join(fixtures, spec.key)).sort();
      const versions = files.map((file) => Number(/^v(\d+)\.json$/.exec(file)?.[1]));
      expect(versions).toEqual(Array.from({ length: spec.version }, (_, i) => i + 1));
      for (const file of files) {
        const decoded = decodeEnvelope(
          spec,
          JSON.parse(readFileSync(join(fixtures, spec.key, file), 'utf8')),
        );
        expect(decoded.kind, `${spec.key}/${file}`).toBe('ok');
      }
    });
  }

  it('validate their schemas strictly enough to catch wrong types', () => {
    expect(
      v.safeParse(progressSchema, { lessons: [{ id: 'a', done: 'yes', updatedAt: '2027-01-01T00:00:00Z' }] })
        .success,
    ).toBe(false);
    expect(
      v.safeParse(progressSchema, { lessons: [{ id: 'A B', done: true, updatedAt: '2027-01-01T00:00:00Z' }] })
        .success,
    ).toBe(false);
    expect(v.safeParse(settingsSchema, { lastBackupAt: 'yesterday' }).success).toBe(false);
  });
});
