import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
const base = 'http://127.0.0.1:8770/';
const routes = ['', 'clusters/semiconductors/', 'measures/', 'policy/', 'zones/xiegang/', 'departments/science-technology/', 'for-enterprises/?sector=biomedicine&zone=xiegang&need=talent&need=land', 'at-a-glance/', 'questions/'];
const views = [{ w: 375, size: 'normal' }, { w: 375, size: 'largest' }, { w: 1280, size: 'normal' }];
const wide = [];
for (const v of views) {
  const context = await browser.newContext({ viewport: { width: v.w, height: 900 } });
  await context.addInitScript((size) => localStorage.setItem('reading-settings', JSON.stringify({ 'text-size': size, motion: 'reduce' })), v.size);
  const page = await context.newPage();
  for (const locale of ['zh', 'en', 'zh-hant']) {
    for (const r of routes) {
      await page.goto(base + locale + '/' + r);
      await page.waitForTimeout(150);
      const name = `${locale}-${r.replace(/\?.*/, '').replace(/\W+/g, '_') || 'home'}-${v.w}-${v.size}`;
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      if (sw > v.w) wide.push(`${name} ${sw}`);
      await page.screenshot({ path: `/tmp/shots5/${name}-top.png` });
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.evaluate((y) => window.scrollTo(0, y), Math.floor(h / 2));
      await page.waitForTimeout(50);
      await page.screenshot({ path: `/tmp/shots5/${name}-mid.png` });
    }
  }
  await context.close();
}
console.log('too wide:', wide.length ? wide.join('\n') : 'none');
await browser.close();
