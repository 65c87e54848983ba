/**
 * The page as an older reader on a phone and a desktop reader see it, in every edition, at 375 px
 * (normal and extra-large text) and at 1280 px: a header that keeps to a quarter of a 375×740 screen
 * at every text step, a visible cue while the sections' row scrolls, a settings panel that closes on
 * Escape and on a tap outside, one grid for header and page, the English menu on one row, the zones
 * table readable (a list on a phone), a contents list that stays in view and marks the section on
 * screen, and a language switch, in a bar that stays in view, that lands on the paragraph being read. Few page loads: each edition
 * and view opens the zones page once, and policy/ (wide) or measures/ (phone) once.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES, otherLocales } from '../../src/lib/editions/locales.ts';
import { siteInBrowser } from '../support/browser-suite.ts';

const site = siteInBrowser();
const HEIGHT = 740;
const VIEWS = [
  { width: 375, size: 'normal' },
  { width: 375, size: 'largest' },
  { width: 1280, size: 'normal' },
] as const;
const SECTORS = 12;

async function open(browser: Browser, width: number, size: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: HEIGHT }, serviceWorkers: 'block' });
  await context.addInitScript((size) => {
    // Less motion: the landing on an anchor is not a smooth scroll to wait for.
    if (!localStorage.getItem('reading-settings')) localStorage.setItem('reading-settings', JSON.stringify({ 'text-size': size, motion: 'reduce' }));
  }, size);
  return context.newPage();
}

/** The header from the top of the page to the bottom of the sections' row, on a page not scrolled. */
const headerHeight = (page: Page) => page.evaluate(() => document.querySelector('.primary-nav')!.getBoundingClientRect().bottom);
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);

