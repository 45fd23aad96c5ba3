import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { preview } from 'astro';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../support/chromium.ts';

/** Serves the built site and opens Chromium for a benchmark; `close` stops both. */
export async function openBench(): Promise<{ base: string; browser: Browser; close: () => Promise<void> }> {
  // BENCH_PORT lets several checkouts run their benchmarks side by side.
  const port = Number(process.env['BENCH_PORT'] ?? 4329);
  const server = await preview({
    root: process.cwd(),
    server: { host: '127.0.0.1', port },
    logLevel: 'warn',
  });
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: chromiumArgs,
  });
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/** Median of a list of numbers. */
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One printed table, as `npm run bench` collects it from each benchmark. */
export interface BenchTable {
  title: string;
  rows: [string, string][];
}

/**
 * Prints rows as an aligned text table. When the environment variable BENCH_JSON names a file
 * (the `npm run bench` runner sets it), the table is also written there as JSON
 * `{ title, rows }`; a script that prints several tables leaves an array of them.
 */
export function printTable(title: string, rows: [string, string][]): void {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  const file = process.env['BENCH_JSON'];
  if (!file) return;
  const table: BenchTable = { title, rows };
  const earlier = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as BenchTable | BenchTable[])
    : undefined;
  const tables = earlier === undefined ? table : [...(Array.isArray(earlier) ? earlier : [earlier]), table];
  writeFileSync(file, JSON.stringify(tables, null, 2));
}
