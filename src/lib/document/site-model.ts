/**
 * The resolved site model, built once per build from the parsed seed, the content files and the
 * sector pages: every paragraph with its text in every edition, the sectors with their zones and lead
 * departments, zones and departments with what refers to them, the targets and horizons with their
 * figures. Pages render from it and never go back to the raw data to join it again.
 *
 * An edition's text comes from where the locale list says: the seed (the original), a translation in
 * content/, or a conversion of another edition at build time.
 */
import type { DepartmentData, ZoneData } from './content-data.ts';
import { type Convert, converterFor } from '../editions/convert.ts';
import { type ClaimContext, claimProblems } from '../explain/claim-check.ts';
import { type ExplanatoryTexts, claimContext, explanationClaims, explanationPairs, namedEntities } from '../explain/explanations.ts';
import { figureProblemsIn } from '../editions/figure-check.ts';
import type { Status } from './document-status.ts';
import type { GlossaryData } from '../editions/glossary.ts';
import { t, uiStringPairs } from '../editions/i18n.ts';
import type { PolicySource } from './load-policy.ts';
import { AUTHORED_LOCALES, LOCALE_LIST, LOCALES, type Locale, ORIGINAL, TRANSLATED_LOCALES, localeInfo } from '../editions/locales.ts';
import type { Block, DocumentParts, Measure, SectorKind, Target } from './policy-model.ts';
import type { DocumentProfile, RelatedDocument } from './profile.ts';
import { ProblemsError, throwIfProblems } from '../checks/problems.ts';
import { ALIASED_PAGES, type AliasGroup, SEARCH_ALIASES_FILE, aliasesOf, checkSearchAliases } from '../search/search-aliases.ts';
import { SUPPORT_NEEDS } from './support-kinds.ts';
import { type SectorContent, type SectorEntry, sectorFileOf } from './sector-content.ts';
import { termProblems } from '../editions/term-check.ts';
import { toRomanNumeral } from './text.ts';
import type { Translation } from '../editions/translation.ts';
import { departmentRoute, sectorRoute, zoneRoute } from '../site/urls.ts';

/** One value per edition. */
export type PerLocale<T> = Record<Locale, T>;

export interface ParagraphText {
  /** Numbering as the edition prints it: 一、 (一) 1. or I. (1) 1.; empty for unnumbered blocks. */
  label: string;
  title: string;
  text: string;
}

export interface Paragraph {
  id: string;
  /** Line of the seed where it starts. */
  line: number;
  depth: Block['depth'];
  runIn: boolean;
  /** Its text in each edition (how a reader cites it is the view's: src/lib/site/view.ts). */
  in: PerLocale<ParagraphText>;
}

/** A paragraph in one edition, for code that reads the document in one language (contents, AKN, side by side). */
export interface LocalizedParagraph extends ParagraphText {
  id: string;
  depth: Block['depth'];
  runIn: boolean;
}
export const paragraphIn = (p: Paragraph, locale: Locale): LocalizedParagraph => ({ id: p.id, depth: p.depth, runIn: p.runIn, ...p.in[locale] });

export interface SiteSector<E extends SectorEntry = SectorEntry> {
  id: string;
  slug: string;
  kind: SectorKind;
  order: number;
  route: string;
  paragraph: Paragraph;
  /** The short name its page uses (半导体及集成电路), the summary and the breakdown, per edition. */
  name: PerLocale<string>;
  /** The name of its icon, as its pages give it (src/lib/site/sector-icons.ts), if they give one. */
  icon?: string | undefined;
  summary: PerLocale<string>;
  priorities: PerLocale<string[]>;
  technologies: PerLocale<string[]>;
  /** The sentence of its paragraph that names its key areas, per edition; empty when it names none. */
  zonesClause: PerLocale<string>;
  zones: SiteZone[];
  leads: SiteDepartment[];
  /** What readers type for it besides its name (content/search-aliases.json), per edition. */
  aliases: PerLocale<string[]>;
  /** The MDX page to render for an edition, and the conversion to apply to it for a converted edition. */
  page: PerLocale<{ entry: E; convert?: Convert }>;
}

export interface SiteZone {
  slug: string;
  type: ZoneData['type'];
  route: string;
  name: PerLocale<string>;
  about: PerLocale<string>;
  /** What readers type for it besides its name: short forms, and its name with 镇, 街道 … per its type. */
  aliases: PerLocale<string[]>;
  /** The sectors the plan concentrates here, in document order. */
  sectors: SiteSector[];
}

