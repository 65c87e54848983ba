/** Share: the system share sheet where the browser has one, else the address copied with a visible confirmation. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';

const site = siteInBrowser();

describe('share', () => {
  it('copies the page address and says so where there is no share sheet', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.url}en/zones/songshan-lake/`);
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    await page.locator('[data-tool="share"]').focus();
    await page.keyboard.press('Enter');
    const status = page.locator('[data-tools-status]');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('Link copied: paste it to share.');
    expect(await status.isVisible()).toBe(true);
    // Without SITE the canonical link is a path; the copied address is absolute either way.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}en/zones/songshan-lake/`);
    await context.close();
  });

  it('opens the share sheet with the title and address where the browser has one', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: (data: object) => ((window as unknown as { shared: object[] }).shared.push(data), Promise.resolve()) });
      Object.defineProperty(window, 'shared', { value: [] });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh/clusters/new-energy/`);
    await page.click('[data-tool="share"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: object[] }).shared), { timeout: 10_000 }).toEqual([{ title: await page.title(), url: `${site.server.url}zh/clusters/new-energy/` }]);
    await context.close();
  });
});
