/**
 * Keyboard only, on one page of each template: focus is always visible, every control can be reached
 * with Tab and operated, and the language switch lands on the same page. That the skip link comes
 * first and works is checked on every page in every-page.test.ts.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';
import { otherLocales } from '../../src/lib/editions/locales.ts';

const site = siteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
});

/** One page of each template, the editions taking turns: the focus walk covers every control of each. */
const TEMPLATES = ['zh/', 'en/clusters/semiconductors/', 'zh-hant/future-industries/6g/', 'en/measures/', 'zh/policy/', 'en/policy/bilingual/', 'zh-hant/zones/', 'zh/zones/songshan-lake/', 'en/departments/', 'zh-hant/departments/industry-it/', 'en/glossary/', 'zh/search/', 'zh-hant/about/', 'zh/404.html'];

interface FocusStop {
  key: string;
  visibleFocus: boolean;
  onScreen: boolean;
}
declare global {
  interface Window {
    focusStops?: FocusStop[];
  }
}

/** From now on, the page notes each element that receives focus: which control it is, and whether its focus shows. */
const noteFocusStops = (p: Page) =>
  p.evaluate(() => {
    const stops: FocusStop[] = [];
    window.focusStops = stops;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      stops.push({
        key: el.dataset.focusIndex ?? `unexpected ${el.tagName} ${el.textContent?.trim().slice(0, 30)}`,
        visibleFocus: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        onScreen: box.width > 0 && box.height > 0,
      });
    });
  });

describe('keyboard', () => {
  it.each(TEMPLATES)('reaches every control of %s with Tab, each with visible focus', async (path) => {
    await page.goto(site.server.url + path);
    // Open the disclosures first so that the controls inside them count too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Number every control a keyboard user must reach (of a radio group, Tab reaches the checked one).
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && document.querySelector(`input[name="${el.name}"]:checked`)))
        .map((el, i) => {
          el.dataset.focusIndex = `${i} ${el.tagName} ${el.getAttribute('href') ?? el.textContent?.trim().slice(0, 30)}`;
          return el.dataset.focusIndex;
        }),
    );
    await noteFocusStops(page);
    for (let i = 0; i < expected.length + 5; i += 1) await page.keyboard.press('Tab');
    // The walk is over where focus comes back to a control it has reached (Tab wraps round the page).
    const reached: string[] = [];
    const invisible: string[] = [];
    for (const stop of (await page.evaluate(() => window.focusStops))!) {
      if (reached.includes(stop.key)) break;
      reached.push(stop.key);
      if (!stop.visibleFocus || !stop.onScreen) invisible.push(stop.key);
    }
    expect(expected.filter((k) => !reached.includes(k))).toEqual([]);
    expect(invisible).toEqual([]);
  });

  it('operates the reading settings with the keyboard', async () => {
    await page.goto(`${site.server.url}zh/`);
    await page.focus('.reading-settings summary');
    await page.keyboard.press('Enter');
    await page.focus('input[name=text-size][value=normal]');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    await page.evaluate(() => localStorage.clear());
  });

  it('follows the language switch to the same page in the first other edition, on one page of each template', async () => {
    const found: string[] = [];
    for (const path of TEMPLATES.filter((p) => !p.endsWith('404.html'))) {
      await page.goto(site.server.url + path);
      await page.focus('[data-language-switch]');
      await Promise.all([page.waitForURL((url) => url.pathname !== `/${path}`), page.keyboard.press('Enter')]);
      const [locale, ...route] = path.split('/');
      const other = `${otherLocales(locale!)[0]}/${route.join('/')}`;
      if (new URL(page.url()).pathname !== `/${other}`) found.push(`${path} → ${page.url()}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps the paragraph anchor when switching language on policy/', async () => {
    await page.goto(`${site.server.url}zh/policy/#2.1.3`);
    // The page scrolls to the paragraph smoothly; the switch takes the paragraph on screen.
    await page.waitForFunction(() => Math.abs(document.getElementById('2.1.3')!.getBoundingClientRect().top) < 200);
    await page.focus('[data-language-switch]');
    await Promise.all([page.waitForURL(/\/en\/policy\//), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).hash).toBe('#2.1.3');
  });
});
