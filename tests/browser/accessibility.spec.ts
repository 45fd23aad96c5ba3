import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, pagesWithWorksheets } from '../support/built-pages';
import { addOneOfEverything, liveWorksheets, openWorksheet } from '../support/worksheets';

// Every page the build produced, so pages added later (lessons, tools) are checked too.
const pages = builtPages();
const worksheetSelector = liveWorksheets;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
    [],
  );
}

/** Scrolls to each worksheet on the page and waits until it has read the stored answers. */
async function hydrateWorksheets(page: Page) {
  for (const worksheet of await page.locator(worksheetSelector).all()) await openWorksheet(worksheet);
}

/** Adds one of every kind of entry (nested lists too) and writes in every text field. */
async function fillWorksheets(page: Page) {
  for (const worksheet of await page.locator(worksheetSelector).all()) {
    await addOneOfEverything(worksheet);
    for (const field of await worksheet.getByRole('textbox').all()) {
      if ((await field.getAttribute('type')) === 'url') await field.fill('https://example.com/brief');
      else await field.fill('Coffee with Priya Raman at Mendwell');
    }
  }
}

for (const path of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${path} in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      // Let idle islands hydrate, so the check covers what the reader actually gets.
      await page.waitForLoadState('networkidle');
      await hydrateWorksheets(page);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
      await expectNoViolations(page);
    });
  }
}

const worksheetPages = pagesWithWorksheets();
for (const path of worksheetPages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${path} with its worksheets filled in, ${colorScheme}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await hydrateWorksheets(page);
      await fillWorksheets(page);
      await expect(
        page.getByRole('status').filter({ hasText: 'Saved in this browser' }).first(),
      ).toBeVisible();
      await expectNoViolations(page);
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in search results, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=goal');
    await expect(page.getByRole('status')).toHaveText(/lessons? mentions?/);
    await expectNoViolations(page);
  });
}

test('the home page lists every lesson the site builds', async ({ page }) => {
  await page.goto('/');
  const links = await page
    .getByRole('region', { name: 'The lessons' })
    .getByRole('link')
    .evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
  expect(links.sort()).toEqual(pages.filter((path) => path.startsWith('/lessons/')).sort());
});

test('with reduced motion asked for, nothing moves', async ({ page }) => {
  const motion = () =>
    page.evaluate(() => {
      const prompt = document.getElementById('update-prompt')!;
      prompt.hidden = false; // shown as when a new version is ready, which is when it animates
      const seconds = (value: string) =>
        Math.max(
          ...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))),
        );
      let longest = 0;
      for (const el of document.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        if (style.animationName !== 'none') longest = Math.max(longest, seconds(style.animationDuration));
        longest = Math.max(longest, seconds(style.transitionDuration));
      }
      return longest;
    });
  await page.goto('/lessons/establishing-clear-goals/');
  // The site does move a little by default (buttons fade, the update prompt slides in)…
  expect(await motion()).toBeGreaterThan(0.1);
  // …and stops when the reader's system asks for less motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await motion()).toBeLessThanOrEqual(0.00001);
});