export interface SiteMeasure {
  id: string;
  order: number;
  paragraph: Paragraph;
  /** What it does and who leads it, in plain words, per edition (content/documents/<id>/measures.json). */
  summary: PerLocale<string>;
  departments: SiteDepartment[];
}

export interface SiteDepartment {
  slug: string;
  route: string;
  name: PerLocale<string>;
  /** Several bodies named together (有关镇街(园区)): the UI strings' `group` context (src/lib/editions/i18n.ts). */
  group: boolean;
  /** What readers type for it besides its name (发改局), per edition. */
  aliases: PerLocale<string[]>;
  /** Sectors it leads, measures it shares, and the departments named beside it on those, in first-seen order. */
  sectorsLed: SiteSector[];
  measures: SiteMeasure[];
  partners: SiteDepartment[];
}

export interface SiteTarget {
  id: Target['id'];
  value: number;
  unit: Target['unit'];
  /** The figure as the edition writes it (30000亿元, 30000億元, 3 trillion yuan) and what it measures. */
  figure: PerLocale<string>;
  label: PerLocale<string>;
}

export interface SiteOutlook {
  from: number;
  to: number;
  goal: PerLocale<string>;
}

export interface GlossaryTerm {
  slug: string;
  term: PerLocale<string>;
  note: PerLocale<string>;
}

export interface DocumentFacts {
  number: PerLocale<string>;
  issuer: PerLocale<string>;
  title: PerLocale<string>;
  planTitle: PerLocale<string>;
  /** The names the site's own strings give the document, from its profile: its short title (the home page's heading), who published it and on which website, and where it applies. */
  shortTitle: PerLocale<string>;
  publisher: { name: PerLocale<string>; website: PerLocale<string>; hotline?: { number: string; name: PerLocale<string> } };
  jurisdiction: PerLocale<string>;
  /** ISO 8601: signed, and published on the web page (the capture's 发布时间). */
  dateSigned: string;
  datePublished: string;
}

/** Which document a model is of, and what its profile says that pages and data formats need. */
export interface SiteDocument {
  /** The folder's name and the URL segment of a document other than the default. */
  id: string;
  isDefault: boolean;
  /** The SHA-256 (hex) of the captured page the Chinese text is parsed from, checked against its pin before it was read. */
  captureSha256: string;
  /** The role of each part of the outline (which part lists the clusters, the measures; the targets paragraph). */
  parts: DocumentParts;
  akn: DocumentProfile['akn'];
  /** The issuer's website hosts: the only origins data may cite as a source. */
  issuerHosts: string[];
  /** Documents this one relates to, as its profile lists them with their source. */
  related: RelatedDocument[];
}

/** The document's status (status.json in its folder), with its texts in every edition. */
export interface SiteStatus {
  status: Status;
  lastChecked: string;
  since?: string | undefined;
  replacedBy?: { title: PerLocale<string>; url?: string | undefined } | undefined;
  topic?: PerLocale<string> | undefined;
  originalUrl?: string | undefined;
}

/** A text of the site's own explanations, with the paragraphs it explains. */
export interface SiteCitedText {
  clauses: Paragraph[];
  text: PerLocale<string>;
}

/** A section of the 政策解读 (src/lib/explain/explanations.ts names them). */
export interface SiteExplainedSection {
  id: string;
  items: SiteCitedText[];
}

export interface SiteQuestion {
  id: string;
  /** The answer that says what the plan leaves to the departments, which the finder links. */
  notInPlan: boolean;
  question: PerLocale<string>;
  answer: SiteCitedText;
}

