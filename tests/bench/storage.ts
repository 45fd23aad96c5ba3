/**
 * Storage benchmark on the built site in Chromium: a progress document of 5,000 records is put
 * in IndexedDB, then a lesson page loads it. Reports the time to hydrate the document (read,
 * validate, ready), the time from an edit to its durable write, and the bytes stored. Figures
 * come from the User Timing marks the persistence layer leaves. Run: `npm run bench:storage`.
 */
import { putStoredDocument } from '../support/stored-documents.ts';
import { median, openBench, printTable } from './support.ts';

const RECORDS = 5000;
const RUNS = 5;

const { base, browser, close } = await openBench();
const loads: number[] = [];
const saves: number[] = [];
let bytes = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/404`);
    const lessons = Array.from({ length: RECORDS }, (_, i) => ({
      id: `lesson-${i}`,
      done: i % 3 === 0,
      updatedAt: new Date(Date.UTC(2027, 0, 1, 0, 0, i)).toISOString(),
    }));
    const envelope = { schemaVersion: 1, updatedAt: new Date().toISOString(), data: { lessons } };
    await putStoredDocument(page, 'progress', envelope);
    bytes = Buffer.byteLength(JSON.stringify(envelope));

    await page.goto(`${base}/lessons/communication/`);
    // Scrolled to by the static heading above it: hydration may replace the button itself.
    await page.getByRole('heading', { name: 'Finished this lesson?' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Lesson done' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
    const timings = await page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('measure').map((entry) => [entry.name, entry.duration]),
      ),
    );
    loads.push(timings['progress:load'] ?? Number.NaN);
    saves.push(timings['progress:edit-to-write'] ?? Number.NaN);
    await context.close();
  }
} finally {
  await close();
}

printTable(`Storage (${RECORDS.toLocaleString('en')} records, median of ${RUNS} runs, Chromium)`, [
  ['hydrate document (read + validate)', `${median(loads).toFixed(1)} ms`],
  ['edit to durable write (incl. 250 ms debounce)', `${median(saves).toFixed(1)} ms`],
  ['bytes stored (JSON size of the envelope)', `${bytes.toLocaleString('en')} B`],
]);
