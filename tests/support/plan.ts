import { expect, type Page } from '@playwright/test';

/**
 * Scrolls down to the action plan as a reader does (its code and documents are fetched only once
 * the reader starts using the page) and waits until the plan is on the page.
 */
export async function showPlan(page: Page): Promise<void> {
  await page.mouse.wheel(0, 400);
  await expect(page.getByRole('article', { name: 'Your plan' })).toBeVisible();
}

/** Opens the action plan: its choices have read the stored ones, and the plan is on the page. */
export async function openPlan(page: Page): Promise<void> {
  await page.goto('/plan/');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeEditable();
  await showPlan(page);
}
