/**
 * axe-core (WCAG 2.2 A and AA rules) on every page, in both languages, in each reading mode: default,
 * large text, high contrast and dark. The mode is set as the settings script stores it, so the page
 * applies it before first paint exactly as for a reader.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';
import { READING_MODES, SUITE_PAGES } from '../support/pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const site = siteInBrowser();


// Each mode has its own browser context, so the four run side by side.
describe.concurrent.each(Object.entries(READING_MODES))('axe in %s mode', (_mode, settings) => {
  it('finds nothing on any page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    await context.addInitScript((value) => localStorage.setItem('reading-settings', value), JSON.stringify(settings));
    const page = await context.newPage();
    const found: string[] = [];
    for (const { path } of SUITE_PAGES) {
      await page.goto(site.server.url + path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) found.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
    expect(found).toEqual([]);
  }, 600_000);
});
