/**
 * The data-safety journeys (`shared.ts`) in Firefox ESR, driven by puppeteer-core over WebDriver
 * BiDi. Serves `dist/` itself (build first), prints one line per journey, exits 1 on a failure.
 * `FIREFOX_PATH` names the binary (default `/usr/bin/firefox-esr`), `PORT` the server's port.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { downloadInto, runJourneys, serveBuiltSite, type Engine, type Session, type Tab } from './shared.ts';

const executablePath = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
if (!existsSync(executablePath)) {
  console.error(
    `No Firefox at ${executablePath} (Debian: apt-get install firefox-esr, or set FIREFOX_PATH).`,
  );
  process.exit(1);
}

const { origin, stop } = await serveBuiltSite(Number(process.env['PORT'] ?? 0));
const downloads = mkdtempSync(join(tmpdir(), 'engines-firefox-downloads-'));

/** Firefox with a fresh profile; `prefs` are added to the ones that save downloads to `downloads`. */
const launch = (prefs: Record<string, unknown> = {}) =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      ...prefs,
    },
  });

function tab(page: Page): Tab {
  const element = async (css: string) => {
    const handle = await page.$(css);
    if (!handle) throw new Error(`nothing matches ${css}`);
    return handle;
  };
  return {
    goto: async (path) => void (await page.goto(origin + path, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    async type(css, text) {
      const handle = await element(css);
      await handle.evaluate((el) => {
        (el as HTMLInputElement).focus();
        (el as HTMLInputElement).select();
      });
      await page.keyboard.type(text);
    },
    click: async (css) => (await element(css)).click(),
    select: async (css, value) => void (await page.select(css, value)),
    setFile: async (css, path) => {
      const input = (await page.$(css)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`nothing matches ${css}`);
      await input.uploadFile(path);
    },
    close: () => page.close(),
  };
}

async function session(browser: Browser, ownBrowser: boolean): Promise<Session> {
  const context = await browser.createBrowserContext();
  return {
    tab: tab(await context.newPage()),
    newTab: async () => tab(await context.newPage()),
    download: (on, css) => downloadInto(downloads, () => on.click(css)),
    end: async () => (ownBrowser ? browser.close() : context.close()),
  };
}

const browser = await launch();
const engine: Engine = {
  name: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
  session: () => session(browser, false),
  // Blocking cookies blocks every kind of site storage in Firefox, as a reader's setting does.
  blockedSession: async () => session(await launch({ 'network.cookie.cookieBehavior': 2 }), true),
};
const code = await runJourneys(engine);
await browser.close();
await stop();
rmSync(downloads, { recursive: true, force: true });
process.exit(code);
