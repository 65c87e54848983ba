/**
 * What the header's search box and the search page share: loading Pagefind, rendering results as
 * they arrive (each result's record is fetched on its own, so the first shows without waiting for
 * the rest), readable excerpts, and the offer to search another edition. The language and index
 * come from the page (<html lang>, the form's data attributes), never from a list of languages here.
 */
import { SEARCH_PARAMS } from '../lib/search/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: SearchOptions) => Promise<PagefindSearch>;
  debouncedSearch: (query: string | null, options: SearchOptions, ms?: number) => Promise<PagefindSearch | null>;
}
type SearchOptions = { filters?: Record<string, { any: string[] }> };

/** The address of a search page (a form's action) searching for a query. */
export const searchPageUrl = (action: string, query: string) => `${action}?${SEARCH_PARAMS.query}=${encodeURIComponent(query)}`;

/** Results shown before the reader asks for more: what fits a phone's screen under the box. */
export const FIRST_RESULTS = 3;
const MORE_RESULTS = 5;

let engine: Promise<Pagefind> | undefined;
/** Why a search failed when Pagefind itself could not be loaded: offline, with search not saved. */
export class EngineMissing extends Error {}
/**
 * Pagefind, loaded once per page from the form's data-bundle, with its WASM and index metadata
 * started. If it cannot be loaded (no network, search not saved), the next search tries again.
 */
export function loadPagefind(form: HTMLElement): Promise<Pagefind> {
  // A plain import() of a variable: Vite adds no helper of its own around it. The paths are resolved
  // against the page, not this module: in the platform package (npm run package) they are relative.
  const script = new URL(`${form.dataset.bundle}pagefind.js`, document.baseURI).href;
  return (engine ??= import(/* @vite-ignore */ script).then(
    async (module: Pagefind) => {
      await module.options({ baseUrl: new URL(form.dataset.base ?? '', document.baseURI).pathname, excerptLength: 30 });
      void module.init();
      return module;
    },
    () => {
      engine = undefined;
      throw new EngineMissing(script);
    },
  ));
}

/**
 * Pagefind's search, waiting `ms` for the reader to stop typing, with one difference: Pagefind takes
 * every word as the beginning of longer ones, and a word of the form's data-whole-words begins longer
 * words of another meaning in the site's text (subsidy: subsidiaries; EV: every). A query of one such
 * word keeps only the results that have it or its inflections (Pagefind's exact search, "…", which
 * looks up the word's stem alone), in Pagefind's order, with their own excerpts and filter counts.
 * Resolves to null when a newer search has replaced this one.
 */
export async function wholeWordSearch(form: HTMLElement, pagefind: Pagefind, query: string, options: SearchOptions, ms: number): Promise<PagefindSearch | null> {
  const search = await pagefind.debouncedSearch(query || null, options, ms);
  const wholeWords = JSON.parse(form.dataset.wholeWords ?? '[]') as string[];
  if (!search || !wholeWords.includes(query.toLowerCase())) return search;
  const whole = await pagefind.search(`"${query}"`, options);
  const byId = new Map(whole.results.map((r) => [r.id, r]));
  return { results: search.results.flatMap((r) => byId.get(r.id) ?? []), filters: whole.filters };
}

/** UI strings the form carries in data-strings, with {{name}} placeholders and plural forms (key_one, key_other). */
export function stringsOf(form: HTMLElement): (key: string, values?: Record<string, string | number>) => string {
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(document.documentElement.lang);
  return (key, values = {}) => {
    const count = typeof values.count === 'number' ? values.count : undefined;
    const text = (count !== undefined && strings[`${key}_${plural.select(count)}`]) || strings[key] || '';
    return text.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(values[name] ?? ''));
  };
}

const WIDE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
/** A space between two Chinese characters or stops, possibly either side of a <mark> tag. */
const WIDE_SPACE = new RegExp(`([${WIDE}])((?:</?mark>)?)\\s+((?:</?mark>)?)(?=[${WIDE}])`, 'gu');
/** Pagefind's ". " after a block that has no stop of its own, when the block is Chinese. */
const WIDE_BLOCK_END = new RegExp(`([${WIDE}])((?:</mark>)?)\\. `, 'gu');
/**
 * Pagefind's excerpt, made to read as text: Pagefind puts a zero-width space between Chinese words
 * and ". " after every block without a stop; a Chinese block gets the page's own stop instead (from
 * the locale file), and spaces stay only where the script uses them.
 */
export function readableExcerpt(excerpt: string, stop: string): string {
  return excerpt
    .replace(/\u200b/gu, '')
    // Pagefind escapes the text; anything but its <mark> tags is escaped again, should markup slip into the index.
    .replace(/<(?!\/?mark>)/gu, '&lt;')
    .replace(WIDE_BLOCK_END, `$1$2${stop}`)
    .replace(WIDE_SPACE, '$1$2$3')
    .replace(/^[\s、，。；：,.;:]+/u, ''); // an excerpt cut just after a comma starts at the next word
}

/** Where a result should land: the paragraph anchor where its match is, else the record's own URL. */
function landing(data: PagefindResultData): { url: string; excerpt: string } {
  const paragraph = data.sub_results.find((s) => s.url.includes('#') && s.url !== data.url && (s.locations?.length ?? 1) > 0);
  return paragraph && !data.url.includes('#') ? { url: paragraph.url, excerpt: paragraph.excerpt } : { url: data.url, excerpt: data.excerpt };
}

