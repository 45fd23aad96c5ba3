import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { makeGoal } from '../../src/worksheets/goals/schema';
import { putStoredDocument, readStoredDocuments } from '../support/stored-documents';

const lesson = '/lessons/communication/';
const doneButton = (page: Page) => page.getByRole('button', { name: 'Lesson done' });

/** Scrolls to the static heading above the button, which a reload or hydration may re-render. */
const reachEnd = (page: Page) =>
  page.getByRole('heading', { name: 'Finished this lesson?' }).scrollIntoViewIfNeeded();

/**
 * Scrolls to the end of the lesson, as a reader does: the button's island hydrates only when it
 * becomes visible, and Playwright would otherwise wait for it to be enabled before scrolling.
 */
async function markDone(page: Page) {
  await reachEnd(page);
  await doneButton(page).click();
}
const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

/** Reads the stored progress document straight from IndexedDB, as a second opinion to the UI. */
const storedProgress = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('networking-workbook');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('documents').objectStore('documents').get('progress');
          get.onsuccess = () => {
            resolve(get.result);
            db.close();
          };
        };
      }),
  );

test('marking a lesson done survives a reload, and the sidebar and home page show it', async ({ page }) => {
  await page.goto(lesson);
  await markDone(page);
  await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
  await saved(page);
  await page.reload();
  await reachEnd(page);
  await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Communication \(done\)/ }),
  ).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('You have finished 1 of 6 lessons.')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Continue with lesson 1: Establishing Clear Goals' }),
  ).toBeVisible();
});

test('a change made just before the tab closes is saved', async ({ browser }) => {
  // No service worker, so the route below sees the page's requests.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // The closing page's save never gets its code, so the tab is sure to close with the save still
  // pending, however slow the machine is between the click and the close (a save that landed
  // first would leave nothing to test, and no warning to wait for).
  const saveCode = /\/_astro\/document-writer\.[\w-]+\.js$/;
  await page.route(saveCode, () => {});
  await page.goto(lesson);
  const asked = page.waitForRequest(saveCode);
  await markDone(page);
  await asked; // the edit asked for the save code, and is held without it
  // The reader closes the tab at once, inside the save delay, and leaves even though the
  // browser warns that a save is pending: the pagehide stash must still keep it.
  const warned = new Promise<string>((resolve) =>
    page.on('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await warned).toBe('beforeunload');
  // Reopen: the closing page's synchronous emergency copy is taken back and saved to the database.
  const again = await context.newPage();
  await again.goto(lesson);
  await reachEnd(again);
  await expect(doneButton(again)).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => storedProgress(again), { timeout: 5000 })
    .toMatchObject({ schemaVersion: 1, data: { lessons: [{ id: 'communication', done: true }] } });
  await context.close();
});

test('two tabs see each other’s edits, and both edits are kept', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto(lesson);
  await tabB.goto('/lessons/follow-up/');
  await reachEnd(tabB);
  await expect(doneButton(tabB)).toBeEnabled();
  await markDone(tabA);
  await saved(tabA);
  // Tab B's sidebar learns of tab A's change without a reload.
  const sidebarB = tabB.getByRole('navigation', { name: 'Lessons' });
  await expect(sidebarB.getByRole('link', { name: /Communication \(done\)/ })).toBeVisible();
  await markDone(tabB);
  await saved(tabB);
  await expect(
    tabA.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Follow-up \(done\)/ }),
  ).toBeVisible();
  const stored = (await storedProgress(tabA)) as { data: { lessons: { id: string; done: boolean }[] } };
  expect(
    stored.data.lessons
      .filter((l) => l.done)
      .map((l) => l.id)
      .sort(),
  ).toEqual(['communication', 'follow-up']);
});

/** Two tabs of one browser, with a stored goals document holding one goal, "Meet product analysts". */
async function twoTabsOnOneGoal(context: BrowserContext): Promise<[Page, Page]> {
  const now = new Date();
  const [tabA, tabB] = [await context.newPage(), await context.newPage()];
  await tabA.goto('/');
  await putStoredDocument(tabA, 'goals', {
    schemaVersion: 1,
    updatedAt: now.toISOString(),
    data: { objectives: [], goals: [makeGoal('g-1', now, { text: 'Meet product analysts' })], deleted: {} },
  });
  return [tabA, tabB];
}

/** The first goal's card on the goals worksheet, once it shows the stored goal. */
async function goalCard(page: Page) {
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  const card = page.getByRole('listitem', { name: 'Goal 1', exact: true });
  await expect(card.getByLabel('The goal')).toBeEnabled();
  return card;
}

