import { expect, test } from '@playwright/test';

test('search loads nothing until asked, then finds the lesson and the section', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/') || request.resourceType() === 'script')
      scripts.push(request.url());
  });
  await page.goto('/lessons/communication/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the lessons');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => url.includes('/pagefind/'))).toEqual([]);

  await page.getByLabel('Words to find in the lessons').fill('follow-up email');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/\d+ lessons? mentions? “follow-up email”\./);
  const results = page.getByRole('list', { name: 'Search results' });
  // The lesson, then the sections of it that match, each a link.
  const lesson = page.getByRole('heading', { name: 'Follow-Up Strategies' });
  await expect(results.getByRole('heading', { name: 'Follow-Up Strategies' })).toBeVisible();
  const sections = results.getByRole('listitem').filter({ has: lesson }).getByRole('list').getByRole('link');
  // Matched words are marked, with the text around them kept as it was written: the chapter's
  // label and its section title stay two words apart.
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(
    results.getByText(/From the chapter Follow-Up Strategies Follow-up is essential/).first(),
  ).toBeVisible();
  await expect(sections.first()).toHaveAttribute('href', /^\/lessons\/follow-up\/#/);
  expect(scripts.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  // The address keeps the query, so the results can be shared or reopened.
  expect(new URL(page.url()).searchParams.get('q')).toBe('follow-up email');
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Words to find in the lessons').focus();
  await page.keyboard.type('Maya');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/lessons? mentions?/);
  // Tab leaves the field, passes the button, and reaches the first result's link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /^\/lessons\//);
  const href = await focused.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.split('#')[0]}`));
});

test('the index holds lesson text, not the site frame or worksheet controls', async ({ page }) => {
  await page.goto('/search/');
  const pages = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as {
      search: (
        q: string,
      ) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
    };
    const found = await pagefind.search('goal');
    return Promise.all(found.results.map((result) => result.data()));
  });
  const goals = pages.find((p) => p.url === '/lessons/establishing-clear-goals/');
  expect(goals?.content).toContain('Establishing Clear Goals');
  for (const frame of [
    'Skip to content',
    'Add an objective',
    'Finished this lesson',
    'stays in your own browser',
  ]) {
    expect(
      pages.every((p) => !p.content.includes(frame)),
      frame,
    ).toBe(true);
  }
  expect(
    pages.every((p) => p.url.startsWith('/lessons/')),
    'only lessons are indexed',
  ).toBe(true);
});

test('a word no lesson uses says so plainly', async ({ page }) => {
  await page.goto('/search/?q=xylophone');
  await expect(page.getByRole('status')).toHaveText(
    'No lesson mentions “xylophone”. Try fewer or different words.',
  );
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
});
