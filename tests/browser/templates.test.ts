/**
 * One page of each template in every edition, each opened once on a 320 px phone, for what depends on
 * the template rather than the page (every page gets the default-mode checks in every-page.test.ts):
 * - axe (WCAG 2.2 A and AA) in each reading mode other than the default: large and extra-large text,
 *   high contrast, dark. Each mode is chosen on the open page with the page's own settings control,
 *   as a reader does; that a saved mode applies before first paint is tested in reading-settings.
 * - at the extra-large text step, body text of at least 24 px, nothing cut off at 320 px, and every
 *   grid in one column even at 1280 px;
 * - in the default mode at 375, 768 and 1280 px, and at 1280 px with 200% text: nothing scrolls
 *   sideways, is clipped, overlaps or is lost, and the navigation is on screen;
 * - no request to any other origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/editions/locales.ts';
import { axeViolations, withAxe } from '../support/axe.ts';
import { siteInBrowser } from '../support/browser-suite.ts';
import { layoutProblems, problemsAtDoubleText } from '../support/layout.ts';
import { TEMPLATE_PAGES, chunks } from '../support/pages.ts';

const site = siteInBrowser();

/** The reading modes other than the default, by the names and values of the settings control. */
const READING_MODES: Record<string, Record<string, string>> = {
  'large text': { 'text-size': 'larger' },
  'extra-large text': { 'text-size': 'largest' },
  'high contrast': { scheme: 'contrast' },
  dark: { scheme: 'dark' },
};

/**
 * Chooses the settings in the page's reading settings control (each setting not given at its
 * default, the first choice of its group) and returns what the page then applies, as "name=value"
 * for each setting that is not the default.
 */
const choose = (page: Page, settings: Record<string, string>) =>
  page.evaluate((settings) => {
    const control = document.querySelector('[data-reading-settings]')!;
    const groups = new Set([...control.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((input) => input.name));
    for (const name of groups) {
      const value = settings[name] ?? control.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value;
      const input = control.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
      if (!input.checked) input.click();
    }
    return [...groups].filter((name) => document.documentElement.hasAttribute(`data-${name}`)).map((name) => `${name}=${document.documentElement.getAttribute(`data-${name}`)}`);
  }, settings);

/** At the extra-large step: body text size, the layout at 320 px, and the column counts of the grids at 1280 px. */
async function extraLargeProblems(page: Page): Promise<{ problems: string[]; grids: number }> {
  const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const problems = [...(body < 24 ? [`body text ${body}px`] : []), ...(await layoutProblems(page))];
  await page.setViewportSize({ width: 1280, height: 800 });
  const columns = await page.evaluate(() => [...document.querySelectorAll('.facts, .figures, .cards')].map((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length));
  if (columns.some((n) => n !== 1)) problems.push(`grids in ${columns.join(', ')} columns at 1280 px`);
  await page.setViewportSize({ width: 320, height: 800 });
  return { problems, grids: columns.length };
}

async function problemsOnTemplates(paths: readonly string[]): Promise<{ found: string[]; grids: number }> {
  const context = await withAxe(await site.browser.newContext({ viewport: { width: 320, height: 800 }, serviceWorkers: 'block' }));
  const page = await context.newPage();
  const found: string[] = [];
  let grids = 0;
  page.on('request', (r) => {
    if (!r.url().startsWith(site.server.url) && !r.url().startsWith('data:')) found.push(`request to another origin: ${r.url()}`);
  });
  for (const path of paths) {
    await page.goto(site.server.url + path);
    // The site-wide 404 answers any address before an edition is known: no script, no reading
    // settings, no site navigation. Its default mode at 320 px is checked with every page.
    const siteWide = path === '404.html';
    if (!siteWide) {
      for (const [mode, settings] of Object.entries(READING_MODES)) {
        expect(await choose(page, settings), `${path}: ${mode} chosen`).toEqual(Object.entries(settings).map(([name, value]) => `${name}=${value}`));
        found.push(...(await axeViolations(page)).map((v) => `${path} in ${mode} mode: axe ${v}`));
        if (mode === 'extra-large text') {
          const extraLarge = await extraLargeProblems(page);
          found.push(...extraLarge.problems.map((p) => `${path} in ${mode} mode: ${p}`));
          grids += extraLarge.grids;
        }
      }
      expect(await choose(page, {}), `${path}: default chosen`).toEqual([]);
    }
    // The layout is CSS only: resizing the open page lays it out as a fresh load at that width would.
    const options = { navigation: !siteWide };
    for (const width of [375, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      found.push(...(await layoutProblems(page, options)).map((p) => `${path} at ${width} px: ${p}`));
    }
    found.push(...(await problemsAtDoubleText(page, options)).map((p) => `${path} at 1280 px: ${p}`));
    await page.setViewportSize({ width: 320, height: 800 });
  }
  await context.close();
  return { found, grids };
}

describe.concurrent.each(LOCALES)('one page of each template, %s edition', (locale) => {
  const paths = TEMPLATE_PAGES.filter((p) => p.locale === locale).map((p) => p.path);
  it.each(chunks(paths, Math.ceil(paths.length / 2)).map((part) => [part[0], part]))(
    'passes axe in every other reading mode, holds the extra-large text step and fits every width, from %s on',
    async (_first, part) => {
      const { found, grids } = await problemsOnTemplates(part as string[]);
      expect(found).toEqual([]);
      // The home page's figures and sector cards are among them: the grid check found grids to check.
      if ((part as string[]).includes(`${locale}/`)) expect(grids).toBeGreaterThan(0);
    },
    180_000,
  );
});

it('fits the site-wide 404 page at every width', async () => {
  expect((await problemsOnTemplates(['404.html'])).found).toEqual([]);
});