describe('reader layout', () => {
  it.concurrent.for(LOCALES.flatMap((locale) => VIEWS.map((view) => [locale, view.width, view.size] as const)))(
    '/%s/ at %i px, %s text',
    { timeout: 60_000 },
    async ([locale, width, size], { expect }) => {
      const page = await open(site.browser, width, size);
      const phone = width < 1024;
      try {
        // Zones: the header, the menu, the settings panel, the grid and the zones × sectors.
        await page.goto(`${site.server.url}${locale}/zones/`);
        expect(await headerHeight(page)).toBeLessThanOrEqual(HEIGHT / 4);
        expect(await noSideScroll(page)).toBe(true);

        const nav = await page.evaluate(async () => {
          const list = document.querySelector('.primary-nav ul')!;
          const cue = () => Number(getComputedStyle(document.querySelector('.primary-nav')!, '::after').opacity);
          const items = [...list.querySelectorAll('li')].map((li) => li.getBoundingClientRect().top);
          const scrolls = list.scrollWidth > list.clientWidth;
          const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await frames();
          const atStart = cue();
          list.scrollLeft = list.scrollWidth;
          // The cue follows the scroll on the next frames.
          await frames();
          return { scrolls, atStart, atEnd: cue(), rows: new Set(items).size };
        });
        if (phone) {
          // The row scrolls on a phone, and says so until its end.
          expect(nav.scrolls).toBe(true);
          expect(nav.atStart).toBeGreaterThan(0.9);
          expect(nav.atEnd).toBeLessThan(0.1);
        } else {
          expect(nav).toMatchObject({ scrolls: false, rows: 1 });
        }

        // The settings panel closes on Escape, back to its button, and on a tap outside it.
        const settings = page.locator('[data-reading-settings]');
        await page.click('[data-reading-settings] summary');
        expect(await settings.getAttribute('open')).toBe('');
        await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/settings-panel.js')))).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => settings.getAttribute('open')).toBeNull();
        expect(await page.evaluate(() => document.activeElement?.matches('[data-reading-settings] summary'))).toBe(true);
        await page.click('[data-reading-settings] summary');
        expect(await settings.getAttribute('open')).toBe('');
        // A tap in the page's margin, below the panel and on no control.
        await page.mouse.click(4, HEIGHT - 10);
        await expect.poll(() => settings.getAttribute('open')).toBeNull();
        expect(new URL(page.url()).pathname).toBe(`/${locale}/zones/`);

        // One grid: the header, the breadcrumbs and the page start at the same left edge.
        const edges = await page.evaluate(() =>
          ['.site-name', '.breadcrumbs ol > li', 'main h1', '.primary-nav li'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().left)),
        );
        expect(new Set(edges.slice(0, 3)).size, String(edges)).toBe(1);

        // Zones × sectors: a table whose every column shows its sector's name on a wide screen, a list on a phone.
        const matrix = await page.evaluate(() => {
          const table = document.querySelector('[data-matrix]')!;
          const box = table.closest('.table-scroll')!;
          const list = document.querySelector('[data-matrix-list]')!;
          return {
            table: table.getClientRects().length > 0,
            fits: box.scrollWidth <= box.clientWidth,
            headings: [...table.querySelectorAll('th[data-sector]')].filter((th) => th.getClientRects().length && (th as HTMLElement).innerText.trim() && th.getBoundingClientRect().right <= innerWidth).length,
            list: list.getClientRects().length > 0 ? list.querySelectorAll(':scope > li').length : 0,
          };
        });
        expect(matrix, JSON.stringify(matrix)).toEqual(phone ? { table: false, fits: true, headings: 0, list: SECTORS } : { table: true, fits: true, headings: SECTORS, list: 0 });

        // The contents list of policy/ stays in view and marks the section on screen (wide screen), and
        // the language switch lands on the paragraph at the top of the screen.
        // On a phone the lighter measures/ page, whose paragraphs are anchored too.
        const route = phone ? 'measures/' : 'policy/';
        const anchor = phone ? '3.4' : '2.1.3';
        await page.goto(`${site.server.url}${locale}/${route}`);
        await page.evaluate((anchor) => document.getElementById(anchor)!.scrollIntoView({ behavior: 'instant', block: 'start' }), anchor);
        if (!phone) {
          await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.doc-contents a')].filter((a) => a.matches(':target-current')).map((a) => a.getAttribute('href')))).toEqual(['#2.1']);
          const contents = await page.locator('.doc-contents').boundingBox();
          expect(contents!.y).toBeGreaterThanOrEqual(0);
          expect(contents!.y + contents!.height).toBeLessThanOrEqual(HEIGHT);
        }
        const other = otherLocales(locale)[0]!;
        // The bar with the switch stays in view: the reader taps it where they are.
        expect(await page.evaluate(() => document.querySelector('[data-language-switch]')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
        await Promise.all([page.waitForURL((url) => url.pathname === `/${other}/${route}`), page.click(`[data-language-switch][hreflang="${(await page.getAttribute(`[data-language-switch][href*="/${other}/"]`, 'hreflang'))!}"]`)]);
        expect(new URL(page.url()).hash, `${locale} ${width} ${size}`).toBe(`#${anchor}`);
        await expect.poll(() => page.evaluate((anchor) => Math.round(document.getElementById(anchor)!.getBoundingClientRect().top), anchor), { timeout: 5_000 }).toBeLessThan(HEIGHT / 2);
      } finally {
        await page.context().close();
      }
    },
  );

  it('keeps the header to a quarter of a 375 × 740 screen at every text step', async () => {
    const page = await open(site.browser, 375, 'normal');
    const heights: Record<string, number> = {};
    try {
      await page.goto(`${site.server.url}en/`);
      for (const size of ['normal', 'large', 'larger', 'largest']) {
        await page.evaluate((size) => localStorage.setItem('reading-settings', JSON.stringify({ 'text-size': size })), size);
        await page.reload();
        heights[size] = await headerHeight(page);
      }
    } finally {
      await page.context().close();
    }
    for (const [size, height] of Object.entries(heights)) expect(height, size).toBeLessThanOrEqual(HEIGHT / 4);
  });
});
