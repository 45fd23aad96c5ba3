import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { formatDate } from '../../../src/lib/dates';
import { makePerson, type Person } from '../../../src/documents/people/schema';
import { putStoredDocument } from '../../support/stored-documents';
import { contactCard, inDays, openTracker, saved } from '../../support/tracker';

const stamp = '2026-01-01T00:00:00.000Z';

/** A contact as version 2 stores them: met two months ago, followed up every three weeks. */
const person = (id: string, name: string, fields: Partial<Person> = {}) =>
  makePerson(id, new Date(stamp), {
    name,
    status: 'contacted',
    addedOn: inDays(-60),
    cadence: '3-weeks',
    ...fields,
  });

/** Stores a people document, as an earlier visit would have, then opens the tracker. */
async function seed(page: Page, data: { people: unknown[]; interactions?: unknown[]; gives?: unknown[] }) {
  await page.goto('/404');
  await putStoredDocument(page, 'people', {
    schemaVersion: 2,
    updatedAt: stamp,
    data: { interactions: [], gives: [], deleted: {}, ...data },
  });
}

const thisWeek = (page: Page) => page.getByRole('region', { name: 'This week' });
const followUpsDue = (page: Page) => thisWeek(page).getByRole('list', { name: 'Follow-ups due' });
const thankYousDue = (page: Page) => thisWeek(page).getByRole('list', { name: 'Thank-you notes to send' });

