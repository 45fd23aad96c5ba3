import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { formatDate } from '../../../src/lib/dates';
import { openPlan } from '../../support/plan';

const lesson = '/lessons/professional-development/';

/** A day `days` from today, as a date field takes it (the planner hides past dates). */
function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
const days = {
  deadline: inDays(5),
  start: inDays(20),
  end: inDays(21),
  renewal: inDays(60),
  target: inDays(70),
};

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

/**
 * Scrolls to the planner as a reader does: its island hydrates only once visible. Ready when the
 * first Add button is enabled, that is, when the stored plan has been read.
 */
async function openPlanner(page: Page) {
  await page.goto(lesson);
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add an event' })).toBeEnabled();
}

/** Fills one entry of each list, typing like a reader. */
async function fillPlan(page: Page) {
  await page.getByRole('button', { name: 'Add an event' }).click();
  await expect(page.getByLabel('Event name')).toBeFocused();
  await page.keyboard.type('Midwest Digital Health Summit');
  await page.getByLabel('Start date').fill(days.start);
  await page.getByLabel('End date').fill(days.end);
  await page.getByLabel('Registration deadline').fill(days.deadline);
  await page.getByLabel('Place').fill('Chicago');
  await page.getByLabel('Total cost').fill('$450, plus hotel; about $900');

  await page.getByRole('button', { name: 'Add an organization' }).click();
  await expect(page.getByLabel('Organization', { exact: true })).toBeFocused();
  await page.keyboard.type('Product Analytics Guild');
  await page.getByLabel('Membership').selectOption('member');
  await page.getByLabel('Renewal date').fill(days.renewal);

  await page.getByRole('button', { name: 'Add a source' }).click();
  await expect(page.getByLabel('Source', { exact: true })).toBeFocused();
  await page.keyboard.type('The Digital Health Brief');
  await page.getByLabel('Web address').fill('https://example.com/brief');

  await page.getByRole('button', { name: 'Add a skill' }).click();
  await expect(page.getByLabel('Skill', { exact: true })).toBeFocused();
  await page.keyboard.type('Experiment design');
  await page.getByLabel('Target date').fill(days.target);
  await page.getByLabel('Progress (percent)').fill('40');
}

const deadlineList = (page: Page) =>
  page.getByRole('region', { name: 'Upcoming deadlines' }).getByRole('listitem');

test('a reader fills the plan, sees its deadlines in date order, and finds it all after a reload', async ({
  page,
}) => {
  await openPlanner(page);
  await expect(page.getByText(/No events yet\. Add one you are considering/)).toBeVisible();
  await fillPlan(page);

  await expect(page.getByText('40 percent done')).toBeVisible();
  await expect(page.getByRole('link', { name: /Open The Digital Health Brief/ })).toHaveAttribute(
    'href',
    'https://example.com/brief',
  );
  await expect(deadlineList(page)).toHaveText([
    /Register for Midwest Digital Health Summit.*Soon: in 5 days/,
    /Midwest Digital Health Summit.*Chicago/,
    /Renew membership: Product Analytics Guild/,
    /Skill target: Experiment design.*40% done/,
  ]);
  await expect(deadlineList(page).filter({ hasText: 'Soon' })).toHaveCount(1);
  await saved(page);

  await page.reload();
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel('Event name')).toHaveValue('Midwest Digital Health Summit');
  await expect(page.getByLabel('End date')).toHaveValue(days.end);
  await expect(page.getByLabel('Total cost')).toHaveValue('$450, plus hotel; about $900');
  await expect(page.getByLabel('Organization', { exact: true })).toHaveValue('Product Analytics Guild');
  await expect(page.getByLabel('Membership')).toHaveValue('member');
  await expect(page.getByLabel('Web address')).toHaveValue('https://example.com/brief');
  await expect(page.getByLabel('Progress (percent)')).toHaveValue('40');
  await expect(deadlineList(page)).toHaveCount(4);
});

test('a fast typist’s first keys land in the new entry, not on the Add button', async ({ page }) => {
  await openPlanner(page);
  await page.getByRole('button', { name: 'Add a source' }).focus();
  // Enter adds a source; had focus stayed on the button, each space would add another.
  await page.keyboard.press('Enter');
  await page.keyboard.type('A B C', { delay: 0 });
  await expect(page.getByLabel('Source', { exact: true })).toHaveValue('A B C');
  await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(1);
});

