import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { GoalsDoc } from '../../src/worksheets/goals/schema';
import { makePerson, type PeopleDoc } from '../../src/documents/people/schema';
import { makeInteraction } from '../support/interactions';
import { putStoredDocument } from '../support/stored-documents';

/** A stored-document fixture, whole (envelope and data), to change before storing it. */
function fixture<T>(key: string, version: number): { schemaVersion: number; updatedAt: string; data: T } {
  return JSON.parse(readFileSync(`tests/fixtures/documents/${key}/v${version}.json`, 'utf8')) as {
    schemaVersion: number;
    updatedAt: string;
    data: T;
  };
}

/**
 * The text of a PDF. Laid out as on the page by default; `reading` gives each block whole in
 * reading order instead (two fields side by side would otherwise interleave line by line).
 */
function pdfText(pdf: Buffer, mode: 'layout' | 'reading' = 'layout'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...(mode === 'layout' ? ['-layout'] : []), file, '-'], {
    encoding: 'utf8',
  });
}

test('a lesson prints as clean pages: the chapter and the lesson, without navigation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/lessons/follow-up/');
  const text = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');

  expect(text).toContain('Follow-Up Strategies');
  expect(text).toContain('Follow-up is essential to building strong professional relationships.');
  expect(text).toContain('Done when');
  expect(text).toContain('Follow-up tracker');
  for (const screenOnly of ['Skip to content', 'Dark theme', 'All lessons', 'Next lesson', 'On this page']) {
    expect(text).not.toContain(screenOnly);
  }
});

test('a worksheet printed before it has loaded prints its blank paper form, not a loading line', async ({
  page,
}) => {
  // Printing does not scroll, so islands further down the lesson never load (they hydrate on visible).
  for (const [lesson, prompt] of [
    ['/lessons/follow-up/', 'Who did you meet? Write their name, role, and organization'],
    ['/lessons/communication/', 'Headline: Does it say what you do and the value or direction you bring'],
    ['/lessons/establishing-clear-goals/', 'What are your next five steps? Give each a date'],
  ]) {
    await page.goto(lesson!);
    await expect(page.locator('[data-answers-pending]').first()).toBeAttached();
    const text = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
    expect(text).not.toContain('Loading your answers');
    expect(text).toContain(prompt);
  }
});

test('a filled worksheet prints every answer whole: long answers, long names, long choices', async ({
  page,
}) => {
  // (No hyphens in these answers: reading order joins a word broken at one and drops the hyphen.)
  const why =
    'She decides which analysts Mendwell hires for its patient experience team and has offered twice to ' +
    'review my portfolio before I apply; her view of my dashboards would tell me what hiring managers in ' +
    'health technology look for, and she knows the two people who run the Columbus product analytics breakfast. ' +
    'She also reads the portfolios the Columbus Women in Data group shares each spring, and her notes are kind and exact.';
  const name = 'Priya Raman Oyelaran Castellanos de la Vega Whitfield';
  const people = fixture<PeopleDoc>('people', 3);
  people.data.people[0] = { ...people.data.people[0]!, name, why };
  const metric = 'coffee meetings booked with product or analytics people at health technology companies';
  const goals = fixture<GoalsDoc>('goals', 1);
  goals.data.goals[0] = { ...goals.data.goals[0]!, metric };
  await page.goto('/');
  await putStoredDocument(page, 'people', people);
  await putStoredDocument(page, 'goals', goals);

  const answers = async () => pdfText(await page.pdf({ format: 'A4' }), 'reading').replace(/\s+/g, ' ');
  /**
   * A one-line answer also shows in headings and summaries, so "it is in the text" proves little:
   * instead every place its first words print must go on to the end (a field cut at its edge would not).
   */
  const expectNeverCut = (text: string, answer: string) => {
    const count = (part: string) => text.split(part).length - 1;
    expect(count(answer)).toBeGreaterThan(0);
    expect(count(answer.slice(0, 20)), `every “${answer.slice(0, 20)}…” printed whole`).toBe(count(answer));
  };

  // The relationship map: the answer box ("Why they matter") and a one-line field (the name).
  await page.goto('/lessons/relationship-building/');
  await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('textbox', { name: 'Name' }).first()).toHaveValue(name);
  let text = await answers();
  expect(text).toContain(`Why they matter ${why}`);
  // A PDF keeps the text a box cuts off, so check the box itself: on paper (A4 less its margins,
  // about 670 px wide) it holds all it says.
  await page.setViewportSize({ width: 670, height: 900 });
  await page.emulateMedia({ media: 'print' });
  const why0 = page.getByRole('textbox', { name: 'Why they matter' }).first();
  expect(await why0.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(0);
  // Back to no emulation (an explicit 'screen' would make page.pdf() print the screen styles).
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 720 });
  expectNeverCut(text, name);

  // The goals worksheet: a long measure, and a long objective chosen from a list.
  await page.goto('/lessons/establishing-clear-goals/');
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('textbox', { name: 'What you will count' }).first()).toHaveValue(metric);
  text = await answers();
  expectNeverCut(text, metric);
  const objective = goals.data.objectives.find((one) => one.id === goals.data.goals[1]!.objectiveId)!;
  expect(text).toContain(`Serves objective 2. ${objective.text}`);
});

