/**
 * Every internal link of a page, with its label, made in one place: pages and components ask for a
 * link to a page, an entity of the model or a paragraph, never assemble one themselves.
 */
import type { Locale } from '../editions/locales.ts';
import type { PerLocale } from '../document/site-model.ts';
import { pagePath, paragraphRoute, sitePath } from './urls.ts';

export interface Link {
  href: string;
  label: string;
}

/** Anything of the model that has a page: a sector, zone or department. */
export interface Routed {
  route: string;
  name: PerLocale<string>;
}

export function siteLinks(base: string, locale: Locale) {
  const page = (route: string) => pagePath(base, locale, route);
  return {
    /** Path of a page of the contract in this edition ('' for home, 'policy#2.1.3'). */
    page,
    /** The page of a sector, zone or department, labelled with its name in this edition. */
    to: (entity: Routed): Link => ({ href: page(entity.route), label: entity.name[locale] }),
    /** A paragraph of the full text. */
    paragraph: (id: string) => page(paragraphRoute(id)),
    /** A file outside the editions (data/policy.json, favicon.svg). */
    file: (file: string) => sitePath(base, file),
    /** The same page in another edition. */
    edition: (other: Locale, route: string) => pagePath(base, other, route),
  };
}
export type SiteLinks = ReturnType<typeof siteLinks>;