/** One result: title linked to where the match is, its kind, and its excerpt with the matches marked. */
function resultItem(data: PagefindResultData, stop: string, heading: 'h2' | 'h3'): HTMLLIElement {
  const { url, excerpt } = landing(data);
  const item = document.createElement('li');
  item.className = 'result';
  const title = document.createElement(heading);
  title.append(Object.assign(document.createElement('a'), { href: url, textContent: (data.meta.title ?? url).replace(/\u200b/gu, '') }));
  const kind = Object.assign(document.createElement('p'), { className: 'result__kind', textContent: data.filters.kind?.[0] ?? '' });
  const text = Object.assign(document.createElement('p'), { className: 'result__excerpt' });
  // Pagefind's excerpt is our own indexed text, escaped, with <mark> around the matches.
  text.innerHTML = readableExcerpt(excerpt, stop);
  item.append(title, kind, text);
  return item;
}

/**
 * Appends results[from, to) to the list in order, each as soon as its record (and those before it)
 * has arrived; all records are requested at once. Resolves when all are shown; `stale` stops it
 * when a newer search has replaced the list.
 */
async function appendResults(list: HTMLElement, results: PagefindResult[], from: number, to: number, options: { stop: string; heading: 'h2' | 'h3'; stale: () => boolean }): Promise<void> {
  const pending = results.slice(from, to).map((r) => r.data());
  for (const data of pending) {
    const shown = await data;
    if (options.stale()) return;
    list.append(resultItem(shown, options.stop, options.heading));
  }
}

interface Edition {
  lang: string;
  /** The edition's name in its own language, as the language switch shows it (简体中文). */
  name: string;
  script: string;
  action: string;
}
/** Stand-ins for the placeholders of the offer's string, replaced by spans in the edition's language. */
const NAME = '\u0001';
const QUERY = '\u0002';
/**
 * Links to search the other editions (the form's data-editions) when the query is written in their
 * script rather than the page's (data-script): "drones" typed on a Chinese page, 无人机 on the English
 * one. The edition's name and the query are marked with the edition's language.
 */
export function otherEditions(form: HTMLElement, query: string, say: ReturnType<typeof stringsOf>): HTMLElement[] {
  const written = (script: string) => new RegExp(`\\p{Script=${script}}`, 'u').test(query);
  if (!query || written(form.dataset.script ?? '')) return [];
  const editions = JSON.parse(form.dataset.editions ?? '[]') as Edition[];
  const parts = say('otherEdition', { language: NAME, query: QUERY }).split(/([\u0001\u0002])/u).filter(Boolean);
  return editions
    .filter((e) => written(e.script))
    .map((e) => {
      const link = document.createElement('a');
      link.href = searchPageUrl(e.action, query);
      link.hreflang = e.lang;
      const inEdition = (text: string) => Object.assign(document.createElement('span'), { lang: e.lang, textContent: text });
      link.append(...parts.map((part) => (part === NAME ? inEdition(e.name) : part === QUERY ? inEdition(query) : part)));
      const line = Object.assign(document.createElement('p'), { className: 'search-offer' });
      line.append(link);
      return line;
    });
}

const HAN = /\p{Script=Han}/u;
let characters: Promise<{ from: string; to: string }> | undefined;
/**
 * What Pagefind should search for: on an edition converted from another (the form has
 * data-characters), a query typed in the source edition's characters (无人机 on the 繁體 edition) is
 * converted with the edition's character map first. The map is fetched once, and only for a query
 * with a Chinese character in it; a query it cannot be fetched for is searched as typed.
 */
export async function searchableQuery(form: HTMLElement, query: string): Promise<string> {
  const file = form.dataset.characters;
  if (!file || !HAN.test(query)) return query;
  characters ??= fetch(file).then((response) => {
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return response.json() as Promise<{ from: string; to: string }>;
  });
  const map = await characters.catch(() => undefined);
  if (!map) return query;
  const from = [...map.from];
  const to = [...map.to];
  return [...query].map((ch) => {
    const i = from.indexOf(ch);
    return i < 0 ? ch : to[i]!;
  }).join('');
}

/**
 * A result list with its status line and "more" button: show() replaces it with a new search's first
 * results (announcing the count once they are there), the button appends the next few.
 */
export function resultsView(parts: { list: HTMLElement; status: HTMLElement; more: HTMLButtonElement; say: ReturnType<typeof stringsOf>; heading: 'h2' | 'h3' }) {
  const { list, status, more, say, heading } = parts;
  const stop = say('stop');
  let current: PagefindSearch | undefined;
  let generation = 0;
  const append = async (from: number, to: number) => {
    const search = current;
    if (!search) return;
    const mine = generation;
    more.hidden = true;
    await appendResults(list, search.results, from, to, { stop, heading, stale: () => mine !== generation });
    if (mine === generation) more.hidden = to >= search.results.length;
  };
  more.addEventListener('click', () => void append(list.children.length, list.children.length + MORE_RESULTS));
  return {
    clear() {
      generation++;
      current = undefined;
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
    },
    async show(search: PagefindSearch) {
      generation++;
      current = search;
      list.replaceChildren();
      if (!search.results.length) status.textContent = say('none');
      await append(0, FIRST_RESULTS);
      if (current === search && search.results.length) status.textContent = say('results', { count: search.results.length });
    },
    /**
     * Search failed: offline or without Pagefind (parts of it may be kept from an earlier visit, the
     * index not), that it needs a connection or saving; else that it is unavailable.
     */
    error(reason?: unknown) {
      generation++;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = say(reason instanceof EngineMissing || !navigator.onLine ? 'offline' : 'error');
    },
  };
}
