/**
 * The site's data, loaded once per build: the parsed plan with its translation, zones, departments
 * and glossary (src/lib/load-policy.ts) and the sector MDX entries joined to it. Any error here
 * fails the build.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { loadPolicy } from './lib/load-policy.ts';
import { localizeBlock } from './lib/localize.ts';
import type { Locale } from './lib/policy-model.ts';
import { SEARCH_ALIASES_FILE, checkSearchAliases } from './lib/search.ts';
import { joinSectorContent } from './lib/sector-content.ts';
import { LOCALES } from './lib/urls.ts';

export const policy = loadPolicy();
export const sectorContent = joinSectorContent(await getCollection('sectors'), policy.document);

const find = <T extends { slug: string }>(list: readonly T[], slug: string, what: string): T => {
  const found = list.find((e) => e.slug === slug);
  if (!found) throw new Error(`Unknown ${what} "${slug}"`);
  return found;
};
export const zoneOf = (slug: string) => find(policy.zones, slug, 'zone');
export const departmentOf = (slug: string) => find(policy.departments, slug, 'department');
export const contentOf = (sectorId: string) => sectorContent.find((c) => c.sector.id === sectorId)!;

/** A paragraph of the document in a locale: the seed's Chinese or its English translation. */
export const blockIn = (id: string, locale: Locale) => {
  const block = policy.document.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`No paragraph "${id}" in the document`);
  return localizeBlock(block, locale, policy.english);
};
/** The text of a paragraph in a locale, e.g. the document number or the issuer. */
export const textIn = (id: string, locale: Locale) => blockIn(id, locale).text;

/** What people type for zones, departments and sectors besides their names (content/search-aliases.json). */
export const searchAliases = checkSearchAliases(
  JSON.parse(readFileSync(SEARCH_ALIASES_FILE, 'utf8')),
  SEARCH_ALIASES_FILE,
  { zones: policy.zones.map((z) => z.slug), departments: policy.departments.map((d) => d.slug), sectors: sectorContent.map((c) => c.slug) },
  LOCALES,
);
