/**
 * Follow-up tracker benchmark on the built site in Chromium: a reader with 5,000 contacts and
 * 50,000 logged interactions. Reports the time from the first read of storage to the tracker on
 * screen (with the time the reads and the background check of every record take), from a keystroke in search to the filtered list, and from "Save interaction" to the
 * list updated and to the durable write, plus the bytes stored, against the targets.
 * Run: `npm run bench:tracker`.
 */
import { putStoredDocument } from '../support/stored-documents.ts';
import { median, openBench, printTable } from './support.ts';

const CONTACTS = 5000;
const INTERACTIONS = 50_000;
const RUNS = 3;
const TARGETS = { show: 300, search: 50, log: 50 };

const pad = (n: number) => String(n).padStart(2, '0');
const day = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
const cadences = ['3-weeks', '2-months', '6-months', 'yearly', 'none'] as const;
const organizations = [
  'Clearpath Health',
  'Mendwell',
  'Orrin Health',
  'Lakemont Health',
  'Product Analytics Guild',
];
const tags = ['peer', 'mentor', 'target company', 'hiring manager', 'connector'];
const stamp = '2026-06-01T00:00:00.000Z';

/** A people document (schema version 2) the size of a large network, the same on every run. */
function makeDocument() {
  const people = Array.from({ length: CONTACTS }, (_, i) => ({
    id: `p-${i}`,
    updatedAt: stamp,
    kind: 'person',
    name: `Contact ${i} ${['Warren', 'Raman', 'Osei', 'Reyes', 'Feld'][i % 5]}`,
    role: 'Analyst',
    organization: organizations[i % organizations.length]!,
    why: '',
    goalIds: [],
    sharedInterests: '',
    sharedBackground: '',
    mutualConnections: '',
    opportunity: '',
    tier: 'B',
    status: 'contacted',
    addedOn: day(-800),
    metHow: `Meetup number ${i % 40}`,
    email: `contact${i}@example.com`,
    tags: [tags[i % tags.length]!, tags[(i + 2) % tags.length]!],
    notes: 'Talked about experiments with small samples.',
    cadence: cadences[i % cadences.length]!,
    cadenceDays: null,
    snoozedUntil: null,
  }));
  const interactions = Array.from({ length: INTERACTIONS }, (_, i) => ({
    id: `i-${i}`,
    updatedAt: stamp,
    personId: `p-${i % CONTACTS}`,
    date: day(-((i * 7919) % 700)),
    channel: 'email',
    talkedAbout: 'Their team’s plans for the quarter',
    theyShared: 'A hiring freeze until spring',
    promised: 'Send the article',
    thankYou: 'not-needed',
    thankYouSentOn: null,
  }));
  return { people, interactions, gives: [], deleted: {} };
}

const { base, browser, close } = await openBench();
const shows: number[] = [];
const loads: number[] = [];
const reads: number[] = [];
const checks: number[] = [];
const searches: number[] = [];
const logs: number[] = [];
const writes: number[] = [];
let bytes = 0;
const envelope = { schemaVersion: 2, updatedAt: new Date().toISOString(), data: makeDocument() };
bytes = Buffer.byteLength(JSON.stringify(envelope));
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/404`);
    await putStoredDocument(page, 'people', envelope);

    await page.goto(`${base}/lessons/follow-up/`);
    await page.getByRole('heading', { name: 'Follow-up tracker' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Add a contact' }).waitFor();
    const [show, load, read] = await page.evaluate(() =>
      ['follow-up:show', 'people:load', 'people:read'].map(
        (name) => performance.getEntriesByName(name)[0]?.duration ?? Number.NaN,
      ),
    );
    shows.push(show!);
    loads.push(load!);
    reads.push(read!);

    // One keystroke at a time, as typed: each adds a letter to the search and refilters 5,000 contacts.
    searches.push(
      ...(await page.evaluate(() => {
        const input = document.getElementById('fu-search') as HTMLInputElement;
        const times: number[] = [];
        for (const text of ['r', 'ra', 'ram', 'rama', 'raman', 'raman 4', '']) {
          const start = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Solid updates the DOM synchronously; reading layout makes the browser apply it too.
          void document.querySelector('.fu-list')?.getBoundingClientRect();
          times.push(performance.now() - start);
        }
        return times;
      })),
    );

    // Log an interaction with the first contact due this week, from its form.
    await page
      .getByRole('region', { name: 'This week' })
      .getByRole('button', { name: /^Log interaction with/ })
      .first()
      .click();
    logs.push(
      await page.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>('.fu-log__form')!;
        const start = performance.now();
        form.requestSubmit();
        void document.querySelector('.fu-list')?.getBoundingClientRect();
        return performance.now() - start;
      }),
    );
    await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
    writes.push(
      await page.evaluate(
        () => performance.getEntriesByName('people:edit-to-write').at(-1)?.duration ?? Number.NaN,
      ),
    );
    // The full check of every record runs in the background after the first render, and a save
    // waits for it; by the time the write has landed it is done.
    checks.push(
      await page.evaluate(() => performance.getEntriesByName('people:verify')[0]?.duration ?? Number.NaN),
    );
    await context.close();
  }
} finally {
  await close();
}

const verdict = (value: number, target: number) =>
  `${value.toFixed(1)} ms (target < ${target} ms: ${value < target ? 'met' : 'missed'})`;
printTable(
  `Follow-up tracker (${CONTACTS.toLocaleString('en')} contacts, ${INTERACTIONS.toLocaleString('en')} interactions, median of ${RUNS} runs, Chromium)`,
  [
    ['load and show the tracker (read, check shape, first render)', verdict(median(shows), TARGETS.show)],
    ['  of which reading the stored document from IndexedDB', `${median(reads).toFixed(1)} ms`],
    ['  of which loading (read, check shape, status ready)', `${median(loads).toFixed(1)} ms`],
    ['checking every record, in slices after the first render', `${median(checks).toFixed(1)} ms`],
    ['keystroke in search to filtered list', verdict(median(searches), TARGETS.search)],
    ['slowest search keystroke', `${Math.max(...searches).toFixed(1)} ms`],
    ['log an interaction to list updated', verdict(median(logs), TARGETS.log)],
    ['log an interaction to durable write (incl. 250 ms debounce)', `${median(writes).toFixed(1)} ms`],
    ['bytes stored (JSON size of the envelope)', `${bytes.toLocaleString('en')} B`],
  ],
);
