import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/lessons/establishing-clear-goals/',
  '/lessons/relationship-building/',
  '/lessons/communication/',
  '/lessons/follow-up/',
  '/lessons/professional-development/',
  '/lessons/conclusion/',
  '/plan/',
  '/your-data/',
  '/404',
];

for (const path of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${path} in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      // Let idle islands hydrate, so the check covers what the reader actually gets.
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) })),
      ).toEqual([]);
    });
  }
}

test('the home page lists every lesson the site builds', async ({ page }) => {
  // Keeps the page list above honest: a new lesson must be added to it to be checked.
  await page.goto('/');
  const links = await page
    .getByRole('region', { name: 'The lessons' })
    .getByRole('link')
    .evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
  expect(links).toEqual(pages.filter((path) => path.startsWith('/lessons/')));
});
