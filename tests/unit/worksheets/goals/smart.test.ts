import { describe, expect, it } from 'vitest';
import {
  checkSmart,
  effectiveTarget,
  goalProgress,
  numberInText,
  smartScore,
  type SmartGoal,
} from '../../../../src/worksheets/goals/smart';

const today = '2027-01-10';
const objectives = [
  { id: 'o-role', text: 'Land a product analytics role at a health-tech company' },
  { id: 'o-known', text: '' },
];

/** Maya's first goal, complete: every letter passes. */
const maya: SmartGoal = {
  text: 'Hold informational conversations with people in product or analytics roles at health-tech companies',
  metric: 'conversations held',
  target: 12,
  deadline: '2027-06-30',
  objectiveId: 'o-role',
  achievable: 'Two a month, about 3 hours a month including preparation.',
};
const goal = (patch: Partial<SmartGoal>): SmartGoal => ({ ...maya, ...patch });

describe('checkSmart: Specific', () => {
  it.each([
    ['Maya’s goal', maya.text, true, /action and who/],
    ['a coffee goal', 'Have coffee with product managers at fintech companies', true, /action/],
    ['a talk', 'Present the portal analysis at the Columbus Health Data Meetup', true, /action/],
    ['an interview goal', 'Interview three nurses about the patient portal', true, /action/],
    ['a goal in capitals', 'MEET product analysts at Mendwell and Orrin', true, /action/],
    ['a goal starting with a quote mark', '“Publish a case study on LinkedIn”', true, /action/],
    [
      'a word that only contains a vague one',
      'Meet somebody from every analytics team in Columbus',
      true,
      /action/,
    ],
    ['an empty goal', '', false, /Write the goal/],
    ['only spaces', '   ', false, /Write the goal/],
    ['too short', 'Network more', false, /at least four words/],
    ['three words', 'Meet product analysts', false, /at least four words/],
    [
      'no verb at the start',
      'Networking with people in fintech',
      false,
      /Start with an action verb.*not “Networking”/,
    ],
    ['a wish', 'My goal is to meet analysts', false, /not “My”/],
    [
      'a noun first',
      'Conversations with twelve product analysts this year',
      false,
      /Start with an action verb/,
    ],
    ['“more”', 'Meet more people in health tech', false, /“more” is vague/],
    ['“better”', 'Build better relationships with product managers', false, /“better” is vague/],
    ['“some”', 'Attend some events about health data', false, /“some” is vague/],
    ['“network more” after a verb', 'Start to network more with analysts', false, /“network more” is vague/],
    ['“various”', 'Contact various people at health-tech companies', false, /“various”/],
    ['“things”', 'Learn things from product managers at Mendwell', false, /“things”/],
    ['“try”', 'Try to meet product analysts at Mendwell', false, /Start with an action verb/],
    ['“maybe”', 'Meet product analysts at Mendwell, maybe Orrin', false, /“maybe”/],
  ])('%s', (_label, text, ok, reason) => {
    const result = checkSmart(goal({ text }), objectives, today).S;
    expect(result.ok).toBe(ok);
    expect(result.reason).toMatch(reason);
  });
});

describe('checkSmart: Measurable', () => {
  it.each([
    ['metric and target', {}, true, /Counts conversations held, target 12\.$/],
    [
      'no metric, no target',
      { metric: '', target: null, text: 'Meet product analysts at Mendwell' },
      false,
      /what you will count and a target/,
    ],
    [
      'a metric, no target',
      { target: null, text: 'Meet product analysts at Mendwell' },
      false,
      /Add a target number of conversations held/,
    ],
    ['a target, no metric', { metric: '  ' }, false, /Name what you will count/],
    ['a zero target', { target: 0 }, false, /above zero/],
    [
      'a number in the text stands in for the target',
      { target: null, text: 'Meet 12 product analysts at Mendwell' },
      true,
      /target 12 \(from the goal’s text\)/,
    ],
    [
      'the field wins over the text',
      { target: 8, text: 'Meet 12 product analysts at Mendwell' },
      true,
      /target 8\.$/,
    ],
    [
      'a date in the text is not a target',
      { target: null, text: 'Meet product analysts by June 30 at Mendwell' },
      false,
      /Add a target/,
    ],
  ])('%s', (_label, patch, ok, reason) => {
    const result = checkSmart(goal(patch), objectives, today).M;
    expect(result.ok).toBe(ok);
    expect(result.reason).toMatch(reason);
  });
});

