/**
 * Relationship map benchmark on the built site in Chromium: a map of 50 filled-in people, stored
 * as the workbook stores them. Reports the time from a keystroke in one card's field (its text
 * set and an `input` event sent, as typing does) to the page laid out again with the change: the
 * script, style and layout work the browser finishes before it paints, against a target of one
 * frame (16 ms). Keystrokes go to a card in the middle of the list, in a one-line field and in a
 * multi-line one. Run: `npm run bench:map`.
 */
import { putStoredDocument } from '../support/stored-documents.ts';
import { median, openBench, printTable } from './support.ts';

const PEOPLE = 50;
const RUNS = 5;
const TARGET = 16;
const stamp = '2026-06-01T00:00:00.000Z';
const statuses = ['to-reach', 'contacted', 'connected'] as const;
const tiers = ['A', 'B', 'C'] as const;
const organizations = ['Clearpath Health', 'Mendwell', 'Orrin Health', 'Lakemont Health'];

/** A people document (schema version 3) of realistic, fully written map entries. */
function makeDocument() {
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `p-${i}`,
    updatedAt: stamp,
    kind: i % 10 === 9 ? 'organization' : 'person',
    name: `Contact ${i} ${['Warren', 'Raman', 'Osei', 'Reyes', 'Feld'][i % 5]}`,
    role: 'Senior product analyst',
    organization: organizations[i % organizations.length]!,
    why: 'Leads the analytics team I want to join; could tell me what they look for.',
    goalIds: i % 2 ? ['g-1'] : ['g-1', 'g-2'],
    sharedInterests: 'Patient experience metrics',
    sharedBackground: 'Both moved from hospital analytics into software',
    mutualConnections: 'My manager, Helen',
    opportunity: 'Introduction from Helen, then a 20-minute call',
    tier: tiers[i % 3]!,
    status: statuses[i % 3]!,
    addedOn: '2026-05-01',
    metHow: '',
    email: '',
    tags: [],
    notes: '',
    cadence: 'none',
    cadenceDays: null,
    snoozedUntil: null,
    lastInteraction: null,
  }));
  return { people, deleted: {} };
}

// Two goals (schema version 1), so each card lists goals to tick, as a reader's map does.
const goal = (id: string, text: string) => ({ id, text, updatedAt: stamp, metric: '', target: null });
const unset = { deadline: null, objectiveId: null, achievable: '', benchmarks: [], steps: [] };
const goals = {
  objectives: [],
  goals: [
    { ...goal('g-1', 'Hold informational conversations with product analysts'), ...unset },
    { ...goal('g-2', 'Speak at one local meetup this year'), ...unset },
  ],
  deleted: {},
};

const { base, browser, close } = await openBench();
const oneLine: number[] = [];
const multiLine: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/404`);
    const now = new Date().toISOString();
    await putStoredDocument(page, 'people', { schemaVersion: 3, updatedAt: now, data: makeDocument() });
    await putStoredDocument(page, 'goals', { schemaVersion: 1, updatedAt: now, data: goals });
    await page.goto(`${base}/lessons/relationship-building/`);
    await page.getByRole('heading', { name: 'Relationship map' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Add person' }).waitFor();

    const typed = (id: string, words: string) =>
      page.evaluate(
        ([fieldId, text]) => {
          const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement;
          field.focus();
          const times: number[] = [];
          for (let length = 1; length <= text.length; length++) {
            const start = performance.now();
            field.value = field.value + text[length - 1];
            field.dispatchEvent(new Event('input', { bubbles: true }));
            // Solid updates the DOM synchronously; reading layout makes the browser apply it too.
            void document.querySelector('.map')?.getBoundingClientRect();
            times.push(performance.now() - start);
          }
          return times;
        },
        [id, words] as const,
      );
    oneLine.push(...(await typed('map-p-25-name', ' Jr')), ...(await typed('map-p-25-role', ' lead')));
    multiLine.push(...(await typed('map-p-25-why', ' She also mentors new analysts.')));
    await context.close();
  }
} finally {
  await close();
}

const verdict = (value: number) =>
  `${value.toFixed(1)} ms (target < ${TARGET} ms: ${value < TARGET ? 'met' : 'missed'})`;
printTable(`Relationship map (${PEOPLE} people, median of ${RUNS} runs, Chromium)`, [
  ['keystroke in a card’s name or role to layout', verdict(median(oneLine))],
  ['keystroke in a card’s “Why they matter” to layout', verdict(median(multiLine))],
  ['slowest keystroke', `${Math.max(...oneLine, ...multiLine).toFixed(1)} ms`],
]);
