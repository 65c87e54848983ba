/**
 * Presentation that depends on the edition's language, made from the model for the components: how a
 * paragraph is cited and named, document facts and dates as the edition writes them, lists joined with
 * the edition's separator, counted words. Components receive these and only lay them out.
 */
import { t } from '../editions/i18n.ts';
import type { LinkableTerm } from '../editions/glossary.ts';
import { converterFor } from '../editions/convert.ts';
import { type Locale, ORIGINAL, formatDate, languageTag, localeInfo, otherLocales } from '../editions/locales.ts';
import type { Paragraph, SiteDepartment, SiteModel, SiteSector } from '../document/site-model.ts';
import { toChineseNumeral, toRomanNumeral } from '../document/text.ts';
import type { Link, SiteLinks } from './links.ts';

/** A paragraph's place as a citation writes it: 二(一)3, or II(1)3; empty for the notice and front matter. */
export function placeOf(paragraph: Paragraph, locale: Locale): string {
  if (!/^\d/u.test(paragraph.id)) return '';
  const [section, part, item] = paragraph.id.split('.').map(Number) as [number, number?, number?];
  return localeInfo(locale).numbering === 'chinese'
    ? `${toChineseNumeral(section)}${part ? `(${toChineseNumeral(part)})` : ''}${item ?? ''}`
    : `${toRomanNumeral(section)}${part ? `(${part})` : ''}${item ?? ''}`;
}

/** How a reader cites a paragraph: 示府办〔2025〕3号 二(一)1, or Shi Fu Ban [2025] No. 3, II(1)1; the number alone for the notice and front matter. */
export function citationTextOf(site: SiteModel, paragraph: Paragraph, locale: Locale): string {
  const number = site.facts.number[locale];
  const place = placeOf(paragraph, locale);
  return place ? t(locale, 'citation.paragraph', { number, place }) : number;
}

/** A paragraph's citation (the document number and its place, 二(一)3), linking to it in the full text. */
export const citationOf = (site: SiteModel, paragraph: Paragraph, locale: Locale, links: SiteLinks): Link => ({ href: links.paragraph(paragraph.id), label: citationTextOf(site, paragraph, locale) });

/**
 * The paragraphs an explanation rests on, one link per place (二(一)3); the notice and the preamble have
 * no number and are named instead, several paragraphs of the notice once, linked to the first.
 */
export function clauseLinksOf(clauses: readonly Paragraph[], locale: Locale, links: SiteLinks): Link[] {
  const label = (p: Paragraph) => placeOf(p, locale) || t(locale, p.id.startsWith('notice.') ? 'explained.notice' : 'explained.preamble');
  const cited = new Map<string, Link>();
  for (const p of clauses) if (!cited.has(label(p))) cited.set(label(p), { href: links.paragraph(p.id), label: label(p) });
  return [...cited.values()];
}

/** The title of the part of the plan a paragraph belongs to (二、 for 2.1.3), as the edition titles it: pages name the parts from the document, never in their own strings. */
export const partTitleOf = (site: SiteModel, paragraphId: string, locale: Locale): string => site.paragraph(paragraphId.split('.')[0]!).in[locale].title;

/** What the UI strings interpolate that names the document's publisher ({{publisher}}: the Chinese text published by … prevails), as the edition names it. */
export const publisherOf = (site: SiteModel, locale: Locale): { publisher: string } => ({ publisher: site.facts.publisher.name[locale] });

/** Items joined as the edition lists them (、 or , ). */
export const listOf = (items: readonly string[], locale: Locale): string => items.join(t(locale, 'punctuation.list'));

/** What identifies the document: issuer, 文号, the dates it was signed and published. */
export function identityRowsOf(site: SiteModel, locale: Locale): { label: string; value: string }[] {
  const { facts } = site;
  return [
    { label: t(locale, 'facts.issuer'), value: facts.issuer[locale] },
    { label: t(locale, 'facts.number'), value: facts.number[locale] },
    { label: t(locale, 'facts.date'), value: formatDate(facts.dateSigned, locale) },
    { label: t(locale, 'facts.published'), value: formatDate(facts.datePublished, locale) },
  ];
}

