/**
 * The site's models, built once per build (src/lib/document/site-model.ts): one per document of
 * content/documents/, each from its parsed capture, its content files and its own sector MDX entries;
 * `site` is the default document's (today's URLs), `corpus` every document's clauses and dated facts.
 * Any error here fails the build.
 */
import { getCollection } from 'astro:content';
import { siteLinks } from './lib/site/links.ts';
import { loadDocuments, loadSupportKinds } from './lib/document/load-policy.ts';
import type { Locale } from './lib/editions/locales.ts';
import { entryDocument, joinSectorContent } from './lib/document/sector-content.ts';
import { buildSiteModel } from './lib/document/site-model.ts';
import { buildCorpus } from './lib/document/corpus.ts';

const sources = loadDocuments();
const entries = await getCollection('sectors');
const joined = sources.map((source) => ({ source, content: joinSectorContent(entries.filter((e) => entryDocument(e) === source.id), source.document, source.renderings) }));
const sectorSlugs = joined.flatMap(({ content }) => content.map((c) => c.slug));

/** Every document, the default first: its id (its URL segment), whether it is the site's main document, and its model. */
export const documents = joined.map(({ source, content }) => ({ id: source.id, isDefault: source.isDefault, site: buildSiteModel(source, content, { sectorSlugs }) }));
/** The default document's model: the pages at today's URLs. */
export const site = documents[0]!.site;
/** Every document's clauses with what they concern, and the dated facts, each with its evidence (src/lib/document/corpus.ts). */
export const corpus = buildCorpus(
  sources,
  loadSupportKinds(),
  new Map(joined.map(({ source, content }) => [source.id, new Map(content.map((c) => [c.sector.id, c.slug]))])),
);

/** Links and their labels for a page in an edition, under the configured base. */
export const linksFor = (locale: Locale) => siteLinks(import.meta.env.BASE_URL, locale);
