/**
 * Offline reading: which built files make up one language edition, how large it is, and the cache
 * version a deployment's service worker uses. Pure: the offline-reading integration reads and
 * writes the files.
 */
import { createHash } from 'node:crypto';
import { buildManifest, serializeManifest } from './integrity.ts';
import { type PagefindEntry, pagefindStartFiles } from '../search/search.ts';

/** The service worker, at the root of the output so that its scope is the whole site (BASE). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The list of one edition's files, fetched by the service worker when a reader saves it. */
export const editionListFile = (locale: string): string => `offline/${locale}.json`;

/** Placeholders in the pages, filled after the build when the sizes are known. */
export const EDITION_KB_SLOT = '<span data-edition-kb></span>';
export const SEARCH_KB_SLOT = '<span data-search-kb></span>';

export interface EditionList {
  /** Paths relative to the site root, as the service worker fetches them ("zh/policy/", "reading-settings.js"). */
  files: string[];
  /** What search adds: its page, its scripts and the search index in this language. */
  search: string[];
  bytes: number;
  searchBytes: number;
}

const ASSET = /<(?:script|img)\b[^>]*?\ssrc="([^"]+)"|<link\b[^>]*?\s(?:rel="(?:icon|manifest|stylesheet)"|data-page-data)[^>]*?\shref="([^"]+)"|\sdata-module="([^"]+)"/gu;
const TOOL = /\sdata-tool="([a-z-]+)"/gu;
/** A module a script imports: import("…") or import(`…`) with a fixed address, in a page's inline script. */
const DYNAMIC_IMPORT = /\bimport\(\s*[`'"]([^`'"$]+)[`'"]\s*\)/gu;
/** What a bundled module imports, by relative address: `from"../x.js"`, `import"../x.js"`, `import("../x.js")`. */
const MODULE_IMPORT = /(?:\bfrom|\bimport\(?)\s*["'`](\.\.?\/[^"'`]+)["'`]/gu;

/**
 * What a page needs besides itself, as paths below the root: the scripts, icons and stylesheets it
 * links, the data files it preloads (<link data-page-data …>: the finder's), the modules its inline scripts or its controls load on first use (the header search box's
 * module; data-tool="read-aloud" → read-aloud.js; data-module="…"). What those modules import in
 * turn is added by editionList, which has the files.
 */
export function pageAssets(html: string, base: string): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const linked = [...html.matchAll(ASSET)].map((m) => (m[1] ?? m[2] ?? m[3])!);
  const imported = [...html.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
  const tools = [...html.matchAll(TOOL)].map((m) => `${root}${m[1]}.js`);
  return [...linked, ...imported, ...tools].filter((url) => url.startsWith(root)).map((url) => url.slice(root.length));
}

/** The paths with every module they import, directly or not (a bundle's shared chunks), in first-seen order. */
export function withImports(paths: readonly string[], files: ReadonlyMap<string, Uint8Array>): string[] {
  const all = new Set(paths);
  for (const path of all) {
    if (!path.endsWith('.js') || !files.has(path)) continue;
    for (const m of new TextDecoder().decode(files.get(path)).matchAll(MODULE_IMPORT)) all.add(new URL(m[1]!, `file:///${path}`).pathname.slice(1));
  }
  return [...all];
}

/** An output path as the URL path the service worker asks for: pages by their folder. */
export const urlPathOf = (file: string): string => file.replace(/(^|\/)index\.html$/u, '$1');

const sizeOf = (files: ReadonlyMap<string, Uint8Array>, paths: readonly string[]) =>
  paths.reduce((sum, p) => sum + (files.get(p)?.byteLength ?? 0), 0);

/**
 * Pagefind's files for one language: what it loads first (pagefindStartFiles) and its entry file;
 * index and filter chunks carry the language in their names; page fragments do not, so all of them
 * are needed.
 */
function searchIndexFiles(files: ReadonlyMap<string, Uint8Array>, languageTag: string): string[] {
  const language = languageTag.toLowerCase();
  const entry = files.get('pagefind/pagefind-entry.json');
  const started = entry && pagefindStartFiles(JSON.parse(new TextDecoder().decode(entry)) as PagefindEntry, language);
  if (!started) throw new Error(`offline reading: pagefind/pagefind-entry.json has no language "${language}"`);
  const named = [...started, 'pagefind-entry.json'].map((file) => `pagefind/${file}`);
  return [...files.keys()].filter(
    (p) => named.includes(p) || p.startsWith('pagefind/fragment/') || p.startsWith(`pagefind/index/${language}_`) || p.startsWith(`pagefind/filter/${language}_`),
  );
}

/**
 * One edition: every page under `${locale}/` and what those pages load; the search page, its data
 * and the search index only as an extra.
 */
export function editionList(files: ReadonlyMap<string, Uint8Array>, locale: string, languageTag: string, base: string): EditionList {
  const pages = [...files.keys()].filter((p) => p.startsWith(`${locale}/`) && p.endsWith('.html'));
  const isSearchPage = (p: string) => p.startsWith(`${locale}/search/`);
  const assetsOf = (list: string[]) => withImports(list.flatMap((p) => pageAssets(new TextDecoder().decode(files.get(p)), base)), files);
  const known = (p: string) => {
    if (!files.has(p)) throw new Error(`offline reading: a page of /${locale}/ links ${p}, which the build did not write`);
    return true;
  };
  const reading = [...new Set([...pages.filter((p) => !isSearchPage(p)), ...assetsOf(pages.filter((p) => !isSearchPage(p)))])].filter(known);
  const pagefind = searchIndexFiles(files, languageTag);
  const searchPages = pages.filter(isSearchPage);
  // Data the search page fetches from its own folder (a converted edition's query character map).
  const searchData = [...files.keys()].filter((p) => isSearchPage(p) && !p.endsWith('.html'));
  const search = [...new Set([...searchPages, ...searchData, ...assetsOf(searchPages), ...pagefind])].filter((p) => known(p) && !reading.includes(p));
  return { files: reading.map(urlPathOf), search: search.map(urlPathOf), bytes: sizeOf(files, reading), searchBytes: sizeOf(files, search) };
}

/**
 * The cache version of a deployment: a digest of its integrity manifest (every file's SHA-256)
 * without the service worker itself, which carries the version. Any changed file changes it, so a
 * new deployment gets a new cache and the old one is removed.
 */
export function cacheVersion(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const manifest = buildManifest(files.filter((f) => f.path !== SERVICE_WORKER_FILE));
  return createHash('sha256').update(serializeManifest(manifest)).digest('hex').slice(0, 16);
}

/** Kilobytes as the save button states them: "about N KB", rounded up. */
export const kilobytes = (bytes: number): number => Math.ceil(bytes / 1024);
