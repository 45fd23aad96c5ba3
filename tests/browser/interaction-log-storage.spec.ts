import { expect, test, type Page } from '@playwright/test';
import { makePerson } from '../../src/documents/people/schema';
import { makeInteraction } from '../support/interactions';
import { putStoredDocument } from '../support/stored-documents';
import { contactCard, inDays, openTracker, saved } from '../support/tracker';

// The interaction and give logs live in their own stored document (`interactions`) since people
// schema version 3; these tests follow a reader's logs across that move and across two tabs.

const stamp = new Date('2026-01-01T00:00:00.000Z');

/** The stored envelope under `key`, read straight from IndexedDB. */
const storedEnvelope = (page: Page, key: string) =>
  page.evaluate(
    (documentKey) =>
      new Promise<{ schemaVersion: number; data: Record<string, unknown[]> } | undefined>(
        (resolve, reject) => {
          const open = indexedDB.open('networking-workbook', 2);
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const request = open.result.transaction('documents').objectStore('documents').get(documentKey);
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as never);
            };
          };
        },
      ),
    key,
  );

test('a reader whose logs were stored with the contacts reloads with every interaction and give intact', async ({
  page,
}) => {
  const priya = makePerson('p-priya', stamp, {
    name: 'Priya Raman',
    cadence: '3-weeks',
    addedOn: inDays(-90),
  });
  const topics = Array.from({ length: 12 }, (_, i) => `Conversation number ${i + 1}`);
  // The latest of twelve interactions was 20 days ago: due tomorrow on a three-week cadence.
  const interactions = topics.map((talkedAbout, i) =>
    makeInteraction({ id: `i-${i}`, personId: 'p-priya', date: inDays(-20 - 5 * i), talkedAbout }, stamp),
  );
  const gives = [
    {
      id: 'g-1',
      updatedAt: stamp.toISOString(),
      personId: 'p-priya',
      date: inDays(-30),
      kind: 'article',
      note: 'Sent the small-sample article',
    },
  ];
  await page.goto('/404');
  await putStoredDocument(page, 'people', {
    schemaVersion: 2,
    updatedAt: stamp.toISOString(),
    data: { people: [priya], interactions, gives, deleted: {} },
  });

  await openTracker(page);
  const card = contactCard(page, 'Priya Raman');
  await expect(card.getByText('Due in 1 day')).toBeVisible();
  await saved(page);
  // Both documents are written, the logs in their own, and people no longer holds them.
  await expect.poll(async () => (await storedEnvelope(page, 'people'))?.schemaVersion).toBe(4);
  const people = (await storedEnvelope(page, 'people'))!;
  expect(people.data['interactions']).toBeUndefined();
  expect(people.data['people']![0]).toMatchObject({ lastInteraction: inDays(-20) });
  const logs = (await storedEnvelope(page, 'interactions'))!;
  expect(logs.data['interactions']).toHaveLength(12);
  expect(logs.data['gives']).toHaveLength(1);

  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Priya Raman', exact: true }).click();
  await expect(card.getByText('Due in 1 day')).toBeVisible();
  await card.getByRole('button', { name: 'Show all 12 interactions' }).click();
  for (const topic of topics) await expect(card.getByText(topic, { exact: true })).toBeVisible();
  await expect(card.getByText('Sent the small-sample article')).toBeVisible();
});

test('one tab logs an interaction while another edits the same contact: both survive, and the due date is right', async ({
  page,
  context,
}) => {
  const elise = makePerson('p-elise', stamp, {
    name: 'Elise Warren',
    cadence: '3-weeks',
    addedOn: inDays(-60),
  });
  await page.goto('/404');
  await putStoredDocument(page, 'people', {
    schemaVersion: 3,
    updatedAt: stamp.toISOString(),
    data: { people: [elise], deleted: {} },
  });
  await openTracker(page);
  const second = await context.newPage();
  await openTracker(second);

  await page.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  await second.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  const card = contactCard(page, 'Elise Warren');
  const other = contactCard(second, 'Elise Warren');

  // The first tab logs a meeting 20 days ago; the second, at the same moment, writes a note.
  await card.getByLabel('Date', { exact: true }).first().fill(inDays(-20));
  await card.getByLabel('What you talked about').fill('Clearpath hiring plans');
  await card.getByRole('button', { name: 'Save interaction' }).click();
  await other.getByLabel('Notes').fill('Prefers calls after 4 p.m.');
  await expect(card.getByText('Due in 1 day')).toBeVisible();
  await saved(page);
  await saved(second);

  for (const tab of [page, second]) {
    await tab.reload();
    await tab.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
    await tab.getByRole('button', { name: 'Elise Warren', exact: true }).click();
    const reloaded = contactCard(tab, 'Elise Warren');
    await expect(reloaded.getByText('Due in 1 day')).toBeVisible();
    await expect(reloaded.getByText('Clearpath hiring plans')).toBeVisible();
    await expect(reloaded.getByLabel('Notes')).toHaveValue('Prefers calls after 4 p.m.');
  }
  await expect
    .poll(
      async () =>
        ((await storedEnvelope(page, 'people'))!.data['people']![0] as { lastInteraction: string })
          .lastInteraction,
    )
    .toBe(inDays(-20));
});
