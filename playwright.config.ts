import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/chromium';

const executablePath = findChromium();
if (!executablePath && !existsSync(chromium.executablePath())) {
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian: `apt-get install chromium`), ' +
      'set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium`.',
  );
}

// PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env['PORT'] ?? 4321);

/** Browser tests run against the built site (`astro build`), served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Axe over a filled worksheet page takes 10 to 20 s on a busy two-core machine; the default
  // 30 s left no headroom there.
  timeout: 60_000,
  workers: process.env['CI'] ? 2 : undefined,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
