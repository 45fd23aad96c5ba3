import { expect, test } from '@playwright/test';
import { loadedAfterHydration } from '../tools/page-weight.ts';

test('a page without progress or worksheets loads no JavaScript file', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/404', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  const inline = await page
    .locator('script')
    .evaluateAll((els) =>
      els.map((el) => ({ src: (el as HTMLScriptElement).src, size: el.textContent?.length ?? 0 })),
    );
  expect(inline.every((script) => script.src === '' && script.size < 1500)).toBe(true);
});

test('lessons are complete without JavaScript: text, navigation and the lesson list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/communication/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Communication Strategies');
  await expect(
    page.getByText('Effective communication is a critical component of successful networking.'),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).getByRole('link')).toHaveCount(6);
  await page.getByRole('link', { name: /Next lesson/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow-Up Strategies');
  await context.close();
});

test('islands wait: no script runs a lesson’s progress code before the page is idle or visible', async ({
  page,
}) => {
  const html = await (await page.request.get('/lessons/follow-up/')).text();
  const directives = [...html.matchAll(/<astro-island[^>]*\sclient="([a-z]+)"/g)].map((m) => m[1]);
  expect(directives.length).toBeGreaterThan(0);
  expect(directives.every((directive) => directive === 'idle' || directive === 'visible')).toBe(true);
});

test('the storage engine loads without the reader acting, as the page budget assumes', async ({ page }) => {
  // `npm run budgets` counts the chunks `loadedAfterHydration` names as part of a page's load;
  // this is the proof that a page with islands really fetches the storage engine on its own.
  const engine = page.waitForRequest((request) => loadedAfterHydration(new URL(request.url()).pathname));
  await page.goto('/lessons/conclusion/');
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 100_000);
  expect(loadedAfterHydration(new URL((await engine).url()).pathname)).toBe(true);
});

test('the code that saves is fetched on the first edit, and a failed fetch is shown, not swallowed', async ({
  page,
}) => {
  const saveHalf = /\/_astro\/document-writer\.[\w-]+\.js$/;
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  let offline = true;
  await page.route(saveHalf, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/lessons/conclusion/');
  await page.getByRole('heading', { name: 'Finished this lesson?' }).scrollIntoViewIfNeeded();
  const done = page.getByRole('button', { name: 'Lesson done' });
  await expect(done).toBeEnabled();
  // Reading and showing saved answers needs none of it.
  expect(fetched.filter((path) => saveHalf.test(path))).toEqual([]);

  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' }).first()).toContainText(
    'the part of the workbook that saves could not be downloaded',
  );
  expect(fetched.some((path) => saveHalf.test(path))).toBe(true);

  // Back online, the next edit fetches it again and saves both.
  offline = false;
  await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
  await done.click();
  await done.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' }).first()).toBeVisible();
  await page.reload();
  await page.getByRole('heading', { name: 'Finished this lesson?' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Lesson done' })).toHaveAttribute('aria-pressed', 'true');
});
