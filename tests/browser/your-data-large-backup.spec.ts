import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CONTACTS, INTERACTIONS, makeDocument, splitDocument } from '../support/large-network';
import { putStoredDocument, readStoredDocuments } from '../support/stored-documents';

// The largest workbook the tracker is built for, 5,000 contacts and 50,000 interactions, must
// back up and restore whole: the file (about 26 MB) was once refused by its own size.

test('a large network downloads as one backup and restores from it, all of it', async ({ page }) => {
  test.setTimeout(240_000);
  const network = splitDocument(makeDocument());
  const at = '2027-03-04T09:30:00.000Z';
  const people = { schemaVersion: 4, updatedAt: at, data: network.people };
  const logs = { schemaVersion: 1, updatedAt: at, data: network.interactions };
  await page.goto('/your-data/');
  await putStoredDocument(page, 'people', people);
  await putStoredDocument(page, 'interactions', logs);
  await page.reload();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const file = await download.path();
  expect(statSync(file).size).toBeGreaterThan(5 * 1024 * 1024);
  await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded as' })).toBeVisible();

  // Another workbook in its place: one contact, no log.
  await putStoredDocument(page, 'people', {
    ...people,
    data: { people: [network.people.people[0]], deleted: {} },
  });
  await putStoredDocument(page, 'interactions', {
    ...logs,
    data: { interactions: [], gives: [], deleted: {} },
  });
  await page.reload();

  // Each step shows while it runs; checking tens of thousands of records is the longest. The check
  // keeps the page busy, so a poll from the test could miss it: record each step a drawn frame shows.
  await page.evaluate(() => {
    const shown = new Set<string>();
    (window as unknown as { stepsShown: Set<string> }).stepsShown = shown;
    const onFrame = () => {
      for (const bar of document.querySelectorAll('[role="progressbar"], progress'))
        shown.add(bar.getAttribute('aria-label') ?? '');
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });
  // The restore island hydrates after the reload; a file chosen before that would be dropped.
  await expect(page.getByLabel('Backup file')).toBeEnabled();
  await page.getByLabel('Backup file').setInputFiles(file);
  const summary = page.getByRole('region', { name: /This backup is from/ });
  // Reading and checking 26 MB takes seconds on a busy machine: wait as long as the restore may.
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Replace everything here with the backup').check();
  await expect(summary.getByRole('row', { name: /People and organizations/ })).toContainText(
    `1${CONTACTS}Will replace what is here`,
    { timeout: 60_000 },
  );
  await expect(summary.getByRole('row', { name: /Interactions and give log/ })).toContainText(
    `0${INTERACTIONS}Will be added`,
  );
  const stepsShown = await page.evaluate(() => [
    ...(window as unknown as { stepsShown: Set<string> }).stepsShown,
  ]);
  expect(stepsShown).toContain('Checking everything in the file…');
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toBeVisible({
    timeout: 60_000,
  });

  const stored = (await readStoredDocuments(page)) as Record<string, { data: typeof network.people }>;
  expect(stored['people']!.data).toEqual(network.people);
  expect((stored['interactions']!.data as unknown as typeof network.interactions).interactions).toEqual(
    network.interactions.interactions,
  );
});
