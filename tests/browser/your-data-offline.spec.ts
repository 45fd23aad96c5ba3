import { expect, test, type Page } from '@playwright/test';
import { putStoredDocument, readStoredDocuments } from '../support/stored-documents';
import { fixtureData } from '../support/workbook-fixtures';

// "Your data" fetches the backup code (every document's schema and the file format) only when
// the reader backs up or restores. Offline before the site was cached, that fetch fails: each
// action must say so in words and change nothing, and the rest of the page must keep working.

// No service worker: it would serve the code from its cache, which is the case this is not.
test.use({ serviceWorkers: 'block' });

const backupCode = /\/_astro\/backup\.[\w-]+\.js$/;
const panel = (page: Page) => page.getByRole('region', { name: 'Back up and restore' });

/** Clicks "Download a backup" while its code cannot come: the panel says so and nothing downloads. */
async function downloadIsRefused(page: Page) {
  let downloads = 0;
  const count = () => downloads++;
  page.on('download', count);
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await expect(panel(page).getByRole('alert')).toContainText(
    /The backup could not be made: the code it needs could not be loaded \(.+\)\. Check your connection and try again\./,
  );
  await expect(page.getByText('You have not downloaded a backup yet.')).toBeVisible();
  page.off('download', count);
  expect(downloads).toBe(0);
}

/** Chooses a backup file while the restore code cannot come: the panel says so, offers no restore. */
async function importIsRefused(page: Page, file: Parameters<Page['setInputFiles']>[1]) {
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(panel(page).getByRole('alert')).toContainText(
    /Nothing was imported: the code it needs could not be loaded \(.+\)\. Check your connection and try again\./,
  );
  await expect(page.getByRole('button', { name: 'Replace my data with this backup' })).toHaveCount(0);
}

test('backing up or restoring while its code cannot be fetched says so and changes nothing', async ({
  page,
}) => {
  await page.goto('/your-data/');
  await putStoredDocument(page, 'goals', {
    schemaVersion: 1,
    updatedAt: '2027-03-04T09:30:00.000Z',
    data: fixtureData('goals'),
  });
  await putStoredDocument(page, 'progress', {
    schemaVersion: 1,
    updatedAt: '2027-03-04T09:30:00.000Z',
    data: fixtureData('progress'),
  });
  const before = await readStoredDocuments(page);

  await page.route(backupCode, (route) => route.abort('internetdisconnected'));
  await page.reload();

  await downloadIsRefused(page);
  await importIsRefused(page, {
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "networking-workbook-backup"}'),
  });
  await expect(page.getByLabel('Backup file')).toBeEnabled();
  expect(await readStoredDocuments(page)).toEqual(before);

  // The reset list needs none of that code: it names and counts what is stored all the same.
  await expect(page.getByLabel('What to delete').getByRole('option')).toContainText([
    'Everything',
    'Goals and action plan (3)',
  ]);

  // Back online, the same page backs up without a reload.
  await page.unroute(backupCode);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^networking-workbook-backup-/);
});

test('downloading and restoring fetch their own code when used, and say so when it cannot come', async ({
  page,
}) => {
  const downloadCode = /\/_astro\/download-backup\.[\w-]+\.js$/;
  const restoreCode = /\/_astro\/ImportSummary\.[\w-]+\.js$/;
  await page.goto('/your-data/');
  const goals = { schemaVersion: 1, updatedAt: '2027-03-04T09:30:00.000Z', data: fixtureData('goals') };
  await putStoredDocument(page, 'goals', goals);
  const before = await readStoredDocuments(page);

  await page.route(downloadCode, (route) => route.abort('internetdisconnected'));
  await page.route(restoreCode, (route) => route.abort('internetdisconnected'));
  await page.reload();
  const health = page.getByRole('region', { name: 'How your browser stores it' });
  await expect(health).toContainText('request not asked yet on this page');

  await downloadIsRefused(page);
  expect(await readStoredDocuments(page)).toEqual(before);

  // Once the code can come, the same button downloads; saving the backup's date is the page's
  // first save, which asks the browser to keep the data, and the answer shows.
  await page.unroute(downloadCode);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  await expect(panel(page).getByRole('status')).toContainText(
    `Backup downloaded as ${download.suggestedFilename()}.`,
  );
  await expect(page.getByText(/Last backup: /)).toBeVisible();
  await expect(health).toContainText(/request (granted|declined by the browser)/);
  const backupPath = await download.path();

  await page.getByLabel('What to delete').selectOption({ label: 'Goals and action plan (3)' });
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText('Deleted your goals and action plan.')).toBeVisible();
  const afterReset = await readStoredDocuments(page);
  expect(afterReset['goals']).toBeUndefined();

  await importIsRefused(page, backupPath);
  expect(await readStoredDocuments(page)).toEqual(afterReset);

  // The summary brings the code that writes the restore: choosing the file again shows it, and
  // confirming puts the goals back.
  await page.unroute(restoreCode);
  await page.getByLabel('Backup file').setInputFiles(backupPath);
  const summary = page.getByRole('region', { name: /This backup is from/ });
  await page.getByLabel('Replace everything here with the backup').check();
  await expect(summary.getByRole('row', { name: 'Goals and action plan 0 3 Will be added' })).toBeVisible();
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(panel(page).getByRole('status')).toContainText(
    /Backup restored: 1 of \d+ documents updated\./,
  );
  await expect(summary).toHaveCount(0);
  expect(((await readStoredDocuments(page))['goals'] as { data: unknown }).data).toEqual(goals.data);
});