export interface SiteModel<E extends SectorEntry = SectorEntry> {
  document: SiteDocument;
  facts: DocumentFacts;
  status: SiteStatus;
  paragraphs: Paragraph[];
  paragraph: (id: string) => Paragraph;
  sectors: SiteSector<E>[];
  measures: SiteMeasure[];
  /** Zones and departments the plan names, in first-seen order through the document. */
  zones: SiteZone[];
  departments: SiteDepartment[];
  targets: SiteTarget[];
  targetYear: number;
  outlooks: SiteOutlook[];
  glossary: GlossaryTerm[];
  /** The 政策解读 in its standard sections, and the 政策问答: this site's reading, every text citing its paragraphs. */
  explained: SiteExplainedSection[];
  questions: SiteQuestion[];
  /**
   * What any further explanation (an item of the 一图读懂, say) is checked against: pass its claims,
   * each with the paragraph ids it cites, to claimProblems or checkClaims of src/lib/explain/claim-check.ts.
   */
  claimContext: ClaimContext;
  /** Counts of the plan's parts, for UI strings that name them ("8个战略性新兴产业集群"). */
  counts: { clusters: number; futures: number; sectors: number; measures: number };
  /** What readers type for the finder besides what it shows: its own words (联系, 申报 …) and each need's (补贴, 用地, subsidy …), per edition. */
  finderWords: PerLocale<string[]>;
  /** Words search keeps to themselves and their inflections (content/search-aliases.json wholeWords), per edition. */
  searchWholeWords: PerLocale<string[]>;
}

/**
 * Makes a value for every edition: authored editions (the original and translations) from `authored`,
 * converted editions by converting their source edition's value.
 */
function perLocale<T>(authored: (locale: Locale) => T): PerLocale<T> {
  const result = {} as PerLocale<T>;
  for (const { code, text } of LOCALE_LIST) {
    if (text.from === 'conversion') result[code] = convertDeep(result[text.of as Locale], converterFor(code));
    else result[code] = authored(code);
  }
  return result;
}

function convertDeep<T>(value: T, convert: Convert): T {
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((v) => convertDeep(v, convert)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertDeep(v, convert)])) as T;
  return value;
}

/** The numbering of a block in an edition's style: 一、 (一) 1. as printed, or I. (1) 1. */
function label(block: Block, locale: Locale): string {
  if (localeInfo(locale).numbering === 'chinese' || block.depth === 0) return block.label;
  const n = Number(block.id.split('.').at(-1));
  return [`${toRomanNumeral(n)}.`, `(${n})`, `${n}.`][block.depth - 1]!;
}

/** The text of a block in a translated edition. */
const translated = (translations: PolicySource['translations'], locale: Locale): Translation => {
  const translation = translations[locale];
  if (!translation) throw new Error(`No translation loaded for "${locale}"`);
  return translation;
};

/**
 * The one sentence of a translated paragraph that names every one of its key areas (by their names in
 * that edition), as the original's "支持以……为重点建设集聚区" clause does.
 */
function zonesSentence(text: string, zoneNames: readonly string[]): string | undefined {
  const sentences = text.match(/[^.!?]+(?:[.!?](?!\d)|$)(?:\s*\([^)]*\))?/gu)?.map((s) => s.trim()) ?? [];
  const naming = sentences.filter((s) => zoneNames.every((name) => s.includes(name)));
  return naming.length === 1 ? naming[0] : undefined;
}

/**
 * `options.sectorSlugs`: the sector slugs of every document, which the shared search aliases may name
 * (this document's by default).
 */