describe('checkSmart: Achievable', () => {
  it.each([
    ['a note on time', {}, true, /noted the time/],
    ['no note', { achievable: '' }, false, /time per week/],
    ['only spaces', { achievable: ' \n ' }, false, /time per week/],
    ['50 conversations in 4 weeks', { target: 50, deadline: '2027-02-07' }, false, /about 13 a week/],
    ['5 a week is still fine', { target: 20, deadline: '2027-02-07' }, true, /noted/],
    ['a big target due today counts as one week', { target: 40, deadline: today }, false, /about 40 a week/],
    [
      'a target from the text counts too',
      { target: null, text: 'Meet 300 product analysts at meetups', deadline: '2027-03-10' },
      false,
      /a week/,
    ],
    ['a past deadline is the T letter’s problem', { target: 500, deadline: '2026-12-01' }, true, /noted/],
  ])('%s', (_label, patch, ok, reason) => {
    const result = checkSmart(goal(patch), objectives, today).A;
    expect(result.ok).toBe(ok);
    expect(result.reason).toMatch(reason);
  });
});

describe('checkSmart: Relevant', () => {
  it.each([
    ['linked', {}, true, /Serves “Land a product analytics role/],
    ['linked to an objective with no text yet', { objectiveId: 'o-known' }, true, /Serves an objective/],
    ['not linked', { objectiveId: null }, false, /Link it to one of your career objectives/],
    ['linked to a deleted objective', { objectiveId: 'o-gone' }, false, /was deleted/],
  ])('%s', (_label, patch, ok, reason) => {
    const result = checkSmart(goal(patch), objectives, today).R;
    expect(result.ok).toBe(ok);
    expect(result.reason).toMatch(reason);
  });
});

describe('checkSmart: Time-bound', () => {
  it.each([
    ['in the next months', {}, true, /Due in 171 days/],
    ['today', { deadline: today }, true, /less than a day/],
    ['tomorrow', { deadline: '2027-01-11' }, true, /Due in 1 day\./],
    ['no date', { deadline: null }, false, /calendar date/],
    ['yesterday', { deadline: '2027-01-09' }, false, /has passed/],
    ['exactly two years away', { deadline: '2029-01-09' }, true, /730 days/],
    ['more than two years away', { deadline: '2029-06-30' }, false, /More than two years/],
  ])('%s', (_label, patch, ok, reason) => {
    const result = checkSmart(goal(patch), objectives, today).T;
    expect(result.ok).toBe(ok);
    expect(result.reason).toMatch(reason);
  });
});

describe('checkSmart as a whole', () => {
  it('passes Maya’s goal on every letter', () => {
    expect(smartScore(checkSmart(maya, objectives, today))).toBe(5);
  });

  it('fails a blank goal on every letter, each with a reason', () => {
    const blank: SmartGoal = {
      text: '',
      metric: '',
      target: null,
      deadline: null,
      objectiveId: null,
      achievable: '',
    };
    const check = checkSmart(blank, [], today);
    expect(smartScore(check)).toBe(0);
    expect(Object.values(check).every((result) => result.reason.length > 10)).toBe(true);
  });
});

