import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { makeBenchmark, makeGoal, makeObjective, makeStep } from '../../../src/worksheets/goals/schema';
import { putStoredDocument } from '../../support/stored-documents';
import { expect, test, type Page } from '@playwright/test';

const lesson = '/lessons/establishing-clear-goals/';
const goalText = 'Hold informational conversations with product analysts at health-tech companies';
const objectiveText = 'Land a product analytics role at a health-tech company';

/** A calendar date `days` from now, so the SMART check's "not in the past" holds on any day. */
function inDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Opens the lesson and scrolls to the worksheet as a reader does: it hydrates only when visible,
 * and shows "Loading your answers…" until the stored documents are read.
 */
async function openWorksheet(page: Page) {
  await page.goto(lesson);
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add an objective' })).toBeEnabled();
}

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
const goalCard = (page: Page, n = 1) => page.getByRole('listitem', { name: `Goal ${n}`, exact: true });
/** One letter of goal 1's SMART check. */
const smart = (page: Page, word: string) =>
  goalCard(page)
    .getByRole('group', { name: /^SMART check/ })
    .getByRole('listitem')
    .filter({ hasText: `${word}:` });

/** Fills an objective and one complete SMART goal, checking the SMART panel as it goes. */
async function fillGoal(page: Page) {
  await page.getByRole('button', { name: 'Add an objective' }).click();
  const objective = page.getByRole('textbox', { name: 'Objective 1', exact: true });
  await expect(objective).toBeFocused();
  await page.keyboard.type(objectiveText);

  await page.getByRole('button', { name: 'Add a goal' }).click();
  const card = goalCard(page);
  await expect(card.getByLabel('The goal')).toBeFocused();
  for (const word of ['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound']) {
    await expect(smart(page, word)).toContainText('⚠');
    await expect(smart(page, word)).toContainText(`${word}: not yet.`);
  }
  await page.keyboard.type(goalText);
  await expect(smart(page, 'Specific')).toContainText('✓Specific: yes.');

  await card.getByLabel('What you will count').pressSequentially('conversations held');
  await expect(smart(page, 'Measurable')).toContainText('Add a target number of conversations held');
  await card.getByLabel('Target number').pressSequentially('12');
  await expect(smart(page, 'Measurable')).toContainText('✓Measurable: yes.');

  await card.getByLabel('Deadline').fill(inDays(150));
  await expect(smart(page, 'Time-bound')).toContainText('✓Time-bound: yes.');
  await card.getByLabel('Serves objective').selectOption({ label: `1. ${objectiveText}` });
  await expect(smart(page, 'Relevant')).toContainText('✓Relevant: yes.');
  await card.getByLabel('Why it is achievable').pressSequentially('Two a month, about 3 hours a month.');
  await expect(smart(page, 'Achievable')).toContainText('✓Achievable: yes.');
  await expect(card.getByRole('heading', { name: 'SMART check: 5 of 5 pass' })).toBeVisible();
}

/** Adds a benchmark and a step to goal 1. */
async function fillPlan(page: Page) {
  const card = goalCard(page);
  await card.getByRole('button', { name: 'Add a benchmark to goal 1' }).click();
  await expect(card.getByRole('textbox', { name: 'Milestone 1' })).toBeFocused();
  await page.keyboard.type('4 conversations held');
  await card.getByLabel('Due by').fill(inDays(60));
  await card.getByRole('button', { name: 'Add a step to goal 1' }).click();
  await expect(card.getByRole('textbox', { name: 'Step 1', exact: true })).toBeFocused();
  await page.keyboard.type('Email Daniel to ask for a 30-minute coffee');
  await card.getByLabel('Do by').fill(inDays(3));
}