/** Opens the goals worksheet and returns the first goal's card. */
async function openGoal(page: Page) {
  await page.goto('/lessons/establishing-clear-goals/');
  return goalCard(page);
}

test('two tabs editing different fields of the same goal at once both keep their text', async ({
  context,
}) => {
  const [tabA, tabB] = await twoTabsOnOneGoal(context);
  const [cardA, cardB] = [await openGoal(tabA), await openGoal(tabB)];
  await expect(cardB.getByLabel('The goal')).toHaveValue('Meet product analysts');
  // Both edits land within one save delay of each other, so neither tab has seen the other's
  // save when it makes its own: each merges its change of the goal with the other's.
  await cardA.getByLabel('The goal').fill('Meet 12 product analysts at health-tech companies');
  await cardB.getByLabel('What you will count').fill('conversations held');
  await saved(tabA);
  await saved(tabB);
  for (const tab of [tabA, tabB]) {
    const card = await openGoal(tab);
    await expect(card.getByLabel('The goal')).toHaveValue(
      'Meet 12 product analysts at health-tech companies',
    );
    await expect(card.getByLabel('What you will count')).toHaveValue('conversations held');
  }
});

/** The notice of text another tab replaced, as a screen reader finds it: in a polite status. */
const replacedNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Another tab changed' });

const storedMetric = async (page: Page) => {
  const { goals } = (await readStoredDocuments(page)) as { goals: { data: { goals: { metric: string }[] } } };
  return goals.data.goals[0]?.metric;
};

test('text typed here that another tab’s later edit replaced is offered back, and can be put back', async ({
  context,
}) => {
  const [tabA, tabB] = await twoTabsOnOneGoal(context);
  const [cardA, cardB] = [await openGoal(tabA), await openGoal(tabB)];

  // Both readers type into the same field at once; tab B's edit is the later one. Saves queue
  // behind the document's Web Lock, held here until both have typed, so that neither tab hears
  // of the other's save while the test is still filling its field (a save adopted between a
  // fill's select-all and its typing would join the two texts, which no reader does).
  await tabB.evaluate(
    () =>
      new Promise<void>((held) => {
        void navigator.locks.request('networking-workbook:goals', () => {
          held();
          return new Promise<void>((release) => {
            (window as unknown as { releaseSaves: () => void }).releaseSaves = release;
          });
        });
      }),
  );
  await cardA.getByLabel('What you will count').fill('coffee chats');
  await cardB.getByLabel('What you will count').fill('intro calls');
  await tabB.evaluate(() => (window as unknown as { releaseSaves: () => void }).releaseSaves());
  await saved(tabB);

  // Storage keeps the later edit, and tab A shows it, but tells its reader and keeps their text.
  await expect(cardA.getByLabel('What you will count')).toHaveValue('intro calls');
  await expect.poll(() => storedMetric(tabA)).toBe('intro calls');
  await expect(replacedNotice(tabA)).toContainText(
    'Another tab changed the metric of “Meet product analysts” in your goals and action plan while you were editing it here. Your text: “coffee chats”',
  );
  await expect(replacedNotice(tabB)).toHaveCount(0);
  const axe = await new AxeBuilder({ page: tabA })
    .include('.save-status')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map(({ id }) => id)).toEqual([]);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(tabA.url()).origin,
  });
  await replacedNotice(tabA).getByRole('button', { name: 'Copy my text' }).click();
  await expect(replacedNotice(tabA)).toContainText('Copied to the clipboard.');
  expect(await tabA.evaluate(() => navigator.clipboard.readText())).toBe('coffee chats');

  await replacedNotice(tabA).getByRole('button', { name: 'Put mine back' }).click();
  await expect(cardA.getByLabel('What you will count')).toHaveValue('coffee chats');
  await expect(replacedNotice(tabA)).toHaveCount(0);
  await saved(tabA);
  await tabA.reload();
  await expect((await goalCard(tabA)).getByLabel('What you will count')).toHaveValue('coffee chats');
  expect(await storedMetric(tabA)).toBe('coffee chats');

  // Now tab B's text is the one replaced; its reader is told in turn, and dismisses the notice.
  await expect(cardB.getByLabel('What you will count')).toHaveValue('coffee chats');
  await expect(replacedNotice(tabB)).toContainText('Your text: “intro calls”');
  await replacedNotice(tabB).getByRole('button', { name: 'Dismiss' }).focus();
  await tabB.keyboard.press('Enter');
  await expect(replacedNotice(tabB)).toHaveCount(0);
  expect(await storedMetric(tabB)).toBe('coffee chats');
});

