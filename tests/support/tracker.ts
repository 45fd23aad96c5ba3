import { expect, type Page } from '@playwright/test';

/** The lesson that holds the follow-up tracker. */
export const trackerLesson = '/lessons/follow-up/';

/** A day `days` from today where the test runs (the browser shares the machine's zone). */
export function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Scrolls to the tracker as a reader does; ready when "Add a contact" is enabled. */
export async function openTracker(page: Page): Promise<void> {
  await page.goto(trackerLesson);
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add a contact' })).toBeEnabled();
}

/** Waits until the page says every change is saved. */
export const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

/** One contact of the tracker's list, found by the name on its button. */
export const contactCard = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('button', { name, exact: true }) });
