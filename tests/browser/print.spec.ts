import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('a lesson prints as clean pages: the chapter and the lesson, without navigation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/lessons/follow-up/');
  const text = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');

  expect(text).toContain('Follow-Up Strategies');
  expect(text).toContain('Follow-up is essential to building strong professional relationships.');
  expect(text).toContain('Done when');
  expect(text).toContain('Follow-up tracker');
  for (const screenOnly of ['Skip to content', 'Dark theme', 'All lessons', 'Next lesson', 'On this page']) {
    expect(text).not.toContain(screenOnly);
  }
});

test('a worksheet printed before it has loaded prints its blank paper form, not a loading line', async ({
  page,
}) => {
  // Printing does not scroll, so islands further down the lesson never load (they hydrate on visible).
  for (const [lesson, prompt] of [
    ['/lessons/follow-up/', 'Who did you meet? Write their name, role, and organization'],
    ['/lessons/communication/', 'Headline: Does it say what you do and the value or direction you bring'],
    ['/lessons/establishing-clear-goals/', 'What are your next five steps? Give each a date'],
  ]) {
    await page.goto(lesson!);
    await expect(page.locator('[data-answers-pending]').first()).toBeAttached();
    const text = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
    expect(text).not.toContain('Loading your answers');
    expect(text).toContain(prompt);
  }
});
