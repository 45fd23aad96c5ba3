import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { makePerson, type Interaction, type Person } from '../../../src/documents/people/schema';
import { makeInteraction } from '../../support/interactions';
import { putStoredDocument } from '../../support/stored-documents';
import { openPlan, showPlan } from '../../support/plan';

/** A day `days` from today, as the browser's date fields write it. */
function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const stamp = '2026-01-05T09:00:00.000Z';
const envelope = (data: unknown) => ({ schemaVersion: 1, updatedAt: stamp, data });

/** What the reader typed into the goals worksheet through the page itself. */
const typedObjective = 'Lead product analytics for a Columbus health-tech team';

/** Steps of Maya's plan, each with a date inside the next 90 days (day 5, 10, … 85). */
const steps = [
  'Email Elise Warren the revised case study',
  'Ask Daniel Osei to introduce me to Sofia Alvarez',
  'Message Priya Raman about what changed after her feedback',
  'Book a 20-minute call with Sofia Alvarez at Northgate Talent',
  'Submit the Guild recap of the case-study night',
  'Present the booking case study at the meetup',
  'Ask Laura Chen to fund the summit registration',
  'Publish the mock A/B test write-up',
  'Invite two meetup regulars to coffee',
  'Ask Elise whether the Clearpath analyst role is open',
  'Choose three people to meet at the summit',
  'Start the product analytics tools course',
  'Write one question for each summit contact',
  'Hold the quarterly reset and print a new plan',
  'Compare conversations held with the June benchmark',
  'Send the summit thank-you notes',
  'Update the profile headline to product analytics',
];

/** Steps of Maya's talk goal, a week apart from day 3. */
const talkSteps = [
  'Ask Marcus Feld for a slot at the meetup',
  'Draft six slides from the case study',
  'Rehearse the talk with Daniel Osei',
  'Send the slides to the organisers',
];

/** Maya's written pitch for her profile: about 200 words, as the lesson asks (150 to 250). */
const writtenSummary = [
  'I turn hospital data into decisions people can act on. For eight years at Lakemont Health I have worked',
  'with clinical and operations teams on the questions that keep them up at night: why patients miss',
  'appointments, where a booking flow loses them, which reminders actually change what people do.',
  'Last year I found that 40 percent of our patients quit the portal booking flow at a single insurance',
  'screen. We simplified that step with the product team, and online bookings rose 18 percent in three',
  'months. That project showed me the work I want to do next: product analytics for digital health tools,',
  'where a good question about how people use a feature can change a design in weeks rather than years.',
  'I work in SQL, Python and Tableau every day, I design simple experiments, and I write up what I find so',
  'that a nurse manager and an engineer can both use it. I am learning experiment design properly and',
  'publishing a mock A/B test write-up this spring. I am open to product analytics roles at health-tech',
  'companies in Columbus or remote, and I am always glad to talk with analysts and product managers who',
  'work on patient engagement. If that is you, send me a message: I would love to hear what you measure.',
].join(' ');

/** The goal Maya ticks on the summit's card in lesson 5. */
const conversationsGoal = 'Hold informational conversations with product analysts';