export function buildSiteModel<E extends SectorEntry>(source: PolicySource, sectorContent: readonly SectorContent<E>[], options: { sectorSlugs?: readonly string[] } = {}): SiteModel<E> {
  const { document, translations, profile } = source;
  const TARGETS_PARAGRAPH = document.parts.targets;
  const problems: string[] = [];

  const number = perLocale((l) => (l === ORIGINAL ? document.notice.number : translated(translations, l)['notice.number']!.text!));
  const paragraphs: Paragraph[] = document.blocks.map((block) => {
    const text = perLocale<ParagraphText>((l) => {
      if (l === ORIGINAL) return { label: block.label, title: block.title, text: block.text };
      const entry = translated(translations, l)[block.id]!;
      return { label: label(block, l), title: entry.title ?? '', text: entry.text ?? '' };
    });
    return { id: block.id, line: block.line, depth: block.depth, runIn: block.runIn, in: text };
  });
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const paragraph = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`No paragraph "${id}" in the document`);
    return found;
  };
  const textOf = (id: string) => perLocale((l) => paragraph(id).in[l].text);

  // Zones and departments, in the order the plan first names them.
  const zoneData = new Map(source.zones.map((z) => [z.slug, z]));
  const departmentData = new Map(source.departments.map((d) => [d.slug, d]));
  const zoneSlugs = [...new Set(document.sectors.flatMap((s) => s.zones))];
  const departmentSlugs = [...new Set([...document.sectors.flatMap((s) => s.leads), ...document.measures.flatMap((m) => m.departments)])];
  const aliases = checkSearchAliases(
    source.searchAliases,
    SEARCH_ALIASES_FILE,
    // The aliases are shared by every document: they may name any zone or department of the registries and any document's sector.
    {
      zones: source.zones.map((z) => z.slug),
      departments: source.departments.map((d) => d.slug),
      sectors: options.sectorSlugs ?? sectorContent.map((c) => c.slug),
      needs: [...SUPPORT_NEEDS],
      pages: [...ALIASED_PAGES],
    },
    LOCALES,
  );
  /**
   * An entity's search words per edition: the authored ones, converted for a converted edition, which
   * also gets the words of its own readers (積體電路 where the text, converted, says 集成電路).
   */
  const searchWordsOf = (group: AliasGroup, slug: string, zone?: { name: PerLocale<string>; type: string }) => {
    const words = perLocale((l) => aliasesOf(aliases, group, slug, l, zone && { name: zone.name[l], type: zone.type }));
    for (const { code, text } of LOCALE_LIST)
      if (text.from === 'conversion') words[code] = [...new Set([...words[code], ...aliasesOf(aliases, group, slug, code)])];
    return words;
  };
  const zones: SiteZone[] = zoneSlugs.map((slug) => {
    const data = zoneData.get(slug)!;
    return {
      slug,
      type: data.type,
      route: zoneRoute(slug),
      name: perLocale((l) => data.name[l]!),
      about: perLocale((l) => data.about[l]!),
      aliases: searchWordsOf('zones', slug, { name: perLocale((l) => data.name[l]!), type: data.type }),
      sectors: [],
    };
  });
  const departments: SiteDepartment[] = departmentSlugs.map((slug) => {
    const data: DepartmentData = departmentData.get(slug)!;
    return {
      slug,
      route: departmentRoute(slug),
      name: perLocale((l) => data.name[l]!),
      group: data.group === true,
      aliases: searchWordsOf('departments', slug),
      sectorsLed: [],
      measures: [],
      partners: [],
    };
  });
  const zoneOf = new Map(zones.map((z) => [z.slug, z]));
  const departmentOf = new Map(departments.map((d) => [d.slug, d]));

  const sectors: SiteSector<E>[] = sectorContent.map(({ slug, sector, entries }) => {
    const p = paragraph(sector.id);
    const data = <K extends 'title' | 'summary' | 'priorities' | 'technologies'>(key: K) => perLocale((l) => entries[l]!.data[key]);
    const sectorZones = sector.zones.map((z) => zoneOf.get(z)!);
    const zonesClause = perLocale((l) => {
      if (l === ORIGINAL || !sector.zonesClause) return sector.zonesClause;
      const sentence = zonesSentence(p.in[l].text, sectorZones.map((z) => z.name[l]));
      if (!sentence) problems.push(`${source.files.translation[l]}: paragraph "${sector.id}" has no single sentence naming all its key areas (${sectorZones.map((z) => z.name[l]).join(', ')})`);
      return sentence ?? '';
    });
    const page = {} as SiteSector<E>['page'];
    for (const { code, text } of LOCALE_LIST) {
      page[code] = text.from === 'conversion' ? { entry: entries[text.of as Locale]!, convert: converterFor(code) } : { entry: entries[code]! };
    }
    return {
      id: sector.id,
      slug,
      kind: sector.kind,
      order: sector.order,
      route: sectorRoute(sector.kind, slug),
      paragraph: p,
      name: data('title'),
      icon: entries[ORIGINAL]!.data.icon,
      summary: data('summary'),
      priorities: data('priorities'),
      technologies: data('technologies'),
      zonesClause,
      zones: sectorZones,
      leads: sector.leads.map((d) => departmentOf.get(d)!),
      aliases: searchWordsOf('sectors', slug),
      page,
    };
  });
  const measures: SiteMeasure[] = document.measures.map((m: Measure) => ({
    id: m.id,
    order: m.order,
    paragraph: paragraph(m.id),
    summary: perLocale((l) => source.measureSummaries[m.id]![l]!),
    departments: m.departments.map((d) => departmentOf.get(d)!),
  }));

  // Back-references, and partners in first-seen order.
  for (const zone of zones) zone.sectors = sectors.filter((s) => s.zones.includes(zone));
  for (const department of departments) {
    department.sectorsLed = sectors.filter((s) => s.leads.includes(department));
    department.measures = measures.filter((m) => m.departments.includes(department));
    const groups = [...department.sectorsLed.map((s) => s.leads), ...department.measures.map((m) => m.departments)];
    department.partners = [...new Set(groups.flat())].filter((d) => d !== department);
  }

  const targets: SiteTarget[] = document.targets.map((target) => ({
    id: target.id,
    value: target.value,
    unit: target.unit,
    figure: perLocale((l) => (l === ORIGINAL ? `${target.value}${target.unit}` : figureIn(target, l))),
    label: perLocale((l) => (l === ORIGINAL ? target.label : translated(translations, l)[TARGETS_PARAGRAPH]!.targets![target.id]!)),
  }));
  // A card shows what the clause says: every figure of the clause is on the card in each translation.
  for (const target of targets) {
    const clause = document.targets.find((t) => t.id === target.id)!.clause;
    for (const { code, text } of LOCALE_LIST) {
      if (text.from !== 'translation') continue;
      const where = `target card "${target.id}" (figure from src/locales/${code}.json, label from ${source.files.translation[code]!})`;
      problems.push(...figureProblemsIn(code, where, clause, `${target.figure[code]} ${target.label[code]}`));
    }
  }
  const outlooks: SiteOutlook[] = document.horizons.outlooks.map((o, i) => ({
    from: o.from,
    to: o.to,
    goal: perLocale((l) => (l === ORIGINAL ? o.goal : translated(translations, l)[TARGETS_PARAGRAPH]!.outlooks![i]!)),
  }));

  if (problems.length) throw new ProblemsError('Site model', problems);
  const claimContext = checkExplanations(source, sectorContent, paragraphs);
  const cited = (c: { clauses: string[]; text: Record<string, string> }): SiteCitedText => ({ clauses: c.clauses.map(paragraph), text: perLocale((l) => c.text[l]!) });
  return {
    document: {
      id: source.id,
      isDefault: source.isDefault,
      parts: document.parts,
      captureSha256: source.capture.sha256,
      akn: profile.akn,
      issuerHosts: profile.issuer.hosts,
      related: profile.related,
    },
    facts: {
      number,
      issuer: textOf('notice.issuer'),
      title: textOf('notice.title'),
      planTitle: textOf('plan.title'),
      shortTitle: perLocale((l) => profile.shortTitle[l]!),
      publisher: {
        name: perLocale((l) => profile.publisher.name[l]!),
        website: perLocale((l) => profile.publisher.website[l]!),
        ...(profile.publisher.hotline ? { hotline: { number: profile.publisher.hotline.number, name: perLocale((l) => profile.publisher.hotline!.name[l]!) } } : {}),
      },
      jurisdiction: perLocale((l) => profile.jurisdiction[l]!),
      dateSigned: document.notice.date,
      datePublished: document.notice.published,
    },
    status: {
      ...source.status,
      topic: source.status.topic && perLocale((l) => source.status.topic![l]!),
      replacedBy: source.status.replacedBy && { url: source.status.replacedBy.url, title: perLocale((l) => source.status.replacedBy!.title[l]!) },
    },
    paragraphs,
    paragraph,
    sectors,
    measures,
    zones,
    departments,
    targets,
    targetYear: document.horizons.targetYear,
    outlooks,
    glossary: source.glossary.map((g: GlossaryData) => ({ slug: g.slug, term: perLocale((l) => g.term[l]!), note: perLocale((l) => g.note[l]!) })),
    explained: source.explained.map((s) => ({ id: s.id, items: s.items.map(cited) })),
    questions: source.questions.map((q) => ({ id: q.id, notInPlan: q.notInPlan === true, question: perLocale((l) => q.question[l]!), answer: cited(q.answer) })),
    claimContext,
    counts: {
      clusters: sectors.filter((s) => s.kind === 'cluster').length,
      futures: sectors.filter((s) => s.kind === 'future').length,
      sectors: sectors.length,
      measures: measures.length,
    },
    searchWholeWords: perLocale((l) => aliases.wholeWords[l] ?? []),
    // Each group's words are per edition already (a converted edition's converted, with its own added).
    finderWords: Object.fromEntries(
      LOCALES.map((l) => [l, [...new Set([...ALIASED_PAGES.map((p) => searchWordsOf('pages', p)), ...SUPPORT_NEEDS.map((n) => searchWordsOf('needs', n))].flatMap((words) => words[l]))]]),
    ) as PerLocale<string[]>,
  };
}

