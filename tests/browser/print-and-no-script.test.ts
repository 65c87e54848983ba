/** Printing gives the document without the site's controls; without JavaScript every page still reads and navigates. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';
import { SUITE_PAGES } from '../support/pages.ts';

const site = siteInBrowser();


const PAGES = SUITE_PAGES.filter((p) => p.path !== '404.html');

describe('print', () => {
  it('hides navigation and controls and keeps all the content of every page', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    const found: string[] = [];
    for (const { path } of PAGES) {
      await page.goto(site.server.url + path);
      const result = await page.evaluate(() => {
        const shown = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0).length;
        const hiddenContent = [...document.querySelectorAll<HTMLElement>('main p, main li, main h1, main h2, main h3, main h4, main h5, main td')].filter(
          (el) => el.getClientRects().length === 0 && !el.closest('.more, .prev-next, [hidden], .visually-hidden, [data-no-script]') && el.textContent!.trim() !== '',
        );
        return { controls: shown('.site-header, .primary-nav, .breadcrumbs, .skip-link, .reading-settings, .header-search, .page-tools, .read-this'), lost: hiddenContent.map((el) => el.textContent!.slice(0, 20)) };
      });
      if (result.controls) found.push(`${path}: ${result.controls} navigation or control elements printed`);
      if (result.lost.length) found.push(`${path}: content not printed: ${result.lost.join(' | ')}`);
    }
    await page.close();
    expect(found).toEqual([]);
  }, 300_000);
});

describe('without JavaScript', () => {
  it('every page reads, navigates and hides controls that need a script', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const found: string[] = [];
    for (const { path } of PAGES) {
      await page.goto(site.server.url + path);
      const state = await page.evaluate(() => ({
        text: document.querySelector('main')?.textContent?.trim().length ?? 0,
        nav: document.querySelectorAll('.primary-nav a').length,
        switchLink: !!document.querySelector('[data-language-switch]'),
        settingsShown: document.querySelector('.reading-settings')?.getClientRects().length ?? 0,
        toolsShown: [...document.querySelectorAll('.page-tools, .read-this')].filter((el) => el.getClientRects().length > 0).length,
      }));
      if (state.text < 20) found.push(`${path}: main has ${state.text} characters`);
      if (state.nav < 8) found.push(`${path}: ${state.nav} navigation links`);
      if (!state.switchLink) found.push(`${path}: no language switch`);
      if (state.settingsShown) found.push(`${path}: the reading settings show but cannot work`);
      if (state.toolsShown) found.push(`${path}: ${state.toolsShown} reader tools show but cannot work`);
    }
    await page.goto(`${site.server.url}en/search/`);
    expect(await page.isVisible('[data-no-script]')).toBe(true);
    expect(await page.locator('.browse a').count()).toBeGreaterThanOrEqual(17);
    await context.close();
    expect(found).toEqual([]);
  }, 300_000);
});
