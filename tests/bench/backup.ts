/**
 * Backup benchmark on the built site in Chromium: a reader with 5,000 contacts and 50,000 logged
 * interactions downloads a backup on "Your data", then restores it over another workbook.
 * Reports the file's size, the time from "Download a backup" to the file, from choosing the file
 * to the summary of what it changes (reading and checking it), and from "Replace my data" to
 * the restore done (writing it). Run: `npm run build && node tests/bench/backup.ts`.
 */
import { statSync } from 'node:fs';
import { CONTACTS, INTERACTIONS, makeDocument, splitDocument } from '../support/large-network.ts';
import { putStoredDocument } from '../support/stored-documents.ts';
import { median, openBench, printTable } from './support.ts';

const RUNS = 3;
const network = splitDocument(makeDocument());
const at = new Date().toISOString();
const people = { schemaVersion: 4, updatedAt: at, data: network.people };
const logs = { schemaVersion: 1, updatedAt: at, data: network.interactions };

const { base, browser, close } = await openBench();
const makes: number[] = [];
const checks: number[] = [];
const writes: number[] = [];
let bytes = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/your-data/`);
    await putStoredDocument(page, 'people', people);
    await putStoredDocument(page, 'interactions', logs);
    await page.reload();
    const button = page.getByRole('button', { name: 'Download a backup' });
    await button.waitFor();
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('.backup-panel button')?.disabled,
    );

    let started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = await download.path();
    makes.push(performance.now() - started);
    bytes = statSync(file).size;

    await putStoredDocument(page, 'people', { ...people, data: { people: [], deleted: {} } });
    await putStoredDocument(page, 'interactions', {
      ...logs,
      data: { interactions: [], gives: [], deleted: {} },
    });
    await page.reload();
    const input = page.getByLabel('Backup file');
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[type=file]')?.disabled);

    started = performance.now();
    await input.setInputFiles(file);
    const replace = page.getByRole('button', { name: 'Replace my data with this backup' });
    await replace.waitFor({ timeout: 120_000 });
    checks.push(performance.now() - started);

    started = performance.now();
    await replace.click();
    await page.getByRole('status').filter({ hasText: 'Backup restored' }).waitFor({ timeout: 120_000 });
    writes.push(performance.now() - started);
    await context.close();
  }
} finally {
  await close();
}

const ms = (values: number[]) => `${Math.round(median(values))} ms`;
printTable(
  `Backup and restore (${CONTACTS.toLocaleString('en')} contacts, ${INTERACTIONS.toLocaleString('en')} interactions, median of ${RUNS} runs, Chromium)`,
  [
    ['backup file size', `${(bytes / 1024 / 1024).toFixed(1)} MB`],
    ['make the backup: "Download a backup" to the file', ms(makes)],
    ['restore: file chosen to its summary (read and checked)', ms(checks)],
    ['restore: "Replace my data" to restored (written)', ms(writes)],
    ['restore in all', `${Math.round(median(checks) + median(writes))} ms`],
  ],
);
