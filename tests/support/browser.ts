/**
 * Real-browser tests: Debian's Chromium driven by playwright-core, against dist/ served on
 * 127.0.0.1 by a plain static server (sirv). Shared by every browser suite.
 */
import { existsSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, type Page, chromium } from 'playwright-core';
import sirv from 'sirv';
import { cacheControlOf } from '../../src/lib/publish/server-config.ts';
import { DIST } from './dist.ts';

/**
 * Debian's headless build of Chromium (package chromium-headless-shell): the same Blink and V8 as the
 * chromium package without the desktop browser around them, which costs about a quarter more time
 * on every page load here. The tests, the bench and Lighthouse all use it.
 */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium-headless-shell';
/** Flags that keep a headless Chromium off the network and quiet on a locked-down machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    const hint = 'install it with `apt-get install -y chromium-headless-shell` or set CHROME_PATH to a Chromium binary';
    throw new Error(process.env.CI ? `No Chromium at ${CHROMIUM} on CI: .ci/run should have installed it (${hint}).` : `No Chromium at ${CHROMIUM}: ${hint}.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface StaticServer {
  /** Origin and base path, ending in "/": http://127.0.0.1:PORT/ or …/policy/. */
  url: string;
  /** Every path the server was asked for so far, below the base and without its query: zh/, pagefind/pagefind.js. */
  requested: string[];
  close: () => Promise<void>;
}

/**
 * Serves a folder (dist/ by default) under a base path on 127.0.0.1, on a free port unless one is
 * given, with the site's cache rules. With gzip, files that have a precompressed .gz beside them are
 * sent compressed, as a host would.
 */
export async function serve(dir = DIST, base = '/', options: { port?: number; gzip?: boolean } = {}): Promise<StaticServer> {
  // Each file with the Cache-Control a host gives it by the site's rules (CACHE_RULES in src/lib/publish/server-config.ts), not
  // sirv's development no-store: what a browser may reuse (a preloaded file, say) is reused here too.
  const files = sirv(dir, { dev: true, etag: false, gzip: options.gzip ?? false, setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControlOf(path.slice(1))) });
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    requested.push(decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname.slice(base.length)));
    if (!req.url?.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside the base path');
      return;
    }
    req.url = `/${req.url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs a search on a search page as a reader would (?q=), and returns the result links and every
 * console error, uncaught error or CSP report seen meanwhile.
 */
export async function searchOnPage(page: Page, searchPage: string, query: string): Promise<{ hrefs: (string | null)[]; problems: string[] }> {
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || /Content.Security.Policy/iu.test(m.text())) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.result h2 a');
  const hrefs = await page.$$eval('.result h2 a', (links) => links.map((a) => a.getAttribute('href')));
  return { hrefs, problems };
}
