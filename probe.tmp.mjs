import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4334/search/?q=follow-up+email');
await p.waitForTimeout(3000);
console.log((await p.locator('#search-results').innerHTML()).slice(0, 1500));
await p.screenshot({ path: 'screenshots/search-results.png', fullPage: true });
await b.close();
