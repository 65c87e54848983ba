/**
 * The corpus: the documents of the site, each with its one model, built once per build
 * (src/lib/document/site-model.ts) from the parsed seed, the content files and the sector MDX entries;
 * and what a page needs to find its document. Pages import this module; components and layouts never do:
 * they receive what they show. Any error here fails the build.
 */
import { getCollection } from 'astro:content';
import { siteLinks } from './lib/site/links.ts';
import { loadPolicy } from './lib/document/load-policy.ts';
import { translator } from './lib/editions/i18n.ts';
import { LOCALES, type Locale } from './lib/editions/locales.ts';
import { joinSectorContent } from './lib/document/sector-content.ts';
import { type SiteModel, buildSiteModel } from './lib/document/site-model.ts';
import { hasPage } from './lib/site/routes.ts';

const source = loadPolicy();
/** The default document's model. */
export const site = buildSiteModel(source, joinSectorContent(await getCollection('sectors'), source.document, source.renderings));

export interface SiteDocument {
  id: string;
  /** The default document keeps the URLs without a document segment (/zh/policy/); the others have /zh/<id>/policy/. */
  isDefault: boolean;
  /** With the sector pages' MDX entries typed, for render(). */
  site: typeof site;
}
export const documents: SiteDocument[] = [{ id: 'dong-fu-ban-2024-18', isDefault: true, site }];

/** The URL segment of a document: none for the default one. */
const segmentOf = (document: SiteDocument): string | undefined => (document.isDefault ? undefined : document.id);

/**
 * getStaticPaths of a document's page ([locale]/[...document]/…): every edition × document that has the
 * page (`route`, routes.ts), and with `each`, one page per item of that document (a zone, a sector), whose
 * `index` the page receives with the document's id.
 */
export function documentPaths<Item>(route: string, each?: { items: (site: SiteModel) => readonly Item[]; params: (item: Item) => Record<string, string> }) {
  return LOCALES.flatMap((locale) =>
    documents
      .filter((document) => hasPage(document.site, route))
      .flatMap((document) => {
        const params = { locale, document: segmentOf(document) };
        const props = (index: number) => ({ documentId: document.id, index });
        return each ? each.items(document.site).map((item, index) => ({ params: { ...params, ...each.params(item) }, props: props(index) })) : [{ params, props: props(0) }];
      }),
  );
}

/** getStaticPaths of a document's open data files (data/[...document]/…): each file of every document, at data/<file> for the default one. */
export const dataPaths = (files: readonly string[]) =>
  documents.flatMap((document) => files.map((file) => ({ params: { document: segmentOf(document), file }, props: { documentId: document.id } })));

/** Links and their labels for a page of a document (the default one unless named) in an edition, under the configured base. */
export const linksFor = (locale: Locale, document: SiteDocument = documentById(undefined)) => siteLinks(import.meta.env.BASE_URL, locale, segmentOf(document));

export function documentById(id: string | undefined): SiteDocument {
  const found = id === undefined ? documents.find((d) => d.isDefault) : documents.find((d) => d.id === id);
  if (!found) throw new Error(`src/site-data.ts: no document "${id ?? '(default)'}"`);
  return found;
}

/** What a page of a document renders with: its edition, document, model, links and UI strings; `index` is the item of `each` (documentPaths). */
export function pageOf(params: Record<string, string | undefined>, props: Record<string, unknown>) {
  const locale = params.locale as Locale;
  const document = documentById(props.documentId as string | undefined);
  return { locale, document, site: document.site, links: linksFor(locale, document), t: translator(locale), index: (props.index as number | undefined) ?? 0 };
}
export type PageOf = ReturnType<typeof pageOf>;
