import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { cssString, planPageCss } from '../../../../src/worksheets/action-plan/print';
import {
  PLAN_DAYS_RANGE,
  PLAN_NAME_LENGTH,
  planSpec,
  type PlanDoc,
} from '../../../../src/worksheets/action-plan/schema';
import {
  planRange,
  withPlanChoices,
  withSectionIncluded,
} from '../../../../src/worksheets/action-plan/store';

const t1 = new Date('2027-05-03T10:00:00Z');
const t2 = new Date('2027-05-03T11:00:00Z');
const blank = planSpec.initial();

describe('plan choices', () => {
  it('start with every section in, 90 days from today, on A4', () => {
    expect(blank).toMatchObject({ name: '', excluded: [], from: null, days: 90, paper: 'a4' });
    expect(v.safeParse(planSpec.schema, blank).success).toBe(true);
  });

  it('keep a valid change, stamped with its time', () => {
    const change = withPlanChoices(blank, { name: 'Maya Okafor', paper: 'letter', days: 60 }, t1);
    expect(change).toEqual({
      ok: true,
      doc: { ...blank, name: 'Maya Okafor', paper: 'letter', days: 60, updatedAt: t1.toISOString() },
    });
  });

  it.each([
    [{ name: 'M'.repeat(121) }, PLAN_NAME_LENGTH],
    [{ days: 20 }, PLAN_DAYS_RANGE],
    [{ days: 400 }, PLAN_DAYS_RANGE],
    [{ days: 45.5 }, PLAN_DAYS_RANGE],
    [{ from: '2027-02-30' }, 'That day does not exist.'],
  ])('refuse %j with a specific message', (choices, message) => {
    expect(withPlanChoices(blank, choices as Partial<PlanDoc>, t1)).toEqual({ ok: false, error: message });
  });

  it('leave sections out and bring them back, once each', () => {
    const out = withSectionIncluded(withSectionIncluded(blank, 'pitch', false, t1), 'pitch', false, t1);
    expect(out.excluded).toEqual(['pitch']);
    expect(withSectionIncluded(out, 'pitch', true, t2)).toMatchObject({
      excluded: [],
      updatedAt: t2.toISOString(),
    });
  });

  it('resolve the range from today or the chosen first day, both ends included', () => {
    expect(planRange({ from: null, days: 90 }, '2027-05-03')).toEqual({
      from: '2027-05-03',
      to: '2027-07-31',
    });
    expect(planRange({ from: '2027-01-01', days: 30 }, '2027-05-03')).toEqual({
      from: '2027-01-01',
      to: '2027-01-30',
    });
  });

  it('merge two tabs by keeping the copy changed last, without the copy both started from', () => {
    const older = { ...blank, name: 'Maya', updatedAt: t1.toISOString() };
    const newer = { ...blank, name: 'Maya Okafor', updatedAt: t2.toISOString() };
    expect(planSpec.merge!(older, newer)).toBe(newer);
    expect(planSpec.merge!(newer, older)).toBe(newer);
  });

  it('merge two tabs choice by choice from the copy both started from', () => {
    const named = withPlanChoices(blank, { name: 'Maya Okafor', days: 60 }, t1);
    const onLetter = withPlanChoices(blank, { paper: 'letter', days: 30 }, t2);
    if (!named.ok || !onLetter.ok) throw new Error('valid choices refused');
    for (const merged of [
      planSpec.merge!(named.doc, onLetter.doc, blank),
      planSpec.merge!(onLetter.doc, named.doc, blank),
    ]) {
      // Each tab's own choice stays; the length both changed takes the later one.
      expect(merged).toEqual({
        ...blank,
        name: 'Maya Okafor',
        paper: 'letter',
        days: 30,
        updatedAt: t2.toISOString(),
      });
    }
  });
});

describe('print rules', () => {
  it('set the paper size and a header with the name and page numbers', () => {
    const css = planPageCss('Maya Okafor', 'letter');
    expect(css).toContain('size: letter;');
    expect(css).toContain('@top-left { content: "Action plan · Maya Okafor";');
    expect(css).toContain('counter(page)');
    expect(planPageCss('  ', 'a4')).toContain('content: "Action plan";');
    expect(planPageCss('', 'a4')).toContain('size: A4;');
  });

  it('escape a name so it cannot end the string or the rule', () => {
    expect(cssString('Ann "Jo" O’Neil')).toBe('"Ann \\22 Jo\\22  O’Neil"');
    const hostile = cssString('"; } body { display: none } /*\\');
    expect(hostile.slice(1, -1)).not.toMatch(/["{};/*]|\\(?![0-9a-f]+ )/);
  });
});
