import { expect, type Locator } from '@playwright/test';

/** Every worksheet on a page that has a live island (not only paper prompts). */
export const liveWorksheets = '[data-worksheet]:has(.worksheet__body--live)';

/**
 * Scrolls a worksheet into view, as a reader does (islands hydrate when visible), and waits until
 * its island has hydrated and read the stored answers. Not every worksheet has an "Add" button
 * (the profile checklist has none), so readiness is the island's own: Astro drops `ssr` once it
 * has hydrated, and the gate replaces "Loading your answers…" once the documents are read.
 */
export async function openWorksheet(worksheet: Locator): Promise<void> {
  await worksheet.scrollIntoViewIfNeeded();
  const live = worksheet.locator('.worksheet__body--live');
  await expect(live.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(live.locator('.worksheet-loading')).toHaveCount(0);
  await expect(live.locator('input:enabled, textarea:enabled, button:enabled').first()).toBeVisible();
}

/** Clicks each distinct "Add …" button of a worksheet, twice over, so nested lists get a record too. */
export async function addOneOfEverything(worksheet: Locator): Promise<void> {
  const clicked = new Set<string>();
  for (let round = 0; round < 2; round++) {
    for (const button of await worksheet.getByRole('button', { name: /^Add/ }).all()) {
      const name = (await button.textContent())?.trim() ?? '';
      if (clicked.has(name) || !(await button.isEnabled())) continue;
      clicked.add(name);
      await button.click();
    }
  }
}