/** Stored documents for a workbook Maya filled in every lesson, dated around today. */
function mayaDocuments() {
  const goals = {
    objectives: [
      { id: 'o-role', updatedAt: stamp, text: 'Move into product analytics at a health-tech company' },
    ],
    goals: [
      {
        id: 'g-conversations',
        updatedAt: stamp,
        text: 'Hold informational conversations with product analysts',
        metric: 'conversations held',
        target: 12,
        deadline: inDays(80),
        objectiveId: 'o-role',
        achievable: 'Two a month, about three hours a month.',
        benchmarks: [
          { id: 'b-6', updatedAt: stamp, text: 'Six conversations held', due: inDays(33), done: false },
          { id: 'b-12', updatedAt: stamp, text: 'Twelve conversations held', due: inDays(79), done: false },
        ],
        steps: steps.map((text, index) => ({
          id: `s-${index}`,
          updatedAt: stamp,
          text,
          due: inDays(5 + index * 5),
          status: 'todo',
          personIds: index === 2 ? ['p-priya'] : [],
        })),
      },
    ],
    deleted: {},
  };
  // Two more goals, as a reader who filled lesson 1 in full has: one with a single talk to give.
  goals.goals.push(
    {
      id: 'g-talk',
      updatedAt: stamp,
      text: 'Present the booking case study at a local meetup',
      metric: 'talks given',
      target: 1,
      deadline: inDays(45),
      objectiveId: 'o-role',
      achievable: 'The case study is written; the slides take a weekend.',
      benchmarks: [],
      steps: talkSteps.map((text, index) => ({
        id: `t-${index}`,
        updatedAt: stamp,
        text,
        due: inDays(3 + index * 7),
        status: 'todo',
        personIds: [],
      })),
    },
    {
      id: 'g-referrals',
      updatedAt: stamp,
      text: 'Get referred into two product analytics openings',
      metric: 'referrals',
      target: 2,
      deadline: inDays(88),
      objectiveId: 'o-role',
      achievable: 'Ask only people I have already had a real conversation with.',
      benchmarks: [
        { id: 'b-ref', updatedAt: stamp, text: 'First referral asked for', due: inDays(50), done: false },
      ],
      steps: [],
    },
  );
  const person = (id: string, name: string, tier: Person['tier'], organization: string) =>
    makePerson(id, new Date(stamp), {
      name,
      role: 'Product analyst',
      organization,
      goalIds: ['g-conversations'],
      opportunity: 'Columbus Health Data Meetup',
      tier,
      addedOn: inDays(-60),
      cadence: id === 'p-priya' ? '3-weeks' : 'none',
    });
  const interaction = (id: string, personId: string, date: string, fields: Partial<Interaction>) =>
    makeInteraction({ id, personId, date, channel: 'in-person', ...fields }, new Date(stamp));
  const people = {
    people: [
      person('p-marcus', 'Marcus Feld', 'C', 'Columbus Health Data Meetup'),
      person('p-priya', 'Priya Raman', 'A', 'Mendwell'),
      person('p-daniel', 'Daniel Osei', 'B', 'Orrin Health'),
      person('p-elise', 'Elise Warren', 'A', 'Clearpath Health'),
    ],
    // Priya is due in a day (every three weeks, last seen 20 days ago); Elise is owed a thank-you.
    interactions: [
      interaction('i-priya', 'p-priya', inDays(-20), { promised: 'Send the small-sample article' }),
      interaction('i-elise', 'p-elise', inDays(-1), {
        talkedAbout: 'The Clearpath analyst role',
        thankYou: 'to-send',
      }),
    ],
    gives: [],
    deleted: {},
  };
  const development = {
    events: [
      {
        id: 'e-summit',
        updatedAt: stamp,
        name: 'Midwest Digital Health Summit',
        start: inDays(60),
        end: inDays(61),
        place: 'Chicago',
        online: false,
        cost: '$450',
        registrationDeadline: inDays(40),
        goalIds: [],
        personIds: [],
        status: 'considering',
      },
    ],
    organizations: [
      {
        id: 'o-guild',
        updatedAt: stamp,
        name: 'Product Analytics Guild',
        membership: 'member',
        renewal: null,
        involvement: 'Write the newsletter recap',
      },
    ],
    sources: [
      {
        id: 'src-brief',
        updatedAt: stamp,
        name: 'The Digital Health Brief',
        url: 'https://example.com/digital-health-brief',
        frequency: 'weekly',
      },
    ],
    skills: [
      {
        id: 'k-experiments',
        updatedAt: stamp,
        name: 'Experiment design',
        resource: 'A mock A/B test write-up',
        target: inDays(70),
        progress: 40,
      },
    ],
    deleted: {},
  };
  // The pitch as the lesson 3 fixture holds it, with the written profile summary Maya carries.
  const pitch = (
    JSON.parse(readFileSync('tests/fixtures/documents/pitch/v1.json', 'utf8')) as {
      data: { variants: unknown[]; chosenVariantId: string | null };
    }
  ).data;
  pitch.variants.push({
    id: 'v-written',
    updatedAt: stamp,
    audience: 'written',
    label: 'Profile summary',
    text: writtenSummary,
    targetSeconds: 90,
  });
  pitch.chosenVariantId = 'v-written';
  const plan = (id: string, fields: Record<string, unknown>) => ({
    id,
    updatedAt: stamp,
    personId: null,
    who: '',
    context: '',
    questions: '',
    listenFor: '',
    adapt: '',
    date: null,
    ...fields,
  });
  const communication = {
    // Weakest: talking and pausing (2.5), then active listening (2.7).
    takes: [
      {
        id: 'take-1',
        updatedAt: stamp,
        takenOn: inDays(-10),
        ratings: {
          paraphrase: 2,
          attention: 3,
          names: 3,
          'follow-up': 3,
          open: 4,
          share: 2,
          interrupt: 3,
          detail: 4,
          formality: 4,
          pace: 3,
        },
      },
    ],
    draft: { updatedAt: stamp, ratings: {} },
    plans: [
      plan('c-priya', {
        personId: 'p-priya',
        context: 'Twenty-minute video call, set up through Daniel',
        questions: 'How does your team decide which metrics matter for a new feature?',
        listenFor: 'Skills she thinks I lack',
        adapt: 'Skip hospital jargon and end on time',
        date: inDays(12),
      }),
      plan('c-chair', { who: 'the Guild programme chair', questions: 'Which topics do members ask for?' }),
    ],
    presence: [
      { id: 'headline', updatedAt: stamp, done: true, note: '' },
      { id: 'photo', updatedAt: stamp, done: false, note: 'Plain headshot on Saturday' },
    ],
    deleted: {},
  };
  return { goals, people, development, pitch, communication };
}

