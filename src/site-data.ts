/**
 * The corpus: the documents of the site, each with its one model, built once per build
 * (src/lib/document/site-model.ts) from the parsed seed, the content files and the sector MDX entries.
 * Pages find their document through src/site-pages.ts; components and layouts never import either:
 * they receive what they show. Any error here fails the build.
 */
import { getCollection } from 'astro:content';
import { loadPolicy } from './lib/document/load-policy.ts';
import { joinSectorContent } from './lib/document/sector-content.ts';
import { buildSiteModel } from './lib/document/site-model.ts';

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
