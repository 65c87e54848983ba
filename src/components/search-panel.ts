/**
 * The search panel's behaviour (SearchPanel.astro): reads the form (query and facet checkboxes), keeps the URL in step,
 * asks Pagefind, and renders results as a list of links with their excerpts and matching paragraphs.
 * Pagefind's bundle is loaded only when there is something to search.
 */
import { SEARCH_PARAMS } from '../lib/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (query: string | null, options: { filters: Record<string, { any: string[] }> }, ms?: number) => Promise<PagefindSearch | null>;
}

const MAX_RESULTS = 20;
const MAX_SUB_RESULTS = 3;

export function runSearchPanel(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const say = (key: string, count = 0) => (strings[`${key}_${plural.select(count)}`] ?? strings[key] ?? '').replace('{{count}}', String(count));

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: form.dataset.base, excerptLength: 24 });
      return module;
    }));

  const read = () => {
    const data = new FormData(form);
    const query = String(data.get(SEARCH_PARAMS.query) ?? '').trim();
    const filters: Record<string, { any: string[] }> = {};
    for (const facet of SEARCH_PARAMS.facets) {
      const values = data.getAll(facet).map(String);
      if (values.length) filters[facet] = { any: values };
    }
    return { query, filters };
  };

  const syncUrl = () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) params.append(key, String(value));
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  const showCounts = (counts: PagefindSearch['filters']) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const badge = box.parentElement?.querySelector('[data-count]');
      if (badge) badge.textContent = `(${count})`;
    }
  };

  const render = (results: PagefindResultData[]) => {
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement('li');
        item.className = 'result';
        const link = Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title ?? r.url });
        const title = document.createElement('h2');
        title.append(link);
        const kind = Object.assign(document.createElement('p'), { className: 'result__kind', textContent: r.filters.kind?.[0] ?? '' });
        const excerpt = Object.assign(document.createElement('p'), { className: 'result__excerpt' });
        // Pagefind's excerpt is our own indexed text, escaped, with <mark> around the matches.
        excerpt.innerHTML = r.excerpt;
        item.append(title, kind, excerpt);
        // Paragraph anchors (#2.1.3) point into the document; section headings of short pages do not help.
        const anchors = r.sub_results.filter((s) => /#\d/u.test(s.url)).slice(0, MAX_SUB_RESULTS);
        if (anchors.length) {
          const subs = Object.assign(document.createElement('ul'), { className: 'result__subs' });
          subs.append(...anchors.map(subLink));
          item.append(subs);
        }
        return item;
      }),
    );
  };
  const subLink = (s: { title: string; url: string }) => {
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('a'), { href: s.url, textContent: s.title }));
    return li;
  };

  const run = async () => {
    syncUrl();
    const { query, filters } = read();
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const search = await (await load()).debouncedSearch(query || null, { filters }, 200);
      if (!search) return; // a newer search replaced this one
      showCounts(search.filters);
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      render(results);
      status.textContent = search.results.length ? say('results', search.results.length) : say('none');
    } catch {
      status.textContent = say('error');
    }
  };

  // Start from the URL: a shared link or the header's search box lands here with ?q=…
  const params = new URLSearchParams(location.search);
  const input = form.elements.namedItem(SEARCH_PARAMS.query) as HTMLInputElement;
  input.value = params.get(SEARCH_PARAMS.query) ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = params.getAll(box.name).includes(box.value);
    if (box.checked) box.closest('details')?.setAttribute('open', '');
  }
  form.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  void run();
}
