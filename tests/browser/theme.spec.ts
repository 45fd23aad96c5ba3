import { expect, test } from '@playwright/test';

const theme = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.dataset['theme']);

test('the theme follows the system until the reader chooses', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto('/');
    expect(await theme(page)).toBe(colorScheme);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      String(colorScheme === 'dark'),
    );
    await page.close();
  }
});

test('the chosen theme survives a reload and a new page, without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/lessons/communication/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await theme(page)).toBe('dark');

  // The inline head script must set the theme before first paint: record it on DOMContentLoaded
  // of the next load, before any later script could change it.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtLoad?: string }).themeAtLoad = document.documentElement.dataset['theme'];
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtLoad?: string }).themeAtLoad)).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 24, 28)');

  await page.goto('/');
  expect(await theme(page)).toBe('dark');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await theme(page)).toBe('light');
});

test('the toggle works from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await page.keyboard.press('Enter');
  expect(await theme(page)).toBe('dark');
  await page.keyboard.press('Space');
  expect(await theme(page)).toBe('light');
});
