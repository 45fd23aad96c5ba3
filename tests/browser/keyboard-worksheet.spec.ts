import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const lesson = '/lessons/professional-development/';

/** A date `days` from today as ISO `YYYY-MM-DD`, and as typed into a US-English date field. */
function inDays(days: number) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [date.getFullYear(), pad(date.getMonth() + 1), pad(date.getDate())];
  return { iso: `${y}-${m}-${d}`, typed: `${m}${d}${y}` };
}

/** What the reader writes, by field label; dates are typed digit by digit like a reader would. */
const texts: Record<string, string> = {
  'Event name': 'Midwest Digital Health Summit',
  Place: 'Chicago',
  'Total cost': '$450 plus hotel',
  Organization: 'Product Analytics Guild',
  'How you will get involved (next 90 days)': 'Join the events committee',
  Source: 'The Digital Health Brief',
  'Web address': 'https://example.com/brief',
  Skill: 'Experiment design',
  'Main resource': 'Online experiments course',
  'Progress (percent)': '40',
};
const dates: Record<string, ReturnType<typeof inDays>> = {
  'Registration deadline': inDays(5),
  'Start date': inDays(20),
  'End date': inDays(21),
  'Renewal date': inDays(60),
  'Target date': inDays(70),
};
const addButtons = ['Add an event', 'Add an organization', 'Add a source', 'Add a skill'];

/** The focused element as a reader hears it: its kind and its label or name (icons left out). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    let label = el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label');
    if (label == null && el) {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((icon) => icon.remove());
      label = copy.textContent;
    }
    return { tag: el?.tagName ?? '', type: el?.type ?? '', label: (label ?? '').replace(/\s+/g, ' ').trim() };
  });

test('a reader completes the development planner with the keyboard alone', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(lesson);
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add an event' })).toBeEnabled();

  const added = new Set<string>();
  const written = new Set<string>();
  const wanted = Object.keys(texts).length + Object.keys(dates).length;
  // Tab through the page from the top; act on each stop as a keyboard user would.
  for (
    let presses = 0;
    presses < 400 && (added.size < addButtons.length || written.size < wanted);
    presses++
  ) {
    await page.keyboard.press('Tab');
    const { tag, type, label } = await focused(page);
    if (tag === 'BUTTON' && addButtons.includes(label) && !added.has(label)) {
      added.add(label);
      await page.keyboard.press('Enter');
      // Focus moves into the new entry, ready for typing.
      const now = await focused(page);
      expect(['INPUT', 'TEXTAREA'], `${label} moves focus into the new entry`).toContain(now.tag);
      await page.keyboard.type(texts[now.label]!);
      written.add(now.label);
      continue;
    }
    const key = Object.keys({ ...texts, ...dates }).find((name) => label.startsWith(name));
    if (!key || written.has(key)) continue;
    if (type === 'date') await page.keyboard.type(dates[key]!.typed);
    else await page.keyboard.type(texts[key]!);
    written.add(key);
  }
  expect([...added].sort()).toEqual([...addButtons].sort());
  expect(written.size).toBe(wanted);
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' }).first()).toBeVisible();

  // Everything typed is stored: a reload shows it.
  await page.reload();
  await page.getByRole('heading', { name: 'Development planner' }).scrollIntoViewIfNeeded();
  for (const [label, value] of Object.entries(texts)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  for (const [label, value] of Object.entries(dates)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value.iso);
  }

  // The calendar download and a delete, from the keyboard; focus lands on a sensible neighbour.
  const download = page.getByRole('button', { name: 'Download calendar (.ics)' });
  await download.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(readFileSync(await file.path(), 'utf8')).toContain('Midwest Digital Health Summit');

  await page.getByRole('button', { name: 'Delete skill “Experiment design”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Skill', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a skill' })).toBeFocused();
});
