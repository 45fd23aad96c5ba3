/**
 * Takes screenshots of the built site for a human to look at: every page at desktop and phone
 * width, light and dark, plus a print PDF of one lesson. Run `npm run screenshots` with the
 * preview server up (`npm start`); files land in `screenshots/` (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../support/chromium.ts';

const base = process.env['BASE_URL'] ?? 'http://127.0.0.1:4321';
const out = process.env['OUT_DIR'] ?? 'screenshots';
const pages = (
  process.env['PAGES'] ?? '/,/lessons/establishing-clear-goals/,/lessons/communication/,/404'
).split(',');
const widths = { desktop: 1280, phone: 390 };

mkdirSync(out, { recursive: true });
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
for (const path of pages) {
  const name = path.replace(/\/+$/, '').replace(/^\//, '').replaceAll('/', '_') || 'home';
  for (const [device, width] of Object.entries(widths)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(base + path);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({
        path: `${out}/${name}-${device}-${colorScheme}.png`,
        fullPage: process.env['FULL'] === '1',
      });
      await page.close();
    }
  }
  const page = await browser.newPage();
  await page.goto(base + path);
  await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4' });
  await page.close();
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
