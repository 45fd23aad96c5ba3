import { describe, expect, it } from 'vitest';
import {
  assemblePlan,
  isPlanSectionId,
  planDocumentKeys,
  planSections,
} from '../../../../src/worksheets/action-plan/sections';
import { planSection as developmentSection } from '../../../../src/worksheets/development/plan';
import { byDate, planSection as goalsSection } from '../../../../src/worksheets/goals/plan';
import type {
  PlanDocuments,
  PlanItem,
  PlanOptions,
  PlanSection,
  PlanSectionSource,
} from '../../../../src/worksheets/action-plan/model';
import { FOLLOW_UP_DAYS, planSection as followUpsSection } from '../../../../src/worksheets/follow-up/plan';
import { planSection as pitchSection } from '../../../../src/worksheets/pitch/plan';
import { planSection as peopleSection } from '../../../../src/worksheets/relationship-map/plan';
import { makeGoal, makeStep, type GoalsDoc } from '../../../../src/worksheets/goals/schema';
import { makePerson, type PeopleDoc } from '../../../../src/documents/people/schema';
import { mayaWorkbook } from '../../../support/workbook-fixtures';

const full = mayaWorkbook;
/** January to early April 2027: the first quarter of Maya's goals. */
const quarter: PlanOptions = { today: '2027-01-10', range: { from: '2027-01-10', to: '2027-04-09' } };
const now = new Date('2027-01-10T09:00:00Z');

const build = (source: PlanSectionSource, documents: PlanDocuments, options = quarter) =>
  source.build({ documents, options, earlier: [] });
const texts = (section: PlanSection) =>
  section.groups.flatMap((group) => group.items.map((item) => item.text));

describe('the registry', () => {
  it('lists the sections in chapter order, the timeline last', () => {
    expect(planSections.map((source) => source.id)).toEqual([
      'goals',
      'people',
      'pitch',
      'communication',
      'follow-ups',
      'development',
      'timeline',
    ]);
  });

  it('names each document the sections read once', () => {
    expect([...planDocumentKeys].sort()).toEqual([
      'communication',
      'development',
      'goals',
      'interactions',
      'people',
      'pitch',
    ]);
  });

  it('knows its own section ids and nothing else', () => {
    expect(isPlanSectionId('people')).toBe(true);
    expect(isPlanSectionId('reflections')).toBe(false);
  });

  it('builds an empty workbook as blank, ruled sections with their prompts', () => {
    const plan = assemblePlan({}, quarter);
    expect(plan.map((section) => section.id)).toHaveLength(7);
    for (const section of plan.filter((section) => section.id !== 'timeline')) {
      expect(section.empty).toBe(true);
      expect(section.prompts.length).toBeGreaterThan(0);
    }
  });

  it('leaves excluded sections out, and their dates out of the timeline', () => {
    const plan = assemblePlan(full, quarter, ['goals', 'pitch']);
    expect(plan.map((section) => section.id)).toEqual([
      'people',
      'communication',
      'follow-ups',
      'development',
      'timeline',
    ]);
    const timeline = plan.at(-1)!;
    const dated = timeline.groups.flatMap((group) => group.items.map((item) => item.text));
    expect(dated).not.toContain('4 conversations held');
    // Priya's next move is a goals step, but it is on the plan through the people section.
    expect(dated).toContain('Priya Raman (Senior product analyst, Mendwell)');
  });
});

