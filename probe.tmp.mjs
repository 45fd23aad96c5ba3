import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
p.on('console', m => console.log('console', m.type(), m.text().slice(0, 300)));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto(process.argv[2]);
await p.locator('[data-worksheet]').first().scrollIntoViewIfNeeded().catch(()=>{});
await p.waitForTimeout(3000);
await b.close();