/**
 * Every explanation of the site (measure summaries, sector overviews, 解读, answers) says no more than
 * the paragraphs it cites (src/lib/explain/claim-check.ts), and every translated one, like the glossary's notes
 * and the UI strings, uses the one rendering of each term, zone and department. Returns the context the
 * claims were checked against, for explanations added later.
 */
function checkExplanations<E extends SectorEntry>(source: PolicySource, sectorContent: readonly SectorContent<E>[], paragraphs: readonly Paragraph[]): ClaimContext {
  const byLocale = <T>(f: (l: Locale) => T) => Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, f(l)]));
  const texts: ExplanatoryTexts = {
    files: { measures: source.files.measures, explained: source.files.explained, questions: source.files.questions },
    measureSummaries: source.measureSummaries,
    sectors: sectorContent.map(({ sector, entries }) => ({
      file: byLocale((l) => sectorFileOf(entries[l]!)),
      paragraph: sector.id,
      summary: byLocale((l) => entries[l]!.data.summary),
      body: byLocale((l) => entries[l]!.body ?? ''),
    })),
    explained: source.explained,
    questions: source.questions,
  };
  const titleOf = (id: string, l: Locale) => paragraphs.find((p) => p.id === id)!.in[l].title;
  const entities = namedEntities(
    { ...source, sectors: sectorContent.map(({ sector, entries }) => ({ names: byLocale((l) => [entries[l]!.data.title, titleOf(sector.id, l)]) })) },
    AUTHORED_LOCALES,
  );
  const context = claimContext(paragraphs, entities);
  throwIfProblems('Explanations and their clauses', claimProblems(explanationClaims(texts, AUTHORED_LOCALES), context));
  for (const locale of TRANSLATED_LOCALES) {
    const renderings = source.renderings[locale] ?? [];
    // A note may name the renderings its own term rules out ("not literally 'highland'").
    const noteProblems = source.glossary.flatMap((g, i) => {
      const own = `glossary "${g.slug}"`;
      const pair = { where: `content/glossary.json: entry ${i + 1} (${g.slug}) note`, original: g.note[ORIGINAL]!, translated: g.note[locale]! };
      return termProblems([pair], renderings.map((r) => (r.source === own ? { ...r, avoid: [] } : r)));
    });
    throwIfProblems(`Terms in the explanations, glossary notes and UI strings (${locale})`, [
      ...termProblems([...explanationPairs(texts, locale), ...uiStringPairs(locale)], renderings),
      ...noteProblems,
    ]);
  }
  return context;
}

