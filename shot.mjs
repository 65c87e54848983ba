import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
const [base, ...paths] = process.argv.slice(2);
for (const p of paths) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(base + p);
    const name = `/tmp/shot-${p.replace(/\W+/g, '_')}-${width}.png`;
    await page.screenshot({ path: name, fullPage: width === 375 ? false : false });
    console.log(name, await page.evaluate(() => document.documentElement.scrollWidth));
    await page.close();
  }
}
await browser.close();