describe('goals section', () => {
  it('is empty for a missing or blank document', () => {
    expect(build(goalsSection, {}).empty).toBe(true);
    expect(build(goalsSection, { goals: { objectives: [], goals: [], deleted: {} } }).empty).toBe(true);
  });

  it('lists objectives, then goals with target, deadline and progress', () => {
    const section = build(goalsSection, full);
    expect(section.empty).toBe(false);
    const [objectives, goals] = section.groups;
    expect(objectives!.items.map((item) => item.text)).toEqual([
      'Land a product analytics role at a health-tech company by December 31, 2027',
      'Become known in the Columbus health-tech community as an analyst who understands clinical data and product metrics',
    ]);
    const conversations = goals!.items[0]!;
    expect(conversations.detail).toBe('Target: 12 conversations held · by Wed, Jun 30, 2027 · 1 of 5 done');
    // Its deadline (June 30) is after the range, so it carries no date to the timeline.
    expect(conversations.date).toBeUndefined();
  });

  it('keeps only benchmarks and steps inside the range, by date, done ones marked', () => {
    const conversations = build(goalsSection, full).groups[1]!.items[0]!;
    expect(
      conversations.children!.map((child) => [child.date, child.label, child.text, child.done ?? false]),
    ).toEqual([
      ['2027-01-14', 'Step done', 'Message Daniel Osei to ask for a 30-minute coffee', true],
      [
        '2027-02-09',
        'Step',
        'Ask Priya Raman for a 20-minute call, through an introduction from Daniel',
        false,
      ],
      ['2027-03-15', 'Benchmark', '4 conversations held', false],
    ]);
  });

  it('names blank goals and keeps undated steps, after the dated ones', () => {
    const doc: GoalsDoc = {
      objectives: [],
      deleted: {},
      goals: [
        makeGoal('g', now, {
          steps: [
            makeStep('s-undated', now, { text: 'Update my profile' }),
            makeStep('s-dated', now, { due: '2027-02-01' }),
          ],
        }),
      ],
    };
    // Without objectives, the goals are the only group: an empty objectives heading is left out.
    const { groups } = build(goalsSection, { goals: doc });
    expect(groups.map((group) => group.title)).toEqual(['SMART goals, benchmarks and steps']);
    const goal = groups[0]!.items[0]!;
    expect(goal.text).toBe('Unnamed goal');
    expect(goal.children!.map((child) => child.text)).toEqual(['Unnamed step', 'Update my profile']);
  });

  it('sorts by date, stable for equal dates and undated items', () => {
    const items = [
      { date: '2027-03-01', n: 1 },
      { n: 2 },
      { date: '2027-01-01', n: 3 },
      { date: '2027-03-01', n: 4 },
      { n: 5 },
    ];
    expect(byDate(items).map((item) => item.n)).toEqual([3, 1, 4, 2, 5]);
  });
  it('agrees the target with its count: "1 talk given", "3 referrals"', () => {
    const goal = (target: number | null, metric: string) =>
      build(goalsSection, {
        goals: {
          objectives: [],
          goals: [makeGoal('g', now, { text: 'Speak', target, metric })],
          deleted: {},
        },
      }).groups[0]!.items[0]!.detail;
    expect(goal(1, 'talks given')).toBe('Target: 1 talk given');
    expect(goal(3, 'referrals')).toBe('Target: 3 referrals');
    expect(goal(null, 'talks given')).toBe('Target: talks given');
    expect(goal(5, ' ')).toBe('Target: 5');
  });

  it('gives open steps a box to tick, and done steps none', () => {
    const doc: GoalsDoc = {
      objectives: [],
      goals: [
        makeGoal('g', now, {
          text: 'Speak',
          steps: [
            makeStep('open', now, { text: 'Pitch a talk', due: '2027-01-20' }),
            makeStep('done', now, { text: 'Pick a topic', due: '2027-01-15', status: 'done' }),
          ],
        }),
      ],
      deleted: {},
    };
    const steps = build(goalsSection, { goals: doc }).groups[0]!.items[0]!.children!;
    expect(steps.map((step) => [step.text, step.tick ?? false, step.done ?? false])).toEqual([
      ['Pick a topic', false, true],
      ['Pitch a talk', true, false],
    ]);
  });

  it('lists under each goal the events linked to it, by date among its steps', () => {
    const later: PlanOptions = { today: '2027-05-03', range: { from: '2027-05-03', to: '2027-08-31' } };
    const goals = build(goalsSection, full, later).groups[1]!.items;
    const [conversations, referrals] = ['g-conversations', 'g-referrals'].map((id) =>
      goals.find((goal) => goal.key === id)!,
    );
    const events = (goal: PlanItem) => goal.children!.filter((child) => child.label?.startsWith('Event'));
    expect(events(conversations!).map((event) => [event.date, event.text, event.dateRef])).toEqual([
      [
        '2027-06-02',
        'Columbus Health Data Meetup (June): presenting my booking case study',
        'event:e-meetup-june',
      ],
    ]);
    expect(events(referrals!).map((event) => event.text)).toEqual(['Midwest Digital Health Summit']);
    // An event outside the plan's days is not listed, and a goal with no events has none.
    expect(events(build(goalsSection, full, quarter).groups[1]!.items[0]!)).toEqual([]);
    expect(events(build(goalsSection, { goals: full.goals! }, later).groups[1]!.items[0]!)).toEqual([]);
  });
});