test('a reader fills a SMART goal with its plan, and finds it after a reload and in a second tab', async ({
  context,
}) => {
  const page = await context.newPage();
  await openWorksheet(page);
  await expect(page.getByText('Start with what you want networking to do for you')).toBeVisible();
  await fillGoal(page);
  await fillPlan(page);

  const card = goalCard(page);
  await expect(card.getByText('Progress: 0 of 2 done')).toBeVisible();
  await card.getByRole('checkbox', { name: 'Reached' }).check();
  await expect(card.getByText('Progress: 1 of 2 done')).toBeVisible();
  await expect(card.getByRole('progressbar', { name: 'Progress: 1 of 2 done' })).toHaveAttribute(
    'value',
    '1',
  );
  await card.getByLabel('Status').selectOption('Doing');
  await saved(page);

  await page.reload();
  await openWorksheet(page);
  await expect(page.getByRole('textbox', { name: 'Objective 1', exact: true })).toHaveValue(objectiveText);
  await expect(card.getByLabel('The goal')).toHaveValue(goalText);
  await expect(card.getByLabel('Target number')).toHaveValue('12');
  await expect(card.getByLabel('Serves objective')).toHaveValue(/.+/);
  await expect(card.getByRole('checkbox', { name: 'Reached' })).toBeChecked();
  await expect(card.getByLabel('Status')).toHaveValue('doing');
  await expect(card.getByRole('heading', { name: 'SMART check: 5 of 5 pass' })).toBeVisible();

  const second = await context.newPage();
  await openWorksheet(second);
  await expect(goalCard(second).getByLabel('The goal')).toHaveValue(goalText);
  await card.getByLabel('What you will count').fill('conversations with product analysts');
  await saved(page);
  await expect(goalCard(second).getByLabel('What you will count')).toHaveValue(
    'conversations with product analysts',
  );
});

