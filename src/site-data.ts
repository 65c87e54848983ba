/**
 * The site's one model, built once per build (src/lib/site-model.ts) from the parsed seed, the content
 * files and the sector MDX entries, and the link maker for a page. Any error here fails the build.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { converterFor } from './lib/convert.ts';
import { siteLinks } from './lib/links.ts';
import { loadPolicy } from './lib/load-policy.ts';
import { AUTHORED_LOCALES, type Locale, localeInfo } from './lib/locales.ts';
import { type AliasGroup, SEARCH_ALIASES_FILE, aliasesOf, checkSearchAliases } from './lib/search.ts';
import { joinSectorContent } from './lib/sector-content.ts';
import { buildSiteModel } from './lib/site-model.ts';

const source = loadPolicy();
export const site = buildSiteModel(source, joinSectorContent(await getCollection('sectors'), source.document, source.renderings));

/** Links and their labels for a page in an edition, under the configured base. */
export const linksFor = (locale: Locale) => siteLinks(import.meta.env.BASE_URL, locale);

/** What people type for zones, departments and sectors besides their names (content/search-aliases.json), per authored edition. */
const searchAliases = checkSearchAliases(
  JSON.parse(readFileSync(SEARCH_ALIASES_FILE, 'utf8')),
  SEARCH_ALIASES_FILE,
  { zones: site.zones.map((z) => z.slug), departments: site.departments.map((d) => d.slug), sectors: site.sectors.map((s) => s.slug) },
  AUTHORED_LOCALES,
);

/**
 * The search aliases of a sector, zone or department in an edition. A converted edition has none of
 * its own: it gets its source edition's, converted as its text is.
 */
export function searchAliasesFor(group: AliasGroup, slug: string, locale: Locale): string[] {
  const { text } = localeInfo(locale);
  const from = (text.from === 'conversion' ? text.of : locale) as Locale;
  const zone = group === 'zones' ? site.zones.find((z) => z.slug === slug) : undefined;
  const words = aliasesOf(searchAliases, group, slug, from, zone && { name: zone.name[from], type: zone.type });
  return text.from === 'conversion' ? [...new Set(words.map(converterFor(locale)))] : words;
}
