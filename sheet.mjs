import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
for (const loc of ['zh', 'en', 'zh-hant']) for (const view of ['375-normal', '375-largest', '1280-normal']) {
  const page = await browser.newPage({ viewport: { width: view.startsWith('375') ? 2020 : 1720, height: 800 } });
  await page.goto(`http://127.0.0.1:8771/sheet-${loc}-${view}.html`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/sheet-${loc}-${view}.png`, fullPage: true });
  await page.close();
}
await browser.close();
