/**
 * The enterprise finder (for-enterprises/): what the plan says to a company, from the clause corpus.
 * This module runs in the reader's browser (the finder page bundles it), so it imports nothing at
 * run time: the data it works on is made at build time by finder-data.ts, one small object per
 * edition of a document, and the same choice gives the same clause ids in every edition.
 *
 * What is shown for a choice (issue 21), in this order:
 * 1. sector: the paragraph of each chosen sector, with its lead departments; no sector chosen means
 *    every sector (nothing is filtered away), those naming the chosen zone first;
 * 2. zone: every other paragraph naming the chosen zone (another sector's paragraph), with the
 *    sentence that names it; a measure naming the zone stays with the measures and says so;
 * 3. measure: every measure, always (they apply citywide, wherever the company is), those speaking of
 *    a chosen need first, in document order within each group;
 * 4. targets: the targets and horizons paragraph.
 * A zone that is "not sure" (absent) or "other" (a town the plan does not name) filters nothing: the
 * chosen sectors' paragraphs name all their key areas, and the measures apply everywhere. No choice
 * ever yields an empty result, and nothing here judges eligibility.
 */

/** The finder's address parameters (the brief's URL contract). */
export const FINDER_PARAMS = { sector: 'sector', zone: 'zone', need: 'need' } as const;
/** The zone value for a town or park the plan does not name. */
export const OTHER_ZONE = 'other';

/** A clause of the plan in the finder: its corpus id, paragraph id and where it is read (relative to the edition's root). */
export interface FinderClause {
  clause: string;
  paragraph: string;
  /** Its place as the edition cites it (二(一)1, II(1)1): on paper, what leads back to the clause. */
  place: string;
  /** Page and anchor under the edition's root, as links are written: clusters/semiconductors/#2.1.3. */
  anchor: string;
}

export interface FinderNeedTag {
  slug: string;
  /** The words of the clause that mark the need, in `FinderData.quoteLocale`'s script. */
  evidence: string[];
}

export interface FinderSector extends FinderClause {
  slug: string;
  name: string;
  /** The cited summary of its page (its MDX frontmatter). */
  summary: string;
  /** Department slugs (see `departments`). */
  leads: string[];
  /** The zones its paragraph names. */
  zones: string[];
  needs: FinderNeedTag[];
}

/** A paragraph naming a zone, and what the plan asks there: the sentence naming it, verbatim in the edition. */
export interface FinderZoneClause extends FinderClause {
  /** The sector's name for a sector's paragraph, else the paragraph's title. */
  title: string;
  sentence: string;
  /** The sector the paragraph is about, if it is a sector's. */
  sector?: string;
  needs: FinderNeedTag[];
}

export interface FinderZone {
  slug: string;
  name: string;
  clauses: FinderZoneClause[];
}

export interface FinderMeasure extends FinderClause {
  title: string;
  /** The cited summary (measures.json). */
  summary: string;
  /** Responsible departments' slugs, as the measure names them. */
  departments: string[];
  needs: FinderNeedTag[];
  /** The zones it names (it applies citywide all the same). */
  zones: string[];
}

export interface FinderTargets extends FinderClause {
  /** The paragraph's title. */
  title: string;
  year: number;
  /** Each target as the edition writes its figure, and what it measures. */
  figures: { id: string; figure: string; label: string }[];
  outlooks: { from: number; to: number; goal: string }[];
}

export interface FinderDocument {
  id: string;
  /** The notice's title, 文号 and issuer in the edition, and the plan's title. */
  title: string;
  number: string;
  issuer: string;
  planTitle: string;
  dateSigned: string;
  datePublished: string;
  /** The issuer's website hosts (the profile's), where the original is published. */
  issuerHosts: string[];
  /** The original's address, only where the document's status file cites one. */
  originalUrl?: string;
}

/** What the finder page of one edition of one document needs: serialisable, a few KB. */
export interface FinderData {
  locale: string;
  /** The edition whose script the evidence words are quoted in (the original's, or its conversion). */
  quoteLocale: string;
  document: FinderDocument;
  needs: { slug: string; label: string }[];
  sectors: FinderSector[];
  zones: FinderZone[];
  measures: FinderMeasure[];
  targets: FinderTargets;
  /**
   * Every department a sector or measure names. No contact details: the registry (content/departments.json)
   * cites no public source for any, so the page says they are not listed.
   */
  departments: { slug: string; name: string }[];
}

export interface FinderChoice {
  sectors: string[];
  /** A zone slug, OTHER_ZONE, or absent ("not sure"). */
  zone?: string;
  needs: string[];
}

/** Values of an address or choice that the data does not know, for the page to say so. */
export interface IgnoredChoice {
  sectors: string[];
  zones: string[];
  needs: string[];
}

export type FinderItemKind = 'sector' | 'zone' | 'measure' | 'targets';

export interface FinderItem {
  clause: string;
  kind: FinderItemKind;
  /** The tags of the clause that matched the choice. */
  why: { sectors: string[]; zones: string[]; needs: FinderNeedTag[] };
}

export interface FinderResult {
  items: FinderItem[];
  /** The choice as applied: unknown values left out. */
  choice: FinderChoice;
  ignored: IgnoredChoice;
}