describe('people section', () => {
  const person = (id: string, fields: Parameters<typeof makePerson>[2]) => makePerson(id, now, fields);

  it('is empty with no one on the map', () => {
    expect(build(peopleSection, {}).empty).toBe(true);
  });

  it('puts tier A first, then B, then C, keeping the reader’s order within a tier', () => {
    const people: PeopleDoc = {
      deleted: {},
      people: [
        person('c1', { name: 'Cara', tier: 'C' }),
        person('b1', { name: 'Ben', tier: 'B' }),
        person('a1', { name: 'Ada', tier: 'A' }),
        person('b2', { name: 'Bo', tier: 'B' }),
        person('a2', { name: 'Abe', tier: 'A' }),
      ],
    };
    const section = build(peopleSection, { people });
    expect(section.groups.map((group) => group.key)).toEqual(['A', 'B', 'C']);
    expect(texts(section)).toEqual(['Ada', 'Abe', 'Ben', 'Bo', 'Cara']);
  });

  it('shows only the tiers that have someone', () => {
    const people: PeopleDoc = {
      deleted: {},
      people: [person('b', { name: 'Ben', tier: 'B' })],
    };
    expect(build(peopleSection, { people }).groups.map((group) => group.key)).toEqual(['B']);
  });

  it('takes the next move from the earliest open dated step naming the person', () => {
    const [priya] = build(peopleSection, full).groups[0]!.items;
    expect(priya).toMatchObject({
      text: 'Priya Raman (Senior product analyst, Mendwell)',
      label: 'Tier A',
      date: '2027-02-09',
      dateRef: 's-priya',
      detail: 'Next: Ask Priya Raman for a 20-minute call, through an introduction from Daniel',
    });
  });

  it('falls back to the map’s advice when no open step inside the range names them', () => {
    const later: PlanOptions = { today: '2027-05-03', range: { from: '2027-05-03', to: '2027-07-31' } };
    const [priya] = build(peopleSection, full, later).groups[0]!.items;
    expect(priya!.date).toBeUndefined();
    expect(priya!.detail).toBe(
      'Next: Follow up with Priya Raman: thank them, or check in if you have not heard back in a week.',
    );
  });
});

describe('development section', () => {
  const later: PlanOptions = { today: '2027-05-03', range: { from: '2027-05-03', to: '2027-07-31' } };

  it('is empty without a plan', () => {
    expect(build(developmentSection, {}).empty).toBe(true);
  });

  it('lists events and deadlines inside the range by date, then organizations, skills and sources', () => {
    const section = build(developmentSection, full, later);
    const [dates, organizations, skills, sources] = section.groups;
    expect(dates!.items.map((item) => [item.date, item.text])).toEqual([
      ['2027-06-02', 'Columbus Health Data Meetup (June): presenting my booking case study'],
      ['2027-06-15', 'Register for Midwest Digital Health Summit'],
      ['2027-06-30', 'Skill target: Experiment design'],
    ]);
    expect(dates!.items[0]!.label).toBe('Event');
    // The meetup starts at 18:30; the deadlines have no time.
    expect(dates!.items.map((item) => item.time)).toEqual(['18:30', undefined, undefined]);
    expect(organizations!.items.map((item) => [item.label, item.text])).toEqual([
      ['Member', 'Product Analytics Guild'],
      ['Member', 'State health information management association'],
    ]);
    expect(organizations!.items[1]!.detail).toBe(
      'Lakemont pays the dues. Keep it, but no hours this year. · renews Fri, Oct 1, 2027',
    );
    expect(skills!.items.map((item) => item.label)).toEqual(['40% done', '0% done']);
    expect(sources!.items.map((item) => [item.text, item.href])).toEqual([
      ['The Digital Health Brief', 'https://example.com/digital-health-brief'],
      ['Clearpath Health and Mendwell engineering blogs', undefined],
    ]);
  });

  it('lists nothing dated outside the range, and says so under the heading', () => {
    const section = build(developmentSection, full, quarter);
    expect(section.groups[0]!.items).toEqual([]);
    expect(section.groups[0]!.emptyText).toBe('Nothing dated in these days yet.');
    expect(section.empty).toBe(false);
  });

  it('leaves out organizations, skills or sources the plan has none of, rather than print a bare heading', () => {
    const onlySkills = { development: { ...full.development!, organizations: [], sources: [] } };
    const section = build(developmentSection, onlySkills, later);
    expect(section.groups.map((group) => group.title)).toEqual(['Events and deadlines', 'Skills']);
  });
  it('says which goals each event serves and whom to meet there (as far as they exist), and ticks deadlines', () => {
    const section = build(developmentSection, full, later);
    const [meetup, register] = section.groups[0]!.items;
    expect(meetup!.detail).toBe(
      'Downtown Columbus · free · Serves: Hold informational conversations with people in product or analytics roles at health-tech companies · Meet: Marcus Feld',
    );
    expect(meetup!.tick).toBeUndefined();
    expect(register!.tick).toBe(true);
  });
});

