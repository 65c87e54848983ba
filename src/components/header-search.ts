/**
 * The header's search box with JavaScript: results in place under the box as the reader types, so
 * that searching from any page costs no second page. Loaded on the box's first focus (HeaderSearch.astro),
 * which also starts Pagefind; Enter still goes to the search page, with its filters. It runs on
 * load: the loader only imports it, which keeps the loader, on every page, as small as can be.
 */
import { loadPagefind, otherEditions, resultsView, searchPageUrl, searchableQuery, stringsOf, wholeWordSearch } from './search-results.ts';

function runHeaderSearch(input: HTMLInputElement): void {
  const form = input.form;
  const panel = document.querySelector<HTMLElement>('[data-header-results]');
  const part = <T extends HTMLElement>(selector: string) => panel?.querySelector<T>(selector) ?? null;
  const [status, list, more, offers, all] = [part('[data-search-status]'), part('[data-search-results]'), part<HTMLButtonElement>('[data-search-more]'), part('[data-search-offers]'), part<HTMLAnchorElement>('[data-search-all]')];
  if (!form || !panel || !status || !list || !more || !offers || !all) return;
  const say = stringsOf(form);
  const view = resultsView({ list, status, more, say, heading: 'h3' });
  void loadPagefind(form).catch(() => {}); // warm: the engine, its WASM and index metadata

  const run = async () => {
    const query = input.value.trim();
    all.href = searchPageUrl(form.action, query);
    offers.replaceChildren(...otherEditions(form, query, say));
    if (!query) {
      panel.hidden = true;
      return view.clear();
    }
    panel.hidden = false;
    try {
      const [pagefind, searched] = await Promise.all([loadPagefind(form), searchableQuery(form, query)]);
      const search = await wholeWordSearch(form, pagefind, searched, {}, 150);
      // A newer search, or the box cleared, replaced this one meanwhile.
      if (search && input.value.trim() === query) await view.show(search);
    } catch (error) {
      view.error(error);
    }
  };
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    input.value = '';
    void run();
  });
  void run(); // the reader may have typed while this module loaded
}

// Loading this module is the box's first use: it takes over from the loader at once.
const box = document.querySelector<HTMLInputElement>('#header-search');
if (box) runHeaderSearch(box);
