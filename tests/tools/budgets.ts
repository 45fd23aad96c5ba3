/**
 * Checks the performance budgets on the built site (`dist/`): for every HTML page, what it loads
 * (HTML, stylesheets, script files and their static imports, fonts and images), gzipped. Prints a
 * table and exits 1 with one line per broken budget. Run `npm run budgets` after `astro build`; `npm test` does.
 * Pages are found on disk, so new lessons and pages are judged without editing this file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageCeilings } from './page-ceilings.ts';
import {
  firstViewTarget,
  gzipSize,
  measurePage,
  ratchet,
  sharedByIslandPages,
  siteBudget,
  type PageWeight,
} from './page-weight.ts';

/** Every `.html` file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The address a built file is served at (`lessons/x/index.html` → `/lessons/x/`). */
export const pagePath = (file: string) =>
  '/' +
  file
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\.html$/, '');

/** The file in `dist` a site path (`/_astro/x.js`) names, or `undefined` when it is not there. */
const siteFile = (dist: string, path: string) => {
  const file = join(dist, decodeURIComponent(path.split(/[?#]/)[0]!));
  return file.startsWith(dist) && existsSync(file) ? file : undefined;
};

/** Reads a built file's text by its site path, or `undefined` when it is not in `dist`. */
const siteReader = (dist: string) => (path: string) => {
  const file = siteFile(dist, path);
  return file && readFileSync(file, 'utf8');
};

/** Reads a built file's bytes (a font, an image) by its site path. */
const siteBytes = (dist: string) => (path: string) => {
  const file = siteFile(dist, path);
  return file && readFileSync(file);
};

/** The JavaScript every island page in `dist` loads before its own islands' code, in gzip bytes. */
export function islandFloor(dist: string, weights: PageWeight[]) {
  const read = siteReader(dist);
  return sharedByIslandPages(weights, (path) => gzipSize(read(path) ?? ''));
}

/** Measures every page in `dist`. */
export function measureSite(dist: string): PageWeight[] {
  const read = siteReader(dist);
  return htmlFiles(dist).map((file) =>
    measurePage(pagePath(file), readFileSync(join(dist, file), 'utf8'), read, undefined, siteBytes(dist)),
  );
}

/** Formats bytes as KB with one decimal. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Rows for the page-weight table: one per page, sizes in KB gzip. */
export function weightRows(weights: PageWeight[]): [string, string][] {
  return weights.map((w) => [
    w.page,
    `HTML ${kb(w.html).padStart(5)}  CSS ${kb(w.css).padStart(5)}  JS ${kb(w.js).padStart(5)}` +
      ` (${w.scripts.length + w.afterHydration.length} files, ${kb(w.afterHydrationJs)} after hydration)` +
      `  fonts+images ${kb(w.media).padStart(4)}  first view ${kb(w.firstView).padStart(5)}` +
      `  total ${kb(w.total).padStart(5)} KB` +
      (w.lazy.length ? `  + on demand ${kb(w.lazyJs)} KB (${w.lazy.length} files)` : ''),
  ]);
}

const isMain = process.argv[1] && relative(process.argv[1], new URL(import.meta.url).pathname) === '';
if (isMain) {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(dist)) {
    console.error('No dist/ folder: run `npx astro build` first.');
    process.exit(1);
  }
  const weights = measureSite(dist);
  const { printTable } = await import('../bench/support.ts');
  printTable(
    `Page weight, gzip level 9 (JS counts the storage engine loaded after hydration; first view ` +
      `leaves out client:visible islands; targets: JS ≤ ${kb(siteBudget.maxJs)} KB with islands, ` +
      `none without; all, fonts and images included, ≤ ${kb(siteBudget.maxTotal)} KB; first view ≤ ` +
      `${kb(firstViewTarget)} KB; CSS ≤ ${kb(siteBudget.maxCss)} KB)`,
    weightRows(weights),
  );
  const floor = islandFloor(dist, weights);
  console.log(
    `\nEvery page with islands loads ${kb(floor.bytes)} KB of the same JavaScript before its own ` +
      `islands' code: ${floor.files.join(', ')}`,
  );
  if (process.argv.includes('--verbose')) {
    for (const w of weights) {
      console.log(`\n${w.page}\n  loads: ${w.scripts.join(', ') || '(no script file)'}`);
      if (w.afterHydration.length) console.log(`  after hydration: ${w.afterHydration.join(', ')}`);
      if (w.lazy.length) console.log(`  on demand: ${w.lazy.join(', ')}`);
      if (w.mediaFiles.length) console.log(`  fonts and images: ${w.mediaFiles.join(', ')}`);
    }
  }
  const { overTarget, problems, notes } = ratchet(weights, pageCeilings);
  if (weights.length === 0) problems.push('No HTML page found in dist/.');
  // The first view is a static estimate (a visible island on the first screen loads at once
  // too), so it is reported against its target rather than failing the build.
  for (const w of weights.filter((weight) => weight.firstView > firstViewTarget))
    overTarget.push(
      `${w.page}'s first view loads ${kb(w.firstView)} KB (gzip); the target is ${kb(firstViewTarget)} KB`,
    );
  if (overTarget.length) {
    console.log(
      `\nOver the target (held instead to their ceilings in tests/tools/page-ceilings.ts):\n` +
        overTarget.map((p) => `  ! ${p}`).join('\n'),
    );
  }
  if (notes.length) console.log(`\nCeilings to update:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  if (problems.length) {
    console.error(`\nOver budget:\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\nAll ${weights.length} pages are within their ceilings.`);
}