test('deleting a goal can be undone, and focus lands somewhere sensible', async ({ page }) => {
  await openWorksheet(page);
  await fillGoal(page);
  await page.getByRole('button', { name: 'Delete goal 1' }).click();
  await expect(goalCard(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a goal' })).toBeFocused();
  await expect(page.getByText(`Deleted the goal “${goalText.slice(0, 57)}…”.`)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(goalCard(page).getByLabel('The goal')).toHaveValue(goalText);
  await expect(goalCard(page).getByRole('heading', { name: 'SMART check: 5 of 5 pass' })).toBeVisible();
  await saved(page);
  await page.reload();
  await openWorksheet(page);
  await expect(goalCard(page).getByLabel('The goal')).toHaveValue(goalText);
});

test('an objective can be added, written and deleted with the keyboard alone', async ({ page }) => {
  await openWorksheet(page);
  // From the top of the page, Tab until the worksheet's first button.
  await page.evaluate(() => window.scrollTo(0, 0));
  const add = page.getByRole('button', { name: 'Add an objective' });
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (await add.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  const objective = page.getByRole('textbox', { name: 'Objective 1', exact: true });
  await expect(objective).toBeFocused();
  await page.keyboard.type('Move into a people-management role');
  await expect(objective).toHaveValue('Move into a people-management role');
  // Move up and down are disabled with one objective, so the next stop is its delete button.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Delete objective 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(objective).toHaveCount(0);
  await expect(add).toBeFocused();
});

test('a step can name a person from the relationship map', async ({ page }) => {
  // A page of the site creates the database; then a person is stored as lesson 2 would store one.
  await page.goto('/404');
  const now = new Date().toISOString();
  const envelope = {
    schemaVersion: 1,
    updatedAt: now,
    data: {
      people: [
        {
          id: 'p-daniel',
          updatedAt: now,
          kind: 'person',
          name: 'Daniel Osei',
          role: 'Head of data',
          organization: 'Orrin Health',
          why: 'Former colleague who moved into health tech.',
          goalIds: [],
          sharedInterests: '',
          sharedBackground: 'Lakemont Health',
          mutualConnections: '',
          opportunity: 'Coffee',
          tier: 'A',
          status: 'to-reach',
        },
      ],
      deleted: {},
    },
  };
  await putStoredDocument(page, 'people', envelope);
  await openWorksheet(page);
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.keyboard.type('Meet 12 product analysts at health-tech companies');
  await page.getByRole('button', { name: 'Add a step to goal 1' }).click();
  await page.keyboard.type('Email Daniel to ask for a 30-minute coffee');
  const people = page.getByRole('group', { name: 'People involved in step 1' });
  await people.getByRole('checkbox', { name: 'Daniel Osei' }).check();
  const step = page.getByRole('listitem', { name: 'Step 1', exact: true });
  await expect(step.getByText('With Daniel Osei')).toBeVisible();
  await saved(page);
  await page.reload();
  await openWorksheet(page);
  await expect(step.getByText('With Daniel Osei')).toBeVisible();
  await expect(people.getByRole('checkbox', { name: 'Daniel Osei' })).toBeChecked();

  // The other side of the link: lesson 2's map lists the step under Daniel, with its goal.
  await page.goto('/lessons/relationship-building/');
  await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('Linked from your action plan:')).toBeVisible();
  await expect(
    page.getByText(
      'Email Daniel to ask for a 30-minute coffee (goal: Meet 12 product analysts at health-tech companies)',
    ),
  ).toBeVisible();
});

test('without people yet, a step points to the relationship map', async ({ page }) => {
  await openWorksheet(page);
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.getByRole('button', { name: 'Add a step to goal 1' }).click();
  await expect(page.getByRole('link', { name: 'relationship map in lesson 2' })).toHaveAttribute(
    'href',
    '/lessons/relationship-building/#your-worksheet',
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the filled worksheet in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWorksheet(page);
    await fillGoal(page);
    await fillPlan(page);
    await page.getByRole('button', { name: 'Add a goal' }).click(); // a blank goal too: every warning
    await page.getByRole('button', { name: 'Delete goal 2' }).click(); // and the undo bar
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
      [],
    );
  });
}

test('the filled worksheet prints with the reader’s answers', async ({ page }) => {
  await openWorksheet(page);
  await fillGoal(page);
  await fillPlan(page);
  // A step with no date yet: on paper its date is a blank line to write on.
  await goalCard(page).getByRole('button', { name: 'Add a step to goal 1' }).click();
  await expect(goalCard(page).getByRole('textbox', { name: 'Step 2', exact: true })).toBeFocused();
  await page.keyboard.type('Ask Priya which meetup she recommends');
  await saved(page);
  const file = join(mkdtempSync(join(tmpdir(), 'goals-print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Hold informational conversations with product analysts');
  expect(text).toContain(objectiveText);
  expect(text).toContain('Email Daniel to ask for a 30-minute coffee');
  expect(text).toContain('Specific: yes.');
  expect(text).toContain('Ask Priya which meetup she recommends');
  expect(text).not.toMatch(/mm\/dd\/yyyy/i);
  for (const screenOnly of ['Add a goal', 'Add an objective', 'Delete'])
    expect(text).not.toContain(screenOnly);
});

test('a long goal prints across pages, breaking between its parts and never through a step', async ({
  page,
}) => {
  const now = new Date('2027-01-14T19:05:00.000Z');
  const people = [
    'Daniel Osei',
    'Priya Raman',
    'Elise Warren',
    'Marcus Feld',
    'Sofia Alvarez',
    'Jonah Reyes',
  ];
  const steps = Array.from(
    { length: 16 },
    (_, index) =>
      `Step ${index + 1}: write to ${people[index % people.length]} with one specific question about how their team ` +
      `measures whether a new patient-portal feature worked, mention the booking case study, and offer a 20-minute call ` +
      `at a time that suits them`,
  );
  const goal = makeGoal('g-long', now, {
    text: goalText,
    metric: 'conversations held',
    target: 12,
    deadline: inDays(150),
    objectiveId: 'o-role',
    achievable: 'Two a month, about 3 hours a month including preparation.',
    benchmarks: [4, 8, 12].map((count, index) =>
      makeBenchmark(`b-${count}`, now, {
        text: `${count} conversations held, each followed by a thank-you note within a day`,
        due: inDays(40 * (index + 1)),
      }),
    ),
    steps: steps.map((text, index) => makeStep(`s-${index}`, now, { text, due: inDays(5 + index * 5) })),
  });
  await page.goto(lesson);
  await putStoredDocument(page, 'goals', {
    schemaVersion: 1,
    updatedAt: now.toISOString(),
    data: { objectives: [makeObjective('o-role', now, { text: objectiveText })], goals: [goal], deleted: {} },
  });
  await openWorksheet(page);
  await expect(goalCard(page).getByRole('textbox', { name: 'Step 16', exact: true })).toHaveValue(steps[15]!);

  const file = join(mkdtempSync(join(tmpdir(), 'goals-print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const pages = Array.from({ length: pageCount }, (_, index) =>
    execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' '),
  );
  /** The pages (1-based) whose text holds all of `text`. */
  const pagesWith = (text: string) =>
    pages.flatMap((content, index) => (content.includes(text) ? [index + 1] : []));

  // Every step is whole on exactly one page: not cut through, not split across two.
  for (const step of steps) expect(pagesWith(step), step).toHaveLength(1);
  // The goal spans pages, so it did break, and each part starts on the page of its heading.
  // No gap: the card starts on the page of the "SMART goals" heading instead of jumping to the next,
  // so it breaks, and each part starts on the page of its heading and stays whole.
  const [start] = pagesWith('SMART goals For each objective');
  expect(pagesWith('Goal 1 The goal')).toEqual([start]);
  expect(pagesWith(steps[15]!)[0]).toBeGreaterThan(start!);
  expect(pagesWith('SMART check: 5 of 5 pass')).toEqual(pagesWith('Time-bound: yes.'));
  expect(pagesWith('Benchmarks for success Milestone 1 4 conversations held')).toHaveLength(1);
  expect(pagesWith(`Action plan Step 1 ${steps[0]}`)).toHaveLength(1);
});
