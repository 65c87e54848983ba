/**
 * Deploying under a sub-path: a build with BASE=/policy/ and SITE set, served under /policy/ by a
 * plain static server that also sends the site's Content-Security-Policy header, as README's server
 * configs do. Every link and asset must answer, URLs must be absolute with the base, and search
 * must work under the policy. The same build reads a repealed status (POLICY_STATUS_FILE), so that
 * it also shows the status banner on every page.
 */
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, withAxe } from '../support/axe.ts';
import { readOutput } from '../../src/lib/publish/output-files.ts';
import { t } from '../../src/lib/editions/i18n.ts';
import { LOCALES } from '../../src/lib/editions/locales.ts';
import { launchBrowser, searchOnPage } from '../support/browser.ts';
import { page as distPage } from '../support/dist.ts';
import { SUBPATH_BASE as BASE, SUBPATH_DIST as OUT, SUBPATH_FOOTER as FOOTER, SUBPATH_SITE as SITE, SUBPATH_STATUS_FILE as STATUS_FILE } from '../support/subpath-build.ts';
import { toTraditional } from '../support/traditional.ts';

let server: Server;
let origin: string;
let csp: string;

beforeAll(() => {
  csp = /Content-Security-Policy: (.+)/.exec(readFileSync(join(OUT, '_headers'), 'utf8'))![1]!;
  const files = sirv(OUT, { dev: true, etag: false });
  server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', csp);
    if (!req.url!.startsWith(BASE)) {
      res.statusCode = 404;
      return res.end();
    }
    req.url = `/${req.url!.slice(BASE.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  return new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
});

beforeAll(() => {
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));

const html = (path: string) => parse(readFileSync(join(OUT, path), 'utf8'));

describe('a build under /policy/ with SITE', () => {
  it('answers 200 for every link and asset reachable from the root', async () => {
    const seen = new Set<string>();
    const queue = [`${BASE}`];
    const failures: string[] = [];
    while (queue.length && seen.size < 2000) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await fetch(origin + path);
      if (response.status !== 200) failures.push(`${path}: ${response.status}`);
      if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
      const root = parse(await response.text());
      for (const el of root.querySelectorAll('[href], [src]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
        const url = new URL(ref, origin + path);
        if (url.origin !== origin) continue;
        queue.push(url.pathname);
      }
      // The meta refresh of the root page is a link too.
      const refresh = root.querySelector('meta[http-equiv=refresh]')?.getAttribute('content');
      if (refresh) queue.push(new URL(refresh.split('url=')[1]!, origin + path).pathname);
    }
    expect(failures).toEqual([]);
    // Every page of the build is reachable by links alone.
    const pages = readOutput(OUT).filter((f) => f.path.endsWith('/index.html')).map((f) => `${BASE}${f.path.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(90);
    expect(pages.filter((p) => !seen.has(p))).toEqual([]);
    expect([...seen].every((p) => p.startsWith(BASE))).toBe(true);
  });

  it('gives absolute canonical, hreflang and Open Graph URLs with the base', () => {
    const root = html('en/zones/songshan-lake/index.html');
    expect(root.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`${SITE}${BASE}en/zones/songshan-lake/`);
    expect(root.querySelector('link[hreflang=zh-CN]')!.getAttribute('href')).toBe(`${SITE}${BASE}zh/zones/songshan-lake/`);
    expect(root.querySelector('link[hreflang=x-default]')!.getAttribute('href')).toBe(`${SITE}${BASE}zh/zones/songshan-lake/`);
    expect(root.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(`${SITE}${BASE}en/zones/songshan-lake/`);
  });

  it('writes a sitemap of every page in both languages, with alternates, named in robots.txt', () => {
    const robots = readFileSync(join(OUT, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const index = readFileSync(join(OUT, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
    const sitemap = readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${SITE}${BASE}zh/`);
    expect(locs).toContain(`${SITE}${BASE}en/clusters/semiconductors/`);
    expect(locs.every((l) => l.startsWith(`${SITE}${BASE}`))).toBe(true);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}${BASE}en/policy/"/>`);
  });

  it('keeps the root redirect, 404 pages and header files under the base', () => {
    expect(html('index.html').querySelector('meta[http-equiv=refresh]')!.getAttribute('content')).toBe('0; url=zh/');
    for (const file of ['404.html', 'zh/404.html', 'en/404.html']) {
      const links = html(file).querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links.length, file).toBeGreaterThan(0);
      expect(links.every((h) => h!.startsWith(BASE)), file).toBe(true);
    }
    expect(readFileSync(join(OUT, '_headers'), 'utf8')).toContain(`${BASE}_astro/*`);
    expect(readFileSync(join(OUT, '.htaccess'), 'utf8')).toContain(`ErrorDocument 404 ${BASE}en/404.html`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('shows the configured footer fields, hides the empty ones, and emits SiteIDCode', () => {
    const root = html('zh/index.html');
    expect(root.querySelectorAll('[data-footer-fields] [data-field]').map((f) => f.getAttribute('data-field'))).toEqual(['sponsor', 'icp', 'siteCode']);
    expect(root.querySelector('[data-field=icp] a')!.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
    expect(root.querySelector('[data-field=sponsor] dd')!.textContent).toBe(FOOTER.SITE_SPONSOR);
    expect(root.querySelector('meta[name=SiteIDCode]')!.getAttribute('content')).toBe(FOOTER.SITE_ID_CODE);
    expect(html('en/index.html').querySelector('[data-field=sponsor] dd')!.getAttribute('lang')).toBe('zh-CN');
    // The default build (no fields configured) shows none.
    expect(distPage('zh/index.html').querySelector('[data-footer-fields]')).toBeNull();
    expect(distPage('zh/index.html').querySelector('meta[name=SiteIDCode]')).toBeNull();
  });

  it('shows on every page that the document is repealed, when, and what replaces it; policy/ shows the configured facts', () => {
    const status = JSON.parse(readFileSync(STATUS_FILE, 'utf8'));
    // Every page of every edition; the root redirect and the site-wide 404 are not pages of the site.
    // A text of the status file as an edition shows it: the 繁體 edition's is converted from the 简体.
    const inEdition = (locale: string, texts: Record<string, string>) => (locale === 'zh-hant' ? toTraditional(texts.zh!) : texts[locale]!);
    const pages = readOutput(OUT).filter((f) => LOCALES.some((l) => f.path.startsWith(`${l}/`)) && f.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(140);
    for (const { path } of pages) {
      const banner = html(path).querySelector('body > .status-banner');
      expect(banner, path).not.toBeNull();
      const locale = path.split('/')[0]!;
      expect(banner!.textContent, path).toContain(locale === 'en' ? '30 June 2026' : '2026年6月30日');
      expect(banner!.querySelector('a')!.getAttribute('href'), path).toBe(status.replacedBy.url);
      expect(banner!.textContent, path).toContain(inEdition(locale, status.replacedBy.title));
    }
    for (const locale of LOCALES) {
      const facts = html(`${locale}/policy/index.html`).querySelector('dl.facts')!;
      expect(facts.textContent).toContain(inEdition(locale, status.topic));
      expect(facts.querySelector(`a[href="${status.originalUrl}"]`)).not.toBeNull();
    }
    expect(readFileSync(join(OUT, 'data/akn/zh.xml'), 'utf8')).toContain('type="repeal"');
  });

  it('keeps a page with the status banner accessible (axe)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await withAxe(await browser.newContext({ viewport: { width: 375, height: 800 } }))).newPage();
      await page.goto(`${origin}${BASE}zh/policy/`);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('finds the semiconductor page for 碳化硅 in Chromium, with no CSP error', async () => {
    const browser = await launchBrowser();
    try {
      const { hrefs, problems } = await searchOnPage(await browser.newPage(), `${origin}${BASE}zh/search/`, '碳化硅');
      // Results land on the paragraph: the sector's text of the plan.
      expect(hrefs).toContain(`${BASE}zh/clusters/semiconductors/#2.1.3`);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('prints a QR code of the canonical address, and only in print', async () => {
    const root = html('en/zones/songshan-lake/index.html');
    const canonical = root.querySelector('link[rel=canonical]')!.getAttribute('href')!;
    const qr = root.querySelector('.print-qr')!;
    expect(qr.querySelector('svg path')!.getAttribute('d')).toMatch(/^M\d+ [\d.]+h\d+/u);
    expect(qr.querySelector('svg')!.getAttribute('aria-label')).toBe(canonical);
    expect(qr.querySelector('figcaption')!.text).toBe(`Scan to read on your phone\n${canonical}`);
    // Every edition prints its own address, captioned in its own language.
    for (const locale of LOCALES) {
      const edition = html(`${locale}/zones/songshan-lake/index.html`);
      const address = edition.querySelector('link[rel=canonical]')!.getAttribute('href')!;
      expect(address, locale).toBe(`${SITE.replace(/\/$/u, '')}${BASE}${locale}/zones/songshan-lake/`);
      expect(edition.querySelector('.print-qr figcaption')!.text, locale).toBe(`${t(locale, 'tools.scan')}\n${address}`);
    }
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}${BASE}en/zones/songshan-lake/`);
      expect(await page.isVisible('.print-qr')).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.print-qr')).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('runs the offline service worker under the CSP header, scoped to the base, with the edition listed under it', async () => {
    for (const locale of LOCALES) {
      const list = JSON.parse(readFileSync(join(OUT, `offline/${locale}.json`), 'utf8')) as { files: string[] };
      expect(list.files).toContain(`${locale}/policy/`);
      expect(list.files).toContain('reading-settings.js');
      expect(list.files.filter((f) => /^[a-z-]+\//u.test(f) && !f.startsWith(`${locale}/`)), locale).toEqual([]);
    }
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) && problems.push(m.text()));
      await page.goto(`${origin}${BASE}zh/`);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${origin}${BASE}`);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