async function seed(page: Page) {
  await page.goto('/');
  for (const [key, data] of Object.entries(mayaDocuments()))
    // People are stored as schema version 2, with the follow-up tracker's interactions.
    await putStoredDocument(page, key, { ...envelope(data), schemaVersion: key === 'people' ? 2 : 1 });
}

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

/** A printed PDF, kept in the test's output folder so its pages can be looked at. */
function savePdf(pdf: Buffer, testInfo: TestInfo, name: string): string {
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, pdf);
  // Page images for a person to look at (pdftoppm), beside the PDF.
  execFileSync('pdftoppm', ['-r', '60', '-png', file, testInfo.outputPath(name)]);
  return file;
}
const flat = (text: string) => text.replace(/\s+/g, ' ');
const pdfText = (file: string, page?: number) =>
  flat(
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], {
      encoding: 'utf8',
    }),
  );
function pdfInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '',
  };
}

/** Text as a regular expression that matches it literally. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Page heights and the plan's top and bottom margins (`planPageCss`), in millimetres. */
const paperMm = { a4: 297, letter: 279.4 } as const;
const marginsMm = { top: 20, bottom: 18 };

/**
 * How far down its writing area each page is printed, from 0 to 1: the lowest row with ink
 * (`pdftoppm` in grey, 40 dpi) against the bottom margin. Text line counts would not do: a page
 * of two-line items and one of headings differ in lines, not in the space they leave.
 */
function pageFills(file: string, pages: number, paper: keyof typeof paperMm): number[] {
  return Array.from({ length: pages }, (_, index) => {
    const pgm = execFileSync('pdftoppm', [
      '-r',
      '40',
      '-gray',
      '-f',
      `${index + 1}`,
      '-l',
      `${index + 1}`,
      file,
    ]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 32))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    let lowest = 0;
    for (let row = 0; row < height; row++) {
      const line = pixels.subarray(row * width, (row + 1) * width);
      if (line.some((value) => value < 200)) lowest = row;
    }
    const mm = (millimetres: number) => (millimetres / paperMm[paper]) * height;
    return (lowest - mm(marginsMm.top)) / (height - mm(marginsMm.bottom) - mm(marginsMm.top));
  });
}

