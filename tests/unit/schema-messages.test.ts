import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { documentSpecs } from '../../src/schemas';
import { englishIssue } from '../../src/schemas/messages';

// Our small error function replaces zod's English locale to keep it out of every page. The
// locale stays the reference: for every field of every stored document, each kind of bad value
// must be worded exactly as the locale words it, so readers see the same messages as before.
const english = z.locales.en().localeError;
const fixtures = join(process.cwd(), 'tests/fixtures/documents');
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

/** Every path to a value inside `value` (objects and arrays included), root excluded. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...paths(child, path)];
  });
}

/** A deep copy of `value` with the thing at `path` replaced by `bad`. */
function replaced(value: unknown, path: (string | number)[], bad: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = bad;
  return copy;
}

describe('schema messages', () => {
  for (const spec of documentSpecs) {
    const versions = readdirSync(join(fixtures, spec.key)).sort();
    const latest = JSON.parse(readFileSync(join(fixtures, spec.key, versions.at(-1)!), 'utf8')) as {
      schemaVersion: number;
      data: unknown;
    };
    it(`word every bad ${spec.key} field as zod's English locale does`, () => {
      if (latest.schemaVersion !== spec.version) return; // an older fixture: documents.test upgrades it
      let compared = 0;
      for (const path of paths(latest.data)) {
        for (const bad of badValues) {
          const input = replaced(latest.data, path, bad);
          const ours = spec.schema.safeParse(input);
          const theirs = spec.schema.safeParse(input, { error: english });
          expect(ours.success).toBe(theirs.success);
          if (ours.success || theirs.success) continue;
          expect(
            ours.error.issues.map((i) => i.message),
            `${path.join('.')} = ${String(bad)}`,
          ).toEqual(theirs.error.issues.map((i) => i.message));
          compared += ours.error.issues.length;
        }
      }
      expect(compared).toBeGreaterThan(0);
    });
  }

  it('says "Invalid input" for a check our schemas do not use', () => {
    expect(englishIssue({ code: 'custom', input: 1, path: [] })).toBe('Invalid input');
  });
});
