/**
 * The site model for unit tests: built from the real seed and content files, with a synthetic
 * sector page per sector and authored edition (quoting its paragraph), so no Astro is needed.
 */
import { ONE_TO_MANY } from '../../src/lib/editions/convert.ts';
import { loadPolicy } from '../../src/lib/document/load-policy.ts';
import { type SectorEntry, joinSectorContent } from '../../src/lib/document/sector-content.ts';
import { buildSiteModel } from '../../src/lib/document/site-model.ts';
import { CLUSTER_SLUGS, FUTURE_SLUGS } from './dist.ts';

export const source = loadPolicy();
/** The sector slugs of the URL contract, in the document's order (content/search-aliases.json names them). */
const SLUGS = [...CLUSTER_SLUGS, ...FUTURE_SLUGS];
/**
 * Four characters of a paragraph with no figure in them (no digits, no numerals), to quote as an item,
 * and none that OpenCC converts to more than one form: cut out of its phrase, such a character would
 * stand in a context that the reviewed conversion (content/zh-hant-conversion.json) rightly does not know.
 */
const quote = (text: string, from = 0) => [...text.slice(from).matchAll(/[^\d一二三四五六七八九十两，。、（）]{4}/gu)].map((m) => m[0]).find((q) => ![...q].some((ch) => ONE_TO_MANY.has(ch)))!;
/** A zh and an en entry per sector, quoting its paragraph, as the content files do. */
export const entries: SectorEntry[] = source.document.sectors.flatMap((s, i) => [
  { id: `${source.id}/sectors/zh/${SLUGS[i]}`, body: '正文', data: { paragraph: s.id, title: s.title.slice(0, 3), summary: "概要", priorities: [quote(s.text)], technologies: [quote(s.text, 20)] } },
  { id: `${source.id}/sectors/en/${SLUGS[i]}`, body: 'Body', data: { paragraph: s.id, title: `Sector ${'ABCDEFGHIJKL'[i]}`, summary: 'Summary', priorities: ['P'], technologies: ['T'] } },
]);
/** The term checks are not what these tests are about: the synthetic pages are joined without renderings. */
export const sectorContent = () => joinSectorContent(entries, source.document, {});
export const testSite = buildSiteModel(source, sectorContent());
