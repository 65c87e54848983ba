/**
 * axe-core (WCAG 2.2 A and AA rules) on every page, in both languages, in each reading mode: default,
 * large text, high contrast and dark. The mode is set as the settings script stores it, so the page
 * applies it before first paint exactly as for a reader.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, launchBrowser, serve } from '../support/browser.ts';
import { READING_MODES, SUITE_PAGES } from '../support/pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Each mode has its own browser context, so the four run side by side.
describe.concurrent.each(Object.entries(READING_MODES))('axe in %s mode', (_mode, settings) => {
  it('finds nothing on any page', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    await context.addInitScript((value) => localStorage.setItem('reading-settings', value), JSON.stringify(settings));
    const page = await context.newPage();
    const found: string[] = [];
    for (const { path } of SUITE_PAGES) {
      await page.goto(server.url + path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) found.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
    expect(found).toEqual([]);
  }, 600_000);
});
