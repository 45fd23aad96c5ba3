import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/built-pages';

/** Waits until the service worker is active and controls the page (a second load does that). */
async function installOffline(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after one visit every page, a worksheet and search work with no network', async ({ page, context }) => {
  test.setTimeout(90_000);
  await installOffline(page);
  await context.setOffline(true);

  for (const path of builtPages()) {
    const response = await page.goto(path);
    expect(response?.ok() ?? false, `${path} loads offline`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // A worksheet hydrates and saves, with its scripts from the cache.
  await page.goto('/lessons/establishing-clear-goals/');
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  const add = page.getByRole('button', { name: 'Add an objective' });
  await expect(add).toBeEnabled();
  await add.click();
  await expect(page.getByRole('textbox', { name: 'Objective 1', exact: true })).toBeFocused();
  await page.keyboard.type('Move into product analytics');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  await page.reload();
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('textbox', { name: 'Objective 1', exact: true })).toHaveValue(
    'Move into product analytics',
  );

  // Search loads its code and index from the cache.
  await page.goto('/search/?q=thank-you');
  await expect(page.getByRole('status')).toHaveText(/lessons? mentions? “thank-you”/);
});

test('the workbook can be installed: a manifest with name, start page and icons', async ({
  page,
  request,
}) => {
  await page.goto('/lessons/communication/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Networking Workbook', start_url: '/', display: 'standalone' });
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.type === 'image/png');
    expect(icon, `a ${size} px PNG icon`).toBeDefined();
    const png = await (await request.get(icon!.src)).body();
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
  const sw = readFileSync('dist/sw.js', 'utf8');
  for (const file of ['pagefind/pagefind.js', 'lessons/follow-up/index.html', 'manifest.webmanifest']) {
    expect(sw, `${file} is precached`).toContain(file);
  }
});

test('a new version is offered, and Reload keeps what the reader just typed', async ({ page }) => {
  test.setTimeout(60_000);
  await installOffline(page);
  await page.goto('/lessons/establishing-clear-goals/');
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Add an objective' }).click();
  await expect(page.getByRole('textbox', { name: 'Objective 1', exact: true })).toBeFocused();
  // Deploy a "new version". Playwright cannot reroute the browser's own fetch of a worker
  // script, so the test registers the same worker under a new address, which the browser
  // installs as an update of the page's registration exactly as it would a changed sw.js.
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js?version=next');
  });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of the workbook is ready.' });
  await expect(prompt).toBeVisible();
  // Typed just before the click: still inside the save delay, so not yet written.
  await page.keyboard.type('Lead a data project');
  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await page.getByRole('heading', { name: 'Goal-setting worksheet' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('textbox', { name: 'Objective 1', exact: true })).toHaveValue(
    'Lead a data project',
  );
  // The page now runs under the new version's worker.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toContain('version=next');
});
