/**
 * The enterprise finder's data of a document in an edition (src/lib/site/finder-data.ts), made once per
 * build for its page (the form's choices) and the file beside it that the page's script reads.
 */
import type { Locale } from './lib/editions/locales.ts';
import type { FinderData } from './lib/site/finder.ts';
import { finderData } from './lib/site/finder-data.ts';
import { FINDER_ROUTE } from './lib/site/routes.ts';
import { type SiteDocument, corpus, supportKinds } from './site-data.ts';
import { linksFor } from './site-pages.ts';

/** The data file's name, beside the page (src/pages/[locale]/[...document]/for-enterprises/finder.json.ts). */
const FINDER_FILE = 'finder.json';

const made = new Map<string, FinderData>();
export function finderOf(document: SiteDocument, locale: Locale): FinderData {
  const key = `${document.id}/${locale}`;
  let data = made.get(key);
  if (!data) {
    data = finderData(document.site, corpus, supportKinds, locale);
    made.set(key, data);
  }
  return data;
}

/** Where the data file of an edition is, under the base: beside its page. */
export const finderDataPath = (document: SiteDocument, locale: Locale): string => `${linksFor(locale, document).page(FINDER_ROUTE)}${FINDER_FILE}`;
