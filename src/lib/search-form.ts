/** Build-time data for the search forms; kept apart from search.ts, which the browser's scripts import. */
import { translator } from './i18n.ts';
import type { Locale } from './policy-model.ts';
import { LANGUAGE_TAG, LOCALES, pagePath, sitePath } from './urls.ts';

/**
 * The data attributes both search forms (header box, search page) give their script: where
 * Pagefind's bundle is, the UI strings it shows, and the other editions to offer, each with its
 * language tag and search page. The script takes the page's language from <html lang>.
 */
export function searchFormData(locale: Locale, base: string): Record<string, string> {
  const t = translator(locale);
  const strings = {
    results_one: t('search.results_one'),
    results_other: t('search.results_other'),
    none: t('search.none'),
    error: t('search.error'),
    otherEdition: t('search.otherEdition'),
    stop: t('punctuation.stop'),
  };
  const editions = LOCALES.filter((l) => l !== locale).map((l) => ({ lang: LANGUAGE_TAG[l], action: pagePath(base, l, 'search') }));
  return {
    'data-bundle': sitePath(base, 'pagefind/'),
    'data-base': base,
    'data-strings': JSON.stringify(strings),
    'data-editions': JSON.stringify(editions),
  };
}
