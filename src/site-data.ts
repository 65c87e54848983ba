/**
 * The site's one model, built once per build (src/lib/document/site-model.ts) from the parsed seed, the content
 * files and the sector MDX entries, and the link maker for a page. Any error here fails the build.
 */
import { getCollection } from 'astro:content';
import { siteLinks } from './lib/site/links.ts';
import { loadPolicy } from './lib/document/load-policy.ts';
import type { Locale } from './lib/editions/locales.ts';
import { joinSectorContent } from './lib/document/sector-content.ts';
import { buildSiteModel } from './lib/document/site-model.ts';

const source = loadPolicy();
export const site = buildSiteModel(source, joinSectorContent(await getCollection('sectors'), source.document, source.renderings));

/** Links and their labels for a page in an edition, under the configured base. */
export const linksFor = (locale: Locale) => siteLinks(import.meta.env.BASE_URL, locale);
