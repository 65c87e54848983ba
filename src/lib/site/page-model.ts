/**
 * The frame of one page of a document in an edition, as data: its head (title, description, canonical,
 * alternates, structured data), the header (site name, editions, navigation, search), the breadcrumbs,
 * the status banner and the footer. Pages build it from their document's model and pass it to
 * BaseLayout, which lays it out; no component reads the model for it.
 */
import { t } from '../editions/i18n.ts';
import { LOCALES, type Locale, ORIGINAL, localeInfo, otherLocales } from '../editions/locales.ts';
import { documentTitle } from '../document/text.ts';
import type { SiteMeasure, SiteModel, SiteZone } from '../document/site-model.ts';
import type { Link, SiteLinks } from './links.ts';
import { FINDER_ROUTE, hasPage } from './routes.ts';
import { absoluteUrl } from './urls.ts';
import { publisherOf, statusBannerOf } from './view.ts';

/** A page between home and this one, by its route under the document. */
export interface Crumb {
  label: string;
  route: string;
}

export interface FrameInput {
  site: SiteModel;
  locale: Locale;
  links: SiteLinks;
  /** The page's route under the document ('' for its home). */
  route: string;
  title: string;
  description: string;
  breadcrumbs?: Crumb[];
  /** A "not found" page: served at any address, so no canonical, alternates or breadcrumbs. */
  notFound?: boolean;
  /** The site's origin (SITE), for absolute URLs; undefined when not configured. */
  origin: URL | undefined;
}

/** The main sections, in the navigation's order; a document shows those it has (routes.ts). */
const NAV_ROUTES = ['', 'zones', 'departments', 'measures', 'policy', 'explained', 'questions', 'glossary', 'search', 'about'];

export function pageFrame({ site, locale, links, route, title, description, breadcrumbs = [], notFound = false, origin }: FrameInput) {
  /** A "not found" page is served at any address: its header links to the editions' homes. */
  const headerRoute = notFound ? '' : route;
  const url = (l: Locale, r = route) => absoluteUrl(origin, links.edition(l, r)) ?? links.edition(l, r);
  /** The pages above this one, from the document's home; the structured data adds the page itself. */
  const above = [{ label: t(locale, 'nav.home'), route: '' }, ...breadcrumbs];
  const trail = [...above, ...(route === '' ? [] : [{ label: title, route }])];
  /** A page below a section (zones/songshan-lake) marks that section as the current one. */
  const current = (item: string) => (item === '' ? headerRoute === '' : headerRoute === item || headerRoute.startsWith(`${item}/`));
  return {
    locale,
    links,
    /** Search and "not found" pages have no text to read aloud or print. */
    notFound,
    head: {
      // The site's home is titled by the site; another document's home by the document's short title.
      title: route === '' && site.document.isDefault ? t(locale, 'site.name') : documentTitle(route === '' ? site.facts.shortTitle[locale] : title, t(locale, 'site.name'), t(locale, 'site.shortName')),
      pageTitle: title,
      description,
      canonical: notFound ? undefined : url(locale),
      alternates: notFound ? [] : [...LOCALES.map((l) => ({ hreflang: localeInfo(l).tag, href: url(l) })), { hreflang: 'x-default', href: url(ORIGINAL) }],
      ogUrl: origin ? url(locale) : undefined,
      breadcrumbList: {
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: url(locale, c.route) })),
      },
    },
    header: {
      home: { href: links.siteHome(), label: t(locale, 'site.shortName') } satisfies Link,
      editions: otherLocales(locale).map((l) => ({ ...localeInfo(l), href: links.edition(l, headerRoute) })),
      nav: NAV_ROUTES.filter((r) => hasPage(site, r)).map((r) => ({
        href: links.page(r),
        label: t(locale, `nav.${r || 'home'}`),
        current: current(r) ? (headerRoute === r ? ('page' as const) : ('true' as const)) : undefined,
      })),
      /** The search page has its own form. */
      search: headerRoute === 'search' ? undefined : { wholeWords: site.searchWholeWords[locale] },
    },
    breadcrumbs:
      route === '' || notFound
        ? undefined
        : { items: above.map((c): Link => ({ href: links.page(c.route), label: c.label })), current: title },
    banner: statusBannerOf(site, locale),
    footer: {
      disclaimer: t(locale, 'footer.disclaimer', publisherOf(site, locale)),
      source: t(locale, 'footer.source', { number: site.facts.number[locale] }),
      links: ['policy', FINDER_ROUTE, 'about'].filter((r) => hasPage(site, r)).map((r): Link => ({ href: links.page(r), label: t(locale, `nav.${r}`) })),
    },
  };
}
export type PageFrame = ReturnType<typeof pageFrame>;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * How search files a page, or a record of it: the zones and departments it concerns, each once, in
 * first-seen order. The measures apply citywide, wherever a company is: they carry every zone, so
 * that filtering by a zone keeps them (the search form says so).
 */
export const pageFacets = {
  measures: (site: SiteModel) => ({ kind: 'measure' as const, zones: site.zones, departments: unique(site.measures.flatMap((m) => m.departments)) }),
  measure: (site: SiteModel, measure: SiteMeasure) => ({ kind: 'measure' as const, zones: site.zones, departments: measure.departments }),
  zone: (zone: SiteZone) => ({ kind: 'zone' as const, zones: [zone], departments: unique(zone.sectors.flatMap((s) => s.leads)) }),
};
