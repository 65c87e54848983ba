/**
 * What a page needs to find its document (src/site-data.ts): its paths for getStaticPaths, and its
 * edition, model, links, UI strings and page frame. Pages import this module; components and layouts
 * never do.
 */
import { translator } from './lib/editions/i18n.ts';
import { LOCALES, type Locale } from './lib/editions/locales.ts';
import type { SiteModel } from './lib/document/site-model.ts';
import { siteLinks } from './lib/site/links.ts';
import { SECTOR_KIND_SEGMENT } from './lib/site/urls.ts';
import { hasPage } from './lib/site/routes.ts';
import { type FrameInput, pageFrame } from './lib/site/page-model.ts';
import { type SiteDocument, documents } from './site-data.ts';

/**
 * The first segments of the site's own pages in an edition, and the data folders beside a document's:
 * a document whose id is one of them would hide a page (/zh/zones/ is the default document's zones, not
 * a document "zones"). Read from the page files themselves, so a new page is reserved at once.
 */
const pageFiles = Object.keys(import.meta.glob('./pages/**/*.{astro,ts}'));
const RESERVED_SEGMENTS = new Set(
  pageFiles.flatMap((file) => {
    const [, scope, first = ''] = /^\.\/pages\/(\[locale\]\/(?:\[\.\.\.document\]\/)?|data\/)([^/]+)/u.exec(file) ?? [];
    if (scope === undefined) return [];
    const segment = first.replace(/\.(?:astro|ts)$/u, '');
    if (segment === '[kind]') return Object.values(SECTOR_KIND_SEGMENT);
    return segment.startsWith('[') || segment === 'index' ? [] : [segment];
  }),
);
for (const document of documents) {
  if (!document.isDefault && RESERVED_SEGMENTS.has(document.id)) {
    throw new Error(`content/documents/${document.id}/profile.json: field "id": "${document.id}" is the name of a page or data folder of the site (${[...RESERVED_SEGMENTS].sort().join(', ')}): choose another id`);
  }
}

/** The URL segment of a document: none for the default one. */
const segmentOf = (document: SiteDocument): string | undefined => (document.isDefault ? undefined : document.id);

/**
 * getStaticPaths of a document's page ([locale]/[...document]/…): every edition × document that has the
 * page (`route`, routes.ts), and with `each`, one page per item of that document (a zone, a sector), whose
 * `index` the page receives with the document's id. A page without items also receives its route, for
 * its frame (pageOf); an item's page names its own.
 */
export function documentPaths<Item>(route: string, each?: { items: (site: SiteModel) => readonly Item[]; params: (item: Item) => Record<string, string> }) {
  return LOCALES.flatMap((locale) =>
    documents
      .filter((document) => hasPage(document.site, route))
      .flatMap((document) => {
        const params = { locale, document: segmentOf(document) };
        return each
          ? each.items(document.site).map((item, index) => ({ params: { ...params, ...each.params(item) }, props: { documentId: document.id, index } }))
          : [{ params, props: { documentId: document.id, index: 0, route } }];
      }),
  );
}

/** getStaticPaths of a document's open data files (data/[...document]/…): each file of every document, at data/<file> for the default one. */
export const dataPaths = (files: readonly string[]) =>
  documents.flatMap((document) => files.map((file) => ({ params: { document: segmentOf(document), file }, props: { documentId: document.id } })));

/** A document by its id; the default one when no id is given (the site's own pages: search, about, 404). */
export function documentById(id: string | undefined): SiteDocument {
  const found = id === undefined ? documents.find((d) => d.isDefault) : documents.find((d) => d.id === id);
  if (!found) throw new Error(`src/site-data.ts: no document "${id ?? '(default)'}"`);
  return found;
}

/** Links and their labels for a page of a document in an edition, under the configured base. */
export const linksFor = (locale: Locale, document: SiteDocument) => siteLinks(import.meta.env.BASE_URL, locale, segmentOf(document));

/**
 * What a page of a document renders with: its edition, document, model, links and UI strings; `index`
 * is the item of `each` (documentPaths); `frame` makes its page frame (page-model.ts) at the route
 * documentPaths was given, unless the page names another (an item's, or a site-wide page's); `origin`
 * is Astro.site, for absolute URLs.
 */
export function pageOf(params: Record<string, string | undefined>, props: Record<string, unknown>, origin: URL | undefined) {
  const locale = params.locale as Locale;
  const document = documentById(props.documentId as string | undefined);
  const site = document.site;
  const links = linksFor(locale, document);
  const frame = (input: Omit<FrameInput, 'site' | 'locale' | 'links' | 'origin' | 'route'> & { route?: string }) => {
    const route = input.route ?? (props.route as string | undefined);
    if (route === undefined) throw new Error(`src/site-pages.ts: a page of ${locale} names no route (an item's page or a site-wide one must)`);
    return pageFrame({ ...input, site, locale, links, route, origin });
  };
  return { locale, document, site, links, t: translator(locale), index: (props.index as number | undefined) ?? 0, frame };
}
