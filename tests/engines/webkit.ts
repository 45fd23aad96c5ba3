/**
 * The data-safety journeys (`shared.ts`) in WebKit: WebKitGTK's MiniBrowser, driven by
 * webdriverio over WebKitWebDriver. MiniBrowser has no headless mode: run under `xvfb-run -a`
 * (`npm run test:webkit` does). Serves `dist/` itself (build first), prints one line per journey,
 * exits 1 on a failure. `PORT` is the site's port; WebKitWebDriver listens on the next one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';
import {
  downloadInto,
  runJourneys,
  serveBuiltSite,
  until,
  type Engine,
  type Session,
  type Tab,
} from './shared.ts';

const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
for (const [path, install] of [
  [miniBrowser, 'webkit2gtk-driver'],
  ['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
] as const) {
  if (!existsSync(path)) {
    console.error(`No ${path} (Debian: apt-get install ${install} xvfb xauth).`);
    process.exit(1);
  }
}
if (!process.env['DISPLAY']) {
  console.error('MiniBrowser needs a display: run this under `xvfb-run -a`.');
  process.exit(1);
}

const { origin, stop } = await serveBuiltSite(Number(process.env['PORT'] ?? 0));
const driverPort = Number(new URL(origin).port) + 1;
// MiniBrowser saves a download in the XDG download folder, which is the home folder itself when
// no user-dirs.dirs names one: a home of its own keeps the runner's downloads apart.
const downloads = mkdtempSync(join(tmpdir(), 'engines-webkit-home-'));
const driver = spawn('WebKitWebDriver', [`--port=${driverPort}`], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, HOME: downloads },
});
const stopAll = async () => {
  driver.kill();
  await stop();
  rmSync(downloads, { recursive: true, force: true });
};

/**
 * A MiniBrowser session: WebKitWebDriver starts each with ephemeral storage, so each is a fresh
 * profile. `settings` are WebKitSettings given on MiniBrowser's command line.
 */
async function session(settings: string[] = []): Promise<Session> {
  const browser = await until(
    'WebKitWebDriver',
    async () => {
      try {
        return await remote({
          hostname: '127.0.0.1',
          port: driverPort,
          logLevel: 'error',
          connectionRetryCount: 0,
          connectionRetryTimeout: 30_000,
          capabilities: {
            'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', ...settings] },
          } as WebdriverIO.Capabilities,
        });
      } catch (error) {
        return { why: String(error) };
      }
    },
    60_000,
  );

  function tab(handle: string): Tab {
    /** Every command goes to this tab's window, whichever one the last command used. */
    const here = async () => {
      if ((await browser.getWindowHandle().catch(() => '')) !== handle) await browser.switchToWindow(handle);
    };
    const element = async (css: string) => {
      await here();
      return browser.$(css);
    };
    return {
      goto: async (path) => {
        await here();
        await browser.url(origin + path);
      },
      reload: async () => {
        await here();
        await browser.refresh();
      },
      evaluate: async (fn, arg) => {
        await here();
        return browser.execute(fn as (...args: unknown[]) => unknown, arg) as never;
      },
      async type(css, text) {
        const el = await element(css);
        await browser.execute((field) => {
          (field as unknown as HTMLInputElement).focus();
          (field as unknown as HTMLInputElement).select();
        }, el);
        // Send Keys keeps the focused field's selection, so the text replaces what was there.
        await el.addValue(text);
      },
      click: async (css) => (await element(css)).click(),
      select: async (css, value) => (await element(css)).selectByAttribute('value', value),
      // Send Keys to a file input chooses the file at that path (WebDriver's file upload).
      setFile: async (css, path) => (await element(css)).addValue(path),
      close: async () => {
        await here();
        await browser.closeWindow();
      },
    };
  }

  const first = await browser.getWindowHandle();
  return {
    tab: tab(first),
    async newTab() {
      await browser.switchToWindow(first); // the current window may be one just closed
      // A window, not a tab: a background tab is hidden, so its `client:visible` islands never wake.
      const { handle } = await browser.createWindow('window');
      return tab(handle);
    },
    download: (on, css) => downloadInto(downloads, () => on.click(css)),
    end: () => browser.deleteSession(),
  };
}

let code = 1;
try {
  const engine: Engine = {
    name: 'WebKit',
    session: () => session(),
    // WebKit's own settings for a browser that keeps no site data: no IndexedDB, no localStorage.
    blockedSession: () => session(['--enable-html5-database=false', '--enable-html5-local-storage=false']),
  };
  code = await runJourneys(engine);
} finally {
  await stopAll();
}
process.exit(code);
