import { expect, test } from '@playwright/test';

// Lessons without a worksheet are static reading: they load no script file at all. The only
// script is the tiny inline theme code.
for (const path of ['/', '/lessons/establishing-clear-goals/', '/lessons/conclusion/', '/404']) {
  test(`${path} loads no JavaScript file`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    const inline = await page
      .locator('script')
      .evaluateAll((els) =>
        els.map((el) => ({ src: (el as HTMLScriptElement).src, size: el.textContent?.length ?? 0 })),
      );
    expect(inline.every((script) => script.src === '' && script.size < 1500)).toBe(true);
  });
}