/** The document's facts as gov.cn sets them above a policy, then its status and when that was last checked. */
export function factRowsOf(site: SiteModel, locale: Locale): { label: string; value: string; href?: string }[] {
  const { status } = site;
  const date = (iso: string) => formatDate(iso, locale);
  const statusText = t(locale, `status.${status.status}`);
  return [
    ...identityRowsOf(site, locale),
    ...(status.topic ? [{ label: t(locale, 'facts.topic'), value: status.topic[locale] }] : []),
    ...(status.originalUrl ? [{ label: t(locale, 'facts.original'), value: t(locale, 'facts.originalLink'), href: status.originalUrl }] : []),
    { label: t(locale, 'facts.status'), value: status.since ? t(locale, 'status.since', { status: statusText, date: date(status.since) }) : statusText },
    { label: t(locale, 'facts.lastChecked'), value: date(status.lastChecked) },
  ];
}

/** The plan's horizons: issued, the target year, the longer outlooks. */
export function timelineOf(site: SiteModel, locale: Locale): { when: string; what: string }[] {
  const { dateSigned } = site.facts;
  return [
    { when: dateSigned.slice(0, 4), what: t(locale, 'timeline.issued', { date: formatDate(dateSigned, locale, 'month') }) },
    { when: String(site.targetYear), what: t(locale, 'timeline.target', { year: site.targetYear }) },
    ...site.outlooks.map((o) => ({ when: t(locale, 'timeline.outlook', { from: o.from, to: o.to }), what: o.goal[locale] })),
  ];
}

/** The quantified targets as figures with what each measures. */
export const targetFiguresOf = (site: SiteModel, locale: Locale): { figure: string; label: string }[] =>
  site.targets.map((target) => ({ figure: target.figure[locale], label: target.label[locale] }));

/** While the document is not in force: what happened to it and when, and what replaces it if known; nothing for a document in force. */
export function statusBannerOf(site: SiteModel, locale: Locale): { text: string; replacedBy?: { label: string; href?: string | undefined } } | undefined {
  const { status, since, replacedBy } = site.status;
  if (status === 'in-force') return undefined;
  return {
    text: t(locale, `status.banner.${status}`, { date: since ? formatDate(since, locale) : '' }),
    ...(replacedBy ? { replacedBy: { label: replacedBy.title[locale], href: replacedBy.url } } : {}),
  };
}

/** The glossary's terms of a page, linked at their first use only: `used` is shared by every text of the page. */
export interface TermLinks {
  href: string;
  terms: LinkableTerm[];
  used: Set<string>;
}
export const termLinksOf = (site: SiteModel, locale: Locale, links: SiteLinks): TermLinks => ({
  href: links.page('glossary'),
  terms: site.glossary.map((g) => ({ slug: g.slug, words: g.term[locale] })),
  used: new Set(),
});

/**
 * The glossary in an edition: terms sorted by their first word (not a leading article or quotation
 * mark), each with the other editions' renderings once each (繁體 often writes a term as 简体 does).
 */
export function glossaryOf(site: SiteModel, locale: Locale): { slug: string; term: string; others: { lang: string; term: string }[]; note: string }[] {
  const sortKey = (term: string) => term.replace(/^the\s+/iu, '').replace(/^\W+/u, '').toLowerCase();
  const collator = new Intl.Collator(localeInfo(locale).intl);
  return [...site.glossary]
    .sort((a, b) => collator.compare(sortKey(a.term[locale]), sortKey(b.term[locale])))
    .map((entry) => {
      const seen = new Set([entry.term[locale]]);
      const others = otherLocales(locale).filter((l) => !seen.has(entry.term[l]) && seen.add(entry.term[l]));
      return { slug: entry.slug, term: entry.term[locale], others: others.map((l) => ({ lang: languageTag(l), term: entry.term[l] })), note: entry.note[locale] };
    });
}

