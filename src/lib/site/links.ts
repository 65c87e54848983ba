/**
 * Every internal link of a page, with its label, made in one place: pages and components ask for a
 * link to a page, an entity of the model or a paragraph, never assemble one themselves. The links of a
 * page are those of its document: a document other than the default one has its own segment
 * (/zh/<document>/…) and its own data files (data/<document>/…).
 */
import type { Locale } from '../editions/locales.ts';
import type { PerLocale } from '../document/site-model.ts';
import { type FinderChoice, choiceToSearch } from './finder.ts';
import { FINDER_ROUTE } from './routes.ts';
import { dataFile, pagePath, paragraphRoute, sitePath } from './urls.ts';

export interface Link {
  href: string;
  label: string;
}

/** Anything of the model that has a page: a sector, zone or department. */
export interface Routed {
  route: string;
  name: PerLocale<string>;
}

/** `document` is the URL segment of a document other than the default one, undefined for the default. */
export function siteLinks(base: string, locale: Locale, document?: string) {
  const page = (route: string) => pagePath(base, locale, route, document);
  return {
    /** Path of a page of the contract in this edition ('' for the document's home, 'policy#2.1.3'). */
    page,
    /** The page of a sector, zone or department, labelled with its name in this edition. */
    to: (entity: Routed): Link => ({ href: page(entity.route), label: entity.name[locale] }),
    /** The enterprise finder with a choice made (its address carries it: ?sector=…&zone=…&need=…). */
    finder: (choice: Partial<FinderChoice> = {}) => page(FINDER_ROUTE) + choiceToSearch({ sectors: [], needs: [], ...choice }),
    /** A paragraph of the full text. */
    paragraph: (id: string) => page(paragraphRoute(id)),
    /** A file outside the editions (favicon.svg, pagefind/pagefind.js). */
    file: (file: string) => sitePath(base, file),
    /** One of the document's open data files ('policy.json', 'akn/zh.xml'). */
    data: (file: string) => sitePath(base, dataFile(file, document)),
    /** The site's home in this edition: the default document's, whichever document the page is of. */
    siteHome: () => pagePath(base, locale, ''),
    /** The same page in another edition. */
    edition: (other: Locale, route: string) => pagePath(base, other, route, document),
  };
}
export type SiteLinks = ReturnType<typeof siteLinks>;
