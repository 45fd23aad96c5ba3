import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../src/lib/records';
import { describeField, putBack, replacedTexts } from '../../src/lib/replaced-text';

const t0 = '2027-03-01T10:00:00.000Z';
const t1 = '2027-03-01T10:01:00.000Z';
const t2 = '2027-03-01T10:02:00.000Z';
const goal = (id: string, updatedAt: string, fields: Record<string, unknown> = {}) => ({
  id,
  updatedAt,
  text: '',
  metric: '',
  target: null as number | null,
  objectiveId: null as string | null,
  ...fields,
});

describe('replacedTexts', () => {
  it('reports a text the reader changed that another tab’s later edit replaces', () => {
    const before = { goals: [goal('g', t0, { text: 'Meet analysts' })] };
    const mine = { goals: [goal('g', t1, { text: 'Meet 12 analysts' })] };
    const next = { goals: [goal('g', t2, { text: 'Meet 20 analysts' })] };
    expect(replacedTexts(mine, next, before)).toEqual([
      { path: ['goals', { id: 'g' }, 'text'], mine: 'Meet 12 analysts', next: 'Meet 20 analysts' },
    ]);
  });

  it('says nothing of texts the reader left alone, or that the next copy keeps', () => {
    const before = { goals: [goal('g', t0, { text: 'Meet analysts', metric: 'calls' })] };
    // The reader changed the metric; the other tab changed the text, and kept the metric.
    const mine = { goals: [goal('g', t1, { text: 'Meet analysts', metric: 'meetings' })] };
    const next = { goals: [goal('g', t2, { text: 'Meet 20 analysts', metric: 'meetings' })] };
    expect(replacedTexts(mine, next, before)).toEqual([]);
    expect(replacedTexts(mine, mine, before)).toEqual([]);
  });

  it('finds records by id, so a reordered list is not read as changed text', () => {
    const before = { goals: [goal('a', t0, { text: 'A' }), goal('b', t0, { text: 'B' })] };
    const mine = { goals: [goal('a', t1, { text: 'A, edited here' }), goal('b', t0, { text: 'B' })] };
    const next = { goals: [goal('b', t0, { text: 'B' }), goal('a', t1, { text: 'A, edited here' })] };
    expect(replacedTexts(mine, next, before)).toEqual([]);
  });

  it('ignores updatedAt, links to other records and values that are not text', () => {
    const before = { goals: [goal('g', t0)] };
    const mine = { goals: [goal('g', t1, { target: 3, objectiveId: 'o1', tags: ['x'] })] };
    const next = { goals: [goal('g', t2, { target: 5, objectiveId: 'o2', tags: ['y'] })] };
    expect(replacedTexts(mine, next, before)).toEqual([]);
  });

  it('reports a deleted record only for the texts the reader edited in it', () => {
    const before = { goals: [goal('a', t0, { text: 'A' }), goal('b', t0, { text: 'B' })] };
    const mine = {
      goals: [goal('a', t1, { text: 'A, edited here', metric: 'calls' }), goal('b', t0, { text: 'B' })],
    };
    const next = { goals: [] };
    expect(replacedTexts(mine, next, before)).toEqual([
      { path: ['goals', { id: 'a' }, 'text'], mine: 'A, edited here', next: undefined },
      { path: ['goals', { id: 'a' }, 'metric'], mine: 'calls', next: undefined },
    ]);
  });

  it('counts text typed into a record this tab added, but not its empty fields', () => {
    const mine = { goals: [goal('new', t1, { text: 'Typed here' })] };
    const next = { goals: [goal('new', t2, { text: 'Typed there' })] };
    expect(replacedTexts(mine, next, { goals: [] })).toEqual([
      { path: ['goals', { id: 'new' }, 'text'], mine: 'Typed here', next: 'Typed there' },
    ]);
  });

  it('reads keys such as __proto__ as the reader’s data', () => {
    const parse = (text: string): unknown => JSON.parse(text);
    const before = parse('{"notes":{"__proto__":"old","constructor":"c"}}');
    const mine = parse('{"notes":{"__proto__":"mine","constructor":"c"}}');
    const next = parse('{"notes":{"__proto__":"theirs","constructor":"c"}}');
    expect(replacedTexts(mine, next, before)).toEqual([
      { path: ['notes', '__proto__'], mine: 'mine', next: 'theirs' },
    ]);
  });

  it('reports exactly the reader’s texts that a merge with a later edit drops', () => {
    // Two tabs edit the same fields of one record from a common base; the later one wins.
    const text = fc.constantFrom('', 'a', 'b', 'c');
    const copy = fc.record({ text, metric: text });
    fc.assert(
      fc.property(copy, copy, copy, (base, local, stored) => {
        const before = { goals: [goal('g', t0, base)] };
        const mine = { goals: [goal('g', t1, local)] };
        const other = { goals: [goal('g', t2, stored)] };
        const next = { goals: mergeRecords(mine.goals, other.goals, {}, before.goals) };
        const expected = (['text', 'metric'] as const)
          .filter((key) => local[key] !== base[key] && next.goals[0]![key] !== local[key])
          .map((key) => ({ path: ['goals', { id: 'g' }, key], mine: local[key], next: next.goals[0]![key] }));
        expect(replacedTexts(mine, next, before)).toEqual(expected);
      }),
    );
  });
});

