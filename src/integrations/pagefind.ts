/**
 * Indexes the built site with Pagefind's Node API, so that `astro build` alone writes dist/pagefind/.
 * Pagefind makes one index per <html lang>; its npm binary is the extended build, which segments
 * Chinese. Only elements marked data-pagefind-body are indexed (the main content of each page).
 *
 * Each text is indexed once, where a reader should land for it, and records stay small: a part of a
 * page marked data-search-record="<id>" (SearchRecord.astro: a measure, a paragraph of the notice)
 * becomes a record of its own at <page>#<id> and is left out of the page's record. Then the search
 * page's head, and the header box's warm-up template on every other page, get preload hints for the
 * files Pagefind needs first in the page's language.
 * Chinese text is indexed with its words marked as the browser splits a query (markWords), so the
 * two always agree.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { listFiles } from '../lib/publish/output-files.ts';
import { type PagefindEntry, markWords, pagefindStartFiles } from '../lib/search/search.ts';

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Size Pagefind aims at for each index chunk before compression (its default is about 4 times
 * this). A one-word search loads one chunk: smaller chunks mean fewer bytes before the first result.
 * Pagefind 1.6 reads it from its environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); tests/site
 * checks the resulting sizes, so a Pagefind upgrade that drops the setting fails there.
 */
const INDEX_CHUNK_SIZE = '5000';

const RECORD = /data-search-record="([^"]+)"/gu;
const BODY = 'data-pagefind-body';
/** Marks where the hook adds the preload hints (search.astro's head, HeaderSearch.astro's template). */
const PRELOAD_MARK = /<link rel="modulepreload" href="([^"]*)pagefind\.js" data-pagefind-preload[^>]*>/u;

const langOf = (html: string) => html.match(/<html lang="([^"]+)"/u)?.[1] ?? '';

/** The page's URL as Pagefind computes it from its path: zh/measures/index.html → /zh/measures/. */
const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/u, '$1')}`;

/**
 * The records of one page: the page without its marked parts, and each marked part alone (the
 * body moves to it). Attribute values are Astro's escaped output, so plain string edits are safe.
 */
export function pageRecords(path: string, html: string): { url: string; content: string }[] {
  const ids = [...html.matchAll(RECORD)].map((m) => m[1]!);
  if (!ids.length) return [{ url: pageUrl(path), content: html }];
  const where = `${path}: search records`;
  if (html.split(BODY).length !== 2) throw new Error(`${where}: expected one ${BODY} element, the page's <main>`);
  const page = html.replace(RECORD, (marker) => `data-pagefind-ignore="all" ${marker}`);
  const parts = ids.map((id) => {
    if (!html.includes(`id="${id}"`)) throw new Error(`${where}: no element with id="${id}" for its result to link to`);
    // The other parts, and the page's own filters, stay out of this record.
    const content = page
      .replace(BODY, '')
      .replace('data-search-facets="page"', 'data-pagefind-ignore="all" data-search-facets="page"').replace(`data-pagefind-ignore="all" data-search-record="${id}"`, `${BODY} data-search-record="${id}"`);
    return { url: `${pageUrl(path)}#${id}`, content };
  });
  return [{ url: pageUrl(path), content: page }, ...parts];
}

/**
 * <link> hints for what Pagefind fetches first in a language: its script, its worker's script, the
 * language's WASM and index metadata. Only its entry file is left to Pagefind, which asks for it
 * with a new query string each time.
 */
export function preloadHints(bundle: string, entry: PagefindEntry, lang: string): string {
  const files = pagefindStartFiles(entry, lang);
  if (!files) throw new Error(`pagefind-entry.json has no index for <html lang="${lang}"> (has ${Object.keys(entry.languages).join(', ')})`);
  const [script, ...fetched] = files;
  // The worker fetches these with fetch() (CORS mode, same origin): crossorigin makes the hints match.
  return [
    `<link rel="modulepreload" href="${bundle}${script}">`,
    ...fetched.map((file) => `<link rel="preload" href="${bundle}${file}" as="fetch" crossorigin>`),
  ].join('');
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n  - ${errors.join('\n  - ')}`);
        };
        const pages = listFiles(site)
          .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'))
          .map((path) => ({ path, html: readFileSync(join(site, path), 'utf8') }));
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_SIZE;
        try {
          const { index, errors } = await createIndex({});
          if (!index) return fail('createIndex', errors);
          let records = 0;
          for (const { path, html } of pages.filter((p) => p.html.includes(BODY))) {
            const lang = langOf(html);
            for (const record of pageRecords(path, html)) {
              const added = await index.addHTMLFile({ ...record, content: markWords(record.content, lang) });
              if (added.errors.length) fail(`indexing ${relative(process.cwd(), join(site, path))}`, added.errors);
              records++;
            }
          }
          const bundle = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length) fail('writing', written.errors);
          // Pagefind also writes its ready-made UIs; the site uses its own search page, so they go.
          for (const ui of UNUSED_UI_FILES) rmSync(join(bundle, ui), { force: true });
          logger.info(`${records} records from ${pages.length} pages indexed into pagefind/.`);
        } finally {
          await close();
        }
        const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
        for (const { path, html } of pages) {
          const mark = html.match(PRELOAD_MARK);
          if (!mark) continue;
          writeFileSync(join(site, path), html.replace(mark[0], preloadHints(mark[1]!, entry, langOf(html))));
        }
      },
    },
  };
}
