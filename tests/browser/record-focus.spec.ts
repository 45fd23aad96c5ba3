import { expect, test, type Locator } from '@playwright/test';
import { makePerson } from '../../src/documents/people/schema';
import { putStoredDocument } from '../support/stored-documents';

// Every edit makes a new record object; these check that the row being edited is updated in place
// rather than rebuilt, so the reader's field keeps its focus and caret keystroke after keystroke.

/** Types `text` one key at a time, checking after each key that `field` still has the focus. */
async function typeKeepingFocus(field: Locator, text: string) {
  for (const key of text) {
    await field.page().keyboard.type(key);
    await expect(field).toBeFocused();
  }
  await expect(field).toHaveValue(new RegExp(`${text}$`));
}

test('typing in one conversation plan keeps the focus there while the other plan stays as it was', async ({
  page,
}) => {
  await page.goto('/lessons/communication/');
  await page
    .getByRole('heading', { name: 'Listening and style self-check', exact: true })
    .scrollIntoViewIfNeeded();
  const add = page.getByRole('button', { name: 'Add a conversation plan' });
  await expect(add).toBeEnabled();
  await add.click();
  await page.getByLabel('Who', { exact: true }).fill('Daniel');
  await add.click();
  await expect(page.getByLabel('Person from your relationship map').nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  const who = page.getByLabel('Who', { exact: true });
  await expect(who.nth(1)).toBeFocused();
  await typeKeepingFocus(who.nth(1), 'Priya');
  const context = page.getByLabel('Context').nth(1);
  await context.focus();
  await typeKeepingFocus(context, 'Coffee at the Short North meetup');
  // A move is an edit too: the moved plan's field keeps the focus.
  await page.getByRole('button', { name: 'Move plan for Priya up' }).click();
  await context.focus();
  await typeKeepingFocus(context, ', Thursday');
  await expect(who.nth(0)).toHaveValue('Priya');
  await expect(who.nth(1)).toHaveValue('Daniel');
});

test('ticking a person for an event keeps the focus on the box, so Space can untick it', async ({ page }) => {
  await page.goto('/lessons/professional-development/');
  const stamp = new Date('2027-02-01T10:00:00.000Z');
  await putStoredDocument(page, 'people', {
    schemaVersion: 2,
    updatedAt: stamp.toISOString(),
    data: {
      people: [makePerson('p-priya', stamp, { name: 'Priya Raman' })],
      interactions: [],
      gives: [],
      deleted: {},
    },
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  const add = page.getByRole('button', { name: 'Add an event' });
  await expect(add).toBeEnabled();
  await add.click();
  const name = page.getByLabel('Event name');
  await expect(name).toBeFocused();
  await typeKeepingFocus(name, 'Ohio Health Data Meetup');
  const priya = page.getByRole('checkbox', { name: 'Priya Raman' });
  await priya.focus();
  await page.keyboard.press('Space');
  await expect(priya).toBeChecked();
  await expect(priya).toBeFocused();
  await page.keyboard.press('Space');
  await expect(priya).not.toBeChecked();
  await expect(priya).toBeFocused();
});
