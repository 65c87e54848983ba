/**
 * axe-core (WCAG 2.2 A and AA rules): every page in the default reading mode, and one page of each
 * template in every edition in the other modes (large and extra-large text, high contrast, dark),
 * which change colours and sizes, not structure. Two tests run at a time (tests/vitest.config.ts). The mode is set as the settings script stores it, so the page
 * applies it before first paint exactly as for a reader.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { siteInBrowser } from '../support/browser-suite.ts';
import { READING_MODES, SUITE_PAGES, TEMPLATE_PAGES, chunks } from '../support/pages.ts';

const site = siteInBrowser();

/** axe's violations on each page, in one reading mode, as "path rule: targets". */
async function violations(browser: Browser, paths: readonly string[], settings: object): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  await context.addInitScript((value) => localStorage.setItem('reading-settings', value), JSON.stringify(settings));
  const page = await context.newPage();
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(site.server.url + path);
    for (const violation of await axeViolations(page)) found.push(`${path} ${violation}`);
  }
  await context.close();
  return found;
}

describe.concurrent('axe in default mode', () => {
  it.each(chunks(SUITE_PAGES.map((p) => p.path), 20).map((paths) => [paths[0], paths]))('finds nothing on the pages from %s', async (_first, paths) => {
    expect(await violations(site.browser, paths as string[], READING_MODES.default)).toEqual([]);
  }, 480_000);
});

describe.concurrent.each(Object.entries(READING_MODES).filter(([mode]) => mode !== 'default'))('axe in %s mode', (_mode, settings) => {
  it('finds nothing on one page of each template in every edition', async () => {
    expect(await violations(site.browser, TEMPLATE_PAGES.map((p) => p.path), settings)).toEqual([]);
  }, 480_000);
});
