/**
 * The enterprise finder's data for one edition of one document (src/lib/site/finder.ts uses it in the
 * browser): made at build time from the site model (texts of the edition, summaries, departments) and
 * the clause corpus (which clause names which zone, which need, with the words that show it). Clause
 * ids and tags come from the corpus alone, so every edition gives the same results.
 */
import type { Corpus, CorpusClause, Tag } from '../document/corpus.ts';
import type { SiteModel } from '../document/site-model.ts';
import { SUPPORT_KINDS_FILE, type SupportKind } from '../document/support-kinds.ts';
import { converterFor } from '../editions/convert.ts';
import { type Locale, ORIGINAL, localeInfo } from '../editions/locales.ts';
import { nfkc } from '../document/text.ts';
import { paragraphRoute } from './urls.ts';
import { placeOf } from './view.ts';
import type { FinderClause, FinderData, FinderNeedTag } from './finder.ts';

const MEASURES_ROUTE = 'measures';

/** The sentences of a paragraph's text in an edition: ending at 。；!?; or a full stop, semicolon, ! or ? that no digit follows. */
const sentencesOf = (text: string) => text.match(/[^。；;.!?！？]+(?:[。；;!?！？]|\.(?!\d)|$)/gu)?.map((s) => s.trim()).filter(Boolean) ?? [];

export function finderData(site: SiteModel, corpus: Corpus, supportKinds: readonly SupportKind[], locale: Locale): FinderData {
  const documentId = site.document.id;
  const info = localeInfo(locale);
  const converted = info.text.from === 'conversion';
  /**
   * Evidence words are the original's; a converted edition quotes them from its own text of the
   * paragraph, at the same place (the conversion keeps every character's place): converted alone, out
   * of their sentence, they would meet contexts the reviewed conversion does not know.
   */
  const quote = (paragraph: string, words: string) => {
    if (!converted) return words;
    const textOf = (l: Locale) => nfkc([site.paragraph(paragraph).in[l].title, site.paragraph(paragraph).in[l].text].join('\n'));
    const [original, own] = [textOf(ORIGINAL), textOf(locale)];
    const at = original.indexOf(words);
    if (at < 0 || original.length !== own.length) throw new Error(`Finder (${documentId}, ${locale}): cannot quote "${words}" of paragraph "${paragraph}" from its ${locale} text`);
    return own.slice(at, at + words.length);
  };
  const quoteLocale = converted ? locale : ORIGINAL;
  const segment = site.document.isDefault ? '' : `${documentId}/`;

  const clauses = new Map(corpus.clauses.filter((c) => c.document === documentId).map((c) => [c.paragraph, c]));
  const clauseOf = (paragraph: string): CorpusClause => {
    const found = clauses.get(paragraph);
    if (!found) throw new Error(`Finder (${documentId}, ${locale}): paragraph "${paragraph}" is not in the corpus`);
    return found;
  };
  const located = (paragraph: string, route: string): FinderClause => ({ clause: clauseOf(paragraph).id, paragraph, place: placeOf(site.paragraph(paragraph), locale), anchor: `${segment}${route}/#${paragraph}` });
  const needsOf = (c: CorpusClause): FinderNeedTag[] => c.support.map((t: Tag) => ({ slug: t.slug, evidence: t.evidence.map((w) => quote(c.paragraph, w)) }));
  const slugs = (tags: readonly Tag[]) => tags.map((t) => t.slug);

  const sectorOfParagraph = new Map(site.sectors.map((s) => [s.id, s]));
  const measureIds = new Set(site.measures.map((m) => m.id));
  /** Where a paragraph is read: its sector's page, the measures page, or the whole document. */
  const routeOf = (paragraph: string) => {
    const sector = sectorOfParagraph.get(paragraph);
    if (sector) return sector.route;
    return measureIds.has(paragraph) ? MEASURES_ROUTE : paragraphRoute(paragraph).split('/#')[0]!;
  };

  const needs = supportKinds.map((kind) => {
    const source = converted ? (info.text as { of: string }).of : locale;
    const label = (kind.name as Record<string, string | undefined>)[source];
    if (!label) throw new Error(`${SUPPORT_KINDS_FILE}: kind "${kind.slug}" has no name.${source} (the finder's label in the ${locale} edition)`);
    return { slug: kind.slug, label: converted ? converterFor(locale)(label) : label };
  });

  const zones = site.zones.map((zone) => {
    const naming = [...clauses.values()].filter((c) => c.zones.some((t) => t.slug === zone.slug));
    return {
      slug: zone.slug,
      name: zone.name[locale],
      clauses: naming.map((c) => {
        const sector = sectorOfParagraph.get(c.paragraph);
        const sentence = sentencesOf(site.paragraph(c.paragraph).in[locale].text).find((s) => s.includes(zone.name[locale]));
        if (!sentence) throw new Error(`Finder (${documentId}, ${locale}): paragraph "${c.paragraph}" names the zone "${zone.slug}" in the original, but no sentence of its ${locale} text names "${zone.name[locale]}"`);
        const title = sector ? sector.name[locale] : site.paragraph(c.paragraph).in[locale].title;
        return { ...located(c.paragraph, routeOf(c.paragraph)), title, sentence, ...(sector ? { sector: sector.slug } : {}), needs: needsOf(c) };
      }),
    };
  });

  const usedDepartments = new Set([...site.sectors.flatMap((s) => s.leads), ...site.measures.flatMap((m) => m.departments)]);
  const targetsParagraph = site.document.parts.targets;
  return {
    locale,
    quoteLocale,
    document: {
      id: documentId,
      title: site.facts.title[locale],
      number: site.facts.number[locale],
      issuer: site.facts.issuer[locale],
      planTitle: site.facts.planTitle[locale],
      dateSigned: site.facts.dateSigned,
      datePublished: site.facts.datePublished,
      issuerHosts: site.document.issuerHosts,
      ...(site.status.originalUrl ? { originalUrl: site.status.originalUrl } : {}),
    },
    needs,
    sectors: site.sectors.map((s) => {
      const c = clauseOf(s.id);
      return { ...located(s.id, s.route), slug: s.slug, name: s.name[locale], summary: s.summary[locale], leads: s.leads.map((d) => d.slug), zones: slugs(c.zones), needs: needsOf(c) };
    }),
    zones,
    measures: site.measures.map((m) => {
      const c = clauseOf(m.id);
      return {
        ...located(m.id, MEASURES_ROUTE),
        title: m.paragraph.in[locale].title,
        summary: m.summary[locale],
        departments: m.departments.map((d) => d.slug),
        needs: needsOf(c),
        zones: slugs(c.zones),
      };
    }),
    targets: {
      ...located(targetsParagraph, routeOf(targetsParagraph)),
      title: site.paragraph(targetsParagraph).in[locale].title,
      year: site.targetYear,
      figures: site.targets.map((t) => ({ id: t.id, figure: t.figure[locale], label: t.label[locale] })),
      outlooks: site.outlooks.map((o) => ({ from: o.from, to: o.to, goal: o.goal[locale] })),
    },
    departments: site.departments.filter((d) => usedDepartments.has(d)).map((d) => ({ slug: d.slug, name: d.name[locale] })),
  };
}