/** The plan's section titles, as printed. */
const sectionTitles = [
  'Career objectives and SMART goals',
  'Key people and organizations',
  'Your pitch',
  'Conversations and online presence',
  'Follow-ups and thank-you notes',
  'Events, deadlines, organizations and skills',
  '30/60/90-day timeline',
];

/** The first line printed on a page under its header. */
function firstLine(file: string, page: number): string {
  const text = execFileSync('pdftotext', ['-layout', '-f', `${page}`, '-l', `${page}`, file, '-'], {
    encoding: 'utf8',
  });
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => !/^Action plan\b.*Page \d+ of \d+$/.test(line)) ?? '';
}

/** Asserts that each text appears, each after the one before it. */
function expectInOrder(text: string, items: readonly string[]) {
  let from = 0;
  for (const item of items) {
    const at = text.indexOf(item, from);
    expect(at, `“${item}” after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + item.length;
  }
}

test('a filled workbook prints as a plan on A4 and Letter: every item, in order, none split, no page left mostly empty', async ({
  page,
}, testInfo) => {
  await seed(page);
  // One more objective, typed in lesson 1 like a reader.
  await page.goto('/lessons/establishing-clear-goals/');
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add an objective' })).toBeEnabled();
  await page.getByRole('button', { name: 'Add an objective' }).click();
  await expect(page.getByRole('textbox', { name: 'Objective 2', exact: true })).toBeFocused();
  await page.keyboard.type(typedObjective);
  await saved(page);

  await openPlan(page);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Maya Okafor');
  await saved(page);

  const expected = [
    'Maya Okafor',
    'Career objectives and SMART goals',
    'Move into product analytics at a health-tech company',
    typedObjective,
    'Hold informational conversations with product analysts',
    ...steps.slice(0, 6),
    'Six conversations held',
    ...steps.slice(6),
    'Present the booking case study at a local meetup',
    'Target: 1 talk given',
    ...talkSteps,
    'Get referred into two product analytics openings',
    'Target: 2 referrals',
    'Key people and organizations',
    // Tier A in the reader's order, then B, then C.
    'Priya Raman',
    'Elise Warren',
    'Daniel Osei',
    'Marcus Feld',
    'Your pitch',
    'Profile summary',
    'I turn hospital data into decisions people can act on.',
    'I would love to hear what you measure.',
    // The base pitch too, after the one carried.
    'Base pitch',
    "I'm a data analyst at Lakemont Health",
    'Open with',
    'Ask for',
    'Conversations and online presence',
    'Conversations to prepare',
    'Conversation with Priya Raman (Product analyst, Mendwell)',
    'Twenty-minute video call, set up through Daniel',
    'Ask How does your team decide which metrics matter for a new feature?',
    'Listen for Skills she thinks I lack',
    'Adapt Skip hospital jargon and end on time',
    'Conversation with the Guild programme chair',
    'What to work on when you talk',
    'Talking and pausing',
    'Active listening',
    'Online profile to-dos',
    'Summary',
    'Photo',
    'Plain headshot on Saturday',
    'Follow-ups and thank-you notes',
    'Follow up with Priya Raman',
    'You promised: Send the small-sample article',
    'Thank Elise Warren',
    'For: The Clearpath analyst role',
    'Events, deadlines, organizations and skills',
    'Register for Midwest Digital Health Summit',
    'Midwest Digital Health Summit',
    'Skill target: Experiment design',
    'Product Analytics Guild',
    'The Digital Health Brief (https://example.com/digital-health-brief)',
    '30/60/90-day timeline',
    'Days 1–30',
    talkSteps[0]!,
    steps[0]!,
    // The dated conversation, on its day among the steps.
    'Conversation with Priya Raman',
    'Days 31–60',
    'Six conversations held',
    'Days 61–90',
    'Twelve conversations held',
  ];

  for (const [paper, label, size] of [
    ['a4', 'A4', '(A4)'],
    ['letter', 'US Letter', '(letter)'],
  ] as const) {
    await page.getByRole('radio', { name: label }).check();
    await saved(page);
    const file = savePdf(await page.pdf({ preferCSSPageSize: true }), testInfo, `plan-${paper}`);
    const { pages, size: pageSize } = pdfInfo(file);
    expect(pageSize).toContain(size);
    expect(pages).toBeGreaterThan(1);

    const text = pdfText(file);
    expectInOrder(text, expected);
    // Headers with the name and page numbers; lesson links with their address; nothing to click.
    expect(pdfText(file, 1)).toContain('Action plan · Maya Okafor');
    expect(pdfText(file, pages)).toContain(`Page ${pages} of ${pages}`);
    expect(text).toMatch(
      /From Establishing Clear Goals \(http:\/\/[^)]+\/lessons\/establishing-clear-goals\/\)/,
    );
    for (const screenOnly of ['Print or save as PDF', 'Make your plan', 'Sections to include', 'Your data']) {
      expect(text).not.toContain(screenOnly);
    }

    // Steps, follow-ups, thank-you notes, conversations and to-dos print with a box to tick by hand.
    for (const todo of [
      `Step ${steps[0]!}`,
      `Step ${talkSteps[0]!}`,
      'Follow up with Priya Raman',
      'Thank Elise Warren',
      'Conversation with Priya Raman',
      'Profile Photo',
      'Register for Midwest Digital Health Summit',
    ]) {
      expect(text, `“${todo}” has a box`).toMatch(new RegExp(`☐ [^☐]{0,40}${escaped(todo)}`));
    }
    expect(text).not.toMatch(/☐ [^☐]{0,40}Open with/);
    expect(text).not.toContain('Target: 1 talks');

    // No page is left mostly empty by a rule that moves a block to the next page. A page may end
    // short only where the next one opens a section: its title travels with its first item.
    const fills = pageFills(file, pages, paper);
    const opensSection = (page: number) => sectionTitles.includes(firstLine(file, page));
    const short = fills
      .map((fill, index) => ({ page: index + 1, fill }))
      .filter(({ page, fill }) => (page === pages ? fill < 0.1 : fill < 0.85 && !opensSection(page + 1)));
    // Soft, so a failure reports both papers.
    expect
      .soft(short, `${paper} pages filled ${fills.map((fill) => `${Math.round(fill * 100)}%`).join(', ')}`)
      .toEqual([]);

    // No item is split across pages: each one's words are all on a single page.
    const pageTexts = Array.from({ length: pages }, (_, index) => pdfText(file, index + 1));
    for (const item of [...steps, typedObjective, 'Priya Raman (Product analyst, Mendwell)']) {
      expect(
        pageTexts.some((one) => one.includes(item)),
        `“${item}” is whole on one page`,
      ).toBe(true);
    }
  }
});

test('an event ticked with a goal in lesson 5 keeps it after a reload, and the plan prints the link both ways', async ({
  page,
}, testInfo) => {
  const lesson = '/lessons/professional-development/';
  const goalsOf = (summit: ReturnType<Page['getByRole']>) =>
    summit.getByRole('group', { name: 'Goals this event serves' });
  const summitCard = () =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Midwest Digital Health Summit' }) });
  const openPlanner = async () => {
    await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Add an event' })).toBeEnabled();
  };

  // With no goals yet, the card points to lesson 1 instead.
  await page.goto('/');
  await putStoredDocument(page, 'development', envelope(mayaDocuments().development));
  await page.goto(lesson);
  await openPlanner();
  await expect(
    goalsOf(summitCard()).getByRole('link', { name: 'Link goals once you have set them in lesson 1' }),
  ).toBeVisible();

  await seed(page);
  await page.goto(lesson);
  await openPlanner();
  const goals = goalsOf(summitCard());
  await expect(goals.getByRole('link')).toHaveCount(0);
  await expect(goals.getByRole('checkbox')).toHaveCount(3);
  await goals.getByRole('checkbox', { name: conversationsGoal }).check();
  await saved(page);

  await page.reload();
  await openPlanner();
  await expect(goalsOf(summitCard()).getByRole('checkbox', { name: conversationsGoal })).toBeChecked();
  await expect(
    goalsOf(summitCard()).getByRole('checkbox', { name: 'Get referred into two product analytics openings' }),
  ).not.toBeChecked();

  await openPlan(page);
  const text = pdfText(savePdf(await page.pdf({ preferCSSPageSize: true }), testInfo, 'plan-event-goal'));
  // Under the goal, the event on its day; in the planner's section, the goal it serves.
  expectInOrder(text, [
    conversationsGoal,
    'Event Midwest Digital Health Summit',
    'Key people and organizations',
    'Events, deadlines, organizations and skills',
    'Event Midwest Digital Health Summit',
    `Serves: ${conversationsGoal}`,
    'Organizations',
  ]);
  expect(text.split('Serves:')).toHaveLength(2);
});

test('an empty workbook prints every section as a blank, ruled worksheet', async ({ page }, testInfo) => {
  await openPlan(page);
  const file = savePdf(await page.pdf({ preferCSSPageSize: true }), testInfo, 'plan-empty');
  const text = pdfText(file);
  expectInOrder(text, [
    'Name:',
    'Career objectives and SMART goals',
    'Where do you want to be in 12 to 18 months?',
    'Key people and organizations',
    'The five people or organizations most important to your lead goal.',
    'Your pitch',
    'Your 30-second pitch',
    'Conversations and online presence',
    'Your next conversation: with whom, when, and two open questions to ask.',
    'Follow-ups and thank-you notes',
    'Thank-you notes not yet sent.',
    'Events, deadlines, organizations and skills',
    'Your next event, its date and its registration deadline.',
    '30/60/90-day timeline',
    'Days 1–30: three to five actions',
  ]);
  expect(pdfText(file, 1)).toContain('Page 1 of');
  expect(text).not.toContain('Not filled in yet');
});

test('the page opens with the choices alone, and the plan comes as soon as the reader scrolls', async ({
  page,
}) => {
  await seed(page);
  const sheetCode: string[] = [];
  page.on('request', (request) => {
    if (/PlanSheet\.[\w-]+\.js$/.test(request.url())) sheetCode.push(request.url());
  });
  await page.goto('/plan/');
  // The choices are the server's markup, made live: the stored ones arrive without the plan.
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeEditable();
  await page.waitForLoadState('networkidle');
  expect(sheetCode).toEqual([]);
  await expect(page.getByRole('article', { name: 'Your plan' })).toHaveCount(0);

  await page.mouse.wheel(0, 400);
  await expect(page.getByRole('article', { name: 'Your plan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key people and organizations' })).toBeVisible();
  expect(sheetCode).toHaveLength(1);
});

test('"Print" pressed as the page opens waits for the plan, then prints all of it', async ({ page }) => {
  await seed(page);
  // What the page holds when it asks the browser to print.
  await page.addInitScript(() => {
    const printed: number[] = [];
    Object.assign(window, { printed });
    // As the browser's own print does: the page hears "beforeprint" before it is laid out.
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      printed.push(document.querySelectorAll('.plan-sheet .plan-section').length);
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await page.goto('/plan/');
  const print = page.getByRole('button', { name: 'Print or save as PDF' });
  await expect(print).toBeEnabled();
  const sections = await page
    .getByRole('group', { name: 'Sections to include' })
    .getByRole('checkbox')
    .count();
  await print.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number[] }).printed))
    .toEqual([sections]);
  await expect(page.getByRole('status').filter({ hasText: 'Putting your plan together' })).toHaveCount(0);
});

test('printed by the browser before the reader did anything, the page says on paper to print again', async ({
  page,
}, testInfo) => {
  await seed(page);
  await page.goto('/plan/');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeEditable();
  const early = pdfText(savePdf(await page.pdf({ preferCSSPageSize: true }), testInfo, 'plan-early'));
  expect(early).toContain('Your plan had not loaded yet when this page was printed.');
  expect(early).not.toContain('Loading your plan');
  // That print started the fetch, so the next one has the plan.
  await expect(page.getByRole('article', { name: 'Your plan' })).toBeVisible();
  const again = pdfText(savePdf(await page.pdf({ preferCSSPageSize: true }), testInfo, 'plan-again'));
  expect(again).toContain('Key people and organizations');
  expect(again).not.toContain('had not loaded yet');
});

test('what to include, the dates and the paper are remembered across a reload', async ({
  page,
}, testInfo) => {
  await seed(page);
  await openPlan(page);
  await page.getByRole('checkbox', { name: 'Your pitch' }).uncheck();
  await page.getByRole('checkbox', { name: 'Events, organizations and skills' }).uncheck();
  await page.getByLabel('Covers').selectOption('30 days');
  await page.getByRole('radio', { name: 'US Letter' }).check();
  await saved(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeEditable();
  await expect(page.getByRole('checkbox', { name: 'Your pitch' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Events, organizations and skills' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Key people and organizations' })).toBeChecked();
  await expect(page.getByLabel('Covers')).toHaveValue('30');
  await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  await showPlan(page);

  const file = savePdf(await page.pdf({ preferCSSPageSize: true }), testInfo, 'plan-chosen');
  expect(pdfInfo(file).size).toContain('(letter)');
  const text = pdfText(file);
  expect(text).toContain('Key people and organizations');
  expect(text).not.toContain('Your pitch');
  expect(text).not.toContain('Midwest Digital Health Summit');
  // Thirty days: one period, and nothing dated after day 30.
  expect(text).toContain('Days 1–30');
  expect(text).not.toContain('Days 31–60');
  expect(text).toContain(steps[0]!);
  expect(text).not.toContain(steps[6]!);
});

test('a plan with no event in its days says so under "Events and deadlines"', async ({ page }, testInfo) => {
  await seed(page);
  await openPlan(page);
  // Maya's next registration deadline is 40 days away.
  await page.getByLabel('Covers').selectOption('30 days');
  await saved(page);
  const text = pdfText(savePdf(await page.pdf({ preferCSSPageSize: true }), testInfo, 'plan-no-events'));
  expectInOrder(text, [
    'Events, deadlines, organizations and skills',
    'Events and deadlines Nothing dated in these days yet.',
    'Organizations',
    'Product Analytics Guild',
  ]);
});

test('a single worksheet prints from its lesson, filled or blank', async ({ page }, testInfo) => {
  await seed(page);
  // The print dialog cannot be driven; count the calls and print to PDF while the marks are set.
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => {
      (window as unknown as { prints: number }).prints += 1;
    };
  });
  await page.goto('/lessons/establishing-clear-goals/');
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add an objective' })).toBeEnabled();
  const worksheet = page.locator('[data-worksheet="goals"]');

  await worksheet.getByRole('button', { name: 'Print this worksheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);
  await expect(page.locator('html')).toHaveAttribute('data-print-worksheet', 'filled');
  const filled = pdfText(savePdf(await page.pdf({ format: 'A4' }), testInfo, 'worksheet-filled'));
  expect(filled).toContain('Goal-setting worksheet');
  expect(filled).toContain('Hold informational conversations with product analysts');
  for (const elsewhere of ['Why it matters', 'Key takeaways', 'In this lesson you will', 'Print blank']) {
    expect(filled).not.toContain(elsewhere);
  }
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-print-worksheet');
  await expect(worksheet).not.toHaveAttribute('data-printing');

  await worksheet.getByRole('button', { name: 'Print blank' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print-worksheet', 'blank');
  const blank = pdfText(savePdf(await page.pdf({ format: 'A4' }), testInfo, 'worksheet-blank'));
  expect(blank).toContain('Goal-setting worksheet');
  expect(blank).toContain('What one to three career objectives should your networking serve');
  expect(blank).not.toContain('Hold informational conversations with product analysts');
  expect(blank).not.toContain('Why it matters');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  // Back on screen, the paper prompts of an interactive worksheet stay out of the way.
  await expect(worksheet.getByText('What one to three career objectives')).toBeHidden();
  const lesson = pdfText(savePdf(await page.pdf({ format: 'A4' }), testInfo, 'lesson'));
  expect(lesson).toContain('Why it matters');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the filled plan in the ${colorScheme} theme`, async ({ page }) => {
    await seed(page);
    await page.emulateMedia({ colorScheme });
    await openPlan(page);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
      [],
    );
  });
}
