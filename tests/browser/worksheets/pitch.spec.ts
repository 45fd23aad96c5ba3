import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openPlan } from '../../support/plan';

const lesson = '/lessons/communication/';

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

/** Scrolls to the pitch builder (it hydrates when visible); ready once the stored pitch is read. */
async function openBuilder(page: Page) {
  await page.goto(lesson);
  await page.getByRole('heading', { name: 'Pitch builder', exact: true }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Add a variant' })).toBeEnabled();
}

const pitchText = (page: Page) => page.getByLabel('Pitch text');
const verdict = (page: Page) => page.getByRole('region', { name: 'Your pitch' }).locator('.pitch-verdict');

/** Maya's answers to the five prompts. */
async function answerPrompts(page: Page) {
  await page.getByLabel('1. Who you are').fill("I'm a data analyst at Lakemont Health");
  await page
    .getByLabel('2. What you do and the value you bring')
    .fill('I turn hospital data into decisions for clinical teams');
  await page
    .getByLabel('3. A proof point or short story')
    .fill('Fixing one booking screen raised online bookings 18 percent in three months');
  await page.getByLabel('4. Your ask').fill('Who should I be talking to?');
  await page
    .getByLabel('5. A hook or opening line')
    .fill('40 percent of our patients quit at a single insurance screen');
}

const assembled =
  "40 percent of our patients quit at a single insurance screen. I'm a data analyst at Lakemont Health. I turn hospital data into decisions for clinical teams. Fixing one booking screen raised online bookings 18 percent in three months. Who should I be talking to?";

test('the prompts assemble a pitch whose timing verdict follows the target', async ({ page }) => {
  await openBuilder(page);
  await expect(verdict(page)).toContainText('No words yet. Aim for about 130 words.');
  await answerPrompts(page);
  await expect(pitchText(page)).toHaveValue(assembled);
  // 45 words at 130 a minute is about 21 seconds.
  await expect(verdict(page)).toHaveText(
    'Under target. 45 words. About 21 seconds: 39 seconds under your 60-second target.',
  );
  await page.getByLabel('30 seconds (about 65 words)').check();
  await expect(verdict(page)).toHaveText(
    'Under target. 45 words. About 21 seconds: 9 seconds under your 30-second target.',
  );
  await page.getByLabel('Speaking pace (words a minute)').fill('90');
  await expect(verdict(page)).toHaveText('On target. 45 words. About 30 seconds: on your 30-second target.');
  await page
    .getByLabel('2. What you do and the value you bring')
    .fill(
      'I turn hospital data into decisions for clinical and operations teams across six hospitals, from readmission dashboards to staffing forecasts and the patient portal',
    );
  await expect(verdict(page)).toContainText('Over target.');
  await expect(verdict(page)).toContainText(/seconds over your 30-second target\.$/);
  await page.getByLabel('Speaking pace (words a minute)').fill('20');
  await expect(page.getByText('Pace is a whole number of words a minute from 80 to 220.')).toBeVisible();
  await expect(verdict(page)).toContainText('Over target.');
  await expect(page.getByLabel('Speaking pace (words a minute)')).toHaveAttribute('aria-invalid', 'true');
});

test('hand edits survive prompt changes; versions save, compare and restore; all of it survives a reload', async ({
  page,
}) => {
  await openBuilder(page);
  await answerPrompts(page);
  // The live region is there, empty, before the result: screen readers announce it then.
  const versionsStatus = page.getByRole('region', { name: 'Versions' }).getByRole('status');
  await expect(versionsStatus).toBeEmpty();
  await page.getByRole('button', { name: 'Save version' }).click();
  await expect(versionsStatus).toHaveText('✓ Saved this version of your pitch.');

  await pitchText(page).fill(
    assembled.replace(
      'Who should I be talking to?',
      'Could you introduce me to someone in product analytics?',
    ),
  );
  await page.getByLabel('4. Your ask').fill('Any advice for my switch?');
  await expect(pitchText(page)).toHaveValue(/Could you introduce me to someone in product analytics\?$/);
  await expect(
    page.getByText('You have edited this text, so changing a prompt no longer changes it.'),
  ).toBeVisible();

  await page.getByRole('button', { name: /^Compare with current/ }).click();
  const comparison = page.locator('.pitch-compare');
  await expect(comparison).toContainText('words added');
  await expect(comparison.locator('ins').filter({ hasText: 'introduce' })).toContainText('[+');
  await expect(comparison.locator('del').filter({ hasText: 'talking' })).toContainText('[−');

  await page.getByRole('button', { name: /^Restore the version of/ }).click();
  await expect(pitchText(page)).toHaveValue(assembled);
  await expect(
    page.getByText(/Restored the version of .*Your previous text is kept as a version\./),
  ).toBeVisible();
  await expect(page.locator('.pitch-versions li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(pitchText(page)).toHaveValue(/introduce me to someone/);

  await page.getByRole('button', { name: 'Rebuild from prompts' }).click();
  await expect(pitchText(page)).toHaveValue(/Any advice for my switch\?$/);

  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Pitch builder', exact: true }).scrollIntoViewIfNeeded();
  await expect(pitchText(page)).toHaveValue(/Any advice for my switch\?$/);
  await expect(page.getByLabel('4. Your ask')).toHaveValue('Any advice for my switch?');
  await expect(page.locator('.pitch-versions li')).toHaveCount(2);
});

test('the practice timer measures a run from the clock and logs it with the trend', async ({ page }) => {
  await page.clock.install();
  await openBuilder(page);
  await answerPrompts(page);
  await page.getByRole('button', { name: 'Open practice view' }).click();
  await expect(page.locator('.pitch-practice__text')).toHaveText(assembled);
  // Stop the page's clock, so a slow machine adds no real seconds between the steps below.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await expect(page.getByText('Runs under 10 seconds aren’t logged.')).toBeVisible();
  // A start pressed by accident and stopped a few seconds later is not a run.
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.fastForward(4_000);
  await page.getByRole('button', { name: 'Stop timer' }).click();
  await expect(page.getByText('Not logged: 4 seconds is too short for a run.')).toBeVisible();
  await expect(page.locator('.pitch-trend')).toHaveText('No practice runs yet.');

  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('button', { name: 'Stop timer' })).toBeFocused();
  await page.clock.fastForward(42_000);
  await expect(page.getByRole('timer', { name: 'Time elapsed' })).toHaveText('0:42');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Logged: About 42 seconds: 18 seconds under your 60-second target.'),
  ).toBeVisible();
  await expect(page.locator('.pitch-trend')).toHaveText('1 run, 42 seconds against a 60-second target.');

  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.fastForward(58_000);
  await page.getByRole('button', { name: 'Stop timer' }).click();
  await expect(page.locator('.pitch-trend')).toHaveText(
    '2 runs: first 42 seconds, latest 58 seconds, closer to your target than your first run (60 seconds).',
  );
  await expect(
    page.getByRole('img', { name: /Run lengths in seconds, oldest first: 42, 58\./ }),
  ).toBeVisible();
  await page.clock.runFor(2_000);
  await saved(page);
});

test('a variant made from the pitch is carried on the pocket card, and in a second tab', async ({
  context,
}) => {
  const page = await context.newPage();
  // Printing is the browser's own dialog; the test only needs the page as it is set up for it.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await openBuilder(page);
  await answerPrompts(page);
  await page.getByLabel('Audience', { exact: true }).selectOption('informal');
  await page.getByRole('button', { name: 'Add a variant' }).click();
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await name.fill('Informal introduction (for Daniel)');
  const variantText = page.getByLabel('Text for Informal introduction (for Daniel)');
  await expect(variantText).toHaveValue(assembled);
  await variantText.fill(
    'Maya Okafor is a data analyst at Lakemont Health moving into product analytics. She would value 20 minutes of your perspective.',
  );
  const variantVerdict = (tab: Page) => tab.locator('.ws-card .pitch-verdict');
  await expect(variantVerdict(page)).toHaveText(
    'Under target. 21 words. About 10 seconds: 20 seconds under your 30-second target.',
  );
  await page.getByLabel('Informal introduction (for Daniel)', { exact: true }).check();
  await saved(page);

  const second = await context.newPage();
  await openBuilder(second);
  await expect(second.getByLabel('Text for Informal introduction (for Daniel)')).toHaveValue(/^Maya Okafor/);
  await expect(second.getByLabel('Informal introduction (for Daniel)', { exact: true })).toBeChecked();
  await second.getByLabel('Target length (seconds)').fill('15');
  await saved(second);
  await expect(page.getByLabel('Target length (seconds)')).toHaveValue('15');
  await expect(variantVerdict(page)).toHaveText(
    'On target. 21 words. About 10 seconds: on your 15-second target.',
  );

  await page.getByRole('button', { name: 'Print pocket card' }).click();
  const dir = mkdtempSync(join(tmpdir(), 'pitch-'));
  const read = async (file: string) => {
    writeFileSync(join(dir, file), await page.pdf({ format: 'Letter' }));
    return execFileSync('pdftotext', [join(dir, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const pages = (file: string) =>
    Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [join(dir, file)], { encoding: 'utf8' }))?.[1]);
  const card = await read('card.pdf');
  // One sheet with the card on it, not the card repeated over every page the lesson fills.
  expect(pages('card.pdf')).toBe(1);
  expect(card).toContain('INFORMAL INTRODUCTION (FOR DANIEL) · 15 SECONDS');
  expect(card).toContain('Maya Okafor is a data analyst at Lakemont Health moving into product analytics.');
  expect(card).not.toContain('Print pocket card');
  expect(card).not.toContain('Answer the prompts');
  expect(card).not.toContain('Communication Strategies');

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const full = await read('full.pdf');
  expect(full).toContain('Answer the prompts');
  expect(full).toContain('40 percent of our patients quit at a single insurance screen');
  expect(full).not.toContain('Print pocket card');
  expect(full).not.toContain('Save version');
  expect(full).not.toContain('Open practice view');
  expect(pages('full.pdf')).toBeGreaterThan(1);

  // "Print this worksheet" after the card prints the worksheet as usual, without the card.
  await page
    .locator('[data-worksheet="pitch"]')
    .getByRole('button', { name: 'Print this worksheet' })
    .click();
  const sheet = await read('sheet.pdf');
  expect(sheet).toContain('Answer the prompts');
  expect(sheet).toContain('Maya Okafor is a data analyst at Lakemont Health moving into product analytics.');
  expect(sheet).not.toContain('INFORMAL INTRODUCTION (FOR DANIEL) · 15 SECONDS');
  expect(sheet).not.toContain('Why it matters');
  expect(pages('sheet.pdf')).toBeGreaterThan(1);
});

test('a written summary is measured in words, on the page, on the pocket card and in the plan', async ({
  page,
}) => {
  await openBuilder(page);
  await answerPrompts(page);
  await page.getByLabel('Audience', { exact: true }).selectOption('written');
  await page.getByRole('button', { name: 'Add a variant' }).click();
  const card = page.locator('.ws-card');
  // Read, not said: no length in seconds to set, and the verdict counts words.
  await expect(card.getByLabel('Target length (seconds)')).toHaveCount(0);
  await expect(card.locator('.pitch-verdict')).toHaveText(
    'Under target. 45 words. 105 words under the target of 150 to 250 words.',
  );
  const paragraph =
    'I turn hospital data into decisions that clinical and operations teams can act on the same week. ';
  await page.getByLabel('Text for Written online summary').fill(paragraph.repeat(10).trim());
  await expect(card.locator('.pitch-verdict')).toHaveText(
    'On target. 170 words. Within the target of 150 to 250 words.',
  );
  await page.getByLabel('Written online summary', { exact: true }).check();
  await expect(page.locator('.pitch-pocket__label')).toHaveText('Written online summary · 150 to 250 words');
  await saved(page);

  await openPlan(page);
  await expect(page.getByText('170 words · target 150 to 250 words')).toBeVisible();
  // The base pitch follows the carried summary; it is said, so it alone keeps a speaking time.
  await expect(page.getByText(/words a minute · target/)).toHaveCount(1);
  const plan = await page.locator('main').innerText();
  expect(plan.indexOf('170 words · target')).toBeLessThan(plan.search(/words a minute · target/));
});

test('a version note not yet saved survives a reload, asks before leaving, and goes once saved', async ({
  page,
}) => {
  await openBuilder(page);
  await answerPrompts(page);
  const note = page.getByLabel('Note for this version (optional)');
  await note.fill('after the coffee with Daniel');

  // Leaving the page with the note unsaved asks first; staying keeps it, and so does a reload.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.goto('/').catch(() => {});
  await expect(note).toHaveValue('after the coffee with Daniel');
  await saved(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await page.getByRole('heading', { name: 'Pitch builder', exact: true }).scrollIntoViewIfNeeded();
  await expect(note).toHaveValue('after the coffee with Daniel');

  await page.getByRole('button', { name: 'Save version' }).click();
  await expect(page.locator('.pitch-versions li')).toContainText('after the coffee with Daniel');
  await expect(note).toHaveValue('');
  await saved(page);
  // Nothing is left to lose: the page leaves without asking, and the note stays saved, not drafted.
  page.once('dialog', (dialog) => {
    throw new Error(`Asked before leaving with nothing unsaved: ${dialog.message()}`);
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Pitch builder', exact: true }).scrollIntoViewIfNeeded();
  await expect(page.locator('.pitch-versions li')).toContainText('after the coffee with Daniel');
  await expect(note).toHaveValue('');
});

test('a variant can be added, filled and deleted with the keyboard alone', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Audience', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add a variant' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Recruiter (Sofia)');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Delete variant “Recruiter (Sofia)”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Deleted the variant “Recruiter (Sofia)”.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a variant' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the filled pitch builder, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openBuilder(page);
    await answerPrompts(page);
    await page.getByRole('button', { name: 'Add a variant' }).click();
    await page.getByRole('button', { name: 'Save version' }).click();
    await pitchText(page).fill('A shorter pitch.');
    await page.getByRole('button', { name: /^Compare with current/ }).click();
    await page.getByRole('button', { name: 'Open practice view' }).click();
    await page.getByRole('button', { name: 'Copy pitch' }).click();
    const results = await new AxeBuilder({ page })
      .include('[data-worksheet="pitch"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
      [],
    );
  });
}
