import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { formatDate } from '../../../src/lib/dates';
import { makePerson } from '../../../src/documents/people/schema';
import { putStoredDocument } from '../../support/stored-documents';
import { contactCard, inDays, openTracker, saved } from '../../support/tracker';

// The contact files people already have (LinkedIn, Google, Outlook, a phone's vCard), imported
// through the file input as a reader would, and the tracker's own CSV export brought back.

const fixture = (name: string) => `tests/fixtures/contacts/${name}`;

const chooseFile = (page: Page, path: string) =>
  page.getByLabel('Import contacts from a CSV or vCard file').setInputFiles(path);

const panelFor = (page: Page, fileName: string) =>
  page.getByRole('region', { name: `Import from ${fileName}` });

/** Axe finds nothing wrong in the import panel as it stands. */
async function expectAccessiblePanel(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('.fu-import')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** The line that says what a file holds: its source, and how many rows are new, duplicate or skipped. */
const summaryOf = (panel: Locator) => panel.getByRole('status').filter({ hasText: / (?:rows?|cards?): / });

/** What each source's file holds: the contacts as the tracker should list them. */
const sources = [
  {
    file: 'linkedin-connections.csv',
    recognised: 'LinkedIn connections (Connections.csv)',
    rows: '5 rows',
    skipped: 1,
    contacts: [
      ['Priya Raman', 'Senior Product Analyst, Mendwell'],
      ['Zoë García-Núñez', 'Director, Data & Analytics, Clearpath Health, Inc.'],
      ['Daniel Osei', 'Organizer, Columbus Health Data Meetup'],
      ["Siobhán O'Connor", 'Partner, Byrne, Walsh & Partners'],
    ],
  },
  {
    file: 'google-contacts.csv',
    recognised: 'Google Contacts (Google CSV)',
    rows: '4 rows',
    skipped: 0,
    contacts: [
      ['Marcus Webb, PhD', 'Research Director, Ohio State University, Wexner Medical Center'],
      ['Amélie Claire Dubois', 'Head of Data, EMEA, Nordlys Analytics'],
      ['Kwame Mensah', 'Founder, Mensah & Daughters, LLC'],
      ['Lena Fischer', 'No role or organization yet'],
    ],
  },
  {
    file: 'outlook-desktop.csv',
    recognised: 'Outlook contacts (CSV)',
    rows: '3 rows',
    skipped: 0,
    contacts: [
      ['Helen Okafor', 'Chief Medical Information Officer, Riverside Health, Inc.'],
      ['Björn Lindqvist, Jr.', 'CTO, Lindqvist & Söner AB'],
      ['Ana Lucía Ferreira', 'Product lead, Saúde Digital'],
    ],
  },
  {
    file: 'outlook-com.csv',
    recognised: 'Outlook contacts (CSV)',
    rows: '2 rows',
    skipped: 0,
    contacts: [
      ['Rachel Kim', 'VP, Clinical Operations, Brightline Care, LLC'],
      ['Étienne Beaulieu', 'Analyste principal, Santé Québec'],
    ],
  },
  {
    file: 'iphone-contacts-3.0.vcf',
    recognised: 'vCard (.vcf)',
    rows: '3 cards',
    skipped: 0,
    contacts: [
      ['Marcus Webb, PhD', 'Research Director, Ohio State University, Wexner Medical Center'],
      ['Zoë García-Núñez', 'Director, Data & Analytics, Clearpath Health, Inc.'],
      ['Ken Nakamura', 'No role or organization yet'],
    ],
  },
] as const;

for (const source of sources) {
  test(`${source.file}, ${source.recognised}: every contact imports, and importing the file again offers no duplicates`, async ({
    page,
  }) => {
    await openTracker(page);
    const count = source.contacts.length;
    await chooseFile(page, fixture(source.file));
    const panel = panelFor(page, source.file);
    await expect(summaryOf(panel)).toHaveText(
      `Recognised: ${source.recognised}. ${source.rows}: ${count} new, 0 already in your contacts, ${source.skipped} skipped.`,
    );
    // The preview lists only the contacts that will be imported.
    await expect(panel.getByRole('table').getByRole('row')).toHaveCount(1 + count);
    await expect(panel.getByRole('table')).toContainText(source.contacts[0][0]);
    await expectAccessiblePanel(page);
    if (source.skipped) {
      await expect(panel.getByText('Line 9: the name is empty.')).toBeVisible();
      await panel.getByLabel('Skip this row and import the rest').check();
    }
    await panel.getByRole('button', { name: `Import ${count} contacts` }).click();
    await expect(panel.getByRole('status')).toContainText(`Imported ${count} new contacts`);
    await expect(page.getByText(new RegExp(`^${count} contacts`))).toBeVisible();
    for (const [name, meta] of source.contacts) {
      await expect(contactCard(page, name).getByText(meta, { exact: true })).toBeVisible();
      // A fresh contact follows up every 2 months, counted from today.
      await expect(contactCard(page, name)).toContainText(`(${formatDate(addMonthsHere(2))})`);
    }
    await saved(page);

    await page.reload();
    await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
    await chooseFile(page, fixture(source.file));
    const again = panelFor(page, source.file);
    await expect(summaryOf(again)).toHaveText(
      `Recognised: ${source.recognised}. ${source.rows}: 0 new, ${count} already in your contacts, ${source.skipped} skipped.`,
    );
    if (source.skipped) await again.getByLabel('Skip this row and import the rest').check();
    await again.getByRole('button', { name: `Import ${count} contacts` }).click();
    await expect(again.getByRole('alert')).toHaveText(
      /There is nothing new to import from this file: every contact in it is already here\./,
    );
    await expect(page.getByText(new RegExp(`^${count} contacts`))).toBeVisible();
  });
}

/** Today plus whole months, as the tracker counts them (a day the month lacks becomes its last). */
function addMonthsHere(months: number): string {
  const now = new Date();
  const target = new Date(now.getFullYear(), now.getMonth() + months, 1);
  const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(now.getDate(), last));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${target.getFullYear()}-${pad(target.getMonth() + 1)}-${pad(target.getDate())}`;
}

test('export to CSV, delete everything, import the file: the same contacts, due on the same days', async ({
  page,
}) => {
  const stamp = new Date('2026-01-01T00:00:00.000Z');
  const people = [
    makePerson('p-priya', stamp, {
      name: 'Priya Raman',
      role: 'Senior product analyst',
      organization: 'Mendwell, Inc.',
      cadence: '3-weeks',
      addedOn: inDays(-60),
      lastInteraction: inDays(-10),
    }),
    makePerson('p-marcus', stamp, {
      name: 'Marcus Feld',
      organization: 'Columbus Health Data Meetup',
      cadence: 'custom',
      cadenceDays: 45,
      addedOn: inDays(-50),
    }),
    makePerson('p-elise', stamp, {
      name: 'Elise Warren',
      cadence: '6-months',
      addedOn: inDays(-20),
      snoozedUntil: inDays(300),
    }),
    makePerson('p-daniel', stamp, {
      name: 'Daniel Osei',
      role: '=Organizer',
      cadence: 'yearly',
      addedOn: inDays(-100),
      phone: '+1 614 555 0199',
      profileUrl: 'https://www.linkedin.com/in/daniel-osei-example',
    }),
  ];
  const due: Record<string, string> = {
    'Priya Raman': inDays(11),
    'Marcus Feld': inDays(-5),
    'Elise Warren': inDays(300),
    'Daniel Osei': inDays(265),
  };
  await page.goto('/404');
  await putStoredDocument(page, 'people', {
    schemaVersion: 4,
    updatedAt: stamp.toISOString(),
    data: { people, deleted: {} },
  });
  await putStoredDocument(page, 'interactions', {
    schemaVersion: 1,
    updatedAt: stamp.toISOString(),
    data: {
      interactions: [
        {
          id: 'i-1',
          updatedAt: stamp.toISOString(),
          personId: 'p-priya',
          date: inDays(-10),
          channel: 'call',
          talkedAbout: 'Hiring',
          theyShared: '',
          promised: '',
          thankYou: 'sent',
          thankYouSentOn: inDays(-9),
        },
      ],
      gives: [],
      deleted: {},
    },
  });
  await openTracker(page);
  const dueDates = async () => {
    for (const [name, day] of Object.entries(due)) {
      await expect(contactCard(page, name)).toContainText(`(${formatDate(day)})`);
    }
  };
  await dueDates();

  // Phone and profile link: shown on the contact, and found by search.
  await page.getByRole('button', { name: 'Daniel Osei', exact: true }).click();
  const daniel = contactCard(page, 'Daniel Osei');
  await expect(daniel.getByLabel('Phone')).toHaveValue('+1 614 555 0199');
  await expect(daniel.getByRole('link', { name: /Open Daniel Osei’s profile/ })).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/daniel-osei-example',
  );
  await page.getByLabel('Search contacts').fill('555 0199');
  await expect(page.getByText('1 of 4 contacts match')).toBeVisible();
  await page.getByLabel('Search contacts').fill('daniel-osei-example');
  await expect(page.getByText('1 of 4 contacts match')).toBeVisible();
  await page.getByLabel('Search contacts').fill('');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export contacts (.csv)' }).click(),
  ]);
  const path = await download.path();
  // Read by an independent parser, as a spreadsheet would.
  const csv = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  const rows = new Map(csv.data.map((row) => [row['Name'], row]));
  expect(rows.get('Priya Raman')).toMatchObject({
    Organization: 'Mendwell, Inc.',
    Cadence: 'every 3 weeks',
    'Last interaction': inDays(-10),
    'Next follow-up': inDays(11),
  });
  expect(rows.get('Marcus Feld')).toMatchObject({ Cadence: 'every 45 days', 'Next follow-up': inDays(-5) });
  expect(rows.get('Daniel Osei')).toMatchObject({
    Role: "'=Organizer",
    Phone: "'+1 614 555 0199",
    'Profile URL': 'https://www.linkedin.com/in/daniel-osei-example',
  });

  await page.goto('/your-data/');
  await page.getByLabel('What to delete').selectOption('all');
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Deleted all your workbook data.')).toBeVisible();

  await openTracker(page);
  await expect(page.getByText(/^No contacts yet/)).toBeVisible();
  await chooseFile(page, path);
  const panel = page.getByRole('region', { name: /^Import from / });
  await expect(summaryOf(panel)).toHaveText('4 rows: 4 new, 0 already in your contacts, 0 skipped.');
  await expect(panel.getByLabel('Column “Next follow-up”')).toHaveValue('nextFollowUp');
  await expectAccessiblePanel(page);
  await panel.getByRole('button', { name: 'Import 4 contacts' }).click();
  await expect(panel.getByRole('status')).toContainText('Imported 4 new contacts');
  await dueDates();
  await expect(
    contactCard(page, 'Priya Raman').getByText('Senior product analyst, Mendwell, Inc.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Daniel Osei', exact: true }).click();
  await expect(contactCard(page, 'Daniel Osei').getByLabel('Role')).toHaveValue('=Organizer');
  await expect(contactCard(page, 'Daniel Osei').getByLabel('Phone')).toHaveValue('+1 614 555 0199');
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
  await dueDates();
});

test('a file with an unclosed quote says so on its line, and imports only the rows before it', async ({
  page,
}) => {
  await openTracker(page);
  await page.getByLabel('Import contacts from a CSV or vCard file').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,Notes\r\nJonah Reyes\r\nAmara Obi,"never closed\r\nLena Fischer,x\r\n'),
  });
  const panel = panelFor(page, 'broken.csv');
  await expect(
    panel.getByText(/Line 3: a quoted cell starts here and its closing quote \("\) is missing/),
  ).toBeVisible();
  await expect(panel.getByRole('table').getByRole('row')).toHaveCount(2);
  await panel.getByLabel('Skip this row and import the rest').check();
  await panel.getByRole('button', { name: 'Import 1 contact' }).click();
  // A row with a name alone is a contact.
  await expect(page.getByRole('button', { name: 'Jonah Reyes', exact: true })).toBeVisible();
});