describe('numberInText', () => {
  it.each([
    ['Meet 12 product analysts', 12],
    ['Hold 6 conversations with people in 3 roles', 6],
    ['Have 20-minute calls with 4 product managers', 4],
    ['Meet analysts by June 30 2027', null],
    ['Speak at 2 meetups in 2027', 2],
    ['Attend the meetup on 3 March', null],
    ['Publish a case study', null],
    ['Get 2.5 referrals', 2.5],
  ])('%s → %s', (text, expected) => {
    expect(numberInText(text)).toBe(expected);
  });

  it('is used only when the target field is empty', () => {
    expect(effectiveTarget(goal({ target: null, text: 'Meet 9 analysts' }))).toBe(9);
    expect(effectiveTarget(goal({ target: 3, text: 'Meet 9 analysts' }))).toBe(3);
  });
});

describe('goalProgress', () => {
  it.each([
    ['nothing planned yet', [], [], { done: 0, total: 0, percent: 0 }],
    ['one benchmark of two', [true, false], [], { done: 1, total: 2, percent: 50 }],
    [
      'steps count when done, not when doing',
      [],
      ['done', 'doing', 'todo'],
      { done: 1, total: 3, percent: 33 },
    ],
    ['2 of 5', [true, false], ['done', 'todo', 'doing'], { done: 2, total: 5, percent: 40 }],
    ['everything done', [true], ['done'], { done: 2, total: 2, percent: 100 }],
  ])('%s', (_label, benchmarks, steps, expected) => {
    expect(
      goalProgress({
        benchmarks: benchmarks.map((done) => ({ done })),
        steps: steps.map((status) => ({ status })),
      }),
    ).toEqual(expected);
  });
});

describe('checkSmart: the reader’s own words end each sentence once', () => {
  // Objectives and metrics are typed as sentences often enough: "Land a role by mid-2027."
  const reasons = (patch: Partial<SmartGoal>, objective: string) =>
    Object.values(checkSmart(goal(patch), [{ id: 'o-role', text: objective }], today))
      .map((result) => result.reason)
      .join('\n');

  it('quotes an objective that ends with its own full stop, question or exclamation mark', () => {
    expect(reasons({}, 'Land a product analytics role by mid-2027.')).toMatchInlineSnapshot(`
      "Names an action and who it involves.
      Counts conversations held, target 12.
      You have noted the time and resources it needs.
      Serves “Land a product analytics role by mid-2027.”
      Due in 171 days."
    `);
    expect(reasons({}, 'Move into product analytics?')).toMatchInlineSnapshot(`
      "Names an action and who it involves.
      Counts conversations held, target 12.
      You have noted the time and resources it needs.
      Serves “Move into product analytics?”
      Due in 171 days."
    `);
    expect(reasons({}, 'Lead a data team!')).toMatchInlineSnapshot(`
      "Names an action and who it involves.
      Counts conversations held, target 12.
      You have noted the time and resources it needs.
      Serves “Lead a data team!”
      Due in 171 days."
    `);
  });

  it('quotes a first word that is not a verb without its own quote marks', () => {
    expect(
      checkSmart(goal({ text: '“Networking” with analysts at Mendwell' }), objectives, today).S.reason,
    ).toMatchInlineSnapshot(
      `"Start with an action verb, such as “Meet”, “Attend” or “Publish”, not “Networking”."`,
    );
  });

  it('names a metric typed with a full stop without doubling it', () => {
    expect(reasons({ metric: 'conversations held.' }, 'Land a role')).toMatchInlineSnapshot(`
      "Names an action and who it involves.
      Counts conversations held, target 12.
      You have noted the time and resources it needs.
      Serves “Land a role”.
      Due in 171 days."
    `);
    expect(
      reasons(
        { metric: 'conversations held.', target: null, text: 'Meet analysts at Mendwell' },
        'Land a role',
      ),
    ).toMatchInlineSnapshot(`
      "Names an action and who it involves.
      Add a target number of conversations held.
      You have noted the time and resources it needs.
      Serves “Land a role”.
      Due in 171 days."
    `);
  });
});