/**
 * A department's page in an edition: the UI strings' context (a group of bodies, the towns … concerned,
 * takes plural verbs and no article in English), its summary with counted words, and the departments
 * that lead a sector beside it, listed; empty when it leads alone.
 */
export function departmentViewOf(site: SiteModel, department: SiteDepartment, locale: Locale) {
  const context = department.group ? 'group' : undefined;
  return {
    context,
    summary: t(locale, 'departments.summary', {
      context,
      name: department.name[locale],
      leads: t(locale, 'departments.summaryLeads', { context, count: department.sectorsLed.length, total: site.counts.sectors }),
      shares: t(locale, 'departments.summaryShares', { context, count: department.measures.length, total: site.counts.measures }),
    }),
    coLeads: (sector: SiteSector): string => listOf(sector.leads.filter((l) => l !== department).map((l) => l.name[locale]), locale),
  };
}

/** What the home page says the plan is: when and by whom it was issued, and how many sectors of each kind it names. */
export const planIntroOf = (site: SiteModel, locale: Locale): string =>
  t(locale, 'home.intro', {
    date: formatDate(site.facts.dateSigned, locale, 'month'),
    issuer: site.facts.issuer[locale],
    title: site.facts.planTitle[locale],
    clusters: site.counts.clusters,
    // A plan with no future industries is introduced without them (intro_zero).
    count: site.counts.futures,
  });

/** The sectors of each kind the document has, headed with their count and introduced by the part of the plan that lists them. */
export function sectorGroupsOf(site: SiteModel, locale: Locale): { kind: SiteSector['kind']; sectors: SiteSector[]; title: string; intro: string }[] {
  return (['cluster', 'future'] as const).flatMap((kind) => {
    const sectors = site.sectors.filter((s) => s.kind === kind);
    const [plural, count] = kind === 'cluster' ? (['clusters', site.counts.clusters] as const) : (['futures', site.counts.futures] as const);
    const part = sectors[0] && partTitleOf(site, sectors[0].id, locale);
    return part ? [{ kind, sectors, title: t(locale, `kind.${plural}`, { count }), intro: t(locale, `home.${plural}Intro`, { count, part }) }] : [];
  });
}

export interface RelatedDocumentView {
  /** The title, 文号 and issuer as the source names them: in the original, converted for an edition converted from it. */
  title: string;
  number?: string | undefined;
  issuer: string;
  /** The language of those names, when it is not the page's (an English page shows them in Chinese). */
  lang?: string | undefined;
  date: string;
  relation: string;
  href: string;
  /** Where the relation is stated: the clause of this document that names it, or the cited page. */
  namedIn: Link;
}

/** The documents this one relates to, as its profile lists them, each with the source that names it. */
export function relatedDocumentsOf(site: SiteModel, locale: Locale, links: SiteLinks): RelatedDocumentView[] {
  const { text } = localeInfo(locale);
  const names = text.from === 'conversion' ? converterFor(locale) : (name: string) => name;
  const lang = text.from === 'translation' ? localeInfo(ORIGINAL).tag : undefined;
  const byId = new Set(site.paragraphs.map((p) => p.id));
  return site.document.related.map((r) => ({
    title: names(r.title),
    number: r.number === undefined ? undefined : names(r.number),
    issuer: names(r.issuer),
    lang,
    date: formatDate(r.date, locale),
    relation: t(locale, `related.${r.relation}`),
    href: r.url,
    namedIn: byId.has(r.source) ? clauseLinksOf([site.paragraph(r.source)], locale, links)[0]! : { href: r.source, label: t(locale, 'related.source') },
  }));
}
