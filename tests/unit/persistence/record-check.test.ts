import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFER_CHECK_FROM, decodeEnvelope, mayDeferCheck, migrate } from '../../../src/lib/documents';
import {
  checkInSlices,
  checkUnits,
  decodeShape,
  planCheck,
  type CheckUnit,
} from '../../../src/persistence/record-check';
import { documentSpecs } from '../../../src/documents';
import type { DocumentSpec } from '../../../src/lib/documents';
import { listOf, object, tombstones } from '../../../src/schemas/common';
import { interactionSchema, interactionsSpec } from '../../../src/documents/interactions/schema';
import {
  makePerson,
  peopleSpec as contactsSpec,
  type Interaction,
} from '../../../src/documents/people/schema';
import { makeInteraction } from '../../support/interactions';

// A large real schema to check: contacts and both logs in one document, as people version 2 held
// them, built from the large lists the two specs declare.
const largeLists = { ...contactsSpec.largeLists!, ...interactionsSpec.largeLists! };
const peopleSchema = object({
  people: listOf(largeLists['people']!),
  interactions: listOf(largeLists['interactions']!),
  gives: listOf(largeLists['gives']!),
  deleted: tombstones,
});
type PeopleDoc = v.InferOutput<typeof peopleSchema>;
const peopleSpec = {
  ...contactsSpec,
  version: 2,
  migrations: { 1: contactsSpec.migrations[1]! },
  schema: peopleSchema,
  largeLists,
} as unknown as DocumentSpec<PeopleDoc>;

const now = new Date('2027-03-01T10:00:00Z');
const interaction = (i: number, personId: string): Interaction =>
  makeInteraction({ id: `i-${i}`, personId, date: '2027-02-01', talkedAbout: 'Plans for the quarter' }, now);

/** A valid people document with `count` interactions over a handful of contacts. */
function network(count: number): PeopleDoc {
  const people = Array.from({ length: 5 }, (_, i) => makePerson(`p-${i}`, now, { name: `Contact ${i}` }));
  return {
    people,
    interactions: Array.from({ length: count }, (_, i) => interaction(i, `p-${i % 5}`)),
    gives: [],
    deleted: {},
  };
}

const passesPlan = (value: unknown) => {
  const plan = planCheck(peopleSpec, value);
  return checkUnits(plan.head) && checkUnits(plan.rest);
};

/** Damage the document may suffer: a wrong type, a missing field, an impossible value. */
const damage = fc.oneof(
  fc.record({
    list: fc.constantFrom('people', 'interactions'),
    field: fc.constantFrom('id', 'updatedAt', 'name', 'date', 'channel', 'tags'),
    value: fc.constantFrom(undefined, 7, '', 'x', null, [], '2027-02-30'),
  }),
  fc.record({
    top: fc.constantFrom('people', 'interactions', 'gives', 'deleted'),
    value: fc.constantFrom(undefined, {}, 'x', [], [1], { a: 'b' }),
  }),
);

describe('planCheck', () => {
  it('passes exactly when the whole schema does, whatever is damaged and where', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.option(damage), fc.nat(), (count, hurt, at) => {
        const doc = structuredClone(network(count)) as unknown as Record<string, unknown>;
        if (hurt && 'list' in hurt) {
          const list = doc[hurt.list] as Record<string, unknown>[];
          if (list.length) list[at % list.length]![hurt.field] = hurt.value;
        } else if (hurt) doc[hurt.top] = hurt.value;
        expect(passesPlan(doc)).toBe(v.safeParse(peopleSchema, doc).success);
      }),
    );
  });

  it('keeps each list’s own limits, checked on the whole list', () => {
    const tooMany = {
      ...network(0),
      people: Array.from({ length: 20_001 }, (_, i) => makePerson(`p-${i}`, now)),
    };
    expect(v.safeParse(peopleSchema, tooMany).success).toBe(false);
    expect(checkUnits(planCheck(peopleSpec, tooMany).head)).toBe(false);
  });

  it('puts only the fields, list limits and each list’s first and last record in the head', () => {
    const plan = planCheck(peopleSpec, network(100));
    expect(plan.rest).toHaveLength(98 + 3);
    expect(plan.head.map((unit) => unit.value)).toContainEqual(interaction(99, 'p-4'));
  });

  it('agrees with every stored document’s schema on every fixture', () => {
    for (const spec of documentSpecs) {
      const dir = `tests/fixtures/documents/${spec.key}`;
      for (const file of readdirSync(dir)) {
        const envelope = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
          schemaVersion: number;
          data: unknown;
        };
        const data = migrate(spec, envelope.data, envelope.schemaVersion);
        const plan = planCheck(spec, data);
        expect(checkUnits(plan.head) && checkUnits(plan.rest)).toBe(v.safeParse(spec.schema, data).success);
      }
    }
  });
});

