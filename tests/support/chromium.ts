import { existsSync } from 'node:fs';

/** Where Debian installs Chromium; CI installs it there when missing. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium binary for browser tests: `CHROMIUM_PATH` first, then Debian's package, else
 * `undefined` so Playwright uses its own managed browser when one is installed.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/**
 * Flags that keep a headless Chromium quiet on a machine without general network access:
 * without the background-networking ones it keeps trying to reach update and sync services.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
