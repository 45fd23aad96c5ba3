import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/lib/documents';
import { WEB_ADDRESS_HELP } from '../../src/worksheets/development/web-address';
import { documentSpecs } from '../../src/documents';
import { links, recordId, shortText, tombstones } from '../../src/schemas/common';
import { RATING_RANGE, takeSchema } from '../../src/worksheets/communication/schema';
import { END_BEFORE_START, PROGRESS_RANGE, START_TIME_FORMAT } from '../../src/worksheets/development/schema';
import { CADENCE_DAYS_RANGE, personSchema } from '../../src/documents/people/schema';
import { baseSchema, pitchSpec, TARGET_RANGE } from '../../src/worksheets/pitch/schema';
import { PLAN_DAYS_RANGE, PLAN_NAME_LENGTH } from '../../src/worksheets/action-plan/schema';
import { progressSchema } from '../../src/schemas/progress';
import { settingsSchema } from '../../src/schemas/settings';

// Readers importing a damaged backup are told what was expected and what the file held, in
// valibot's words ("Invalid type: Expected boolean but received "yes""), or a document's own for
// its own checks. Each kind of issue is pinned here, and every bad value in every field of every
// document must be worded one of these ways, never as a bare "Invalid input".

/** What a reader is told about `value`: the first issue, with its path. */
const told = (schema: v.GenericSchema, value: unknown) => {
  const result = v.safeParse(schema, value);
  return result.success ? 'valid' : describeIssue(result.issues);
};

const lesson = { id: 'follow-up', done: true, updatedAt: '2027-03-01T18:02:11.000Z' };
const progress = (fields: Record<string, unknown>) => ({ lessons: [{ ...lesson, ...fields }] });

