/**
 * Offline reading in Chromium, against a server that can "lose the network" (it drops every
 * connection) and be redeployed: pages opened stay readable, a saved edition reads whole, pages
 * from the cache say so, and a new deployment replaces the saved copy and removes the old cache.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/offline-reading.ts';
import { editionListFile } from '../../src/lib/publish/offline.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';

const NEW_TITLE = '政策全文（新版）';
const strings = Object.fromEntries(['zh', 'en', 'zh-hant'].map((l) => [l, JSON.parse(readFileSync(`src/locales/${l}.json`, 'utf8'))]));
let work: string;
let browser: Browser;
let server: Server;
let origin: string;
/** What the server does now: serve one of the two builds, or fail as a lost network does. */
const host = { dir: '', offline: false };

/** The service worker's cache version, as written in a build's sw.js. */
const versionOf = (dir: string) => /const VERSION = '([0-9a-f]+)';/u.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!;
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'offline-'));
  const first = join(work, 'first');
  const second = join(work, 'second');
  cpSync(DIST, first, { recursive: true });
  cpSync(DIST, second, { recursive: true });
  // The second deployment changes one page's text; its service worker gets the version of its files.
  const policyPage = join(second, 'zh/policy/index.html');
  writeFileSync(policyPage, readFileSync(policyPage, 'utf8').replace('<h1>政策全文</h1>', `<h1>${NEW_TITLE}</h1>`));
  writeServiceWorker(second, readFileSync('public/sw.js', 'utf8'));

  const handlers = new Map([first, second].map((dir) => [dir, sirv(dir, { dev: true, etag: false })]));
  server = createServer((req, res) => {
    if (host.offline) return req.socket.destroy();
    handlers.get(host.dir)!(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  host.dir = first;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  server?.closeAllConnections();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('offline reading', () => {
  it('keeps opened pages and a saved edition readable offline, marked as saved copies, and a new deployment replaces them', async () => {
    const first = join(work, 'first');
    const second = join(work, 'second');
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();

    // Online: the home page installs the worker; an English page is opened (not saved).
    await page.goto(`${origin}zh/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(`${origin}en/measures/`);
    await page.goto(`${origin}zh/search/`);
    await page.goto(`${origin}zh/`);
    expect(await page.locator('[data-offline-note]').isVisible()).toBe(false);

    // Save the Chinese edition: the button states its size before, the status the files saved after.
    const list = JSON.parse(readFileSync(join(first, editionListFile('zh')), 'utf8')) as { files: string[]; bytes: number };
    await page.click('.offline-save summary');
    const save = page.locator('[data-tool="offline"]');
    expect(await save.innerText()).toContain(`约 ${Math.ceil(list.bytes / 1024)} KB`);
    await save.click();
    await expect.poll(() => page.locator('[data-tools-status]').innerText(), { timeout: 30_000 }).toBe(`已保存 ${list.files.length} 个文件：断网时也能阅读本版本。`);
    expect(await cacheNames(page)).toEqual([`offline ${origin} ${versionOf(first)}`]);

    // Offline: pages never opened load from the saved edition, and say that they are saved copies.
    host.offline = true;
    await context.setOffline(true);
    for (const path of ['zh/clusters/semiconductors/', 'zh/policy/', 'en/measures/']) {
      const response = await page.goto(origin + path);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').innerText(), path).toBe(readFileSync(join(first, path, 'index.html'), 'utf8').match(/<h1[^>]*>(?:<svg.*?<\/svg>)?([^<]+)/u)![1]);
      expect(await page.locator('[data-offline-note]').isVisible(), path).toBe(true);
      expect(await page.locator('[data-saved-date]').getAttribute('datetime'), path).toBe(new Date().toISOString().slice(0, 10));
    }
    // What was neither opened nor saved: the worker's page says so in the edition's language, never the browser's error.
    const unsaved = await page.goto(`${origin}en/policy/`);
    expect(unsaved?.status()).toBe(503);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe(strings.en.tools.unsavedTitle);
    // Like every page of the site, under a CSP (header and <meta>, right after the charset) that lets
    // in its own inline style and nothing else: a script put into it does not run.
    const policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
    expect(unsaved?.headers()['content-security-policy']).toBe(policy);
    expect(await page.evaluate(() => [...document.head.children].slice(0, 2).map((el) => el.outerHTML))).toEqual(['<meta charset="utf-8">', `<meta http-equiv="Content-Security-Policy" content="${policy}">`]);
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).maxWidth)).toBe('640px');
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'document.title = "ran"' })));
    expect(await page.title()).toBe(strings.en.tools.unsavedTitle);
    // Search was not saved: the header box says it needs a connection or saving, and Enter lands on
    // the search page (opened before, so kept), which says so too, with the query in its box.
    await page.goto(`${origin}zh/`);
    await page.fill('#header-search', '碳化硅');
    await expect.poll(() => page.locator('[data-header-results] [data-search-status]').innerText(), { timeout: 10_000 }).toBe(strings.zh.tools.searchNeedsNetwork);
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/zh\/search\//u);
    await expect.poll(() => page.locator('main [data-search-status]').innerText(), { timeout: 10_000 }).toBe(strings.zh.tools.searchNeedsNetwork);
    expect(await page.locator('#search-query').inputValue()).toBe('碳化硅');
    // A search page never opened: the worker's page says the same in its edition's language, with the query.
    expect((await page.goto(`${origin}en/search/?q=drones`))?.status()).toBe(503);
    expect(await page.locator('main').innerText()).toContain(strings.en.tools.searchNeedsNetwork);
    expect(await page.locator('main input').inputValue()).toBe('drones');

    // A new deployment: back online, a reload shows the new text, and the worker it installs saves
    // the edition again and deletes the old cache.
    host.dir = second;
    host.offline = false;
    await context.setOffline(false);
    await page.goto(`${origin}zh/policy/`);
    expect(await page.locator('h1').innerText()).toBe(NEW_TITLE);
    await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual([`offline ${origin} ${versionOf(second)}`]);
    await page.reload();
    expect(await page.locator('h1').innerText()).toBe(NEW_TITLE);
    expect(await page.locator('[data-offline-note]').isVisible()).toBe(false);

    // The saved edition now holds the new deployment's pages.
    host.offline = true;
    await context.setOffline(true);
    await page.goto(`${origin}zh/policy/`);
    expect(await page.locator('h1').innerText()).toBe(NEW_TITLE);
    await page.goto(`${origin}zh/zones/`);
    expect(await page.locator('[data-offline-note]').isVisible()).toBe(true);
    await context.close();
  }, 120_000);

  it.each([
    ['zh-hant', 375, 'normal', '集成電路', '已儲存 {{files}} 個檔案：沒有網路時也能閱讀本版本。'],
    ['en', 375, 'largest', 'silicon carbide', 'Saved {{files}} files: this edition now reads offline.'],
    ['zh', 1280, 'normal', '碳化硅', '已保存 {{files}} 个文件：断网时也能阅读本版本。'],
  ])('saves the /%s/ edition at %i px (%s text) with its search, which then finds pages offline from the header box and the search page, and nothing of another edition', async (locale, width, size, query, saved) => {
    host.dir = join(work, 'first');
    host.offline = false;
    const context = await browser.newContext({ viewport: { width, height: 740 } });
    await context.addInitScript((size) => localStorage.setItem('reading-settings', JSON.stringify({ 'text-size': size })), size);
    const page = await context.newPage();
    await page.goto(`${origin}${locale}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const list = JSON.parse(readFileSync(join(host.dir, editionListFile(locale)), 'utf8')) as { files: string[]; search: string[] };
    // What the pages load on use is in the list: the header box's module and what it imports.
    expect(list.files.filter((f) => /^_astro\/(header-search|search-results)\./u.test(f))).toHaveLength(2);
    expect(list.files.filter((f) => !f.startsWith(`${locale}/`) && /^[a-z-]+\//u.test(f) && !f.startsWith('_astro/'))).toEqual([]);
    await page.click('.offline-save summary');
    await page.check('[data-offline-search]');
    await page.click('[data-tool="offline"]');
    const count = list.files.length + list.search.length;
    await expect.poll(() => page.locator('[data-tools-status]').innerText(), { timeout: 30_000 }).toBe(saved.replace('{{files}}', String(count)));
    // The confirmation is on screen (scrolled to, smoothly), at the extra-large text step too.
    const onScreen = async () => {
      const box = (await page.locator('[data-tools-status]').boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 740;
    };
    await expect.poll(onScreen, { timeout: 5_000 }).toBe(true);

    host.offline = true;
    await context.setOffline(true);
    const response = await page.goto(`${origin}${locale}/zones/`);
    expect(response?.ok()).toBe(true);
    expect(await page.locator('[data-offline-note]').isVisible()).toBe(true);
    // The header box, on a page never opened online: results in place (Pagefind's entry file is asked for with ?ts=…).
    await page.fill('#header-search', query);
    await expect.poll(() => page.locator('[data-header-results] .result a').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The search page: the page, Pagefind's script and the edition's index, all from the cache.
    await page.goto(`${origin}${locale}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator(`main a[href*="/${locale}/clusters/semiconductors/"]`).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Another edition, not saved: the worker's page, in that edition's language.
    const other = locale === 'en' ? 'zh-hant' : 'en';
    expect((await page.goto(`${origin}${other}/zones/`))?.status()).toBe(503);
    expect(await page.locator('h1').innerText()).toBe(strings[other].tools.unsavedTitle);
    await context.close();
  }, 120_000);
});
