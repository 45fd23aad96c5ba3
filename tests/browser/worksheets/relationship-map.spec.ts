import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makePerson } from '../../../src/documents/people/schema';
import { putStoredDocument } from '../../support/stored-documents';

const lesson = '/lessons/relationship-building/';
const addPersonButton = (page: Page) => page.getByRole('button', { name: 'Add person' });
const addOrganizationButton = (page: Page) => page.getByRole('button', { name: 'Add organization' });

/**
 * Opens the lesson and scrolls to its worksheet, as a reader does: the map hydrates only when it
 * becomes visible, and shows its controls once the reader's data is loaded.
 */
async function openMap(page: Page) {
  await page.goto(lesson);
  await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
  await expect(addPersonButton(page)).toBeEnabled();
}

/** A card on the map, found by the start of its title ("Priya Raman (Senior …)"). */
const card = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });

const questions = (page: Page, name: string) =>
  card(page, name).getByRole('list', { name: 'Questions to find common ground' });

/** The names on the map, in the reader's order. */
const names = (page: Page) =>
  page
    .getByRole('textbox', { name: 'Name', exact: true })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

/** Adds an entry with the button, then types its name where the focus lands. */
async function add(page: Page, kind: 'person' | 'organization', name: string) {
  await (kind === 'person' ? addPersonButton(page) : addOrganizationButton(page)).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true }).last()).toBeFocused();
  await page.keyboard.type(name);
}

/** Maya's first three entries from the lesson's worked example. */
async function fillMap(page: Page) {
  await add(page, 'person', 'Priya Raman');
  const priya = card(page, 'Priya Raman');
  await priya.getByLabel('Role or title').fill('Senior product analyst');
  await priya.getByLabel('Organization', { exact: true }).fill('Mendwell');
  await priya.getByLabel('Shared interests').fill('Patient experience metrics');
  await priya.getByLabel('Priority tier').selectOption({ label: 'A — reach out first' });
  await priya
    .getByLabel('Opportunity or way to connect')
    .fill('Introduction from Daniel, then a 20-minute call');

  await add(page, 'person', 'Daniel Osei');
  const daniel = card(page, 'Daniel Osei');
  await daniel.getByLabel('Shared background').fill('Worked together at Lakemont for four years');
  await daniel.getByLabel('Status').selectOption({ label: 'Connected' });

  await add(page, 'organization', 'Columbus Health Data Meetup');
  await card(page, 'Columbus Health Data Meetup')
    .getByLabel('What it is')
    .fill('Monthly local group, about 200 members');
  await saved(page);
}