describe('checkInSlices', () => {
  const units = (n: number, bad?: number): CheckUnit[] =>
    Array.from({ length: n }, (_, i) => ({
      schema: interactionSchema,
      value: i === bad ? {} : interaction(i, 'p'),
    }));

  it('gives the page a turn before each slice, and passes when every unit does', async () => {
    let turns = 0;
    const pause = () => {
      turns++;
      return Promise.resolve();
    };
    expect(await checkInSlices(units(200), { sliceMs: 0, pause })).toBe(true);
    expect(turns).toBe(4); // slices of 64 units, the smallest between looks at the clock
  });

  it('stops at the first unit that fails', async () => {
    expect(await checkInSlices(units(200, 150), { pause: () => Promise.resolve() })).toBe(false);
  });

  it('stops when the answer no longer matters', async () => {
    expect(await checkInSlices(units(200), { cancelled: () => true, pause: () => Promise.resolve() })).toBe(
      false,
    );
  });
});

describe('decodeShape', () => {
  const wrap = (data: unknown, schemaVersion = 2) => ({ schemaVersion, updatedAt: now.toISOString(), data });

  it('decodes a small document in full, exactly as decodeEnvelope', () => {
    const raw = wrap(network(10));
    expect(decodeShape(peopleSpec, raw)).toEqual(decodeEnvelope(peopleSpec, raw));
  });

  it('returns a large document of the right shape unchecked, with the records left to check', () => {
    const doc = network(DEFER_CHECK_FROM + 10);
    const decoded = decodeShape(peopleSpec, wrap(doc));
    expect(decoded).toMatchObject({ kind: 'unchecked', data: doc, updatedAt: now.toISOString() });
    expect(decoded.kind === 'unchecked' && decoded.remaining).toHaveLength(DEFER_CHECK_FROM + 8 + 3);
  });

  it('decodes in full, with decodeEnvelope’s reason, when the shape is wrong', () => {
    const doc = network(DEFER_CHECK_FROM + 10) as unknown as { interactions: Record<string, unknown>[] };
    doc.interactions[0]!['date'] = '2027-02-30';
    const decoded = decodeShape(peopleSpec, wrap(doc));
    expect(decoded).toEqual(decodeEnvelope(peopleSpec, wrap(doc)));
    expect(decoded).toEqual({ kind: 'invalid', reason: 'interactions.0.date: That day does not exist.' });
  });

  it('is tried only when a cheap count says the document may be large enough', () => {
    expect(mayDeferCheck(peopleSpec, wrap(network(DEFER_CHECK_FROM)))).toBe(true);
    expect(mayDeferCheck(peopleSpec, wrap(network(DEFER_CHECK_FROM - 6)))).toBe(false);
    expect(mayDeferCheck(peopleSpec, wrap(network(DEFER_CHECK_FROM), 1))).toBe(false);
    expect(mayDeferCheck(peopleSpec, JSON.stringify(wrap(network(DEFER_CHECK_FROM))))).toBe(false);
  });

  it('decodes older and newer versions as decodeEnvelope does', () => {
    for (const raw of [wrap({ people: [] }, 1), wrap({}, 9), '{"broken', null]) {
      expect(decodeShape(peopleSpec, raw)).toEqual(decodeEnvelope(peopleSpec, raw));
    }
  });
});
