/**
 * Phone-first layout: on every page at 320 px (the narrowest phone) and one page of each template at
 * 375, 768 and 1280 px, nothing scrolls sideways, no text is clipped, and the navigation is on screen;
 * at 200% text size nothing overlaps or is lost.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';
import { SUITE_PAGES, TEMPLATE_PAGES } from '../support/pages.ts';

const site = siteInBrowser();


/** What is wrong with the layout as the reader sees it now, in words. */
const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    // Text clipped: a box that hides overflow but holds more than it shows (the scrolling table is meant to).
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (el.closest('.visually-hidden, .table-scroll') || style.display === 'none') continue;
      if (/(hidden|clip)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped: ${el.tagName}.${el.className}`);
    }
    const nav = document.querySelector('.primary-nav a');
    if (!nav) problems.push('no navigation');
    else {
      const box = nav.getBoundingClientRect();
      if (box.width === 0 || box.right > width || box.left < 0) problems.push('navigation off screen');
    }
    // Overlap: two consecutive blocks of main whose boxes intersect.
    const blocks = [...document.querySelectorAll<HTMLElement>('main > *, main section > *')].filter((el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).position === 'static');
    for (let i = 1; i < blocks.length; i += 1) {
      const [a, b] = [blocks[i - 1]!.getBoundingClientRect(), blocks[i]!.getBoundingClientRect()];
      if (blocks[i - 1]!.parentElement === blocks[i]!.parentElement && b.top < a.bottom - 1 && b.left < a.right && a.left < b.right) {
        problems.push(`overlap: ${blocks[i - 1]!.tagName} and ${blocks[i]!.tagName}`);
      }
    }
    return problems;
  });

describe.each([
  [320, SUITE_PAGES],
  [375, TEMPLATE_PAGES],
  [768, TEMPLATE_PAGES],
  [1280, TEMPLATE_PAGES],
] as const)('at %i px', (width, pages) => {
  it('each page fits, clips nothing, shows its navigation and asks no other origin', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    const found: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.server.url) && !r.url().startsWith('data:')) found.push(`request to another origin: ${r.url()}`);
    });
    for (const { path } of pages) {
      await page.goto(site.server.url + path);
      if (path === '404.html') continue; // the site-wide 404 has no site navigation
      for (const problem of await layoutProblems(page)) found.push(`${path}: ${problem}`);
    }
    await page.close();
    expect(found).toEqual([]);
  }, 300_000);
});

describe('at 200% text size', () => {
  it.each([
    [320, SUITE_PAGES],
    [1280, TEMPLATE_PAGES],
  ] as const)('each page keeps all its content without overlap at %i px', async (width, pages) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    const found: string[] = [];
    for (const { path } of pages.filter((p) => p.path !== '404.html')) {
      await page.goto(site.server.url + path);
      const before = await page.evaluate(() => document.querySelector('main')!.innerText.length);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const after = await page.evaluate(() => document.querySelector('main')!.innerText.length);
      if (after !== before) found.push(`${path}: content changed at 200%`);
      for (const problem of await layoutProblems(page)) found.push(`${path}: ${problem}`);
    }
    await page.close();
    expect(found).toEqual([]);
  }, 300_000);
});

describe('at the extra-large text step', () => {
  // One page of each template in every edition: every template's layout, at a fraction of the cost.
  it('body text is at least 24 px, grids are one column, and nothing is cut off at 320 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('reading-settings', JSON.stringify({ 'text-size': 'largest' })));
    const page = await context.newPage();
    const found: string[] = [];
    // The site-wide 404 (any address, before an edition is known) has no site navigation; checked in the other suites.
    for (const { path } of TEMPLATE_PAGES.filter((p) => p.path !== '404.html')) {
      await page.goto(site.server.url + path);
      const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      if (body < 24) found.push(`${path}: body text ${body}px`);
      for (const problem of await layoutProblems(page)) found.push(`${path}: ${problem}`);
    }
    await page.goto(`${site.server.url}en/`);
    await page.setViewportSize({ width: 1280, height: 800 });
    const columns = await page.evaluate(() => [...document.querySelectorAll('.cards, .figures')].map((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length));
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.every((n) => n === 1)).toBe(true);
    await context.close();
    expect(found).toEqual([]);
  }, 120_000);
});