/** The choice with only what the data knows, in the data's order, each value once; the rest reported. */
function validChoice(data: FinderData, choice: FinderChoice): { choice: FinderChoice; ignored: IgnoredChoice } {
  const keep = (values: readonly string[], known: readonly string[]) => ({
    valid: known.filter((k) => values.includes(k)),
    unknown: [...new Set(values.filter((v) => !known.includes(v)))],
  });
  const sectors = keep(choice.sectors, data.sectors.map((s) => s.slug));
  const needs = keep(choice.needs, data.needs.map((n) => n.slug));
  const zoneKnown = choice.zone === undefined || choice.zone === OTHER_ZONE || data.zones.some((z) => z.slug === choice.zone);
  return {
    choice: { sectors: sectors.valid, ...(zoneKnown && choice.zone !== undefined ? { zone: choice.zone } : {}), needs: needs.valid },
    ignored: { sectors: sectors.unknown, zones: zoneKnown || choice.zone === undefined ? [] : [choice.zone], needs: needs.unknown },
  };
}

/** What the plan says to a company of this choice: see the order at the top of this file. */
export function findFor(data: FinderData, wanted: FinderChoice): FinderResult {
  const { choice, ignored } = validChoice(data, wanted);
  const zone = choice.zone === OTHER_ZONE ? undefined : choice.zone;
  const matchedNeeds = (needs: readonly FinderNeedTag[]) => needs.filter((n) => choice.needs.includes(n.slug));
  const zonesOf = (zones: readonly string[]) => (zone && zones.includes(zone) ? [zone] : []);

  const chosen = choice.sectors.length ? data.sectors.filter((s) => choice.sectors.includes(s.slug)) : data.sectors;
  const sectorItems: FinderItem[] = chosen.map((s) => ({ clause: s.clause, kind: 'sector', why: { sectors: [s.slug], zones: zonesOf(s.zones), needs: matchedNeeds(s.needs) } }));
  // With every sector shown, the ones of the chosen zone come first.
  if (!choice.sectors.length) sectorItems.sort((a, b) => b.why.zones.length - a.why.zones.length);

  const listed = new Set([...sectorItems.map((i) => i.clause), ...data.measures.map((m) => m.clause)]);
  const zoneItems: FinderItem[] = (data.zones.find((z) => z.slug === zone)?.clauses ?? [])
    .filter((c) => !listed.has(c.clause))
    .map((c) => ({ clause: c.clause, kind: 'zone', why: { sectors: c.sector ? [c.sector] : [], zones: [zone!], needs: matchedNeeds(c.needs) } }));

  const measureItems: FinderItem[] = data.measures.map((m) => ({ clause: m.clause, kind: 'measure', why: { sectors: [], zones: zonesOf(m.zones), needs: matchedNeeds(m.needs) } }));
  measureItems.sort((a, b) => Number(b.why.needs.length > 0) - Number(a.why.needs.length > 0));

  const targets: FinderItem = { clause: data.targets.clause, kind: 'targets', why: { sectors: [], zones: [], needs: [] } };
  return { items: [...sectorItems, ...zoneItems, ...measureItems, targets], choice, ignored };
}

/** Whether paragraph `next` directly follows `previous` at the same level: 3.5 after 3.4, 2.1.8 after 2.1.7. */
function follows(previous: string, next: string): boolean {
  const [a, b] = [previous.split('.'), next.split('.')];
  return a.length === b.length && a.slice(0, -1).join('.') === b.slice(0, -1).join('.') && Number(b.at(-1)) === Number(a.at(-1)) + 1;
}

/**
 * The places of clauses given in document order, three or more paragraphs that follow one another
 * as one run from the first place to the last: III(1)–III(6), III(8)–III(10). A run never passes over
 * a paragraph that is not among them.
 */
export function placeRuns(clauses: readonly FinderClause[]): { from: string; to?: string }[] {
  const runs: FinderClause[][] = [];
  for (const clause of clauses) {
    const run = runs.at(-1);
    if (run && follows(run.at(-1)!.paragraph, clause.paragraph)) run.push(clause);
    else runs.push([clause]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [{ from: run[0]!.place, to: run.at(-1)!.place }] : run.map((c) => ({ from: c.place }))));
}

/** The choice an address's query string carries (`?sector=…&zone=…&need=…`, repeatable), checked against the data. */
export function parseChoice(search: string, data: FinderData): { choice: FinderChoice; ignored: IgnoredChoice } {
  const params = new URLSearchParams(search);
  const zones = params.getAll(FINDER_PARAMS.zone).filter(Boolean);
  const parsed = validChoice(data, { sectors: params.getAll(FINDER_PARAMS.sector), ...(zones[0] !== undefined ? { zone: zones[0] } : {}), needs: params.getAll(FINDER_PARAMS.need) });
  // One zone describes a company: a second is reported, not applied.
  return { choice: parsed.choice, ignored: { ...parsed.ignored, zones: [...new Set([...parsed.ignored.zones, ...zones.slice(1)])] } };
}

/** The query string of a choice ('' for none), in the order parseChoice gives it back. */
export function choiceToSearch(choice: FinderChoice): string {
  const params = new URLSearchParams();
  for (const sector of choice.sectors) params.append(FINDER_PARAMS.sector, sector);
  if (choice.zone !== undefined) params.append(FINDER_PARAMS.zone, choice.zone);
  for (const need of choice.needs) params.append(FINDER_PARAMS.need, need);
  const query = params.toString();
  return query ? `?${query}` : '';
}