/**
 * A target's figure in a translated edition, from the locale's UI strings: amounts in 亿元 (100 million
 * yuan) in the edition's words for millions, billions or trillions (30000亿元 → "3 trillion yuan").
 */
export function figureIn(target: Pick<Target, 'value' | 'unit'>, locale: Locale): string {
  if (target.unit !== '亿元') return t(locale, `figure.${target.unit === '%' ? 'percent' : 'count'}`, { value: target.value });
  const yuan = target.value * 1e8;
  const [divisor, scale] = yuan >= 1e12 ? [1e12, 'trillion'] : yuan >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  return t(locale, `figure.yuan.${scale}`, { value: Number((yuan / divisor).toPrecision(6)) });
}

/** All the text of an edition that search indexes, in one string: what a reader's query is matched against. */
export function editionText(site: SiteModel, locale: Locale): string {
  return [
    ...site.paragraphs.flatMap((p) => [p.in[locale].title, p.in[locale].text]),
    ...site.sectors.flatMap((s) => [s.name[locale], s.summary[locale], ...s.priorities[locale], ...s.technologies[locale]]),
    ...[...site.zones, ...site.departments].map((e) => e.name[locale]),
    ...site.zones.map((z) => z.about[locale]),
    ...site.glossary.flatMap((g) => [g.term[locale], g.note[locale]]),
    // The site's own explanations are indexed too: a reader's words may be only there (厂房, 咨询).
    ...site.measures.map((m) => m.summary[locale]),
    ...site.explained.flatMap((s) => s.items.map((i) => i.text[locale])),
    ...site.questions.flatMap((q) => [q.question[locale], q.answer.text[locale]]),
  ].join('\n');
}
