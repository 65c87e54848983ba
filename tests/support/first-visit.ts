/**
 * What a first visit to a page downloads before the reader does anything, read from the built page
 * itself: its HTML, every stylesheet it links, every script its markup loads (classic and module
 * scripts, module and fetch preloads outside a <template>) and every module those import at once
 * (static imports; an import() runs later, on use). Each file is gzipped alone at level 9, as a server
 * sends it. Used by the weight budget (tests/site/budgets.test.ts) and printed by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type HTMLElement, parse } from 'node-html-parser';

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

export interface Download {
  /** Path under the site's folder. */
  path: string;
  /** A fetch preload is data (Pagefind's index and WASM, built gzipped: gzip adds a few bytes). */
  kind: 'html' | 'css' | 'script' | 'data';
  gzip: number;
}

/** Static imports and re-exports of a module's (minified or not) source; import(…) is not one. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/gu;

/**
 * The files a first visit to `page` (a path under `dist`, built for `base`) downloads, the page first.
 * The service worker that public/reading-settings.js registers once the page has loaded is not among
 * them: the browser fetches it for the worker, and the page never runs it (see serviceWorkerGzip).
 */
export function firstVisit(dist: string, page: string, base = '/'): Download[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const origin = 'http://site.invalid';
  const pathOf = (url: URL) => {
    if (url.origin !== origin || !url.pathname.startsWith(root)) throw new Error(`${page}: ${url.href} is not a file of the site`);
    return decodeURIComponent(url.pathname.slice(root.length));
  };
  const pageUrl = new URL(root + page.replace(/index\.html$/u, ''), origin);
  const html = readFileSync(join(dist, page));
  const dom = parse(html.toString());
  const downloads: Download[] = [{ path: page, kind: 'html', gzip: gzipSize(html) }];
  const seen = new Set<string>([page]);
  const add = (url: URL, kind: Download['kind']): string | undefined => {
    const path = pathOf(url);
    if (seen.has(path)) return undefined;
    seen.add(path);
    const bytes = readFileSync(join(dist, path));
    downloads.push({ path, kind, gzip: gzipSize(bytes) });
    return bytes.toString();
  };
  const module = (source: string, from: URL) => {
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
      const url = new URL(specifier!, from);
      const text = add(url, 'script');
      if (text !== undefined) module(text, url);
    }
  };
  const inTemplate = (element: HTMLElement) => {
    for (let parent = element.parentNode; parent; parent = parent.parentNode) if (parent.rawTagName?.toLowerCase() === 'template') return true;
    return false;
  };

  for (const link of dom.querySelectorAll('link[rel=stylesheet]')) add(new URL(link.getAttribute('href')!, pageUrl), 'css');
  for (const script of dom.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type === 'application/ld+json') continue;
    const src = script.getAttribute('src');
    if (src === undefined) {
      if (type === 'module') module(script.textContent, pageUrl);
      continue;
    }
    const url = new URL(src, pageUrl);
    const text = add(url, 'script');
    if (text !== undefined && type === 'module') module(text, url);
  }
  for (const link of dom.querySelectorAll('link[rel=modulepreload], link[rel=preload]').filter((l) => !inTemplate(l))) {
    const url = new URL(link.getAttribute('href')!, pageUrl);
    const text = add(url, link.getAttribute('rel') === 'modulepreload' ? 'script' : 'data');
    if (text !== undefined && link.getAttribute('rel') === 'modulepreload') module(text, url);
  }
  return downloads;
}

/** The service worker's script, which the browser fetches once a reading page has loaded. */
export const serviceWorkerGzip = (dist: string): number => gzipSize(readFileSync(join(dist, 'sw.js')));

/**
 * Where a page's HTML bytes go, each part gzipped alone (so the parts do not add up to the whole):
 * the inline CSS, the head without it, the header (bar, search box, sections), breadcrumbs, main,
 * footer, and the visible text of the body without its markup.
 */
export function htmlBreakdown(dist: string, page: string): Record<string, number> {
  const html = readFileSync(join(dist, page), 'utf8');
  const dom = parse(html);
  const part = (selector: string) => dom.querySelectorAll(selector).map((e) => e.outerHTML).join('');
  const css = dom.querySelectorAll('style').map((s) => s.textContent).join('');
  const head = dom.querySelector('head')!;
  return {
    'inline CSS': gzipSize(css),
    'head without CSS': gzipSize(head.outerHTML.replace(/<style[^>]*>[\s\S]*?<\/style>/gu, '')),
    header: gzipSize(part('body > .site-header')),
    breadcrumbs: gzipSize(part('body > .breadcrumbs')),
    main: gzipSize(part('main')),
    footer: gzipSize(part('body > footer')),
    'text alone': gzipSize(dom.querySelector('body')!.textContent),
  };
}