describe('schema messages', () => {
  it.each([
    [
      'a wrong type',
      progress({ done: 'yes' }),
      'lessons.0.done: Invalid type: Expected boolean but received "yes"',
    ],
    ['null', progress({ done: null }), 'lessons.0.done: Invalid type: Expected boolean but received null'],
    [
      'a missing field',
      { lessons: [{ id: 'a', updatedAt: lesson.updatedAt }] },
      'lessons.0.done: Invalid type: Expected boolean but received undefined',
    ],
    [
      'a list where an object belongs',
      { lessons: [[]] },
      'lessons.0: Invalid type: Expected Object but received Array',
    ],
    [
      'a text where a list belongs',
      { lessons: 'none' },
      'lessons: Invalid type: Expected Array but received "none"',
    ],
    [
      'a pattern',
      progress({ id: 'A B' }),
      'lessons.0.id: Invalid format: Expected /^[a-z0-9-]+$/ but received "A B"',
    ],
    ['an instant', progress({ updatedAt: 'yesterday' }), 'lessons.0.updatedAt: Invalid ISO datetime'],
    [
      'an instant of a day that does not exist',
      progress({ updatedAt: '2027-02-29T10:00:00Z' }),
      'lessons.0.updatedAt: Invalid ISO datetime',
    ],
  ])('word %s', (_label, value, message) => {
    expect(told(progressSchema, value)).toBe(message);
  });

  it.each([
    ['an empty id', recordId, '', 'Invalid length: Expected >=1 but received 0'],
    ['a long answer', shortText, 'x'.repeat(301), 'Invalid length: Expected <=300 but received 301'],
    ['a number where text belongs', shortText, 42, 'Invalid type: Expected string but received 42'],
    [
      'a long list, before its entries',
      links,
      Array.from({ length: 201 }, () => 7),
      'Invalid length: Expected <=200 but received 201',
    ],
    ['a list in place of a record', tombstones, [], 'Invalid type: Expected record but received Array'],
    ['a bad tombstone', tombstones, { a: 'today' }, 'a: Invalid ISO datetime'],
  ])('word %s', (_label, schema, value, message) => {
    expect(told(schema, value)).toBe(message);
  });

  const base = pitchSpec.initial().base;
  it.each([
    [1000, 'wpm: Invalid value: Expected <=220 but received 1000'],
    [10, 'wpm: Invalid value: Expected >=80 but received 10'],
    [130.5, 'wpm: Invalid safe integer: Received 130.5'],
    [Number.NaN, 'wpm: Invalid type: Expected number but received NaN'],
    [1e20, 'wpm: Invalid safe integer: Received 100000000000000000000'],
    [-1e20, 'wpm: Invalid safe integer: Received -100000000000000000000'],
  ])('word a speaking pace of %s', (wpm, message) => {
    expect(told(baseSchema, { ...base, wpm })).toBe(message);
  });

  it('word a choice that is not one of the options', () => {
    const person = personSchema.pipe[1].entries;
    expect(told(person.tier, 'D')).toBe('Invalid type: Expected ("A" | "B" | "C") but received "D"');
    expect(told(v.picklist(['only']), 'other')).toBe('Invalid type: Expected "only" but received "other"');
  });

  it('word a record key that is too long', () => {
    const take = {
      id: 't',
      updatedAt: lesson.updatedAt,
      takenOn: '2027-03-01',
      ratings: { ['k'.repeat(65)]: 3 },
    };
    expect(told(takeSchema, take)).toBe(
      `ratings.${'k'.repeat(65)}: Invalid length: Expected <=64 but received 65`,
    );
  });

  it('keep a document’s own words for its own checks', () => {
    expect(told(settingsSchema, {})).toBe(
      'lastBackupAt: Invalid type: Expected string but received undefined',
    );
    expect(told(takeSchema.pipe[1].entries.ratings, { a: 6 })).toBe(`a: ${RATING_RANGE}`);
  });

  it('cut a long value the file held, so the message stays readable', () => {
    const message = told(progressSchema, progress({ done: 'y'.repeat(5000) }));
    expect(message).toBe(
      `lessons.0.done: ${'Invalid type: Expected boolean but received "'.padEnd(119, 'y')}…`,
    );
  });

  it('name what the file held, even for a check the schemas do not use', () => {
    expect(told(v.pipe(v.string(), v.email()), 'maya')).toBe('Invalid email: Received "maya"');
  });

  // Every kind of bad value in every field of the newest fixture of every document.
  const ownWords = new Set([
    RATING_RANGE,
    END_BEFORE_START,
    START_TIME_FORMAT,
    PROGRESS_RANGE,
    CADENCE_DAYS_RANGE,
    TARGET_RANGE,
    PLAN_DAYS_RANGE,
    PLAN_NAME_LENGTH,
    WEB_ADDRESS_HELP,
    'Use a date like 2027-03-31.',
    'That day does not exist.',
    'Invalid ISO datetime',
  ]);
  const phrasings = [
    /^Invalid type: Expected (\w+|\(.+\)|".+") but received .+$/,
    /^Invalid (length|value): Expected [<>]=-?\d+ but received -?[\d.e+]+$/,
    /^Invalid safe integer: Received .+$/,
    /^Invalid format: Expected \/.+\/ but received .+$/,
  ];
  const badValues: unknown[] = [
    42,
    -1,
    1.5,
    Number.NaN,
    null,
    true,
    [],
    [1],
    {},
    { extra: 1 },
    '',
    'not a date',
    '2027-02-30',
    'x'.repeat(6000),
  ];
  const fixtures = join(process.cwd(), 'tests/fixtures/documents');

  /** Every path to a value inside `value` (objects and arrays included), root excluded. */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, child]) => {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      return [path, ...paths(child, path)];
    });
  }

  /** A deep copy of `value` with the thing at `path` replaced by `bad`, or removed. */
  function replaced(value: unknown, path: (string | number)[], bad: unknown, remove = false): unknown {
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    if (remove) delete node[path.at(-1)!];
    else node[path.at(-1)!] = bad;
    return copy;
  }

  for (const spec of documentSpecs) {
    const versions = readdirSync(join(fixtures, spec.key)).sort();
    const latest = JSON.parse(readFileSync(join(fixtures, spec.key, versions.at(-1)!), 'utf8')) as {
      schemaVersion: number;
      data: unknown;
    };
    it(`word every bad ${spec.key} field in the workbook’s phrasing`, () => {
      if (latest.schemaVersion !== spec.version) return; // an older fixture: documents.test upgrades it
      let worded = 0;
      for (const path of paths(latest.data)) {
        const inputs = [
          ...badValues.map((bad) => replaced(latest.data, path, bad)),
          replaced(latest.data, path, 0, true),
        ];
        for (const input of inputs) {
          const result = v.safeParse(spec.schema, input);
          if (result.success) continue;
          for (const { message } of result.issues) {
            const known = ownWords.has(message) || phrasings.some((phrasing) => phrasing.test(message));
            expect(known, `${path.join('.')}: ${message}`).toBe(true);
          }
          worded += result.issues.length;
        }
      }
      expect(worded).toBeGreaterThan(0);
    });
  }
});
