// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryEngine, useStorageForTests } from '../../src/lib/storage';
import { documentSpecs } from '../../src/documents';
import { describeDocuments } from '../../src/stores/reset';

const fixture = (key: string, version: number): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), `tests/fixtures/documents/${key}/v${version}.json`), 'utf8'));

beforeEach(() => useStorageForTests(undefined));

describe('describeDocuments', () => {
  it('lists every document in backup order, with nothing stored as 0', async () => {
    useStorageForTests({ engine: createMemoryEngine() });
    expect(await describeDocuments()).toEqual(
      documentSpecs.map((spec) => ({ key: spec.key, title: spec.title, count: 0 })),
    );
  });

  it('counts what is stored, in an older version too, and what is not a document as 0', async () => {
    useStorageForTests({
      engine: createMemoryEngine({
        // Version 2 of people, which still held the logs: its contacts are what it counts.
        people: fixture('people', 2),
        progress: fixture('progress', 1),
        goals: { schemaVersion: 'one', data: { goals: [{}] } },
        'quarantine:goals:2027-03-01T10:00:00.000Z': fixture('goals', 1),
      }),
    });
    const counts = Object.fromEntries((await describeDocuments()).map((doc) => [doc.key, doc.count]));
    const people = (fixture('people', 2) as { data: { people: unknown[] } }).data.people.length;
    expect(counts).toMatchObject({ people, progress: 1, goals: 0, interactions: 0 });
  });
});
