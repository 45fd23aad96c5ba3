/**
 * `npm run bench`: builds the site (timed), measures every page's weight, runs each benchmark
 * script in tests/bench/ (every `*.ts` but this runner and support.ts) as a child process with
 * BENCH_JSON set, and prints one combined table. A benchmark that is missing is simply not run;
 * one that fails is reported in the table and makes the run exit 1 after the others finish.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { islandFloor, kb, measureSite } from '../tools/budgets.ts';
import { printTable, type BenchTable } from './support.ts';

const root = process.cwd();
const rows: [string, string][] = [];
let failed = false;

// Build time, per lesson: Astro reports no per-page build cost, so the whole build is divided.
const started = performance.now();
const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { encoding: 'utf8' });
const buildMs = performance.now() - started;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  throw new Error('astro build failed; nothing to measure.');
}
const weights = measureSite(join(root, 'dist'));
const lessons = weights.filter((w) => w.page.startsWith('/lessons/')).length;
rows.push(['— Build —', '']);
rows.push(['astro build (pages, search index, service worker)', `${(buildMs / 1000).toFixed(1)} s`]);
rows.push([`per lesson (${lessons} lessons)`, `${(buildMs / 1000 / Math.max(1, lessons)).toFixed(2)} s`]);

rows.push(['— Page weight, gzip (HTML / CSS / JS / fonts and images / total KB; first view KB) —', '']);
for (const w of weights) {
  rows.push([
    w.page,
    `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)} / ${kb(w.media)} / ${kb(w.total)}; first view ${kb(w.firstView)}` +
      (w.afterHydration.length ? `  (JS incl. ${kb(w.afterHydrationJs)} after hydration)` : '') +
      (w.lazy.length ? `  (+${kb(w.lazyJs)} on demand)` : ''),
  ]);
}

const floor = islandFloor(join(root, 'dist'), weights);
rows.push([`shared by every page with islands (${floor.files.length} files)`, `${kb(floor.bytes)} KB JS`]);

const scripts = readdirSync(join(root, 'tests/bench'))
  .filter((file) => file.endsWith('.ts') && !['run.ts', 'support.ts'].includes(file))
  .sort();
const out = mkdtempSync(join(tmpdir(), 'bench-'));
for (const script of scripts) {
  const json = join(out, `${script}.json`);
  console.log(`Running ${script}…`);
  const child = spawnSync(process.execPath, [join(root, 'tests/bench', script)], {
    env: { ...process.env, BENCH_JSON: json },
    encoding: 'utf8',
  });
  if (child.status !== 0 || !existsSync(json)) {
    failed = true;
    rows.push([`— ${script} —`, `failed (exit ${child.status ?? 'signal'})`]);
    console.error(child.stdout, child.stderr);
    continue;
  }
  const tables = JSON.parse(readFileSync(json, 'utf8')) as BenchTable | BenchTable[];
  for (const table of Array.isArray(tables) ? tables : [tables]) {
    rows.push([`— ${table.title} —`, '']);
    rows.push(...table.rows);
  }
}

printTable('Networking Workbook benchmark', rows);
if (failed) process.exitCode = 1;
