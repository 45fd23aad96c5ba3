/**
 * Checks the performance budgets on the built site (`dist/`): for every HTML page, what it loads
 * (HTML, stylesheets, script files and their static imports), gzipped. Prints a table and exits 1
 * with one line per broken budget. Run `npm run budgets` after `astro build`; `npm test` does.
 * Pages are found on disk, so new lessons and pages are judged without editing this file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageCeilings } from './page-ceilings.ts';
import {
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

/** Reads a built file by its site path (`/_astro/x.js`), or `undefined` when it is not in `dist`. */
const siteReader = (dist: string) => (path: string) => {
  const file = join(dist, decodeURIComponent(path.split(/[?#]/)[0]!));
  if (!file.startsWith(dist) || !existsSync(file)) return undefined;
  return readFileSync(file, 'utf8');
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
    measurePage(pagePath(file), readFileSync(join(dist, file), 'utf8'), read),
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
    `Page weight, gzip level 9 (JS counts the storage engine loaded after hydration; targets: JS ≤ ` +
      `${kb(siteBudget.maxJs)} KB with islands, none without; all ≤ ${kb(siteBudget.maxTotal)} KB; ` +
      `CSS ≤ ${kb(siteBudget.maxCss)} KB)`,
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
    }
  }
  const { overTarget, problems, notes } = ratchet(weights, pageCeilings);
  if (weights.length === 0) problems.push('No HTML page found in dist/.');
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