describe('the pitch section', () => {
  const pitch = full.pitch!;

  it('prints the variant the reader chose to carry, with its timing', () => {
    const section = build(pitchSection, full);
    expect(section.empty).toBe(false);
    const [carried] = section.groups[0]!.items;
    expect(carried).toMatchObject({ key: 'v-recruiter', label: 'Recruiter (Sofia Alvarez)' });
    expect(carried!.text).toMatch(/^I'm looking for a product analytics role/);
    expect(carried!.detail).toMatch(/^About \d+ seconds at 130 words a minute · target 30 seconds$/);
  });

  it('prints the base pitch after the carried variant, each with its own timing', () => {
    const items = build(pitchSection, full).groups[0]!.items;
    expect(items.map((item) => [item.key, item.label])).toEqual([
      ['v-recruiter', 'Recruiter (Sofia Alvarez)'],
      ['base', 'Base pitch'],
    ]);
    expect(items[1]!.text).toBe(pitch.base.text.trim());
    expect(items[1]!.detail).toMatch(/^About .+ at 130 words a minute · target 1 minute$/);
  });

  it('falls back to the base pitch when the chosen variant was deleted', () => {
    const section = build(pitchSection, { pitch: { ...pitch, chosenVariantId: 'gone' } });
    const items = section.groups[0]!.items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: 'base', label: 'Your pitch', text: pitch.base.text });
  });

  it('gives a carried written summary its length in words, as its guidance counts', () => {
    const written = {
      id: 'v-written',
      updatedAt: '2027-01-01T00:00:00.000Z',
      audience: 'written' as const,
      label: 'LinkedIn About',
      text: 'I turn hospital data into decisions for clinical teams.',
      targetSeconds: 90,
    };
    const doc = { ...pitch, variants: [...pitch.variants, written], chosenVariantId: 'v-written' };
    const [carried] = build(pitchSection, { pitch: doc }).groups[0]!.items;
    expect(carried!.detail).toBe('9 words · target 150 to 250 words');
  });

  it('lists the opening line and the ask to have ready', () => {
    const section = build(pitchSection, full);
    expect(section.groups[1]!.items.map((item) => [item.label, item.text])).toEqual([
      ['Open with', pitch.base.hook],
      ['Ask for', pitch.base.ask],
    ]);
  });

  it('is a blank worksheet while the pitch has no words', () => {
    const blank = { ...pitch, chosenVariantId: null, base: { ...pitch.base, text: ' ', hook: '', ask: '' } };
    expect(build(pitchSection, { pitch: blank }).empty).toBe(true);
    expect(build(pitchSection, {}).empty).toBe(true);
  });
});

describe('the follow-ups section', () => {
  const log = full.interactions!;
  /** Four days before Priya's three-weekly follow-up falls due (last seen March 3). */
  const march: PlanOptions = { today: '2027-03-20', range: { from: '2027-03-20', to: '2027-06-17' } };
  const buildOn = (documents: PlanDocuments, options = march) =>
    followUpsSection.build({ documents, options, earlier: [] });

  it('lists who is due in the next 30 days, in words, with the promise still open', () => {
    const [due] = buildOn(full).groups;
    expect(due!.items).toEqual([
      {
        key: 'follow-up:p-priya',
        text: 'Follow up with Priya Raman (Senior product analyst, Mendwell)',
        label: '◷ Due soon',
        tick: true,
        date: '2027-03-24',
        dateRef: 'follow-up:p-priya',
        detail: 'You promised: Send the small-sample article',
      },
    ]);
  });

  it('says overdue when the day has passed, and leaves out follow-ups beyond 30 days', () => {
    expect(buildOn(full, { ...march, today: '2027-04-02' }).groups[0]!.items[0]!.label).toBe('⚠ Overdue');
    const early = { ...march, today: '2027-02-20' };
    expect(buildOn(full, early).groups[0]!.items).toEqual([]);
    expect(FOLLOW_UP_DAYS).toBe(30);
  });

  it('lists thank-you notes not yet sent, by the day after the meeting', () => {
    const meeting = {
      ...log.interactions[0]!,
      id: 'i-2',
      date: '2027-03-18',
      thankYou: 'to-send' as const,
    };
    const section = buildOn({
      ...full,
      interactions: { ...log, interactions: [...log.interactions, meeting] },
    });
    expect(section.groups[1]!.items).toEqual([
      {
        key: 'thank-you:i-2',
        text: 'Thank Priya Raman',
        label: 'Thank-you note',
        tick: true,
        date: '2027-03-19',
        dateRef: 'thank-you:i-2',
        detail: 'For: Measuring patient app engagement',
      },
    ]);
  });

  it('is a blank worksheet when nothing is due and no note is owed', () => {
    expect(buildOn({}).empty).toBe(true);
    const quiet = { people: full.people!, interactions: { ...log, interactions: [] } };
    expect(buildOn(quiet, { ...march, today: '2027-01-01' }).empty).toBe(true);
  });
});
