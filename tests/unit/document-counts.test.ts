import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countStored, decodeEnvelope, openEnvelope } from '../../src/lib/documents';
import { documentSpecs } from '../../src/documents';

const fixtures = join(process.cwd(), 'tests/fixtures/documents');
const entry = (key: string) => documentSpecs.find((candidate) => candidate.key === key)!;

describe('counting stored documents', () => {
  it('covers every document once, in the order a restore writes them', () => {
    expect(documentSpecs.map(({ key }) => key)).toEqual([
      'goals',
      // The logs before the contacts: a version 2 `people` still holds them (carryOver).
      'interactions',
      'people',
      'pitch',
      'communication',
      'development',
      'plan',
      'progress',
      'settings',
    ]);
  });

  // The reset list counts stored data without the schema; on every version a reader may have
  // stored, and on an empty document, that count must be the one the spec gives valid data.
  for (const spec of documentSpecs) {
    it(`counts "${spec.key}" as its spec does, in every stored version`, () => {
      expect(countStored(entry(spec.key), spec.initial())).toBe(spec.count(spec.initial()));
      for (const file of readdirSync(join(fixtures, spec.key))) {
        const raw: unknown = JSON.parse(readFileSync(join(fixtures, spec.key, file), 'utf8'));
        const decoded = decodeEnvelope(spec, raw);
        const opened = openEnvelope(raw);
        if (decoded.kind !== 'ok' || opened.kind !== 'envelope')
          throw new Error(`${spec.key}/${file} unreadable`);
        const count = spec.count(decoded.data);
        expect(count, `${spec.key}/${file}`).toBeGreaterThan(0);
        expect(countStored(entry(spec.key), opened.data), `${spec.key}/${file}`).toBe(count);
      }
    });
  }

  it('counts damaged data by what it can read, and never throws', () => {
    expect(countStored(entry('goals'), { goals: 'three' })).toBe(0);
    expect(countStored(entry('goals'), { goals: [{}, 'x'] })).toBe(2);
    expect(countStored(entry('pitch'), { base: 'hello', variants: [1] })).toBe(1);
    expect(countStored(entry('progress'), { lessons: [null, { done: 'yes' }, { done: true }] })).toBe(1);
    expect(countStored(entry('settings'), { lastBackupAt: 7 })).toBe(0);
    expect(countStored(entry('people'), null)).toBe(0);
    expect(countStored(entry('people'), [[]])).toBe(0);
    fc.assert(
      fc.property(fc.constantFrom(...documentSpecs), fc.jsonValue(), (candidate, data) => {
        const count = countStored(candidate, data);
        expect(Number.isInteger(count) && count >= 0).toBe(true);
      }),
    );
  });
});
