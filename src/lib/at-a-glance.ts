/**
 * 一图读懂, the plan on one page: its parts as data, built from the site model, that the HTML page
 * (at-a-glance/) and its long PNG (at-a-glance/at-a-glance.png) both draw. Every item names the
 * paragraphs it comes from, and every figure it shows must stand in them (glanceFigureProblems,
 * run at build), so the graphic states nothing the plan does not.
 */
import { digitsOf, figuresOf } from './figure-check.ts';
import { t } from './i18n.ts';
import { type Locale, localeInfo } from './locales.ts';
import { TARGETS_PARAGRAPH } from './policy-model.ts';
import type { SiteModel } from './site-model.ts';

export const GLANCE_ROUTE = 'at-a-glance';
/** The long image beside the page, for chat apps: at-a-glance/at-a-glance.png. */
export const GLANCE_IMAGE = 'at-a-glance.png';

export interface GlanceItem {
  /** The paragraphs it comes from, by id. */
  clauses: string[];
  /** The paragraph's own numbering (1. or (一)), when the item is one numbered paragraph. */
  label?: string;
  /** A large figure (30000亿元), for a target. */
  figure?: string;
  /** Its name or statement. */
  text: string;
  /** What follows it: lead or responsible departments, or a zone's sectors. */
  detail?: string;
  /** The page of the site it stands for (a route of the URL contract). */
  route?: string;
  /** A sector's slug, for its icon. */
  icon?: string;
}

export interface GlanceSection {
  id: 'facts' | 'targets' | 'clusters' | 'futures' | 'zones' | 'measures';
  heading: string;
  /** The paragraphs the heading's words come from. */
  clauses: string[];
  items: GlanceItem[];
}

/** The plan on one page, in an edition's words: document, 2027 targets, the 8 + 4 sectors, zones, measures. */
export function glanceSections(site: SiteModel, locale: Locale): GlanceSection[] {
  const label = (key: string) => t(locale, 'punctuation.label', { label: t(locale, key) });
  const list = (names: string[]) => names.join(t(locale, 'punctuation.list'));
  const sectorsOf = (kind: 'cluster' | 'future'): GlanceItem[] =>
    site.sectors
      .filter((s) => s.kind === kind)
      .map((s) => ({
        clauses: [s.id],
        label: s.paragraph.in[locale].label,
        text: s.name[locale],
        detail: `${label('sector.leads')}${list(s.leads.map((d) => d.name[locale]))}`,
        route: s.route,
        icon: s.slug,
      }));
  return [
    {
      id: 'facts',
      heading: site.facts.planTitle[locale],
      clauses: ['plan.title'],
      // The document: its number, issuer and date, each the text of its paragraph.
      items: ['notice.number', 'notice.issuer', 'notice.date'].map((id) => ({ clauses: [id], text: site.paragraph(id).in[locale].text })),
    },
    {
      id: 'targets',
      heading: t(locale, 'home.targets', { year: site.targetYear }),
      clauses: [TARGETS_PARAGRAPH],
      items: [
        ...site.targets.map((target) => ({ clauses: [TARGETS_PARAGRAPH], figure: target.figure[locale], text: target.label[locale] })),
        ...site.outlooks.map((o) => ({ clauses: [TARGETS_PARAGRAPH], figure: t(locale, 'timeline.outlook', { from: o.from, to: o.to }), text: o.goal[locale] })),
      ],
    },
    { id: 'clusters', heading: t(locale, 'glance.clusters'), clauses: ['2.1'], items: sectorsOf('cluster') },
    { id: 'futures', heading: t(locale, 'glance.futures'), clauses: ['2.2'], items: sectorsOf('future') },
    {
      id: 'zones',
      heading: t(locale, 'zones.title'),
      clauses: site.sectors.filter((s) => s.zones.length).map((s) => s.id),
      items: site.zones.map((z) => ({ clauses: z.sectors.map((s) => s.id), text: z.name[locale], detail: list(z.sectors.map((s) => s.name[locale])), route: z.route })),
    },
    {
      id: 'measures',
      heading: t(locale, 'measures.title'),
      clauses: ['3'],
      items: site.measures.map((m) => ({
        clauses: [m.id],
        label: m.paragraph.in[locale].label,
        text: m.paragraph.in[locale].title,
        detail: `${label('measures.responsible')}${list(m.departments.map((d) => d.name[locale]))}`,
      })),
    },
  ];
}

/** The words of a paragraph in an edition that an item may take its figures from: heading and text. */
const clauseText = (site: SiteModel, locale: Locale, ids: readonly string[]) =>
  ids.map((id) => `${site.paragraph(id).in[locale].title}\n${site.paragraph(id).in[locale].text}`).join('\n');

/**
 * Each figure of the graphic must stand in the paragraphs its item cites, in the same edition: every
 * number written in digits (2027, 30000, 3 trillion's 3), and in Chinese the figures in words that the
 * figure check knows (千亿元, 三大). Returns a problem per figure that does not, naming the item.
 */
export function glanceFigureProblems(site: SiteModel, locale: Locale, sections: readonly GlanceSection[]): string[] {
  const problems: string[] = [];
  const check = (where: string, clauses: readonly string[], text: string) => {
    const source = clauseText(site, locale, clauses);
    const digits = new Set(digitsOf(source));
    for (const d of digitsOf(text)) if (!digits.has(d)) problems.push(`${where}: the figure ${d} is not in ${clauses.join(', ')}`);
    if (localeInfo(locale).script !== 'Han') return;
    const plain = source.normalize('NFKC');
    // Figures in digits are checked above; here those in words (千亿元, 三大).
    for (const f of figuresOf(text)) if (!/\d/u.test(f.source) && !plain.includes(f.source)) problems.push(`${where}: the figure ${f.source} is not in ${clauses.join(', ')}`);
  };
  for (const section of sections) {
    check(`at-a-glance (${locale}) "${section.heading}"`, section.clauses, section.heading);
    section.items.forEach((item, i) => check(`at-a-glance (${locale}) ${section.id} item ${i + 1}`, item.clauses, [item.figure, item.text, item.detail].filter(Boolean).join('\n')));
  }
  return problems;
}