test('a reader adds a contact, logs an interaction and sees the next due date move; reload and a second tab keep it', async ({
  page,
  context,
}) => {
  await openTracker(page);
  await expect(page.getByText(/No contacts yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Elise Warren');
  await page.getByLabel('Organization', { exact: true }).fill('Clearpath Health');
  await page.getByLabel('Follow up').selectOption('3-weeks');
  await page.getByLabel('Tags').fill('health-tech, target company');
  await page.getByLabel('Tags').press('Tab');

  const card = contactCard(page, 'Elise Warren');
  await expect(card.getByText('Due in 21 days')).toBeVisible();

  // A meeting 20 days ago: due tomorrow, so it shows in "This week".
  await card.getByLabel('Date', { exact: true }).first().fill(inDays(-20));
  await card.getByLabel('What you talked about').fill('How Clearpath measures app engagement');
  await card.getByLabel('What they shared').fill('Small clinics make experiments slow to read');
  await card.getByRole('button', { name: 'Save interaction' }).click();
  await expect(card.getByText('Due in 1 day')).toBeVisible();
  await expect(followUpsDue(page).getByText('Elise Warren')).toBeVisible();
  await expect(followUpsDue(page).getByText('Due soon')).toBeVisible();

  // Logging today's call restarts the cadence from today; its thank-you note is what is due now.
  // The meeting 20 days ago was backfilled, so it asked for no note of its own.
  await card.getByLabel('Channel').selectOption('call');
  await card.getByRole('button', { name: 'Save interaction' }).click();
  await expect(card.getByText('Due in 21 days')).toBeVisible();
  await expect(followUpsDue(page)).toHaveCount(0);
  await expect(thankYousDue(page).getByText('Elise Warren')).toHaveCount(1);
  await saved(page);

  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Elise Warren', exact: true })).toBeVisible();
  await expect(contactCard(page, 'Elise Warren').getByText('Due in 21 days')).toBeVisible();

  const second = await context.newPage();
  await openTracker(second);
  await second.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  const other = contactCard(second, 'Elise Warren');
  await expect(other.getByText('How Clearpath measures app engagement')).toBeVisible();
  await expect(other.getByLabel('Tags')).toHaveValue('health-tech, target company');
});

test('an unsaved interaction note survives opening another contact and a reload, and goes once saved', async ({
  page,
}) => {
  await seed(page, { people: [person('p-daniel', 'Daniel Osei'), person('p-amara', 'Amara Lind')] });
  await openTracker(page);
  const daniel = page.getByRole('button', { name: 'Daniel Osei', exact: true });
  const talked = () => contactCard(page, 'Daniel Osei').getByLabel('What you talked about');
  await daniel.click();
  await talked().fill('His open data engineering roles');
  // Opening another contact closes this one, and with it the form.
  await page.getByRole('button', { name: 'Amara Lind', exact: true }).click();
  await expect(talked()).toHaveCount(0);
  await daniel.click();
  await expect(talked()).toHaveValue('His open data engineering roles');

  // Leaving the page with the note unsaved asks first; staying keeps it, and so does a reload.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.goto('/').catch(() => {});
  await expect(talked()).toHaveValue('His open data engineering roles');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await daniel.click();
  await expect(talked()).toHaveValue('His open data engineering roles');

  await contactCard(page, 'Daniel Osei').getByRole('button', { name: 'Save interaction' }).click();
  await expect(contactCard(page, 'Daniel Osei').getByText('His open data engineering roles')).toBeVisible();
  await expect(talked()).toHaveValue('');
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await daniel.click();
  await expect(talked()).toHaveValue('');
});

test('an overdue contact shows in This week in words, and a snooze takes it off', async ({ page }) => {
  await seed(page, { people: [person('p-daniel', 'Daniel Osei', { organization: 'Orrin Health' })] });
  await openTracker(page);
  const week = thisWeek(page);
  await expect(week.getByText('Daniel Osei')).toBeVisible();
  await expect(week.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(week.getByText(/Overdue by 39 days/)).toBeVisible();
  await week.getByRole('button', { name: 'Snooze Daniel Osei for a week' }).click();
  await expect(week.getByText(/Nobody is due this week/)).toBeVisible();
  await expect(contactCard(page, 'Daniel Osei').getByText('Due in 7 days')).toBeVisible();
  await saved(page);
});

test('logging an interaction works from the keyboard alone', async ({ page }) => {
  await seed(page, { people: [person('p-daniel', 'Daniel Osei')] });
  await openTracker(page);
  await thisWeek(page).getByRole('button', { name: 'Log interaction with Daniel Osei' }).focus();
  await page.keyboard.press('Enter');
  const card = contactCard(page, 'Daniel Osei');
  await expect(card.getByLabel('Date', { exact: true }).first()).toBeFocused();
  const talked = card.getByLabel('What you talked about');
  for (let i = 0; i < 8 && !(await talked.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(talked).toBeFocused();
  await page.keyboard.type('His open data engineering roles');
  const submit = card.getByRole('button', { name: 'Save interaction' });
  for (let i = 0; i < 8 && !(await submit.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByText(/Logged\. The next follow-up now counts from/)).toBeVisible();
  await expect(card.getByText('Due in 21 days')).toBeVisible();
  await expect(followUpsDue(page)).toHaveCount(0);
  await expect(
    thankYousDue(page).getByRole('button', { name: 'Write the note to Daniel Osei' }),
  ).toBeVisible();
});

test.describe('a contact’s details and the edits load on first use', () => {
  // The page's own requests, not a service worker's cache, so the test controls when the code arrives.
  test.use({ serviceWorkers: 'block' });
  const detailsCode = /\/_astro\/contact-details\.[\w-]+\.js$/;

  test('while the code is on its way the row says so, then focus lands in the new contact’s name', async ({
    page,
  }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(detailsCode, async (route) => {
      await held;
      await route.continue();
    });
    await openTracker(page);
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const card = contactCard(page, 'Unnamed contact');
    await expect(card.getByText('Opening this contact…')).toBeVisible();
    await expect(card.getByLabel('Name', { exact: true })).toHaveCount(0);
    release();
    await expect(card.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.type('Elise Warren');
    await expect(page.getByRole('button', { name: 'Elise Warren', exact: true })).toBeVisible();
    await expect(card.getByText('Opening this contact…')).toHaveCount(0);
  });

  test('when the code cannot be fetched the row says so in words, and the list still works', async ({
    page,
  }) => {
    await seed(page, { people: [person('p-daniel', 'Daniel Osei'), person('p-amara', 'Amara Lind')] });
    await page.route(detailsCode, (route) => route.abort('internetdisconnected'));
    await openTracker(page);
    const toggle = page.getByRole('button', { name: 'Daniel Osei', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(contactCard(page, 'Daniel Osei').getByRole('alert')).toContainText(
      'This part of the worksheet could not be loaded',
    );
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.getByLabel('Search contacts').fill('Amara');
    await expect(page.getByText('1 of 2 contacts match')).toBeVisible();
  });

  test('when the edits cannot be fetched a snooze says so in words and changes nothing', async ({ page }) => {
    await seed(page, { people: [person('p-daniel', 'Daniel Osei')] });
    await page.route(/\/_astro\/follow-up-store\.[\w-]+\.js$/, (route) =>
      route.abort('internetdisconnected'),
    );
    await openTracker(page);
    await thisWeek(page).getByRole('button', { name: 'Snooze Daniel Osei for a week' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'That change could not be made' })).toBeVisible();
    await expect(thisWeek(page).getByText('Daniel Osei')).toBeVisible();
    await expect(contactCard(page, 'Daniel Osei').getByText(/Overdue by 39 days/)).toBeVisible();
  });
});

test('the thank-you composer drafts from the log, copies the note and marks it sent', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page, {
    people: [person('p-elise', 'Elise Warren', { metHow: 'the Columbus Health Data Meetup' })],
    interactions: [
      {
        id: 'i-1',
        updatedAt: stamp,
        personId: 'p-elise',
        date: inDays(0),
        channel: 'in-person',
        talkedAbout: 'How Clearpath measures app engagement',
        theyShared: 'Small clinics make experiments slow to read',
        promised: 'Send the small-sample article',
        thankYou: 'to-send',
        thankYouSentOn: null,
      },
    ],
  });
  await openTracker(page);
  await page.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  const card = contactCard(page, 'Elise Warren');
  await expect(card.getByText(/Send a thank-you note by/)).toBeVisible();
  await card.getByRole('button', { name: 'Write the thank-you note' }).click();
  await card.getByLabel('Tone').selectOption('brief');
  await card.getByLabel('Sign as').fill('Maya');
  await card.getByLabel('Sign as').press('Tab');
  const note = card.getByLabel(/Your note/);
  await expect(note).toHaveValue(/Thanks for meeting me at the Columbus Health Data Meetup/);
  await expect(note).toHaveValue(/I'll send the small-sample article, as promised\./);
  // The result's live region is there, empty, before the click: screen readers announce it then.
  const composerStatus = card
    .getByRole('group', { name: /^Thank-you note to Elise Warren/ })
    .getByRole('status');
  await expect(composerStatus).toBeEmpty();
  await card.getByRole('button', { name: 'Copy note' }).click();
  await expect(composerStatus).toHaveText(/^✓ Copied\. Paste it into your email/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Subject: Great to meet you at the Columbus Health Data Meetup');
  expect(copied).toContain('Best, Maya');

  // An edited note outlives closing the composer and reloading the page, until it is sent.
  await note.press('ControlOrMeta+End');
  await note.pressSequentially('\nP.S. Congratulations on the launch.');
  await card.getByRole('button', { name: 'Close the thank-you note' }).click();
  await card.getByRole('button', { name: 'Write the thank-you note' }).click();
  await expect(note).toHaveValue(/Best, Maya\nP\.S\. Congratulations on the launch\.$/);
  await page.reload();
  await openTracker(page);
  await page.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  await card.getByRole('button', { name: 'Write the thank-you note' }).click();
  await expect(note).toHaveValue(/P\.S\. Congratulations on the launch\.$/);
  await expect(card.getByLabel('Tone')).toHaveValue('brief');
  await card.getByRole('button', { name: 'Mark as sent' }).click();
  expect(await page.evaluate(() => sessionStorage.getItem('networking-workbook:thank-you-drafts'))).toBe(
    '{}',
  );
  await expect(card.getByText(/Thank-you note sent on/)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Write the thank-you note' })).toHaveCount(0);
});

/** Elise, met today, her cadence counting from today, with the thank-you note of that meeting to send. */
const metToday = (talkedAbout = '20-minute intro call about the data team') => ({
  people: [
    person('p-elise', 'Elise Warren', {
      metHow: 'the Columbus Health Data Meetup',
      lastInteraction: inDays(0),
    }),
  ],
  interactions: [
    {
      id: 'i-1',
      updatedAt: stamp,
      personId: 'p-elise',
      date: inDays(0),
      channel: 'call',
      talkedAbout,
      theyShared: 'She plans to hire a product analyst this summer.',
      promised: 'Send the small-sample article',
      thankYou: 'to-send',
      thankYouSentOn: null,
    },
  ],
});

test('This week lists a thank-you note due tomorrow with its send-by day, and leads to the note', async ({
  page,
}) => {
  await seed(page, metToday());
  await openTracker(page);
  const week = thisWeek(page);
  await expect(week.getByText(/Nobody is due this week/)).toHaveCount(0);
  const notes = thankYousDue(page);
  await expect(notes.getByRole('listitem')).toHaveText(
    new RegExp(`Elise Warren.*Thank-you note · send by ${formatDate(inDays(1))}`),
  );
  await notes.getByRole('button', { name: 'Write the note to Elise Warren' }).click();
  const card = contactCard(page, 'Elise Warren');
  const write = card.getByRole('button', { name: 'Write the thank-you note' });
  await expect(write).toBeFocused();
  await page.keyboard.press('Enter');
  const note = card.getByLabel(/Your note/);
  await expect(note).toHaveValue(
    /Thank you for the call\. I really enjoyed our conversation about the data team\./,
  );
  await expect(note).toHaveValue(/I was glad to hear you plan to hire a product analyst this summer\./);
});

test('a thank-you note can be marked not needed from This week or the log, undone, and stays so after a reload', async ({
  page,
}) => {
  await seed(page, metToday());
  await openTracker(page);
  const week = thisWeek(page);
  await week.getByRole('button', { name: 'No note needed for Elise Warren' }).click();
  await expect(week.getByText(/Nobody is due this week/)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'No thank-you note needed for Elise Warren.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(week.getByRole('button', { name: 'No note needed for Elise Warren' })).toBeVisible();

  await page.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  const card = contactCard(page, 'Elise Warren');
  await expect(card.getByText(/Send a thank-you note by/)).toBeVisible();
  await card.getByRole('button', { name: `No note needed for ${formatDate(inDays(0))}` }).click();
  await expect(card.getByText(/Send a thank-you note by/)).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Write the thank-you note' })).toHaveCount(0);
  await expect(week.getByText(/Nobody is due this week/)).toBeVisible();
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await expect(thisWeek(page).getByText(/Nobody is due this week/)).toBeVisible();
  await page.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  await expect(contactCard(page, 'Elise Warren').getByText(/Send a thank-you note by/)).toHaveCount(0);
});

test('changing the tone keeps an edited note, offers the new draft, and Undo brings the edit back', async ({
  page,
}) => {
  await seed(page, metToday());
  await openTracker(page);
  await page.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  const card = contactCard(page, 'Elise Warren');
  await card.getByRole('button', { name: 'Write the thank-you note' }).click();
  const note = card.getByLabel(/Your note/);
  await expect(note).toHaveValue(/^Subject: .*\n\nHi Elise,\n\nThank you for the call\./);
  // Unedited, a new tone simply redrafts.
  await card.getByLabel('Tone').selectOption('brief');
  await expect(note).toHaveValue(/Hi Elise,\n\nThanks for the call; I enjoyed talking about/);
  await note.press('Control+End');
  await note.pressSequentially('\nPS: the Lisbon team sends their best.');
  const edited = await note.inputValue();
  await card.getByLabel('Tone').selectOption('formal');
  await expect(note).toHaveValue(edited);
  await card.getByRole('button', { name: 'Use the new formal draft' }).click();
  await expect(note).toHaveValue(/Dear Elise Warren,/);
  await expect(note).not.toHaveValue(/PS: the Lisbon team/);
  await card.getByRole('button', { name: 'Undo' }).click();
  await expect(note).toHaveValue(edited);
});

test('a CSV import reports bad rows by line, imports only with consent, and offers duplicates for merge', async ({
  page,
}) => {
  await seed(page, {
    people: [person('p-priya', 'Priya Raman', { email: 'priya@mendwell.example', organization: '' })],
  });
  await openTracker(page);
  const csv = [
    'Full name,Company,E-mail,Tags',
    'Jonah Reyes,Mendwell,jonah@mendwell.example,peer',
    ',Nobody Inc,,',
    '"Osei, Daniel","Orrin Health",daniel@orrin.example,"target company, hiring"',
    'priya raman,Mendwell,PRIYA@mendwell.example,mentor',
  ].join('\r\n');
  await page.getByLabel('Import contacts from a CSV or vCard file').setInputFiles({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${csv}`),
  });
  const panel = page.getByRole('region', { name: 'Import from contacts.csv' });
  await expect(panel.getByLabel('Column “Full name”')).toHaveValue('name');
  await expect(panel.getByRole('table')).toContainText('Orrin Health');
  await expect(panel.getByText('Line 3: the name is empty.')).toBeVisible();
  await expect(panel.getByLabel('Line 5 matches Priya Raman')).toHaveValue('merge');

  await panel.getByRole('button', { name: 'Import 3 contacts' }).click();
  await expect(panel.getByRole('alert')).toContainText('Nothing was imported');
  await expect(page.getByRole('button', { name: 'Jonah Reyes', exact: true })).toHaveCount(0);

  await panel.getByLabel('Skip this row and import the rest').check();
  await panel.getByRole('button', { name: 'Import 3 contacts' }).click();
  await expect(
    page.getByText('Imported 2 new contacts and updated 1 existing; skipped 1 row with problems.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Osei, Daniel', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Priya Raman', exact: true }).click();
  const priya = contactCard(page, 'Priya Raman');
  await expect(priya.getByLabel('Organization', { exact: true })).toHaveValue('Mendwell');
  await expect(priya.getByLabel('Tags')).toHaveValue('mentor');
  await expect(page.getByText(/^3 contacts/)).toBeVisible();
  await saved(page);
});

test('contacts export as CSV and vCard, and follow-ups as a calendar with alarms', async ({ page }) => {
  await seed(page, {
    people: [
      person('p-elise', 'Elise Warren', {
        organization: 'Clearpath, Health',
        notes: '=cmd|calc',
        tags: ['peer'],
      }),
      person('p-marcus', 'Marcus Feld', { cadence: 'none' }),
    ],
  });
  await openTracker(page);
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  };

  const csv = await download('Export contacts (.csv)');
  expect(csv.name).toBe('networking-contacts.csv');
  expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'Name,Role,Organization,Email,Phone,Profile URL,How we met,Tags,Notes,Cadence,Last interaction,Next follow-up',
  );
  expect(csv.text).toContain(
    `Elise Warren,,"Clearpath, Health",,,,,peer,'=cmd|calc,every 3 weeks,,${inDays(-39)}`,
  );

  const vcard = await download('Export contacts (.vcf)');
  expect(vcard.name).toBe('networking-contacts.vcf');
  const cards = (ICAL.parse(vcard.text) as unknown[]).map((card) => new ICAL.Component(card as unknown[]));
  expect(cards.map((card) => card.getFirstPropertyValue('fn'))).toEqual(['Elise Warren', 'Marcus Feld']);
  expect(cards[0]!.getFirstPropertyValue('org')).toBe('Clearpath, Health');

  const ics = await download('Download follow-up reminders (.ics)');
  expect(ics.name).toBe('networking-follow-ups.ics');
  const calendar = new ICAL.Component(ICAL.parse(ics.text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]);
  expect(event.summary).toBe('Follow up with Elise Warren');
  expect(event.startDate.toString()).toBe(inDays(0));
  expect(String(events[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('PT9H');
  await expect(page.getByText(/with 1 reminder, each with an alarm/)).toBeVisible();
});

test('a person added on the relationship map is a contact in the tracker', async ({ page }) => {
  await page.goto('/lessons/relationship-building/');
  await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.keyboard.type('Jonah Reyes');
  await saved(page);
  await openTracker(page);
  await expect(page.getByRole('button', { name: 'Jonah Reyes', exact: true })).toBeVisible();
  await expect(contactCard(page, 'Jonah Reyes').getByText('No cadence', { exact: true })).toBeVisible();
});

async function filledTracker(page: Page) {
  await seed(page, {
    people: [
      person('p-daniel', 'Daniel Osei', { organization: 'Orrin Health', tags: ['target company'] }),
      person('p-elise', 'Elise Warren', { organization: 'Clearpath Health', addedOn: inDays(0) }),
    ],
    interactions: [
      {
        id: 'i-1',
        updatedAt: stamp,
        personId: 'p-elise',
        date: inDays(-1),
        channel: 'event',
        talkedAbout: 'Small-sample experiments',
        theyShared: 'Results review in April',
        promised: 'An article',
        thankYou: 'to-send',
        thankYouSentOn: null,
      },
    ],
    gives: [
      {
        id: 'g-1',
        updatedAt: stamp,
        personId: 'p-elise',
        date: inDays(-1),
        kind: 'article',
        note: 'Sent the article',
      },
    ],
  });
  await openTracker(page);
  await page.getByRole('button', { name: 'Elise Warren', exact: true }).click();
  await expect(page.getByText('Sent the article')).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the filled tracker, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await filledTracker(page);
    await page.getByRole('button', { name: 'Write the thank-you note' }).click();
    await expect(page.getByLabel('Tone')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[data-worksheet="follow-up"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test('the tracker prints its contacts and states without buttons', async ({ page }) => {
  await filledTracker(page);
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'follow-up-')), 'tracker.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Daniel Osei');
  expect(text).toContain('Overdue · Overdue by 39 days');
  expect(text).toContain('Small-sample experiments');
  expect(text).not.toContain('Add a contact');
  expect(text).not.toContain('Export contacts');
  expect(text).not.toContain('Save interaction');
});

test('a tag typed and not yet left is stored: a reload keeps it, and the comma being typed stays', async ({
  page,
}) => {
  await seed(page, { people: [person('p-daniel', 'Daniel Osei')] });
  await openTracker(page);
  await page.getByRole('button', { name: 'Daniel Osei', exact: true }).click();
  const tags = () => contactCard(page, 'Daniel Osei').getByLabel('Tags');
  await tags().click();
  await page.keyboard.type('target company, ');
  await expect(tags()).toHaveValue('target company, ');
  await page.keyboard.type('mentor');
  await expect(tags()).toBeFocused();
  await saved(page);

  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Daniel Osei', exact: true }).click();
  await expect(tags()).toHaveValue('target company, mentor');
});

test('unsent give-log details survive a reload, ask before leaving, and go once added', async ({ page }) => {
  await seed(page, { people: [person('p-daniel', 'Daniel Osei')] });
  await openTracker(page);
  const daniel = page.getByRole('button', { name: 'Daniel Osei', exact: true });
  const details = () => contactCard(page, 'Daniel Osei').getByLabel('Details');
  await daniel.click();
  await details().fill('Introduced him to Marcus, who needs May speakers');

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.goto('/').catch(() => {});
  await expect(details()).toHaveValue('Introduced him to Marcus, who needs May speakers');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await daniel.click();
  await expect(details()).toHaveValue('Introduced him to Marcus, who needs May speakers');

  await contactCard(page, 'Daniel Osei').getByRole('button', { name: 'Add to give log' }).click();
  await expect(
    contactCard(page, 'Daniel Osei').getByText(/Introduced him to Marcus, who needs May speakers/),
  ).toBeVisible();
  await expect(details()).toHaveValue('');
  await saved(page);
  // Nothing is left to lose, so leaving no longer asks (a dialog would stop this reload).
  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await daniel.click();
  await expect(details()).toHaveValue('');
});

test('a logged interaction can be edited from the keyboard: its notes and date, and the due date follows', async ({
  page,
}) => {
  await seed(page, {
    people: [person('p-daniel', 'Daniel Osei')],
    interactions: [
      {
        id: 'i-1',
        updatedAt: stamp,
        personId: 'p-daniel',
        date: inDays(-10),
        channel: 'email',
        talkedAbout: 'Orrin roles',
        theyShared: '',
        promised: '',
        thankYou: 'not-needed',
        thankYouSentOn: null,
      },
    ],
  });
  await openTracker(page);
  await page.getByRole('button', { name: 'Daniel Osei', exact: true }).click();
  const card = contactCard(page, 'Daniel Osei');
  await expect(card.getByText('Due in 11 days')).toBeVisible();

  const edit = card.getByRole('button', { name: /^Edit the interaction of .* with Daniel Osei$/ });
  await edit.focus();
  await page.keyboard.press('Enter');
  const editor = card.getByRole('group', { name: /^Edit the interaction of/ });
  await expect(editor.getByLabel('Date')).toBeFocused();
  await editor.getByLabel('Date').fill(inDays(-20));
  await editor.getByLabel('Channel').selectOption('call');
  await editor.getByLabel('What you talked about').fill('Orrin’s open data engineering roles');
  await expect(card.getByText('Due in 1 day')).toBeVisible();
  await expect(thisWeek(page).getByText('Daniel Osei')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(card.getByText('Orrin’s open data engineering roles')).toBeVisible();

  // The edit can be taken back as a whole.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card.getByText('Orrin roles', { exact: true })).toBeVisible();
  await expect(card.getByText('Due in 11 days')).toBeVisible();
  await card.getByRole('button', { name: /^Edit the interaction of/ }).click();
  await editor.getByLabel('What you talked about').fill('Orrin’s data team');
  await card.getByRole('button', { name: 'Done editing' }).click();
  await saved(page);

  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Daniel Osei', exact: true }).click();
  await expect(card.getByText('Orrin’s data team')).toBeVisible();
  await expect(card.getByText('Due in 11 days')).toBeVisible();
});

test('backfilling a past interaction leaves its thank-you note off unless the reader ticks it', async ({
  page,
}) => {
  await seed(page, { people: [person('p-daniel', 'Daniel Osei')] });
  await openTracker(page);
  await page.getByRole('button', { name: 'Daniel Osei', exact: true }).click();
  const card = contactCard(page, 'Daniel Osei');
  const date = card.getByLabel('Date', { exact: true }).first();
  const thanks = card.getByLabel(/A thank-you note is due/);
  await expect(thanks).toBeChecked();
  await date.fill(inDays(-5));
  await expect(thanks).not.toBeChecked();
  await date.fill(inDays(-2));
  await expect(thanks).toBeChecked();
  await date.fill(inDays(-3));
  await expect(thanks).not.toBeChecked();
  // Once the reader sets the box, a change of date leaves it as they set it.
  await thanks.check();
  await date.fill(inDays(-30));
  await expect(thanks).toBeChecked();

  await thanks.uncheck();
  await card.getByLabel('What you talked about').fill('Coffee at the spring meetup');
  await card.getByRole('button', { name: 'Save interaction' }).click();
  await expect(card.getByText('Coffee at the spring meetup')).toBeVisible();
  await expect(card.getByText(/thank-you note/i)).toHaveCount(1);
  // The form starts again on today, where the note is due.
  await expect(thanks).toBeChecked();
  await date.fill(inDays(-40));
  await expect(thanks).not.toBeChecked();
});
