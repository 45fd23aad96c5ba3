import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { putStoredDocument } from '../support/stored-documents';
import { openWorksheet } from '../support/worksheets';

/** Every lesson with a live worksheet, and the worksheets it holds. */
const lessons: Record<string, string[]> = {
  '/lessons/establishing-clear-goals/': ['goals'],
  '/lessons/relationship-building/': ['relationship-map'],
  '/lessons/communication/': ['pitch', 'communication', 'online-presence'],
  '/lessons/follow-up/': ['follow-up'],
  '/lessons/professional-development/': ['development'],
};

test.use({ viewport: { width: 390, height: 844 } });

// Maya's filled workbook, so every kind of list (cards, check lists, chips) is on the page.
test.beforeEach(async ({ page }) => {
  await page.goto('/');
  for (const [key, version] of [
    ['goals', 1],
    ['people', 2],
    ['pitch', 1],
    ['development', 1],
    ['communication', 1],
  ] as const) {
    const file = `tests/fixtures/documents/${key}/v${version}.json`;
    await putStoredDocument(page, key, JSON.parse(readFileSync(file, 'utf8')));
  }
});

test('on a phone the online presence cards use the worksheet’s full width', async ({ page }) => {
  await page.goto('/lessons/communication/');
  const sheet = page.locator('[data-worksheet="online-presence"]');
  await openWorksheet(sheet);
  const intro = await sheet.getByText('Work through your main professional profile.').boundingBox();
  const card = await sheet.getByRole('listitem').filter({ hasText: 'Headline' }).boundingBox();
  // The card starts where the worksheet's text starts, not a list indent further in.
  expect(card!.x).toBe(intro!.x);
  expect(card!.width).toBeCloseTo(intro!.width, 0);
});

for (const [lesson, worksheets] of Object.entries(lessons)) {
  test(`lists laid out as records keep their own spacing in ${lesson}`, async ({ page }) => {
    await page.goto(lesson);
    for (const id of worksheets) await openWorksheet(page.locator(`[data-worksheet="${id}"]`));
    const leaks = await page.evaluate(() =>
      [...document.querySelectorAll('.worksheet__body--live :is(.ws-list, .check-list, .chip-list)')].flatMap(
        (list) => {
          const found: string[] = [];
          const where = `${list.className} in ${list.closest('[data-worksheet]')?.getAttribute('data-worksheet')}`;
          if (getComputedStyle(list).paddingLeft !== '0px') found.push(`indent on ${where}`);
          for (const item of [...list.children].slice(1)) {
            if (getComputedStyle(item).marginTop !== '0px') found.push(`item margin in ${where}`);
          }
          return found;
        },
      ),
    );
    expect(leaks).toEqual([]);
  });
}

test('lists in the lesson text keep their indent and spacing', async ({ page }) => {
  await page.goto('/lessons/establishing-clear-goals/');
  const list = page.locator('.prose > ul, .prose > ol').first();
  await expect(list).toHaveCSS('padding-left', '22.4px');
  await expect(list.locator('li').nth(1)).toHaveCSS('margin-top', '8px');
});