test('a reader maps people and an organization, finds common ground, and groups the map', async ({
  page,
}) => {
  await openMap(page);
  await expect(page.getByText('Start with three names:')).toBeVisible();

  await add(page, 'person', 'Priya Raman');
  const priya = card(page, 'Priya Raman');
  await expect(priya.getByRole('heading', { name: 'Priya Raman' })).toBeVisible();
  await expect(questions(page, 'Priya Raman')).toContainText(
    'What has Priya Raman written, shared or spoken about lately?',
  );
  await expect(questions(page, 'Priya Raman')).not.toContainText('worked with someone at');

  // The questions follow what the reader writes.
  await priya.getByLabel('Organization', { exact: true }).pressSequentially('Mendwell');
  await expect(questions(page, 'Priya Raman')).toContainText(
    'Have you or a colleague worked with someone at Mendwell?',
  );
  await priya.getByLabel('Shared interests').pressSequentially('Patient experience metrics');
  await expect(questions(page, 'Priya Raman')).not.toContainText('spoken about lately');
  await expect(questions(page, 'Priya Raman')).toContainText(
    'How could you open with “Patient experience metrics” in a first message?',
  );
  await priya.getByLabel('Priority tier').selectOption({ label: 'A — reach out first' });
  await expect(priya.locator('.map-badges')).toHaveText('Tier A○To reach');
  await expect(priya.getByText(/^Next move: Choose a way to reach Priya Raman/)).toBeVisible();
  await priya.getByLabel('Opportunity or way to connect').fill('Introduction from Daniel');
  await expect(
    priya.getByText('Next move: Reach out to Priya Raman: Introduction from Daniel.'),
  ).toBeVisible();

  await add(page, 'person', 'Daniel Osei');
  const daniel = card(page, 'Daniel Osei');
  await daniel.getByLabel('Status').selectOption({ label: 'Connected' });
  // Status and tier are written out beside the name, not only shown by colour.
  await expect(daniel.locator('.map-badges')).toHaveText('Tier B●Connected');
  await daniel.getByLabel('Mutual connections').fill('Laura Chen');
  await expect(questions(page, 'Daniel Osei')).toContainText('Would Laura Chen introduce you');

  await add(page, 'organization', 'Columbus Health Data Meetup');
  const meetup = card(page, 'Columbus Health Data Meetup');
  await expect(meetup.getByLabel('Person or organization')).toHaveValue('organization');
  await expect(questions(page, 'Columbus Health Data Meetup')).toContainText(
    'Which role or person inside Columbus Health Data Meetup does the work you want to do?',
  );
  await expect(meetup.getByRole('link', { name: 'Add goals in lesson 1' })).toHaveAttribute(
    'href',
    '/lessons/establishing-clear-goals/#your-worksheet',
  );

  await expect(page.getByText('2 to reach, 0 contacted, 1 connected')).toBeVisible();
  const groupHeadings = () => page.locator('.map-group h5');
  await expect(groupHeadings()).toHaveText(['To reach (2)', 'Contacted (0)', 'Connected (1)']);
  await page.getByLabel('Group by').selectOption({ label: 'Priority tier' });
  await expect(groupHeadings()).toHaveText([
    'Tier A — reach out first (1)',
    'Tier B — within 90 days (2)',
    'Tier C — keep in view (0)',
  ]);
  await page.getByLabel('Group by').selectOption({ label: 'Goal' });
  await expect(groupHeadings()).toHaveText(['Not linked to a goal (3)']);
  await page.getByLabel('Group by').selectOption({ label: 'Status' });
  // Tier A comes first within a group; each entry links to its card.
  const toReach = page
    .locator('.map-group')
    .filter({ has: page.getByRole('heading', { name: 'To reach (2)' }) });
  await expect(toReach.getByRole('link')).toHaveText([
    'Priya Raman (Mendwell)',
    'Columbus Health Data Meetup',
  ]);
  await saved(page);

  await page.reload();
  await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
  await expect(addPersonButton(page)).toBeEnabled();
  await expect(card(page, 'Priya Raman').getByLabel('Organization', { exact: true })).toHaveValue('Mendwell');
  await expect(card(page, 'Priya Raman').getByLabel('Shared interests')).toHaveValue(
    'Patient experience metrics',
  );
  await expect(card(page, 'Priya Raman').getByLabel('Priority tier')).toHaveValue('A');
  await expect(card(page, 'Daniel Osei').getByLabel('Status')).toHaveValue('connected');
  await expect(card(page, 'Daniel Osei').getByLabel('Mutual connections')).toHaveValue('Laura Chen');
  await expect(card(page, 'Columbus Health Data Meetup').getByLabel('Person or organization')).toHaveValue(
    'organization',
  );
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(3);
  await expect(page.getByText('2 to reach, 0 contacted, 1 connected')).toBeVisible();
});

test('a second tab sees the first tab’s edits, and both tabs’ additions are kept', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await openMap(tabA);
  await openMap(tabB);

  await add(tabA, 'person', 'Priya Raman');
  await saved(tabA);
  await expect(card(tabB, 'Priya Raman')).toBeVisible();

  await card(tabA, 'Priya Raman').getByLabel('Role or title').fill('Senior product analyst');
  await saved(tabA);
  await expect(card(tabB, 'Priya Raman').getByLabel('Role or title')).toHaveValue('Senior product analyst');

  await add(tabB, 'person', 'Daniel Osei');
  await saved(tabB);
  await expect(card(tabA, 'Daniel Osei')).toBeVisible();
  await expect(tabA.getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(2);
});