describe('putBack', () => {
  const now = new Date(t2);

  it('sets the text and stamps every record that holds it, leaving the input as it was', () => {
    const data = {
      goals: [
        goal('other', t0, { text: 'Other' }),
        goal('g', t0, { text: 'Theirs', steps: [{ id: 's', updatedAt: t0, text: 'Their step' }] }),
      ],
      deleted: {},
    };
    const snapshot = structuredClone(data);
    const restored = putBack(data, ['goals', { id: 'g' }, 'steps', { id: 's' }, 'text'], 'My step', now);
    expect(restored?.goals[1]).toEqual(
      goal('g', t2, { text: 'Theirs', steps: [{ id: 's', updatedAt: t2, text: 'My step' }] }),
    );
    expect(restored?.goals[0]).toBe(data.goals[0]);
    expect(data).toEqual(snapshot);
  });

  it('stamps just after the record’s own time when the clock is behind it', () => {
    const data = { goals: [goal('g', '2027-03-01T10:05:00.000Z', { text: 'Theirs' })] };
    expect(putBack(data, ['goals', { id: 'g' }, 'text'], 'Mine', now)?.goals[0]?.updatedAt).toBe(
      '2027-03-01T10:05:00.001Z',
    );
  });

  it('wins the next merge against the copy it replaced', () => {
    const theirs = { goals: [goal('g', t1, { text: 'Theirs' })] };
    const mine = putBack(theirs, ['goals', { id: 'g' }, 'text'], 'Mine', now)!;
    expect(mergeRecords(theirs.goals, mine.goals, {}, theirs.goals)[0]?.text).toBe('Mine');
  });

  it('gives undefined when the field is gone, and never writes through __proto__', () => {
    const data = { goals: [goal('g', t0, { text: 'Theirs' })] };
    expect(putBack(data, ['goals', { id: 'deleted' }, 'text'], 'Mine', now)).toBeUndefined();
    expect(putBack(data, ['goals', { id: 'g' }, 'missing'], 'Mine', now)).toBeUndefined();
    const parsed = JSON.parse('{"notes":{"__proto__":"theirs"}}') as { notes: Record<string, unknown> };
    const restored = putBack(parsed, ['notes', '__proto__'], 'mine', now)!;
    expect(Object.hasOwn(restored.notes, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(restored.notes, '__proto__')?.value).toBe('mine');
    expect(Object.getPrototypeOf(restored.notes)).toBe(Object.prototype);
    expect(putBack(data, ['__proto__', 'text'], 'Mine', now)).toBeUndefined();
  });

  it('puts back whatever replacedTexts reports, so that nothing else changes', () => {
    const text = fc.constantFrom('', 'a', 'b');
    fc.assert(
      fc.property(text, text, (mineText, nextText) => {
        fc.pre(mineText !== nextText);
        const mine = { goals: [goal('g', t1, { text: mineText })] };
        const next = { goals: [goal('g', t2, { text: nextText })] };
        for (const found of replacedTexts(mine, next, { goals: [goal('g', t0)] })) {
          const restored = putBack(next, found.path, found.mine, new Date(t2));
          expect(restored?.goals[0]).toEqual({
            ...next.goals[0],
            text: mineText,
            updatedAt: '2027-03-01T10:02:00.001Z',
          });
        }
      }),
    );
  });
});

describe('describeField', () => {
  const data = {
    goals: [goal('g', t0, { text: 'Meet product analysts at health-tech companies in Leeds' })],
    base: { updatedAt: t0, text: 'Hello' },
  };

  it('names the field by its record when the record has a name or text', () => {
    expect(describeField(data, ['goals', { id: 'g' }, 'metric'])).toBe(
      'the metric of “Meet product analysts at health-tech co…”',
    );
  });

  it('names the list when the field is what names its record, and the object outside lists', () => {
    expect(describeField(data, ['goals', { id: 'g' }, 'text'])).toBe('the text of one of your goals');
    expect(describeField(data, ['base', 'text'])).toBe('the text of your base');
    expect(describeField({ sharedInterests: 'x' }, ['sharedInterests'])).toBe('your shared interests');
  });
});
