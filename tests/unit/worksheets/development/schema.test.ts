import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../../../src/lib/documents';
import { checkWebAddress, safeHref } from '../../../../src/worksheets/development/web-address';
import {
  blankRecords,
  developmentSchema,
  developmentSpec,
  END_BEFORE_START,
  eventSchema,
  migrateDevelopmentV1,
  PROGRESS_RANGE,
  START_TIME_FORMAT,
  skillSchema,
  sourceSchema,
  type DevelopmentDoc,
} from '../../../../src/worksheets/development/schema';

const now = new Date('2027-04-12T10:00:00Z');
const fixtureOf = (version: number) =>
  JSON.parse(readFileSync(`tests/fixtures/documents/development/v${version}.json`, 'utf8')) as {
    schemaVersion: number;
    data: unknown;
  };
const fixture = fixtureOf(2);
const firstMessage = (result: { issues?: readonly { message: string }[] }) => result.issues?.[0]?.message;

describe('the development document', () => {
  it('accepts Maya’s plan and counts every entry', () => {
    const decoded = decodeEnvelope(developmentSpec, fixture);
    expect(decoded.kind).toBe('ok');
    expect(decoded.kind === 'ok' && developmentSpec.count(decoded.data)).toBe(8);
  });

  it('accepts blank records of every list', () => {
    const doc = {
      events: [blankRecords.events('e', now)],
      organizations: [blankRecords.organizations('o', now)],
      sources: [blankRecords.sources('s', now)],
      skills: [blankRecords.skills('k', now)],
      deleted: {},
    };
    expect(v.safeParse(developmentSchema, doc).success).toBe(true);
  });

  it.each([
    [
      'an event ending before it starts',
      eventSchema,
      { start: '2027-08-20', end: '2027-08-19' },
      END_BEFORE_START,
    ],
    [
      'an event on a day that does not exist',
      eventSchema,
      { start: '2027-02-30' },
      'That day does not exist.',
    ],
    ['an unknown event status', eventSchema, { status: 'maybe' }, undefined],
    ['a start time past midnight', eventSchema, { startTime: '24:00' }, START_TIME_FORMAT],
    ['a start time with no leading zero', eventSchema, { startTime: '9:30' }, START_TIME_FORMAT],
    ['a start time with seconds', eventSchema, { startTime: '18:30:00' }, START_TIME_FORMAT],
    ['a start time on a 12-hour clock', eventSchema, { startTime: '6:30 PM' }, START_TIME_FORMAT],
    ['a start time of 60 minutes', eventSchema, { startTime: '18:60' }, START_TIME_FORMAT],
    ['a progress above 100', skillSchema, { progress: 120 }, PROGRESS_RANGE],
    ['a negative progress', skillSchema, { progress: -1 }, PROGRESS_RANGE],
    ['a fractional progress', skillSchema, { progress: 12.5 }, PROGRESS_RANGE],
  ] as const)('refuses %s', (_label, schema, patch, message) => {
    const base = schema === skillSchema ? blankRecords.skills('k', now) : blankRecords.events('e', now);
    const result = v.safeParse(schema, { ...base, ...patch });
    expect(result.success).toBe(false);
    if (message) expect(firstMessage(result)).toBe(message);
  });

  it.each(['', '00:00', '09:05', '18:30', '23:59'])('accepts %j as a start time', (startTime) => {
    expect(v.safeParse(eventSchema, { ...blankRecords.events('e', now), startTime }).success).toBe(true);
  });

  it('migrates version 1 purely: each event gains an empty start time, nothing else', () => {
    const v1 = fixtureOf(1).data as DevelopmentDoc;
    const copy = structuredClone(v1);
    const v2 = migrateDevelopmentV1(v1) as DevelopmentDoc;
    expect(v1).toEqual(copy);
    expect(v2.events.map((event) => event.startTime)).toEqual(['', '']);
    expect(v2.events.map(({ startTime: _t, ...rest }) => rest)).toEqual(v1.events);
    expect({ ...v2, events: [] }).toEqual({ ...v1, events: [] });
    expect(v.safeParse(developmentSchema, v2).success).toBe(true);
    // The version 2 fixture is version 1 with a start time on the meetup.
    const current = fixture.data as DevelopmentDoc;
    expect(current.events.map((event) => event.startTime)).toEqual(['18:30', '']);
    expect(current.events.map(({ startTime: _t, ...rest }) => rest)).toEqual(v1.events);
    expect(decodeEnvelope(developmentSpec, fixtureOf(1))).toMatchObject({
      kind: 'ok',
      migratedFrom: 1,
      data: v2,
    });
    expect(migrateDevelopmentV1(null)).toBeNull();
    expect(migrateDevelopmentV1({ events: 'x' })).toEqual({ events: 'x' });
  });

  it('accepts a one-day event (no end) and an end on the start day', () => {
    const event = blankRecords.events('e', now);
    expect(v.safeParse(eventSchema, { ...event, start: '2027-06-02' }).success).toBe(true);
    expect(v.safeParse(eventSchema, { ...event, start: '2027-06-02', end: '2027-06-02' }).success).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<b>hi</b>', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com', false],
    ['example.com', false],
    ['https://', false],
    ['', true],
    ['https://example.com/brief?ref=a,b', true],
    ['http://localhost:8080/feed', true],
  ])('takes %j as a source address: %s', (url, valid) => {
    expect(v.safeParse(sourceSchema, { ...blankRecords.sources('s', now), url }).success).toBe(valid);
  });
});

describe('checkWebAddress', () => {
  it('accepts web addresses, trimming pasted spaces', () => {
    expect(checkWebAddress('  https://example.com/a ')).toEqual({ ok: true, url: 'https://example.com/a' });
  });

  it('waits while the address is still being typed, and warns once it cannot become one', () => {
    expect(checkWebAddress('htt')).toMatchObject({ ok: false, incomplete: true });
    expect(checkWebAddress('https:/')).toMatchObject({ ok: false, incomplete: true });
    expect(checkWebAddress('javascript:alert(1)')).toMatchObject({
      ok: false,
      incomplete: false,
      error: expect.stringMatching(/starts with https:\/\//) as unknown,
    });
  });

  it('gives an href only for http and https', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
  });
});