test('deleting can be undone, and focus lands on a sensible place', async ({ page }) => {
  await openMap(page);
  for (const name of ['Ana Ruiz', 'Bo Chen', 'Cleo Park']) await add(page, 'person', name);

  await page.getByRole('button', { name: 'Delete “Bo Chen”' }).click();
  await expect(card(page, 'Bo Chen')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Cleo Park', exact: true })).toBeFocused();
  const undoBar = page.getByRole('status').filter({ hasText: 'Deleted “Bo Chen”.' });
  await expect(undoBar).toBeVisible();
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => names(page)).toEqual(['Ana Ruiz', 'Bo Chen', 'Cleo Park']);

  await page.getByRole('button', { name: 'Move “Cleo Park” up' }).click();
  await expect.poll(() => names(page)).toEqual(['Ana Ruiz', 'Cleo Park', 'Bo Chen']);

  await page.getByRole('button', { name: 'Delete “Bo Chen”' }).click();
  await expect(page.getByRole('heading', { name: 'Cleo Park', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Delete “Cleo Park”' }).click();
  await page.getByRole('button', { name: 'Delete “Ana Ruiz”' }).click();
  await expect(addPersonButton(page)).toBeFocused();
  await expect(page.getByText('Start with three names:')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => names(page)).toEqual(['Ana Ruiz']);
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
  await expect(addPersonButton(page)).toBeEnabled();
  await expect.poll(() => names(page)).toEqual(['Ana Ruiz']);
});

test('a person can be added and filled in with the keyboard alone', async ({ page }) => {
  await openMap(page);
  await addPersonButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.type('Priya Raman');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Role or title')).toBeFocused();
  await page.keyboard.type('Senior product analyst');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Mendwell');
  await expect(
    page.getByRole('heading', { name: 'Priya Raman (Senior product analyst, Mendwell)' }),
  ).toBeVisible();

  // The add buttons come after the cards; Space works as well as Enter.
  await addOrganizationButton(page).focus();
  await page.keyboard.press('Space');
  await page.keyboard.type('Product Analytics Guild');
  await expect(card(page, 'Product Analytics Guild').getByLabel('Name', { exact: true })).toBeFocused();
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
  await expect.poll(() => names(page)).toEqual(['Priya Raman', 'Product Analytics Guild']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the filled-in map, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openMap(page);
    await fillMap(page);
    await page.getByLabel('Group by').selectOption({ label: 'Priority tier' });
    await page.getByRole('button', { name: 'Delete “Daniel Osei”' }).click(); // shows the undo bar
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
      [],
    );
  });
}

test('the filled-in map prints with the names typed', async ({ page }) => {
  await openMap(page);
  await fillMap(page);
  const file = join(mkdtempSync(join(tmpdir(), 'map-print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const name of ['Priya Raman', 'Daniel Osei', 'Columbus Health Data Meetup', 'Mendwell']) {
    expect(text).toContain(name);
  }
  expect(text).toContain('Relationship map');
  for (const screenOnly of ['Add person', 'Questions to find common ground', 'Undo']) {
    expect(text).not.toContain(screenOnly);
  }
});

/** Stores a map of `count` people, as an earlier visit would have left it, and opens the map. */
async function openStoredMap(page: Page, count: number) {
  await page.goto('/404');
  const stamp = new Date('2027-02-01T10:00:00.000Z');
  const people = Array.from({ length: count }, (_, i) =>
    makePerson(`p-${i}`, stamp, {
      name: `Contact ${i}`,
      role: 'Product analyst',
      status: (['to-reach', 'contacted', 'connected'] as const)[i % 3],
      tier: (['A', 'B', 'C'] as const)[i % 3],
    }),
  );
  await putStoredDocument(page, 'people', {
    schemaVersion: 3,
    updatedAt: stamp.toISOString(),
    data: { people, deleted: {} },
  });
  await openMap(page);
}

test('typing in one card changes nothing in the other cards, nor in the overview but that entry', async ({
  page,
}) => {
  await openStoredMap(page, 11);
  const typed = card(page, 'Contact 5');
  await typed.getByLabel('Name').click();
  // Every change to the page's nodes, attributes or text outside the card being typed in and its own
  // line in the overview: a card or a group drawn again shows up here.
  await page.evaluate(() => {
    const outside: string[] = [];
    const own = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      return Boolean(
        element?.closest('[aria-labelledby="map-p-5-title"], li:has(> a[href="#map-p-5-title"])'),
      );
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (!own(record.target))
          outside.push(
            `${record.type} in ${(record.target as Element).outerHTML?.slice(0, 80) ?? record.target.textContent}`,
          );
      }
    }).observe(document.querySelector('.map')!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    (window as unknown as { outside: string[] }).outside = outside;
  });
  await page.keyboard.type(' Jr');
  await typed.getByLabel('Why they matter').click();
  await page.keyboard.type('Leads the team I want to join.');
  await typed.getByLabel('Mutual connections').click();
  await page.keyboard.type('My manager, Helen');
  await expect(typed.getByRole('heading', { name: /^Contact 5 Jr/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Contact 5 Jr (Product analyst)' })).toBeVisible();
  await expect(questions(page, 'Contact 5 Jr')).toContainText('Would your manager, Helen, introduce you');
  expect(await page.evaluate(() => (window as unknown as { outside: string[] }).outside)).toEqual([]);
});

test('the map keeps its “Group by” choice after a reload, and a second tab follows it', async ({
  context,
}) => {
  const page = await context.newPage();
  await openStoredMap(page, 4);
  const groupBy = (tab: Page) => tab.getByLabel('Group by');
  const groupHeadings = (tab: Page) => tab.locator('.map-group h5');
  const other = await context.newPage();
  await openMap(other);
  await expect(groupBy(other)).toHaveValue('status');

  await groupBy(page).selectOption({ label: 'Priority tier' });
  await expect(groupHeadings(page)).toHaveText([
    'Tier A — reach out first (2)',
    'Tier B — within 90 days (1)',
    'Tier C — keep in view (1)',
  ]);
  await saved(page);
  await expect(groupBy(other)).toHaveValue('tier');
  await expect(groupHeadings(other).first()).toHaveText('Tier A — reach out first (2)');

  await page.reload();
  await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
  await expect(addPersonButton(page)).toBeEnabled();
  await expect(groupBy(page)).toHaveValue('tier');
  await expect(groupHeadings(page).first()).toHaveText('Tier A — reach out first (2)');

  // The other tab's choice comes back the same way.
  await groupBy(other).selectOption({ label: 'Goal' });
  await expect(groupBy(page)).toHaveValue('goal');
  await expect(groupHeadings(page)).toHaveText(['Not linked to a goal (4)']);
});
