/**
 * 一图读懂, the plan on one page: its parts as data, built from the site model, that the HTML page
 * (at-a-glance/) and its long PNG (at-a-glance/at-a-glance.png) both draw. Every item names the
 * paragraphs it comes from and is checked against them as a claim (glanceClaims, run at build), so
 * the graphic states nothing the plan does not.
 */
import type { Claim } from './claim-check.ts';
import { t } from '../editions/i18n.ts';
import type { Locale } from '../editions/locales.ts';
import type { SiteModel } from '../document/site-model.ts';

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
  /** A sector's icon, if its pages name one. */
  icon?: string;
}

export interface GlanceSection {
  id: 'facts' | 'targets' | 'clusters' | 'futures' | 'zones' | 'measures';
  heading: string;
  /**
   * What the plan says of every item of the section, shown under its heading: its hedge (力争 "strive",
   * 支持 "support"), which each item's claim carries, so the graphic states no aim or support as settled.
   */
  lead?: string;
  /** The paragraphs the heading's words come from. */
  clauses: string[];
  items: GlanceItem[];
}

/** The plan on one page, in an edition's words: document, targets, sectors, zones, measures (the parts it has). */
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
        icon: s.icon,
      }));
  const partSection = (id: 'clusters' | 'futures', heading: string, part: string | undefined, items: GlanceItem[]): GlanceSection[] =>
    part === undefined || items.length === 0 ? [] : [{ id, heading, clauses: [part], items }];
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
      lead: t(locale, 'home.targetsNote', { year: site.targetYear }),
      clauses: [site.document.parts.targets],
      items: [
        ...site.targets.map((target) => ({ clauses: [site.document.parts.targets], figure: target.figure[locale], text: target.label[locale] })),
        ...site.outlooks.map((o) => ({ clauses: [site.document.parts.targets], figure: t(locale, 'timeline.outlook', { from: o.from, to: o.to }), text: o.goal[locale] })),
      ],
    },
    // A part the document does not have (no future industries, no key areas) has no section.
    ...partSection('clusters', t(locale, 'glance.clusters'), site.document.parts.clusters, sectorsOf('cluster')),
    ...partSection('futures', t(locale, 'glance.futures'), site.document.parts.futureIndustries, sectorsOf('future')),
    ...(site.zones.length === 0 ? [] : [{
      id: 'zones' as const,
      heading: t(locale, 'zones.title'),
      lead: t(locale, 'glance.zonesLead'),
      clauses: site.sectors.filter((s) => s.zones.length).map((s) => s.id),
      items: site.zones.map((z) => ({ clauses: z.sectors.map((s) => s.id), text: z.name[locale], detail: list(z.sectors.map((s) => s.name[locale])), route: z.route })),
    }]),
    {
      id: 'measures',
      heading: site.paragraph(site.document.parts.measures).in[locale].title,
      clauses: [site.document.parts.measures],
      items: site.measures.map((m) => ({
        clauses: [m.id],
        label: m.paragraph.in[locale].label,
        text: m.paragraph.in[locale].title,
        detail: `${label('measures.responsible')}${list(m.departments.map((d) => d.name[locale]))}`,
      })),
    },
  ];
}

/**
 * The graphic as claims, each checked like every other explanation (src/lib/explain/claim-check.ts): a section's
 * heading and each item (its figure, text and detail, not its numbering), each read with the section's
 * lead, against the paragraphs it cites, so it gives no figure, names no zone, department or sector,
 * drops no hedge and states no task as done that they do not.
 */
export function glanceClaims(sections: readonly GlanceSection[], locale: Locale): Claim[] {
  return sections.flatMap((section) => [
    { where: `at-a-glance (${locale}) ${section.id} heading`, locale, text: [section.heading, section.lead].filter(Boolean).join('\n'), clauses: section.clauses },
    ...section.items.map((item, i) => ({
      where: `at-a-glance (${locale}) ${section.id} item ${i + 1}`,
      locale,
      text: [section.lead, item.figure, item.text, item.detail].filter(Boolean).join('\n'),
      clauses: item.clauses,
    })),
  ]);
}
