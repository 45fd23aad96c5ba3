import { expect, test } from '@playwright/test';

const lessonTitles = [
  'Establishing Clear Goals',
  'Building Relationships',
  'Communication Strategies',
  'Follow-Up Strategies',
  'Professional Development Strategies',
  'Conclusion: Your Action Plan',
];

test('every lesson is reachable from the home page', async ({ page }) => {
  for (const title of lessonTitles) {
    await page.goto('/');
    const lessons = page.getByRole('region', { name: 'The lessons' });
    await lessons.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('figure').filter({ hasText: 'From the chapter' })).toBeVisible();
  }
});

test('the start button opens the first lesson', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Start with lesson 1/ }).click();
  await expect(page).toHaveURL(/\/lessons\/establishing-clear-goals\/$/);
});

test('next links walk through every lesson in order, and previous links walk back', async ({ page }) => {
  await page.goto('/lessons/establishing-clear-goals/');
  const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
  for (const title of lessonTitles.slice(1)) {
    await pager.getByRole('link', { name: /Next lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  await expect(pager.getByRole('link', { name: /Next lesson/ })).toHaveCount(0);
  for (const title of lessonTitles.slice(0, -1).reverse()) {
    await pager.getByRole('link', { name: /Previous lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  await expect(pager.getByRole('link', { name: /Previous lesson/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Workbook home/ }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the sidebar marks the lesson being read, and only that one', async ({ page }) => {
  await page.goto('/lessons/follow-up/');
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  const current = sidebar.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(/Follow-up/);
  await sidebar.getByRole('link', { name: /Development/ }).click();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('[aria-current="page"]')).toHaveText(
    /Development/,
  );
});

test('on a phone the lesson list folds away above the lesson and opens on demand', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/lessons/communication/');
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  await expect(sidebar.getByRole('link', { name: /Follow-up/ })).toBeHidden();
  await sidebar.getByText('All lessons').click();
  await expect(sidebar.getByRole('link', { name: /Follow-up/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('long lessons list their sections, and the links jump to them', async ({ page }) => {
  await page.goto('/lessons/establishing-clear-goals/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Done when' }).click();
  await expect(page).toHaveURL(/#done-when$/);
  await expect(page.getByRole('heading', { name: 'Done when', level: 2 })).toBeInViewport();
});

test('an unknown address shows the workbook’s own not-found page', async ({ page }) => {
  const response = await page.goto('/lessons/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not in the workbook');
  await page.getByRole('link', { name: 'Follow-Up Strategies' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow-Up Strategies');
});
