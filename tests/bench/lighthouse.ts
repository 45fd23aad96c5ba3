/**
 * Lighthouse on every built page, as the reader on a phone meets it: mobile emulation (Lighthouse's
 * default Moto G Power profile, simulated slow 4G and 4× CPU slowdown), the site served by
 * `astro preview`, the service worker blocked so each run is a first visit. Each page is measured
 * `LH_RUNS` times (default 3) and the median of each figure is shown, since this machine's
 * timings vary from run to run; pages with islands are measured twice, with an empty workbook
 * and with a reader's workbook (the fixtures in tests/fixtures/documents) put into IndexedDB
 * before the run, as a returning reader's page lays out their own answers.
 *
 * Also reported: what the first view downloads (every file the page fetched without scrolling,
 * gzipped from `dist/` as a static host would send it, since `astro preview` does not compress).
 *
 * Run alone after `astro build` (`node tests/bench/lighthouse.ts`) or through `npm run bench`.
 * `LH_PAGES=/plan/,/` limits the pages, `LH_STATES=empty` the workbook states, `LH_VERBOSE=1`
 * names the shifted elements and the long tasks of each run, `BENCH_DIST` measures another build
 * folder (e.g. an older build kept for comparison), `BENCH_PORT` moves the server.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { htmlFiles, kb, pagePath } from '../tools/budgets.ts';
import { gzipSize } from '../tools/page-weight.ts';
import { findChromium } from '../support/chromium.ts';
import { putStoredDocument } from '../support/stored-documents.ts';
import { median, printTable } from './support.ts';

const root = process.cwd();
const dist = resolve(process.env['BENCH_DIST'] ?? join(root, 'dist'));
const port = Number(process.env['BENCH_PORT'] ?? 4329);
const base = `http://127.0.0.1:${port}`;
const runs = Number(process.env['LH_RUNS'] ?? 3);
const verbose = process.env['LH_VERBOSE'] === '1';
const only = process.env['LH_PAGES']?.split(',');
const states = (process.env['LH_STATES'] ?? 'empty,filled').split(',');

/** The stored documents of a reader who has filled every worksheet: each fixture's newest version. */
function readerWorkbook(): [string, unknown][] {
  const folder = join(root, 'tests/fixtures/documents');
  return readdirSync(folder).map((key) => {
    const newest = readdirSync(join(folder, key))
      .filter((file) => /^v\d+\.json$/.test(file))
      .sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)))
      .at(-1)!;
    return [key, JSON.parse(readFileSync(join(folder, key, newest), 'utf8'))];
  });
}

/** Gzip bytes of a fetched same-origin file as `dist/` holds it (0 when it is not a built file). */
function builtGzip(url: string): number {
  const { origin, pathname } = new URL(url);
  if (origin !== base) return 0;
  const path = decodeURIComponent(pathname).replace(/\/$/, '/index.html');
  for (const file of [path, `${path}.html`]) {
    try {
      return gzipSize(readFileSync(join(dist, file)));
    } catch {
      // Not this spelling of the address; try the next.
    }
  }
  return 0;
}

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install Debian’s chromium.');
const server = await preview({ root, outDir: dist, server: { host: '127.0.0.1', port }, logLevel: 'warn' });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** Empties the site's storage, then for `filled` writes the reader's documents into IndexedDB. */
async function prepareStorage(state: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await browser.contexts()[0]!.newPage();
  // The 404 page runs no script, so nothing opens the database while it is being written.
  await page.goto(`${base}/404`);
  const session = await page.context().newCDPSession(page);
  await session.send('Storage.clearDataForOrigin', { origin: base, storageTypes: 'all' });
  if (state === 'filled')
    for (const [key, envelope] of readerWorkbook()) await putStoredDocument(page, key, envelope);
  await page.close();
  // Leaves Chrome running: the connection was Playwright's, the browser is chrome-launcher's.
  await browser.close();
}

interface Run {
  score: number;
  lcp: number;
  cls: number;
  tbt: number;
  firstView: number;
  notes: string[];
}

interface AuditDetails {
  items?: Record<string, unknown>[];
}

async function measure(path: string, state: string): Promise<Run> {
  await prepareStorage(state);
  const result = await lighthouse(
    base + path,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      // A first visit every time: the worker would otherwise install and precache in the
      // background of the run, or answer from its cache on the next one.
      blockedUrlPatterns: ['*/sw.js'],
      // Storage is prepared above (emptied, or holding the reader's workbook).
      disableStorageReset: true,
    },
    undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { audits, categories } = result.lhr;
  const value = (id: string) => audits[id]?.numericValue ?? NaN;
  const items = (id: string) => (audits[id]?.details as AuditDetails | undefined)?.items ?? [];
  const firstView = items('network-requests').reduce(
    (sum, request) => sum + builtGzip(String(request['url'])),
    0,
  );
  const notes: string[] = [];
  if (verbose) {
    for (const shift of items('layout-shifts'))
      notes.push(
        `shift ${Number(shift['score']).toFixed(3)} ${JSON.stringify(shift['node'] ?? {}).slice(0, 200)}`,
      );
    for (const task of items('long-tasks'))
      notes.push(`long task ${Math.round(Number(task['duration']))} ms ${String(task['url'])}`);
  }
  return {
    score: categories['performance']?.score ?? NaN,
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    firstView,
    notes,
  };
}

const pages = htmlFiles(dist)
  .map((file) => ({
    path: pagePath(file),
    islands: readFileSync(join(dist, file), 'utf8').includes('<astro-island'),
  }))
  .filter(({ path }) => !only || only.includes(path));
const rows: [string, string][] = [];
const worst = { score: 1, lcp: 0, cls: 0, tbt: 0 };
try {
  for (const { path, islands } of pages) {
    for (const state of states.filter((s) => s === 'empty' || islands)) {
      const measured: Run[] = [];
      for (let run = 0; run < runs; run++) measured.push(await measure(path, state));
      const mid = (pick: (run: Run) => number) => median(measured.map(pick));
      const figures = {
        score: mid((r) => r.score),
        lcp: mid((r) => r.lcp),
        cls: mid((r) => r.cls),
        tbt: mid((r) => r.tbt),
      };
      worst.score = Math.min(worst.score, figures.score);
      worst.lcp = Math.max(worst.lcp, figures.lcp);
      worst.cls = Math.max(worst.cls, figures.cls);
      worst.tbt = Math.max(worst.tbt, figures.tbt);
      rows.push([
        `${path}${state === 'filled' ? ' (reader’s data)' : ''}`,
        `perf ${figures.score.toFixed(2)}  LCP ${(figures.lcp / 1000).toFixed(2)} s  CLS ` +
          `${figures.cls.toFixed(3)}  TBT ${Math.round(figures.tbt).toString().padStart(3)} ms  first view ` +
          `${kb(mid((r) => r.firstView)).padStart(5)} KB`,
      ]);
      console.log(`${rows.at(-1)![0]}: ${rows.at(-1)![1]}`);
      for (const [index, run] of measured.entries())
        for (const note of run.notes) console.log(`  run ${index + 1}: ${note}`);
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
rows.push([
  'worst page (targets: perf ≥ 0.99, LCP ≤ 1.8 s, CLS ≤ 0.02, TBT ≤ 50 ms)',
  `perf ${worst.score.toFixed(2)}  LCP ${(worst.lcp / 1000).toFixed(2)} s  CLS ${worst.cls.toFixed(3)}  ` +
    `TBT ${Math.round(worst.tbt)} ms`,
]);
printTable(
  `Lighthouse, mobile, service worker blocked (median of ${runs} runs; first view in KB gzip)`,
  rows,
);
