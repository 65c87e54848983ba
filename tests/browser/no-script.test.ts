/**
 * Without JavaScript, one page of each template in every edition still reads and navigates, and hides
 * the controls that need a script; the search page explains itself and offers lists to browse. That
 * every page has its text and navigation in the HTML, before any script, is checked over every file in
 * tests/site/contract.test.ts.
 */
import { expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';
import { TEMPLATE_PAGES } from '../support/pages.ts';

const site = siteInBrowser();

it('every template reads, navigates and hides controls that need a script', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const found: string[] = [];
  for (const { path } of TEMPLATE_PAGES) {
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
}, 120_000);