test('export, reset and import give back the same data', async ({ page }) => {
  for (const path of ['/lessons/establishing-clear-goals/', '/lessons/follow-up/']) {
    await page.goto(path);
    await markDone(page);
    await saved(page);
  }
  const before = (await storedProgress(page)) as { data: unknown };

  await page.goto('/your-data/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^networking-workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
    format: string;
    documents: { progress: { data: unknown } };
  };
  expect(backup.format).toBe('networking-workbook-backup');
  expect(backup.documents.progress.data).toEqual(before.data);
  await expect(page.getByText(/Last backup: /)).toBeVisible();

  await page.getByLabel('What to delete').selectOption('all');
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Deleted all your workbook data.')).toBeVisible();
  expect(await storedProgress(page)).toBeUndefined();

  await expect(page.getByLabel('Backup file')).toBeEnabled();
  await page.getByLabel('Backup file').setInputFiles(backupPath);
  const summary = page.getByRole('region', { name: /This backup is from/ });
  await page.getByLabel('Replace everything here with the backup').check();
  await expect(summary.getByRole('row', { name: /Lesson progress 0 2 Will be added/ })).toBeVisible();
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText(/Backup restored/)).toBeVisible();
  expect(((await storedProgress(page)) as { data: unknown }).data).toEqual(before.data);

  await page.goto('/');
  await expect(page.getByText('You have finished 2 of 6 lessons.')).toBeVisible();
});

test('a bad import file is explained and changes nothing', async ({ page }) => {
  await page.goto(lesson);
  await markDone(page);
  await saved(page);
  const before = await storedProgress(page);

  await page.goto('/your-data/');
  await expect(page.getByLabel('Backup file')).toBeEnabled();
  const files = [
    { name: 'notes.txt', body: 'these are my notes', message: /not JSON/ },
    { name: 'other.json', body: '{"hello": "world"}', message: /not a workbook backup/ },
    {
      name: 'evil.json',
      body: JSON.stringify({
        format: 'networking-workbook-backup',
        formatVersion: 1,
        exportedAt: '2027-03-01T10:00:00.000Z',
        documents: {},
      }).replace('"documents"', '"__proto__":{"x":1},"documents"'),
      message: /key named "__proto__"/,
    },
  ];
  for (const file of files) {
    await page
      .getByLabel('Backup file')
      .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.body) });
    await expect(page.getByRole('region', { name: 'Back up and restore' }).getByRole('alert')).toContainText(
      file.message,
    );
    await expect(page.getByRole('button', { name: 'Replace my data with this backup' })).toHaveCount(0);
  }
  expect(await storedProgress(page)).toEqual(before);
});

test('without IndexedDB the workbook saves in localStorage, and fetches that driver only then', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(lesson);
  await markDone(page);
  await saved(page);
  expect(fetched.some((path) => /\/_astro\/localstorage\.[\w-]+\.js$/.test(path))).toBe(true);
  await page.reload();
  await reachEnd(page);
  await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored).toContain('networking-workbook/documents/progress');
  await page.goto('/your-data/');
  await expect(page.getByText('Local storage (a smaller fallback)')).toBeVisible();
  await context.close();
});

test('with IndexedDB the localStorage driver is never fetched', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(lesson);
  await markDone(page);
  await saved(page);
  expect(fetched.some((path) => path.includes('/_astro/localforage-engine.'))).toBe(true);
  expect(fetched.filter((path) => /\/_astro\/(localstorage|serializer)\./.test(path))).toEqual([]);
});

test('without IndexedDB or localStorage the workbook still works and says it is not saving', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto(lesson);
  await markDone(page);
  await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
  const notSaved = page.getByRole('status').filter({ hasText: 'Not saved' });
  await expect(notSaved).toContainText('stays only until this tab closes; download a copy to keep it');
  // The copy comes from this page, the only place the answers still exist.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a copy' }).click();
  const file = await (await downloading).path();
  const backup = JSON.parse(readFileSync(file, 'utf8')) as {
    documents: { progress: { data: { lessons: { id: string; done: boolean }[] } } };
  };
  expect(backup.documents.progress.data.lessons).toEqual([
    expect.objectContaining({ id: 'communication', done: true }),
  ]);
  await expect(notSaved).toContainText(/Backup downloaded as networking-workbook-backup-[\d-]+\.json\./);
  await page.goto('/your-data/');
  await expect(page.getByText('Memory only: nothing is kept after this tab closes')).toBeVisible();
  await context.close();
});
