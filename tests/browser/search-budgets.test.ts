/**
 * Search weight budgets, on bytes as a host sends them (text gzipped at level 9; Pagefind's index,
 * records and WASM are compressed already and go as they are). Bytes are deterministic, so they are
 * tests; times are figures only (npm run bench:search).
 *
 * The journey: land on a sector page, type in the header's box, until the first result shows; and
 * the first screen of results (FIRST_RESULTS of them) fully shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_RESULTS } from '../../src/components/search-results.ts';
import { TEXT_FILE } from '../../src/lib/publish/output-checks.ts';
import { siteInBrowser } from '../support/browser-suite.ts';
import { DIST } from '../support/dist.ts';

const KB = 1024;
const site = siteInBrowser();

/** What a host sends for a path of the site. */
function sentBytes(path: string): number {
  const bytes = readFileSync(join(DIST, path));
  return TEXT_FILE.test(path) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
}

interface Journey {
  /** Site paths requested, in order, until the first result showed. */
  untilFirst: string[];
  /** Site paths requested until the first screen of results showed. */
  untilScreen: string[];
}

/** Lands on a page, types the query into the header's box, and records every file the server sent (the worker's too). */
async function journey(landing: string, query: string): Promise<Journey> {
  // Bytes as a host sends them on a first visit. The offline worker (tests/browser/offline.test.ts), once it
  // controls a page, passes the same requests through; blocked here so that each request is counted once.
  const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  // Counted at the server: a file the browser takes from its cache (a preloaded one) costs nothing.
  const start = site.server.requested.length;
  const requested = () => site.server.requested.slice(start).map((path) => path.replace(/(^|\/)$/u, '$1index.html'));
  const page: Page = await context.newPage();
  await page.goto(site.server.url + landing);
  await page.fill('#header-search', query);
  await page.waitForSelector('#header-results .result');
  const untilFirst = requested();
  await page.waitForFunction((n) => document.querySelectorAll('#header-results .result').length >= n || document.querySelector('#header-results [data-search-status]')?.textContent, FIRST_RESULTS);
  await page.waitForLoadState('networkidle');
  const untilScreen = requested();
  await context.close();
  return { untilFirst, untilScreen };
}

const total = (paths: string[]) => [...new Set(paths)].reduce((sum, p) => sum + sentBytes(p), 0);

describe('search from a sector page’s header box', () => {
  it('costs at most 115 KB for 碳化硅, landing included, and fetches Pagefind’s worker and WASM once', async () => {
    const { untilFirst } = await journey('zh/clusters/semiconductors/', '碳化硅');
    expect(untilFirst[0]).toBe('zh/clusters/semiconductors/index.html');
    expect(untilFirst.some((p) => p.endsWith('.pagefind'))).toBe(true); // the worker's requests are seen
    expect(untilFirst.filter((p) => p.endsWith('.pagefind'))).toHaveLength(1);
    expect(untilFirst).not.toContain('zh/search/index.html');
    const bytes = total(untilFirst);
    console.log(`journey 碳化硅: ${(bytes / KB).toFixed(1)} KB in ${new Set(untilFirst).size} files`);
    expect(bytes).toBeLessThanOrEqual(115 * KB);
  });

  it('on the Traditional edition, a Simplified query costs at most 115 KB too, its character map included', async () => {
    const { untilFirst } = await journey('zh-hant/clusters/semiconductors/', '无人机');
    expect(untilFirst).toContain('zh-hant/search/characters.json');
    expect(sentBytes('zh-hant/search/characters.json')).toBeLessThanOrEqual(2 * KB);
    const bytes = total(untilFirst);
    console.log(`journey 无人机 on zh-hant: ${(bytes / KB).toFixed(1)} KB in ${new Set(untilFirst).size} files`);
    expect(bytes).toBeLessThanOrEqual(115 * KB);
  });

  it.each([
    ['zh', '碳化硅'],
    ['zh', '无人机'],
    ['zh', '谢岗'],
    ['zh', '基金'],
    ['en', 'drones'],
    ['zh-hant', '無人機'],
    ['zh-hant', '无人机'],
  ])('%s "%s": each index chunk at most 12 KB, the first screen of results at most 4 KB', async (locale, query) => {
    const { untilScreen } = await journey(`${locale}/clusters/semiconductors/`, query);
    const chunks = untilScreen.filter((p) => p.endsWith('.pf_index'));
    const records = untilScreen.filter((p) => p.endsWith('.pf_fragment'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThanOrEqual(FIRST_RESULTS);
    for (const chunk of chunks) expect(sentBytes(chunk), chunk).toBeLessThanOrEqual(12 * KB);
    expect(total(records)).toBeLessThanOrEqual(4 * KB);
  });
});
