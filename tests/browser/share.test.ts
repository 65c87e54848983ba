/**
 * Share: the address with the reader's place (#anchor) shown selected, ready to copy, and its QR code
 * on screen, drawn in the page (no other origin); then the system share sheet where the browser has
 * one, else the clipboard, with a visible confirmation, or, refused, a prompt to copy the address shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';
import { DIST } from '../support/dist.ts';
import { decodedQr } from '../support/qr.ts';

const site = siteInBrowser();

/** The text the on-screen QR code encodes, read back from a screenshot of it by a QR decoder. */
async function sharedQr(page: Page): Promise<string | undefined> {
  // In the middle of the screen, clear of the bar that stays at the top.
  await page.locator('[data-share-qr] svg').evaluate((svg) => svg.scrollIntoView({ block: 'center', behavior: 'instant' }));
  return decodedQr(page.locator('[data-share-qr] svg'));
}

describe('share', () => {
  // Every edition in every view the reader tools are tried in: phone at normal and largest text, desktop.
  const editions = [
    ['en', 'zones/songshan-lake/', 'Link copied: paste it to share.'],
    ['zh', 'measures/#3.1', '链接已复制，可以粘贴给他人。'],
    ['zh-hant', 'clusters/semiconductors/', '連結已複製，可以貼上給他人。'],
  ] as const;
  const views = [[375, 'normal'], [375, 'largest'], [1280, 'normal']] as const;
  it.each(editions.flatMap(([locale, path, copied]) => views.map(([width, size]) => [locale, width, size, path, copied] as const)))('on /%s/ at %i px (%s text): the address with its anchor, selected, its QR code, and the clipboard', async (locale, width, size, path, copied) => {
    const context = await site.browser.newContext({ viewport: { width, height: 740 }, permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript((size) => localStorage.setItem('reading-settings', JSON.stringify({ 'text-size': size })), size);
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (r) => !r.url().startsWith(site.server.url) && !r.url().startsWith('data:') && elsewhere.push(r.url()));
    await page.goto(`${site.server.url}${locale}/${path}`);
    const address = `${site.server.url}${locale}/${path}`;
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    await page.locator('[data-tool="share"]').focus();
    await page.keyboard.press('Enter');
    const status = page.locator('[data-tools-status]');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe(copied);
    expect(await status.isVisible()).toBe(true);
    // Without SITE the canonical link is a path; the address is absolute either way, with the reader's anchor.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    const field = page.locator('[data-share-panel] input');
    expect(await field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(address);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionEnd! - (document.activeElement as HTMLInputElement).selectionStart!)).toBe(address.length);
    const qr = await page.locator('[data-share-qr] svg').boundingBox();
    expect(qr!.width).toBeGreaterThanOrEqual(150);
    expect(qr!.x + qr!.width).toBeLessThanOrEqual(width);
    expect(await sharedQr(page)).toBe(address);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it('loads its QR module from a path relative to the page, as the platform package writes it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block' });
    const page = await context.newPage();
    const pageUrl = `${site.server.url}en/clusters/semiconductors/`;
    // Served only beside the page: resolved against share.js (at the site root) it would not be found.
    await page.route(`${pageUrl}qr/share-qr.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(DIST, 'share-qr.js')) }));
    await page.goto(pageUrl);
    await page.locator('[data-tool="share"]').evaluate((button) => button.setAttribute('data-module', './qr/share-qr.js'));
    await page.click('[data-tool="share"]');
    await page.locator('[data-share-qr] svg').waitFor({ timeout: 10_000 });
    expect(await sharedQr(page)).toBe(pageUrl);
    await context.close();
  });

  it.each([
    ['zh', 'zones/songshan-lake/', '链接已复制，可以粘贴给他人。'],
    ['en', 'measures/', 'Link copied: paste it to share.'],
  ])('on /%s/, with no connection for the QR module, still copies the address, leaves it shown and selected, and says why there is no QR code', async (locale, path, copied) => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block' });
    // (The offline worker would fetch the module itself, out of the test's reach.)
    const page = await context.newPage();
    await page.route('**/share-qr.js', (route) => route.abort('internetdisconnected'));
    const address = `${site.server.url}${locale}/${path}`;
    await page.goto(address);
    await page.click('[data-tool="share"]');
    const expected = JSON.parse(readFileSync(`src/locales/${locale}.json`, 'utf8')).tools.qrFailed;
    await expect.poll(() => page.locator('[data-share-qr]').innerText(), { timeout: 10_000 }).toBe(expected);
    expect(await page.locator('[data-share-qr] svg').count()).toBe(0);
    // No "scan to open" caption without a code to scan.
    expect(await page.locator('[data-share-panel] figcaption').isVisible()).toBe(false);
    expect(await page.locator('[data-tools-status]').innerText()).toBe(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    const field = page.locator('[data-share-panel] input');
    expect(await field.inputValue()).toBe(address);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionEnd! - (document.activeElement as HTMLInputElement).selectionStart!)).toBe(address.length);
    await context.close();
  });

  it('opens the share sheet at once, without waiting for the QR module (the click counts only so long)', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: (data: object) => ((window as unknown as { shared: object[] }).shared.push(data), Promise.resolve()) });
      Object.defineProperty(window, 'shared', { value: [] });
    });
    const page = await context.newPage();
    // A weak connection: the QR module has not arrived when the share sheet must open.
    let release = () => {};
    await page.route('**/share-qr.js', (route) => new Promise<void>((resolve) => (release = resolve)).then(() => route.continue()));
    await page.goto(`${site.server.url}zh/clusters/new-energy/`);
    await page.click('[data-tool="share"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: object[] }).shared), { timeout: 10_000 }).toEqual([{ title: await page.title(), url: `${site.server.url}zh/clusters/new-energy/` }]);
    expect(await page.locator('[data-share-qr] svg').count()).toBe(0);
    release();
    await page.locator('[data-share-qr] svg').waitFor({ timeout: 10_000 });
    await context.close();
  });

  it('says to copy the address shown when the clipboard is refused', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 } });
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh-hant/clusters/semiconductors/`);
    await page.click('[data-tool="share"]');
    await expect.poll(() => page.locator('[data-tools-status]').innerText(), { timeout: 10_000 }).toBe('複製下面的連結傳給他人：');
    expect(await page.locator('[data-share-panel] input').inputValue()).toBe(`${site.server.url}zh-hant/clusters/semiconductors/`);
    await context.close();
  });

  it('opens the share sheet with the title and address where the browser has one', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: (data: object) => ((window as unknown as { shared: object[] }).shared.push(data), Promise.resolve()) });
      Object.defineProperty(window, 'shared', { value: [] });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh/clusters/new-energy/`);
    await page.click('[data-tool="share"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: object[] }).shared), { timeout: 10_000 }).toEqual([{ title: await page.title(), url: `${site.server.url}zh/clusters/new-energy/` }]);
    expect(await page.locator('[data-share-panel] input').isVisible()).toBe(true);
    await context.close();
  });
});
