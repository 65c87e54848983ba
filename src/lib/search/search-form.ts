/** Build-time data for the search forms; kept apart from search.ts, which the browser's scripts import. */
import { translator } from '../editions/i18n.ts';
import type { SiteLinks } from '../site/links.ts';
import { type Locale, localeInfo, otherLocales } from '../editions/locales.ts';

/** Where an edition converted from another serves its query character map (src/pages/[locale]/search/characters.json.ts). */
export const characterMapFile = (locale: Locale) => `${locale}/search/characters.json`;

/**
 * The data attributes both search forms (header box, search page) give their script: where
 * Pagefind's bundle is, the UI strings it shows, the page's script and the other editions to offer
 * (each with its language tag, its name as the language switch shows it, script and search page), and, on an edition converted from another,
 * the character map that converts a query typed in the source edition's characters; and the words
 * search keeps to themselves and their inflections (content/search-aliases.json wholeWords: subsidy,
 * not subsidiaries). All of it from the locale list and the content; the script takes the page's
 * language from <html lang>.
 */
export function searchFormData(locale: Locale, links: SiteLinks, wholeWords: readonly string[]): Record<string, string> {
  const t = translator(locale);
  const strings = {
    results_one: t('search.results_one'),
    results_other: t('search.results_other'),
    none: t('search.none'),
    error: t('search.error'),
    offline: t('tools.searchNeedsNetwork'),
    otherEdition: t('search.otherEdition'),
    stop: t('punctuation.stop'),
  };
  const editions = otherLocales(locale).map((l) => ({ lang: localeInfo(l).tag, name: localeInfo(l).name, script: localeInfo(l).script, action: links.edition(l, 'search') }));
  const info = localeInfo(locale);
  return {
    'data-bundle': links.file('pagefind/'),
    'data-base': links.file(''),
    'data-strings': JSON.stringify(strings),
    'data-script': info.script,
    'data-editions': JSON.stringify(editions),
    ...(info.text.from === 'conversion' ? { 'data-characters': links.file(characterMapFile(locale)) } : {}),
    ...(wholeWords.length ? { 'data-whole-words': JSON.stringify(wholeWords.map((w) => w.toLowerCase())) } : {}),
  };
}
