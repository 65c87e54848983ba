/**
 * Every page of every edition, each opened once on a 320 px phone with every check that must hold on
 * each page: axe (WCAG 2.2 A and AA) in the default reading mode; nothing scrolls sideways, is clipped,
 * overlaps or is lost, at normal and at 200% text; the skip link is the first stop and reaches the
 * main content; printing hides the site's controls and keeps all the content. One visit serves them
 * all because opening a page costs more than any one check. What depends on the template rather than
 * the page (the other reading modes and widths, every control by keyboard, no JavaScript) runs on one
 * page of each template in templates, keyboard and no-script.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, withAxe } from '../support/axe.ts';
import { siteInBrowser } from '../support/browser-suite.ts';
import { layoutProblems, problemsAtDoubleText } from '../support/layout.ts';
import { SUITE_PAGES, chunks } from '../support/pages.ts';

const site = siteInBrowser();

/** Printed, the site's navigation and controls are gone and every block of content is still there (but what a one-page brief condenses: data-print-omit, the finder's). */
async function printProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const result = await page.evaluate(() => {
    const shown = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0).length;
    const lost = [...document.querySelectorAll<HTMLElement>('main p, main li, main h1, main h2, main h3, main h4, main h5, main td')].filter(
      (el) => el.getClientRects().length === 0 && !el.closest('.more, .prev-next, [hidden], .visually-hidden, [data-no-script], [data-print-omit]') && el.textContent!.trim() !== '',
    );
    return { controls: shown('.site-header, .primary-nav, .breadcrumbs, .skip-link, .reading-settings, .header-search, .page-tools, .read-this'), lost: lost.map((el) => el.textContent!.slice(0, 20)) };
  });
  await page.emulateMedia({ media: null });
  return [...(result.controls ? [`printed: ${result.controls} navigation or control elements`] : []), ...(result.lost.length ? [`not printed: ${result.lost.join(' | ')}`] : [])];
}

/** The first Tab reaches the skip link, and following it puts focus on the main content. */
async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.className);
  if (first !== 'skip-link') return [`first Tab stop is ${first || 'nothing'}, not the skip link`];
  await page.keyboard.press('Enter');
  return (await page.evaluate(() => document.activeElement?.id)) === 'main' ? [] : ['the skip link does not move focus to main'];
}

async function problemsOnPages(browser: Browser, paths: readonly string[]): Promise<string[]> {
  // No service worker: it would cache every page opened here, work the offline suite tests on its own.
  const context = await withAxe(await browser.newContext({ viewport: { width: 320, height: 800 }, serviceWorkers: 'block' }));
  const page = await context.newPage();
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(site.server.url + path);
    // The site-wide 404 answers any address before an edition is known: no site navigation to skip or show.
    const siteWide = path === '404.html';
    const problems = [
      ...(await axeViolations(page)).map((v) => `axe ${v}`),
      ...(await layoutProblems(page, { navigation: !siteWide })),
      ...(await problemsAtDoubleText(page, { navigation: !siteWide })),
      ...(await printProblems(page)),
      ...(siteWide ? [] : await skipLinkProblems(page)),
    ];
    found.push(...problems.map((problem) => `${path}: ${problem}`));
  }
  await context.close();
  return found;
}

describe.concurrent('every page at 320 px', () => {
  it.each(chunks(SUITE_PAGES.map((p) => p.path), 22).map((paths) => [paths[0], paths]))(
    'passes axe, fits at normal and 200% text, starts with the skip link and prints its content, from %s on',
    async (_first, paths) => {
      expect(await problemsOnPages(site.browser, paths as string[])).toEqual([]);
    },
    240_000,
  );
});
