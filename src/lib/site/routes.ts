/**
 * Which pages a document has. Every document has its home and full text; a page made of one part of
 * the model (measures, zones, the glossary, the 解读 …) exists only for a document that has that part,
 * and is then neither generated nor linked. getStaticPaths (src/site-pages.ts) and the navigation
 * (page-model.ts) both ask here.
 */
import type { SiteModel } from '../document/site-model.ts';

/** The enterprise finder and its one-page brief (issue 21). */
export const FINDER_ROUTE = 'for-enterprises';

const PART_PAGES: Record<string, (site: SiteModel) => boolean> = {
  measures: (site) => site.measures.length > 0,
  zones: (site) => site.zones.length > 0,
  departments: (site) => site.departments.length > 0,
  glossary: (site) => site.glossary.length > 0,
  explained: (site) => site.explained.length > 0,
  questions: (site) => site.questions.length > 0,
  'at-a-glance': (site) => site.targets.length > 0,
  // The finder shows sectors, the measures that apply citywide and the targets: a document needs all three.
  [FINDER_ROUTE]: (site) => site.sectors.length > 0 && site.measures.length > 0 && site.targets.length > 0,
};

/** Whether a document has the page of a route ('zones/songshan-lake' asks about 'zones'). */
export const hasPage = (site: SiteModel, route: string): boolean => PART_PAGES[route.split(/[/#]/u)[0]!]?.(site) ?? true;
