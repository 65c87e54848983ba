/**
 * The corpus: the documents of the site, each with its one model, built once per build
 * (src/lib/document/site-model.ts) from its parsed capture, its content files in content/documents/<id>/
 * and its own sector MDX entries; `site` is the default document's (today's URLs), `corpus` every
 * document's clauses and dated facts. Pages find their document through src/site-pages.ts; components
 * and layouts never import either: they receive what they show. Any error here fails the build.
 */
import { getCollection } from 'astro:content';
import { buildCorpus } from './lib/document/corpus.ts';
import { loadDocuments, loadSupportKinds } from './lib/document/load-policy.ts';
import { entryDocument, joinSectorContent } from './lib/document/sector-content.ts';
import { buildSiteModel } from './lib/document/site-model.ts';

const sources = loadDocuments();
const entries = await getCollection('sectors');
const joined = sources.map((source) => ({ source, content: joinSectorContent(entries.filter((e) => entryDocument(e) === source.id), source.document, source.renderings) }));
const sectorSlugs = joined.flatMap(({ content }) => content.map((c) => c.slug));
const models = joined.map(({ source, content }) => ({ source, site: buildSiteModel(source, content, { sectorSlugs }) }));

/** The default document's model: the pages at today's URLs. */
export const site = models[0]!.site;

export interface SiteDocument {
  id: string;
  /** The default document keeps the URLs without a document segment (/zh/policy/); the others have /zh/<id>/policy/. */
  isDefault: boolean;
  /** With the sector pages' MDX entries typed, for render(). */
  site: typeof site;
}
/** Every document, the default first. */
export const documents: SiteDocument[] = models.map(({ source, site: model }) => ({ id: source.id, isDefault: source.isDefault, site: model }));

/** The kinds of support a clause may speak of (content/support-kinds.json): the corpus's tags and the finder's needs. */
export const supportKinds = loadSupportKinds();
/** Every document's clauses with what they concern, and the dated facts, each with its evidence (src/lib/document/corpus.ts). */
export const corpus = buildCorpus(
  sources,
  supportKinds,
  new Map(joined.map(({ source, content }) => [source.id, new Map(content.map((c) => [c.sector.id, c.slug]))])),
);
