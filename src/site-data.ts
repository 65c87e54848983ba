/**
 * The site's data, loaded once per build: the parsed plan with its translation, zones, departments
 * and glossary (src/lib/load-policy.ts) and the sector MDX entries joined to it. Any error here
 * fails the build.
 */
import { getCollection } from 'astro:content';
import { loadPolicy } from './lib/load-policy.ts';
import { localizeBlock } from './lib/localize.ts';
import type { Locale } from './lib/policy-model.ts';
import { joinSectorContent } from './lib/sector-content.ts';

export const policy = loadPolicy();
export const sectorContent = joinSectorContent(await getCollection('sectors'), policy.document, policy.renderings);

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
