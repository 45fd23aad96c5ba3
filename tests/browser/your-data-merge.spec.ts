import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readStoredDocuments } from '../support/stored-documents';
import { openPlan } from '../support/plan';

// Two browser contexts share no storage, as a laptop and a phone share none: each is a device.

const lesson = '/lessons/establishing-clear-goals/';
const goalCard = (page: Page, n: number) => page.getByRole('listitem', { name: `Goal ${n}`, exact: true });
const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

async function openGoals(page: Page) {
  await page.goto(lesson);
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add a goal' })).toBeEnabled();
}

async function addGoal(page: Page, n: number, text: string) {
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await goalCard(page, n).getByLabel('The goal').fill(text);
}

/** The goal texts shown on the worksheet, in order; `open` first opens the lesson. */
async function goalTexts(page: Page, open = true): Promise<string[]> {
  if (open) await openGoals(page);
  const fields = page.getByRole('listitem', { name: /^Goal \d+$/ }).getByLabel('The goal');
  return fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLTextAreaElement).value));
}

/** Downloads a backup from "Your data" (locked when `passphrase` is given); resolves to its path. */
async function downloadBackup(page: Page, passphrase?: string): Promise<string> {
  await page.goto('/your-data/');
  if (passphrase) {
    await page.getByText('Lock the file with a passphrase (optional)').click();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Repeat the passphrase').fill(passphrase);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  return download.path();
}

/** Chooses a backup file on "Your data" and waits for its summary. */
async function chooseBackup(page: Page, path: string) {
  await page.goto('/your-data/');
  await expect(page.getByLabel('Backup file')).toBeEnabled();
  await page.getByLabel('Backup file').setInputFiles(path);
}

async function mergeBackup(page: Page, path: string) {
  await chooseBackup(page, path);
  await expect(page.getByLabel('Merge with what is here: keeps what you wrote in both places')).toBeChecked();
  await page.getByRole('button', { name: 'Merge this backup into my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Backup merged/ })).toBeVisible();
}

async function device(browser: Browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  return { context, page: await context.newPage() };
}

test('a backup from another device merges record by record, and the round trip back loses nothing', async ({
  browser,
}) => {
  const laptop = await device(browser);
  const phone = await device(browser);

  // The laptop starts the workbook and carries it to the phone.
  await openGoals(laptop.page);
  await addGoal(laptop.page, 1, 'Meet product analysts');
  await addGoal(laptop.page, 2, 'Rewrite my pitch');
  await saved(laptop.page);
  // With answers and no backup yet, the plan and "Your data" say so; the backup quiets them.
  await openPlan(laptop.page);
  await expect(laptop.page.getByText('You have not made a backup yet.')).toBeVisible();
  await expect(laptop.page.getByRole('link', { name: 'Back up on “Your data”' })).toBeVisible();
  await laptop.page.goto('/your-data/');
  await expect(laptop.page.getByText(/You have not made a backup yet\. Download one/)).toBeVisible();
  const first = await downloadBackup(laptop.page);
  await expect(laptop.page.getByText(/You have not made a backup yet/)).toHaveCount(0);
  await mergeBackup(phone.page, first);
  expect(await goalTexts(phone.page)).toEqual(['Meet product analysts', 'Rewrite my pitch']);

  // Each device then changes a different field of goal 1, and other goals.
  await openGoals(laptop.page);
  await goalCard(laptop.page, 1)
    .getByLabel('The goal')
    .fill('Meet 12 product analysts at health-tech companies');
  await laptop.page.getByRole('button', { name: 'Delete goal 2' }).click();
  await addGoal(laptop.page, 2, 'Join the Columbus meetup');
  await saved(laptop.page);

  await openGoals(phone.page);
  await goalCard(phone.page, 1).getByLabel('What you will count').fill('conversations held');
  await addGoal(phone.page, 3, 'Ask Dana for an introduction');
  await saved(phone.page);

  // The laptop's new backup, merged on the phone: the summary says what it does to each side.
  const fromLaptop = await downloadBackup(laptop.page);
  await chooseBackup(phone.page, fromLaptop);
  const summary = phone.page.getByRole('region', { name: /This backup is from/ });
  await expect(
    summary.getByRole('row', {
      name: /^Goals .*Adds 1, changes 1, deletes 1 \(deleted on the other device\)/,
    }),
  ).toBeVisible();
  await phone.page.getByRole('button', { name: 'Merge this backup into my data' }).click();
  await expect(phone.page.getByRole('status').filter({ hasText: /Backup merged/ })).toBeVisible();

  await phone.page.reload();
  expect(await goalTexts(phone.page)).toEqual([
    'Meet 12 product analysts at health-tech companies',
    'Join the Columbus meetup',
    'Ask Dana for an introduction',
  ]);
  await expect(goalCard(phone.page, 1).getByLabel('What you will count')).toHaveValue('conversations held');
  await expect(phone.page.getByRole('listitem', { name: /^Goal \d+$/ })).toHaveCount(3);

  // And back to the laptop: the phone's backup brings its goal and its field, and undoes nothing.
  await mergeBackup(laptop.page, await downloadBackup(phone.page));
  const texts = await goalTexts(laptop.page);
  expect(texts).toHaveLength(3);
  expect(texts).toEqual(
    expect.arrayContaining([
      'Meet 12 product analysts at health-tech companies',
      'Join the Columbus meetup',
      'Ask Dana for an introduction',
    ]),
  );
  await expect(goalCard(laptop.page, 1).getByLabel('What you will count')).toHaveValue('conversations held');

  await laptop.context.close();
  await phone.context.close();
});

test('a merge reaches another open tab, which keeps what it has not saved yet', async ({ browser }) => {
  const laptop = await device(browser);
  await openGoals(laptop.page);
  await addGoal(laptop.page, 1, 'From the laptop');
  await saved(laptop.page);
  const fromLaptop = await downloadBackup(laptop.page);

  const phone = await device(browser);
  await openGoals(phone.page);
  await addGoal(phone.page, 1, 'From the phone');
  await saved(phone.page);
  const worksheetTab = await phone.context.newPage();
  await openGoals(worksheetTab);
  await expect(goalCard(worksheetTab, 1).getByLabel('The goal')).toHaveValue('From the phone');

  await mergeBackup(phone.page, fromLaptop);
  await expect(worksheetTab.getByRole('listitem', { name: /^Goal \d+$/ })).toHaveCount(2);
  expect((await goalTexts(worksheetTab, false)).sort()).toEqual(['From the laptop', 'From the phone']);

  await laptop.context.close();
  await phone.context.close();
});

test('a locked backup round-trips, and a wrong passphrase says so and changes nothing', async ({
  browser,
}) => {
  const laptop = await device(browser);
  await openGoals(laptop.page);
  await addGoal(laptop.page, 1, 'Kept under lock');
  await saved(laptop.page);
  const path = await downloadBackup(laptop.page, 'a long shared passphrase');
  const text = readFileSync(path, 'utf8');
  expect(text).not.toContain('Kept under lock');
  expect(JSON.parse(text)).toMatchObject({ formatVersion: 3, encryption: { kdf: 'PBKDF2-SHA-256' } });

  const phone = await device(browser);
  await openGoals(phone.page);
  await addGoal(phone.page, 1, 'Already on the phone');
  await saved(phone.page);
  const before = await readStoredDocuments(phone.page);

  await chooseBackup(phone.page, path);
  await expect(
    phone.page.getByText('This backup is locked with a passphrase. Enter it to restore.'),
  ).toBeVisible();
  await phone.page.getByLabel('Passphrase for this backup').fill('not the passphrase');
  await phone.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(
    phone.page.getByRole('alert').filter({ hasText: 'This passphrase does not open the backup' }),
  ).toBeVisible();
  await expect(phone.page.getByRole('region', { name: /This backup is from/ })).toHaveCount(0);
  expect(await readStoredDocuments(phone.page)).toEqual(before);

  // A file changed since it was locked is refused the same way, even with the right passphrase.
  const tampered = JSON.parse(text) as { ciphertext: string };
  tampered.ciphertext = `${tampered.ciphertext.startsWith('A') ? 'B' : 'A'}${tampered.ciphertext.slice(1)}`;
  const tamperedPath = `${path}-tampered.json`;
  writeFileSync(tamperedPath, JSON.stringify(tampered));
  await chooseBackup(phone.page, tamperedPath);
  await phone.page.getByLabel('Passphrase for this backup').fill('a long shared passphrase');
  await phone.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(
    phone.page.getByRole('alert').filter({ hasText: 'or the file was changed since' }),
  ).toBeVisible();
  expect(await readStoredDocuments(phone.page)).toEqual(before);

  await chooseBackup(phone.page, path);
  await phone.page.getByLabel('Passphrase for this backup').fill('a long shared passphrase');
  await phone.page.getByRole('button', { name: 'Unlock' }).click();
  await phone.page.getByRole('button', { name: 'Merge this backup into my data' }).click();
  await expect(phone.page.getByRole('status').filter({ hasText: /Backup merged/ })).toBeVisible();
  expect((await goalTexts(phone.page)).sort()).toEqual(['Already on the phone', 'Kept under lock']);

  await laptop.context.close();
  await phone.context.close();
});

test('“Send a copy” hands the backup file to the share sheet, and downloads it where there is none', async ({
  browser,
}) => {
  const phone = await device(browser);
  // A phone's share sheet, as far as the page can see it: canShare says yes to files, share takes them.
  await phone.page.addInitScript(() => {
    const shared: { name: string; type: string; text: string }[] = [];
    Object.assign(window, { shared });
    Object.assign(navigator, {
      canShare: (data: { files?: File[] }) => Boolean(data.files?.length),
      share: async (data: { files: File[] }) => {
        for (const file of data.files)
          shared.push({ name: file.name, type: file.type, text: await file.text() });
      },
    });
  });
  await openGoals(phone.page);
  await addGoal(phone.page, 1, 'Sent from the phone');
  await saved(phone.page);
  await phone.page.goto('/your-data/');
  await phone.page.getByRole('button', { name: 'Send a copy' }).click();
  await expect(phone.page.getByRole('status').filter({ hasText: /handed to the share sheet/ })).toBeVisible();
  const shared = await phone.page.evaluate(
    () => (window as unknown as { shared: { name: string; type: string; text: string }[] }).shared,
  );
  expect(shared).toHaveLength(1);
  expect(shared[0]!.name).toMatch(/^networking-workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(shared[0]!.type).toBe('application/json');
  expect(shared[0]!.text).toContain('Sent from the phone');

  // A desktop browser without file sharing: the same button downloads the file.
  const laptop = await device(browser);
  await openGoals(laptop.page);
  await addGoal(laptop.page, 1, 'Sent from the laptop');
  await saved(laptop.page);
  await laptop.page.goto('/your-data/');
  const [download] = await Promise.all([
    laptop.page.waitForEvent('download'),
    laptop.page.getByRole('button', { name: 'Send a copy' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Sent from the laptop');
  await expect(
    laptop.page.getByRole('status').filter({ hasText: /cannot hand files to other apps/ }),
  ).toBeVisible();

  await laptop.context.close();
  await phone.context.close();
});

test('a backup file dropped on the page is checked like one chosen', async ({ browser }) => {
  const laptop = await device(browser);
  await openGoals(laptop.page);
  await addGoal(laptop.page, 1, 'Dropped in');
  await saved(laptop.page);
  const text = readFileSync(await downloadBackup(laptop.page), 'utf8');

  const phone = await device(browser);
  await phone.page.goto('/your-data/');
  await expect(phone.page.getByLabel('Backup file')).toBeEnabled();
  const transfer = await phone.page.evaluateHandle((body) => {
    const data = new DataTransfer();
    data.items.add(new File([body], 'backup.json', { type: 'application/json' }));
    return data;
  }, text);
  const heading = phone.page.getByRole('heading', { name: 'Your answers live in this browser' });
  await heading.dispatchEvent('dragover', { dataTransfer: transfer });
  await heading.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(phone.page.getByRole('region', { name: /This backup is from/ })).toBeVisible();
  await phone.page.getByRole('button', { name: 'Merge this backup into my data' }).click();
  await expect(phone.page.getByRole('status').filter({ hasText: /Backup merged/ })).toBeVisible();
  expect(await goalTexts(phone.page)).toEqual(['Dropped in']);

  await laptop.context.close();
  await phone.context.close();
});
