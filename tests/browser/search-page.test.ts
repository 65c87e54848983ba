/** The search page as a reader uses it: on a phone, from a shared link, with filters, and without JavaScript. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, withAxe } from '../support/axe.ts';
import { siteInBrowser } from '../support/browser-suite.ts';

const site = siteInBrowser();
let phone: BrowserContext;

beforeAll(async () => {
  phone = await withAxe(await site.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }));
});
// A page left open keeps its search worker: each test closes what it opened.
afterEach(async () => {
  for (const page of phone.pages()) await page.close();
});

const resultPaths = (page: Page) => page.$$eval('.result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
async function openSearch(path: string): Promise<Page> {
  const page = await phone.newPage();
  await page.goto(site.server.url + path);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent !== '');
  return page;
}

describe('search on a phone', () => {
  it('finds the semiconductor and new-materials pages first for 碳化硅', async () => {
    const page = await openSearch('zh/search/?q=碳化硅');
    expect(await page.inputValue('#search-query')).toBe('碳化硅');
    const paths = await resultPaths(page);
    expect(paths.slice(0, 2).sort()).toEqual(['/zh/clusters/new-materials/', '/zh/clusters/semiconductors/']);
    expect(await page.textContent('[data-search-status]')).toMatch(/找到\d+个结果/);
    expect(await page.locator('.result mark').first().textContent()).toBe('碳化硅');
  });

  it('keeps the query when the reader switches language', async () => {
    const page = await openSearch('zh/search/?q=碳化硅');
    await Promise.all([page.waitForURL(/\/en\/search\//u), page.click('[data-language-switch]')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('碳化硅');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent !== '');
    expect(await page.inputValue('#search-query')).toBe('碳化硅');
  });

  it('finds the low-altitude economy page for "drones"', async () => {
    const page = await openSearch('en/search/?q=drones');
    expect((await resultPaths(page))[0]).toBe('/en/clusters/low-altitude-economy/');
  });

  it('works from a shared link, and each result lands on the paragraph where the match is', async () => {
    const page = await openSearch('zh/search/?q=无人机');
    expect(await resultPaths(page)).toContain('/zh/clusters/low-altitude-economy/');
    const hrefs = await page.$$eval('.result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href)));
    expect(hrefs.map((url) => url.pathname + url.hash)).toContain('/zh/clusters/low-altitude-economy/#2.1.8');
    for (const url of hrefs) expect(url.hash, url.href).toMatch(/^#\d/u);
  });

  it('shows the first results, more on demand, with excerpts that read as text', async () => {
    const page = await openSearch('zh/search/?q=发展');
    expect(await page.locator('.result').count()).toBe(3);
    await page.click('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('.result').length > 3);
    const excerpts = await page.$$eval('.result__excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
    for (const text of excerpts) expect(text).not.toMatch(/[\u4e00-\u9fff]\. |\u200b|[\u4e00-\u9fff] [\u4e00-\u9fff]/u);
  });

  it('narrows results with filters and keeps them in the URL', async () => {
    const page = await openSearch('zh/search/?q=机器人');
    const before = await resultPaths(page);
    expect(before).toContain('/zh/clusters/high-end-equipment/');
    await page.click('summary:has-text("类别")');
    await page.check('input[name=kind][value="未来产业"]');
    await page.waitForFunction((n) => document.querySelectorAll('.result').length < n, before.length);
    const after = await resultPaths(page);
    expect(after).toEqual(['/zh/future-industries/embodied-intelligence/']);
    expect(decodeURIComponent(page.url())).toContain('kind=未来产业');
    const count = await page.textContent('input[name=kind][value="未来产业"] ~ [data-count]');
    expect(count).toBe('(1)');
  });

  it.each([
    ['zh', '人才', '谢岗'],
    ['en', 'talent', 'Xiegang'],
    ['zh-hant', '人才', '謝崗'],
  ])('keeps the citywide measures under a zone filter, and says so (%s: %s in %s)', async (locale, query, zone) => {
    const page = await openSearch(`${locale}/search/?q=${encodeURIComponent(query)}&zone=${encodeURIComponent(zone)}`);
    expect(await page.isChecked(`input[name=zone][value="${zone}"]`)).toBe(true);
    const results = await page.$$eval('.result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
    expect(results).toContain(`/${locale}/measures/#3.7`);
    expect(await page.locator('input[name=zone] >> xpath=ancestor::fieldset').locator('.facet__note').isVisible()).toBe(true);
  });

  it('keeps the URL in step as the reader types', async () => {
    const page = await openSearch('zh/search/?q=氮化镓');
    await page.fill('#search-query', '谢岗');
    await page.waitForFunction(() => decodeURIComponent(location.search) === '?q=谢岗');
    await page.waitForFunction(() => [...document.querySelectorAll('.result h2 a')].some((a) => a.getAttribute('href')?.includes('xiegang')));
  });

  it.each([
    ['zh', '松山湖'],
    ['en', 'Songshan Lake'],
    ['zh-hant', '松山湖'],
  ])('passes axe with results shown (%s)', async (locale, query) => {
    const page = await openSearch(`${locale}/search/?q=${encodeURIComponent(query)}`);
    await page.click('.facet summary >> nth=1');
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });
});

describe('search from the header box', () => {
  it('shows results in place on a sector page, passes axe, and Escape clears them', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.server.url}en/clusters/semiconductors/`);
    await page.click('#header-search');
    await page.fill('#header-search', 'drones');
    await page.waitForSelector('#header-results .result');
    expect(page.url()).toContain('/en/clusters/semiconductors/');
    const first = await page.$eval('#header-results .result a', (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash);
    expect(first).toBe('/en/clusters/low-altitude-economy/#2.1.8');
    const all = new URL((await page.getAttribute('#header-results [data-search-all]', 'href'))!, page.url());
    expect(all.pathname + all.search).toBe('/en/search/?q=drones');
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.press('#header-search', 'Escape');
    await page.waitForSelector('#header-results', { state: 'hidden' });
  });

  it('on the Traditional edition, finds Traditional pages for a Simplified query', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.server.url}zh-hant/clusters/semiconductors/`);
    await page.click('#header-search');
    await page.fill('#header-search', '无人机');
    await page.waitForSelector('#header-results .result');
    const first = await page.$eval('#header-results .result a', (a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(first).toBe('/zh-hant/clusters/low-altitude-economy/');
    // The match is marked in Traditional characters: the query was converted before searching.
    expect(await page.locator('#header-results .result mark').first().textContent()).toMatch(/^無人/u);
  });
});

describe('search without JavaScript', () => {
  it('takes the header form to the search page, which explains and offers the indexes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh/`);
    await page.fill('#header-search', '碳化硅');
    await Promise.all([page.waitForURL(/\/zh\/search\/\?q=/), page.press('#header-search', 'Enter')]);
    expect(decodeURIComponent(page.url())).toContain('/zh/search/?q=碳化硅');
    expect(await page.isVisible('[data-no-script]')).toBe(true);
    const browse = await page.$$eval('.browse a', (links) => links.map((a) => a.getAttribute('href')));
    expect(browse).toEqual(expect.arrayContaining(['/zh/clusters/semiconductors/', '/zh/zones/', '/zh/departments/']));
    expect(browse.length).toBeGreaterThanOrEqual(12 + 2);
    await context.close();
  });

  it('loads no search code on other pages', async () => {
    const page = await phone.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.server.url}zh/clusters/semiconductors/`);
    expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
  });
});