test('the home page prints without a progress line still loading, and its button links as text', async ({
  page,
}) => {
  // Before its script runs (a slow connection) the progress panel says it is still checking.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByText('Checking your progress…')).toBeAttached();
  const text = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
  expect(text).not.toContain('Checking your progress');
  expect(text).not.toContain('Your progress');
  expect(text).toContain('Your printable action plan');
});

test('the data page prints what is stored where, without its restore and delete controls', async ({
  page,
}) => {
  await page.goto('/your-data/');
  await expect(page.getByRole('button', { name: 'Download a backup' })).toBeEnabled();
  const text = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
  expect(text).toContain('Your answers live in this browser');
  expect(text).toContain('How your browser stores it');
  for (const control of ['Restore from a backup', 'Backup file', 'Start over', 'What to delete', 'Delete…']) {
    expect(text).not.toContain(control);
  }
});

test('"Print this worksheet" on the follow-up lesson prints every contact’s name and latest interaction', async ({
  page,
}) => {
  const now = new Date();
  const day = (days: number) => {
    const date = new Date();
    date.setDate(date.getDate() + days);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  };
  const contact = (id: string, name: string, organization: string) =>
    makePerson(id, now, {
      name,
      organization,
      role: 'Analytics lead',
      cadence: '6-months',
      addedOn: day(-30),
    });
  await page.goto('/404');
  await putStoredDocument(page, 'people', {
    schemaVersion: 2,
    updatedAt: now.toISOString(),
    data: {
      people: [
        contact('p-daniel', 'Daniel Osei', 'Orrin Health'),
        contact('p-elise', 'Elise Warren', 'Clearpath'),
      ],
      interactions: [
        makeInteraction(
          { id: 'i-1', personId: 'p-daniel', date: day(-20), talkedAbout: 'First coffee' },
          now,
        ),
        makeInteraction(
          { id: 'i-2', personId: 'p-daniel', date: day(-4), talkedAbout: 'How Orrin staffs its data team' },
          now,
        ),
        makeInteraction(
          { id: 'i-3', personId: 'p-elise', date: day(-9), theyShared: 'Hiring in April' },
          now,
        ),
      ],
      gives: [],
      deleted: {},
    },
  });
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('/lessons/follow-up/');
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Daniel Osei', exact: true })).toBeVisible();
  // The contacts show before the log is read; print once both cards have their latest interaction.
  await expect(page.locator('.fu-contact__latest')).toHaveCount(2);
  await page
    .locator('[data-worksheet="follow-up"]')
    .getByRole('button', { name: 'Print this worksheet' })
    .click();
  const text = pdfText(await page.pdf({ format: 'A4' }), 'reading').replace(/\s+/g, ' ');

  // Nobody is due, so the names can only come from the contact cards.
  expect(text).toContain('Nobody is due this week');
  expect(text).toMatch(/Daniel Osei Analytics lead, Orrin Health/);
  expect(text).toMatch(/Elise Warren Analytics lead, Clearpath/);
  expect(text).toContain('Latest interaction (Email): How Orrin staffs its data team');
  expect(text).toContain('Latest interaction (Email): Hiring in April');
  expect(text).not.toContain('First coffee');
});
