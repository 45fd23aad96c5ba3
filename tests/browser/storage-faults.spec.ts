import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { makeBackup, serializeBackup } from '../../src/persistence/backup-file';
import type { Envelope } from '../../src/lib/documents';
import { makeGoal } from '../../src/worksheets/goals/schema';
import { makeDocument, splitDocument } from '../support/large-network';
import { clearStoredDocuments, putStoredDocument, readStoredDocuments } from '../support/stored-documents';
import { fixtureData } from '../support/workbook-fixtures';

// What the reader meets when the browser's database fails under them: it will not open, a read
// fails, a restore runs out of space, or the tab closes while a restore is written.

const goalsLesson = '/lessons/establishing-clear-goals/';
const problemLine = (page: Page) => page.getByRole('status').filter({ hasText: 'could not be read' });
const goalTexts = (page: Page) =>
  page
    .getByRole('listitem', { name: /^Goal \d+$/ })
    .getByLabel('The goal')
    .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value).sort());

/** Opens the goals worksheet, which hydrates once scrolled into view, as a reader does. */
async function openWorksheet(page: Page) {
  await page.goto(goalsLesson);
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add a goal' })).toBeVisible();
}

/** An earlier visit's goals, saved through the worksheet so the browser knows it holds answers. */
async function saveAGoal(page: Page) {
  const now = new Date();
  await page.goto('/');
  await putStoredDocument(page, 'goals', {
    schemaVersion: 1,
    updatedAt: now.toISOString(),
    data: { objectives: [], goals: [makeGoal('g-1', now, { text: 'Meet product analysts' })], deleted: {} },
  });
  await openWorksheet(page);
  const card = page.getByRole('listitem', { name: 'Goal 1', exact: true });
  await card.getByLabel('What you will count').fill('conversations held');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
}

/**
 * Makes one IndexedDB method throw on this page from its first script on, as a broken or
 * blocked database does; `window.mendDatabase()` puts it right, as the browser recovering does.
 */
async function breakDatabase(page: Page, method: 'open' | 'get') {
  await page.addInitScript((broken) => {
    const prototype = (broken === 'open'
      ? IDBFactory.prototype
      : IDBObjectStore.prototype) as unknown as Record<string, unknown>;
    const real = prototype[broken];
    prototype[broken] = () => {
      throw new DOMException('Internal error opening backing store for indexedDB.', 'UnknownError');
    };
    (window as unknown as { mendDatabase: () => void }).mendDatabase = () => {
      prototype[broken] = real;
    };
  }, method);
}

