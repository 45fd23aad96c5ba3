import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { putStoredDocument } from '../../support/stored-documents';

const lesson = '/lessons/communication/';

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

/** Scrolls to the self-check (it hydrates when visible); ready once the stored answers are read. */
async function openSelfCheck(page: Page) {
  await page.goto(lesson);
  await page
    .getByRole('heading', { name: 'Listening and style self-check', exact: true })
    .scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add a conversation plan' })).toBeEnabled();
}

async function openChecklist(page: Page) {
  await page
    .getByRole('heading', { name: 'Online presence checklist', exact: true })
    .scrollIntoViewIfNeeded();
  await expect(page.getByRole('checkbox', { name: /Headline/ })).toBeEnabled();
}

/** Rates every statement: `low` for the listening ones, `rest` for the others. */
async function rateAll(page: Page, low: number, rest: number) {
  const groups = page.locator('.comm-statement');
  const count = await groups.count();
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index);
    const listening = index < 3;
    await group.getByRole('radio', { name: new RegExp(`^${listening ? low : rest}\\b`) }).check();
  }
}

test('a self-check and its retake show scores, tips and the change, and survive a reload', async ({
  page,
}) => {
  await openSelfCheck(page);
  await page.getByRole('button', { name: 'Save this self-check' }).click();
  await expect(page.getByText('Rate every statement first: 10 statements are not rated yet.')).toBeVisible();

  await rateAll(page, 2, 4);
  await expect(page.getByText('Every statement is rated.')).toBeVisible();
  await page.getByRole('button', { name: 'Save this self-check' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  const results = page.getByRole('region', { name: 'Your results' });
  await expect(results.getByText('Active listening: 2.0 out of 5')).toBeVisible();
  await expect(
    results.getByText(/Active listening \(2\.0\): Before you answer, say back what you heard/),
  ).toBeVisible();
  await expect(page.getByText('0 of 10 statements rated.')).toBeVisible();

  await page.getByRole('heading', { name: 'Retake the self-check' }).scrollIntoViewIfNeeded();
  await rateAll(page, 4, 4);
  await page.getByRole('button', { name: 'Save this self-check' }).click();
  await expect(results.getByText('Active listening: up 2.0 (from 2.0 to 4.0).')).toBeVisible();
  await expect(results.getByText('Follow-up questions: no change (from 4.0 to 4.0).')).toBeVisible();
  await expect(results.getByText('Every area is at 4 or more.', { exact: false })).toBeVisible();

  await saved(page);
  await page.reload();
  await page
    .getByRole('heading', { name: 'Listening and style self-check', exact: true })
    .scrollIntoViewIfNeeded();
  await expect(results.getByText('Active listening: up 2.0 (from 2.0 to 4.0).')).toBeVisible();
  await expect(results.locator('.comm-takes li')).toHaveCount(2);
});

test('a conversation plan picks a person from the map, is kept in a second tab, and a delete can be undone', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(lesson);
  await putStoredDocument(page, 'people', {
    schemaVersion: 1,
    updatedAt: '2027-02-01T10:00:00.000Z',
    data: {
      people: [
        {
          id: 'p-priya',
          updatedAt: '2027-02-01T10:00:00.000Z',
          kind: 'person',
          name: 'Priya Raman',
          role: 'Senior product analyst',
          organization: 'Mendwell',
          why: '',
          goalIds: [],
          sharedInterests: '',
          sharedBackground: '',
          mutualConnections: '',
          opportunity: '',
          tier: 'A',
          status: 'to-reach',
        },
      ],
      deleted: {},
    },
  });
  await openSelfCheck(page);
  await page.getByRole('button', { name: 'Add a conversation plan' }).click();
  const person = page.getByLabel('Person from your relationship map');
  await expect(person).toBeFocused();
  await person.selectOption({ label: 'Priya Raman' });
  await expect(page.getByLabel('Who', { exact: true })).toHaveCount(0);
  await page.getByLabel('Date').fill('2027-02-18');
  await page.getByLabel('Context').fill('20-minute video call set up through Daniel.');
  await page.getByLabel('Questions to ask').fill('How does your team decide which metrics matter?');
  await page.getByLabel('What to listen for').fill('Names she mentions.');
  await page.getByLabel('How you will adapt your style').fill('Use the 30-second pitch and end on time.');
  await expect(page.getByRole('heading', { name: 'Plan for Priya Raman' })).toBeVisible();
  await saved(page);

  const second = await context.newPage();
  await openSelfCheck(second);
  await expect(second.getByLabel('Context')).toHaveValue('20-minute video call set up through Daniel.');
  await expect(second.getByLabel('Person from your relationship map')).toHaveValue('p-priya');

  await page.getByRole('button', { name: 'Delete plan for Priya Raman' }).click();
  await expect(page.getByText('Deleted the plan for Priya Raman.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a conversation plan' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Questions to ask')).toHaveValue(
    'How does your team decide which metrics matter?',
  );
});

test('the checklist shows completion in words and takes the written summary, with undo', async ({ page }) => {
  await page.goto(lesson);
  await page.getByRole('heading', { name: 'Pitch builder', exact: true }).scrollIntoViewIfNeeded();
  await page.getByLabel('Audience', { exact: true }).selectOption('written');
  await page.getByRole('button', { name: 'Add a variant' }).click();
  await page
    .getByLabel('Text for Written online summary')
    .fill('I turn patient data into product decisions. I am open to product analytics roles.');

  await openChecklist(page);
  await expect(page.getByText('0 of 7 items done (0 percent).')).toBeVisible();
  await page.getByRole('checkbox', { name: /Headline/ }).check();
  await page.getByRole('checkbox', { name: /Photo/ }).check();
  await expect(page.getByText('2 of 7 items done (29 percent).')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Headline/ })).toHaveAccessibleName('Headline (done)');

  const summaryNote = page.getByLabel(/^Summary note/);
  await summaryNote.fill('My old summary');
  await page.getByRole('button', { name: 'Use my written summary' }).click();
  await expect(summaryNote).toHaveValue(
    'I turn patient data into product decisions. I am open to product analytics roles.',
  );
  await expect(page.getByText('Copied your written summary into the summary note.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(summaryNote).toHaveValue('My old summary');

  await saved(page);
  await page.reload();
  await openChecklist(page);
  await expect(page.getByText('2 of 7 items done (29 percent).')).toBeVisible();
  await expect(summaryNote).toHaveValue('My old summary');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the filled self-check and checklist, ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openSelfCheck(page);
    await rateAll(page, 2, 3);
    await page.getByRole('button', { name: 'Save this self-check' }).click();
    await rateAll(page, 3, 3);
    await page.getByRole('button', { name: 'Save this self-check' }).click();
    await page.getByRole('button', { name: 'Add a conversation plan' }).click();
    await page.getByLabel('Who', { exact: true }).fill('Priya Raman');
    await openChecklist(page);
    await page.getByRole('checkbox', { name: /Headline/ }).check();
    await page.getByLabel('Date').fill('2027-02-18');
    const results = await new AxeBuilder({ page })
      .include('[data-worksheet="communication"]')
      .include('[data-worksheet="online-presence"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
      [],
    );
  });
}
