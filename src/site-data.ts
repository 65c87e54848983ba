/**
 * The site's data, loaded once per build: the parsed plan with its translation, zones, departments
 * and glossary (src/lib/load-policy.ts) and the sector MDX entries joined to it. Any error here
 * fails the build.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { loadStatus } from './lib/document-status.ts';
import { loadPolicy } from './lib/load-policy.ts';
import { localizeBlock } from './lib/localize.ts';
import { MEASURE_SUMMARIES_FILE, checkMeasureSummaries } from './lib/measure-summaries.ts';
import type { Locale } from './lib/policy-model.ts';
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

/** The document's status, topic and original URL (content/status.json). */
export const documentStatus = loadStatus(LOCALES);

/** Plain-language summaries of the measures (content/measures.json), checked against their clauses. */
export const measureSummaries = checkMeasureSummaries(
  JSON.parse(readFileSync(MEASURE_SUMMARIES_FILE, 'utf8')),
  policy.document.measures.map((m) => ({ id: m.id, departments: m.departments, clause: Object.fromEntries(LOCALES.map((l) => [l, textIn(m.id, l)])) as Record<Locale, string> })),
  new Map(policy.departments.map((d) => [d.slug, Object.fromEntries(LOCALES.map((l) => [l, d[l]])) as Record<Locale, string>])),
  LOCALES,
  MEASURE_SUMMARIES_FILE,
);
