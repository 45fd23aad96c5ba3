import { expect, test } from '@playwright/test';

test('the first Tab reaches a skip link that moves focus past the navigation to the lesson', async ({
  page,
}) => {
  await page.goto('/lessons/follow-up/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The next stop is inside the lesson, not back in the header or the lesson list.
  await page.keyboard.press('Tab');
  const insideMain = await page.evaluate(() =>
    document.querySelector('main')?.contains(document.activeElement),
  );
  expect(insideMain).toBe(true);
});

test('a reader can go from home to the next lesson with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Enter');
  // Tab to the start button and follow it.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.startsWith('Start with lesson 1')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Establishing Clear Goals');
  const next = page.getByRole('link', { name: /Next lesson/ });
  await next.focus();
  await expect(next).toBeFocused();
  // Focus is visible: the focus ring is drawn, not suppressed.
  const outline = await next.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Building Relationships');
});

test('Tab from the last field of the worksheet reaches "Lesson done", before it was ever scrolled to', async ({
  page,
}) => {
  await page.goto('/lessons/professional-development/');
  const done = page.getByRole('button', { name: 'Lesson done' });
  // Ready while still out of view, so a reader tabbing down the page does not skip it.
  await expect(done).toBeEnabled();
  await expect(done).not.toBeInViewport();
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add an event' })).toBeEnabled();
  const last = page.locator('.worksheet').last().locator('input, textarea, select, button').last();
  await last.focus();
  await expect(last).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(done).toBeFocused();
});

test('every page starts with "Skip to content", shown when it has the focus', async ({ page }) => {
  for (const path of ['/', '/lessons/conclusion/', '/plan/', '/your-data/', '/search/', '/404']) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip, path).toBeFocused();
    await expect(skip, path).toBeInViewport();
  }
  // Only lessons with a worksheet offer the second link.
  await expect(page.getByRole('link', { name: 'Skip to worksheet' })).toHaveCount(0);
});

test('"Skip to worksheet" takes the keyboard past the lesson to the worksheet, even a long one', async ({
  page,
}) => {
  await page.goto('/lessons/establishing-clear-goals/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to worksheet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Goal-setting worksheet' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();

  // The next stop is the worksheet's own first control, not the lesson's text above it.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => {
      const active = document.activeElement;
      const worksheet = active?.closest('section.worksheet');
      return worksheet ? `${worksheet.getAttribute('data-worksheet')}: ${active?.textContent?.trim()}` : null;
    }),
  ).toBe('goals: Print this worksheet');
});