test('a javascript: address is refused with a message, never saved, never a link', async ({ page }) => {
  await openPlanner(page);
  await page.getByRole('button', { name: 'Add a source' }).click();
  await page.keyboard.type('Suspicious feed');
  await page.getByLabel('Web address').pressSequentially('javascript:alert(1)');
  await expect(page.getByText(/Not saved: Use a web address that starts with https:\/\//)).toBeVisible();
  await expect(page.getByLabel('Web address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('link', { name: /Open Suspicious feed/ })).toHaveCount(0);
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel('Source', { exact: true })).toHaveValue('Suspicious feed');
  await expect(page.getByLabel('Web address')).toHaveValue('');
});

test('an edit in a second tab shows up in the first, and a delete can be undone', async ({ context }) => {
  const tabA = await context.newPage();
  await openPlanner(tabA);
  await fillPlan(tabA);
  await saved(tabA);

  const tabB = await context.newPage();
  await openPlanner(tabB);
  await expect(tabB.getByLabel('Place')).toHaveValue('Chicago');
  await tabB.getByLabel('Place').fill('Chicago, McCormick Place');
  await saved(tabB);
  await expect(tabA.getByLabel('Place')).toHaveValue('Chicago, McCormick Place');

  await tabA.getByRole('button', { name: 'Delete event “Midwest Digital Health Summit”' }).click();
  await expect(tabA.getByText('Deleted the event “Midwest Digital Health Summit”.')).toBeVisible();
  await expect(tabA.getByLabel('Event name')).toHaveCount(0);
  await expect(tabA.getByRole('button', { name: 'Add an event' })).toBeFocused();
  await tabA.getByRole('button', { name: 'Undo' }).click();
  await expect(tabA.getByLabel('Event name')).toHaveValue('Midwest Digital Health Summit');
  await expect(tabA.getByLabel('Place')).toHaveValue('Chicago, McCormick Place');
  await saved(tabA);
  await expect(tabB.getByLabel('Event name')).toHaveValue('Midwest Digital Health Summit');
});

test('the calendar download holds every date, each with an alarm the day before', async ({ page }) => {
  await openPlanner(page);
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  await expect(page.getByText(/no upcoming dates to put in a calendar yet/)).toBeVisible();

  await fillPlan(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('networking-development-plan.ics');
  await expect(page.getByText(/Downloaded networking-development-plan\.ics with 4 dates/)).toBeVisible();

  const text = readFileSync(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstPropertyValue('action')),
      uid: event.uid,
    };
  });
  expect(events.map(({ summary, start, alarms }) => ({ summary, start, alarms }))).toEqual([
    { summary: 'Register for Midwest Digital Health Summit', start: days.deadline, alarms: ['DISPLAY'] },
    { summary: 'Midwest Digital Health Summit', start: days.start, alarms: ['DISPLAY'] },
    { summary: 'Renew membership: Product Analytics Guild', start: days.renewal, alarms: ['DISPLAY'] },
    { summary: 'Skill target: Experiment design', start: days.target, alarms: ['DISPLAY'] },
  ]);
  // The two-day event ends (exclusively) the day after its last day.
  expect(events[1]?.end).toBe(inDays(22));
  expect(events.every((event) => event.uid.endsWith('@networking-workbook'))).toBe(true);
});

test('an event with a start time keeps it after a reload, and the calendar starts it then with an alarm an hour before', async ({
  page,
}) => {
  await openPlanner(page);
  await page.getByRole('button', { name: 'Add an event' }).click();
  await expect(page.getByLabel('Event name')).toBeFocused();
  await page.keyboard.type('Columbus Health Data Meetup');
  await page.getByLabel('Start date').fill(days.start);
  await page.getByLabel('Starts at').fill('18:30');
  await expect(deadlineList(page)).toHaveText([/ at 18:30.*Columbus Health Data Meetup/]);
  await saved(page);

  await page.reload();
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel('Starts at')).toHaveValue('18:30');
  await expect(page.getByLabel('Event name')).toHaveValue('Columbus Health Data Meetup');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  expect(event.summary).toBe('Columbus Health Data Meetup');
  expect(event.startDate.isDate).toBe(false);
  expect(event.startDate.toString()).toBe(`${days.start}T18:30:00`);
  expect(event.endDate.toString()).toBe(`${days.start}T19:30:00`);
  const alarms = vevent.getAllSubcomponents('valarm');
  expect(alarms.map((alarm) => String(alarm.getFirstPropertyValue('trigger')))).toEqual(['-PT1H']);
  expect(alarms[0]?.getFirstPropertyValue('action')).toBe('DISPLAY');

  // On paper the card keeps its time, and the action plan dates the event with it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Starts at')).toBeVisible();
  await expect(page.getByLabel('Starts at')).toHaveValue('18:30');
  await page.emulateMedia({ media: 'screen' });
  await openPlan(page);
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Columbus Health Data Meetup' }).first(),
  ).toContainText(`${formatDate(days.start)} at 18:30`);

  // Emptied, the event is all day again.
  await openPlanner(page);
  await page.getByLabel('Starts at').fill('');
  await expect(deadlineList(page)).not.toHaveText([/ at 18:30/]);
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel('Starts at')).toHaveValue('');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the filled planner, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openPlanner(page);
    await fillPlan(page);
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.getByLabel('Web address').nth(1).fill('javascript:alert(1)');
    await expect(page.getByText(/Not saved: Use a web address/)).toBeVisible();
    await page.getByRole('button', { name: 'Delete source “The Digital Health Brief”' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
      [],
    );
  });
}

test('the filled planner prints with its entries and deadlines', async ({ page }) => {
  await openPlanner(page);
  await fillPlan(page);
  await saved(page);
  const file = join(mkdtempSync(join(tmpdir(), 'development-')), 'plan.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Midwest Digital Health Summit');
  expect(text).toContain('Upcoming deadlines');
  expect(text).toContain('Renew membership: Product Analytics Guild');
  expect(text).toContain('Soon: in 5 days');
  expect(text).not.toContain('Download calendar');
  expect(text).not.toContain('Add an event');
});
