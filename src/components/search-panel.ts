/**
 * The search page's behaviour (SearchPanel.astro): reads the form (query and facet checkboxes), keeps
 * the URL in step, asks Pagefind, shows the first results as their records arrive and more on demand,
 * with facet counts, and offers the other editions for a query written in their script.
 */
import { SEARCH_PARAMS } from '../lib/search/search.ts';
import { type PagefindSearch, loadPagefind, otherEditions, resultsView, searchableQuery, stringsOf, wholeWordSearch } from './search-results.ts';

export function runSearchPanel(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const offers = document.querySelector<HTMLElement>('[data-search-offers]');
  if (!form || !status || !list || !more || !offers) return;
  const say = stringsOf(form);

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

  const view = resultsView({ list, status, more, say, heading: 'h2' });
  const run = async () => {
    syncUrl();
    const { query, filters } = read();
    offers.replaceChildren(...otherEditions(form, query, say));
    if (!query && Object.keys(filters).length === 0) return view.clear();
    try {
      const [pagefind, searched] = await Promise.all([loadPagefind(form), searchableQuery(form, query)]);
      const search = await wholeWordSearch(form, pagefind, searched, { filters }, 200);
      // A newer search, or the box cleared, replaced this one meanwhile.
      if (!search || JSON.stringify(read()) !== JSON.stringify({ query, filters })) return;
      showCounts(search.filters);
      await view.show(search);
    } catch (error) {
      view.error(error);
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
