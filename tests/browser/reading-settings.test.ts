/** Reading settings: applied before first paint, remembered, and following the system where the reader has not chosen. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';

const site = siteInBrowser();

const colours = (page: Page) =>
  page.evaluate(() => ({
    scheme: document.documentElement.dataset.scheme ?? 'auto',
    background: getComputedStyle(document.documentElement).backgroundColor,
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
  }));

async function open(options: { saved?: object; colorScheme?: 'light' | 'dark'; contrast?: 'more' | 'no-preference'; reducedMotion?: 'reduce' | 'no-preference' }) {
  const context = await site.browser.newContext({ colorScheme: options.colorScheme ?? 'light', reducedMotion: options.reducedMotion ?? 'no-preference', contrast: options.contrast ?? 'no-preference' });
  if (options.saved) await context.addInitScript((value) => localStorage.setItem('reading-settings', value), JSON.stringify(options.saved));
  const page = await context.newPage();
  await page.goto(`${site.server.url}zh/clusters/semiconductors/`);
  return page;
}

/** The colours and scrolling of the page opened with these options (its context closed after). */
async function coloursWith(options: Parameters<typeof open>[0]) {
  const page = await open(options);
  try {
    return await colours(page);
  } finally {
    await page.context().close();
  }
}

describe('reading settings', () => {
  it('apply the saved choice before the body exists, so nothing flashes', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      localStorage.setItem('reading-settings', JSON.stringify({ 'text-size': 'larger', scheme: 'dark' }));
      // Note the settings at the moment the parser creates <body>, before anything is painted.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { atBody: object }).atBody = { ...document.documentElement.dataset };
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}en/`);
    expect(await page.evaluate(() => (window as unknown as { atBody: object }).atBody)).toMatchObject({ textSize: 'larger', scheme: 'dark', script: '' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('21px');
    await context.close();
  });

  it('follow the system where the reader has not chosen', async () => {
    expect(await coloursWith({})).toEqual({ scheme: 'auto', background: 'rgb(255, 255, 255)', scroll: 'smooth' });
    expect((await coloursWith({ colorScheme: 'dark' })).background).toBe('rgb(18, 21, 25)');
    expect((await coloursWith({ contrast: 'more' })).scheme).toBe('contrast');
    expect((await coloursWith({ reducedMotion: 'reduce' })).scroll).toBe('auto');
  });

  it('let the reader’s choice win over the system', async () => {
    expect((await coloursWith({ colorScheme: 'dark', saved: { scheme: 'light' } })).background).toBe('rgb(255, 255, 255)');
    expect((await coloursWith({ contrast: 'more', saved: { scheme: 'dark' } })).scheme).toBe('dark');
    expect((await coloursWith({ saved: { motion: 'reduce' } })).scroll).toBe('auto');
  });

  it('are remembered from page to page', async () => {
    const page = await open({});
    await page.click('.reading-settings summary');
    await page.check('input[name=scheme][value=contrast]');
    await page.goto(`${site.server.url}en/policy/`);
    expect((await colours(page)).scheme).toBe('contrast');
    expect(await page.isChecked('input[name=scheme][value=contrast]')).toBe(true);
    await page.context().close();
  });
});
