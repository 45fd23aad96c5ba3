import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { builtPages, pageWithWorksheet, pagesWithWorksheets } from '../support/built-pages';
import { addOneOfEverything, liveWorksheets, openWorksheet } from '../support/worksheets';

const pages = builtPages();
const worksheetPages = pagesWithWorksheets();

/** Script and markup a reader (or a tampered backup) might put where text belongs. */
const payloads = [
  '<img src=x onerror=window.__xss=1>',
  '</script><script>window.__xss=1</script>',
  'javascript:alert(1)',
];

/**
 * Records, for the whole context, every CSP violation (from the page's own event) and every
 * request to another origin, across navigations.
 */
async function watch(context: BrowserContext, origin: string) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await context.exposeBinding('__reportViolation', ({ page }, text: string) => {
    violations.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  return { violations, foreign };
}

/** Types the payloads, in turn, into every text field of every worksheet on the page. */
async function fillWithPayloads(page: Page): Promise<Map<Locator, string>> {
  const filled = new Map<Locator, string>();
  let i = 0;
  for (const worksheet of await page.locator(liveWorksheets).all()) {
    await openWorksheet(worksheet);
    await addOneOfEverything(worksheet);
    await expect(page.locator('body')).toBeVisible();
    for (const field of await worksheet.getByRole('textbox').all()) {
      const payload = payloads[i++ % payloads.length]!;
      await field.fill(payload);
      filled.set(field, payload);
    }
  }
  return filled;
}

/** Fails if any payload ran or became markup. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  expect(scripts.some((text) => text.includes('window.__xss'))).toBe(false);
}

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' }).first()).toBeVisible();

test('every built page carries a Content-Security-Policy without unsafe-inline scripts', async ({
  request,
}) => {
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(csp, `${path} has a CSP meta element`).toBeDefined();
    const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(csp, path).toContain("object-src 'none'");
    // Every inline script on the page is one the policy names by hash.
    for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
      const hash = await sha256(body ?? '');
      expect(scriptSrc, `${path} allows its inline script ${body?.slice(0, 40)}…`).toContain(
        `'sha256-${hash}'`,
      );
    }
  }
});

async function sha256(text: string) {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('base64');
}

test('a full journey raises no CSP violation and asks nothing of another origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { violations, foreign } = await watch(context, new URL(baseURL!).origin);

  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    for (const worksheet of await page.locator(liveWorksheets).all()) {
      await openWorksheet(worksheet);
    }
  }
  // Fill some worksheets, toggle the theme, mark a lesson done.
  for (const path of worksheetPages) {
    await page.goto(path);
    const worksheet = page.locator(liveWorksheets).first();
    await openWorksheet(worksheet);
    await worksheet.getByRole('button', { name: /^Add/ }).first().click();
    await page.keyboard.type('Coffee with Priya Raman');
    await saved(page);
  }
  await page.getByRole('button', { name: 'Dark theme' }).click();

  // Search, which loads Pagefind's code and WebAssembly on demand.
  await page.goto('/search/?q=follow');
  await expect(page.getByRole('status').filter({ hasText: /lessons? mentions?/ })).toBeVisible();

  // Back up and restore.
  await page.goto('/your-data/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  await page.getByLabel('Backup file').setInputFiles(await download.path());
  await page.getByLabel('Replace everything here with the backup').check();
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText(/Backup restored/)).toBeVisible();

  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('script and markup typed into every field stay inert text, on screen, after reload and in print', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(worksheetPages.length).toBeGreaterThan(0);
  const outDir = mkdtempSync(join(tmpdir(), 'xss-'));
  for (const path of worksheetPages) {
    await page.goto(path);
    const filled = await fillWithPayloads(page);
    expect(filled.size, `${path} has text fields`).toBeGreaterThan(0);
    await saved(page);
    await expectInert(page);

    await page.reload();
    for (const worksheet of await page.locator(liveWorksheets).all()) {
      await openWorksheet(worksheet);
    }
    await expectInert(page);
    // Stored and shown back as the literal text: in the fields, or as text where a worksheet shows
    // a summary after a reload (the tracker lists contacts with their forms closed).
    const values = await page
      .locator('[data-worksheet] input, [data-worksheet] textarea')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    const shown = [...values, ...(await page.locator('[data-worksheet]').allInnerTexts())].join('\n');
    for (const payload of payloads) expect(shown, path).toContain(payload);

    const pdf = join(outDir, `${path.replaceAll('/', '_')}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // A worksheet may print a summary (the tracker prints each contact's name and role), so at
    // least one markup payload must be there, as literal text.
    expect(text, `${path} prints the payload as text`).toMatch(
      /onerror=window\.__xss=1>|<\/script><script>window\.__xss=1<\/script>/,
    );
    expect(text, path).toContain('javascript:alert(1)');
  }

  // Exports carry the literal text: the backup file, as JSON strings.
  await page.goto('/your-data/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const backup = readFileSync(await download.path(), 'utf8');
  const strings: string[] = [];
  JSON.parse(backup, (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  for (const payload of payloads) expect(strings).toContain(payload);
  await expectInert(page);
});

test('the development planner’s calendar file holds the payload as plain text', async ({ page }) => {
  await page.goto(pageWithWorksheet('development'));
  const worksheet = page.locator('[data-worksheet="development"]');
  await openWorksheet(worksheet);
  await worksheet.getByRole('button', { name: /^Add an event/ }).click();
  await page.keyboard.type(payloads[0]!);
  const date = worksheet.locator('input[type="date"]').first();
  const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await date.fill(soon);
  await saved(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    worksheet.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  // Long lines are folded (RFC 5545 §3.1): unfold before reading.
  const ics = readFileSync(await download.path(), 'utf8').replace(/\r?\n[ \t]/g, '');
  expect(ics).toContain(payloads[0]);
  await expectInert(page);
});

test('an imported backup’s script and markup stay inert text', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'xss-import-'));
  const now = new Date().toISOString();
  const person = (id: string, name: string) => ({
    id,
    updatedAt: now,
    kind: 'person',
    name,
    role: payloads[1],
    organization: payloads[2],
    why: payloads[0],
    goalIds: [],
    sharedInterests: '',
    sharedBackground: '',
    mutualConnections: '',
    opportunity: '',
    tier: 'A',
    status: 'contacted',
  });
  const file = join(dir, 'backup.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'networking-workbook-backup',
      formatVersion: 1,
      exportedAt: now,
      documents: {
        people: {
          schemaVersion: 1,
          updatedAt: now,
          data: { people: payloads.map((p, i) => person(`p-${i}`, p)), deleted: {} },
        },
      },
    }),
  );
  await page.goto('/your-data/');
  await expect(page.getByLabel('Backup file')).toBeEnabled();
  await page.getByLabel('Backup file').setInputFiles(file);
  await page.getByLabel('Replace everything here with the backup').check();
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText(/Backup restored/)).toBeVisible();
  await expectInert(page);

  // Names show up as text wherever people are listed: the goal worksheet's link lists.
  const goals = worksheetPages.find((p) => p.includes('goals')) ?? worksheetPages[0]!;
  await page.goto(goals);
  const worksheet = page.locator(liveWorksheets).first();
  await openWorksheet(worksheet);
  await addOneOfEverything(worksheet);
  await expect(page.locator('body')).toBeVisible();
  await expectInert(page);
  await expect(worksheet.getByText(payloads[0]!, { exact: false }).first()).toBeVisible();
});