test('when the database will not open, the page says so, keeps what is typed, and takes it back in once it opens', async ({
  context,
}) => {
  const first = await context.newPage();
  await saveAGoal(first);

  const page = await context.newPage();
  await breakDatabase(page, 'open');
  await openWorksheet(page);
  await expect(problemLine(page)).toContainText('Your saved answers could not be read');
  await expect(problemLine(page)).toContainText('They are untouched in this browser');
  await expect(page.getByText('Saved in this browser')).toHaveCount(0);
  // A copy of this page would hold none of the saved answers, so none is offered.
  await expect(page.getByRole('button', { name: 'Download a copy' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.keyboard.type('Ask two alumni for an introduction');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('networking-workbook/documents/goals') ?? ''))
    .toContain('Ask two alumni for an introduction');
  // Kept, but not where the saved answers are: the page goes on saying so.
  await expect(problemLine(page)).toContainText('kept in this browser’s local storage');
  await expect(page.getByText('Saved in this browser')).toHaveCount(0);

  // Trying again loads the page afresh; with the database still closed, the text typed is shown
  // again from where it was kept, and the page still says the saved answers are out of reach.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(problemLine(page)).toContainText('The browser’s database would not open');
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(
    page.getByRole('listitem', { name: 'Goal 1', exact: true }).getByLabel('The goal'),
  ).toHaveValue('Ask two alumni for an introduction');
  await page.close();

  // Once the database opens, what was kept meanwhile joins the saved answers, and nowhere else.
  const mended = await context.newPage();
  await openWorksheet(mended);
  await expect(mended.getByRole('listitem', { name: 'Goal 2', exact: true })).toBeVisible();
  expect(await goalTexts(mended)).toEqual(['Ask two alumni for an introduction', 'Meet product analysts']);
  await expect(mended.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  expect(await mended.evaluate(() => localStorage.getItem('networking-workbook/documents/goals'))).toBeNull();
  await first.reload();
  await first.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(first.getByRole('listitem', { name: 'Goal 2', exact: true })).toBeVisible();
});

test('when reading fails, the page says the saved answers are untouched and reads them on trying again', async ({
  context,
}) => {
  const first = await context.newPage();
  await saveAGoal(first);
  const before = await readStoredDocuments(first);

  const page = await context.newPage();
  await breakDatabase(page, 'get');
  await openWorksheet(page);
  await expect(problemLine(page)).toContainText(/Your saved [a-z ]+ could not be read: /);
  await expect(problemLine(page)).toContainText(
    'Nothing was changed or deleted; it is still in this browser.',
  );
  // Nothing on the page is the reader's saved text, so no copy of it is offered.
  await expect(page.getByRole('button', { name: 'Download a copy' })).toHaveCount(0);

  await page.evaluate(() => (window as unknown as { mendDatabase: () => void }).mendDatabase());
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('listitem', { name: 'Goal 1', exact: true }).getByLabel('The goal'),
  ).toHaveValue('Meet product analysts');
  await expect(problemLine(page)).toHaveCount(0);
  expect(await readStoredDocuments(first)).toEqual(before);
});

/** The reader's current workbook: one goal, one contact, one lesson done. */
async function storeOldWorkbook(page: Page) {
  const at = '2027-01-10T09:00:00.000Z';
  await page.goto('/your-data/');
  await clearStoredDocuments(page);
  await putStoredDocument(page, 'goals', {
    schemaVersion: 1,
    updatedAt: at,
    data: { objectives: [], goals: [makeGoal('g-old', new Date(at), { text: 'The old goal' })], deleted: {} },
  });
  await putStoredDocument(page, 'progress', {
    schemaVersion: 1,
    updatedAt: at,
    data: { lessons: [{ id: 'communication', done: true, updatedAt: at }] },
  });
  await page.reload();
}

/** A backup file of the sample workbook, with every document, written where the test can pick it. */
function backupFile(path: string, documents: Record<string, unknown>) {
  const at = '2027-03-01T10:00:00.000Z';
  const versions: Record<string, number> = { people: 3 };
  const envelopes: Record<string, Envelope> = {};
  for (const [key, data] of Object.entries(documents)) {
    envelopes[key] = { schemaVersion: versions[key] ?? 1, updatedAt: at, data };
  }
  writeFileSync(path, serializeBackup(makeBackup(envelopes, new Date(at))));
  return path;
}

const sample = () => ({
  goals: fixtureData('goals'),
  people: fixtureData('people', 3),
  interactions: fixtureData('interactions'),
  pitch: fixtureData('pitch'),
  communication: fixtureData('communication'),
  development: fixtureData('development'),
});

async function chooseAndConfirm(page: Page, file: string) {
  await expect(page.getByLabel('Backup file')).toBeEnabled();
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(page.getByRole('region', { name: /This backup is from/ })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Replace everything here with the backup').check();
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
}

test('a restore that runs out of space on its third write changes nothing, and says why', async ({
  page,
}, info) => {
  await storeOldWorkbook(page);
  const before = await readStoredDocuments(page);
  const file = backupFile(info.outputPath('sample-backup.json'), sample());
  // From now on the browser refuses the third write this page asks for, as a full disk does.
  await page.evaluate(() => {
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')!
      .value as IDBObjectStore['put'];
    let writes = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (++writes >= 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await chooseAndConfirm(page, file);
  await expect(
    page.getByText(/Nothing was imported: The browser’s storage for this site is full\./),
  ).toBeVisible();
  expect(await readStoredDocuments(page)).toEqual(before);
});

test('closing the tab while a large restore is written leaves the old workbook or the new one, never a mix', async ({
  context,
}, info) => {
  test.setTimeout(180_000);
  const network = splitDocument(makeDocument());
  const file = backupFile(info.outputPath('large-backup.json'), {
    ...sample(),
    people: network.people,
    interactions: { ...network.interactions, interactions: network.interactions.interactions.slice(0, 8000) },
  });
  for (let trial = 0; trial < 3; trial++) {
    const page = await context.newPage();
    await storeOldWorkbook(page);
    await chooseAndConfirm(page, file);
    // Closed just after the reader confirms, at a different moment of the write each trial.
    await page.waitForTimeout(trial * 25);
    await page.close();

    const check = await context.newPage();
    await check.goto('/your-data/');
    const stored = (await readStoredDocuments(check)) as Record<string, { updatedAt: string } | undefined>;
    const written = ['goals', 'people', 'interactions', 'pitch', 'communication', 'development'].map(
      (key) => stored[key]?.updatedAt !== undefined && stored[key]?.updatedAt !== '2027-01-10T09:00:00.000Z',
    );
    expect(new Set(written).size, `trial ${trial + 1}: ${JSON.stringify(written)}`).toBe(1);
    await check.close();
  }
});
